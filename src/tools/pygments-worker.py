# pygments-worker.py — highlights every code block of a build with Pygments,
# in one python3 process (see worker.h for the protocol).
#
#   /usr/bin/python3 -c <this script>
#
# Says hello with Pygments' version (a JSON line), then answers each request
# line {"items": [{"lang", "code"}]} with b"results N\n" and, per item in
# order, b"html LEN\n" and LEN bytes of UTF-8 HTML (framed, not JSON: the
# generator need not decode it). The HTML of a block has one
# line per source line, so that the generator can number the lines and cut
# a file into sections: a token spanning lines is split at each newline.
import json
import sys

import pygments
from pygments.lexers import get_lexer_by_name
from pygments.token import STANDARD_TYPES, Whitespace
from pygments.util import ClassNotFound

sys.stdout.write(json.dumps({"version": pygments.__version__, "lib": pygments.__file__}) + "\n")
sys.stdout.flush()


def css_class(ttype):
    """The short CSS class of a token type: its own, or its nearest parent's."""
    while ttype not in STANDARD_TYPES:
        ttype = ttype.parent
    return STANDARD_TYPES[ttype]


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


lexers = {}  # by name: finding and making a lexer costs more than using it


def lexer_for(name):
    if name not in lexers:
        try:
            lexers[name] = get_lexer_by_name(name, stripnl=False, ensurenl=True, tabsize=0)
        except ClassNotFound:
            lexers[name] = get_lexer_by_name("text", stripnl=False, ensurenl=True)
    return lexers[name]


def highlight(item):
    lexer = lexer_for(item["lang"])
    code = item["code"]
    # Runs of tokens with the same class become one span.
    lines = [[]]  # per line: [class, text] pairs
    for ttype, value in lexer.get_tokens(code):
        cls = "" if ttype in Whitespace else css_class(ttype)
        for k, part in enumerate(value.split("\n")):
            if k:
                lines.append([])
            if not part:
                continue
            line = lines[-1]
            if line and line[-1][0] == cls:
                line[-1][1] += part
            else:
                line.append([cls, part])
    wanted = code.count("\n") + 1  # ensurenl may have added a last line
    html = []
    for line in lines[:wanted]:
        html.append("".join('<span class="%s">%s</span>' % (cls, escape(text)) if cls
                            else escape(text) for cls, text in line))
    return "\n".join(html).encode()


out = sys.stdout.buffer
for line in sys.stdin:
    items = json.loads(line)["items"]
    response = [b"results %d\n" % len(items)]
    for item in items:
        html = highlight(item)
        response += [b"html %d\n" % len(html), html]
    out.write(b"".join(response))
    out.flush()
