"""The worked example's page shows what its program prints.

Runs the program once per part named by the page's ```output FILE``` blocks
(FILE = worked_example_<part>.txt, part with '-' for '_'), checks that the
parts together are the program's whole output, renders the page with those
files as its assets, and checks that every output block of the rendered
page holds exactly the text the program printed for its part. A page that
names a part the program does not know, a program whose output changed
without the page, or a generator that shows something else all fail here.

    worked_example.py SIDENOTES PROGRAM SOURCE
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

sidenotes, program, source = sys.argv[1:4]


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def run(*args):
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode != 0:
        fail("%s exited with %d:\n%s" % (" ".join(args), proc.returncode, proc.stderr))
    return proc.stdout


with open(source, encoding="utf-8") as f:
    text = f.read()
files = re.findall(r"^\s*// ```output (\S+)\s*$", text, re.M)
if len(files) < 4:
    fail("%s has %d output blocks; the worked example shows at least 4" % (source, len(files)))
parts = []
for name in files:
    m = re.fullmatch(r"worked_example_(\w+)\.txt", name)
    if not m:
        fail("output block %s does not name a part of the program" % name)
    parts.append(m.group(1).replace("_", "-"))

printed = {part: run(program, part) for part in parts}
whole = run(program)
if "".join(printed[p] for p in parts) != whole:
    fail("the parts shown on the page, in page order, are not the program's whole output")

tmp = tempfile.mkdtemp(prefix="worked-example-")
try:
    src, assets, out = (os.path.join(tmp, d) for d in ("src", "assets", "out"))
    os.makedirs(os.path.join(src, "normalization"))
    os.makedirs(os.path.join(assets, "normalization"))
    shutil.copy(source, os.path.join(src, "normalization", "worked_example.c"))
    for name, part in zip(files, parts):
        with open(os.path.join(assets, "normalization", name), "w", encoding="utf-8") as f:
            f.write(printed[part])
    run(sidenotes, src, "-o", out, "--assets", assets, "--no-cache", "-q")
    with open(os.path.join(out, "normalization", "worked_example.c.html"), encoding="utf-8") as f:
        page = f.read()
finally:
    shutil.rmtree(tmp, ignore_errors=True)

blocks = [html.unescape(re.sub(r"<[^>]*>", "", b))
          for b in re.findall(r'<pre class="notes-code"><code>(.*?)</code></pre>', page, re.S)]
for part in parts:
    want = printed[part].rstrip("\n")
    if blocks.count(want) != 1:
        fail("the page does not show the output of `%s %s` exactly once:\n%s"
             % (os.path.basename(program), part, want))
print("ok: %d parts of the worked example's output, %d lines, shown on its page"
      % (len(parts), whole.count("\n")))
