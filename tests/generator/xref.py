"""Cross-references (issue 10) on the fixture fixtures/xref: every kind of
name links where clang says it is defined; the two static `twice` each
stay in their own file; a header prototype and its definition link to each
other; the C library's names stay plain; inline code in notes links; the
tooltips' data and the index page say what they should; a file clang
cannot parse renders, with a warning at file:line; the cache spares the
parser when no C file changed and re-parses the files that read a changed
header.

    xref.py SIDENOTES
"""
import json
import os
import re
import shutil
import sys
import time

import harness

sidenotes = sys.argv[1]
problems = []


def check(cond, message):
    if not cond:
        problems.append(message)


def links(html, name):
    """The hrefs of the links whose text is `name`, in the code, in order."""
    return re.findall(r'<a class="xref" href="([^"]*)" data-x="[0-9a-z-]+">%s</a>' % re.escape(name), html)


def line_of(html, line):
    """The HTML of one numbered line of code."""
    m = re.search(r'<span class="lineno">%d</span>(.*?)</span>\n?(?=<span class="line">|</pre>)' % line,
                  html, re.S)
    return m.group(1) if m else ""


def section_of(html, line):
    """The id of the section that shows source line `line`."""
    for sec in re.finditer(r'<section class="[^"]*" id="(section-\d+)">(.*?)</section>', html, re.S):
        if re.search(r'<span class="lineno">%d</span>' % line, sec.group(2)):
            return sec.group(1)
    return None


def source_line(path, pattern):
    for i, text in enumerate(harness.read(path).decode().splitlines(), 1):
        if re.search(pattern, text):
            return i
    raise SystemExit("no line matches %r in %s" % (pattern, path))


def data_of(html):
    m = re.search(r'<script type="application/json" id="xref-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1)) if m else None


with harness.Scratch() as tmp:
    src, out, cache = (os.path.join(tmp, d) for d in ("src", "out", "cache"))
    harness.copy_fixture("xref", src)
    proc = harness.run(sidenotes, "--xref", src, "-o", out, "--cache", cache)
    page = {name: harness.read(os.path.join(out, name + ".html")).decode()
            for name in ("geometry.h", "geometry.c", "main.c", "broken/broken.c")}
    h, c, m = page["geometry.h"], page["geometry.c"], page["main.c"]
    where = lambda f, pat: section_of(page[f], source_line(os.path.join(src, f), pat))

    # A function: its use in main.c leads to the definition; the prototype
    # in the header to the definition; the definition back to the prototype.
    scale_def, scale_proto = where("geometry.c", r"^point_t scale\("), where("geometry.h", r"^point_t scale\(")
    check(links(m, "scale") == ["geometry.c.html#" + scale_def],
          "main.c: scale links %s, not to geometry.c.html#%s" % (links(m, "scale"), scale_def))
    check(links(h, "scale") == ["geometry.c.html#" + scale_def],
          "geometry.h: the prototype of scale links %s" % links(h, "scale"))
    check(links(c, "scale") == ["geometry.h.html#" + scale_proto],
          "geometry.c: the definition of scale links %s, not back to its prototype" % links(c, "scale"))
    # Two static functions of one name, each within its own file.
    tw_c, tw_m = where("geometry.c", r"^static int twice"), where("main.c", r"^static int twice")
    uses_c = [l for l in links(c, "twice") if not l.startswith("identifiers.html")]
    uses_m = [l for l in links(m, "twice") if not l.startswith("identifiers.html")]
    check(uses_c == ["#" + tw_c], "geometry.c: twice links %s, not #%s" % (uses_c, tw_c))
    check(uses_m == ["#" + tw_m], "main.c: twice links %s, not #%s" % (uses_m, tw_m))
    # A macro, a struct and its member, an enum constant, a typedef, a
    # global (declared extern in the header, defined in geometry.c).
    check(links(c, "FACTOR") == ["geometry.h.html#" + where("geometry.h", r"#define FACTOR")] * 2,
          "geometry.c: FACTOR links %s" % links(c, "FACTOR"))
    point = "geometry.h.html#" + where("geometry.h", r"^struct point")
    check(links(m, "point") == [point], "main.c: struct point links %s" % links(m, "point"))
    check(links(m, "x") == [point] and links(c, "x") == [point],
          "the member x links %s (main.c), %s (geometry.c), not %s" % (links(m, "x"), links(c, "x"), point))
    check(links(m, "RED") == ["geometry.h.html#" + where("geometry.h", r"^enum color")],
          "main.c: RED links %s" % links(m, "RED"))
    check(links(m, "point_t") == ["geometry.h.html#" + where("geometry.h", r"^typedef")],
          "main.c: point_t links %s" % links(m, "point_t"))
    scaled_def = where("geometry.c", r"^int scaled")
    check(links(m, "scaled") == ["geometry.c.html#" + scaled_def],
          "main.c: the global scaled links %s" % links(m, "scaled"))
    check(links(h, "scaled") == ["geometry.c.html#" + scaled_def],
          "geometry.h: the extern declaration of scaled links %s" % links(h, "scaled"))
    # A parameter and a local, within their function's section.
    check(links(c, "r") == ["#" + tw_c], "geometry.c: the local r links %s" % links(c, "r"))
    check(set(links(c, "v")) == {"#" + tw_c} and len(links(c, "v")) == 2,
          "geometry.c: the parameter v links %s" % links(c, "v"))
    # The C library's names are plain text.
    printf_line = line_of(m, source_line(os.path.join(src, "main.c"), r"printf\("))
    check("printf" in printf_line and "<a" not in printf_line.split("printf")[0][-40:] and
          not links(m, "printf"), "main.c: printf is linked: %s" % printf_line)
    # Inline code in notes: `scale` to its definition, `twice` in main.c's
    # notes to main.c's own.
    check(re.search(r'<a class="xref" href="geometry.c.html#%s" data-x="[0-9a-z-]+"><code class="inline-code">'
                    r'<span class="n">scale</span></code></a>' % scale_def, m),
          "main.c: `scale` in the notes is not linked to its definition")
    check(re.search(r'<a class="xref" href="#%s" data-x="[0-9a-z-]+"><code class="inline-code"><span class="n">'
                    r'twice</span></code></a>' % tw_m, m),
          "main.c: `twice` in the notes is not linked to main.c's own")

    # Tooltips: the declaration and the first sentence of the note.
    data = data_of(c)
    check(data is not None, "geometry.c has no tooltip data")
    if data:
        by_sig = {e[1]: e for e in data["names"].values()}
        check("#define FACTOR 3" in by_sig, "no tooltip with the macro's value: %s" % list(by_sig))
        sc = by_sig.get("point_t scale(point_t p)")
        check(sc is not None and data["kinds"][sc[0]] == "function" and
              data["notes"][sc[2]] == "Scales both coordinates, counting the call.",
              "the tooltip of scale: %s" % (sc,))
        glob = by_sig.get("int scaled = 0")
        check(glob is not None and [u[0] for u in glob[3]] == ["#section-2", "main.c.html#section-2"],
              "the global's tooltip does not list its uses: %s" % (glob,))

    # The index: linked from the home page, every kind but locals and
    # parameters, links resolving to existing sections.
    index = harness.read(os.path.join(out, "identifiers.html")).decode()
    home = harness.read(os.path.join(out, "index.html")).decode()
    check('href="identifiers.html"' in home, "the home page does not link the index")
    names = re.findall(r'<li id="x[0-9a-z-]+"><code class="xref-name">([^<]*)</code> <span class="xref-kind">([^<]*)', index)
    want = {("scale", "function"), ("twice", "function"), ("FACTOR", "macro"), ("point", "type"),
            ("point.x", "member"), ("RED", "enum constant"), ("scaled", "global variable"),
            ("point_t", "type")}
    check(want <= set(names), "the index lacks %s" % sorted(want - set(names)))
    check(not {("r", "local variable"), ("v", "parameter")} & set(names), "the index lists locals")
    check([n for n, _ in names] == sorted((n for n, _ in names), key=lambda s: (s.lower(), s)),
          "the index is not alphabetical: %s" % [n for n, _ in names])
    check(len([n for n, k in names if n == "twice"]) == 2, "the index does not list both statics twice")
    for href in re.findall(r'<a href="([^"]*#[^"]*)"', index):
        f, frag = href.split("#")
        target = harness.read(os.path.join(out, f)).decode()
        check('id="%s"' % frag in target, "the index links %s, which does not exist" % href)

    # The file clang cannot parse: rendered, unlinked, warned about at file:line.
    bad_line = source_line(os.path.join(src, "broken/broken.c"), "undeclared_name")
    check(re.search(r"broken/broken\.c:%d: warning: clang cannot parse" % bad_line, proc.stderr),
          "no warning at broken.c:%d: %r" % (bad_line, proc.stderr))
    check('class="xref"' not in page["broken/broken.c"].split("<main")[1].split('id="xref-data"')[0],
          "broken.c has links")
    check("1 could not be" in proc.stdout or "some could not be" in proc.stdout, proc.stdout)
    # The C files are highlighted by the generator (c_highlight.h), the
    # one clang cannot parse too: only the notes' 5 pieces of code are
    # sent to the tools (9 requests before), from a parse or from the cache.
    requests = lambda p: int(re.search(r"(\d+) formulas and code blocks", p.stdout).group(1))
    check(requests(proc) == 5, "%d requests to the tools, not 5: %s" % (requests(proc), proc.stdout))

    # Rebuilds: nothing changed, nothing parsed; a note changed, no file
    # parsed; the header changed, every file that reads it parsed again.
    parsed = lambda p: int(re.search(r"(\d+) C files parsed", p.stdout).group(1))
    check(parsed(proc) == 4, "the first build parsed %d files, not 4" % parsed(proc))
    again = harness.run(sidenotes, "--xref", src, "-o", out, "--cache", cache)
    check("is up to date" in again.stdout, "a no-op rebuild did something: %s" % again.stdout)
    readme = os.path.join(src, "readme.md")
    harness.write(readme, harness.read(readme).decode() + "\nOne more line.\n")
    notes = harness.run(sidenotes, "--xref", src, "-o", out, "--cache", cache)
    check(parsed(notes) == 0, "a change to Markdown parsed %d C files" % parsed(notes))
    check(requests(notes) == 5, "from the cache, %d requests to the tools, not 5" % requests(notes))
    header = os.path.join(src, "geometry.h")
    harness.write(header, harness.read(header).decode().replace("#define FACTOR 3", "#define FACTOR 4"))
    changed = harness.run(sidenotes, "--xref", src, "-o", out, "--cache", cache)
    check(parsed(changed) == 3, "a changed header re-parsed %d files, not 3 (itself and the two "
          "that include it)" % parsed(changed))
    c2 = harness.read(os.path.join(out, "geometry.c.html")).decode()
    check("#define FACTOR 4" in json.dumps(data_of(c2)), "the tooltip still shows the old macro")

    # With compile_commands.json: the flags come from it (here a -D that
    # the file needs to parse at all).
    flags_src = os.path.join(tmp, "flags")
    os.makedirs(flags_src)
    harness.write(os.path.join(flags_src, "needs_flag.c"),
                  "// # Needs a flag\nint value(void)\n{\n    return LIMIT;\n}\n")
    harness.write(os.path.join(tmp, "build", "compile_commands.json"), json.dumps([{
        "directory": os.path.join(tmp, "build"), "file": "../flags/needs_flag.c",
        "command": "cc -DLIMIT=7 -Wall -o needs_flag.o -c ../flags/needs_flag.c"}]))
    without = harness.run(sidenotes, "--xref", flags_src, "-o", os.path.join(tmp, "o1"), "--no-cache")
    check("needs_flag.c:4: warning" in without.stderr, "without the flags: %r" % without.stderr)
    with_cc = harness.run(sidenotes, "--xref", flags_src, "-o", os.path.join(tmp, "o2"), "--no-cache",
                          "--compile-commands", os.path.join(tmp, "build", "compile_commands.json"))
    check("warning" not in with_cc.stderr, "with the flags: %r" % with_cc.stderr)
    bad = harness.run(sidenotes, "--xref", flags_src, "-o", os.path.join(tmp, "o3"), "--no-cache",
                      "--compile-commands", os.path.join(tmp, "nowhere", "compile_commands.json"), expect=1)
    check("--compile-commands" in bad.stderr and "nowhere" in bad.stderr,
          "a missing compile_commands.json: %r" % bad.stderr)

# Inline code in notes links a name of another page only when the notes
# could mean it: a public function, yes; another file's static, or a name
# defined only in an English-only section (--section), never.
with harness.Scratch() as tmp:
    src, gen = os.path.join(tmp, "src"), os.path.join(tmp, "gen")
    harness.write(os.path.join(src, "a.c"),
                  "// # A\n//\n// Calls `b_public`; `helper` is b.c's own, and `engine` is the\n"
                  "// generator's.\nint a(void) { return 1; }\n")
    harness.write(os.path.join(src, "b.c"),
                  "// # B\nstatic int helper(void) { return 2; }\n\n"
                  "// The public one.\nint b_public(void) { return helper(); }\n")
    harness.write(os.path.join(gen, "engine.c"), "// # Engine\nint engine(void) { return 0; }\n")
    out = os.path.join(tmp, "out")
    harness.run(sidenotes, "--xref", src, "-o", out, "--no-cache", "--section", "gen=" + gen)
    a = harness.read(os.path.join(out, "a.c.html")).decode()
    note = lambda name: re.search(r'<a class="xref" href="([^"]*)" data-x="[0-9a-z-]+"><code class="inline-code">'
                                  r'(?:<span class="n">)?%s' % name, a)
    check(note("b_public") and note("b_public").group(1).startswith("b.c.html#"),
          "a.c: `b_public` in the notes is not linked to b.c")
    check(not note("helper"), "a.c: `helper`, a static of b.c, is linked from a.c's notes")
    check(not note("engine"), "a.c: `engine`, defined only in the English-only section, is linked")

# A C file over --xref-max-kb is made without its names linked, with a
# one-line note naming the option (libclang costs more than the rest of a
# very big page); the other files link as before, and 0 lifts the limit.
with harness.Scratch() as tmp:
    src = os.path.join(tmp, "src")
    harness.write(os.path.join(src, "small.c"), "// # Small\nint small(void) { return 1; }\n"
                  "// Calls it.\nint twice(void) { return small() + small(); }\n")
    harness.write(os.path.join(src, "big.c"), "// # Big\nint big(void) { return 2; }\n"
                  + "".join("// Step %d.\nint step%d(void) { return big() + %d; }\n" % (i, i, i)
                            for i in range(40)))
    kb = (os.path.getsize(os.path.join(src, "big.c")) + 1023) // 1024
    limited = harness.run(sidenotes, "--xref", src, "-o", os.path.join(tmp, "o1"), "--no-cache", "--strict",
                          "--xref-max-kb", "1")
    big = harness.read(os.path.join(tmp, "o1", "big.c.html")).decode()
    small = harness.read(os.path.join(tmp, "o1", "small.c.html")).decode()
    notes = [l for l in limited.stderr.splitlines() if "--xref-max-kb" in l]
    check(len(notes) == 1 and "big.c: note: %d KB, over the 1 KB limit" % kb in notes[0],
          "over the limit: one note naming big.c, its size and the option: %r" % limited.stderr)
    check('class="xref"' not in big, "big.c, over the limit, has cross-reference links")
    check(links(small, "small"), "small.c, under the limit, lost its links")
    quiet = harness.run(sidenotes, "--xref", src, "-o", os.path.join(tmp, "o2"), "--no-cache", "-q",
                        "--xref-max-kb", "1")
    check("note" not in quiet.stderr, "-q still prints the note: %r" % quiet.stderr)
    harness.run(sidenotes, "--xref", src, "-o", os.path.join(tmp, "o3"), "--no-cache", "--xref-max-kb", "0")
    big = harness.read(os.path.join(tmp, "o3", "big.c.html")).decode()
    check(len(links(big, "big")) >= 40, "--xref-max-kb 0: big.c's 40 uses of big() are not all linked")
    bad = harness.run(sidenotes, "--xref", src, "-o", os.path.join(tmp, "o4"), "--xref-max-kb", "x", expect=2)
    check("--xref-max-kb x" in bad.stderr, "a bad --xref-max-kb: %r" % bad.stderr)

# The benchmark's parse-only build (SIDENOTES_XREF_PARSE_ONLY=1, bench_xref.py):
# every C file is parsed, no name is linked, and nothing goes to the cache,
# so the next build parses again and links as a build from scratch does.
with harness.Scratch() as tmp:
    src, cache = os.path.join(tmp, "src"), os.path.join(tmp, "cache")
    harness.copy_fixture("xref", src)
    only = harness.run(sidenotes, "--xref", src, "-o", os.path.join(tmp, "o1"), "--cache", cache,
                       env=dict(os.environ, SIDENOTES_XREF_PARSE_ONLY="1"))
    parsed = re.search(r"(\d+) names linked \((\d+) C files parsed", only.stdout + only.stderr)
    check(parsed and parsed.group(1) == "0" and int(parsed.group(2)) >= 3,
          "parse-only: not 0 names linked with the C files parsed: %r" % only.stderr)
    check('class="xref"' not in harness.read(os.path.join(tmp, "o1", "main.c.html")).decode(),
          "parse-only: main.c has links")
    after = harness.run(sidenotes, "--xref", src, "-o", os.path.join(tmp, "o2"), "--cache", cache)
    again = re.search(r"(\d+) names linked \((\d+) C files parsed", after.stdout + after.stderr)
    check(again and again.group(2) == parsed.group(2) and int(again.group(1)) > 0,
          "after parse-only, the next build took its records from the cache: %r" % after.stderr)
    harness.run(sidenotes, "--xref", src, "-o", os.path.join(tmp, "o3"), "--no-cache")
    for f in ("main.c.html", "geometry.c.html", "geometry.h.html"):
        check(harness.read(os.path.join(tmp, "o2", f)) == harness.read(os.path.join(tmp, "o3", f)),
              "after parse-only, %s differs from a build without a cache" % f)

if problems:
    harness.fail("%d problems:\n%s" % (len(problems), "\n".join(problems)))
print("ok: cross-references")
