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
#
# An item may also hold "stops": line numbers (ascending, from the item's
# start) where the code may be cut (chunks.h). The worker then stops at the
# first of them where the lexer is back in its root state with no token
# across the line: the HTML covers the lines before it and ends with a
# newline. A chunk that starts there, lexed from the root state, gives the
# same HTML as the whole file would, so the generator can have two workers
# highlight one big file at once and join the pieces.
import json
import sys

import pygments
from pygments.lexers import get_lexer_by_name
from pygments.lexer import RegexLexer
from pygments.lexers.c_cpp import CFamilyLexer
from pygments.token import STANDARD_TYPES, Error, Keyword, Name, Whitespace, _TokenType
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


def c_family_types(lexer, tokens):
    """CFamilyLexer's own pass over RegexLexer's tokens: names of standard
    types become Keyword.Type (pygments/lexers/c_cpp.py, 2.x)."""
    for pos, token, value in tokens:
        if token is Name:
            if lexer.stdlibhighlighting and value in lexer.stdlib_types:
                token = Keyword.Type
            elif lexer.c99highlighting and value in lexer.c99_types:
                token = Keyword.Type
            elif lexer.c11highlighting and value in lexer.c11_atomic_types:
                token = Keyword.Type
            elif lexer.platformhighlighting and value in lexer.linux_types:
                token = Keyword.Type
        yield pos, token, value


def regex_tokens(lexer, text, stops, stopped):
    """RegexLexer.get_tokens_unprocessed (pygments/lexer.py, 2.x), which
    keeps its state stack to itself, with one addition: at each position in
    `stops` (ascending) where the stack is the root state alone, it ends,
    and puts that position in stopped[0]."""
    pos = 0
    k = 0  # stops[k] is the next stop
    tokendefs = lexer._tokens
    statestack = ['root']
    statetokens = tokendefs['root']
    while 1:
        while k < len(stops) and stops[k] < pos:
            k += 1
        if k < len(stops) and stops[k] == pos and statestack == ['root']:
            stopped[0] = pos
            return
        for rexmatch, action, new_state in statetokens:
            m = rexmatch(text, pos)
            if m:
                if action is not None:
                    if type(action) is _TokenType:
                        yield pos, action, m.group()
                    else:
                        yield from action(lexer, m)
                pos = m.end()
                if new_state is not None:
                    if isinstance(new_state, tuple):
                        for state in new_state:
                            if state == '#pop':
                                if len(statestack) > 1:
                                    statestack.pop()
                            elif state == '#push':
                                statestack.append(statestack[-1])
                            else:
                                statestack.append(state)
                    elif isinstance(new_state, int):
                        if abs(new_state) >= len(statestack):
                            del statestack[1:]
                        else:
                            del statestack[new_state:]
                    elif new_state == '#push':
                        statestack.append(statestack[-1])
                    else:
                        raise ValueError("wrong state def: %r" % new_state)
                    statetokens = tokendefs[statestack[-1]]
                break
        else:
            try:
                if text[pos] == '\n':
                    statestack = ['root']
                    statetokens = tokendefs['root']
                    yield pos, Whitespace, '\n'
                    pos += 1
                    continue
                yield pos, Error, text[pos]
                pos += 1
            except IndexError:
                break


def stoppable(lexer):
    """Whether regex_tokens lexes as `lexer` itself does: a plain RegexLexer,
    or a C or C++ one."""
    own = type(lexer).get_tokens_unprocessed
    return own is RegexLexer.get_tokens_unprocessed or own is CFamilyLexer.get_tokens_unprocessed


def tokens(lexer, code, stops):
    """The tokens of `code`, as lexer.get_tokens gives them; with stops
    (line numbers), up to the first one where the lexer is in its root
    state (regex_tokens). Returns (tokens, where): `where` holds the line
    it stopped at, or nothing (the whole code). The generator sends stops
    only for code with no CR and no BOM, which get_tokens would change."""
    where = []
    if not stops or not stoppable(lexer):
        return lexer.get_tokens(code), where
    if not code.endswith("\n"):
        code += "\n"  # ensurenl
    at, line, offsets = 0, 0, []  # the stops as offsets in code
    for stop in stops:
        while line < stop and at >= 0:
            at = code.find("\n", at) + 1 or -1
            line += 1
        if at < 0:
            break
        offsets.append(at)
    stopped = [None]
    raw = regex_tokens(lexer, code, offsets, stopped)
    if isinstance(lexer, CFamilyLexer):
        raw = c_family_types(lexer, raw)

    def gen():
        for _, ttype, value in raw:
            yield ttype, value
        if stopped[0] is not None:
            where.append(stops[offsets.index(stopped[0])])
    return gen(), where


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

    stream, stopped = tokens(lexer, code, item.get("stops"))
    for ttype, value in stream:
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
    if stopped:  # the lines before the stop, each ended by a newline
        return ("\n".join(lines) + "\n").encode()
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
