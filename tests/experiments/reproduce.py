"""Runs the suite's trainings again and compares each one's weight
fingerprint with the committed result's, under the OpenBLAS kernel sets
named, on whatever machine it runs on. Run by hand (it trains for a few
minutes); its output is `annotated/experiments/results/reproduced-*.txt`.

    reproduce.py [--every-seed | --runs NAME,...] LABEL=TRAIN:CORETYPE...

Each LABEL=TRAIN:CORETYPE is a column: the program TRAIN (a `train` built
from some commit) under the OpenBLAS kernel set CORETYPE. Without --every-seed it takes one seed per configuration (36 runs), the
seeds going round 1 to 5 so that each is used; --runs takes the runs named
(as in suite.json, e.g. cnn-ln-s5). The commands are
`results/suite.json`'s, with the output written to a scratch file and
OMP_NUM_THREADS=1 (the result and history files it writes go to a scratch
folder: the committed ones are only read); OPENBLAS_CORETYPE chooses the kernel set
(`default` leaves OpenBLAS to choose). Prints one line per run and a count.
"""
import json
import os
import platform
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
RESULTS = os.path.join(ROOT, "annotated", "experiments", "results")


def cpu_name():
    with open("/proc/cpuinfo") as f:
        info = dict((k.strip(), v) for k, v in (line.split(":", 1) for line in f if ":" in line))
    return "%s (family %s, model %s)" % (info["model name"].strip(), info["cpu family"].strip(),
                                         info["model"].strip())


def run(train, command, core, out):
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_VERBOSE="2")
    env.pop("OPENBLAS_CORETYPE", None)
    if core != "default":
        env["OPENBLAS_CORETYPE"] = core
    cmd = [train] + command[1:]
    cmd[cmd.index("--out") + 1] = out
    if "--history" in cmd:  # the committed results stay as they are
        cmd[cmd.index("--history") + 1] = out + ".csv"
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit("reproduce.py: %s failed:\n%s" % (" ".join(cmd), proc.stderr))
    chosen = [l.split(":", 1)[1].strip() for l in proc.stdout.splitlines() + proc.stderr.splitlines()
              if l.startswith("Core:")]
    with open(out) as f:
        final = json.load(f)["final"]
    return final["weights_fnv1a64"], final["test_accuracy"], chosen[0] if chosen else "?"


def main():
    args = sys.argv[1:]
    every = "--every-seed" in args
    args = [a for a in args if a != "--every-seed"]
    names = None
    if "--runs" in args:
        i = args.index("--runs")
        if i + 1 >= len(args) or every:
            sys.exit("reproduce.py: --runs needs a list of run names, and goes without --every-seed")
        names = set(args[i + 1].split(","))
        del args[i:i + 2]
    if not args or any("=" not in a or ":" not in a for a in args):
        sys.exit(__doc__)
    columns = []
    for a in args:
        label, rest = a.split("=", 1)
        train, core = rest.rsplit(":", 1)
        columns.append((label, os.path.abspath(train), core))
    cores = [label for label, _, _ in columns]
    with open(os.path.join(RESULTS, "suite.json")) as f:
        suite = json.load(f)
    chosen, seen = [], {}
    for r in suite["runs"]:
        config = (r["experiment"], r["name"].rsplit("-s", 1)[0])
        seed = int(r["name"].rsplit("-s", 1)[1])
        if names is not None:
            if r["name"] in names:
                chosen.append(r)
        elif every or seed == len(seen) % 5 + 1 and config not in seen:
            seen.setdefault(config, seed)
            chosen.append(r)
    if names is not None and names - {r["name"] for r in chosen}:
        sys.exit("reproduce.py: --runs: no run named %s in results/suite.json"
                 % ", ".join(sorted(names - {r["name"] for r in chosen})))
    print("# machine: %s, %s CPUs; %s; committed runs: %s, %s" % (
        cpu_name(), os.cpu_count(), platform.platform(), suite["machine"]["cpu"], suite["machine"]["cpus"]))
    for label, train, core in columns:
        print("# %s: %s, OPENBLAS_CORETYPE %s" % (label, os.path.relpath(train, ROOT), core))
    print("# run | committed fingerprint, test accuracy | " +
          " | ".join("%s (kernel set OpenBLAS used)" % c for c in cores))
    same = {c: 0 for c in cores}
    with tempfile.TemporaryDirectory() as tmp:
        for r in chosen:
            out = os.path.join(tmp, "run.json")
            with open(os.path.join(ROOT, r["command"][r["command"].index("--out") + 1])) as f:
                committed = json.load(f)["final"]
            cells = []

            def score(acc):  # a run that diverged has no accuracy
                return "%.4f" % acc if acc is not None else "diverged"

            for c, train, coretype in columns:
                fp, acc, core = run(train, r["command"], coretype, out)
                same[c] += fp == committed["weights_fnv1a64"]
                cells.append("%s %s%s (%s)" % (fp, score(acc), " same" if fp == committed["weights_fnv1a64"] else "",
                                                core))
            print("%s/%s | %s %s | %s" % (r["experiment"], r["name"], committed["weights_fnv1a64"],
                                           score(committed["test_accuracy"]), " | ".join(cells)), flush=True)
    for c in cores:
        print("# %s: %d of %d runs give the committed weights bit for bit" % (c, same[c], len(chosen)))


main()
