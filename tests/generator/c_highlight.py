"""Every C file of the site (annotated/ and src/), and random C-like text,
highlighted by the generator's own C lexer (src/gen/c_highlight.c, used for
every C page) and by the Pygments worker
(src/tools/pygments-worker.py): the HTML must be the same, byte for byte,
but for the differences listed in README (none at present: KNOWN).

    c_highlight.py DUMP WORKER_PY TOP_DIR
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile

import harness

dump, worker_py, top = sys.argv[1], sys.argv[2], sys.argv[3]
worker = {"__name__": "pygments_worker"}
exec(compile(open(worker_py, encoding="utf-8").read(), worker_py, "exec"), worker)

# Files whose HTML may differ, with how many lines: none. A difference
# found here is a bug of c_highlight.c, or belongs in this list and in
# README with why.
KNOWN = {}


def ours(paths):
    out = subprocess.run([dump] + paths, check=True, capture_output=True).stdout
    htmls, at = [], 0
    while at < len(out):
        nl = out.index(b"\n", at)
        n = int(out[at:nl].split()[1])
        htmls.append(out[nl + 1:nl + 1 + n])
        at = nl + 1 + n
    return htmls


def theirs(path):
    with open(path, encoding="utf-8", newline="") as f:
        return worker["highlight"]({"lang": "c", "code": f.read()})


problems = []


def compare(paths, names):
    for path, name, mine in zip(paths, names, ours(paths)):
        want = theirs(path)
        if mine == want:
            continue
        a, b = mine.split(b"\n"), want.split(b"\n")
        bad = [i for i in range(max(len(a), len(b))) if (a[i:i + 1] or [None]) != (b[i:i + 1] or [None])]
        if KNOWN.get(name) == len(bad):
            continue
        i = bad[0]
        problems.append("%s: %d lines differ; line %d:\n  ours     %r\n  Pygments %r"
                        % (name, len(bad), i + 1, a[i] if i < len(a) else None, b[i] if i < len(b) else None))


files = []
for folder in ("annotated", "src"):
    for root, dirs, names in os.walk(os.path.join(top, folder)):
        dirs.sort()
        for n in sorted(names):
            if n.endswith((".c", ".h")):
                files.append(os.path.join(root, n))
if len(files) < 100:
    harness.fail("the site's C files were not found (%d)" % len(files))
compare(files, [os.path.relpath(f, top) for f in files])

# Random text made of the pieces C is made of, and some that break it.
pieces = ["int ", "char", " *", "foo", "(", ")", "{", "}", ";", "\n", "\n#", "#if 0\n", "#endif\n",
          "#include <a.h>", '#include "b.h" // x', "/* c */", "/*", "*/", "// d\n", '"', "'", "\\",
          "\\n", "\\x4", "'a'", "'\\0'", "0x1F", "1.5e3", "-2", "0777", "1'000", "3.f", ".5", "0b101",
          "case ", "X:", "default:", "struct ", "union", " ", "\t", "size_t", "NULL", "true", "->", "::",
          "u8", "L", "$", "é", "\r\n", "static ", "return ", "label:", "\\\n", "#define M(x) x \\\n y\n"]
rng = random.Random(10)
tmp = tempfile.mkdtemp(prefix="c-highlight-")
paths = []
for k in range(300):
    path = os.path.join(tmp, "r%d.c" % k)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("".join(rng.choice(pieces) for _ in range(rng.randint(1, 120))))
    paths.append(path)
compare(paths, ["random text %d" % k for k in range(len(paths))])

shutil.rmtree(tmp)
if problems:
    harness.fail("%d files not highlighted as Pygments does:\n%s" % (len(problems), "\n".join(problems[:20])))
print("ok: C highlighted without Pygments, %d files of the site and %d random texts" % (len(files), len(paths)))
