"""Rules of a whole-site build that no page shows on its own: each case
makes a small tree of sources, runs sidenotes, and checks what the rule
says. A case that must fail checks the message ("file[:line[:col]]:
error: ...") and that the previous output is left exactly as it was.
Each case catches one change to the generator that the other tests let
through (the mutants of the code review, shared/reviews/code.md).

    site_rules.py SIDENOTES CASE
"""
import os
import re
import sys

import harness

sidenotes, case = sys.argv[1], sys.argv[2]
GOOD_C = "// # Good\n//\n// Math $x^2$.\nint x;\n"


def must_fail(src, out, pattern, *options):
    """A good build of `src` as it was first, then the build that must fail
    with a last line of stderr matching `pattern`; the output must survive."""
    proc = harness.run(sidenotes, src, "-o", out, *options, expect=None)
    if proc.returncode == 0:
        harness.fail("the build succeeded:\n%s" % proc.stdout)
    if proc.returncode < 0:
        harness.fail("sidenotes crashed (signal %d):\n%s" % (-proc.returncode, proc.stderr))
    message = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
    if not re.search(pattern, message):
        harness.fail("the error message\n  %s\ndoes not match\n  %s" % (message, pattern))
    return message


def error_case(tmp, src, out, breaks, pattern, *options):
    harness.run(sidenotes, src, "-o", out, *options)
    before = harness.snapshot(out)
    breaks()
    message = must_fail(src, out, pattern, *options)
    if harness.snapshot(out) != before:
        harness.fail("the failed build changed the previous output")
    return message


def second_readme(tmp, src, out, cache):
    # readme.md and README.md would both be sub/index.html.
    harness.write(os.path.join(src, "sub", "readme.md"), "# Sub\n")
    return error_case(tmp, src, out,
                      lambda: harness.write(os.path.join(src, "sub", "README.md"), "# Again\n"),
                      r"/src/sub/(README|readme)\.md: error: a second readme in the same folder "
                      r"\(sub/(readme|README)\.md\)$", *cache)


def two_sources_one_output(tmp, src, out, cache):
    # index.md is not a readme, but its page is index.html, like readme.md's.
    return error_case(tmp, src, out,
                      lambda: harness.write(os.path.join(src, "index.md"), "# Index\n"),
                      r"^sidenotes: error: index\.html: error: two sources would be written to the "
                      r"same output file|^index\.html: error: two sources would be written to the "
                      r"same output file", *cache)


def static_folder(tmp, src, out, cache):
    return error_case(tmp, src, out,
                      lambda: harness.write(os.path.join(src, "static", "s.c"), GOOD_C),
                      r"/src: error: a source folder called `static` would collide with the "
                      r"site's own static/ folder$", *cache)


def language_folder(tmp, src, out, cache):
    # A source folder zh/ and the language zh would share OUT/zh/.
    po = os.path.join(tmp, "po")
    harness.write(os.path.join(po, "LINGUAS"), "zh\n")
    return error_case(tmp, src, out,
                      lambda: harness.write(os.path.join(src, "zh", "z.c"), GOOD_C),
                      r"/po: error: language `zh` would be written to .*/out/zh/, where the source "
                      r"folder .*/src/zh already goes$", "--po", po, *cache)


def linguas_comment(tmp, src, out, cache):
    # gettext's LINGUAS: `#` starts a comment anywhere on a line. The
    # generator and sidenotes-po read it with one parser; `zh # Chinese`
    # once made the generator render the languages `#` and `Chinese`.
    po = os.path.join(tmp, "po")
    harness.write(os.path.join(po, "LINGUAS"), "# Languages\nzh # Chinese\nja\t# Japanese\n")
    harness.run(sidenotes, src, "-o", out, "--po", po, *cache)
    langs = sorted(d for d in os.listdir(out)
                   if os.path.isdir(os.path.join(out, d)) and d != "static")
    if langs != ["ja", "zh"]:
        harness.fail("LINGUAS `zh # Chinese` / `ja # Japanese` gave the language folders %s" % langs)
    # A word that is not a language code is an error with its line.
    harness.write(os.path.join(po, "LINGUAS"), "zh\nzh/../x\n")
    return must_fail(src, out, r"/po/LINGUAS:2: error: `zh/\.\./x` is not a language code",
                     "--po", po, *cache)


def broken_link(tmp, src, out, cache):
    harness.write(os.path.join(src, "notes.md"), "# Notes\n\nSee\n[nothing](nothing.c) here.\n")
    proc = harness.run(sidenotes, src, "-o", out, *cache)
    want = (r"/src/notes\.md:4:1: warning: link to `nothing\.c`, which is neither a page, a folder "
            r"nor a file of the site$")
    if not re.search(want, proc.stderr.strip(), re.M):
        harness.fail("no warning for a link to nothing; stderr:\n%s" % proc.stderr)
    # Like every warning, an error with --strict (our own site builds so).
    proc = harness.run(sidenotes, src, "-o", out, "--strict", *cache, expect=1)
    if not re.search(want.replace("warning", "error"), proc.stderr.strip(), re.M):
        harness.fail("--strict did not make the broken link an error; stderr:\n%s" % proc.stderr)
    # A #fragment must name an anchor of its page: one of its sections, an
    # id written in its notes, or one of the templates' ids.
    harness.write(os.path.join(src, "notes.md"),
                  "# Notes\n\n<a id=\"here\"></a>\n\nSee [a](a.c#section-1), [b](notes.md#here),\n"
                  "[c](#anywhere), [d](a.c#contents), [e](./#here), [f](a.c#section-1?x) and [g](a.c#?x).\n\n"
                  "Not [g](a.c#section-2), [h](notes.md#nowhere) nor [i](./#there).\n")
    harness.write(os.path.join(src, "a.c"), "// One.\nint a;\n\n// Two.\nint b;\n")
    harness.write(os.path.join(src, "readme.md"), "# Top\n\n<a name='here'></a>Text.\n")
    proc = harness.run(sidenotes, src, "-o", out, *cache)
    warned = re.findall(r"notes\.md:(\d+):\d+: warning: link to `([^`]*)`: its page has no anchor `([^`]*)`",
                        proc.stderr)
    if warned != [("8", "a.c#section-2", "section-2"), ("8", "notes.md#nowhere", "nowhere"),
                  ("8", "./#there", "there")]:
        harness.fail("the links to missing anchors: %r; stderr:\n%s" % (warned, proc.stderr))
    return "warned"


def crlf_and_bom(tmp, src, out, cache):
    # The same sources with a byte-order mark and CRLF line ends render to
    # the same bytes.
    harness.write(os.path.join(src, "notes.md"), "# Notes\n\nA line,\nanother.\n")
    harness.run(sidenotes, src, "-o", out, *cache)
    crlf_src, crlf_out = os.path.join(tmp, "crlf"), os.path.join(tmp, "crlf-out")
    for rel in harness.files_under(src):
        text = harness.read(os.path.join(src, rel))
        harness.write(os.path.join(crlf_src, rel), b"\xef\xbb\xbf" + text.replace(b"\n", b"\r\n"))
    harness.run(sidenotes, crlf_src, "-o", crlf_out, *cache)
    problems = harness.tree_differences(crlf_out, out)
    if problems:
        harness.fail("CRLF and a byte-order mark change the site:\n" + "\n".join(problems[:5]))
    return "same bytes"


def identical_requests(tmp, src, out, cache):
    # One formula twice, and the code (C++, which goes to Pygments; the
    # generator highlights C itself): three requests, two distinct ones.
    # Run without the cache, so that both go to the workers.
    harness.write(os.path.join(src, "a.cc"), "// Math $y^3$ and again $y^3$.\nint y;\n")
    proc = harness.run(sidenotes, src, "-o", out, "--no-cache")
    if "3 formulas and code blocks (2 distinct" not in proc.stdout:
        harness.fail("identical requests not merged: %s" % proc.stdout)
    return "merged"


def section_english_only(tmp, src, out, cache):
    # --section NAME=DIR: DIR's sources become OUT/NAME/, in English only;
    # a translated page links to the section's English pages.
    gen, po = os.path.join(tmp, "gen"), os.path.join(tmp, "po")
    harness.write(os.path.join(gen, "readme.md"), "# The generator\n\nIt has [a stage](stage.c).\n")
    harness.write(os.path.join(gen, "stage.c"), "// A stage.\nint stage;\n")
    harness.write(os.path.join(po, "LINGUAS"), "zh\n")
    harness.write(os.path.join(src, "readme.md"), "# Home\n\nSee [a](a.c) and [the generator](gen/).\n")
    harness.run(sidenotes, src, "-o", out, "--po", po, "--section", "gen=" + gen, *cache)
    problems = harness.site_problems(out)
    for rel in ("gen/index.html", "gen/stage.c.html", "gen/stage.c", "zh/a.c.html"):
        if not os.path.exists(os.path.join(out, rel)):
            problems.append("missing " + rel)
    if os.path.exists(os.path.join(out, "zh", "gen")):
        problems.append("the section was rendered in zh/")
    home = harness.read(os.path.join(out, "zh", "index.html")).decode()
    if 'href="../gen/index.html"' not in home:
        problems.append("zh/index.html does not link to the English section")
    page = harness.read(os.path.join(out, "gen", "stage.c.html")).decode()
    if 'hreflang="zh"' in page:
        problems.append("gen/stage.c.html offers a Chinese page that does not exist")
    if problems:
        harness.fail("\n".join(problems))
    # A section may not take a folder the sources already have.
    harness.write(os.path.join(src, "gen", "b.c"), GOOD_C)
    return must_fail(src, out, r"/src/gen/b\.c: error: the section `gen` \(.*/gen\) would be "
                     r"written where this source goes$", "--po", po, "--section", "gen=" + gen, *cache)


def deep_folders(tmp, src, out, cache):
    # 63 folders deep is shown whole; 64 would cut the breadcrumb, and is
    # an error rather than a page with a silently shortened one.
    ok = os.path.join(src, *(["d"] * 63), "ok.c")
    harness.write(ok, GOOD_C)
    harness.run(sidenotes, src, "-o", out, *cache)
    page = harness.read(os.path.join(out, *(["d"] * 63), "ok.c.html")).decode()
    crumbs = re.search(r'<nav class="breadcrumb".*?</nav>', page, re.S)
    if not crumbs or crumbs.group(0).count("<a ") != 64:
        harness.fail("a page 63 folders deep does not have 64 breadcrumb links")
    return error_case(tmp, src, out,
                      lambda: harness.write(os.path.join(src, *(["d"] * 64), "deep.c"), GOOD_C),
                      r"/deep\.c: error: folders nested 64 deep; at most 63 are shown$", *cache)


cases = {f.__name__.replace("_", "-"): f for f in (
    second_readme, two_sources_one_output, static_folder, language_folder, linguas_comment,
    broken_link, crlf_and_bom, identical_requests, section_english_only, deep_folders)}

with harness.Scratch() as tmp:
    src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
    harness.write(os.path.join(src, "readme.md"), "# Home\n\nSee [a](a.c).\n")
    if case != "identical-requests":
        harness.write(os.path.join(src, "a.c"), GOOD_C)
    result = cases[case](tmp, src, out, ["--cache", os.path.join(tmp, "cache")])
print("ok: %s: %s" % (case, result))
