"""reproduce.py's bad arguments are refused before any training: each case
exits with status 1 and a message that names what is wrong.

    test_reproduce.py REPRODUCE_PY
"""
import subprocess
import sys

script = sys.argv[1]
cases = [
    (["--runs", "no-such-run,cnn-ln-s5", "a=train:Haswell"], "no run named no-such-run"),
    (["a=train:Haswell", "--runs"], "--runs needs a list of run names"),
    (["--every-seed", "--runs", "cnn-ln-s5", "a=train:Haswell"], "goes without --every-seed"),
    (["a=train-without-a-kernel-set"], "LABEL=TRAIN:CORETYPE"),
    ([], "LABEL=TRAIN:CORETYPE"),
]
failures = 0
for args, want in cases:
    proc = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, timeout=60)
    if proc.returncode != 1 or want not in proc.stderr or proc.stdout:
        failures += 1
        print("FAIL: reproduce.py %s: exit %d, stdout %r, stderr %r (wanted exit 1 and %r)"
              % (" ".join(args), proc.returncode, proc.stdout[:200], proc.stderr[-300:], want))
if failures:
    sys.exit(1)
print("ok: %d bad argument lists refused before any training" % len(cases))
