"""Cached cross-references stay right when a header changes (issue 10). A
header whose names are resolved within the parse of a .c file that
includes it (xref.c, plan_hosts) is cached with what that parse read: the
.c file and every header of the site it read. So after each edit below, a
rebuild with the cache gives the same bytes as a cold build without it:

- a macro added to units.h above WIDTH (clang's USR of a macro holds its
  byte offset: the WIDTH that shape.h uses becomes another USR);
- a type of units.h changed (the declaration its tooltip shows);
- a `#define` added to shape.c above its `#include "shape.h"` (the header
  is no longer resolved within shape.c's parse, but alone);
- shape.c back as it was, and a member added to shape.h.

    xref_cache.py SIDENOTES
"""
import os
import sys

import harness

sidenotes = sys.argv[1]
problems = []

FILES = {
    "units.h": """/* Units of the shapes. */
#ifndef UNITS_H
#define UNITS_H

#define WIDTH 3

typedef int length;

#endif
""",
    "shape.h": """/* A shape: a grid of cells. */
#ifndef SHAPE_H
#define SHAPE_H

#include "units.h"

struct shape {
    length w, h;
};

extern int cells[WIDTH];

length perimeter(const struct shape *s);

#endif
""",
    "shape.c": """#include "shape.h"

int cells[WIDTH];

/* Twice the sum of the sides. */
length perimeter(const struct shape *s)
{
    return 2 * (s->w + s->h);
}
""",
    "main.c": """#include <stdio.h>

#include "shape.h"

int main(void)
{
    struct shape s = {WIDTH, 2};
    printf("%d\\n", (int)perimeter(&s));
    return 0;
}
""",
}


def edit(path, old, new):
    text = harness.read(path).decode()
    if old not in text:
        harness.fail("%s: %r is not there to edit" % (path, old))
    harness.write(path, text.replace(old, new, 1))


with harness.Scratch() as tmp:
    src, out, cache = (os.path.join(tmp, d) for d in ("src", "out", "cache"))
    for name, text in FILES.items():
        harness.write(os.path.join(src, name), text)
    harness.run(sidenotes, "--xref", src, "-o", out, "--cache", cache)
    shape_h = harness.read(os.path.join(out, "shape.h.html")).decode()
    if 'class="xref"' not in shape_h:
        harness.fail("shape.h.html has no links: nothing to check")
    edits = [
        ("units.h", "#define WIDTH 3\n", "#define HEIGHT 2\n#define WIDTH 3\n"),
        ("units.h", "typedef int length;", "typedef long length;"),
        ("shape.c", '#include "shape.h"\n', '#define CELLS 4\n#include "shape.h"\n'),
        ("shape.c", '#define CELLS 4\n#include "shape.h"\n', '#include "shape.h"\n'),
        ("shape.h", "    length w, h;\n", "    length w, h;\n    int filled;\n"),
    ]
    for n, (changed, old, new) in enumerate(edits):
        edit(os.path.join(src, changed), old, new)
        harness.run(sidenotes, "--xref", src, "-o", out, "--cache", cache)
        cold = os.path.join(tmp, "cold%d" % n)
        harness.run(sidenotes, "--xref", src, "-o", cold, "--no-cache")
        for d in harness.tree_differences(out, cold):
            problems.append("after %s's edit %d, the cached build differs from a cold one: %s"
                            % (changed, n + 1, d))

if problems:
    harness.fail("%d problems:\n%s" % (len(problems), "\n".join(problems)))
print("ok: cached cross-references follow their headers")
