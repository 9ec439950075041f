"""The Pygments worker's own loop over a RegexLexer's rules (it tries at
each character only the rules whose pattern can begin with it, also in the
text that a rule using(this) lexes again, and stops where it is told:
src/tools/pygments-worker.py) gives the very tokens of
Pygments' get_tokens, for each lexer the site uses, on every source file of
the project and on random text made of the characters code is made of
(with CR, a BOM, tabs, non-ASCII letters and the Kelvin sign).

    pygments_dispatch.py WORKER_PY TOP_DIR
"""
import os
import random
import sys

import harness
from pygments.lexers import get_lexer_by_name

worker_py, top = sys.argv[1], sys.argv[2]
worker = {"__name__": "pygments_worker"}
exec(compile(open(worker_py, encoding="utf-8").read(), worker_py, "exec"), worker)

LEXERS = {".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp", ".py": "python", ".js": "js",
          ".mjs": "js", ".sh": "bash", ".json": "json", ".css": "css", ".build": "meson"}
problems = []


def compare(name, code, what):
    lexer = worker["lexer_for"](name)
    if not worker["stoppable"](lexer):
        return 0
    ours, _ = worker["tokens"](lexer, code, None)
    ours = list(ours)
    # Pygments' own lexer, made as the worker makes one: the worker's has
    # its get_tokens_unprocessed replaced (rules using(this) call it).
    theirs = list(get_lexer_by_name(name, stripnl=False, ensurenl=True, tabsize=0).get_tokens(code))
    if ours != theirs:
        at = next((i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b), min(len(ours), len(theirs)))
        problems.append("%s (%s): token %d: ours %r, Pygments' %r"
                        % (what, name, at, ours[at:at + 3], theirs[at:at + 3]))
    return 1


# Rules left out within a line: only those that cannot match there.
for pattern, only in ((r"(^[ \t]*)(?!x)(\w+)", True), (r"^(\s*(?:/[*].*?[*]/\s*)?)(#)", True),
                      (r"\A#!", True), (r"(?:^a|^b)", True), (r"(?:^a|b)", False),
                      (r"\s*^x", False), (r"\b^", False), (r"x^", False), (r"(?=^)a", False)):
    if worker["line_start_only"](pattern, 8) != only:
        problems.append("line_start_only(%r) is not %s" % (pattern, only))

files = 0
for folder in ("annotated", "src", "tests", "templates"):
    for root, dirs, names in os.walk(os.path.join(top, folder)):
        dirs[:] = [d for d in dirs if d not in ("corpus", "node_modules")]
        for n in sorted(names):
            lang = LEXERS.get(os.path.splitext(n)[1])
            if lang:
                path = os.path.join(root, n)
                with open(path, encoding="utf-8", errors="replace") as f:
                    files += compare(lang, f.read(), os.path.relpath(path, top))

rng = random.Random(20261206)
ALPHABET = (list("abcxyzABCXYZ_019#<>{}()[];,.:?!+-*/%&|^~=\"'\\ \t\n@$`") +
            ["\r", "\r\n", "\ufeff", "é", "Ω", "\u212a", "移", "//", "/*", "*/", "#include", "#if 0",
             "#endif", "0x1fU", "1e-3f", "L'x'", "u8\"s\"", "int ", "return ", "struct ", "def ",
             "class ", "'''", '"""', "\\\n", "R\"(", ")\""])
randoms = 0
for lang in sorted(set(LEXERS.values())):
    for k in range(300):
        code = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 120)))
        randoms += compare(lang, code, "random text %d" % k)

print("%d files and %d random texts compared" % (files, randoms))
if files < 100 or randoms < 1000:
    problems.append("too few inputs were compared: %d files, %d random texts" % (files, randoms))
if problems:
    harness.fail("\n".join(problems[:20]) + ("\n... %d in all" % len(problems) if len(problems) > 20 else ""))
print("ok")
