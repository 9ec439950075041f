"""Golden test: renders a fixture tree and compares every page with the
expected output committed in golden/<fixture>/. The shared static files
(CSS, JavaScript, KaTeX) are checked for being present and complete rather
than byte for byte; so is the CSS every page carries inline (its <style>
elements are compared as `<style>…</style>`).

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
    proc = harness.run(sidenotes, os.path.join(harness.FIXTURES, fixture), "-o", out, "--xref",
                       "--cache", os.path.join(tmp, "cache"))
    # Each page's inline CSS: the site's own stylesheet, whole, then out of
    # the comparison (it is the same in every page, and checked here).
    site_css = harness.read(os.path.join(out, "static/site.css")).decode()
    inline_problems = []
    for d, _, fs in os.walk(out):
        for f in fs:
            if not f.endswith(".html"):
                continue
            page = os.path.join(d, f)
            html = harness.read(page).decode()
            styles = re.findall(r"<style>(.*?)</style>", html, re.S)
            if not styles or site_css.strip() not in styles[-1]:
                inline_problems.append("%s does not carry the site's CSS inline" % f)
            # KaTeX's CSS inline on a page with a formula, its fonts named
            # relative to the page; on no other page.
            katex = [c for c in styles if "font-family:KaTeX" in c]
            if 'class="katex' in html:
                urls = re.findall(r"url\(([^)]*)\)", katex[0]) if katex else []
                if len(urls) < 10:
                    inline_problems.append("%s: a formula, and KaTeX's CSS inline names %d fonts"
                                           % (f, len(urls)))
                inline_problems += ["%s: KaTeX's CSS names %s, which is not there" % (f, u)
                                    for u in urls if not os.path.isfile(os.path.join(d, u))]
            elif katex:
                inline_problems.append("%s: no formula, yet KaTeX's CSS" % f)
            if '<link rel="stylesheet"' in html:
                inline_problems.append("%s links a stylesheet (render-blocking)" % f)
    harness.fold_inline_css(out)
    if "--update" in sys.argv:
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(out, golden, ignore=shutil.ignore_patterns("static"))
        print("updated", golden)
        sys.exit(0)
    problems = harness.tree_differences(out, golden, skip=("static/",)) + inline_problems

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
        if os.path.exists(os.path.join(out, "static/katex")):
            problems.append("static/katex/ written for a site with no formula")
    if problems:
        harness.fail("%d differences from %s (run golden.py --update after a deliberate "
                     "change):\n%s" % (len(problems), golden, "\n".join(problems)))
print("ok: %s matches %s" % (fixture, golden))
