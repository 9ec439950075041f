"""Pathological inputs: build time against input size (issue 16).

    bench_pathological.py SIDENOTES [NAME...]

For each input of the fuzz review's table (/work/shared/reviews/fuzz.md) and
each input that stayed linear there, a page is generated at 1x, 2x, 4x and
8x its base size (8x is about 1 MB) and built into an empty folder, in
rounds that interleave sizes and inputs. The KaTeX and Pygments results come
from a cache filled by a first build: what is timed is the generator's own
work, where the quadratic paths were (the tools are linear but slow:
Pygments alone takes seconds on 1 MB of C; `generator speed` measures the
tools' floor). Time is CPU time, user + system, of the generator and its
workers: on a machine shared by many, wall time mostly measures the
neighbours.

Prints the best time of the rounds per size and, per input, the worst
growth from one size to the next divided by 2: a linear curve is at most
1.0 (less when a fixed start-up cost dominates); the target is <= 1.3. Then,
for the 1 MB (8x) build of each input, its best CPU and wall time and
whether each is under 2 s, and the inputs that meet "under 2 s" and those
that do not, with the load average: the verdict is on CPU time, as wall
time on a shared machine is the neighbours'. Exit status 0: the figures are
for reading.
"""
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROUNDS = 3
BASE = 128 * 1024  # bytes at 1x; 8x is 1 MiB


def repeat(unit, size, head="", tail=""):
    return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail


# name -> (file name, text of `size` bytes, extra files {path: text}, options)
def templates_dir(holes_text):
    return {"templates/section.html": holes_text}


INPUTS = {
    # The review's quadratic paths.
    "unclosed $ openers (md)": lambda n: ("p.md", repeat("$a ", n), {}, []),
    "// s + code sections (c)": lambda n: ("p.c", repeat("// s\nint x;\n", n), {}, []),
    "list of - a $x$ with --po (md)": lambda n: (
        "p.md", repeat("- a $x$\n", n), {"po/LINGUAS": "zh\n"}, ["--po", "po"]),
    "template, one hole a line": lambda n: (
        "p.md", "x\n", templates_dir(repeat("{{notes}}\n", n, head="<section id=\"section-{{n}}\" class=\"{{kind}}\">", tail="{{code}}</section>")),
        ["--templates", "templates"]),
    "template, holes on one line": lambda n: (
        "p.md", "x\n", templates_dir(repeat("{{notes}}", n, head="<section id=\"section-{{n}}\" class=\"{{kind}}\">", tail="{{code}}</section>")),
        ["--templates", "templates"]),
    # The review's inputs that stayed linear.
    "1 MB prose line (md)": lambda n: ("p.md", repeat("word ", n), {}, []),
    "block comments (c)": lambda n: ("p.c", repeat("/* note */\nint x;\n", n), {}, []),
    "/* /* ... (c)": lambda n: ("p.c", repeat("/* ", n, tail="*/\n"), {}, []),
    "lines opening /* (c)": lambda n: ("p.c", repeat("x; /*\n", n, tail="*/\n"), {}, []),
    "backtick runs (md)": lambda n: ("p.md", "".join("`" * (k % 40 + 1) + " a " for k in range(n // 24)), {}, []),
    "quotes deep (md)": lambda n: ("p.md", repeat(">", n // 8, tail=" a\n"), {}, []),
    "lists deep (md)": lambda n: ("p.md", "".join("  " * k + "- a\n" for k in range(int((n / 2) ** 0.5))), {}, []),
    "emphasis openers (md)": lambda n: ("p.md", repeat("*a _b ", n), {}, []),
    "links (md)": lambda n: ("p.md", repeat("[a](b) ", n), {}, []),
    # Others of the same family.
    "unclosed ` openers (md)": lambda n: ("p.md", repeat("`a ", n), {}, []),
    "inline math $x$ (md)": lambda n: ("p.md", repeat("a $x$ ", n), {}, []),
    # Headings that do not start a section (in a block quote): each one
    # looked its line up from the top of the notes (notes_rules.c), 12x the
    # time for 4x the input before.
    "quoted headings (md)": lambda n: ("p.md", repeat("> # Ab\n", n), {}, []),
    # A C file of many distinct names, cross-referenced: each name was
    # looked up in a list of the file's names (xref_parser.c), quadratic.
    "distinct names, cross-referenced (c)": lambda n: (
        "p.c", "".join("int f%d(int a) { return a + %d; }\n" % (k, k) for k in range(n // 36)), {}, ["--xref"]),
    "one table row n bytes wide (md)": lambda n: ("p.md", repeat("x|", n, head="a|b\n-|-\n", tail="\n"), {}, []),
    "a table n bytes wide (md)": lambda n: (
        "p.md", repeat("x|", n // 2, tail="\n") + repeat("-|", n // 2, tail="\n") + "y|y\n", {}, []),
    "table with math cells --po (md)": lambda n: (
        "p.md", repeat("| a $x$ | b |\n", n, head="| h | i |\n|---|---|\n"), {"po/LINGUAS": "zh\n"}, ["--po", "po"]),
    # Translations read from catalogs: a page of n bytes with its catalog,
    # every message translated (the catalog is 2.3 times the page: the
    # Chinese takes 3 bytes a character); and a catalog of n bytes beside a
    # one-paragraph page (messages of other versions of the page).
    "page + its catalog --po (md)": lambda n: translated_page(n),
    "catalog of n bytes --po (md)": lambda n: big_catalog(n),
}


def po_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


PO_HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: zh\\n"\n\n'


def paragraphs(n):
    """Distinct paragraphs with math, about n bytes in all."""
    out, size, k = [], 0, 0
    while size < n:
        out.append(f"Paragraph {k} scales $x_{{{k}}}$ by $\\gamma$ and shifts it by $\\beta$, as layer {k} does.")
        size += len(out[-1]) + 2
        k += 1
    return out


def translated_page(n):
    paras = paragraphs(n)
    po = PO_HEADER + "".join(f"msgid {po_quote(p)}\nmsgstr {po_quote('译：' + p)}\n\n" for p in paras)
    return ("p.md", "\n\n".join(paras) + "\n", {"po/LINGUAS": "zh\n", "po/zh/p.md.po": po}, ["--po", "po"])


def big_catalog(n):
    paras = paragraphs(max(1, n // 2))  # each entry holds its message twice
    po = PO_HEADER + "".join(f"msgid {po_quote(p)}\nmsgstr {po_quote('译：' + p)}\n\n" for p in paras)
    return ("p.md", paras[0] + "\n", {"po/LINGUAS": "zh\n", "po/zh/p.md.po": po}, ["--po", "po"])


def prepare(root, case, size):
    """Writes the page and its extra files under `root`; returns the
    options and the size in bytes of the largest file (the page, or the
    template or catalog that grows)."""
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "src"))
    name, text, extra, options = case(size)
    with open(os.path.join(root, "src", name), "w", encoding="utf-8") as f:
        f.write(text)
    for path, body in extra.items():
        os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
        with open(os.path.join(root, path), "w", encoding="utf-8") as f:
            f.write(body)
    return options, max(len(body.encode()) for body in [text, *extra.values()])


def build(sidenotes, root, options):
    """The CPU time (user + system, the generator and its workers) and the
    wall time of one build: on a shared machine, wall time mostly measures
    the neighbours."""
    shutil.rmtree(os.path.join(root, "out"), ignore_errors=True)
    args = [sidenotes, "src", "-o", "out", "--cache", "cache", "-q"] + options
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    r = subprocess.run(args, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"{root}: build failed: {r.stderr.decode()[:400]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main():
    sidenotes = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or list(INPUTS)
    scales = [1, 2, 4, 8]
    best = {}
    best_wall = {}
    sizes = {}
    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as tmp:
        roots = {}
        for k, name in enumerate(names):
            for s in scales:
                root = roots[name, s] = os.path.join(tmp, f"{k}-{s}")
                options, sizes[name, s] = prepare(root, INPUTS[name], BASE * s)
                build(sidenotes, root, options)  # fills the cache
        for _ in range(ROUNDS):
            for name in names:
                for s in scales:
                    dt, wall = build(sidenotes, roots[name, s], INPUTS[name](1)[3])
                    best[name, s] = min(best.get((name, s), dt), dt)
                    best_wall[name, s] = min(best_wall.get((name, s), wall), wall)
            load.append(os.getloadavg()[0])
    print(f"pathological inputs: best of {ROUNDS} builds into an empty folder, tools' results cached; CPU seconds")
    print(f"{'input':34} {'1x':>8} {'2x':>8} {'4x':>8} {'8x':>8} {'8x bytes':>9} {'growth/2':>8}")
    worst = 0.0
    for name in names:
        t = [best[name, s] for s in scales]
        growth = max(t[i + 1] / t[i] for i in range(3)) / 2
        worst = max(worst, growth)
        print(f"{name:34} " + " ".join(f"{x:8.3f}" for x in t) + f" {sizes[name, 8]:9d} {growth:8.2f}")
    print(f"worst growth per doubling / 2: {worst:.2f} (linear: <= 1.0; target <= 1.3)")
    print()
    print(f"1 MB inputs (8x), target: built in under 2 s; best of {ROUNDS}, seconds; "
          f"load average {min(load):.1f}-{max(load):.1f} on {os.cpu_count()} CPUs")
    print(f"{'input':34} {'CPU':>7} {'wall':>7}  {'under 2 s':>9}")
    met, missed = [], []
    for name in names:
        cpu, wall = best[name, 8], best_wall[name, 8]
        verdict = "yes" if cpu < 2 else "NO"
        (met if cpu < 2 else missed).append(name)
        note = "" if wall < 2 or cpu >= 2 else " (wall over 2 s: load)"
        print(f"{name:34} {cpu:7.2f} {wall:7.2f}  {verdict:>9}{note}")
    print(f"under 2 s in CPU time: {len(met)} of {len(names)} inputs"
          + (f"; not: {', '.join(missed)}" if missed else ""))
    print(f"under 2 s in wall time: {sum(best_wall[n, 8] < 2 for n in names)} of {len(names)} inputs "
          "(wall time on a shared machine mostly measures the neighbours)")


if __name__ == "__main__":
    main()
