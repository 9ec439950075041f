"""What `sidenotes serve` writes after a save is what a full build of the
same sources writes, byte for byte: the guard for any incremental rebuild
in serve (issue 14's 500 ms per save).

The generator's `basic` fixture with its catalogs (po-basic: pages in two
languages), and the `xref` fixture (C files whose names link across
pages), are served; each is edited in turn in the ways a writer saves:

  - a sentence added to a page's notes (the edited page changes; its
    translations fall back to the new English);
  - a comment added to a C file, with a new formula (KaTeX runs);
  - a page's title changed (the folder contents and breadcrumbs of other
    pages change);
  - a line of code added above a function (its line numbers, and so the
    links to it from other pages, move);
  - a comment added to a C file;
  - a translation changed in a catalog, and a page's first catalog added
    (serve keeps parsed catalogs between saves: memory.h);
  - a page of OUT changed by hand (its size and modification time kept),
    then another page saved: serve keeps what it last wrote and does not
    read back a file whose inode, size and times are unchanged (write.h),
    so the hand-made change must still be found and undone;
  - a source deleted (its pages are removed: serve writes file by file);
  - the cache folder deleted, then a sentence added: the formulas and code
    come from the results serve keeps in memory (tools.h's pool), so
    neither KaTeX nor Pygments runs, and the output is still the full
    build's.

serve tells the open pages to reload once the pages are written, and makes
the search index after (the index is most of a save's work). So OUT is
read at once after each save's `reload`: every file but the search index's
must already be the fresh build's (its own output folder and cache, of the
sources as they are then). Once the server says the build is done, every
file of OUT, the index too, is compared by bytes, and the same set of
files.

    test_serve_same.py SIDENOTES
Loopback only; every wait is bounded.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "generator"))
import harness  # noqa: E402
import live  # noqa: E402

sidenotes = sys.argv[1]
# The output folder's own bookkeeping (its manifest, its lock) is not a
# page of the site.
SKIP = (".sidenotes",)
# What may still be the last build's when the pages reload.
INDEX = ("static/search/",)


def copy_now(out, to):
    """OUT's files as they are at once (the index may be written meanwhile:
    its files are left out)."""
    for rel in harness.files_under(out, SKIP + INDEX):
        os.makedirs(os.path.dirname(os.path.join(to, rel)), exist_ok=True)
        with open(os.path.join(to, rel), "wb") as f:
            f.write(harness.read(os.path.join(out, rel)))


def same_as_full_build(tmp, src, out, extra, what, server, at_reload=None):
    fresh_out = os.path.join(tmp, "fresh-out-%d" % same_as_full_build.n)
    fresh_cache = os.path.join(tmp, "fresh-cache-%d" % same_as_full_build.n)
    same_as_full_build.n += 1
    harness.run(sidenotes, src, "-o", fresh_out, "--cache", fresh_cache, "-q", *extra)
    # Not two empty trees: the pages are there.
    if not [f for f in harness.files_under(out) if f.endswith(".html")]:
        harness.fail("after %s, serve's output has no page" % what)
    checks = [("", out, SKIP)]
    if at_reload:
        checks.append((" when the pages reloaded", at_reload, SKIP + INDEX))
    for when, tree, skip in checks:
        problems = harness.tree_differences(tree, fresh_out, skip=skip)
        if problems:
            harness.fail("after %s, serve's output%s differs from a full build:\n%s\nserver output:\n%s"
                         % (what, when, "\n".join(problems[:10]), server.log.decode(errors="replace")))


same_as_full_build.n = 0


def append(path, text):
    with open(path, "a") as f:
        f.write(text)


def replace(path, old, new):
    text = open(path).read()
    if old not in text:
        harness.fail("%s lacks %r (the fixture changed?)" % (path, old))
    with open(path, "w") as f:
        f.write(text.replace(old, new, 1))


def tamper(path):
    """Changes a byte of `path` in place, its size and modification time
    kept (its inode and ctime change as any write's do)."""
    st = os.stat(path)
    with open(path, "r+b") as f:
        data = f.read()
        at = data.index(b"<title>") + len(b"<title>")
        f.seek(at)
        f.write(b"X" if data[at:at + 1] != b"X" else b"Y")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def serve_and_edit(tmp, fixture, extra, edits):
    src, out, cache = (os.path.join(tmp, fixture, d) for d in ("src", "out", "cache"))
    harness.copy_fixture(fixture, src)
    extra = [e.replace("@TMP@", tmp) for e in extra]
    server = live.Server(sidenotes, src, "-o", out, "--cache", cache, *extra)
    try:
        same_as_full_build(tmp, src, out, extra, "the first build", server)
        status, _, body = live.request(server.port, "/index.html")
        if status != 200:
            harness.fail("%s: / is not served (%d)" % (fixture, status))
        events = live.Events(server.port, live.generation(body))
        for i, (what, edit, *not_said) in enumerate(edits):
            edit(src)
            ev = events.next_event(timeout=60)
            if ev is None or ev[0] != "reload":
                harness.fail("%s: %s: expected `reload`, got %r\n%s"
                             % (fixture, what, ev, server.log.decode(errors="replace")))
            at_reload = os.path.join(tmp, fixture, "at-reload-%d" % i)
            copy_now(out, at_reload)
            # The build's summary: the index is written too.
            summary = server.wait_output(rb"files written", timeout=60)
            if not summary:
                harness.fail("%s: %s: the build did not finish\n%s"
                             % (fixture, what, server.log.decode(errors="replace")))
            for words in not_said:
                if words in summary:
                    harness.fail("%s: %s: the build says %r: %s" % (fixture, what, words, summary))
            same_as_full_build(tmp, src, out, extra, "%s (%s)" % (what, fixture), server, at_reload)
        if fixture == "basic" and b"okapi-5510" not in harness.read(os.path.join(out, "sub", "notes.html")):
            harness.fail("serve's page lacks the first edit")
        events.close()
    finally:
        server.stop()


with harness.Scratch() as tmp:
    harness.copy_fixture("po-basic", os.path.join(tmp, "po"))
    serve_and_edit(tmp, "basic", ["--po", "@TMP@/po"], [
        ("a sentence added to a page's notes",
         lambda src: append(os.path.join(src, "sub", "notes.md"),
                            "\nA sentence added while serving: okapi-5510.\n")),
        ("a comment with a new formula added to a C file",
         lambda src: append(os.path.join(src, "sub", "calc.c"),
                            "\n/* A note added while serving, $y_{7} = 7^2$. */\n")),
        ("a page's title changed",
         lambda src: replace(os.path.join(src, "sub", "notes.md"), "title: Notes", "title: Renamed notes")),
        # serve keeps the catalogs it parsed while their files are unchanged
        # (memory.h): a changed one and a new one must be read again.
        ("a translation changed",
         lambda src: replace(os.path.join(tmp, "po", "zh", "readme.md.po"), "测试首页", "改过的首页")),
        ("a page's first catalog added",
         lambda src: harness.write(os.path.join(tmp, "po", "zh", "sub", "notes.md.po"),
                                   'msgid ""\nmsgstr ""\n"Language: zh\\n"\n'
                                   '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                                   'msgid "Why one pass"\nmsgstr "为什么只读一遍"\n')),
        ("a page of OUT changed by hand, then another page saved",
         lambda src: (tamper(os.path.join(tmp, "basic", "out", "sub", "notes.html")),
                      append(os.path.join(src, "readme.md"), "\nA sentence added while serving: ibis-2207.\n"))),
        ("the cache deleted, then a sentence added",
         lambda src: (shutil.rmtree(os.path.join(tmp, "basic", "cache")),
                      append(os.path.join(src, "sub", "notes.md"), "\nOne more: heron-3391.\n")),
         b"KaTeX ran", b"Pygments ran"),
        ("a source deleted",
         lambda src: os.remove(os.path.join(src, "sub", "calc.c"))),
    ])
    serve_and_edit(tmp, "xref", ["--xref"], [
        ("lines of code added at the top of a C file",
         lambda src: replace(os.path.join(src, "geometry.c"), '#include "geometry.h"\n',
                             '#include "geometry.h"\nenum { serve_added_1 };\n'
                             'enum { serve_added_2 };\n')),
        ("a comment added to a C file",
         lambda src: append(os.path.join(src, "main.c"), "\n/* Said while serving. */\n")),
    ])
print("ok: after every save, serve's output is byte-identical to a full build")
