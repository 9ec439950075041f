"""Cross-references parsed with a precompiled header (src/gen/xref_pch.h):
files that share system headers are parsed with one PCH of them, and
must get the answer a plain parse gives:
  - a name in the arguments of a macro from a precompiled header
    (va_start(ap, fmt)) still links to its parameter;
  - a library struct the site declares ahead (`struct _IO_codecvt;`, which
    <stdio.h> declares too, incomplete) still links to the site's
    declaration, as it does when the header comes after (the file is
    parsed again without the PCH);
  - a function the site declares again after the library's header that
    declares it (`int puts(const char *s);` after <stdio.h>) links to the
    site's declaration, and that answer of the parse with the PCH is kept:
    the header comes before every word of the site naming it, so the plain
    parse sees the declarations in the same order (only a.c, above, is
    parsed again: the summary says so);
  - a folder of the site holding a header of the same name as one the PCH
    read through another (bits/stdint-uintn.h, which <stdint.h> includes)
    keeps the PCH away: the site's header is the one its files read;
  - a file that sets a feature macro before its headers (_GNU_SOURCE) is
    not parsed with a PCH made without it: strchrnul() is the C library's,
    not a name of the site;
  - a build killed once its PCH is made leaves no PCH file in $TMPDIR.

    xref_pch.py SIDENOTES
"""
import os
import re
import subprocess
import sys
import time

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
#include <unistd.h>

// The length of a word.
size_t %(name)s_len(const char *word) { return strlen(word); }
"""

ENV_C = """// # Output
#include <stdio.h>
#include <string.h>
#include <unistd.h>

// Writes a line: declared again, after <stdio.h>.
int puts(const char *s);

// Says hello.
int hello(void) { return puts("hello"); }
"""

LATE_C = """// # Late
#include <string.h>
#include <unistd.h>

// Writes a line: declared again, before <stdio.h>.
int puts(const char *s);

#include <stdio.h>

// Says hello.
int hello_late(void) { return puts("late"); }
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
    harness.write(os.path.join(src, "env.c"), ENV_C)
    harness.write(os.path.join(src, "late.c"), LATE_C)
    out = os.path.join(tmp, "out")
    proc = harness.run(sidenotes, "--xref", src, "-o", out, "--no-cache", "--strict")
    again = re.search(r", (\d+) parsed again without the PCH", proc.stdout)
    check(again and again.group(1) == "2",
          "a.c and late.c, not env.c, should be parsed again without the PCH: %s" % proc.stdout)
    env = harness.read(os.path.join(out, "env.c.html")).decode()
    uses = re.findall(r'<a class="xref" href="([^"]*)" data-x="[0-9a-z-]+">puts</a>', env)
    check(uses == ["#section-1", "#section-1"],
          "env.c: puts should link to its declaration in section 1: %r" % uses)
    late = harness.read(os.path.join(out, "late.c.html")).decode()
    uses = re.findall(r'<a class="xref" href="([^"]*)" data-x="[0-9a-z-]+">puts</a>', late)
    check(uses == ["#section-1"],
          "late.c: puts after <stdio.h> is the C library's, only its declaration links: %r" % uses)
    a = harness.read(os.path.join(out, "a.c.html")).decode()
    for call, names in (("va_start", ("ap", "fmt")), ("vprintf", ("fmt", "ap")), ("va_end", ("ap",))):
        line = next((l for l in a.splitlines() if call + "<" in l), "")
        for name in names:
            check(re.search(r'<a class="xref" href="#section-1" data-x="[0-9a-z-]+">%s</a>' % name, line),
                  "a.c: %s in %s(...) should link to its declaration: %s" % (name, call, line))
    codecvt = re.findall(r'<a class="xref" href="([^"]*)" data-x="[0-9a-z-]+">_IO_codecvt</a>', a)
    check(codecvt and all(h.startswith("common.h.html") for h in codecvt),
          "a.c: struct _IO_codecvt should link to common.h's declaration: %r" % codecvt)
    index = harness.read(os.path.join(out, "identifiers.html")).decode()
    check("strchrnul" not in index, "gnu.c: strchrnul is the C library's, yet it is in the index")
    check("word_end" in index, "gnu.c: word_end is missing from the index")


# A header of the site that stands where <stdint.h> looks for one of its
# own: a parse with the PCH (made without the site's -I folder) would not
# read it, and the files' functions under SHADOW_MARKER would be skipped.
UINTN_H = """// # Unsigned types, and a marker
#ifndef _BITS_STDINT_UINTN_H
#define _BITS_STDINT_UINTN_H 1
#include <bits/types.h>
typedef __uint8_t uint8_t;
typedef __uint16_t uint16_t;
typedef __uint32_t uint32_t;
typedef __uint64_t uint64_t;
#define SHADOW_MARKER 1
#endif
"""

UINT_C = """// # %(name)s
#include <stdint.h>
#include <stdio.h>

#ifdef SHADOW_MARKER
// There only when the site's header was read.
uint8_t %(name)s_shadowed(void) { return 1; }
#endif
"""

with harness.Scratch() as tmp:
    src = os.path.join(tmp, "src")
    harness.write(os.path.join(src, "bits", "stdint-uintn.h"), UINTN_H)
    for name in ("u1", "u2", "u3"):
        harness.write(os.path.join(src, name + ".c"), UINT_C % {"name": name})
    out = os.path.join(tmp, "out")
    harness.run(sidenotes, "--xref", src, "-o", out, "--no-cache", "--strict")
    index_page = os.path.join(out, "identifiers.html")  # none: no name at all
    index = harness.read(index_page).decode() if os.path.exists(index_page) else ""
    for name in ("u1", "u2", "u3"):
        check(name + "_shadowed" in index,
              "%s.c: the site's bits/stdint-uintn.h was not read (parsed with a PCH?): "
              "%s_shadowed is missing from the index" % (name, name))


def pch_in_use(pid, folder):
    """Whether build `pid` is parsing with a PCH of `folder`: libclang maps
    it into memory to read it (and the fix holds it open, removed)."""
    try:
        maps = open("/proc/%d/maps" % pid).read()
    except OSError:
        return False
    return any(folder in line and ".pch" in line for line in maps.splitlines())


# Killed (SIGKILL: nothing runs after it) once the PCH is made, while the
# files are parsed with it: no PCH is left behind (it exists only from
# libclang writing it to the build removing it). Twelve files to
# parse keep the build going after the PCH; tried again should the build
# end before it is killed.
with harness.Scratch() as tmp:
    src = os.path.join(tmp, "src")
    harness.write(os.path.join(src, "common.h"), COMMON_H)
    for i in range(12):
        harness.write(os.path.join(src, "f%d.c" % i), OTHER_C % {"name": "f%d" % i})
    killed = False
    for attempt in range(3):
        temp = os.path.join(tmp, "temp%d" % attempt)
        os.makedirs(temp)
        build = subprocess.Popen([sidenotes, "--xref", src, "-o", os.path.join(tmp, "out%d" % attempt), "--no-cache", "-q"],
                                 env=dict(os.environ, TMPDIR=temp), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        deadline = time.time() + 300
        while build.poll() is None and time.time() < deadline and not pch_in_use(build.pid, temp):
            time.sleep(0.002)
        if build.poll() is None:
            build.kill()
            killed = build.wait() == -9
        else:
            build.wait()
        left = [n for n in os.listdir(temp) if n.startswith("sidenotes-xref")]
        check(not left, "a build killed after making its PCH left %r in $TMPDIR" % left)
        if killed:
            break
    check(killed, "the build always ended before its PCH was made and it could be killed")

if problems:
    harness.fail("\n".join(problems))
print("ok: a precompiled header changes no answer")
