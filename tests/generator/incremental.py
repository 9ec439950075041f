"""Rebuilds: the cache answers what did not change, a worker starts only
when it has work, an unchanged rebuild writes nothing, a deleted source's
page goes away, and cached output is byte for byte what a build without
the cache makes.

    incremental.py SIDENOTES
"""
import os
import shutil
import sys

import harness

sidenotes = sys.argv[1]


def counting(tmp, name, real):
    """A wrapper for an interpreter that notes each start in a log."""
    path = os.path.join(tmp, name)
    log = os.path.join(tmp, name + ".log")
    # The search index's worker (search-worker.js, run by the same node) is
    # counted apart, in LOG.search.
    # Each start is noted by its process id: ids are handed out in order,
    # so they say which worker the generator started first.
    harness.write(path, '#!/bin/sh\ncase "$2" in *sidenotesSearchLoaded*) echo $$ >> "%s.search";;\n'
                  '*) echo $$ >> "%s";; esac\nexec %s "$@"\n' % (log, log, real))
    os.chmod(path, 0o755)
    return path, log


def starts(log):
    return len(harness.read(log).splitlines()) if os.path.exists(log) else 0


def mtimes(root):
    return {rel: os.stat(os.path.join(root, rel)).st_mtime_ns for rel in harness.files_under(root)}


with harness.Scratch() as tmp:
    src, out, cache = (os.path.join(tmp, d) for d in ("src", "out", "cache"))
    harness.copy_fixture("basic", src)
    # A CJK word: this English page's index needs the worker's segmenter
    # (an index without one is built without node: search_native.py).
    readme = os.path.join(src, "readme.md")
    harness.write(readme, harness.read(readme).decode() + "\n移動平均 is the moving average.\n")
    po = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "po-basic")
    node, node_log = counting(tmp, "node", "node")
    python, python_log = counting(tmp, "python", "/usr/bin/python3")

    last_output = [""]

    search_log = node_log + ".search"
    search_ran = [0]

    def build(what, *extra):
        before = (starts(node_log), starts(python_log), starts(search_log))
        proc = harness.run(sidenotes, src, "-o", out, "--cache", cache, "--node", node,
                           "--python", python, *extra)
        ran = (starts(node_log) - before[0], starts(python_log) - before[1])
        search_ran[0] = starts(search_log) - before[2]
        print("%-28s node %d, python %d, search %d: %s"
              % (what, ran[0], ran[1], search_ran[0], proc.stdout.strip()))
        last_output[0] = proc.stdout + proc.stderr
        return ran

    def expect(what, ran, want, search=0):
        if ran != want:
            harness.fail("%s: started node %d and python %d times, expected %d and %d"
                         % (what, ran[0], ran[1], want[0], want[1]))
        # The search worker runs when the text of some language's pages
        # changed, and only then (the cache keeps each language's index).
        if search_ran[0] != search:
            harness.fail("%s: started the search worker %d times, expected %d"
                         % (what, search_ran[0], search))

    expect("cold build", build("cold build"), (1, 1), search=1)
    first = mtimes(out)

    expect("no-op rebuild", build("no-op rebuild"), (0, 0))
    if mtimes(out) != first:
        harness.fail("an unchanged rebuild rewrote files")
    if "is up to date" not in last_output[0]:
        harness.fail("an unchanged rebuild did not see that the site is up to date")

    # An output damaged or deleted by hand is made again.
    os.remove(os.path.join(out, "sub", "index.html"))
    harness.write(os.path.join(out, "index.html"), "scribbled over")
    expect("outputs damaged", build("outputs damaged"), (0, 0))
    if harness.read(os.path.join(out, "index.html")) == b"scribbled over" or \
            not os.path.exists(os.path.join(out, "sub", "index.html")):
        harness.fail("a damaged output was not repaired")
    first = mtimes(out)

    os.utime(os.path.join(src, "sub", "calc.c"))
    expect("touched source", build("touched source"), (0, 0))
    if mtimes(out) != first:
        harness.fail("touching a source without changing it rewrote files")

    # A new formula in a Markdown page: KaTeX only, and only that page
    # (in every tree that shows it) is written again, with the search index
    # and its text (the words around the formula are new).
    notes = os.path.join(src, "sub", "notes.md")
    harness.write(notes, harness.read(notes).decode() + "\nAnd $n \\log n$ more.\n")
    expect("formula added", build("formula added"), (1, 0), search=1)
    changed = {rel for rel, t in mtimes(out).items() if first.get(rel) != t}
    if changed != {"sub/notes.html", "sub/notes.md", "static/search/en.js", "static/search/en.text.js"}:
        harness.fail("adding a formula to sub/notes.md rewrote %s" % sorted(changed))

    # Changed C code: the generator highlights C itself (c_highlight.h), so
    # no worker starts; its page is written again.
    calc = os.path.join(src, "sub", "calc.c")
    harness.write(calc, harness.read(calc).decode().replace("sum += x[i];", "sum += (double)x[i];"))
    before = mtimes(out)
    first_doubles = harness.read(os.path.join(out, "sub", "calc.c.html")).count(b'<span class="kt">double</span>')
    expect("code changed", build("code changed"), (0, 0))
    html = harness.read(os.path.join(out, "sub", "calc.c.html"))
    if html.count(b'<span class="kt">double</span>') != first_doubles + 1 or \
            mtimes(out).get("sub/calc.c.html") == before.get("sub/calc.c.html"):
        harness.fail("sub/calc.c.html was not written again with the changed code")

    # A deleted source: its page and copy go, its folder's index follows.
    os.remove(notes)
    expect("page deleted", build("page deleted"), (0, 0), search=1)
    for gone in ("sub/notes.html", "sub/notes.md"):
        if os.path.exists(os.path.join(out, gone)):
            harness.fail("%s is still there after its source was deleted" % gone)
    if b"notes.html" in harness.read(os.path.join(out, "sub", "index.html")):
        harness.fail("sub/index.html still lists the deleted page")

    # What the cache gives back is exactly what the tools make.
    fresh = os.path.join(tmp, "fresh")
    harness.run(sidenotes, src, "-o", fresh, "--no-cache")
    problems = harness.tree_differences(out, fresh)
    if problems:
        harness.fail("a cached build differs from an uncached one:\n" + "\n".join(problems))

    # A build with a warning is not recorded as done (the next one shows it
    # again), but it made the index: a rebuild finds it in the cache and
    # starts no search worker, early or late.
    harness.write(os.path.join(src, "sub", "warns.md"), "# Warns\n\nCosts $\\nosuchmacro x$ here.\n")
    out = os.path.join(tmp, "out-warned")
    cache = os.path.join(tmp, "cache-warned")
    # With translations (Chinese), a first build needs the worker: it starts
    # with the build, and node loads while the sources are read, not after
    # the notes are parsed (so before Pygments, which starts at the first
    # code it is given).
    first_search = starts(search_log)
    first_python = starts(python_log)
    build("first build, with a warning", "--po", po)
    if int(harness.read(search_log).split()[first_search]) > int(harness.read(python_log).split()[first_python]):
        harness.fail("a first build with translations: the search worker started after Pygments, "
                     "not with the build")
    if search_ran[0] != 1 or "warning" not in last_output[0]:
        harness.fail("a first build with a warning: search worker started %d times, output %r"
                     % (search_ran[0], last_output[0]))
    ran = build("its rebuild", "--po", po)
    if "warning" not in last_output[0] or "nosuchmacro" not in last_output[0]:
        harness.fail("the rebuild did not show the warning again: %r" % last_output[0])
    # KaTeX's error is kept in the cache like a result: no node for it.
    if ran[0] != 0:
        harness.fail("the rebuild started node %d times for a formula KaTeX had rejected" % ran[0])
    if search_ran[0] != 0:
        harness.fail("the rebuild of a site with a warning started the search worker %d times; "
                     "its index was in the cache" % search_ran[0])
print("ok")
