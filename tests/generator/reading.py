"""Reading other people's code (issue 9), end to end: which files are read
and which are left out, what the summary line counts, encodings, tabs,
titles and the plain note style.

    reading.py SIDENOTES CASE
"""
import os
import re
import sys

import harness

sidenotes, case = sys.argv[1], sys.argv[2]


def build(src, out, *opts, expect=0):
    return harness.run(sidenotes, src, "-o", out, "--no-cache", *opts, expect=expect)


def page(out, path):
    return harness.read(os.path.join(out, path)).decode()


def choosing(tmp):
    """--exclude (a name at any depth, a path), folders holding an earlier
    output, the output folder itself, and the count of unknown files."""
    src, out = os.path.join(tmp, "src"), os.path.join(tmp, "src", "out")
    harness.write(os.path.join(src, "a.c"), "// A.\nint a;\n")
    harness.write(os.path.join(src, "b.cpp"), "// B.\nnamespace b {}\n")
    harness.write(os.path.join(src, "c.hpp"), "// C.\nint c;\n")
    harness.write(os.path.join(src, "d.C"), "// D.\nint d;\n")
    harness.write(os.path.join(src, "build", "gen.c"), "int gen;\n")
    harness.write(os.path.join(src, "sub", "build", "gen.c"), "int gen;\n")
    harness.write(os.path.join(src, "third", "x.c"), "int x;\n")
    harness.write(os.path.join(src, "old", ".sidenotes-manifest"), "a.c.html\n")
    harness.write(os.path.join(src, "old", "a.c"), "int old;\n")
    harness.write(os.path.join(src, "Makefile"), "all:\n")
    harness.write(os.path.join(src, "notes.txt"), "text\n")
    build(src, out)  # the output folder is inside the sources
    proc = build(src, out, "--exclude", "build", "--exclude", "third/*")
    for name in ("a.c.html", "b.cpp.html", "c.hpp.html", "d.C.html"):
        if not os.path.isfile(os.path.join(out, name)):
            harness.fail("no page " + name)
    for name in ("build/gen.c.html", "sub/build/gen.c.html", "third/x.c.html",
                 "old/a.c.html", "out/index.html"):
        if os.path.exists(os.path.join(out, name)):
            harness.fail("rendered what should be left out: " + name)
    if "2 files skipped (unknown type)" not in proc.stdout:
        harness.fail("summary does not count the 2 unknown files: " + proc.stdout)
    if '<span class="k">namespace</span>' not in page(out, "b.cpp.html"):
        harness.fail("C++ not highlighted as C++ (`namespace` is a keyword there, not in C)")


def folder_settings(tmp):
    """A folder's .sidenotes: `exclude:` globs relative to it, `notes:` for
    its pages and subfolders (a page's own front matter wins); a bad line
    is an error naming file:line."""
    src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
    harness.write(os.path.join(src, "a.py"), "# A.\nx = 1\n")
    harness.write(os.path.join(src, "vendor", ".sidenotes"),
                  "# third-party code\nexclude: gen/*\nnotes: plain\n")
    harness.write(os.path.join(src, "vendor", "gen", "x.c"), "int x;\n")
    harness.write(os.path.join(src, "vendor", "deep", "lib.c"), "// *Not* emphasis\nint a;\n")
    harness.write(os.path.join(src, "vendor", "own.c"),
                  "// ---\n// notes: markdown\n// ---\n// *Emphasis*\nint a;\n")
    build(src, out)
    if os.path.exists(os.path.join(out, "vendor/gen/x.c.html")):
        harness.fail("exclude: in vendor/.sidenotes not applied")
    if not os.path.isfile(os.path.join(out, "a.py.html")):
        harness.fail("a page outside the folder was excluded")
    if '<div class="plain-notes"><div>*Not* emphasis</div></div>' not in page(out, "vendor/deep/lib.c.html"):
        harness.fail("notes: plain not inherited by a subfolder")
    if "<em>Emphasis</em>" not in page(out, "vendor/own.c.html"):
        harness.fail("a page's notes: markdown did not win over its folder's")
    harness.write(os.path.join(src, "vendor", ".sidenotes"), "exclude: gen/*\nnotes: fancy\n")
    proc = build(src, out, expect=1)
    if not re.search(r"/vendor/\.sidenotes:2: error: expected `exclude: GLOB`", proc.stderr):
        harness.fail("bad settings line not reported at file:line: " + proc.stderr)


def encoding(tmp):
    """Latin-1: a warning at file:line:col and the text converted; --strict
    makes it an error; a NUL byte: a binary file, skipped."""
    src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
    harness.write(os.path.join(src, "a.c"), b"int a;\n/* Copyright \xa9 Foo */\nint b;\n")
    harness.write(os.path.join(src, "bin.c"), b"\x7fELF\x00\x01")
    proc = build(src, out)
    if not re.search(r"/src/a\.c:2:14: warning: not UTF-8; read as Latin-1", proc.stderr):
        harness.fail("no Latin-1 warning at a.c:2:14: " + proc.stderr)
    if not re.search(r"/src/bin\.c:1: warning: a NUL byte", proc.stderr):
        harness.fail("no warning for the binary file: " + proc.stderr)
    if "Copyright \u00a9 Foo" not in page(out, "a.c.html"):
        harness.fail("the Latin-1 text was not converted")
    if os.path.exists(os.path.join(out, "bin.c.html")):
        harness.fail("the binary file was rendered")
    proc = build(src, os.path.join(tmp, "out2"), "--strict", expect=1)
    if not re.search(r"/src/a\.c:2:14: error: not UTF-8", proc.stderr):
        harness.fail("--strict did not make it an error: " + proc.stderr)


def diagnostics(tmp):
    """Reading's warnings and errors go into the run's list of diagnostics
    (issues 9, 13): every bad file is reported, not only the first, and the
    build then fails with nothing written; --strict counts the warnings; a
    build with warnings (a file's encoding, a broken catalog) is not
    recorded as up to date, so the next build shows them again."""
    src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
    harness.write(os.path.join(src, "a.c"), b"int a; /* \xa9 */\n")
    harness.write(os.path.join(src, "b.c"), b"int b; /* \xe9 */\n")
    os.symlink("nowhere.c", os.path.join(src, "link.c"))
    for opts in ((), ("--strict",)):
        proc = build(src, out, *opts, expect=1)
        kind = "error" if opts else "warning"
        for name, col in (("a", 11), ("b", 11)):
            if not re.search(r"/src/%s\.c:1:%d: %s: not UTF-8" % (name, col, kind), proc.stderr):
                harness.fail("%s.c's encoding not reported (%s): %s" % (name, opts, proc.stderr))
        if not re.search(r"/src/link\.c: error: cannot read", proc.stderr):
            harness.fail("the broken link not reported after the other files: " + proc.stderr)
        if os.path.exists(out):
            harness.fail("a build with a reading error wrote its output")
    os.remove(os.path.join(src, "link.c"))
    cache = os.path.join(tmp, "cache")
    po = os.path.join(tmp, "po")
    harness.write(os.path.join(po, "LINGUAS"), "zh\n")
    harness.write(os.path.join(po, "zh", "a.c.po"), 'msgid "x\nbroken\n')
    for run in range(2):
        proc = harness.run(sidenotes, src, "-o", out, "--cache", cache, "--po", po)
        if "up to date" in proc.stdout:
            harness.fail("run %d: a build with warnings was recorded as up to date" % (run + 1))
        if not re.search(r"/src/b\.c:1:11: warning: not UTF-8", proc.stderr):
            harness.fail("run %d: the encoding warning not shown: %s" % (run + 1, proc.stderr))
        if not re.search(r"/po/zh/a\.c\.po:\d+: warning: .*\(shown in English\)", proc.stderr):
            harness.fail("run %d: the catalog warning not shown: %s" % (run + 1, proc.stderr))


def tabs(tmp):
    """Tabs to stops every 8 columns from the line's start (or --tab-width)."""
    src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
    harness.write(os.path.join(src, "t.c"), "int a;\n// x\tnote\n\tint\tb;\n")
    build(src, out)
    html = page(out, "t.c.html")
    text = re.sub(r"<[^>]+>", "", html)
    if "x    note" not in text:  # "// x" ends at column 4: the tab stops at 9
        harness.fail("the tab in the comment does not stop at column 9")
    if "        int     b;" not in text:
        harness.fail("the tabs in code are not at columns 9 and 17:\n" + text)
    build(src, os.path.join(tmp, "o4"), "--tab-width", "4")
    if "    int b;" not in re.sub(r"<[^>]+>", "", page(os.path.join(tmp, "o4"), "t.c.html")):
        harness.fail("--tab-width 4 not applied")
    build(src, os.path.join(tmp, "o0"), "--tab-width", "0", expect=2)


def titles(tmp):
    """A code page is titled by its file name, not by a `#` deep in it; a
    setext heading titles a readme; SRC/ with a trailing slash names the
    site."""
    src, out = os.path.join(tmp, "mysite"), os.path.join(tmp, "out")
    harness.write(os.path.join(src, "n.c"), "int a;\n// # NAME\nint b;\n")
    harness.write(os.path.join(src, "sub", "readme.md"), "Sub folder\n----------\n\nText.\n")
    build(src + "/", out)
    if "<title>n.c" not in page(out, "n.c.html"):
        harness.fail("code page not titled by its file name: " +
                     re.search(r"<title>[^<]*", page(out, "n.c.html")).group(0))
    if "<title>Sub folder" not in page(out, "sub/index.html"):
        harness.fail("setext heading not used as the readme's title")
    if not re.search(r"<title>[^<]*mysite", page(out, "index.html")):
        harness.fail("SRC/ gave the site no name: " + re.search(r"<title>[^<]*", page(out, "index.html")).group(0))
    # The folder's index: a page titled by its file name shows the name once
    # (issue 9, item 18), with the first sentence of its notes as summary; a
    # page with a title of its own shows both, and its summary.
    harness.write(os.path.join(src, "m.c"), "// # Means\n// The mean of a row. Then more.\nint m;\n")
    harness.write(os.path.join(src, "s.c"), "// Sums a row, twice. Then more.\nint s;\n")
    harness.write(os.path.join(src, "t.md"), "---\ntitle: Tee\nsummary: The tee.\n---\nText.\n")
    # A first sentence with a formula or a `$` in code would show raw TeX
    # or a stray `$` in the plain-text summary: none then.
    harness.write(os.path.join(src, "v.c"), "// The variance $\\sigma^2$ of a row. More.\nint v;\n")
    harness.write(os.path.join(src, "w.c"), "// Reads `$HOME` first. More.\nint w;\n")
    build(src, out)
    index = page(out, "index.html")
    entries = {re.search(r'href="([^"]+)"', e).group(1): e
               for e in re.findall(r'<li class="entry.*?</li>', index, re.S)}
    def entry(href, title, file, summary):
        e = entries.get(href, "")
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", e)).strip()
        want = " ".join(x for x in (title, file, summary) if x)
        if text != want:
            harness.fail("index entry of %s says %r, not %r: %s" % (href, text, want, e))
    entry("n.c.html", "n.c", None, None)
    entry("s.c.html", "s.c", None, "Sums a row, twice.")
    entry("m.c.html", "Means", "m.c", "The mean of a row.")
    entry("v.c.html", "v.c", None, None)
    entry("w.c.html", "w.c", None, None)
    entry("t.md.html" if "t.md.html" in entries else "t.html", "Tee", "t.md", "The tee.")


def plain(tmp):
    """Plain notes: line breaks kept, no headings, emphasis, smart quotes
    or math; from front matter or --plain-notes."""
    src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
    text = ("// Copyright (c) 2020 <antirez at gmail dot com>\n// # of items: $HOME and $PATH\n"
            "// sdssplit(\"foo_-_bar\",\"_-_\") __init__\n//   +-----+ -->\nint a;\n")
    harness.write(os.path.join(src, "vendor", "lib.c"), text)
    build(src, out, "--plain-notes", "vendor/*")
    html = page(out, "vendor/lib.c.html")
    want = ('<div class="plain-notes"><div>Copyright (c) 2020 &lt;antirez at gmail dot com&gt;</div>'
            '<div># of items: $HOME and $PATH</div>'
            '<div>sdssplit(&quot;foo_-_bar&quot;,&quot;_-_&quot;) __init__</div>'
            '<div>  +-----+ --&gt;</div></div>')
    if want not in html:
        harness.fail("plain notes not as written:\n" + html[html.find("<div class=\"plain"):][:400])
    if "<h1" in html.split("<main", 1)[-1] and "# of items" not in html:
        harness.fail("a heading was made")


cases = {f.__name__.replace('_', '-'): f for f in (choosing, folder_settings, encoding, diagnostics, tabs,
                                                                     titles, plain)}
with harness.Scratch() as tmp:
    cases[case](tmp)
print("ok: " + case)
