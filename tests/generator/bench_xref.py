"""Benchmark of the cross-references' cost on a cold build (issue 10: at
most +30%): the site built with an empty cache into an empty folder, with
cross-references and without (the libclang module made unloadable, so every
C page renders unlinked), the two alternating within each round and taking
turns at going first (the machine is shared: ratios within one run are what
count).

    bench_xref.py SIDENOTES SRC_DIR [options of the site target, without --cache]

Prints, for each round and as medians: CPU time (user + system of the
generator and every worker it waited for) and wall time, with the load
average before each build; then the ratio of the medians, CPU first (the
target's measure: wall time on a loaded 2-core machine is mostly waiting).
A third build in each round, "parse-only", parses every C file with
libclang as the linked build does and asks nothing of the parse
(SIDENOTES_XREF_PARSE_ONLY=1): no names, no links, nothing cached. What it
adds to the build without is the floor of any build that resolves names
with libclang, whatever is done with the answers.
BENCH_ROUNDS sets the rounds (default 5). BENCH_BASELINE=PATH (another
build's `sidenotes`, e.g. main's, copied with its sidenotes-clang.so) adds
its two builds to each round, so that a change is measured before and after
in the same run.
"""
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

import harness

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
sidenotes, source = sys.argv[1], sys.argv[2]
options = sys.argv[3:]
baseline = os.environ.get("BENCH_BASELINE")
programs = {"with": sidenotes, "parse-only": sidenotes, "without": sidenotes}
if baseline:
    programs.update({"base-with": baseline, "base-without": baseline})


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def build(args, env):
    """CPU seconds, wall seconds and the load average before, of one build."""
    load = os.getloadavg()[0]
    cpu, t = children_cpu(), time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return children_cpu() - cpu, time.perf_counter() - t, load


with harness.Scratch() as tmp:
    with_env = dict(os.environ)
    without_env = dict(os.environ, SIDENOTES_CLANG_MODULE=os.path.join(tmp, "no-module.so"))
    parse_env = dict(os.environ, SIDENOTES_XREF_PARSE_ONLY="1")
    loose = [a for a in options if a != "--strict"]  # unlinked pages warn
    runs = {k: [] for k in programs}
    print("cold site builds (empty cache, empty output), %d rounds; CPU = user+sys, s" % ROUNDS)
    kinds = list(programs)
    for r in range(ROUNDS):
        order = kinds[r % len(kinds):] + kinds[:r % len(kinds)]  # each takes turns at going first
        for kind in order:
            linked = kind in ("with", "base-with")
            out, cache = os.path.join(tmp, kind + "-out"), os.path.join(tmp, kind + "-cache")
            args = [programs[kind], source, "-o", out, "--cache", cache, "-q",
                    *(options if linked else loose)]
            env = parse_env if kind == "parse-only" else with_env if linked else without_env
            cpu, wall, load = build(args, env)
            runs[kind].append((cpu, wall, load))
            print("  round %d %-12s CPU %6.2f  wall %6.2f  load %5.1f" % (r + 1, kind, cpu, wall, load),
                  flush=True)
            shutil.rmtree(out)
            shutil.rmtree(cache)
    med = {k: (statistics.median(c for c, _, _ in v), statistics.median(w for _, w, _ in v))
           for k, v in runs.items()}
    loads = [l for v in runs.values() for _, _, l in v]
    cpu_x = med["with"][0] / med["without"][0] - 1
    wall_x = med["with"][1] / med["without"][1] - 1
    print("median CPU %.2f s without, %.2f s with cross-references: %+.0f%% (target <= +30%%): %s"
          % (med["without"][0], med["with"][0], cpu_x * 100, "met" if cpu_x <= 0.3 else "NOT MET"))
    print("median wall %.2f s without, %.2f s with: %+.0f%%" % (med["without"][1], med["with"][1], wall_x * 100))
    floor_x = med["parse-only"][0] / med["without"][0] - 1
    print("libclang's parses alone (parse-only): median CPU %.2f s, %+.0f%% over the build without; "
          "wall %.2f s, %+.0f%%; the rest of the cross-references (the walk, the links, the index): %+.0f%%"
          % (med["parse-only"][0], floor_x * 100, med["parse-only"][1],
             (med["parse-only"][1] / med["without"][1] - 1) * 100, (cpu_x - floor_x) * 100))
    if baseline:
        base_x = med["base-with"][0] / med["base-without"][0] - 1
        print("baseline %s: median CPU %.2f s without, %.2f s with: %+.0f%%; with cross-references, "
              "this build's CPU is %.2fx the baseline's"
              % (baseline, med["base-without"][0], med["base-with"][0], base_x * 100,
                 med["with"][0] / med["base-with"][0]))
    print("load average (1 min) before the builds: %.1f .. %.1f, on %d cores"
          % (min(loads), max(loads), os.cpu_count()))
