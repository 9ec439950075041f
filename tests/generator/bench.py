"""Benchmark of the generator: how long a build takes, against the floor of
the KaTeX and Pygments work it cannot avoid.

    bench.py SIDENOTES SRC_DIR [options of the site target, without --cache]

For the given site and for a generated one (20 annotated C files of 300
lines with math), in rounds that interleave the measurements (this machine
is shared: ratios within one run are what count), it prints the median of:

  floor      the KaTeX and Pygments workers alone, fed the whole site's
             formulas and code (what `--dump-work` writes), side by side
             as the generator runs them
  floor-seq  the same, one after the other: the tools' own time, summed
  cold       a build with an empty cache, the output folder as the last build
             left it (a fresh clone: site/ is committed, build/ is not)
  cold-new   a build with an empty cache into an empty folder: the same work
             plus creating every file
  cold-new-noxref  the same without cross-references (the libclang module
             made unloadable), alternating with cold-new in each round: the
             cross-references' cost (issue 10: at most +30%), wall and CPU
  no-op      a build with nothing changed (the up-to-date check)
  touched    a build after touching one source: the whole pipeline runs,
             every result comes from the cache, nothing is written
  edit       a build after adding a note with a formula and a line of code
             to one source: both workers start, that page is written again

Targets: no-op < 50 ms, edit < 300 ms, cold <= 1.3 x floor.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

import harness

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
sidenotes, source = sys.argv[1], sys.argv[2]
options = sys.argv[3:]


def timed(args, cpu=None, **kw):
    """Wall time of a run; its CPU time (user + system, the workers it
    waited for included) appended to `cpu` when given."""
    before = os.times()
    t = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, **kw)
    wall = time.perf_counter() - t
    after = os.times()
    if cpu is not None:
        cpu.append(after.children_user + after.children_system
                   - before.children_user - before.children_system)
    return wall


def html_results(out):
    """How many HTML results a worker's whole output holds: its hello line,
    then "results N\\n" and N frames "html LEN\\n" + LEN bytes (src/gen/tools_workers.c)."""
    at = out.index(b"\n") + 1
    header = out[at:out.index(b"\n", at)].split()
    at += len(b" ".join(header)) + 1
    n = 0
    for _ in range(int(header[1])):
        nl = out.index(b"\n", at)
        kind, size = out[at:nl].split()
        at = nl + 1 + int(size)
        n += kind == b"html"
    return n if at == len(out) else -1


def floor(dump, side_by_side=True):
    """The two workers on their whole batches: at the same time, as a build
    runs them, or one after the other (the tools' own time, summed). Their
    answers are checked afterwards: a floor whose worker skipped the work
    (as KaTeX's did when the dumped request lacked its newline) is no floor."""
    katex = harness.read(os.path.join(dump, "katex-worker.js")).decode()
    pygments = harness.read(os.path.join(dump, "pygments-worker.py")).decode()
    answers = [os.path.join(dump, "katex.out"), os.path.join(dump, "pygments.out")]
    t = time.perf_counter()
    with open(os.path.join(dump, "katex.json")) as k, open(os.path.join(dump, "pygments.json")) as p, \
            open(answers[0], "wb") as ko, open(answers[1], "wb") as po:
        a = subprocess.Popen(["node", "-e", katex, harness.KATEX], stdin=k, stdout=ko)
        if not side_by_side and a.wait():
            harness.fail("the KaTeX worker failed on the dumped work")
        b = subprocess.Popen(["/usr/bin/python3", "-c", pygments], stdin=p, stdout=po)
        if a.wait() or b.wait():
            harness.fail("a worker failed on the dumped work")
    elapsed = time.perf_counter() - t
    for name, answer in zip(("katex", "pygments"), answers):
        asked = json.loads(harness.read(os.path.join(dump, name + ".json")))["items"]
        if html_results(harness.read(answer)) != len(asked):
            harness.fail("the %s worker did not answer all %d dumped requests" % (name, len(asked)))
    return elapsed


def edit(path, round_):
    """Adds a note with a new formula, and a line of code, to a C source."""
    text = harness.read(path).decode()
    harness.write(path, text + "\n// Edited: $e_{%d} = %d$.\nstatic int edited_%d;\n" % (round_, round_, round_))


def generated_site(root):
    """20 annotated C files of 300 lines each, with inline and display math."""
    for f in range(20):
        out = ["// ---", "// title: Generated page %d" % f, "// summary: For the benchmark.", "// ---",
               "", "#include <math.h>", "#include <stddef.h>", ""]
        k = 0
        while len(out) < 296:
            out += [
                "// ## Step %d of file %d" % (k, f),
                "//",
                "// The sum $s_{%d} = \\sum_{i=0}^{n-1} x_i^{%d}$ and its mean" % (k, k + 1),
                "// $$\\bar x_{%d} = \\frac{1}{n}\\sum_{i=0}^{n-1} \\frac{x_i}{1 + %d\\,\\epsilon}.$$" % (k, k),
                "static double step_%d_%d(const float *x, size_t n)" % (f, k),
                "{",
                "    double s = 0; // accumulate in double",
                "    for (size_t i = 0; i < n; i++) s += pow(x[i], %d);" % (k + 1),
                "    return s / (double)n;",
                "}",
                "",
            ]
            k += 1
        harness.write(os.path.join(root, "file%02d.c" % f), "\n".join(out[:300]) + "\n")
    harness.write(os.path.join(root, "readme.md"), "# Generated\n\nTwenty files, $20 \\times 300$ lines.\n")


def measure(name, src, extra):
    with harness.Scratch() as tmp:
        work = os.path.join(tmp, "src")
        shutil.copytree(src, work)
        target = next(os.path.join(d, f) for d, _, fs in sorted(os.walk(work)) for f in sorted(fs)
                      if f.endswith(".c"))
        dump = os.path.join(tmp, "dump")
        os.makedirs(dump)
        subprocess.run([sidenotes, work, "-o", os.path.join(tmp, "x"), "--dump-work", dump, "-q", *extra],
                       check=True)
        times = {k: [] for k in ("floor", "floor-seq", "cold", "cold-new", "cold-new-noxref", "no-op",
                                 "touched", "edit")}
        cpu = {"cold-new": [], "cold-new-noxref": []}
        # The same cold build without cross-references: the libclang module
        # made unloadable (src/gen/xref_module.h), so every C page renders
        # unlinked (with a warning each: not --strict).
        noxref_env = dict(os.environ, SIDENOTES_CLANG_MODULE=os.path.join(tmp, "no-module.so"))
        loose = [a for a in extra if a != "--strict"]
        for r in range(ROUNDS):
            out, cache = os.path.join(tmp, "out%d" % r), os.path.join(tmp, "cache%d" % r)
            run = [sidenotes, work, "-o", out, "--cache", cache, "-q", *extra]
            times["floor"].append(floor(dump))
            times["floor-seq"].append(floor(dump, side_by_side=False))
            nx_out, nx_cache = os.path.join(tmp, "nx-out%d" % r), os.path.join(tmp, "nx-cache%d" % r)
            nx = [sidenotes, work, "-o", nx_out, "--cache", nx_cache, "-q", *loose]
            if r % 2:  # which goes first alternates
                times["cold-new-noxref"].append(timed(nx, cpu["cold-new-noxref"], env=noxref_env,
                                                      stderr=subprocess.DEVNULL))
            times["cold-new"].append(timed(run, cpu["cold-new"]))
            if not r % 2:
                times["cold-new-noxref"].append(timed(nx, cpu["cold-new-noxref"], env=noxref_env,
                                                      stderr=subprocess.DEVNULL))
            shutil.rmtree(cache)
            times["cold"].append(timed(run))
            times["no-op"].append(timed(run))
            os.utime(target)
            times["touched"].append(timed(run))
            edit(target, r)
            times["edit"].append(timed(run))
        med = {k: statistics.median(v) * 1000 for k, v in times.items()}
        pages = sum(1 for _ in harness.files_under(os.path.join(tmp, "out0")) if _.endswith(".html"))
        print("\n%s: %d HTML files; median of %d rounds, ms (min .. max)" % (name, pages, ROUNDS))
        for k, v in times.items():
            print("  %-8s %8.1f   (%.1f .. %.1f)" % (k, med[k], min(v) * 1000, max(v) * 1000))
        ratio = med["cold"] / med["floor"]
        print("  cold / floor = %.2f (target <= 1.3): %s; into an empty folder: %.2f;"
              " against the tools' summed time (floor-seq): %.2f"
              % (ratio, "met" if ratio <= 1.3 else "NOT MET", med["cold-new"] / med["floor"],
                 med["cold"] / med["floor-seq"]))
        cmed = {k: statistics.median(v) * 1000 for k, v in cpu.items()}
        wall_x = med["cold-new"] / med["cold-new-noxref"] - 1
        cpu_x = cmed["cold-new"] / cmed["cold-new-noxref"] - 1
        print("  cross-references, cold into an empty folder: %.0f -> %.0f ms wall (%+.0f%%), "
              "%.0f -> %.0f ms CPU (%+.0f%%) (target <= +30%%): %s"
              % (med["cold-new-noxref"], med["cold-new"], wall_x * 100, cmed["cold-new-noxref"],
                 cmed["cold-new"], cpu_x * 100, "met" if wall_x <= 0.3 else "NOT MET"))
        print("  no-op %.1f ms (target < 50): %s" % (med["no-op"], "met" if med["no-op"] < 50 else "NOT MET"))
        print("  edit  %.1f ms (target < 300): %s" % (med["edit"], "met" if med["edit"] < 300 else "NOT MET"))


measure("the site (%s)" % os.path.basename(os.path.normpath(source)), source, options)
with harness.Scratch() as tmp:
    generated_site(tmp)
    # --xref: names are resolved there too (they have no compile_commands.json).
    measure("20 generated files of 300 lines", tmp, ["--xref"])
