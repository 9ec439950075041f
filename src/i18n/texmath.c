/* texmath.c — see texmath.h for the rules. One pass over the Markdown, skipping
 * what is not prose (fenced code, code spans, backslash escapes) and
 * recording each `$` or `$$` span it meets. */
#include "texmath.h"

#include "buf.h"
#include "po_markdown.h"

#include <cmark-gfm.h>
#include <stdio.h>

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *s;
    size_t len;
    size_t at; /* position[line, col] is known for byte `at` */
    int line, col;
} position;

/* Is byte i a line end? cmark-gfm ends a line at "\n", "\r\n" and a lone
 * "\r"; read.c turns the last two into "\n", but the scanner is public and
 * must agree with cmark-gfm on any text. */
static int is_eol(const char *s, size_t len, size_t i)
{
    return s[i] == '\n' || (s[i] == '\r' && !(i + 1 < len && s[i + 1] == '\n'));
}

/* Moves the known position forward to byte `to` (never backward). */
static void position_advance(position *p, size_t to)
{
    for (; p->at < to; p->at++) {
        unsigned char c = (unsigned char)p->s[p->at];
        if (is_eol(p->s, p->len, p->at)) {
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
    for (; i < len && !is_eol(s, len, i); i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
    return 1;
}

/* Just past the line holding byte i: the start of the next line, or len. */
static size_t next_line(const char *s, size_t len, size_t i)
{
    while (i < len && !is_eol(s, len, i)) i++;
    return i < len ? i + 1 : len;
}

/* A fence line: optional indentation, then three or more ` or ~. Returns
 * the run's length and sets *mark, or 0. */
static size_t fence_at(const char *s, size_t len, size_t i, char *mark)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
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

typedef struct {
    size_t start, end;
} range;

typedef struct {
    range *items;
    size_t count, cap;
} ranges;

static void ranges_add(ranges *r, size_t start, size_t end)
{
    if (r->count == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 16;
        r->items = sn_xrealloc(r->items, r->cap * sizeof *r->items);
    }
    r->items[r->count++] = (range){start, end};
}

typedef struct {
    const size_t *not_open; /* sorted: backtick runs that open no code span */
    size_t nnot_open;
    const ranges *zones;    /* NULL: find fenced code by its fence lines */
} layout;

static int opens_no_span(const layout *lay, size_t at)
{
    size_t lo = 0, hi = lay->nnot_open;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (lay->not_open[mid] < at) lo = mid + 1;
        else hi = mid;
    }
    return lo < lay->nnot_open && lay->not_open[lo] == at;
}

/* Does the paragraph end at the line end at byte i? */
static int paragraph_ends(const char *s, size_t len, size_t i)
{
    size_t next = s[i] == '\r' && i + 1 < len && s[i + 1] == '\n' ? i + 2 : i + 1;
    return blank_line_at(s, len, next);
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
static size_t code_span_end(const char *s, size_t len, size_t i, size_t n, failures *f)
{
    if (n < f->code_cap && i < f->code_until[n]) return 0;
    size_t from = i;
    while (i < len) {
        if (is_eol(s, len, i) && paragraph_ends(s, len, i)) break;
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
static size_t inline_math_end(const char *s, size_t len, size_t i, failures *f)
{
    if (i < f->inline_until) return 0;
    size_t j;
    for (j = i + 1; j < len; j++) {
        if (is_eol(s, len, j) && paragraph_ends(s, len, j)) break;
        if (s[j] == '\\') {
            if (j + 1 < len && !is_eol(s, len, j + 1)) j++;
        } else if (s[j] == '$' && !is_space(s[j - 1]) &&
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
static int find_reserved(const char *s, size_t len, sn_error *err)
{
    for (const char *p = s; (p = memchr(p, '\xEE', len - (size_t)(p - s))) != NULL; p++) {
        if ((size_t)(s + len - p) < 3 || p[1] != '\x80' || (p[2] != '\x80' && p[2] != '\x81'))
            continue;
        position pos = {s, len, 0, 1, 1};
        position_advance(&pos, (size_t)(p - s));
        sn_error_set(err, NULL, pos.line, pos.col, "the character U+E00%c is reserved for "
                                "the generator's placeholders", p[2] == '\x80' ? '0' : '1');
        return -1;
    }
    return 0;
}

/* One pass of the scanner under `lay`. Code spans that run over a line end
 * are recorded in `code` (the check against cmark-gfm needs them), and the
 * fenced code it found in `fences`. */
static int scan(const char *s, size_t len, const layout *lay, sn_math_list *out, ranges *code,
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
        if (i == 0 || is_eol(s, len, i - 1)) {
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
                        ranges_add(fences, fence_start, next_line(s, len, i));
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
            size_t end = opens_no_span(lay, i) ? 0 : code_span_end(s, len, i + n, n, &f);
            if (end && memchr(s + i, '\n', end - i)) ranges_add(code, i, end);
            else if (end && memchr(s + i, '\r', end - i)) ranges_add(code, i, end);
            i = end ? end : i + n;
        } else if (c == '$' && i + 1 < len && s[i + 1] == '$') {
            size_t close = display_math_end(s, len, i);
            position_advance(&pos, i);
            if (!close) { /* two dollar signs */
                out->unclosed = sn_xrealloc(out->unclosed, (out->nunclosed + 1) * sizeof *out->unclosed);
                out->unclosed[out->nunclosed++] = (sn_math_place){pos.line, pos.col};
                i += 2;
                continue;
            }
            add_span(out, &cap, (sn_math_span){i, close + 2, i + 2, close, 1, pos.line, pos.col});
            i = close + 2;
        } else if (c == '$' && i + 1 < len && !is_space(s[i + 1])) {
            size_t close = inline_math_end(s, len, i, &f);
            if (close) {
                position_advance(&pos, i);
                add_span(out, &cap, (sn_math_span){i, close + 1, i + 1, close, 0, pos.line, pos.col});
                i = close + 1;
            } else {
                i++;
            }
        } else {
            i++;
        }
    }
    if (fence_len) ranges_add(fences, fence_start, len);
    free(f.code_until);
    return 0;
}

/* ------------------------------------------------------------------------
 * What cmark-gfm makes of the protected text, in bytes of the original.
 * Math is protected first, inline math too, and so never makes structure:
 * a formula wrapped so that a line starts with `- ` stays a formula. */

typedef struct {
    size_t *starts; /* sorted, unique: lines where a block starts */
    size_t nstarts;
    ranges code;    /* code blocks, whole lines */
} blocks;

/* Offsets of the protected text's placeholders, and its line starts. */
typedef struct {
    const sn_math_list *math;
    size_t *holder_at;   /* where placeholder k starts in the protected text */
    size_t *holder_end;
    size_t *line_starts; /* of the protected text; [lines] = its length */
    size_t lines;
    size_t len;          /* of the original */
} protected_map;

/* The byte of the original at byte `at` of the protected text: a position
 * inside a placeholder maps to its span's start. */
static size_t map_back(const protected_map *m, size_t at)
{
    size_t lo = 0, hi = m->math->count;
    while (lo < hi) { /* the first placeholder ending after `at` */
        size_t mid = lo + (hi - lo) / 2;
        if (m->holder_end[mid] <= at) lo = mid + 1;
        else hi = mid;
    }
    if (lo < m->math->count && m->holder_at[lo] <= at) return m->math->spans[lo].start;
    if (lo == 0) return at;
    size_t o = at - m->holder_end[lo - 1] + m->math->spans[lo - 1].end;
    return o > m->len ? m->len : o;
}

/* The original byte where protected line `line` (1-based) starts. */
static size_t line_start_back(const protected_map *m, int line)
{
    if (line < 1) line = 1;
    if ((size_t)line > m->lines) return m->len;
    return map_back(m, m->line_starts[line - 1]);
}

static int compare_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* The blocks of the protected text; its parse (made with `options`) kept
 * in *keep when it is given, otherwise freed. */
static void parse_blocks(const char *s, size_t len, const sn_math_list *math, blocks *out,
                         int options, sn_math_parse *keep)
{
    char *prot = sn_math_protect(s, len, math);
    size_t plen = strlen(prot);
    protected_map m = {math, sn_xmalloc((math->count + 1) * sizeof(size_t)),
                       sn_xmalloc((math->count + 1) * sizeof(size_t)), NULL, 0, len};
    size_t shift = 0; /* protected position minus original position */
    for (size_t k = 0; k < math->count; k++) {
        const sn_math_span *sp = &math->spans[k];
        char digits[32];
        size_t hlen = sizeof SN_MATH_MARK_OPEN - 1 + sizeof SN_MATH_MARK_CLOSE - 1 +
                      (size_t)snprintf(digits, sizeof digits, "%zu", k);
        m.holder_at[k] = sp->start + shift;
        m.holder_end[k] = m.holder_at[k] + hlen;
        shift = m.holder_end[k] - sp->end;
    }
    size_t cap = 64;
    m.line_starts = sn_xmalloc(cap * sizeof *m.line_starts);
    m.line_starts[m.lines++] = 0;
    for (size_t i = 0; i < plen; i++) {
        if (!is_eol(prot, plen, i)) continue;
        if (m.lines + 1 >= cap) m.line_starts = sn_xrealloc(m.line_starts, (cap *= 2) * sizeof *m.line_starts);
        m.line_starts[m.lines++] = i + 1;
    }

    cmark_parser *parser = sn_markdown_parser(options);
    cmark_parser_feed(parser, prot, plen);
    cmark_node *doc = cmark_parser_finish(parser);
    if (!doc) {
        fputs("sidenotes: out of memory\n", stderr);
        exit(70);
    }
    size_t scap = 64;
    out->starts = sn_xmalloc(scap * sizeof *out->starts);
    out->nstarts = 0;
    memset(&out->code, 0, sizeof out->code);
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type type = cmark_node_get_type(n);
        if (ev != CMARK_EVENT_ENTER || type == CMARK_NODE_DOCUMENT ||
            (type & CMARK_NODE_TYPE_MASK) != CMARK_NODE_TYPE_BLOCK)
            continue;
        int first = cmark_node_get_start_line(n), last = cmark_node_get_end_line(n);
        if (out->nstarts == scap) out->starts = sn_xrealloc(out->starts, (scap *= 2) * sizeof *out->starts);
        out->starts[out->nstarts++] = line_start_back(&m, first);
        if (type == CMARK_NODE_CODE_BLOCK) {
            if (last < first) last = first;
            ranges_add(&out->code, line_start_back(&m, first), line_start_back(&m, last + 1));
        }
    }
    cmark_iter_free(it);
    if (keep) {
        keep->parser = parser;
        keep->doc = doc;
        keep->text = prot;
        keep->len = plen;
    } else {
        cmark_node_free(doc);
        cmark_parser_free(parser);
        free(prot);
    }
    qsort(out->starts, out->nstarts, sizeof *out->starts, compare_size);
    size_t u = 0;
    for (size_t k = 0; k < out->nstarts; k++)
        if (k == 0 || out->starts[k] != out->starts[u - 1]) out->starts[u++] = out->starts[k];
    out->nstarts = u;
    free(m.holder_at);
    free(m.holder_end);
    free(m.line_starts);
}

/* Does [start, end) hold a block start other than at its own start? */
static int crosses(const blocks *b, size_t start, size_t end)
{
    size_t lo = 0, hi = b->nstarts;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (b->starts[mid] <= start) lo = mid + 1;
        else hi = mid;
    }
    return lo < b->nstarts && b->starts[lo] < end;
}

static int same_ranges(const ranges *a, const ranges *b)
{
    if (a->count != b->count) return 0;
    for (size_t k = 0; k < a->count; k++)
        if (a->items[k].start != b->items[k].start || a->items[k].end != b->items[k].end) return 0;
    return 1;
}

/* Does the scan under `lay` agree with cmark-gfm's blocks `b`? Returns the
 * first byte where they differ, or (size_t)-1; adds to `crossing` the code
 * spans that run over a block start. */
static size_t disagreement(const sn_math_list *math, const ranges *code, const ranges *fences,
                           const layout *lay, const blocks *b, ranges *crossing)
{
    size_t at = (size_t)-1;
    for (size_t k = 0; k < code->count; k++) {
        if (!crosses(b, code->items[k].start, code->items[k].end)) continue;
        ranges_add(crossing, code->items[k].start, code->items[k].end);
        if (code->items[k].start < at) at = code->items[k].start;
    }
    /* Math inside a code block, or code fenced where cmark-gfm sees none. */
    size_t z = 0;
    for (size_t k = 0; k < math->count && z < b->code.count; k++) {
        while (z < b->code.count && b->code.items[z].end <= math->spans[k].start) z++;
        if (z < b->code.count && b->code.items[z].start < math->spans[k].end &&
            math->spans[k].start < at)
            at = math->spans[k].start;
    }
    const ranges *used = lay->zones ? lay->zones : fences;
    if (!same_ranges(used, &b->code)) {
        /* Fences the scanner found must be code blocks of cmark-gfm's;
         * an indented code block it cannot know is fine when no math is
         * in it (checked above). */
        size_t j = 0;
        for (size_t k = 0; k < used->count; k++) {
            while (j < b->code.count && b->code.items[j].start < used->items[k].start) j++;
            if (j == b->code.count || b->code.items[j].start != used->items[k].start ||
                b->code.items[j].end != used->items[k].end) {
                if (used->items[k].start < at) at = used->items[k].start;
                break;
            }
        }
    }
    return at;
}

enum { MAX_PASSES = 8 };

int sn_math_check_reserved(const char *md, size_t len, sn_error *err)
{
    *err = (sn_error){0};
    return find_reserved(md, len, err);
}

void sn_math_parse_free(sn_math_parse *parse)
{
    if (parse->doc) cmark_node_free(parse->doc);
    if (parse->parser) cmark_parser_free(parse->parser);
    free(parse->text);
    *parse = (sn_math_parse){0};
}

int sn_math_find(const char *s, size_t len, sn_math_list *out, sn_error *err)
{
    return sn_math_find_parsed(s, len, CMARK_OPT_DEFAULT, out, err, NULL);
}

int sn_math_find_parsed(const char *s, size_t len, int options, sn_math_list *out, sn_error *err,
                        sn_math_parse *parse)
{
    if (parse) *parse = (sn_math_parse){0};
    out->spans = NULL;
    out->count = 0;
    out->unclosed = NULL;
    out->nunclosed = 0;
    *err = (sn_error){0};
    if (find_reserved(s, len, err) != 0) return -1;

    size_t *not_open = NULL, nnot_open = 0;
    ranges zones = {0}, *use_zones = NULL;
    int rc = -1;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
        layout lay = {not_open, nnot_open, use_zones};
        ranges code = {0}, fences = {0}, crossing = {0};
        sn_math_list_free(out);
        if (scan(s, len, &lay, out, &code, &fences) != 0) {
            free(code.items);
            free(fences.items);
            break;
        }
        blocks b;
        sn_math_parse kept = {0};
        parse_blocks(s, len, out, &b, options, parse ? &kept : NULL);
        size_t at = disagreement(out, &code, &fences, &lay, &b, &crossing);
        if (at == (size_t)-1 && parse) *parse = kept; /* the final pass's */
        else sn_math_parse_free(&kept);
        free(code.items);
        free(fences.items);
        free(b.starts);
        if (at == (size_t)-1) {
            free(b.code.items);
            free(crossing.items);
            rc = 0;
            break;
        }
        if (pass + 1 == MAX_PASSES) {
            position pos = {s, len, 0, 1, 1};
            position_advance(&pos, at);
            sn_error_set(err, NULL, pos.line, pos.col, "math and Markdown blocks do not agree here "
                                    "(write \\$ for a dollar sign, or a blank line "
                                    "between blocks)");
        }
        /* Again: the backticks of the crossing code spans open nothing,
         * and cmark-gfm's code blocks are the code. */
        not_open = sn_xrealloc(not_open, (nnot_open + crossing.count + 1) * sizeof *not_open);
        for (size_t k = 0; k < crossing.count; k++) not_open[nnot_open++] = crossing.items[k].start;
        qsort(not_open, nnot_open, sizeof *not_open, compare_size);
        free(crossing.items);
        free(zones.items);
        zones = b.code;
        use_zones = &zones;
    }
    free(not_open);
    free(zones.items);
    if (rc != 0) sn_math_list_free(out);
    return rc;
}

void sn_math_list_free(sn_math_list *list)
{
    free(list->spans);
    free(list->unclosed);
    list->spans = NULL;
    list->count = 0;
    list->unclosed = NULL;
    list->nunclosed = 0;
}

char *sn_math_protect(const char *md, size_t len, const sn_math_list *list)
{
    sn_buf b = {0};
    size_t done = 0;
    for (size_t k = 0; k < list->count; k++) {
        const sn_math_span *m = &list->spans[k];
        sn_buf_add(&b, md + done, m->start - done);
        sn_buf_printf(&b, SN_MATH_MARK_OPEN "%zu" SN_MATH_MARK_CLOSE, k);
        done = m->end;
    }
    sn_buf_add(&b, md + done, len - done);
    return sn_buf_take(&b);
}

char *sn_math_restore(const char *text, size_t len, size_t count,
                      sn_math_replacement replace, void *ctx, size_t *bad)
{
    const size_t open_len = sizeof SN_MATH_MARK_OPEN - 1;
    const size_t close_len = sizeof SN_MATH_MARK_CLOSE - 1;
    unsigned char *seen = sn_xcalloc(count ? count : 1, 1);
    sn_buf b = {0};
    size_t done = 0, i = 0;
    *bad = count;
    while (i + open_len <= len) {
        if (memcmp(text + i, SN_MATH_MARK_OPEN, open_len) != 0) {
            i++;
            continue;
        }
        size_t j = i + open_len, index = 0, digits = 0;
        while (j < len && text[j] >= '0' && text[j] <= '9' && digits < 9) {
            index = index * 10 + (size_t)(text[j] - '0');
            j++, digits++;
        }
        if (!digits || j + close_len > len ||
            memcmp(text + j, SN_MATH_MARK_CLOSE, close_len) != 0 || index >= count ||
            seen[index]) {
            if (digits && index < count) *bad = index;
            goto fail;
        }
        seen[index] = 1;
        size_t n;
        const char *with = replace(ctx, index, &n);
        sn_buf_add(&b, text + done, i - done);
        sn_buf_add(&b, with, n);
        i = done = j + close_len;
    }
    for (size_t k = 0; k < count; k++) {
        if (!seen[k]) {
            *bad = k;
            goto fail;
        }
    }
    sn_buf_add(&b, text + done, len - done);
    free(seen);
    return sn_buf_take(&b);
fail:
    free(seen);
    sn_buf_free(&b);
    return NULL;
}

const char *sn_math_original(void *source, size_t index, size_t *len)
{
    const sn_math_source *src = source;
    const sn_math_span *m = &src->list->spans[index];
    *len = m->end - m->start;
    return src->md + m->start;
}
