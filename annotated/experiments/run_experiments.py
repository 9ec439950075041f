#!/usr/bin/python3
"""The default experiment suite: runs `train` many times, two at a time, and
writes every result with its exact configuration to results/.

    meson compile -C build experiments       # or:
    /usr/bin/python3 annotated/experiments/run_experiments.py --train build/annotated/experiments/train

Experiments (see readme.md):
  curves      MLP and CNN, each with none / BN / LN: loss and test accuracy per epoch
  batch_sweep MLP with none / BN / LN at batch sizes 2, 8, 32, 128
  bn_inference  every BN model above, evaluated with running statistics and with the
              statistics of test batches of 2, 8, 32, 128 (done by `train` itself)

Outputs, in results/:
  curves/<model>-<variant>.json|.csv, batch_sweep/mlp-<variant>-b<B>.json|.csv
  curves.csv, batch_sweep.csv, bn_inference.csv   one row per run, for plots and tables
  suite.json       the suite's configuration, every command line, the machine and times
and the result tables in readme.md (between <!-- results:NAME --> markers).

--tables regenerates only the summaries and tables from the JSON files;
--check-tables exits 1 if readme.md's tables differ from the results (a test).
"""
import argparse
import csv
import io
import json
import os
import platform
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
VARIANTS = ("none", "bn", "ln")
SWEEP_BATCHES = (2, 8, 32, 128)
BN_EVAL_BATCHES = "2,8,32,128"
SEED = 1

# The default suite. Every run uses the program's defaults except what is listed.
CURVES = {
    "mlp": ["--model", "mlp", "--epochs", "12", "--batch-size", "64"],
    "cnn": ["--model", "cnn", "--epochs", "6", "--batch-size", "64"],
}
SWEEP = ["--model", "mlp", "--epochs", "2"]


def jobs():
    """(experiment, name, arguments, expected cost) for every run, costliest first."""
    out = []
    for model, args in CURVES.items():
        cost = 100 if model == "cnn" else 25
        for v in VARIANTS:
            out.append(("curves", f"{model}-{v}", args + ["--variant", v], cost))
    for b in SWEEP_BATCHES:
        for v in VARIANTS:
            out.append(("batch_sweep", f"mlp-{v}-b{b}", SWEEP + ["--variant", v, "--batch-size",
                                                                 str(b)], 64 / b + 2))
    return sorted(out, key=lambda j: -j[3])


def run_suite(train, results, data_dir, workers):
    started = time.time()
    todo = jobs()
    commands = []

    def one(job):
        experiment, name, args, _ = job
        os.makedirs(os.path.join(results, experiment), exist_ok=True)
        base = os.path.join(results, experiment, name)
        cmd = [train, *args, "--seed", str(SEED), "--bn-eval-batches", BN_EVAL_BATCHES,
               "--data-dir", data_dir, "--threads", "1", "-q",
               "--out", base + ".json", "--history", base + ".csv"]
        t = time.time()
        print(f"[{time.time() - started:6.1f}s] start  {experiment}/{name}", flush=True)
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"{experiment}/{name} failed:\n{r.stderr}")
        print(f"[{time.time() - started:6.1f}s] done   {experiment}/{name} in "
              f"{time.time() - t:.1f}s: {r.stdout.strip()}", flush=True)
        # The command as a user would type it, relative to the repository.
        shown = ["train"] + cmd[1:]
        shown = [os.path.relpath(a, os.path.dirname(os.path.dirname(HERE)))
                 if a.startswith(results) else a for a in shown]
        return {"experiment": experiment, "name": name, "command": shown,
                "seconds": round(time.time() - t, 1)}

    with ThreadPoolExecutor(max_workers=workers) as pool:
        commands = list(pool.map(one, todo))
    total = time.time() - started
    cpu = 0.0
    for c in commands:
        with open(os.path.join(results, c["experiment"], c["name"] + ".json")) as f:
            cpu += json.load(f)["final"]["cpu_seconds"]
    suite = {
        "workers": workers,
        "threads_per_run": 1,
        "wall_seconds": round(total, 1),
        "cpu_seconds": round(cpu, 1),
        "machine": {"cpus": os.cpu_count(), "cpu": cpu_name(), "system": platform.platform()},
        "runs": sorted(commands, key=lambda c: (c["experiment"], c["name"])),
    }
    with open(os.path.join(results, "suite.json"), "w") as f:
        json.dump(suite, f, indent=1)
        f.write("\n")
    print(f"suite finished in {total:.0f} s with {workers} runs at a time "
          f"({cpu:.0f} s of CPU time in all)")


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


def summaries(results):
    """One row per run in three CSV files; returns them for the tables."""
    curves, sweep, bn = [], [], []
    for model in CURVES:
        for v in VARIANTS:
            r = load(results, "curves", f"{model}-{v}")
            best = max(e["test_accuracy"] for e in r["epochs"])
            curves.append([model, v, r["config"]["epochs"], r["config"]["batch_size"],
                           r["config"]["parameters"], f"{r['final']['test_accuracy']:.4f}",
                           f"{best:.4f}", f"{r['final']['test_loss']:.4f}",
                           f"{r['final']['train_seconds']:.1f}",
                           f"{r['final'].get('cpu_seconds', float('nan')):.1f}"])
            for e in r.get("bn_inference", []):
                bn.append([model, r["config"]["batch_size"], e["statistics"], e["batch_size"],
                           f"{e['test_accuracy']:.4f}", f"{e['changed_predictions']:.4f}"])
    for b in SWEEP_BATCHES:
        for v in VARIANTS:
            r = load(results, "batch_sweep", f"mlp-{v}-b{b}")
            sweep.append([v, b, r["config"]["epochs"], f"{r['final']['test_accuracy']:.4f}",
                          f"{r['final']['test_loss']:.4f}", f"{r['final']['train_seconds']:.1f}"])
            for e in r.get("bn_inference", []):
                bn.append(["mlp", b, e["statistics"], e["batch_size"],
                           f"{e['test_accuracy']:.4f}", f"{e['changed_predictions']:.4f}"])
    write_csv(os.path.join(results, "curves.csv"),
              ["model", "variant", "epochs", "batch_size", "parameters", "test_accuracy",
               "best_test_accuracy", "test_loss", "train_seconds", "cpu_seconds"], curves)
    write_csv(os.path.join(results, "batch_sweep.csv"),
              ["variant", "batch_size", "epochs", "test_accuracy", "test_loss", "train_seconds"],
              sweep)
    write_csv(os.path.join(results, "bn_inference.csv"),
              ["model", "train_batch", "statistics", "eval_batch", "test_accuracy",
               "changed_predictions"], bn)
    return curves, sweep, bn


NAMES = {"none": "none", "bn": "BatchNorm", "ln": "LayerNorm"}


def tables(results):
    """Markdown tables for readme.md, by marker name."""
    curves, sweep, bn = summaries(results)
    out = {}
    t = ["| model | normalization | epochs | parameters | test accuracy | CPU time (s) |",
         "| --- | --- | ---: | ---: | ---: | ---: |"]
    for m, v, ep, b, p, acc, best, loss, sec, cpu in curves:
        t.append(f"| {m.upper()} | {NAMES[v]} | {ep} | {int(p):,} | **{acc}** | {cpu} |")
    out["curves"] = "\n".join(t)
    t = ["| batch size | none | BatchNorm | LayerNorm |", "| ---: | ---: | ---: | ---: |"]
    for b in SWEEP_BATCHES:
        row = {v: acc for v, bb, ep, acc, loss, sec in sweep if bb == b}
        t.append(f"| {b} | {row['none']} | {row['bn']} | {row['ln']} |")
    out["batch_sweep"] = "\n".join(t)
    sizes = BN_EVAL_BATCHES.split(",")
    keys = []
    for m, tb, *_ in bn:
        if (m, tb) not in keys:
            keys.append((m, tb))
    for name, header, cell in (
            ("bn_inference", "| model (training batch) | running statistics | "
             + " | ".join(f"batch of {b}" for b in sizes) + " |", lambda r: r[4]),
            ("bn_changed", "| model (training batch) | "
             + " | ".join(f"batch of {b}" for b in sizes) + " |",
             lambda r: f"{float(r[5]) * 100:.1f}%")):
        running = name == "bn_inference"
        t = [header, "| --- | " + " | ".join("---:" for _ in sizes + ([""] if running else []))
             + " |"]
        for m, tb in keys:
            rows = [r for r in bn if r[0] == m and r[1] == tb]
            cells = [cell(r) for r in rows if r[2] == "batch"]
            if running:
                cells.insert(0, next(r[4] for r in rows if r[2] == "running"))
            t.append(f"| {m.upper()} ({tb}) | " + " | ".join(cells) + " |")
        out[name] = "\n".join(t)
    return out


# A table sits between "<!-- results:NAME -->" and "<!-- /results -->", each
# on a line of its own.
MARKER = re.compile(r"(<!-- results:(\w+) -->\n)(.*?)(<!-- /results -->)", re.S)


def fill_tables(text, generated):
    def table(m):
        new = generated.get(m.group(2))
        return m.group(1) + (new + "\n" if new is not None else m.group(3)) + m.group(4)
    return MARKER.sub(table, text)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--train", help="the train executable")
    p.add_argument("--results", default=os.path.join(HERE, "results"))
    p.add_argument("--readme", default=os.path.join(HERE, "readme.md"))
    p.add_argument("--data-dir", default="/usr/share/datasets/fashion-mnist")
    p.add_argument("--jobs", type=int, default=2, help="runs at a time (default 2)")
    p.add_argument("--tables", action="store_true", help="only rewrite summaries and tables")
    p.add_argument("--check-tables", action="store_true",
                   help="exit 1 if the tables in readme.md are not those of the results")
    a = p.parse_args()
    if a.check_tables:
        with open(a.readme) as f:
            text = f.read()
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:  # summaries go to a copy, not the tree
            for exp in ("curves", "batch_sweep"):
                os.symlink(os.path.join(a.results, exp), os.path.join(tmp, exp))
            generated = tables(tmp)
            for name in ("curves.csv", "batch_sweep.csv", "bn_inference.csv"):
                with open(os.path.join(tmp, name)) as f1, open(os.path.join(a.results, name)) as f2:
                    if f1.read() != f2.read():
                        sys.exit(f"{a.results}/{name} is stale: run run_experiments.py --tables")
        found = set(m.group(2) for m in MARKER.finditer(text))
        if found != set(generated):
            sys.exit(f"{a.readme}: result markers {sorted(found)}, expected {sorted(generated)}")
        if fill_tables(text, generated) != text:
            sys.exit(f"{a.readme}: the result tables are stale: run run_experiments.py --tables")
        print("readme.md tables match the results")
        return
    if not a.tables:
        if not a.train:
            p.error("--train is required to run the suite")
        run_suite(os.path.abspath(a.train), os.path.abspath(a.results), a.data_dir, a.jobs)
    generated = tables(a.results)
    with open(a.readme) as f:
        text = f.read()
    with open(a.readme, "w") as f:
        f.write(fill_tables(text, generated))
    print(f"wrote the summaries in {a.results} and the tables in {a.readme}")


if __name__ == "__main__":
    main()
