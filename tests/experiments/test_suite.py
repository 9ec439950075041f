#!/usr/bin/python3
"""run_experiments.py without running it: the suite's design and its progress line.

usage: test_suite.py RUN_EXPERIMENTS_PY

* every configuration is run with each of the five seeds, and nothing else
  varies between the seeds of a configuration;
* the batch sizes, learning rates and models are those the page describes;
* the progress line says "k/N runs done" and the time left on a terminal,
  ends with a newline after the last run, and prints nothing otherwise;
* the time left is the elapsed time scaled by the expected cost to go;
* a table cell gives mean ± sd over two runs or more, the mean alone for one
  run (whose sample sd is undefined), and the number of runs when some are
  missing.
"""
import importlib.util
import io
import sys

spec = importlib.util.spec_from_file_location("run_experiments", sys.argv[1])
rx = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rx)
failures = 0


def check(cond, message):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", message, file=sys.stderr)


def test_design():
    todo = rx.jobs()
    names = [j[1] for j in todo]
    check(len(names) == len(set(names)), "two runs share a name")
    configs = {}
    for experiment, name, args, cost in todo:
        check(cost > 0, f"{name}: cost {cost}")
        i = args.index("--seed")
        seed = int(args[i + 1])
        rest = tuple(args[:i] + args[i + 2:])
        configs.setdefault((experiment, rest), []).append(seed)
        check(name.endswith(f"-s{seed}"), f"{name}: seed {seed} not in the name")
    for (experiment, rest), seeds in configs.items():
        check(sorted(seeds) == [1, 2, 3, 4, 5], f"{experiment} {rest}: seeds {seeds}")
    per = {e: sum(1 for x, _ in configs if x == e) for e in rx.EXPERIMENTS}
    check(per == {"curves": 6, "batch": 15, "lr": 15}, f"configurations per experiment {per}")
    batches = sorted({int(r[r.index("--batch-size") + 1]) for e, r in configs if e == "batch"})
    check(batches == [2, 4, 8, 32, 128], f"batch sizes {batches}")
    rates = sorted({float(r[r.index("--lr") + 1]) for e, r in configs if e == "lr"})
    check(len(rates) >= 4 and rates == [0.01, 0.03, 0.1, 0.3, 1.0], f"learning rates {rates}")
    check(all("sgd" in r for e, r in configs if e == "lr"), "the learning-rate sweep is not SGD")
    for part in ([j for j in todo if j[0] != "curves"], [j for j in todo if j[0] == "curves"]):
        costs = [j[3] for j in part]
        check(costs == sorted(costs, reverse=True), "runs are not ordered costliest first")
    check([j[0] == "curves" for j in todo] == sorted(j[0] == "curves" for j in todo),
          "the sweeps do not come before the curves")


class FakeOut(io.StringIO):
    def __init__(self, tty):
        super().__init__()
        self.tty = tty

    def isatty(self):
        return self.tty


def test_progress():
    todo = [("a", "x", [], 3.0), ("a", "y", [], 1.0)]
    for tty in (True, False):
        out = FakeOut(tty)
        saved, sys.stdout = sys.stdout, out
        try:
            p = rx.Progress(todo)
            p.started -= 60  # one minute has passed when the first run ends
            p.finished(todo[0])
            first = out.getvalue()
            p.finished(todo[1])
        finally:
            sys.stdout = saved
        text = out.getvalue()
        if not tty:
            check(text == "", f"progress printed {text!r} when not on a terminal")
            continue
        # 3 of 4 cost units done in 1 minute: about 0.3 minutes left.
        check("1/2 runs done" in first and "0.3 min left" in first, f"progress line {first!r}")
        check(first.startswith("\r") and not first.endswith("\n"), "the line is not rewritten")
        check("2/2 runs done" in text and text.endswith("\n"), f"last progress line {text!r}")


def test_cells():
    five = rx.group_stats(["0.5", "0.6", "0.7", "0.8", "0.9"])
    check(rx.pm(five) == "0.7000 ± 0.1581", f"five runs: {rx.pm(five)!r}")
    two = rx.group_stats(["0.5", "0.7", "nan", "", "inf"])
    check(rx.pm(two, 1, 100, "%") == "60.0 ± 14.1% (n = 2)", f"two runs: {rx.pm(two, 1, 100, '%')!r}")
    one = rx.group_stats(["0.1", "nan", "nan", "nan", "nan"])
    check(rx.pm(one) == "0.1000 (n = 1)", f"one run: {rx.pm(one)!r}")
    check(rx.pm(None) == "–", "no run")


test_design()
test_progress()
test_cells()
if failures:
    print(f"{failures} failure(s)", file=sys.stderr)
    sys.exit(1)
print("suite design and progress checks passed")
