"""Golden test: renders a fixture tree and compares every page with the
expected output committed in golden/<fixture>/. The shared static files
(CSS, JavaScript, KaTeX) are checked for being present and complete rather
than byte for byte.

    golden.py SIDENOTES FIXTURE          # the test
    golden.py SIDENOTES FIXTURE --update # rewrite the expected output
"""
import os
import re
import shutil
import sys

import harness

sidenotes, fixture = sys.argv[1], sys.argv[2]
golden = os.path.join(harness.HERE, "golden", fixture)

with harness.Scratch() as tmp:
    out = os.path.join(tmp, "out")
    proc = harness.run(sidenotes, os.path.join(harness.FIXTURES, fixture), "-o", out,
                       "--cache", os.path.join(tmp, "cache"))
    if "--update" in sys.argv:
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(out, golden, ignore=shutil.ignore_patterns("static"))
        print("updated", golden)
        sys.exit(0)
    problems = harness.tree_differences(out, golden, skip=("static/",))

    # The static files: the site's own, and KaTeX's CSS naming only fonts
    # that were copied (a missing font is a failed request in the browser).
    # A fixture with no formula gets no KaTeX at all (issue 9): then no page
    # may link its CSS either.
    has_math = any(b'class="katex' in harness.read(os.path.join(d, f))
                   for d, _, fs in os.walk(out) for f in fs if f.endswith(".html"))
    names = ["static/site.css", "static/site.js"] + (["static/katex/katex.min.css"] if has_math else [])
    for name in names:
        if not os.path.isfile(os.path.join(out, name)):
            problems.append("missing " + name)
    if has_math and not problems:
        css = harness.read(os.path.join(out, "static/katex/katex.min.css")).decode()
        urls = re.findall(r"url\(([^)]*)\)", css)
        if len(urls) < 10:
            problems.append("KaTeX's CSS names only %d fonts" % len(urls))
        for url in urls:
            if not os.path.isfile(os.path.join(out, "static/katex", url)):
                problems.append("KaTeX's CSS names %s, which was not copied" % url)
    elif not has_math:
        for d, _, fs in os.walk(out):
            for f in fs:
                if f.endswith(".html") and b"katex.min.css" in harness.read(os.path.join(d, f)):
                    problems.append("%s links KaTeX's CSS in a site with no formula" % f)
    if problems:
        harness.fail("%d differences from %s (run golden.py --update after a deliberate "
                     "change):\n%s" % (len(problems), golden, "\n".join(problems)))
print("ok: %s matches %s" % (fixture, golden))
