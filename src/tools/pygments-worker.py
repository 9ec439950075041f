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


classes = {}  # token type -> its short CSS class ("" for whitespace)


def css_class(ttype):
    """The short CSS class of a token type: its own, or its nearest parent's;
    "" for whitespace."""
    cls = classes.get(ttype)
    if cls is None:
        t = ttype
        while t not in STANDARD_TYPES:
            t = t.parent
        cls = classes[ttype] = "" if ttype in Whitespace else STANDARD_TYPES[t]
    return cls


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
    """The block's HTML, one line per source line. Runs of tokens with the
    same class on a line become one span. Built line by line (a big file
    has hundreds of thousands of tokens: no list of them is kept)."""
    lexer = lexer_for(item["lang"])
    code = item["code"]
    left = code.count("\n") + 1  # lines wanted: ensurenl may have added one
    lines = []  # the HTML of each finished line
    line = []   # the current line's finished runs
    run = []    # the current run's escaped texts
    cur = ""    # the current run's class

    def end_run():
        text = "".join(run)
        line.append('<span class="%s">%s</span>' % (cur, text) if cur else text)
        run.clear()

    for ttype, value in lexer.get_tokens(code):
        cls = classes.get(ttype)
        if cls is None:
            cls = css_class(ttype)
        parts = value.split("\n") if "\n" in value else (value,)
        for k, part in enumerate(parts):
            if k:
                if run:
                    end_run()
                lines.append("".join(line))
                line.clear()
                left -= 1
                if not left:
                    break
            if not part:
                continue
            if run and cls != cur:
                end_run()
            cur = cls
            run.append(escape(part))
        if not left:
            break
    if left:
        if run:
            end_run()
        lines.append("".join(line))
    return "\n".join(lines).encode()


out = sys.stdout.buffer
for line in sys.stdin:
    items = json.loads(line)["items"]
    out.write(b"results %d\n" % len(items))
    for item in items:
        html = highlight(item)
        out.write(b"html %d\n" % len(html))
        out.write(html)
    out.flush()
