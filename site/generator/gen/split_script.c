/* split_script.c — the split stage for languages whose comments are `#`
 * lines (shell), and for Python, whose docstrings are notes too. The rules
 * are those of the reference site's Python pages:
 *
 * - each run of `#` lines (after indentation) is the notes of a new
 *   section; a run of bare `#` lines is a section break with no notes; a
 *   `#!` first line is code;
 * - Python: the module docstring (the file's first statement, if it is a
 *   string) is notes, like a comment, and may hold the front matter;
 * - Python: a `class` or `def` header (with its decorators, over as many
 *   lines as its brackets take) followed by a docstring is one section:
 *   the docstring, dedented as Python's inspect.cleandoc does, is its notes
 *   and the header its code; the code after the docstring starts a section
 *   of its own;
 * - a docstring's text is taken as written, backslashes and all (an
 *   r-string is what KaTeX wants);
 * - a `#` inside a string, and a line inside a triple-quoted string, are
 *   code. */
#include "split_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *text, *end;
    char triple; /* inside a triple-quoted string opened by code: its quote */
} py_lexer;

/* Length of a string prefix (r, b, u, f and pairs) before a quote at s. */
static size_t string_prefix(const char *s, const char *e)
{
    size_t n = 0;
    while (n < 2 && s + n < e && strchr("rRbBuUfF", s[n]) && s[n]) n++;
    return s + n < e && (s[n] == '"' || s[n] == '\'') ? n : (size_t)-1;
}

/* Scans code [s, e) of one line, keeping lx->triple across lines, and
 * adds the bracket depth change to *depth. Returns where a trailing `#`
 * comment starts, or e. */
static const char *scan_code(py_lexer *lx, const char *s, const char *e, int *depth)
{
    while (s < e) {
        if (lx->triple) {
            if (*s == '\\' && s + 1 < e) s += 2;
            else if (e - s >= 3 && s[0] == lx->triple && s[1] == lx->triple && s[2] == lx->triple)
                s += 3, lx->triple = 0;
            else s++;
        } else if (*s == '#') {
            return s;
        } else if (*s == '"' || *s == '\'') {
            char q = *s;
            if (e - s >= 3 && s[1] == q && s[2] == q) {
                lx->triple = q;
                s += 3;
                continue;
            }
            for (s++; s < e && *s != q; s += (*s == '\\' && s + 1 < e) ? 2 : 1) {}
            if (s < e) s++;
        } else {
            if (*s == '(' || *s == '[' || *s == '{') (*depth)++;
            else if ((*s == ')' || *s == ']' || *s == '}') && *depth > 0) (*depth)--;
            s++;
        }
    }
    return e;
}

/* A docstring starting on the line at `s` (its first non-blank at t):
 * adds its text to `n` and returns the start of the line after it, or NULL
 * when the line does not start a string that ends. */
static const char *take_docstring(notes_builder *n, const char *s, const char *t,
                                  const char *end, int line)
{
    const char *e = line_stop(s, end);
    size_t pre = string_prefix(t, e);
    if (pre == (size_t)-1) return NULL;
    const char *q = t + pre;
    size_t qlen = end - q >= 3 && q[1] == q[0] && q[2] == q[0] ? 3 : 1;
    const char *body = q + qlen, *close = NULL;
    for (const char *p = body; p + qlen <= end; p++) {
        if (*p == '\\') { p++; continue; }
        if (qlen == 1 && *p == '\n') break;
        if (*p == q[0] && (qlen == 1 || (p[1] == q[0] && p[2] == q[0]))) { close = p; break; }
    }
    if (!close) return NULL;
    const char *after = close + qlen;
    if (!is_blank(after, line_stop(after, end)) && *skip_blanks(after, line_stop(after, end)) != '#')
        return NULL; /* a string in an expression, not a docstring */
    /* Its lines [starts[i], stops[i]), as inspect.cleandoc: the first as it
     * is, the others less their shared indentation, blank edges dropped. */
    size_t count = 1;
    for (const char *p = body; p < close; p++) count += *p == '\n';
    const char **starts = sn_xmalloc(count * sizeof *starts);
    const char **stops = sn_xmalloc(count * sizeof *stops);
    const char **lines = sn_xmalloc(count * sizeof *lines);
    const char *p = body, *ls = s;
    for (size_t i = 0; i < count; i++) {
        starts[i] = p;
        lines[i] = ls;
        const char *nl = memchr(p, '\n', (size_t)(close - p));
        stops[i] = nl ? nl : close;
        p = nl ? nl + 1 : close;
        ls = p;
    }
    size_t indent = (size_t)-1;
    for (size_t i = 1; i < count; i++) {
        if (is_blank(starts[i], stops[i])) continue;
        size_t k = (size_t)(skip_blanks(starts[i], stops[i]) - starts[i]);
        if (k < indent) indent = k;
    }
    for (size_t i = 1; i < count && indent != (size_t)-1; i++)
        starts[i] = (size_t)(stops[i] - starts[i]) >= indent ? starts[i] + indent : stops[i];
    starts[0] = skip_blanks(starts[0], stops[0]);
    size_t from = 0, to = count;
    while (from < to && is_blank(starts[from], stops[from])) from++;
    while (to > from && is_blank(starts[to - 1], stops[to - 1])) to--;
    for (size_t i = from; i < to; i++) {
        const char *stop = stops[i];
        while (stop > starts[i] && (stop[-1] == ' ' || stop[-1] == '\t')) stop--;
        notes_add_line(n, starts[i], (size_t)(stop - starts[i]), line + (int)i,
                       column_of(lines[i], starts[i]));
    }
    free(starts);
    free(stops);
    free(lines);
    return next_line(after, end);
}

/* Moves the lines of `from` to the end of `to`. */
static void append_notes(notes_builder *to, notes_builder *from)
{
    const char *l = from->text.data ? from->text.data : "";
    for (size_t i = 0; i < from->lines; i++) {
        const char *le = strchr(l, '\n');
        size_t len = le ? (size_t)(le - l) : strlen(l);
        notes_add_line(to, l, len, from->line[i], from->col[i]);
        l += len + (le != NULL);
    }
    sn_buf_free(&from->text);
    free(from->line);
    free(from->col);
    memset(from, 0, sizeof *from);
}

/* Does the line [t, e) open a class or def? */
static int opens_definition(const char *t, const char *e)
{
    static const char *const words[] = {"def ", "class ", "async def "};
    for (size_t i = 0; i < 3; i++) {
        size_t k = strlen(words[i]);
        if ((size_t)(e - t) > k && memcmp(t, words[i], k) == 0) return 1;
    }
    return 0;
}

/* A definition's header starting at the line `s`: where the line after it
 * starts and its last line, or NULL when the header does not end in `:`
 * (a one-line body) or never ends. */
static const char *definition_header(py_lexer *lx, const char *s, const char *end, int line,
                                     int *last_line)
{
    int depth = 0;
    py_lexer probe = *lx;
    for (; s < end; line++) {
        const char *e = line_stop(s, end);
        const char *stop = scan_code(&probe, s, e, &depth);
        if (!probe.triple && depth == 0) {
            while (stop > s && (stop[-1] == ' ' || stop[-1] == '\t')) stop--;
            if (stop == s || stop[-1] != ':') return NULL;
            *last_line = line;
            return next_line(e, end);
        }
        s = next_line(e, end);
    }
    return NULL;
}

int split_script(const sn_source *src, int python, section_list *list, char **err)
{
    (void)err;
    py_lexer lx = {src->text, src->text + src->len, 0};
    notes_builder n = {0};
    int code_first = 0, code_last = 0;
    int deco_first = 0, before_deco = 0; /* decorators just above, and the code above them */
    int first_statement = 1;
    const char *s = src->text, *end = src->text + src->len;
    int line = 1;
    while (s < end) {
        const char *e = line_stop(s, end);
        const char *t = skip_blanks(s, e);
        int shebang = line == 1 && e - t >= 2 && t[0] == '#' && t[1] == '!';
        if (!lx.triple && t < e && *t == '#' && !shebang) {
            /* A run of `#` lines: has it any text? */
            int text = 0;
            const char *r = s;
            while (r < end && !text) {
                const char *re = line_stop(r, end), *rt = skip_blanks(r, re);
                if (!(rt < re && *rt == '#')) break;
                text = !is_blank(rt + 1, re);
                r = next_line(r, end);
            }
            if (code_first || !text) { /* after code, or a bare `#`: a new section */
                finish_section(list, &n, code_first, code_last);
                code_first = code_last = 0;
            } else if (n.lines) { /* notes after notes: one paragraph break */
                notes_add_line(&n, "", 0, line, 1);
            }
            for (; s < end; line++) {
                e = line_stop(s, end);
                t = skip_blanks(s, e);
                if (!(t < e && *t == '#')) break;
                t++;
                if (t < e && *t == ' ') t++;
                const char *stop = e;
                while (stop > t && (stop[-1] == ' ' || stop[-1] == '\t')) stop--;
                if (text) notes_add_line(&n, t, (size_t)(stop - t), line, column_of(s, t));
                s = next_line(s, end);
            }
            deco_first = 0;
            continue;
        }
        if (python && !lx.triple && first_statement && t < e && !shebang) {
            /* The module docstring: notes, like a comment. */
            first_statement = 0;
            notes_builder doc = {0};
            const char *after = take_docstring(&doc, s, t, end, line);
            if (after) {
                if (code_first) {
                    finish_section(list, &n, code_first, code_last);
                    code_first = code_last = 0;
                } else if (n.lines) {
                    notes_add_line(&n, "", 0, line, 1);
                }
                append_notes(&n, &doc);
                for (const char *p = s; p < after; p++) line += *p == '\n';
                if (after == end && end > s && end[-1] != '\n') line++;
                s = after;
                continue;
            }
            sn_buf_free(&doc.text);
            free(doc.line);
            free(doc.col);
        }
        if (python && !lx.triple && opens_definition(t, e)) {
            int last;
            const char *body = definition_header(&lx, s, end, line, &last);
            const char *d = body;
            int dline = last + 1;
            while (d && d < end && is_blank(d, line_stop(d, end))) d = next_line(d, end), dline++;
            notes_builder doc = {0};
            const char *after = d && d < end ? take_docstring(&doc, d, skip_blanks(d, line_stop(d, end)), end, dline) : NULL;
            if (after) {
                int first = deco_first ? deco_first : line;
                int prev_last = deco_first ? before_deco : code_last;
                if (code_first && prev_last >= code_first)
                    finish_section(list, &n, code_first, prev_last);
                else
                    finish_section(list, &n, 0, 0);
                n = doc;
                finish_section(list, &n, first, last);
                code_first = code_last = 0;
                for (const char *p = s; p < after; p++) line += *p == '\n';
                if (after == end && end > s && end[-1] != '\n') line++;
                s = after;
                deco_first = 0;
                continue;
            }
            sn_buf_free(&doc.text);
            free(doc.line);
            free(doc.col);
        }
        /* A line of code. */
        if (t < e || lx.triple) {
            if (python && !lx.triple && *t == '@') {
                if (!deco_first) deco_first = line, before_deco = code_last;
            } else {
                deco_first = 0;
            }
            if (!code_first) code_first = line;
            code_last = line;
            if (!shebang) first_statement = 0;
        }
        int depth = 0;
        if (python) scan_code(&lx, s, e, &depth);
        s = next_line(s, end);
        line++;
    }
    finish_section(list, &n, code_first, code_last);
    return 0;
}
