"""Cross-references' ids are stable (issue 10): an identifier's id (the
`data-x` of its links, the keys of the tooltips' data, the `#x…` anchors of
the index) comes from the entity it names, not from its place in a
site-wide list, so that adding a name rewrites only the pages that use it.

On the fixture fixtures/xref, built once, then again after each edit:
- a function (and its parameter) added at the end of geometry.c;
- a macro added near the top of geometry.h, ahead of FACTOR (clang's USR
  of a macro holds its byte offset, which this moves);
every page but the edited file's own and the index is byte for byte the
same. The ids are also unique on each page and across the index.

    xref_ids.py SIDENOTES
"""
import os
import re
import sys

import harness

sidenotes = sys.argv[1]
problems = []


def check(cond, message):
    if not cond:
        problems.append(message)


def pages(out):
    """Every HTML page of the output, by path: bytes."""
    return {rel: harness.read(os.path.join(out, rel))
            for rel in harness.files_under(out, skip=("static/",)) if rel.endswith(".html")}


def edit(path, old, new):
    text = harness.read(path).decode()
    if old not in text:
        harness.fail("%s: %r is not there to edit" % (path, old))
    harness.write(path, text.replace(old, new, 1))


with harness.Scratch() as tmp:
    src, out, cache = (os.path.join(tmp, d) for d in ("src", "out", "cache"))
    harness.copy_fixture("xref", src)
    build = lambda: harness.run(sidenotes, "--xref", src, "-o", out, "--cache", cache)
    build()
    before = pages(out)

    # Ids: unique in the index; on a page, one entity per id.
    index = before["identifiers.html"].decode()
    ids = re.findall(r'<li id="x([^"]+)"', index)
    check(ids and len(ids) == len(set(ids)), "the index's ids are not unique: %s" % ids)
    for rel, html in before.items():
        named = {}
        for x, name in re.findall(r'data-x="([^"]+)">(?:<code class="inline-code">)?(?:<span class="n">)?(\w+)',
                                  html.decode()):
            named.setdefault(x, set()).add(name)
        check(all(len(n) == 1 for n in named.values()),
              "%s: one id for several names: %s" % (rel, {x: n for x, n in named.items() if len(n) > 1}))

    edits = [
        ("geometry.c", "    scaled++;\n    return q;\n}\n",
         "    scaled++;\n    return q;\n}\n\nint doubled(int w)\n{\n    return w + w;\n}\n"),
        ("geometry.h", "#define GEOMETRY_H\n", "#define GEOMETRY_H\n#define HALF 2\n"),
    ]
    for changed, old, new in edits:
        edit(os.path.join(src, changed), old, new)
        build()
        after = pages(out)
        check(set(after) == set(before), "%s: the pages are now %s, were %s" % (changed, sorted(after), sorted(before)))
        own = (changed + ".html", "identifiers.html")
        for rel in sorted(before):
            if rel in own or rel not in after:
                continue
            check(after[rel] == before[rel], "a name added to %s rewrote %s, which does not use it" % (changed, rel))
        check(after[own[0]] != before[own[0]], "%s: the page did not change with its code" % changed)
        before = after

if problems:
    harness.fail("%d problems:\n%s" % (len(problems), "\n".join(problems)))
print("ok: cross-reference ids are stable")
