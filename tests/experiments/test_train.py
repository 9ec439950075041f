#!/usr/bin/python3
"""The `train` program end to end: command line, bad data, short training runs.

usage: test_train.py TRAIN_EXECUTABLE DATA_DIR [--slow]

Without --slow the short runs cover BatchNorm only (MLP and CNN); --slow
runs every variant.

Checks, each with a real assertion:
* --help and every kind of bad option (clear message naming the option,
  exit status 2);
* a missing or damaged data file is named in the error (exit status 1) and
  no output file is left behind;
* short runs on a subset of Fashion-MNIST: the loss falls and the test
  accuracy passes a floor, for the MLP and the CNN, in every variant;
* the same seed gives bitwise the same weights (fingerprint) and the same
  curve; another seed gives other weights;
* the JSON names OpenBLAS's kernel set, and two sets (OPENBLAS_CORETYPE
  Haswell and Prescott) give other weights from the same seed;
* the JSON output holds the exact configuration, the gradient measures at
  every curve point, and the evaluation in test batches of 2 to 128 (with
  BatchNorm's batch statistics the order of the test set changes
  predictions, without them it does not);
* the CSV file is the JSON's curve, row for row;
* a learning rate far too large stops the run, and the result says so.

Floors: MLP, 5,000 training examples, 3 epochs, tested on 2,000: about 0.84
is reached in every variant, floor 0.78. CNN (8 and 16 filters), 3,000
examples, 3 epochs, tested on 1,000: about 0.77, floor 0.65. The loss must
fall to below 60% of its first value. Each run takes about a second.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

TRAIN, DATA = sys.argv[1], sys.argv[2]
SLOW = "--slow" in sys.argv
failures = 0


def check(cond, message):
    global failures
    if not cond:
        failures += 1
        print("FAIL:", message, file=sys.stderr)


def run(*args, data=DATA, env=None):
    args = [TRAIN, *args] if args and args[0] == "--help" else [TRAIN, "--data-dir", data, *args]
    return subprocess.run(args, capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, **env) if env else None)


def test_help():
    r = run("--help")
    check(r.returncode == 0, f"--help exits {r.returncode}")
    for word in ("Usage: train", "--model", "--variant", "--batch-size", "--epochs", "--seed",
                 "--out", "--history"):
        check(word in r.stdout, f"--help does not mention {word}")


def test_bad_options():
    cases = [
        (["--model", "rnn"], "--model: 'rnn' is not one of mlp, cnn"),
        (["--variant", "gn"], "--variant: 'gn' is not one of none, bn, ln"),
        (["--batch-size", "0"], "--batch-size: '0' is not an integer from 1 to"),
        (["--batch-size", "12x"], "--batch-size: '12x' is not an integer"),
        (["--epochs", "-3"], "--epochs: '-3' is not an integer"),
        (["--lr", "nan"], "--lr: 'nan' is not a number"),
        (["--lr", "0"], "--lr: '0' is not a number from"),
        (["--schedule", "step"], "--schedule: 'step' is not one of constant, cosine"),
        (["--cnn-channels", "8"], "--cnn-channels: '8' is not two sizes"),
        (["--eval-batches", "2,,x"], "--eval-batches: 'x' is not an integer"),
        (["--frobnicate"], "unknown option '--frobnicate'"),
        (["-z"], "unknown option '-z'"),
        (["--seed"], "option '--seed' needs a value"),
        (["extra"], "unexpected argument 'extra'"),
    ]
    for args, expected in cases:
        r = run(*args)
        check(r.returncode == 2, f"{args}: exit status {r.returncode}, expected 2")
        check(expected in r.stderr, f"{args}: stderr {r.stderr!r} lacks {expected!r}")
        check("Try 'train --help'" in r.stderr, f"{args}: no pointer to --help")


def test_bad_data(tmp):
    out = os.path.join(tmp, "out.json")
    missing = os.path.join(tmp, "nowhere")
    r = run("--out", out, data=missing)
    check(r.returncode == 1, f"missing data: exit {r.returncode}")
    check(f"{missing}/train-images-idx3-ubyte.gz: cannot open" in r.stderr,
          f"missing data: {r.stderr!r}")
    # A damaged copy: the training labels cut in half.
    bad = os.path.join(tmp, "bad")
    os.mkdir(bad)
    for name in os.listdir(DATA):
        os.symlink(os.path.join(DATA, name), os.path.join(bad, name))
    labels = os.path.join(bad, "train-labels-idx1-ubyte.gz")
    with open(os.path.join(DATA, "train-labels-idx1-ubyte.gz"), "rb") as f:
        data = f.read()
    os.unlink(labels)
    with open(labels, "wb") as f:
        f.write(data[: len(data) // 2])
    r = run("--out", out, data=bad)
    check(r.returncode == 1, f"truncated labels: exit {r.returncode}")
    check(f"{labels}: truncated" in r.stderr, f"truncated labels: {r.stderr!r}")
    check(not os.path.exists(out), "an output file was written despite the error")
    # An output path that cannot be written: an error, and no partial file.
    r = run("--train-limit", "500", "--test-limit", "100", "--epochs", "1", "-q",
            "--out", os.path.join(tmp, "no", "such", "dir.json"))
    check(r.returncode == 1 and "cannot create" in r.stderr, f"unwritable output: {r.stderr!r}")


def train(tmp, name, *args, env=None):
    out = os.path.join(tmp, name + ".json")
    csv = os.path.join(tmp, name + ".csv")
    r = run(*args, "--out", out, "--history", csv, env=env)
    check(r.returncode == 0, f"{name}: exit {r.returncode}: {r.stderr[-500:]}")
    if r.returncode != 0:
        return None, None, r
    with open(out) as f:
        result = json.load(f)
    with open(csv) as f:
        return result, f.read(), r


def test_short_runs(tmp):
    mlp = ["--train-limit", "5000", "--test-limit", "2000", "--epochs", "3", "--batch-size", "64"]
    cnn = ["--model", "cnn", "--cnn-channels", "8,16", "--cnn-hidden", "32", "--train-limit",
           "3000", "--test-limit", "1000", "--epochs", "3", "--batch-size", "32"]
    for model, args, floor in (("mlp", mlp, 0.78), ("cnn", cnn, 0.65)):
        for variant in ("none", "bn", "ln") if SLOW else ("bn",):
            name = f"{model}-{variant}"
            result, csv, r = train(tmp, name, *args, "--variant", variant)
            if result is None:
                continue
            curve = result["curve"]
            first, last = curve[0]["train_loss"], curve[-1]["train_loss"]
            accuracy = result["final"]["test_accuracy"]
            print(f"  {name}: loss {first:.3f} -> {last:.3f}, test accuracy {accuracy:.4f}")
            check(last < 0.6 * first, f"{name}: loss did not fall enough ({first} -> {last})")
            check(accuracy >= floor, f"{name}: test accuracy {accuracy} below the floor {floor}")
            check(len(result["epochs"]) == 3 and len(curve) == 30, f"{name}: wrong curve length")
            config = result["config"]
            check(config["model"] == model and config["variant"] == variant
                  and config["epochs"] == 3 and config["seed"] == 1, f"{name}: config {config}")
            check_csv_is_curve(name, result, csv)
            check("epoch 1/3  step" in r.stderr and "left" in r.stderr and "elapsed" in r.stderr,
                  f"{name}: no progress lines")
            for p in curve:
                check(p["grad_norm_first"] > 0 and p["grad_norm_last"] > 0
                      and 1 <= p["active_units_first"] <= first_units(config),
                      f"{name}: gradient measures {p}")
            batching = result["batching"]
            check([e["batch_size"] for e in batching] == [2, 8, 32, 128]
                  and all(e["batch_statistics"] == (variant == "bn") for e in batching),
                  f"{name}: batching entries {batching}")
            if variant == "bn":
                # Batches of two normalise every feature to about +-1: far worse.
                check(batching[0]["test_accuracy"] < accuracy - 0.05,
                      f"{name}: batch statistics of 2 should hurt")
                check(batching[0]["changed_predictions"] > 0.1,
                      f"{name}: with batch statistics of 2, the order should matter")
            else:
                # Without batch statistics the batching changes nothing but speed.
                check(all(e["changed_predictions"] < 0.002 for e in batching),
                      f"{name}: predictions depend on the batching: {batching}")


def first_units(config):
    return config["hidden"][0] if config["model"] == "mlp" else config["layers"]["channels"][0]


def check_csv_is_curve(name, result, csv):
    """The CSV is the JSON's curve, row for row, with the test score at epoch ends."""
    lines = csv.splitlines()
    check(lines[0] == "epoch,step,train_loss,train_accuracy,grad_norm_first,"
          "active_units_first,grad_norm_last,test_loss,test_accuracy", f"{name}: CSV header")
    curve = result["curve"]
    check(len(lines) == len(curve) + 1, f"{name}: {len(lines) - 1} CSV rows, {len(curve)} points")
    ends = 0
    for line, p in zip(lines[1:], curve):
        cells = line.split(",")
        check(abs(float(cells[0]) - p["epoch"]) < 1e-3 and int(cells[1]) == p["step"]
              and abs(float(cells[2]) - p["train_loss"]) < 1e-5
              and abs(float(cells[3]) - p["train_accuracy"]) < 1e-5
              and abs(float(cells[4]) / p["grad_norm_first"] - 1) < 1e-4,
              f"{name}: CSV row {line!r} is not the point {p}")
        if cells[7] != "NaN":
            e = result["epochs"][ends]
            ends += 1
            check(abs(float(cells[8]) - e["test_accuracy"]) < 1e-5 and
                  abs(p["epoch"] - ends) < 1e-9, f"{name}: CSV test columns {line!r}")
    check(ends == len(result["epochs"]), f"{name}: {ends} epoch ends in the CSV")


def test_divergence(tmp):
    """A learning rate far too large: the run stops at the first non-finite loss, exits 0 and
    says so in its results (the learning-rate sweep counts such runs)."""
    result, csv, r = train(tmp, "diverge", "--optimizer", "sgd", "--lr", "10", "--variant",
                           "none", "--train-limit", "1000", "--test-limit", "200", "-q")
    if result is None:
        return
    final = result["final"]
    check(isinstance(final["diverged_at_step"], int) and final["diverged_at_step"] >= 1
          and final["test_accuracy"] is None and "batching" not in result,
          f"divergence not recorded: {final}")
    check("stopped" in r.stderr and "diverged at step" in r.stdout,
          f"divergence not reported: {r.stderr!r} {r.stdout!r}")
    check(len(result["curve"]) == csv.count("\n") - 1, "divergence: CSV is not the curve")


def test_kernel_set(tmp):
    # The result names OpenBLAS's kernel set; two sets, same seed: other bits.
    args = ["--train-limit", "2000", "--test-limit", "300", "--epochs", "1", "-q",
            "--eval-batches", "none"]
    runs = {core: train(tmp, "core-" + core, *args, env={"OPENBLAS_CORETYPE": core})[0]
            for core in ("Haswell", "Prescott")}
    for core, result in runs.items():
        if result:
            check(result.get("openblas_core") == core,
                  f"OPENBLAS_CORETYPE={core}: the result says {result.get('openblas_core')!r}")
    if all(runs.values()):
        check(runs["Haswell"]["final"]["weights_fnv1a64"] != runs["Prescott"]["final"]["weights_fnv1a64"],
              "the Haswell and Prescott kernel sets gave the same weights")


def test_same_seed(tmp):
    args = ["--model", "cnn", "--variant", "bn", "--cnn-channels", "4,8", "--cnn-hidden", "16",
            "--train-limit", "1000", "--test-limit", "300", "--epochs", "2", "-q",
            "--eval-batches", "none"]
    a, csv_a, _ = train(tmp, "seed-a", *args)
    b, csv_b, _ = train(tmp, "seed-b", *args)
    c, _, _ = train(tmp, "seed-c", *args, "--seed", "2")
    if a and b and c:
        fa, fb, fc = (x["final"]["weights_fnv1a64"] for x in (a, b, c))
        check(fa == fb, f"same seed, different weights: {fa} {fb}")
        check(csv_a == csv_b, "same seed, different curves")
        check(a["final"]["test_accuracy"] == b["final"]["test_accuracy"], "same seed, other score")
        check(fa != fc, "another seed gave the same weights")


def main():
    tmp = tempfile.mkdtemp(prefix="test_train.")
    try:
        test_help()
        test_bad_options()
        test_bad_data(tmp)
        test_same_seed(tmp)
        test_kernel_set(tmp)
        test_divergence(tmp)
        test_short_runs(tmp)
    finally:
        shutil.rmtree(tmp)
    if failures:
        print(f"{failures} failure(s)", file=sys.stderr)
        sys.exit(1)
    print("all train checks passed")


if __name__ == "__main__":
    main()
