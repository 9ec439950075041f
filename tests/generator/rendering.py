"""The rendering side of sidenotes on other people's code (issue 9): math
that never refuses a codebase, every error of a run at once, safe HTML by
default, and Markdown headings only where a comment looks like Markdown.
Each case renders a small tree and checks the pages and the messages.

    rendering.py SIDENOTES CASE
"""
import html
import html.parser
import os
import re
import sys

import harness

sidenotes, case = sys.argv[1], sys.argv[2]


def page(out, name):
    return harness.read(os.path.join(out, name)).decode()


def notes_of(doc):
    """The notes columns of a page, joined."""
    return "\n".join(re.findall(r'<div class="docs">(.*?)</div>\s*<div class="code">', doc, re.S)) or doc


def must(cond, message, *context):
    if not cond:
        harness.fail(message + "".join("\n---\n" + str(c) for c in context))


def build(src, out, *options, expect=0):
    return harness.run(sidenotes, src, "-o", out, "--no-cache", *options, expect=expect)


def warnings_of(proc):
    return [l for l in proc.stderr.splitlines() if ": warning: " in l]


# ---- math ------------------------------------------------------------------

DOLLARS = ("// Use $$ for the PID in shell.\nint pid;\n\n"
           "// A format \"%$$$d\" here.\nint fmt;\n\n"
           "// A broken $\\frac{1}{$ formula.\nint broken;\n\n"
           "// Good math: $x^2$ stays math.\nint good;\n")


def math_warnings(src, out, tmp):
    harness.write(os.path.join(src, "a.c"), DOLLARS)
    proc = build(src, out)
    doc = page(out, "a.c.html")
    must("$$ for the PID in shell." in doc, "the lone $$ is not shown as written", notes_of(doc))
    must("$\\frac{1}{$" in doc, "the broken formula is not shown as written", notes_of(doc))
    must('class="katex"' in doc, "good math was not rendered", notes_of(doc))
    w = warnings_of(proc)
    must(any(re.search(r"/src/a\.c:1:8: warning: .*\\\$.*--no-math", l) for l in w),
         "no warning at the `$$` of line 1 suggesting \\$ or --no-math", proc.stderr)
    must(any(re.search(r"/src/a\.c:4:15: warning: ", l) for l in w),
         "no warning at the `$$` of the format string (4:15)", proc.stderr)
    must("%$$$d" in doc, "the format string is not shown as written", notes_of(doc))
    must(any(re.search(r"/src/a\.c:7:13: warning: KaTeX", l) for l in w),
         "no warning at the `$` that opened the broken formula (7:13)", proc.stderr)
    must(len(w) == 3, "expected 3 warnings", proc.stderr)


def strict(src, out, tmp):
    harness.write(os.path.join(src, "a.c"), "// Fine $x$.\nint x;\n")
    build(src, out, "--strict")
    before = harness.snapshot(out)
    harness.write(os.path.join(src, "a.c"), DOLLARS)
    proc = build(src, out, "--strict", expect=1)
    must(re.search(r"/src/a\.c:1:8: error: ", proc.stderr), "--strict did not make it an error",
         proc.stderr)
    must(not warnings_of(proc), "--strict still printed warnings", proc.stderr)
    must(harness.snapshot(out) == before, "a failed strict build changed the output")


def no_math_option(src, out, tmp):
    harness.write(os.path.join(src, "a.c"), "// Set $HOME and $x$ here.\nint x;\n")
    proc = build(src, out, "--no-math")
    doc = page(out, "a.c.html")
    must("$HOME and $x$ here" in doc, "--no-math did not keep the dollars", notes_of(doc))
    # (site.css, inline in every page, names .katex-display: look for
    # KaTeX's markup and KaTeX's own CSS)
    must('class="katex' not in doc and "font-family:KaTeX" not in doc and "katex.min.css" not in doc,
         "--no-math page still uses KaTeX", doc)
    must(not warnings_of(proc), "warnings with --no-math", proc.stderr)
    must(not os.path.exists(os.path.join(out, "static", "katex")), "KaTeX files copied")


def front_matter_math_off(src, out, tmp):
    harness.write(os.path.join(src, "a.c"),
                  "// ---\n// title: Dollars\n// math: off\n// ---\n\n// Costs $5 or $x$.\nint x;\n")
    harness.write(os.path.join(src, "b.c"), "// Math $y^2$ here.\nint y;\n")
    proc = build(src, out)
    a, b = page(out, "a.c.html"), page(out, "b.c.html")
    must("Costs $5 or $x$." in a, "math: off did not keep the dollars", notes_of(a))
    must('class="katex"' in b, "math: off in one file turned it off in another", notes_of(b))
    must(not warnings_of(proc), "warnings", proc.stderr)


def no_math_site(src, out, tmp):
    harness.write(os.path.join(src, "a.c"), "// No formulas at all.\nint x;\n")
    harness.write(os.path.join(src, "readme.md"), "# Home\n\nSee [a](a.c).\n")
    # A node that cannot start: a site without math must not need it.
    proc = build(src, out, "--node", os.path.join(tmp, "no-such-node"))
    must("KaTeX ran" not in proc.stdout, "KaTeX ran for a site without math", proc.stdout)
    for name in ("a.c.html", "index.html"):
        doc = page(out, name)
        must('class="katex' not in doc and "font-family:KaTeX" not in doc and "katex.min.css" not in doc,
             "%s carries or links KaTeX's CSS" % name)
    must(not os.path.exists(os.path.join(out, "static", "katex")), "KaTeX files copied")


def katex_missing(src, out, tmp):
    harness.write(os.path.join(src, "a.c"), "// Math $x^2$.\nint x;\n")
    proc = build(src, out, "--katex", os.path.join(tmp, "no-katex"), expect=1)
    lines = proc.stderr.strip().splitlines()
    must(len(lines) == 1, "a KaTeX that cannot load is not reported in one line", proc.stderr)
    must(re.search(r"KaTeX.*no-katex", lines[0]), "the line does not name KaTeX's folder", lines[0])


# ---- every error in one run -------------------------------------------------

def every_error(src, out, tmp):
    harness.write(os.path.join(src, "ok.c"), "// Fine.\nint ok;\n")
    build(src, out)
    before = harness.snapshot(out)
    harness.write(os.path.join(src, "a.c"), "int a;\n/* never closed\n")
    harness.write(os.path.join(src, "b.c"), "// ---\n// titel: B\n// ---\nint b;\n")
    harness.write(os.path.join(src, "c.c"), "// Broken $\\frac{1}{$ here.\nint c;\n")
    harness.write(os.path.join(src, "d.md"), "# D\n\nUnclosed $$ here.\n")
    proc = build(src, out, "--strict", expect=1)
    for pattern in (r"/src/a\.c:2:1: error: unterminated comment",
                    r"/src/b\.c:2: error: unknown front matter key",
                    r"/src/c\.c:1:11: error: KaTeX",
                    r"/src/d\.md:3:10: error: "):
        must(re.search(pattern, proc.stderr), "missing from one run: " + pattern, proc.stderr)
    must(harness.snapshot(out) == before, "the failed build changed the output")
    # Without --strict, the math is only warned about; the two errors stay.
    proc = build(src, out, expect=1)
    must(len(re.findall(r": error: ", proc.stderr)) == 2, "expected two errors", proc.stderr)
    must(len(warnings_of(proc)) == 2, "expected two warnings", proc.stderr)


def many_errors(src, out, tmp):
    for i in range(60):
        harness.write(os.path.join(src, "f%02d.c" % i), "int a;\n/* never closed\n")
    proc = build(src, out, expect=1)
    lines = proc.stderr.strip().splitlines()
    must(len([l for l in lines if ": error: " in l]) == 50, "not 50 errors shown", proc.stderr)
    must(re.search(r"and 10 more errors", lines[-1]), "no count of the rest", lines[-1])


# ---- safe HTML ----------------------------------------------------------------

class Visible(html.parser.HTMLParser):
    """The text a browser shows: outside comments, scripts and styles,
    with the tags open around each piece of text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.pieces, self.scripts = [], [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ("br", "hr", "img", "input", "meta", "link", "wbr", "source", "col", "area"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if "script" in self.stack:
            self.scripts.append(data)
        elif "style" not in self.stack:
            self.pieces.append((data, list(self.stack)))

    def text(self):
        return "".join(d for d, _ in self.pieces)


def visible(doc):
    v = Visible()
    v.feed(doc)
    v.close()
    return v


LICENSE = ("// Copyright (c) 2009, Salvatore <antirez at gmail dot com>\n"
           "// Closes </script>, </style>, </textarea>, </pre>.\n"
           "//\n// <script>alert(1)</script>\nint x;\n\n"
           "// Next section.\nint y;\n\n"
           "// <a id=\"here\"></a>\n//\n// <!-- results:table -->\n//\n"
           "// Tricky <!-- a --!> <b>bold</b> -->.\nint z;\n")


def safe_html(src, out, tmp):
    harness.write(os.path.join(src, "a.c"), LICENSE)
    build(src, out)
    v = visible(page(out, "a.c.html"))
    text = v.text()
    must("<antirez at gmail dot com>" in text, "the e-mail address is not readable", text)
    must("</script>, </style>, </textarea>, </pre>" in text, "closing tags are not shown", text)
    must("<script>alert(1)</script>" in text, "the script is not shown as text", text)
    must(not any("alert" in js for js in v.scripts), "a note's <script> became a script element")
    must("Next section." in text, "text after the raw HTML is lost", text)
    doc = page(out, "a.c.html")
    must('<a id="here"></a>' in doc, "an empty link target is not kept", notes_of(doc))
    must("<!-- results:table -->" in doc and "results:table" not in text,
         "a whole HTML comment is not kept as a comment", notes_of(doc))
    must("!> <b>bold</b>" in text, "a comment that --!> ends early is not text", text)


def unsafe_html(src, out, tmp):
    harness.write(os.path.join(src, "a.c"),
                  "// Some <b>bold</b> text.\nint x;\n\n"
                  "/* <!-- this is how HTML comments start */\nint y;\n\n"
                  "// Emits a <pre> block\nint z;\n\n// Last note.\nint last;\n")
    build(src, out, "--unsafe")
    doc = page(out, "a.c.html")
    v = visible(doc)
    text = v.text()
    must(any(d == "bold" and "b" in s for d, s in v.pieces), "--unsafe did not let <b> through",
         notes_of(doc))
    must("Last note." in text and "int last" in text, "an unclosed <!-- hid the rest of the page",
         text[-400:])
    must("Rendered by sidenotes" in text, "the footer is hidden", text[-400:])
    must(all("pre" not in s for d, s in v.pieces if "Last note." in d),
         "an unclosed <pre> runs into the next note", notes_of(doc))


# ---- headings -----------------------------------------------------------------

def headings(src, out, tmp):
    harness.write(os.path.join(src, "a.c"),
                  "// # of items in the list\nint n;\n\n"
                  "//# define DEBUG 1\nint d;\n\n"
                  "// # A real heading\nint h;\n\n"
                  "// Permission is hereby granted, free of charge, to any person\n"
                  "// obtaining a copy of this software.\n// -----\nint l;\n\n"
                  "// Version history\n// ---------------\n// 1.0 first release.\nint v;\n\n"
                  "// Two lines\n// of text\n// =====\nint w;\n")
    build(src, out)
    doc = notes_of(page(out, "a.c.html"))
    must("<h1>of items" not in doc and "# of items in the list" in doc,
         "`# of items` became a heading", doc)
    must("<h1>define" not in doc and "# define DEBUG 1" in doc, "`# define` became a heading", doc)
    must("<h1>A real heading</h1>" in doc, "a real heading was lost", doc)
    must(not re.search(r"<h2>Permission", doc), "a paragraph over ----- became a heading", doc)
    must("<hr" in doc, "the ----- under a paragraph is not a ruler", doc)
    must("<h2>Version history</h2>" in doc, "a one-line title over ----- is no heading", doc)
    must("<h1>" not in doc.split("of text")[0][-40:] and "of text\n=====</p>" in doc,
         "two lines over ===== became a heading", doc)


def inline_code_not_c(src, out, tmp):
    """A code span is coloured as C unless it holds a number C would
    refuse: a file name with a date, a version. Those are shown as written."""
    spans = {"results/run-2026-12-06-1127.log": False, "v1.2.3": False, "a[0..n)": False,
             "x = 1.5e-3f + 0x1p-3 + .5 + 10ULL + 0b101 + 07": True,
             'fopen("run-2026-1127.log", "r")': True, "layer_norm_forward(y, x, D)": True,
             "2026-12-06": True}
    harness.write(os.path.join(src, "a.md"),
                  "# Spans\n\n" + "".join("- `%s`\n" % s for s in spans))
    build(src, out)
    doc = page(out, "a.html")
    shown = re.findall(r'<code class="inline-code">(.*?)</code>', doc)
    for span, coloured in spans.items():
        plain = [c for c in shown if html.unescape(c) == span]
        if coloured:
            must(not plain and any(html.unescape(re.sub(r"<[^>]+>", "", c)) == span and "<span" in c
                                   for c in shown), "`%s` is not coloured as C" % span, shown)
        else:
            must(plain, "`%s` is coloured as C, not shown as written" % span, shown)


cases = {f.__name__.replace("_", "-"): f for f in (
    math_warnings, strict, no_math_option, front_matter_math_off, no_math_site, katex_missing,
    every_error, many_errors, safe_html, unsafe_html, headings, inline_code_not_c)}

with harness.Scratch() as tmp:
    src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
    os.makedirs(src)
    cases[case](src, out, tmp)
print("ok: " + case)
