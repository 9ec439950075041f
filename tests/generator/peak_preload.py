"""peak_preload.c, which the Docco benchmark preloads to sum each process's
peak memory, reports the peak of the program a process runs, not the one
its parent had when it spawned it: a Python holding 300 MB spawns a small
program, which must be reported well under that. It also reports when the
program began and ended (CLOCK_MONOTONIC): within the time the parent saw
it run, which is how the benchmark tells which processes ran together.

    peak_preload.py PEAK_PRELOAD_SO
"""
import os
import subprocess
import sys
import tempfile
import time

preload = os.path.abspath(sys.argv[1])
held = bytearray(300 * 1024 * 1024)
for i in range(0, len(held), 4096):
    held[i] = 1  # resident
with tempfile.TemporaryDirectory() as tmp:
    report = os.path.join(tmp, "rusage")
    env = dict(os.environ, LD_PRELOAD=preload, BENCH_RUSAGE_FILE=report)
    before = time.clock_gettime(time.CLOCK_MONOTONIC)
    subprocess.run(["/bin/true"], env=env, check=True)
    after = time.clock_gettime(time.CLOCK_MONOTONIC)
    # A second program, started once the first has ended, began after it.
    subprocess.run(["/bin/sleep", "0.05"], env=env, check=True)
    lines = open(report).read().splitlines()
    kib, user, system, began, ended, exe = lines[0].split(maxsplit=5)
    began2, ended2 = (float(x) for x in lines[1].split()[3:5])
if int(kib) > 100 * 1024:
    print("FAIL: /bin/true, spawned by a process holding 300 MB, reported a peak of %d KiB" % int(kib))
    sys.exit(1)
if not before <= float(began) <= float(ended) <= after:
    print("FAIL: /bin/true ran %s-%s, outside the %.6f-%.6f its parent saw" % (began, ended, before, after))
    sys.exit(1)
if not (float(ended) <= began2 and ended2 - began2 >= 0.05):
    print("FAIL: sleep 0.05, started after /bin/true ended (%s), reported %.6f-%.6f" % (ended, began2, ended2))
    sys.exit(1)
print("ok: /bin/true's own peak: %d KiB (its parent held 300 MB), run %.1f ms within its parent's %.1f ms"
      % (int(kib), (float(ended) - float(began)) * 1000, (after - before) * 1000))
