"""The search index built without node (gen/search_index.c) is the
worker's, byte for byte, on text chosen to differ if the two disagreed
anywhere: Unicode normalization (NFKC) and lower case (final sigma, İ,
ligatures, full-width and mathematical letters, letters outside the BMP),
what makes a word (combining marks, `_`, digits), stop words, identifiers,
JSON escapes, many documents (the averages' last digits) and terms sorted
by UTF-16 code units. A language with a CJK or Hangul word still goes to
the worker, which alone can segment it.

    search_native.py SIDENOTES
"""
import json
import os
import sys

import harness

sidenotes = sys.argv[1]

TRICKY = ("Ὀδυσσεύς ΟΔΟΣ ΣΊΣΥΦΟΣ İstanbul ǅemal ﬁnal ﬀ Ｆｕｌｌ ＷＩＤＴＨ x² H₂O 𝑥 𝐀𝐁𝐂 𐌰𐌱𐌲 "
          "café cafe\u0301 naïve Straße Ⅷ ⅷ ① ½ _under_score__ \"quoted\" back\\slash "
          "emoji 😀 a—b 1e21 3.14. The the THE a an it is of. "
          "\ufb01le \u212b \u2126 \u00b5 \u0130 \u03a3\u03a3 \U0001d7d8 \U00010400\U00010428")


def c_file(sections):
    """A C file of `sections` functions, each with a note of a different
    length (the averages then have many digits)."""
    out = ["/* %s */" % TRICKY.replace("*/", ""), "#include <stddef.h>", ""]
    for k in range(sections):
        words = " ".join("word%d" % (i * 7 % (k + 3)) for i in range(k % 11 + 1))
        out += ["/* ## Step %d: %s" % (k, "Ωmega σοφός" if k % 3 == 0 else "plain"),
                " *",
                " * %s; %s */" % (words, "ﬁnal" if k % 2 else "Final"),
                "static int step_%d(const int *x, size_t n) { int s = 0; for (size_t i = 0; i < n; i++) "
                "s += x[i] * %d; return s; }" % (k, k),
                ""]
    return "\n".join(out)


def counting_node(tmp):
    """node, noting each start of the search worker in a log."""
    path, log = os.path.join(tmp, "node"), os.path.join(tmp, "search.log")
    harness.write(path, '#!/bin/sh\ncase "$2" in *sidenotesSearchLoaded*) echo x >> "%s";; esac\n'
                  'exec node "$@"\n' % log)
    os.chmod(path, 0o755)
    return path, log


def search_starts(log):
    return len(harness.read(log).splitlines()) if os.path.exists(log) else 0


with harness.Scratch() as tmp:
    src = os.path.join(tmp, "src")
    harness.write(os.path.join(src, "steps.c"), c_file(40))
    harness.write(os.path.join(src, "notes.md"),
                  "# Notes on ΟΔΟΣ and \"quotes\" \\ back\n\n%s\n\n## A heading with ﬁ and 𝐀\n\n"
                  "More text: Ὀδυσσεύς, ΣΊΣΥΦΟΣ.\n" % TRICKY)
    node, log = counting_node(tmp)
    checked, native = os.path.join(tmp, "checked"), os.path.join(tmp, "native")

    def build(out, check, expect_search):
        before = search_starts(log)
        env = dict(os.environ)
        env.pop("SIDENOTES_SEARCH_CHECK", None)
        if check:
            # The worker builds each index too; the build fails if the two differ.
            env["SIDENOTES_SEARCH_CHECK"] = "1"
        harness.run(sidenotes, src, "-o", out, "--no-cache", "--xref", "--node", node, env=env)
        ran = search_starts(log) - before
        if ran != expect_search:
            harness.fail("%s build: the search worker started %d times, expected %d"
                         % ("checked" if check else "plain", ran, expect_search))
        return harness.read(os.path.join(out, "static", "search", "en.js"))

    ours = build(native, False, 0)  # English only: no node for the index
    theirs = build(checked, True, 1)
    if ours != theirs:
        harness.fail("en.js built without node differs from the worker's")
    # (Terms are front-coded: the pages' titles and headings are whole.)
    for word in (b'"steps.c"', b'"Step 38: plain"', '"A heading with ﬁ and 𝐀"'.encode()):
        if word not in ours:
            harness.fail("the index lacks %r" % word)

    # A Hangul word: the worker builds that language's index.
    harness.write(os.path.join(src, "notes.md"),
                  harness.read(os.path.join(src, "notes.md")).decode() + "\n이동 평균.\n")
    build(native, False, 1)


# A search for a name goes to the section that defines it, whoever found
# the name: libclang (--xref), or, for a C page it did not resolve (no
# --xref, the default; a file over --xref-max-kb), the scan of the lines
# (search_defs.h). Before, the scan never ran once the cross-references
# existed, even switched off, so a default build indexed no name at all.
DIGITS = "".join(chr(c) for c in range(33, 127) if chr(c) not in '"\\|;')


def ids_terms(path):
    """The terms of en.js that its `ids` field holds (search_index.py
    decodes the same format: front-coded terms, postings per field)."""
    js = harness.read(path).decode()
    data = json.loads(js[js.index("sidenotesSearchLoaded(") + len("sidenotesSearchLoaded("):-3])
    index, out, prev = data["index"], set(), ""
    field = str(index["fieldIds"]["ids"])
    for t, postings in zip(index["terms"].split(" "), index["postings"].split("|")):
        prev = prev[:int(t[0], 36)] + t[1:]
        if any(f[:1] == field for f in postings.split(";")):
            out.add(prev)
    return out


with harness.Scratch() as tmp:
    src = os.path.join(tmp, "src")
    harness.write(os.path.join(src, "defs.c"),
                  "// # Definitions\n#include <stddef.h>\n\n// A macro.\n#define SCALE_FACTOR 3\n\n"
                  "// A function.\nint foo_bar_baz(int x)\n{\n    return x * SCALE_FACTOR;\n}\n")
    harness.write(os.path.join(src, "big.c"),
                  "// # Big\n\n// The one function.\nint big_function_name(void)\n{\n    return 2;\n}\n"
                  + "".join("// Step %d.\nstatic int step%d = %d;\n" % (i, i, i) for i in range(60)))
    for name, options in (("default", ()), ("xref", ("--xref",)),
                          ("over the limit", ("--xref", "--xref-max-kb", "1"))):
        out = os.path.join(tmp, name.replace(" ", "-"))
        harness.run(sidenotes, src, "-o", out, "--no-cache", "-q", *options)
        found = ids_terms(os.path.join(out, "static", "search", "en.js"))
        for term in ("foo_bar_baz", "SCALE_FACTOR", "big_function_name"):
            if term not in found and term.lower() not in found:
                harness.fail("%s build: %s is not among the index's names (%s)"
                             % (name, term, sorted(found)[:20]))
print("ok")
