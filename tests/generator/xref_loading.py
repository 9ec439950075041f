"""libclang is loaded only when a C file must be parsed (issue 10's no-op
target: loading libclang and libLLVM alone costs 80-100 ms per start).

    xref_loading.py SIDENOTES

  - `sidenotes` does not link libclang (readelf: no NEEDED libclang or
    libLLVM); the parser is the module sidenotes-clang.so;
  - which libraries a run maps is read from the dynamic loader itself
    (LD_DEBUG=files): `--version`, a no-op rebuild and a touched rebuild
    (every C file from the cache) map no libclang; a cold build does (the
    check can fail);
  - an edit of the notes that moves no code (a sentence reworded to the same
    length, a comment added at the end) parses nothing, and its pages are
    those of a build from scratch; a comment line added above code parses
    that file again, and every link moves with its line (again equal to a
    build from scratch);
  - a module that is missing or is not one: the C pages render unlinked
    with a warning naming each file, and --strict makes it an error;
  - without --xref and without --compile-commands (other people's code, by
    default) no name is resolved: no libclang mapped, no parse, no link, no
    index page, and no warning; either option turns it on.
"""
import os
import re
import shutil
import subprocess
import sys

import harness

sidenotes = sys.argv[1]
problems = []


def check(cond, message):
    if not cond:
        problems.append(message)


def maps_libclang(proc):
    return re.search(r"file=\S*libclang", proc.stderr) is not None


def run_traced(*args, expect=0):
    return harness.run(sidenotes, "--xref", *args, env=dict(os.environ, LD_DEBUG="files"), expect=expect)


def parsed(proc):
    m = re.search(r"(\d+) C files parsed", proc.stdout)
    return int(m.group(1)) if m else None


dynamic = subprocess.run(["readelf", "-d", sidenotes], capture_output=True, text=True, check=True).stdout
needed = re.findall(r"\(NEEDED\).*\[(.*)\]", dynamic)
check(needed and not [n for n in needed if "clang" in n or "LLVM" in n],
      "sidenotes links libclang or libLLVM: %s" % needed)

check(not maps_libclang(run_traced("--version")), "--version maps libclang")

with harness.Scratch() as tmp:
    src, out, cache = (os.path.join(tmp, d) for d in ("src", "out", "cache"))
    shutil.copytree(os.path.join(harness.FIXTURES, "xref"), src)
    shutil.rmtree(os.path.join(src, "broken"))  # no warning: a clean run is recorded as done
    build = ("-o", out, "--cache", cache)

    def same_as_fresh(what):
        fresh = os.path.join(tmp, "fresh")
        shutil.rmtree(fresh, ignore_errors=True)
        harness.run(sidenotes, "--xref", src, "-o", fresh, "--no-cache")
        diff = harness.tree_differences(out, fresh, skip=("static/",))
        check(not diff, "%s: the pages differ from a build from scratch:\n  %s" % (what, "\n  ".join(diff[:5])))

    cold = run_traced(src, *build)
    check(maps_libclang(cold), "the cold build did not map libclang (is LD_DEBUG read?)")
    check(parsed(cold) == 3, "the cold build parsed %s files, not 3" % parsed(cold))
    check('class="xref"' in harness.read(os.path.join(out, "main.c.html")).decode(), "no links after a cold build")

    noop = run_traced(src, *build)
    check("is up to date" in noop.stdout, "not a no-op: %s" % noop.stdout)
    check(not maps_libclang(noop), "a no-op rebuild maps libclang")

    os.utime(os.path.join(src, "main.c"))
    touched = run_traced(src, *build)
    check(parsed(touched) == 0, "a touched file was parsed: %s" % touched.stdout)
    check(not maps_libclang(touched), "a rebuild with every C file from the cache maps libclang")

    # The notes alone: a comment reworded in place (as long: clang's names of
    # macros hold their byte offset), one added at the end.
    main = os.path.join(src, "main.c")
    text = harness.read(main).decode()
    before, after = "This file's helper, not geometry.c's.", "Helper of this file, not the library's"[:37]
    assert len(before) == len(after)
    harness.write(main, text.replace(before, after) + "\n// A last note, after the code.\n")
    notes = run_traced(src, *build)
    check(parsed(notes) == 0, "an edit of the notes alone re-parsed %s files" % parsed(notes))
    check(not maps_libclang(notes), "an edit of the notes alone mapped libclang")
    check("not the library" in harness.read(os.path.join(out, "main.c.html")).decode(), "the edit is not on the page")
    same_as_fresh("notes edited")

    # A longer comment, or a comment line above code, moves every name below.
    text = harness.read(main).decode()
    harness.write(main, text.replace("static int twice", "// One line more.\n//\nstatic int twice", 1))
    moved = harness.run(sidenotes, "--xref", src, *build)
    check(parsed(moved) == 1, "a comment line above code re-parsed %s files, not 1" % parsed(moved))
    same_as_fresh("a comment line added above code")

    # The module missing, or not one: unlinked, warned, an error if strict.
    for module, why in (("/nonexistent/sidenotes-clang.so", "cannot load"),
                        (os.path.join(tmp, "not-a-module.so"), "cannot load")):
        harness.write(os.path.join(tmp, "not-a-module.so"), "not an ELF file\n")
        env = dict(os.environ, SIDENOTES_CLANG_MODULE=module)
        o = os.path.join(tmp, "nomodule")
        shutil.rmtree(o, ignore_errors=True)
        proc = harness.run(sidenotes, "--xref", src, "-o", o, "--no-cache", env=env)
        for f in ("main.c", "geometry.c", "geometry.h"):
            check(re.search(r"%s: warning: its names are left unlinked: %s" % (re.escape(f), why), proc.stderr),
                  "no warning for %s without the module (%s): %r" % (f, module, proc.stderr))
            check('class="xref"' not in harness.read(os.path.join(o, f + ".html")).decode().split("<main")[1],
                  "%s has links without the module" % f)
        strict = harness.run(sidenotes, "--xref", src, "-o", o, "--no-cache", "--strict", env=env, expect=1)
        check("error" in strict.stderr and "left unlinked" in strict.stderr,
              "--strict without the module: %r" % strict.stderr)

# Off by default without compile_commands.json (README, "Against Docco":
# libclang alone is 60 MB of the generator's peak).
with harness.Scratch() as tmp:
    src, out = os.path.join(tmp, "src"), os.path.join(tmp, "out")
    shutil.copytree(os.path.join(harness.FIXTURES, "xref"), src)
    shutil.rmtree(os.path.join(src, "broken"))
    plain = harness.run(sidenotes, src, "-o", out, "--no-cache", env=dict(os.environ, LD_DEBUG="files"))
    check(not maps_libclang(plain), "a build without --xref or --compile-commands maps libclang")
    check(parsed(plain) == 0, "a build without --xref parsed %s files, not 0" % parsed(plain))
    check("warning" not in plain.stderr, "a build without --xref warns: %r" % plain.stderr[-300:])
    # ... but its summary says how to link them.
    check("3 C files not cross-referenced: --compile-commands FILE or --xref" in plain.stdout,
          "the summary without --xref does not say how to link the names: %r" % plain.stdout)
    for f in ("main.c", "geometry.c", "geometry.h", "index.html"):
        page = harness.read(os.path.join(out, f + ".html" if f != "index.html" else f)).decode()
        check('class="xref' not in page.split("<main")[1], "%s has cross-references without --xref" % f)
    check(not os.path.exists(os.path.join(out, "identifiers.html")), "an index page without --xref")
    on = harness.run(sidenotes, "--xref", src, "-o", os.path.join(tmp, "on"), "--no-cache")
    check(parsed(on) == 3 and os.path.exists(os.path.join(tmp, "on", "identifiers.html")),
          "--xref: %s files parsed, an index page: %s" % (parsed(on), os.path.exists(os.path.join(tmp, "on", "identifiers.html"))))
    check("not cross-referenced" not in on.stdout, "--xref's summary says names are off: %r" % on.stdout)

if problems:
    harness.fail("%d problems:\n%s" % (len(problems), "\n".join(problems)))
print("ok: libclang is loaded only to parse")
