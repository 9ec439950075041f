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
import re
import sys

import pygments
from pygments.lexers import get_lexer_by_name
from pygments.lexer import RegexLexer
from pygments.lexers.c_cpp import CFamilyLexer
from pygments.token import STANDARD_TYPES, Error, Keyword, Name, Whitespace, _TokenType
from pygments.util import ClassNotFound



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
            lexer = get_lexer_by_name(name, stripnl=False, ensurenl=True, tabsize=0)
        except ClassNotFound:
            lexer = get_lexer_by_name("text", stripnl=False, ensurenl=True)
        if stoppable(lexer):
            # A rule whose action is using(this) lexes its match again with
            # lexer.get_tokens_unprocessed: on C, the declarator of every
            # function, 2 of every 3 regular-expression matches. Ours gives
            # the same tokens, trying only the rules that can match.
            types = c_family_types(lexer)
            lexer.get_tokens_unprocessed = lambda text, stack=('root',), lexer=lexer: (
                own_tokens(lexer, types, text, stack))
        lexers[name] = lexer
    return lexers[name]


def own_tokens(lexer, types, text, stack):
    """lexer.get_tokens_unprocessed(text, stack), by regex_tokens; `types`
    is c_family_types(lexer)."""
    raw = regex_tokens(lexer, text, stack=stack)
    return raw if types is None else typed(raw, types)


def c_family_types(lexer):
    """The names that CFamilyLexer's own pass over RegexLexer's tokens makes
    Keyword.Type (pygments/lexers/c_cpp.py, 2.x): the standard types its
    options ask for; None for another lexer."""
    if not isinstance(lexer, CFamilyLexer):
        return None
    names = set()
    for on, group in ((lexer.stdlibhighlighting, lexer.stdlib_types),
                      (lexer.c99highlighting, lexer.c99_types),
                      (lexer.c11highlighting, lexer.c11_atomic_types),
                      (lexer.platformhighlighting, lexer.linux_types)):
        if on:
            names.update(group)
    return frozenset(names)


def typed(tokens, types):
    """The tokens, a Name in `types` made Keyword.Type."""
    for pos, token, value in tokens:
        if token is Name and value in types:
            token = Keyword.Type
        yield pos, token, value


# ---- which rules can match at a character ---------------------------------
#
# A RegexLexer tries its state's rules in order at each position, and most
# fail: on C, 21 failed matches for each token, half of the worker's time.
# A rule whose pattern cannot begin with the next character need not be
# tried. For each state, the rules that can begin with each ASCII character
# are found from the patterns themselves (the parse of Python's re); a
# pattern the analysis does not know, or one that can match the empty
# string, is kept for every character; past ASCII every rule is tried.
# Which rule matches first is therefore unchanged, and so are the tokens
# (the `pygments dispatch` test compares them with Pygments' own).

ASCII = frozenset(range(128))


def first_chars(pattern, flags):
    """The ASCII codes a match of `pattern` can begin with, or ASCII."""
    try:
        import re._parser as sre_parse
        import re._constants as c
    except ImportError:
        return ASCII

    def in_set(items, code):
        ch = chr(code)
        hit, negate = False, False
        for op, av in items:
            if op is c.NEGATE:
                negate = True
            elif op is c.LITERAL:
                hit = hit or code == av
            elif op is c.RANGE:
                hit = hit or av[0] <= code <= av[1]
            elif op is c.CATEGORY:
                probe = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D",
                         c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S",
                         c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}.get(av)
                if probe is None:
                    return True
                hit = hit or re.fullmatch(probe, ch, flags & re.ASCII) is not None
            else:
                return True
        return hit != negate

    def seq(items, fl):
        """(codes, nullable) of a sequence of items."""
        out = set()
        for op, av in items:
            codes, nullable = item(op, av, fl)
            out |= codes
            if not nullable:
                return out, False
        return out, True

    def wide(items):
        """Has a set a character past ASCII (which may match an ASCII one
        in another case: K, the Kelvin sign, is k)?"""
        return any((op is c.LITERAL and av >= 128) or (op is c.RANGE and av[1] >= 128) for op, av in items)

    def item(op, av, fl):
        if fl & re.IGNORECASE and ((op in (c.LITERAL, c.NOT_LITERAL) and av >= 128) or (op is c.IN and wide(av))):
            return set(ASCII), False
        if op is c.LITERAL:
            codes = {av} if av < 128 else set()
        elif op is c.NOT_LITERAL:
            codes = set(ASCII) - {av}
        elif op is c.IN:
            codes = {k for k in ASCII if in_set(av, k)}
        elif op is c.ANY:
            codes = set(ASCII)
        elif op is c.BRANCH:
            codes, nullable = set(), False
            for branch in av[1]:
                b, n = seq(branch, fl)
                codes |= b
                nullable = nullable or n
            return case(codes, fl), nullable
        elif op is c.SUBPATTERN:
            codes, nullable = seq(av[3], (fl | av[1]) & ~av[2])
            return codes, nullable
        elif op is c.ATOMIC_GROUP:
            return seq(av, fl)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            codes, nullable = seq(av[2], fl)
            return codes, nullable or av[0] == 0
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), True  # a condition, not a character: what follows begins the match
        else:  # a group reference, a conditional: anything
            return set(ASCII), True
        return case(codes, fl), False

    def case(codes, fl):
        if fl & re.IGNORECASE:
            codes = codes | {ord(chr(k).swapcase()) for k in codes if ord(chr(k).swapcase()) < 128}
        return codes

    try:
        codes, nullable = seq(sre_parse.parse(pattern, flags).data, flags)
    except Exception:
        return ASCII
    return ASCII if nullable else frozenset(codes)


def line_start_only(pattern, flags):
    """Can a match of `pattern` begin only where a line begins (its first
    element is ^ or \\A)? Then it need not be tried within a line: on C,
    the preprocessor's and the labels' rules, a third of the failed
    matches. False when unsure."""
    try:
        import re._parser as sre_parse
        import re._constants as c
    except ImportError:
        return False

    def starts(items):
        if not items:
            return False
        op, av = items[0]
        if op is c.AT:
            return av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)
        if op is c.SUBPATTERN:
            return starts(av[3])
        if op is c.BRANCH:
            return all(starts(branch) for branch in av[1])
        return False

    try:
        return starts(list(sre_parse.parse(pattern, flags).data))
    except Exception:
        return False


dispatch_tables = {}  # lexer class -> state -> its table (below)


def dispatch(lexer, state):
    """The rules of `state` that can begin with each ASCII character: at
    index k within a line, at 128 + k where a line begins."""
    tables = dispatch_tables.setdefault(type(lexer), {})
    table = tables.get(state)
    if table is None:
        rules = lexer._tokens[state]
        firsts, anchored = [], []
        for rule in rules:
            rx = getattr(rule[0], "__self__", None)
            known = isinstance(rx, re.Pattern)
            firsts.append(first_chars(rx.pattern, rx.flags) if known else ASCII)
            anchored.append(known and line_start_only(rx.pattern, rx.flags))
        within = [[r for r, f, a in zip(rules, firsts, anchored) if k in f and not a] for k in range(128)]
        starting = [[r for r, f in zip(rules, firsts) if k in f] for k in range(128)]
        table = tables[state] = within + starting
    return table


def regex_tokens(lexer, text, stops=(), stopped=None, stack=('root',)):
    """RegexLexer.get_tokens_unprocessed (pygments/lexer.py, 2.x), which
    keeps its state stack to itself, with one addition: at each position in
    `stops` (ascending) where the stack is the root state alone, it ends,
    and puts that position in stopped[0]."""
    pos = 0
    k = 0  # stops[k] is the next stop
    end = len(text)
    tokendefs = lexer._tokens
    statestack = list(stack)
    statetokens = tokendefs[statestack[-1]]
    table = dispatch(lexer, statestack[-1])
    nstops = len(stops)
    while 1:
        if k < nstops:
            while k < nstops and stops[k] < pos:
                k += 1
            if k < nstops and stops[k] == pos and statestack == ['root']:
                stopped[0] = pos
                return
        rules = statetokens
        if pos < end:
            code = ord(text[pos])
            if code < 128:
                if pos == 0 or text[pos - 1] == '\n':
                    code += 128
                rules = table[code]
        for rexmatch, action, new_state in rules:
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
                    table = dispatch(lexer, statestack[-1])
                break
        else:
            try:
                if text[pos] == '\n':
                    statestack = ['root']
                    statetokens = tokendefs['root']
                    table = dispatch(lexer, 'root')
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
    if (not stoppable(lexer) or lexer.filters or lexer.stripall or lexer.stripnl
            or lexer.tabsize > 0):
        return lexer.get_tokens(code), where
    # get_tokens' own preparation of the text (pygments/lexer.py, 2.x).
    if code.startswith("\ufeff"):
        code = code[1:]
    code = code.replace("\r\n", "\n").replace("\r", "\n")
    if not code.endswith("\n"):
        code += "\n"  # ensurenl
    at, line, offsets = 0, 0, []  # the stops as offsets in code
    for stop in stops or ():
        while line < stop and at >= 0:
            at = code.find("\n", at) + 1 or -1
            line += 1
        if at < 0:
            break
        offsets.append(at)
    stopped = [None]
    raw = regex_tokens(lexer, code, offsets, stopped)
    types = c_family_types(lexer) or ()

    def gen():
        for _, ttype, value in raw:
            if ttype is Name and value in types:
                ttype = Keyword.Type
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
    escaped = {}  # token text -> its HTML: names and operators come back often

    def end_run():
        text = "".join(run)
        line.append('<span class="%s">%s</span>' % (cur, text) if cur else text)
        run.clear()

    stream, stopped = tokens(lexer, code, item.get("stops"))
    for ttype, value in stream:
        cls = classes.get(ttype)
        if cls is None:
            cls = css_class(ttype)
        if "\n" not in value:  # most tokens: the loop below, for one part
            if value:
                if run and cls != cur:
                    end_run()
                cur = cls
                html = escaped.get(value)
                if html is None:
                    html = escaped[value] = escape(value)
                run.append(html)
            continue
        for k, part in enumerate(value.split("\n")):
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


def main():
    sys.stdout.write(json.dumps({"version": pygments.__version__, "lib": pygments.__file__}) + "\n")
    sys.stdout.flush()
    out = sys.stdout.buffer
    for line in sys.stdin:
        items = json.loads(line)["items"]
        out.write(b"results %d\n" % len(items))
        for item in items:
            html = highlight(item)
            out.write(b"html %d\n" % len(html))
            out.write(html)
        out.flush()


if __name__ == "__main__":  # not when the `pygments dispatch` test loads it
    main()
