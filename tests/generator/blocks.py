"""Answers and output blocks, end to end: a page whose notes hold an
exercise with `> [!ANSWER]` and a program's output (```output FILE```),
rendered in English and Chinese with --assets and --po.

  * the answer is a closed <details class="answer"> whose summary is
    "Answer"; on the Chinese page the summary is site.po's translation and
    the body the page catalog's (a one-line message, marker first);
  * the output block shows FILE's text, taken from the assets folder at the
    page's own relative folder, in both languages, and a changed FILE
    changes the page on the next build;
  * a missing FILE, a block with a body, or a block without a file name
    fails with the page's file:line:col, and leaves the previous output as
    it was.

    blocks.py SIDENOTES
"""
import html
import os
import re
import sys

import harness

sidenotes = sys.argv[1]

PAGE = """\
// # Steps
//
// What the program printed:
//
// ```output run.txt
// ```
int steps;

// 1. Is it zero?
//
//    > [!ANSWER]
//    > Yes: the sum is *zero*.
int answer;
"""

# The page's Chinese catalog: the answer's message is one line, the marker
# first, as the translation tools extract it.
PAGE_PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "[!ANSWER] Yes: the sum is *zero*."
msgstr "[!ANSWER] 是的：和为*零*。"
"""

PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Answer"
msgstr "答案"
"""


def code_blocks(page):
    """The text of the notes' code blocks, tags removed, unescaped."""
    blocks = re.findall(r'<pre class="notes-code"><code>(.*?)</code></pre>', page, re.S)
    return [html.unescape(re.sub(r"<[^>]*>", "", b)) for b in blocks]


def snapshot(root):
    return {rel: (harness.read(os.path.join(root, rel)), os.stat(os.path.join(root, rel)).st_mtime_ns)
            for rel in harness.files_under(root)}


with harness.Scratch() as tmp:
    src, out, assets, po = (os.path.join(tmp, d) for d in ("src", "out", "assets", "po"))
    harness.write(os.path.join(src, "sub", "steps.c"), PAGE)
    harness.write(os.path.join(assets, "sub", "run.txt"), "mu = 2.0000 & <var>\nr  = 0.4472\n")
    harness.write(os.path.join(po, "LINGUAS"), "zh\n")
    harness.write(os.path.join(po, "zh", "site.po"), PO)
    harness.write(os.path.join(po, "zh", "sub", "steps.c.po"), PAGE_PO)
    options = ["--assets", assets, "--po", po, "--cache", os.path.join(tmp, "cache")]
    harness.run(sidenotes, src, "-o", out, *options)

    for lang, label, emphasis in (("", "Answer", "<em>zero</em>"), ("zh/", "答案", "和为<em>零</em>")):
        page = harness.read(os.path.join(out, lang + "sub", "steps.c.html")).decode()
        answer = '<details class="answer"><summary>%s</summary>' % label
        if answer not in page:
            harness.fail("%ssub/steps.c.html has no %s" % (lang, answer))
        body = page.split(answer, 1)[1].split("</details>", 1)[0]
        if emphasis not in body or "[!ANSWER]" in page or "<blockquote>" in body:
            harness.fail("%ssub/steps.c.html: the answer's body is wrong:\n%s" % (lang, body))
        if "mu = 2.0000 & <var>\nr  = 0.4472" not in code_blocks(page):
            harness.fail("%ssub/steps.c.html does not show run.txt; its code blocks: %r"
                         % (lang, code_blocks(page)))
    if os.path.exists(os.path.join(out, "sub", "run.txt")):
        harness.fail("the output file was copied into the site")

    # A site.po without "Answer": the summary is English, marked as every
    # untranslated interface string is (issue 12), in the same cache.
    harness.write(os.path.join(po, "zh", "site.po"), PO.split('msgid "Answer"')[0])
    harness.run(sidenotes, src, "-o", out, *options)
    page = harness.read(os.path.join(out, "zh", "sub", "steps.c.html")).decode()
    if '<summary><span class="untranslated" lang="en">Answer</span></summary>' not in page:
        harness.fail("zh/sub/steps.c.html: the untranslated summary is not marked: %s"
                     % re.findall(r"<summary>.*?</summary>", page))
    harness.write(os.path.join(po, "zh", "site.po"), PO)

    # The file changes: the page follows on the next build.
    harness.write(os.path.join(assets, "sub", "run.txt"), "mu = 3.0000\n")
    harness.run(sidenotes, src, "-o", out, *options)
    page = harness.read(os.path.join(out, "sub", "steps.c.html")).decode()
    if "mu = 3.0000" not in code_blocks(page):
        harness.fail("after run.txt changed, the page still shows %r" % code_blocks(page))

    # Bad blocks: an error at the block, nothing written.
    before = snapshot(out)
    bad = {
        "```output missing.txt": r"/src/sub/steps\.c:5:4: error: output file `missing\.txt` not found: "
                                 r".*/assets/sub/missing\.txt \(No such file or directory\)$",
        "```output": r"/src/sub/steps\.c:5:4: error: an output block needs a file name",
        "```output run.txt\n// typed by hand": r"/src/sub/steps\.c:5:4: error: an output block must be empty",
    }
    for fence, pattern in bad.items():
        harness.write(os.path.join(src, "sub", "steps.c"), PAGE.replace("```output run.txt", fence))
        proc = harness.run(sidenotes, src, "-o", out, *options, expect=1)
        message = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
        if not re.search(pattern, message):
            harness.fail("for %r the error\n  %s\ndoes not match\n  %s" % (fence, message, pattern))
        if snapshot(out) != before:
            harness.fail("a failed build (%r) changed the previous output" % fence)
print("ok: answers and output blocks, in English and Chinese, and their errors")
