"""The real site's cross-references (issue 10): every use, in the code of
any page of site/ (every language), of a function defined in annotated/
links to the page and section of its definition.

Which functions annotated/ defines, and where, is read from the sources
here, not from the generator: a line at the start of a line that names a
function, whose parameter list ends with `)` on a line followed by one
holding only `{` (the sources' style; a prototype ends in `;`). Only calls
are checked (the name followed by its parenthesis), so that a variable that
shares a function's name is not taken for it. Names
defined twice (each program's `main`, statics of one name) are left out:
which definition a use means is the generator's own test (xref.py).

    site_xref.py ANNOTATED_DIR SITE_DIR
"""
import os
import re
import sys
from urllib.parse import unquote

import harness

src, site = sys.argv[1], sys.argv[2]

# name -> [(source path relative to annotated/, line)]
defs = {}
for rel in harness.files_under(src):
    if not rel.endswith(".c"):
        continue
    lines = harness.read(os.path.join(src, rel)).decode().splitlines()
    for i, text in enumerate(lines):
        m = re.match(r"^(?:static\s+|inline\s+)*[A-Za-z_][\w\s\*]*?\b([A-Za-z_]\w*)\(", text)
        if not m or text.startswith(("return", "typedef", "#")):
            continue
        j = i
        while j < len(lines) and not lines[j].rstrip().endswith((")", ";", "{")):
            j += 1
        if j + 1 < len(lines) and lines[j].rstrip().endswith(")") and lines[j + 1].strip() == "{":
            defs.setdefault(m.group(1), []).append((rel, i + 1))
unique = {name: places[0] for name, places in defs.items() if len(places) == 1}
if len(unique) < 20:
    harness.fail("found only %d functions defined in %s: the pattern is wrong" % (len(unique), src))


def section_of(html, line):
    for sec in re.finditer(r'<section class="[^"]*" id="(section-\d+)">(.*?)</section>', html, re.S):
        if re.search(r'<span class="lineno">%d</span>' % line, sec.group(2)):
            return sec.group(1)
    return None


# Where each definition is on the site (the same in every language tree).
target = {}
for name, (rel, line) in unique.items():
    html = harness.read(os.path.join(site, rel + ".html")).decode()
    target[name] = (rel + ".html", section_of(html, line), line)

problems = []
uses = 0
names = "|".join(re.escape(n) for n in sorted(target, key=len, reverse=True))
# A name token of Pygments, maybe wrapped in a link, called (followed by
# its parenthesis: a variable or member that shares a function's name is
# not called).
token = re.compile(r'<span class="(n|nf)">(?:<a class="xref" href="([^"]*)" data-x="[0-9a-z-]+">)?(%s)(</a>)?</span>'
                   r'<span class="p">\(' % names)
for rel in harness.files_under(site):
    if not rel.endswith(".c.html") and not rel.endswith(".h.html"):
        continue
    lang = rel.split("/")[0] if rel.split("/")[0] in ("zh", "ja", "ko") else ""
    base = rel[len(lang) + 1:] if lang else rel
    if base.startswith("generator/"):
        continue
    html = harness.read(os.path.join(site, rel)).decode()
    # No cross-reference of a site page leads into the English-only
    # generator section: its `stream` is not the one an RNG page means.
    for href in re.findall(r'<a class="xref" href="([^"]*)"', html):
        path = href.partition("#")[0]
        got = os.path.normpath(os.path.join(os.path.dirname(rel), unquote(path))) if path else rel
        if got.startswith("generator/") or "/generator/" in got:
            problems.append("%s: a cross-reference into the generator section: %s" % (rel, href))
    code = "".join(re.findall(r'<div class="code">(.*?)</div>', html, re.S))
    for line in re.split(r'<span class="line">', code):
        m = re.match(r'<span class="lineno">(\d+)</span>', line)
        if not m:
            continue
        number = int(m.group(1))
        for t in token.finditer(line):
            name, href = t.group(3), t.group(2)
            page, section, def_line = target[name]
            if base == page and number == def_line:
                continue  # the definition itself
            uses += 1
            if not href:
                problems.append("%s:%d: %s is not linked" % (rel, number, name))
                continue
            path, _, frag = href.partition("#")
            got = os.path.normpath(os.path.join(os.path.dirname(rel), unquote(path))) if path else rel
            want = os.path.join(lang, page) if lang else page
            if got != want or frag != section:
                problems.append("%s:%d: %s links %s, not %s#%s" % (rel, number, name, href, want, section))

if uses < 50:
    problems.append("only %d uses found: the site is not what this test expects" % uses)
if problems:
    harness.fail("%d of %d uses of annotated/'s functions are not linked to their definition "
                 "(re-render site/ after a change to the generator):\n%s"
                 % (len(problems), uses, "\n".join(problems[:40])))
print("ok: %d uses of %d functions defined in annotated/ link to their definitions"
      % (uses, len(target)))
