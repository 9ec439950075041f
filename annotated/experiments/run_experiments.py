#!/usr/bin/python3
"""The default experiment suite: runs `train` many times, two at a time, and
writes every result with its exact configuration to results/.

    meson compile -C build experiments       # or:
    /usr/bin/python3 annotated/experiments/run_experiments.py --train build/annotated/experiments/train

Every configuration is trained with each of the seeds 1 to 5 (see readme.md):
  curves  MLP (2 epochs) and CNN (1 epoch), none / BN / LN, batch 64: loss and
          test accuracy per epoch; then the test set evaluated again in batches
          of 2, 8, 32, 128, in two orders (BN with the batch's statistics)
  batch   MLP, none / BN / LN, one pass over 10,000 training images at batch
          size 2, 4, 8, 32, 128: test
          accuracy, accuracy during training, gradient reaching the first layer
  lr      MLP, none / BN / LN, SGD with momentum, one pass over 10,000
          training images, learning rates
          0.01, 0.03, 0.1, 0.3, 1

Outputs, in results/:
  <experiment>/<name>-s<seed>.json  one per run (curves also .csv)
  runs.csv          one row per run: the figures the tables and plots use
  summary.csv       mean, sd, min and max over the seeds, per configuration
  curves_summary.csv  mean and spread over the seeds of each curve point
  suite.json        every command line, the machine and the times
and the tables in readme.md (between <!-- results:NAME --> markers).

A progress line (runs done of total, time left) is shown when standard output
is a terminal; otherwise only the final line is printed.

--tables regenerates only the summaries and tables from the JSON files;
--check-tables exits 1 if readme.md's tables or the summaries differ from the
results (a test).
"""
import argparse
import csv
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
VARIANTS = ("none", "bn", "ln")
SEEDS = (1, 2, 3, 4, 5)
EVAL_BATCHES = (2, 8, 32, 128)
SWEEP_BATCHES = (2, 4, 8, 32, 128)
LEARNING_RATES = ("0.01", "0.03", "0.1", "0.3", "1")
EXPERIMENTS = ("curves", "batch", "lr")

# Every run uses the program's defaults (Adam, learning rate 1e-3, cosine
# schedule) except what is listed here.
CURVES = {
    "mlp": ["--model", "mlp", "--epochs", "2", "--batch-size", "64"],
    "cnn": ["--model", "cnn", "--epochs", "1", "--batch-size", "64"],
}
# The two sweeps: one pass over the first 10,000 training images.
BATCH = ["--model", "mlp", "--epochs", "1", "--train-limit", "10000"]
LR = ["--model", "mlp", "--epochs", "1", "--train-limit", "10000", "--batch-size", "64",
      "--optimizer", "sgd"]


def eval_batches(model, variant):
    """The evaluation in batches: every variant of the MLP, and the CNN with BN or LN."""
    if model == "cnn" and variant == "none":
        return "none"
    return ",".join(map(str, EVAL_BATCHES))


def jobs():
    """(experiment, name, arguments, expected CPU seconds) for every run: the sweeps, then
    the curves, each costliest first (so that an interrupted suite has whole sweeps)."""
    out = []
    for seed in SEEDS:
        s = ["--seed", str(seed)]
        for v in VARIANTS:
            for model, args in CURVES.items():
                cost = 25 if model == "cnn" else 4
                out.append(("curves", f"{model}-{v}-s{seed}",
                            args + ["--variant", v, "--eval-batches", eval_batches(model, v)] + s,
                            cost))
            for b in SWEEP_BATCHES:
                ev = str(b) if v == "bn" else "none"  # BN: batch statistics of its own size
                out.append(("batch", f"mlp-{v}-b{b}-s{seed}",
                            BATCH + ["--variant", v, "--batch-size", str(b), "--eval-batches", ev]
                            + s, 0.7 + 4 / b))
            for lr in LEARNING_RATES:
                out.append(("lr", f"mlp-{v}-lr{lr}-s{seed}",
                            LR + ["--variant", v, "--lr", lr, "--eval-batches", "none"] + s, 0.8))
    return sorted(out, key=lambda j: (j[0] == "curves", -j[3]))


class Progress:
    """'runs done of total, time left' on one terminal line; silent when not a terminal.
    The time left is the elapsed time scaled by the expected cost still to run."""

    def __init__(self, todo):
        self.total_cost = sum(j[3] for j in todo)
        self.total = len(todo)
        self.done = 0
        self.done_cost = 0.0
        self.started = time.time()
        self.lock = threading.Lock()
        self.tty = sys.stdout.isatty()

    def finished(self, job):
        with self.lock:
            self.done += 1
            self.done_cost += job[3]
            if not self.tty:
                return
            elapsed = time.time() - self.started
            left = elapsed * (self.total_cost - self.done_cost) / self.done_cost
            sys.stdout.write(f"\r{self.done}/{self.total} runs done, {elapsed / 60:.1f} min, "
                             f"about {left / 60:.1f} min left   ")
            if self.done == self.total:
                sys.stdout.write("\n")
            sys.stdout.flush()


def run_suite(train, results, data_dir, workers, extra=(), resume=False, record=False):
    started = time.time()
    todo = jobs()
    kept = []
    if resume or record:  # runs whose result file exists are not run again
        kept = [j for j in todo if os.path.exists(os.path.join(results, j[0], j[1] + ".json"))]
        todo = [j for j in todo if j not in kept and not record]
    progress = Progress(todo)
    root = os.path.dirname(os.path.dirname(HERE))

    def command(job):
        experiment, name, args, _ = job
        base = os.path.join(results, experiment, name)
        cmd = [train, *args, *extra, "--data-dir", data_dir, "--threads", "1", "-q",
               "--out", base + ".json"]
        if experiment == "curves":
            cmd += ["--history", base + ".csv"]
        return cmd

    def shown(cmd):
        """The command as a user would type it, relative to the repository."""
        return ["train"] + [os.path.relpath(a, root) if a.startswith(results) else a
                            for a in cmd[1:]]

    def one(job):
        experiment, name = job[0], job[1]
        os.makedirs(os.path.join(results, experiment), exist_ok=True)
        cmd = command(job)
        t = time.time()
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"{experiment}/{name} failed:\n{r.stderr}")
        progress.finished(job)
        return {"experiment": experiment, "name": name, "command": shown(cmd),
                "seconds": round(time.time() - t, 1)}

    commands = []
    if todo:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            commands = list(pool.map(one, todo))
    for job in kept:
        commands.append({"experiment": job[0], "name": job[1], "command": shown(command(job)),
                         "seconds": None, "kept_from_an_earlier_run": True})
    total = time.time() - started
    cpu = sum(load(results, c["experiment"], c["name"])["final"]["cpu_seconds"]
              for c in commands)
    suite = {
        "workers": workers,
        "threads_per_run": 1,
        "seeds": list(SEEDS),
        "wall_seconds": None if record else round(total, 1),
        "runs_kept_from_an_earlier_run": len(kept),
        "cpu_seconds": round(cpu, 1),
        "machine": {"cpus": os.cpu_count(), "cpu": cpu_name(), "system": platform.platform()},
        "runs": sorted(commands, key=lambda c: (c["experiment"], c["name"])),
    }
    with open(os.path.join(results, "suite.json"), "w") as f:
        json.dump(suite, f, indent=1)
        f.write("\n")
    print(f"suite finished in {total:.0f} s with {workers} runs at a time "
          f"({cpu:.0f} s of CPU time in all" + (f", {len(kept)} runs kept)" if kept else ")"))


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def load(results, experiment, name):
    with open(os.path.join(results, experiment, name + ".json")) as f:
        return json.load(f)


def write_csv(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def fmt(x, digits=4):
    return "NaN" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.{digits}f}"


# ---- one row per run ----------------------------------------------------------------------

RUN_FIELDS = ["experiment", "model", "variant", "batch_size", "lr", "seed", "epochs",
              "parameters", "test_accuracy", "diverged_at_step", "train_accuracy",
              "train_accuracy_last", "grad_norm_first", "active_units_first", "grad_norm_last",
              "cpu_seconds", "weights_fnv1a64"]


def run_row(experiment, r):
    c, final, last = r["config"], r["final"], r["curve"][-1] if r["curve"] else {}
    epochs = r["epochs"]
    # The gradient measures of the last curve point: the last tenth of training.
    mean = lambda key: last[key] if last.get(key) is not None else float("nan")
    return [experiment, c["model"], c["variant"], c["batch_size"], f"{c['lr']:g}", c["seed"],
            c["epochs"], c["parameters"], fmt(final["test_accuracy"]),
            final["diverged_at_step"] or "",
            fmt(epochs[-1]["train_accuracy"] if epochs else None),
            fmt(last.get("train_accuracy")), f"{mean('grad_norm_first'):.4g}",
            f"{mean('active_units_first'):.1f}", f"{mean('grad_norm_last'):.4g}",
            f"{final['cpu_seconds']:.1f}", final["weights_fnv1a64"]]


def collect(results):
    """Every run's row, and its batching evaluation rows."""
    runs, batching = [], []
    for experiment in EXPERIMENTS:
        folder = os.path.join(results, experiment)
        for file in sorted(os.listdir(folder)):
            if not file.endswith(".json"):
                continue
            r = load(results, experiment, file[:-5])
            runs.append(run_row(experiment, r))
            c = r["config"]
            for e in r.get("batching", []):
                batching.append([experiment, c["model"], c["variant"], c["batch_size"],
                                 c["seed"], e["batch_size"], fmt(e["test_accuracy"]),
                                 fmt(e["changed_predictions"])])
    return runs, batching


def group_stats(values):
    """mean, sd (n - 1), min, max, n of the numbers among `values`."""
    xs = [float(v) for v in values if v != ""]
    xs = [x for x in xs if math.isfinite(x)]
    if not xs:
        return None
    sd = statistics.stdev(xs) if len(xs) > 1 else 0.0
    return statistics.fmean(xs), sd, min(xs), max(xs), len(xs)


def summaries(results):
    """runs.csv, batching.csv, summary.csv and curves_summary.csv; returns the grouped stats."""
    runs, batching = collect(results)
    write_csv(os.path.join(results, "runs.csv"), RUN_FIELDS, runs)
    write_csv(os.path.join(results, "batching.csv"),
              ["experiment", "model", "variant", "train_batch", "seed", "eval_batch",
               "test_accuracy", "changed_predictions"], batching)
    idx = {k: i for i, k in enumerate(RUN_FIELDS)}
    groups = {}
    for row in runs:
        key = tuple(str(row[idx[k]]) for k in ("experiment", "model", "variant", "batch_size",
                                                "lr"))
        groups.setdefault(key, []).append(row)
    stats = {}
    rows = []
    measures = ("test_accuracy", "train_accuracy", "train_accuracy_last", "grad_norm_first",
                "active_units_first", "grad_norm_last", "cpu_seconds")
    for key in sorted(groups):
        g = groups[key]
        entry = {"n": len(g), "diverged": sum(1 for r in g if r[idx["diverged_at_step"]] != ""),
                 "parameters": g[0][idx["parameters"]], "epochs": g[0][idx["epochs"]]}
        for m in measures:
            entry[m] = group_stats([str(r[idx[m]]) for r in g])
        stats[key] = entry
        for m in measures:
            s = entry[m]
            rows.append(list(key) + [m, len(g), entry["diverged"]] +
                        ([f"{s[0]:.6g}", f"{s[1]:.6g}", f"{s[2]:.6g}", f"{s[3]:.6g}"]
                         if s else ["NaN"] * 4))
    write_csv(os.path.join(results, "summary.csv"),
              ["experiment", "model", "variant", "batch_size", "lr", "measure", "runs",
               "diverged", "mean", "sd", "min", "max"], rows)
    bstats = {}
    for e, m, v, tb, seed, eb, acc, changed in batching:
        bstats.setdefault((e, m, v, str(tb), str(eb)), []).append((acc, changed))
    bstats = {k: (group_stats([a for a, _ in x]), group_stats([c for _, c in x]))
              for k, x in bstats.items()}
    curve_summary(results)
    return stats, bstats


def curve_summary(results):
    """Per model, variant and curve point: training loss mean, min, max over the seeds;
    at epoch ends the test accuracy mean and sd."""
    rows = []
    for model in CURVES:
        for v in VARIANTS:
            rs = [load(results, "curves", f"{model}-{v}-s{s}") for s in SEEDS
                  if os.path.exists(os.path.join(results, "curves", f"{model}-{v}-s{s}.json"))]
            for i, p in enumerate(rs[0]["curve"] if rs else []):
                losses = [r["curve"][i]["train_loss"] for r in rs]
                acc = ["NaN"] * 2
                if abs(p["epoch"] - round(p["epoch"])) < 1e-9:
                    a = [r["epochs"][round(p["epoch"]) - 1]["test_accuracy"] for r in rs]
                    acc = [f"{statistics.fmean(a):.5f}",
                           f"{statistics.stdev(a) if len(a) > 1 else 0:.5f}"]
                rows.append([model, v, f"{p['epoch']:.3f}", f"{statistics.fmean(losses):.5f}",
                             f"{min(losses):.5f}", f"{max(losses):.5f}"] + acc)
    write_csv(os.path.join(results, "curves_summary.csv"),
              ["model", "variant", "epoch", "train_loss_mean", "train_loss_min",
               "train_loss_max", "test_accuracy_mean", "test_accuracy_sd"], rows)


# ---- the tables of readme.md --------------------------------------------------------------

NAMES = {"none": "none", "bn": "BatchNorm", "ln": "LayerNorm"}


def pm(s, digits=4, scale=1.0, suffix=""):
    """'mean ± sd' of a stats tuple, with the number of runs when some are missing;
    the mean alone for one run, whose sample sd is undefined."""
    if s is None:
        return "–"
    n = f" (n = {s[4]})" if s[4] != len(SEEDS) else ""
    sd = f" ± {s[1] * scale:.{digits}f}" if s[4] > 1 else ""
    return f"{s[0] * scale:.{digits}f}{sd}{suffix}{n}"


def mean_of(entry, measure, spec):
    s = entry.get(measure)
    return format(s[0], spec) if s else "–"


def tables(results):
    stats, bstats = summaries(results)
    out = {}
    lr_default = "0.001"

    missing = {"n": 0, "diverged": 0, "parameters": 0, "epochs": "–"}

    def get(exp, model, v, b, lr=lr_default):
        return stats.get((exp, model, v, str(b), lr), missing)

    t = ["| model | normalization | epochs | parameters | test accuracy | training accuracy, "
         "last epoch | CPU time of a run (s) |", "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for model in CURVES:
        for v in VARIANTS:
            s = get("curves", model, v, 64)
            t.append(f"| {model.upper()} | {NAMES[v]} | {s['epochs']} | "
                     f"{int(s['parameters']):,} | **{pm(s.get('test_accuracy'))}** | "
                     f"{pm(s.get('train_accuracy'))} | {mean_of(s, 'cpu_seconds', '.1f')} |")
    out["curves"] = "\n".join(t)

    head = "| batch size | none | BatchNorm | LayerNorm |\n| ---: | ---: | ---: | ---: |"
    for name, measure, digits in (("batch_test", "test_accuracy", 4),
                                  ("batch_train", "train_accuracy_last", 4)):
        t = [head]
        for b in SWEEP_BATCHES:
            t.append(f"| {b} | " + " | ".join(pm(get("batch", "mlp", v, b).get(measure), digits)
                                             for v in VARIANTS) + " |")
        out[name] = "\n".join(t)
    t = ["| batch size | ‖∂L/∂W₁‖ none | BatchNorm | LayerNorm | units reached: none | "
         "BatchNorm | LayerNorm |", "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for b in SWEEP_BATCHES:
        g = [get("batch", "mlp", v, b) for v in VARIANTS]
        t.append(f"| {b} | " + " | ".join(mean_of(s, "grad_norm_first", ".3g") for s in g)
                 + " | " + " | ".join(mean_of(s, "active_units_first", ".0f") for s in g) + " |")
    out["batch_grad"] = "\n".join(t)
    t = ["| training batch | running statistics | statistics of a test batch of the same size |",
         "| ---: | ---: | ---: |"]
    for b in SWEEP_BATCHES:
        s = get("batch", "mlp", "bn", b)
        e = bstats.get(("batch", "mlp", "bn", str(b), str(b)), (None, None))
        t.append(f"| {b} | {pm(s.get('test_accuracy'))} | {pm(e[0])} |")
    out["batch_bn"] = "\n".join(t)

    t = ["| learning rate | none | BatchNorm | LayerNorm |", "| ---: | ---: | ---: | ---: |"]
    for lr in LEARNING_RATES:
        cells = []
        for v in VARIANTS:
            s = get("lr", "mlp", v, 64, f"{float(lr):g}")
            cell = pm(s["test_accuracy"]) if s.get("test_accuracy") else ""
            if s["diverged"]:
                cell += ("; " if cell else "") + f"diverged in {s['diverged']} of {s['n']}"
            cells.append(cell)
        t.append(f"| {lr} | " + " | ".join(cells) + " |")
    out["lr"] = "\n".join(t)

    sizes = " | ".join(f"batch of {b}" for b in EVAL_BATCHES)
    rule = " | ".join("---:" for _ in EVAL_BATCHES)
    t = [f"| model | running statistics | {sizes} |", f"| --- | ---: | {rule} |"]
    for model in CURVES:
        s = get("curves", model, "bn", 64)
        t.append(f"| {model.upper()} | {pm(s.get('test_accuracy'))} | " + " | ".join(
            pm(bstats.get(("curves", model, "bn", "64", str(b)), (None, None))[0])
            for b in EVAL_BATCHES) + " |")
    out["bn_inference"] = "\n".join(t)
    t = [f"| model | normalization | {sizes} |", f"| --- | --- | {rule} |"]
    for v in ("bn", "ln", "none"):
        for model in CURVES:
            if ("curves", model, v, "64", "2") not in bstats:
                continue
            t.append(f"| {model.upper()} | {NAMES[v]} | " + " | ".join(
                pm(bstats[("curves", model, v, "64", str(b))][1], 1, 100, "%")
                for b in EVAL_BATCHES) + " |")
    out["changed"] = "\n".join(t)
    return out


# A table sits between "<!-- results:NAME -->" and "<!-- /results -->", each
# on a line of its own.
MARKER = re.compile(r"(<!-- results:(\w+) -->\n)(.*?)(<!-- /results -->)", re.S)
SUMMARY_FILES = ("runs.csv", "batching.csv", "summary.csv", "curves_summary.csv")


def fill_tables(text, generated):
    def table(m):
        new = generated.get(m.group(2))
        return m.group(1) + (new + "\n" if new is not None else m.group(3)) + m.group(4)
    return MARKER.sub(table, text)


def check_tables(results, readme):
    with open(readme) as f:
        text = f.read()
    with tempfile.TemporaryDirectory() as tmp:  # summaries go to a copy, not the tree
        for exp in EXPERIMENTS:
            os.symlink(os.path.join(results, exp), os.path.join(tmp, exp))
        generated = tables(tmp)
        for name in SUMMARY_FILES:
            with open(os.path.join(tmp, name)) as f1, open(os.path.join(results, name)) as f2:
                if f1.read() != f2.read():
                    sys.exit(f"{results}/{name} is stale: run run_experiments.py --tables")
    found = set(m.group(2) for m in MARKER.finditer(text))
    if found != set(generated):
        sys.exit(f"{readme}: result markers {sorted(found)}, expected {sorted(generated)}")
    if fill_tables(text, generated) != text:
        sys.exit(f"{readme}: the result tables are stale: run run_experiments.py --tables")
    print("readme.md tables match the results")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--train", help="the train executable")
    p.add_argument("--results", default=os.path.join(HERE, "results"))
    p.add_argument("--readme", default=os.path.join(HERE, "readme.md"))
    p.add_argument("--data-dir", default="/usr/share/datasets/fashion-mnist")
    p.add_argument("--jobs", type=int, default=2, help="runs at a time (default 2)")
    p.add_argument("--tables", action="store_true", help="only rewrite summaries and tables")
    p.add_argument("--resume", action="store_true",
                   help="keep the runs whose result file exists (after an interrupted suite)")
    p.add_argument("--record", action="store_true",
                   help="run nothing: write suite.json for the result files present")
    p.add_argument("--tiny", action="store_true",
                   help="every run on 1,200 training and 300 test images (to try the suite; "
                        "use with --results and --readme elsewhere)")
    p.add_argument("--check-tables", action="store_true",
                   help="exit 1 if the tables in readme.md are not those of the results")
    a = p.parse_args()
    if a.check_tables:
        check_tables(a.results, a.readme)
        return
    if not a.tables:
        if not a.train:
            p.error("--train is required to run the suite")
        extra = ["--train-limit", "1200", "--test-limit", "300"] if a.tiny else []
        run_suite(os.path.abspath(a.train), os.path.abspath(a.results), a.data_dir, a.jobs,
                  extra, a.resume, a.record)
    generated = tables(a.results)
    with open(a.readme) as f:
        text = f.read()
    with open(a.readme, "w") as f:
        f.write(fill_tables(text, generated))
    print(f"wrote the summaries in {a.results} and the tables in {a.readme}")


if __name__ == "__main__":
    main()
