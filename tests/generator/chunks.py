"""Big files highlighted in chunks by two Pygments workers (chunks.h) give
the very bytes of one worker on the whole file. The generator highlights C
itself (c_highlight.h), so the files are C++ here (`.cc`, `.hh`): the same
code, lexed by Pygments' C++ lexer.

    chunks.py SIDENOTES -- SRC_DIR [options of the site target]

1. The generator's sources (src/, the site's "How this site is made") as
   C++, built with a chunk at every section where a cut is allowed
   (SIDENOTES_CHUNK_BYTES=1) and built whole, are the same, file for file.
2. So is a page made to trip the cuts: a `}` after a function Pygments does
   not recognise (its lexer stays mid-statement), `#if 0`, a macro
   continued over lines, braces in strings, a string in the attribute
   before a function's name. Its dumped requests carry
   stops, and run through the worker, some chunks stop at their first stop
   and some run past it (the lexer was not in its root state there).
3. A file of 128 KiB or more is cut in two by default, highlighted by two
   python3 processes, and gives the same page as one process.
"""
import json
import os
import shutil
import sys

import harness

sidenotes = sys.argv[1]
site_args = sys.argv[sys.argv.index("--") + 1:]

TRICKY = """// ---
// title: Chunks
// summary: Cuts where Pygments is and is not in its root state.
// ---
#include <stdio.h>

// A function pointer in the signature.
static void apply(int (*f)(int), int x)
{
    printf("%d\\n", f(x));
}

// A string before the name: Pygments sees no definition, so after the `}`
// its lexer is in the middle of a statement.
static int __attribute__((section(".text.hot"))) hot(int x)
{
    return x + 1;
}

// Then a definition Pygments recognises: its name is a Name.Function only
// when lexed from where the whole file leaves the lexer.
static int twice(int x)
{
    return 2 * x;
}

#if 0
// A note inside `#if 0`.
int dead;
#endif

// A macro continued over lines.
#define SQUARE(x) \\
    ((x) * (x))

// Braces in a string and a character: "{" and '}'.
static const char *open_brace = "{ // not a comment";
static const char close_brace = '}';

/* A block note before a struct. */
struct point { int x, y; };

// An initialiser over lines.
static const int table[] = {
    1, 2,
    // A note inside the braces.
    3, 4,
};

// Another function the lexer gets wrong, then one it gets right.
static void each(void (*g)(void)) { g(); }

// The last one.
int main(void)
{
    apply(0, twice(SQUARE(3)));
    return 0;
}
"""


def build(src, out, chunk=None, extra=(), dump=None, cache=None):
    """A build; with `cache`, KaTeX's results come from there the second
    time (a chunk's Pygments request, stops included, is its own key)."""
    env = dict(os.environ)
    env.pop("SIDENOTES_CHUNK_BYTES", None)
    if chunk is not None:
        env["SIDENOTES_CHUNK_BYTES"] = str(chunk)
    args = [src, *extra, "-q", *(["--cache", cache] if cache else ["--no-cache"]),
            "-o", out or dump + "-out"]
    if dump:
        args += ["--dump-work", dump]
    harness.run(sidenotes, *args, env=env)


def same(a, b, what):
    problems = harness.tree_differences(a, b)
    if problems:
        harness.fail("%s: chunked and whole differ in %d files:\n%s"
                     % (what, len(problems), "\n".join(problems[:10])))


def worker_answers(dump):
    """Runs the dumped Pygments request through the worker; returns
    (items, their HTML)."""
    import subprocess
    script = harness.read(os.path.join(dump, "pygments-worker.py")).decode()
    request = harness.read(os.path.join(dump, "pygments.json"))
    out = subprocess.run(["/usr/bin/python3", "-c", script], input=request, capture_output=True,
                         check=True).stdout
    items = json.loads(request)["items"]
    at = out.index(b"\n") + 1  # the hello line
    nl = out.index(b"\n", at)
    count = int(out[at:nl].split()[1])
    at = nl + 1
    html = []
    for _ in range(count):
        nl = out.index(b"\n", at)
        size = int(out[at:nl].split()[1])
        html.append(out[nl + 1:nl + 1 + size])
        at = nl + 1 + size
    return items, html


with harness.Scratch() as tmp:
    # 1. src/ as C++, a chunk at every allowed cut.
    site_cc = os.path.join(tmp, "site-cc")
    top = os.path.dirname(os.path.abspath(site_args[0]))
    for folder in (os.path.join(top, "src"),):
        for d, _, fs in os.walk(folder):
            for f in fs:
                if f.endswith((".c", ".h")):
                    rel = os.path.relpath(os.path.join(d, f), top)
                    harness.write(os.path.join(site_cc, rel[:-2] + (".cc" if f.endswith(".c") else ".hh")),
                                  harness.read(os.path.join(d, f)))
    whole, chunked = os.path.join(tmp, "whole"), os.path.join(tmp, "chunked")
    cache = os.path.join(tmp, "cache")
    build(site_cc, whole, cache=cache)
    build(site_cc, chunked, chunk=1, cache=cache)
    same(chunked, whole, "src/ as C++")
    dump = os.path.join(tmp, "dump-site")
    os.makedirs(dump)
    build(site_cc, None, chunk=1, dump=dump)
    items = json.loads(harness.read(os.path.join(dump, "pygments.json")))["items"]
    cut = sum(1 for i in items if i.get("stops"))
    if cut < 20:
        harness.fail("src/ as C++ was cut into only %d chunks with stops" % cut)

    # 2. The tricky page.
    src = os.path.join(tmp, "tricky")
    os.makedirs(src)
    harness.write(os.path.join(src, "tricky.cc"), TRICKY)
    build(src, os.path.join(tmp, "t-whole"))
    build(src, os.path.join(tmp, "t-chunked"), chunk=1)
    same(os.path.join(tmp, "t-chunked"), os.path.join(tmp, "t-whole"), "the tricky page")
    dump = os.path.join(tmp, "dump-tricky")
    os.makedirs(dump)
    build(src, None, chunk=1, dump=dump)
    items, html = worker_answers(dump)
    stopped = past = 0
    for item, h in zip(items, html):
        if item.get("stops"):
            if h.count(b"\n") == item["stops"][0]:
                stopped += 1
            else:
                past += 1
    if len(items) < 6 or not stopped or not past:
        harness.fail("the tricky page: %d items, %d stopped at their first stop, %d ran past it "
                     "(want both)" % (len(items), stopped, past))

    # 3. A big file: two chunks, two workers, the same page.
    big = os.path.join(tmp, "big")
    os.makedirs(big)
    body = TRICKY.split("#include <stdio.h>\n", 1)[1]
    units = [body.replace("apply", "apply%d" % k).replace("twice", "twice%d" % k)
             .replace("main", "main%d" % k).replace("each", "each%d" % k) for k in range(150)]
    harness.write(os.path.join(big, "big.cc"), "#include <stdio.h>\n" + "".join(units))
    if os.path.getsize(os.path.join(big, "big.cc")) < 128 * 1024:
        harness.fail("the big file is too small for the test")
    log = os.path.join(tmp, "python-log")
    wrapper = os.path.join(tmp, "python")
    harness.write(wrapper, "#!/bin/sh\necho started >>%s\nexec /usr/bin/python3 \"$@\"\n" % log)
    os.chmod(wrapper, 0o755)
    build(big, os.path.join(tmp, "b-default"), extra=["--python", wrapper])
    starts = len(harness.read(log).splitlines())
    build(big, os.path.join(tmp, "b-whole"), chunk=10 ** 9)
    same(os.path.join(tmp, "b-default"), os.path.join(tmp, "b-whole"), "the big page")
    dump = os.path.join(tmp, "dump-big")
    os.makedirs(dump)
    build(big, None, dump=dump)
    items = [i for i in json.loads(harness.read(os.path.join(dump, "pygments.json")))["items"]
             if len(i["code"]) > 1000]  # not the notes' inline code
    if len(items) != 2 or not any(i.get("stops") for i in items) or starts != 2:
        harness.fail("the big file: %d requests (want 2, one with stops), %d python3 "
                     "processes (want 2)" % (len(items), starts))
    shutil.rmtree(dump)

print("ok: chunked highlighting gives the same bytes as one worker "
      "(the site, a tricky page, a big file in two workers)")
