/* texmath_scan.c — see texmath_scan.h: one pass over the Markdown,
 * skipping what is not prose (fenced code, code spans, backslash escapes)
 * and recording each `$` or `$$` span it meets. */
#include "texmath_scan.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>

/* Moves the known position forward to byte `to` (never backward). */
void texmath_position_advance(position *p, size_t to)
{
    for (; p->at < to; p->at++) {
        unsigned char c = (unsigned char)p->s[p->at];
        if (sn_is_eol(p->s, p->len, p->at)) {
            p->line++;
            p->col = 1;
        } else if ((c & 0xC0) != 0x80 && c != '\r') {
            p->col++; /* a character starts here, not a continuation byte */
        }
    }
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Is the line starting at byte i blank (only spaces and tabs)? */
static int blank_line_at(const char *s, size_t len, size_t i)
{
    for (; i < len && !sn_is_eol(s, len, i); i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
    return 1;
}

/* Just past the line holding byte i: the start of the next line, or len. */
static size_t next_line(const char *s, size_t len, size_t i)
{
    while (i < len && !sn_is_eol(s, len, i)) i++;
    return i < len ? i + 1 : len;
}

/* A fence line: optional indentation and block quote markers (a `>`
 * always starts a quote, and cmark-gfm then sees the fence in it), then
 * three or more ` or ~. Returns the run's length and sets *mark, or 0. */
static size_t fence_at(const char *s, size_t len, size_t i, char *mark)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '>')) i++;
    if (i >= len || (s[i] != '`' && s[i] != '~')) return 0;
    size_t n = 0;
    while (i + n < len && s[i + n] == s[i]) n++;
    if (n < 3) return 0;
    *mark = s[i];
    return n;
}

/* ------------------------------------------------------------------------
 * What the scanner knows of the Markdown blocks. Math is found first and
 * never makes structure (it is protected before Markdown runs); inline math
 * and code spans end with their paragraph, and on the first pass a paragraph
 * ends at a blank line and a fence line starts code, as a reader would
 * guess. The scan is then checked against cmark-gfm's parse of the
 * protected text: a code span the scanner took across a block start
 * (cmark-gfm ends a paragraph at a list item, a heading, a blank line inside
 * a block quote), or math inside what cmark-gfm calls code (an indented code
 * block), and the scan runs again with those backticks as plain text
 * (`not_open`) and cmark-gfm's code blocks (`zones`), until both agree. One
 * source of truth, then: the Markdown parser's blocks. */


void texmath_ranges_add(ranges *r, size_t start, size_t end)
{
    if (r->count == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 16;
        r->items = sn_xrealloc(r->items, r->cap * sizeof *r->items);
    }
    r->items[r->count++] = (range){start, end};
}


int texmath_listed(const size_t *list, size_t n, size_t at)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (list[mid] < at) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && list[lo] == at;
}

/* Does the line starting at byte i open an ATX heading: up to three
 * spaces, one to six `#`, then a blank or the line's end? */
static int atx_heading_at(const char *s, size_t len, size_t i)
{
    for (int k = 0; k < 3 && i < len && s[i] == ' '; k++) i++;
    size_t n = 0;
    while (i + n < len && s[i + n] == '#') n++;
    if (n < 1 || n > 6) return 0;
    i += n;
    return i == len || s[i] == ' ' || s[i] == '\t' || sn_is_eol(s, len, i);
}

/* Is the line starting at byte i a setext underline: up to three spaces,
 * a run of `=` or of `-`, then blanks? After a paragraph's line, cmark-gfm
 * makes that paragraph a heading, which ends there. */
static int setext_underline_at(const char *s, size_t len, size_t i)
{
    for (int k = 0; k < 3 && i < len && s[i] == ' '; k++) i++;
    if (i >= len || (s[i] != '=' && s[i] != '-')) return 0;
    char mark = s[i];
    while (i < len && s[i] == mark) i++;
    while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
    return i == len || sn_is_eol(s, len, i);
}

/* Block quote markers. cmark-gfm reads a line of a block quote without
 * its `>` markers, and so does the scan (the finder lists them, from
 * cmark-gfm's block quotes, in `prefixes`): the translation tools write a
 * quote's further lines with markers of their own (`> ` for `>`), which
 * must not change the math. That holds for math and code opened inside
 * the quote, at byte `from` or later: a formula opened before the quote
 * hides its first line (math makes no structure), and must not end there
 * on a later pass that saw the quote. Where the line starting at byte i
 * has its content, for what opened at `from`: past its markers. */
typedef struct {
    const ranges *prefixes;
    const size_t *quote_at;
    size_t from;
    int quoted; /* a line after the opener's starts a block quote */
} markers;

static size_t content_start(const markers *m, size_t i)
{
    const ranges *prefixes = m->prefixes;
    if (!prefixes) return i;
    size_t lo = 0, hi = prefixes->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (prefixes->items[mid].start < i) lo = mid + 1;
        else hi = mid;
    }
    return lo < prefixes->count && prefixes->items[lo].start == i && m->quote_at[lo] <= m->from
               ? prefixes->items[lo].end
               : i;
}

/* Is byte j the first of its line's content, just after its markers?
 * What comes before it is then a line end, for cmark-gfm. */
static int after_markers(const markers *m, size_t j)
{
    const ranges *prefixes = m->prefixes;
    if (!prefixes) return 0;
    size_t lo = 0, hi = prefixes->count;
    while (lo < hi) { /* the first prefix ending at or after j */
        size_t mid = lo + (hi - lo) / 2;
        if (prefixes->items[mid].end < j) lo = mid + 1;
        else hi = mid;
    }
    return lo < prefixes->count && prefixes->items[lo].end == j && prefixes->items[lo].start < j &&
           m->quote_at[lo] <= m->from;
}

/* Does the line starting at byte i start a block quote: up to three
 * spaces, then `>`? */
static int quote_line_at(const char *s, size_t len, size_t i)
{
    for (int k = 0; k < 3 && i < len && s[i] == ' '; k++) i++;
    return i < len && s[i] == '>';
}

/* Does the paragraph end at the line end at byte i? At a blank line, at
 * an ATX heading, which cmark-gfm lets interrupt any paragraph (a `$` or a
 * backtick before it cannot pair with one on the heading's line), and at a
 * setext underline, which holds neither and ends the heading above it.
 * (A list item interrupts a paragraph too, but a formula may wrap onto a
 * line starting with `- `: math is protected before Markdown runs.) Both
 * are judged on the line's content, past its block quote markers. An
 * underline after a line that starts a block quote, past the opener's
 * line, the underline itself outside the quote, is no underline but a
 * lazy line of the quote's paragraph to cmark-gfm (the translation tools
 * join such lines into one): the paragraph goes on. (A quote the opener
 * stands in is not one: the translation writes its lazy lines with
 * markers, and there the line is an underline.) */
static int paragraph_ends(const char *s, size_t len, size_t i, markers *m)
{
    size_t line = s[i] == '\r' && i + 1 < len && s[i + 1] == '\n' ? i + 2 : i + 1;
    size_t next = content_start(m, line);
    if (blank_line_at(s, len, next) || atx_heading_at(s, len, next)) return 1;
    if (setext_underline_at(s, len, next)) return !m->quoted || next != line;
    if (quote_line_at(s, len, next)) m->quoted = 1;
    return 0;
}

/* The scan's memory of what failed: an opener that found no closer before
 * its paragraph ended tells every later opener of the same kind before that
 * end that it will fail too (a closer's validity does not depend on where
 * the scan started), which keeps the scan linear in the text's length. */
typedef struct {
    size_t inline_until;  /* inline math opened before this fails */
    size_t *code_until;   /* [n]: a code span of n backticks opened before fails */
    size_t code_cap;
} failures;

/* Where the code span whose opening run of `n` backticks ends at byte i
 * closes (just past the closing run), or 0 when it does not close before
 * the paragraph ends. */
static size_t code_span_end(const char *s, size_t len, size_t i, size_t n, failures *f,
                            const layout *lay)
{
    markers m = {lay->prefixes, lay->quote_at, i, 0};
    if (n < f->code_cap && i < f->code_until[n]) return 0;
    size_t from = i;
    while (i < len) {
        if (sn_is_eol(s, len, i) && paragraph_ends(s, len, i, &m)) break;
        if (s[i] != '`') {
            i++;
            continue;
        }
        size_t run = 0;
        while (i + run < len && s[i + run] == '`') run++;
        if (run == n) return i + run;
        i += run;
    }
    if (n >= f->code_cap) {
        size_t cap = n + 1 > 2 * f->code_cap ? n + 1 : 2 * f->code_cap;
        f->code_until = sn_xrealloc(f->code_until, cap * sizeof *f->code_until);
        memset(f->code_until + f->code_cap, 0, (cap - f->code_cap) * sizeof *f->code_until);
        f->code_cap = cap;
    }
    f->code_until[n] = i > from ? i : from;
    return 0;
}

/* Where the inline math opened at byte i (the `$`) closes: the index of
 * the closing `$`, or 0. */
static size_t inline_math_end(const char *s, size_t len, size_t i, failures *f,
                              const layout *lay)
{
    markers m = {lay->prefixes, lay->quote_at, i, 0};
    if (i < f->inline_until) return 0;
    size_t j;
    for (j = i + 1; j < len; j++) {
        if (sn_is_eol(s, len, j) && paragraph_ends(s, len, j, &m)) break;
        if (s[j] == '\\') {
            if (j + 1 < len && !sn_is_eol(s, len, j + 1)) j++;
        } else if (s[j] == '$' && !is_space(s[j - 1]) && !after_markers(&m, j) &&
                   !(j + 1 < len && s[j + 1] >= '0' && s[j + 1] <= '9')) {
            return j;
        }
    }
    f->inline_until = j;
    return 0;
}

/* The index of the `$$` closing display math that opened at byte i, or 0. */
static size_t display_math_end(const char *s, size_t len, size_t i)
{
    for (size_t j = i + 2; j + 1 < len; j++) {
        if (s[j] == '\\') j++;
        else if (s[j] == '$' && s[j + 1] == '$') return j;
    }
    return 0;
}

static void add_span(sn_math_list *list, size_t *cap, sn_math_span span)
{
    if (list->count == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        list->spans = sn_xrealloc(list->spans, *cap * sizeof *list->spans);
    }
    list->spans[list->count++] = span;
}

/* The reserved characters are refused wherever they stand, code included:
 * a placeholder the author wrote would be taken for one of ours. */
int texmath_find_reserved(const char *s, size_t len, sn_error *err)
{
    for (const char *p = s; (p = memchr(p, '\xEE', len - (size_t)(p - s))) != NULL; p++) {
        if ((size_t)(s + len - p) < 3 || p[1] != '\x80' || (p[2] != '\x80' && p[2] != '\x81'))
            continue;
        position pos = {s, len, 0, 1, 1};
        texmath_position_advance(&pos, (size_t)(p - s));
        sn_error_set(err, NULL, pos.line, pos.col, "the character U+E00%c is reserved for "
                                "the generator's placeholders", p[2] == '\x80' ? '0' : '1');
        return -1;
    }
    return 0;
}

/* One pass of the scanner under `lay`. Its code spans are recorded in
 * `code` (the check against cmark-gfm needs them), and the fenced code it
 * found in `fences`. */
int texmath_scan(const char *s, size_t len, const layout *lay, sn_math_list *out, ranges *code,
                ranges *fences)
{
    position pos = {s, len, 0, 1, 1};
    failures f = {0, NULL, 0};
    size_t cap = 0, zone = 0;
    char fence_mark = 0;
    size_t fence_len = 0, fence_start = 0; /* fence_len non-zero inside fenced code */
    out->spans = NULL;
    out->count = 0;
    out->unclosed = NULL;
    out->nunclosed = 0;

    size_t i = 0;
    while (i < len) {
        if (i == 0 || sn_is_eol(s, len, i - 1)) {
            if (lay->zones) {
                while (zone < lay->zones->count && lay->zones->items[zone].start < i) zone++;
                if (zone < lay->zones->count && lay->zones->items[zone].start == i) {
                    i = lay->zones->items[zone++].end;
                    continue;
                }
            } else {
                char mark;
                size_t run = fence_at(s, len, i, &mark);
                if (fence_len) {
                    if (run >= fence_len && mark == fence_mark) {
                        fence_len = 0;
                        texmath_ranges_add(fences, fence_start, next_line(s, len, i));
                    }
                    i = next_line(s, len, i);
                    continue;
                }
                if (run) {
                    fence_mark = mark;
                    fence_len = run;
                    fence_start = i;
                    i = next_line(s, len, i);
                    continue;
                }
            }
        }
        char c = s[i];
        if (c == '\\') {
            i += 2;
        } else if (c == '`') {
            size_t n = 0;
            while (i + n < len && s[i + n] == '`') n++;
            size_t end = texmath_listed(lay->not_open, lay->nnot_open, i) ? 0 : code_span_end(s, len, i + n, n, &f, lay);
            if (end) texmath_ranges_add(code, i, end);
            i = end ? end : i + n;
        } else if (c == '$' && texmath_listed(lay->not_math, lay->nnot_math, i)) {
            i += i + 1 < len && s[i + 1] == '$' ? 2 : 1; /* plain dollars */
        } else if (c == '$' && i + 1 < len && s[i + 1] == '$') {
            size_t close = display_math_end(s, len, i);
            texmath_position_advance(&pos, i);
            if (!close) { /* two dollar signs */
                out->unclosed = sn_xrealloc(out->unclosed, (out->nunclosed + 1) * sizeof *out->unclosed);
                out->unclosed[out->nunclosed++] = (sn_math_place){pos.line, pos.col};
                i += 2;
                continue;
            }
            add_span(out, &cap, (sn_math_span){i, close + 2, i + 2, close, 1, pos.line, pos.col});
            i = close + 2;
        } else if (c == '$' && i + 1 < len && !is_space(s[i + 1])) {
            size_t close = inline_math_end(s, len, i, &f, lay);
            if (close) {
                texmath_position_advance(&pos, i);
                add_span(out, &cap, (sn_math_span){i, close + 1, i + 1, close, 0, pos.line, pos.col});
                i = close + 1;
            } else {
                i++;
            }
        } else {
            i++;
        }
    }
    if (fence_len) texmath_ranges_add(fences, fence_start, len);
    free(f.code_until);
    return 0;
}

