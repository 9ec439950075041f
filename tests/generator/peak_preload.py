"""peak_preload.c, which the Docco benchmark preloads to sum each process's
peak memory, reports the peak of the program a process runs, not the one
its parent had when it spawned it: a Python holding 300 MB spawns a small
program, which must be reported well under that.

    peak_preload.py PEAK_PRELOAD_SO
"""
import os
import subprocess
import sys
import tempfile

preload = os.path.abspath(sys.argv[1])
held = bytearray(300 * 1024 * 1024)
for i in range(0, len(held), 4096):
    held[i] = 1  # resident
with tempfile.TemporaryDirectory() as tmp:
    report = os.path.join(tmp, "rusage")
    subprocess.run(["/bin/true"], env=dict(os.environ, LD_PRELOAD=preload, BENCH_RUSAGE_FILE=report),
                   check=True)
    kib, user, system, exe = open(report).read().split(maxsplit=3)
if int(kib) > 100 * 1024:
    print("FAIL: /bin/true, spawned by a process holding 300 MB, reported a peak of %d KiB" % int(kib))
    sys.exit(1)
print("ok: /bin/true's own peak: %d KiB (its parent held 300 MB)" % int(kib))
