#!/usr/bin/python3
"""Our kernels against PyTorch's, row by row, in one run.

    /usr/bin/python3 tests/normalization/bench_pytorch.py BUILD/tests/normalization/bench_normalization

For each row of bench_normalization (its --list) and for 1 and 2 threads, it
runs our kernel (bench_normalization --row K --threads T) and then the same
operation in PyTorch on the same shape with the same number of threads, each
timed by the same rule (the best of at least 5 runs, repeated until they
total 0.3 s or reach 50, after a warm-up), and prints our time / PyTorch's
time: below 1 means we are faster. The two measurements of a row follow each
other, so that both see the same machine load.

PyTorch's operations are the ATen kernels behind the modules, called without
autograd: native_layer_norm and native_layer_norm_backward; native_batch_norm
(training and eval) and native_batch_norm_backward. Each call allocates its
output, while our kernels write into arrays allocated and touched once; a
last table shows what that costs, per shape: filling a new tensor against
filling an existing one. Exits 77 (skipped) when PyTorch is not installed.
"""
import subprocess
import sys
import time

try:
    import torch
except ImportError:
    print("bench_pytorch.py: PyTorch is not installed (Debian: python3-torch); skipped")
    sys.exit(77)


def best(fn, reps=5, min_total=0.3):
    fn()
    times = []
    while len(times) < reps or (sum(times) < min_total and len(times) < 50):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def torch_op(name, shape):
    """A closure running PyTorch's kernel for one row of the table."""
    g = torch.Generator().manual_seed(0)
    x = torch.rand(shape, generator=g) + 0.5
    dy = torch.rand(shape, generator=g) + 0.5
    if name.startswith("LN"):
        D = shape[-1]
        w = torch.rand(D, generator=g) + 0.5
        b = torch.rand(D, generator=g)
        y, mean, rstd = torch.native_layer_norm(x, (D,), w, b, 1e-5)
        if name == "LN forward":
            return lambda: torch.native_layer_norm(x, (D,), w, b, 1e-5)
        mask = [True, True, True]
        return lambda: torch.ops.aten.native_layer_norm_backward(dy, x, (D,), mean, rstd, w, b, mask)
    C = shape[1]
    w = torch.rand(C, generator=g) + 0.5
    b = torch.rand(C, generator=g)
    rm = torch.zeros(C)
    rv = torch.ones(C)
    y, save_mean, save_invstd = torch.native_batch_norm(x, w, b, rm, rv, True, 0.1, 1e-5)
    if name == "BN train forward":
        return lambda: torch.native_batch_norm(x, w, b, rm, rv, True, 0.1, 1e-5)
    if name == "BN eval forward":
        return lambda: torch.native_batch_norm(x, w, b, rm, rv, False, 0.1, 1e-5)
    mask = [True, True, True]
    return lambda: torch.ops.aten.native_batch_norm_backward(dy, x, w, rm, rv, save_mean, save_invstd, True,
                                                             1e-5, mask)


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    bench = sys.argv[1]
    listing = subprocess.run([bench, "--list"], check=True, capture_output=True, text=True).stdout
    rows = [line.split("\t") for line in listing.strip().splitlines()]
    print(f"PyTorch {torch.__version__}")
    print("| kernel | shape | threads | ours (ms) | PyTorch (ms) | ours / PyTorch |")
    print("| --- | --- | --- | --- | --- | --- |")
    slower = 0
    with torch.no_grad():
        for index, name, shape_text in rows:
            shape = tuple(int(s) for s in shape_text.strip("()").split(","))
            op = torch_op(name, shape)
            for threads in (1, 2):
                out = subprocess.run([bench, "--row", index, "--threads", str(threads)], check=True,
                                     capture_output=True, text=True).stdout
                ours = float(out.split()[1])
                torch.set_num_threads(threads)
                theirs = best(op)
                ratio = ours / theirs
                slower += ratio >= 1.0
                print(f"| {name} | {shape_text} | {threads} | {ours * 1e3:.2f} | {theirs * 1e3:.2f} | "
                      f"{ratio:.2f} |", flush=True)
    print(f"rows where we are not faster: {slower}")
    print_allocation([tuple(int(s) for s in r[2].strip("()").split(",")) for r in rows])
    return 0


def print_allocation(shapes):
    """What a PyTorch call pays for its new output: filling a new tensor of
    each shape (allocation, first touch of its pages, the write) against
    filling an existing one (the write only), one thread."""
    torch.set_num_threads(1)
    print()
    print("| shape | MiB | new tensor, filled (ms) | existing tensor, filled (ms) |")
    print("| --- | --- | --- | --- |")
    for shape in sorted(set(shapes), key=lambda s: (len(s), s)):
        old = torch.empty(shape)
        fresh = best(lambda: torch.empty(shape).fill_(1.0))
        reuse = best(lambda: old.fill_(1.0))
        mib = old.numel() * 4 / 2**20
        print(f"| ({', '.join(map(str, shape))}) | {mib:.0f} | {fresh * 1e3:.2f} | {reuse * 1e3:.2f} |",
              flush=True)


if __name__ == "__main__":
    sys.exit(main())
