"""Benchmark against Docco 0.9.2 (issue 9): big files, small files, one
long line.

    bench_docco.py SIDENOTES DOCCO_JS PEAK_PRELOAD_SO [ROUNDS]

DOCCO_JS is node_modules/docco/bin/docco (npm, pinned by package-lock.json;
the benchmark is its only user); PEAK_PRELOAD_SO is peak_preload.c built as
a shared library. The inputs are generated C in the style of
other people's code (no math: Docco has none, and the codebases of the
review had none): `//` notes before functions, block comments, strings,
macros and structs.

  8k      one file of 8,000 lines
  40k     one file of 40,000 lines
  small   20 files of 300 lines
  line    one line of 600 KB (a generated table, as minified data is), and
          one of 120 KB for its growth

Each case is built cold (an empty cache and an empty output folder) by
sidenotes and by Docco, interleaved in the same rounds (this machine is
shared: ratios within a run are what count). Printed per case: the median
wall time and CPU time (user + system of every process), the ratio
sidenotes / Docco, and the peak memory: the sum of each process's own peak
(peak_preload.c reports it at exit from every process of a build: for
sidenotes the generator and its workers, an upper bound of what was
resident at once; for Docco its one node process). After the targets, the
tighter bound "at once": the largest sum of the peaks of the processes
alive at the same moment (peak_preload.c stamps when each began and
ended); it differs from the sum only when workers do not overlap.

Then the growth (40k / 8k CPU time, for a file 5x larger: target <= 5.5;
600 KB / 120 KB line) and, for the 40k file, the generator's own CPU time
and its workers'. (Until the generator highlighted C itself, c_highlight.h,
the target was its own share of the Pygments workers' time, <= 1/4; the
workers now only start for the notes' code.)

A third build per case, `sidenotes --xref` (names resolved by libclang
with default flags, as the default was before it was turned off for code
without compile_commands.json), is timed in the same rounds and printed
after the targets, for what cross-references cost on such code. It stops
with an error when that build linked no name in the 8k case (the small
files, each cut mid-function, never parse): a build tree without
sidenotes-clang.so (the benchmark depends on it) makes --xref resolve
nothing and cost nothing.

Targets: 8k cold <= 0.7x Docco, 40k cold <= 1.0x, growth <= 5.5 for 5x,
peak memory <= Docco's in every case, 20 small files <= 0.6x Docco.
Exit status 0: the figures are for reading.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROUNDS = int(sys.argv[4]) if len(sys.argv) > 4 else 3
sidenotes = os.path.abspath(sys.argv[1])
docco = os.path.abspath(sys.argv[2])
PRELOAD = os.path.abspath(sys.argv[3])


def c_file(lines, seed):
    """Generated C of about `lines` lines: a block comment header, then
    units of a `//` note and a function or a struct."""
    out = ["/*", " * generated%d.c -- a file for the benchmark." % seed, " *",
           " * Not compiled: only read.", " */", "#include <stdio.h>", "#include <string.h>", ""]
    k = 0
    while len(out) < lines:
        n = seed * 100000 + k
        if k % 5 == 4:
            out += ["// A table of %d entries, with its length:" % (k % 17 + 3),
                    "// each entry is a name and a weight.",
                    "struct entry_%d {" % n,
                    "    const char *name; /* never NULL */",
                    "    int weight;",
                    "};",
                    "#define ENTRIES_%d (sizeof(table_%d) / sizeof(table_%d[0]))" % (n, n, n),
                    ""]
        else:
            out += ["// ## step_%d" % n,
                    "//",
                    "// Adds the weights of `n` entries whose name starts with `prefix`,",
                    "// and counts them in `*count`. Returns -1 when `n` is 0.",
                    "static int step_%d(const char *prefix, const int *w, size_t n, int *count)" % n,
                    "{",
                    "    if (n == 0) return -1; // nothing to add",
                    "    int sum = 0;",
                    "    for (size_t i = 0; i < n; i++) {",
                    "        if (strncmp(prefix, \"k%d\", %d) == 0) {" % (k, k % 7 + 1),
                    "            sum += w[i] * %d;" % (k % 11 + 1),
                    "            (*count)++;",
                    "        }",
                    "    }",
                    "    printf(\"step %d: %%d\\n\", sum);" % n,
                    "    return sum;",
                    "}",
                    ""]
        k += 1
    return "\n".join(out[:lines]) + "\n"


def long_line(size):
    """One line of C of `size` bytes: a generated initialiser, all on one
    line, then a newline."""
    head, tail = "static const int table[] = {", "};\n"
    unit = "12345, -678, 0x7f, "
    return head + unit * ((size - len(head) - len(tail)) // len(unit)) + tail


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def timed(argv, cwd, rusage_file):
    """Runs argv with peak_preload.so preloaded into it and every process
    it starts; returns (wall, CPU, peak KiB, generator's own CPU, peak KiB
    at once). CPU and peak are summed over the processes (each one's own,
    RUSAGE_SELF): the peak is an upper bound of what was resident at once;
    the last figure sums only the peaks of processes alive together."""
    if os.path.exists(rusage_file):
        os.remove(rusage_file)
    env = dict(os.environ, LD_PRELOAD=PRELOAD, BENCH_RUSAGE_FILE=rusage_file)
    t = time.perf_counter()
    r = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit("%s failed: %s" % (" ".join(argv), r.stderr.decode()[-600:]))
    cpu = peak = own = 0.0
    events = []  # (time, +peak) when a process began, (time, -peak) when it ended
    for line in open(rusage_file):
        kib, user, system, began, ended, exe = line.split(maxsplit=5)
        cpu += float(user) + float(system)
        peak += int(kib)
        events += [(float(began), int(kib)), (float(ended), -int(kib))]
        if os.path.basename(exe.strip()) == "sidenotes":
            own += float(user) + float(system)
    now = at_once = 0
    for _, kib in sorted(events):  # at equal times, an end before a start
        now += kib
        at_once = max(at_once, now)
    return wall, cpu, peak, own, at_once


def linked(out):
    """Does a page under `out` hold a cross-reference link?"""
    for d, _, names in os.walk(out):
        for n in names:
            if n.endswith(".c.html"):
                with open(os.path.join(d, n), encoding="utf-8") as f:
                    if 'class="xref"' in f.read():
                        return True
    return False


def main():
    if not os.path.exists(docco):
        sys.exit("bench_docco.py: %s not found: run `npm ci` (./build.sh does)" % docco)
    tmp = tempfile.mkdtemp(prefix="bench-docco-")
    try:
        cases = {
            "8k": {"big.c": c_file(8000, 1)},
            "40k": {"big.c": c_file(40000, 2)},
            "small": {"file%02d.c" % i: c_file(300, 10 + i) for i in range(20)},
            "line120k": {"line.c": long_line(120 * 1024)},
            "line600k": {"line.c": long_line(600 * 1024)},
        }
        for case, files in cases.items():
            for name, text in files.items():
                write(os.path.join(tmp, case, "src", name), text)
        rusage_file = os.path.join(tmp, "rusage")
        tools = ("sidenotes", "docco", "xref")
        results = {(c, t): [] for c in cases for t in tools}
        shares = []
        for r in range(ROUNDS):
            for case, files in cases.items():
                root = os.path.join(tmp, case)
                for tool in (tools if r % 2 == 0 else tools[::-1]):
                    for d in ("out", "cache"):
                        shutil.rmtree(os.path.join(root, d), ignore_errors=True)
                    if tool in ("sidenotes", "xref"):
                        argv = [sidenotes, "src", "-o", "out", "--cache", "cache", "-q"]
                        if tool == "xref":
                            argv.append("--xref")
                            results[case, tool].append(timed(argv, root, rusage_file))
                            if case == "8k" and not linked(os.path.join(root, "out")):
                                sys.exit("bench_docco.py: the --xref build of %s linked no name: is "
                                         "sidenotes-clang.so built beside %s? (without it --xref "
                                         "costs nothing and measures nothing)" % (case, sidenotes))
                            continue
                        got = timed(argv, root, rusage_file)
                        if case == "40k":  # the generator, and its workers
                            shares.append((got[3], got[1] - got[3]))
                    else:
                        argv = ["node", docco, "-o", "out"] + ["src/" + n for n in sorted(files)]
                        got = timed(argv, root, rusage_file)
                    results[case, tool].append(got)
        print("sidenotes against Docco 0.9.2: cold builds (empty cache, empty output folder),")
        print("median of %d interleaved rounds; CPU = user + system of every process" % ROUNDS)
        print("%-10s %10s %10s %10s %10s %8s %8s %9s %9s" % (
            "case", "ours wall", "Docco wall", "ours CPU", "Docco CPU", "wall x", "CPU x",
            "ours MiB", "Docco MiB"))
        med = {}
        for case in cases:
            a = [statistics.median(x[i] for x in results[case, "sidenotes"]) for i in range(3)]
            b = [statistics.median(x[i] for x in results[case, "docco"]) for i in range(3)]
            a[2] = max(x[2] for x in results[case, "sidenotes"])
            b[2] = max(x[2] for x in results[case, "docco"])
            med[case] = a, b
            print("%-10s %10.3f %10.3f %10.3f %10.3f %8.2f %8.2f %9.1f %9.1f" % (
                case, a[0], b[0], a[1], b[1], a[0] / b[0], a[1] / b[1], a[2] / 1024, b[2] / 1024))

        def verdict(ok):
            return "met" if ok else "NOT MET"

        def ratio(case, i):
            return med[case][0][i] / med[case][1][i]

        print()
        for case, target in (("8k", 0.7), ("40k", 1.0), ("small", 0.6)):
            print("%-6s wall %.2fx Docco, CPU %.2fx (target <= %.1fx): %s" % (
                case, ratio(case, 0), ratio(case, 1), target, verdict(ratio(case, 0) <= target)))
        grow = med["40k"][0][1] / med["8k"][0][1]
        grow_d = med["40k"][1][1] / med["8k"][1][1]
        print("growth 8k -> 40k lines (5x): CPU %.2fx, wall %.2fx (target <= 5.5): %s; Docco's: %.2fx"
              % (grow, med["40k"][0][0] / med["8k"][0][0], verdict(grow <= 5.5), grow_d))
        grow_l = med["line600k"][0][1] / med["line120k"][0][1]
        print("growth 120 KB -> 600 KB line (5x): CPU %.2fx (target <= 5.5): %s; Docco's: %.2fx" % (
            grow_l, verdict(grow_l <= 5.5), med["line600k"][1][1] / med["line120k"][1][1]))
        mem = all(med[c][0][2] <= med[c][1][2] for c in cases)
        print("peak memory <= Docco's in every case: %s" % verdict(mem))
        print("the 40k page: the generator's own CPU %.3f s (its C highlighted by c_highlight.c), "
              "its workers' %.3f s (the notes' code)" % (statistics.median(g for g, _ in shares),
                                                          statistics.median(w for _, w in shares)))
        print("peak memory at once (the peaks of the processes alive together), MiB:")
        for case in cases:
            ours = max(x[4] for x in results[case, "sidenotes"]) / 1024
            theirs = max(x[4] for x in results[case, "docco"]) / 1024
            print("%-10s ours %.1f, Docco %.1f: %s" % (case, ours, theirs, verdict(ours <= theirs)))
        print()
        print("with --xref (libclang, default flags; off by default without compile_commands.json):")
        for case in cases:
            x = [statistics.median(r[i] for r in results[case, "xref"]) for i in range(3)]
            x[2] = max(r[2] for r in results[case, "xref"])
            a, b = med[case]
            print("%-10s wall %.3f CPU %.3f peak %.1f MiB: %.2fx Docco's wall, %.2fx its CPU; "
                  "%+.0f%% wall, %+.0f%% CPU, %+.1f MiB against the default" % (
                      case, x[0], x[1], x[2] / 1024, x[0] / b[0], x[1] / b[1], (x[0] / a[0] - 1) * 100,
                      (x[1] / a[1] - 1) * 100, (x[2] - a[2]) / 1024))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
