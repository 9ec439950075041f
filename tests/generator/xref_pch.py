"""Cross-references parsed with a precompiled header (src/gen/xref_pch.h):
files that share system headers are parsed with one PCH of them, and
must get the answer a plain parse gives:
  - a name in the arguments of a macro from a precompiled header
    (va_start(ap, fmt)) still links to its parameter;
  - a library struct the site declares ahead (`struct _IO_codecvt;`, which
    <stdio.h> declares too, incomplete) still links to the site's
    declaration, as it does when the header comes after (the file is
    parsed again without the PCH);
  - a file that sets a feature macro before its headers (_GNU_SOURCE) is
    not parsed with a PCH made without it: strchrnul() is the C library's,
    not a name of the site.

    xref_pch.py SIDENOTES
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


COMMON_H = """// # Common
#ifndef COMMON_H
#define COMMON_H

// A converter, declared ahead as the C library does.
struct _IO_codecvt;
int convert(struct _IO_codecvt *cv);

#endif
"""

A_C = """// # A
#include "common.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

// Prints with a format.
int say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

// Whether there is a converter.
int convert(struct _IO_codecvt *cv) { return cv != NULL; }
"""

OTHER_C = """// # %(name)s
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

// The length of a word.
size_t %(name)s_len(const char *word) { return strlen(word); }
"""

GNU_C = """// # GNU
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

// The end of a word.
const char *word_end(const char *s) { return strchrnul(s, ' '); }
"""

with harness.Scratch() as tmp:
    src = os.path.join(tmp, "src")
    harness.write(os.path.join(src, "common.h"), COMMON_H)
    harness.write(os.path.join(src, "a.c"), A_C)
    for name in ("b", "c", "d"):
        harness.write(os.path.join(src, name + ".c"), OTHER_C % {"name": name})
    harness.write(os.path.join(src, "gnu.c"), GNU_C)
    out = os.path.join(tmp, "out")
    harness.run(sidenotes, src, "-o", out, "--no-cache", "--strict")
    a = harness.read(os.path.join(out, "a.c.html")).decode()
    for call, names in (("va_start", ("ap", "fmt")), ("vprintf", ("fmt", "ap")), ("va_end", ("ap",))):
        line = next((l for l in a.splitlines() if call + "<" in l), "")
        for name in names:
            check(re.search(r'<a class="xref" href="#section-1" data-x="\d+">%s</a>' % name, line),
                  "a.c: %s in %s(...) should link to its declaration: %s" % (name, call, line))
    codecvt = re.findall(r'<a class="xref" href="([^"]*)" data-x="\d+">_IO_codecvt</a>', a)
    check(codecvt and all(h.startswith("common.h.html") for h in codecvt),
          "a.c: struct _IO_codecvt should link to common.h's declaration: %r" % codecvt)
    index = harness.read(os.path.join(out, "identifiers.html")).decode()
    check("strchrnul" not in index, "gnu.c: strchrnul is the C library's, yet it is in the index")
    check("word_end" in index, "gnu.c: word_end is missing from the index")

if problems:
    harness.fail("\n".join(problems))
print("ok: a precompiled header changes no answer")
