/* texmath_find.c — sn_math_find (texmath.h): the scanner's spans checked
 * against cmark-gfm's parse of the protected text, and the scan run again
 * until both agree. */
#include "texmath_scan.h"

#include "buf.h"
#include "po_markdown.h"

#include <cmark-gfm.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * What cmark-gfm makes of the protected text, in bytes of the original.
 * Math is protected first, inline math too, and so never makes structure:
 * a formula wrapped so that a line starts with `- ` stays a formula. */

typedef struct {
    size_t *starts; /* sorted, unique: lines where a block starts */
    size_t nstarts;
    ranges code;    /* code blocks, whole lines */
    size_t *dollars; /* per inline code span holding a `$`, in order: how many */
    size_t ndollars, dollars_cap;
    size_t *in_code; /* the placeholders inside code spans */
    size_t *in_code_span; /* per placeholder there: which code span, counted */
    size_t nin_code, in_code_cap, ncode_spans;
    ranges prefixes; /* each line's block quote markers (texmath_scan.h) */
    size_t *quote_at; /* per prefix: where its innermost quote starts */
} blocks;

static void blocks_free(blocks *b)
{
    free(b->starts);
    free(b->code.items);
    free(b->dollars);
    free(b->in_code);
    free(b->in_code_span);
    free(b->prefixes.items);
    free(b->quote_at);
    memset(b, 0, sizeof *b);
}

/* The block quote markers of each line of s that stands in a block quote:
 * `quotes` are cmark-gfm's block quotes (whole lines, in the order of the
 * tree, so a quote comes before the quotes inside it). A line `depth`
 * quotes deep loses up to `depth` markers, each up to three spaces, `>`
 * and one space or tab, as cmark-gfm reads it; a lazy line, none. Lines
 * inside a formula count: the formula's placeholder stands on the quote's
 * line. Linear in len and the number of quotes. */
static void quote_prefixes(const char *s, size_t len, const ranges *quotes, ranges *out,
                           size_t **quote_at)
{
    *quote_at = NULL;
    if (!quotes->count) return;
    range *open = sn_xmalloc(quotes->count * sizeof *open); /* the quotes around */
    size_t depth = 0, q = 0, cap = 0;
    for (size_t line = 0; line < len;) {
        for (; q < quotes->count && quotes->items[q].start <= line; q++) {
            while (depth && open[depth - 1].end <= quotes->items[q].start) depth--;
            if (quotes->items[q].end > line) open[depth++] = quotes->items[q];
        }
        while (depth && open[depth - 1].end <= line) depth--;
        size_t i = line;
        for (size_t d = 0; d < depth; d++) {
            size_t j = i;
            while (j < len && j - i < 3 && s[j] == ' ') j++;
            if (j >= len || s[j] != '>') break;
            i = j + 1;
            if (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
        }
        if (i > line) {
            texmath_ranges_add(out, line, i);
            if (out->count > cap) *quote_at = sn_xrealloc(*quote_at, (cap = out->cap) * sizeof **quote_at);
            (*quote_at)[out->count - 1] = open[depth - 1].start;
        }
        while (i < len && !sn_is_eol(s, len, i)) i++;
        line = i + 1;
    }
    free(open);
}

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

/* The length of k written in decimal, as in a placeholder. */
static size_t decimal_digits(size_t k)
{
    size_t n = 1;
    for (; k >= 10; k /= 10) n++;
    return n;
}

/* An inline code span of cmark-gfm's, its text `code`: the count of its
 * dollars, and a placeholder in it. */
static void note_code_span(blocks *out, const char *code)
{
    size_t n = 0;
    for (const char *p = code; (p = strchr(p, '$')) != NULL; p++) n++;
    if (n) {
        if (out->ndollars == out->dollars_cap) {
            out->dollars_cap = out->dollars_cap ? 2 * out->dollars_cap : 16;
            out->dollars = sn_xrealloc(out->dollars, out->dollars_cap * sizeof *out->dollars);
        }
        out->dollars[out->ndollars++] = n;
    }
    for (const char *mark = code; (mark = strstr(mark, SN_MATH_MARK_OPEN)) != NULL;) {
        mark += sizeof SN_MATH_MARK_OPEN - 1;
        if (out->nin_code == out->in_code_cap) {
            out->in_code_cap = out->in_code_cap ? 2 * out->in_code_cap : 16;
            out->in_code = sn_xrealloc(out->in_code, out->in_code_cap * sizeof *out->in_code);
            out->in_code_span = sn_xrealloc(out->in_code_span, out->in_code_cap * sizeof *out->in_code_span);
        }
        out->in_code_span[out->nin_code] = out->ncode_spans;
        out->in_code[out->nin_code++] = strtoul(mark, NULL, 10);
    }
    out->ncode_spans++;
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
        size_t hlen = sizeof SN_MATH_MARK_OPEN - 1 + sizeof SN_MATH_MARK_CLOSE - 1 + decimal_digits(k);
        m.holder_at[k] = sp->start + shift;
        m.holder_end[k] = m.holder_at[k] + hlen;
        shift = m.holder_end[k] - sp->end;
    }
    size_t cap = 64;
    m.line_starts = sn_xmalloc(cap * sizeof *m.line_starts);
    m.line_starts[m.lines++] = 0;
    for (size_t i = 0; i < plen; i++) {
        if (!sn_is_eol(prot, plen, i)) continue;
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
    out->dollars = NULL;
    out->ndollars = out->dollars_cap = 0;
    out->in_code = out->in_code_span = NULL;
    out->nin_code = out->in_code_cap = out->ncode_spans = 0;
    memset(&out->prefixes, 0, sizeof out->prefixes);
    out->quote_at = NULL;
    ranges quotes = {0};
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_CODE) {
            note_code_span(out, cmark_node_get_literal(n));
            continue;
        }
        if (ev != CMARK_EVENT_ENTER || type == CMARK_NODE_DOCUMENT ||
            (type & CMARK_NODE_TYPE_MASK) != CMARK_NODE_TYPE_BLOCK)
            continue;
        int first = cmark_node_get_start_line(n), last = cmark_node_get_end_line(n);
        if (out->nstarts == scap) out->starts = sn_xrealloc(out->starts, (scap *= 2) * sizeof *out->starts);
        out->starts[out->nstarts++] = line_start_back(&m, first);
        if (last < first) last = first;
        if (type == CMARK_NODE_CODE_BLOCK)
            texmath_ranges_add(&out->code, line_start_back(&m, first), line_start_back(&m, last + 1));
        else if (type == CMARK_NODE_BLOCK_QUOTE)
            texmath_ranges_add(&quotes, line_start_back(&m, first), line_start_back(&m, last + 1));
    }
    cmark_iter_free(it);
    quote_prefixes(s, len, &quotes, &out->prefixes, &out->quote_at);
    free(quotes.items);
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
    /* Blocks come in the order of the text, so their starts nearly always
     * are sorted already; the sort is for the odd tree that is not. */
    size_t sorted = 1;
    while (sorted < out->nstarts && out->starts[sorted - 1] <= out->starts[sorted]) sorted++;
    if (sorted < out->nstarts) qsort(out->starts, out->nstarts, sizeof *out->starts, compare_size);
    size_t u = 0;
    for (size_t k = 0; k < out->nstarts; k++)
        if (k == 0 || out->starts[k] != out->starts[u - 1]) out->starts[u++] = out->starts[k];
    out->nstarts = u;
    /* cmark-gfm reports a fenced code block left open in a block quote as
     * ending on the line after the quote, which may start a paragraph: a
     * code block ends where the next block starts. */
    for (size_t k = 0; k < out->code.count; k++) {
        range *c = &out->code.items[k];
        size_t lo = 0, hi = out->nstarts; /* the first block start after c's */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (out->starts[mid] <= c->start) lo = mid + 1;
            else hi = mid;
        }
        if (lo < out->nstarts && out->starts[lo] < c->end) c->end = out->starts[lo];
    }
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

/* The dollars in s[start, end). */
static size_t dollars_in(const char *s, size_t start, size_t end)
{
    size_t n = 0;
    for (const char *p = s + start; (p = memchr(p, '$', (size_t)(s + end - p))) != NULL; p++) n++;
    return n;
}

/* Adds the sorted block starts `add` to the sorted, unique `seen`. */
static void starts_merge(size_t **seen, size_t *nseen, const size_t *add, size_t nadd)
{
    size_t *m = sn_xmalloc((*nseen + nadd + 1) * sizeof *m);
    size_t i = 0, j = 0, n = 0;
    while (i < *nseen || j < nadd) {
        size_t v = j == nadd || (i < *nseen && (*seen)[i] <= add[j]) ? (*seen)[i++] : add[j++];
        if (!n || m[n - 1] != v) m[n++] = v;
    }
    free(*seen);
    *seen = m;
    *nseen = n;
}

/* Does s[0, n) hold a line end? */
static int has_line_end(const char *s, size_t n)
{
    return memchr(s, '\n', n) != NULL || memchr(s, '\r', n) != NULL;
}

/* Does the formula hide the start of a block that a parse of an earlier
 * pass saw (`seen`, sorted)? Math makes no structure, so such a formula
 * joins two blocks into one line. */
static int joins_blocks(const sn_math_span *f, const size_t *seen, size_t nseen)
{
    size_t lo = 0, hi = nseen; /* the first start after the formula's */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (seen[mid] <= f->start) lo = mid + 1;
        else hi = mid;
    }
    return lo < nseen && seen[lo] < f->end;
}

/* Does the scan under `lay` agree with cmark-gfm's blocks `b`? Returns the
 * first byte where they differ, or (size_t)-1; adds to `crossing` the code
 * spans that run over a block start or that cmark-gfm does not open, and to
 * `demoted` the formulas that stand in one of cmark-gfm's code spans. Of a
 * code span that holds a formula joining two blocks (or, before a parse saw
 * the blocks, one over a line end), only the first such formula: it may be
 * all that puts the backticks of both blocks into one span, and once it is
 * plain, the span ends with the first block and the other formulas may be
 * math (judged on the next pass). */
static size_t disagreement(const char *s, const sn_math_list *math, const ranges *code,
                           const ranges *fences, const layout *lay, const blocks *b,
                           const size_t *seen, size_t nseen, ranges *crossing, ranges *demoted)
{
    size_t at = (size_t)-1;
    for (size_t k = 0; k < code->count; k++) {
        if (!crosses(b, code->items[k].start, code->items[k].end)) continue;
        texmath_ranges_add(crossing, code->items[k].start, code->items[k].end);
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
    /* Inline code spans. cmark-gfm reports no reliable place for inlines,
     * so they are compared by their dollars, in order: each of the scan's
     * code spans that hides a dollar must be one of cmark-gfm's (a backtick
     * inside raw HTML or an autolink opens none), else its backticks are
     * text; and a formula that stands in one of cmark-gfm's (a code span
     * opened after such a backtick, or one that the formula itself closes
     * by taking out the line ends between two backticks) is plain dollars.
     * Judged once the blocks agree: a code span of the scan that crosses a
     * block start would take the place of another in the comparison. */
    if (at != (size_t)-1) return at;
    size_t j = 0;
    for (size_t k = 0; k < code->count; k++) {
        size_t n = dollars_in(s, code->items[k].start, code->items[k].end);
        if (!n) continue;
        while (j < b->ndollars && b->dollars[j] != n) j++;
        if (j < b->ndollars) {
            j++;
            continue;
        }
        texmath_ranges_add(crossing, code->items[k].start, code->items[k].end);
        if (code->items[k].start < at) at = code->items[k].start;
        break;
    }
    for (size_t k = 0, next; k < b->nin_code; k = next) {
        next = k; /* the formulas of one code span: [k, next) */
        while (next < b->nin_code && b->in_code_span[next] == b->in_code_span[k]) next++;
        size_t joining = next;
        for (size_t i = k; i < next && joining == next; i++)
            if (b->in_code[i] < math->count && joins_blocks(&math->spans[b->in_code[i]], seen, nseen))
                joining = i;
        /* No parse saw the blocks yet (the first pass's protected them):
         * a formula over a line end may join two. */
        for (size_t i = k; i < next && joining == next; i++) {
            const sn_math_span *f = b->in_code[i] < math->count ? &math->spans[b->in_code[i]] : NULL;
            if (f && has_line_end(s + f->start, f->end - f->start)) joining = i;
        }
        for (size_t i = k; i < next; i++) {
            if (b->in_code[i] >= math->count) continue; /* cannot be: ours */
            if (joining < next && i != joining) continue;
            const sn_math_span *formula = &math->spans[b->in_code[i]];
            texmath_ranges_add(demoted, formula->start, formula->end);
            if (formula->start < at) at = formula->start;
        }
    }
    return at;
}

enum { MAX_PASSES = 8 };

int sn_math_check_reserved(const char *md, size_t len, sn_error *err)
{
    *err = (sn_error){0};
    return texmath_find_reserved(md, len, err);
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

/* Do two scans protect the same text (the same spans)? */
static int same_spans(const sn_math_list *a, const sn_math_list *b)
{
    if (a->count != b->count) return 0;
    for (size_t k = 0; k < a->count; k++)
        if (a->spans[k].start != b->spans[k].start || a->spans[k].end != b->spans[k].end) return 0;
    return 1;
}

static ranges ranges_copy(const ranges *r)
{
    ranges c = {0};
    for (size_t k = 0; k < r->count; k++) texmath_ranges_add(&c, r->items[k].start, r->items[k].end);
    return c;
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
    if (texmath_find_reserved(s, len, err) != 0) return -1;

    size_t *not_open = NULL, nnot_open = 0, *not_math = NULL, nnot_math = 0;
    ranges zones = {0}, *use_zones = NULL, prefixes = {0};
    size_t *quote_at = NULL; /* per prefix, as in blocks */
    size_t *seen = NULL, nseen = 0; /* block starts of every parse so far */
    /* The parse of the last pass, and the spans it was made from: a pass
     * whose scan protects the same text needs no parse of its own (the
     * markers of a block quote change the math of few pages). */
    blocks b = {0};
    sn_math_parse kept = {0};
    sn_math_list parsed = {0};
    int have_parse = 0;
    int rc = -1;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
        layout lay = {not_open, nnot_open, use_zones, not_math, nnot_math, &prefixes, quote_at};
        ranges code = {0}, fences = {0}, crossing = {0}, demoted = {0};
        sn_math_list_free(out);
        if (texmath_scan(s, len, &lay, out, &code, &fences) != 0) {
            free(code.items);
            free(fences.items);
            break;
        }
        if (!have_parse || !same_spans(out, &parsed)) {
            blocks_free(&b);
            sn_math_parse_free(&kept);
            parse_blocks(s, len, out, &b, options, parse ? &kept : NULL);
            free(parsed.spans);
            parsed.spans = sn_xmalloc((out->count ? out->count : 1) * sizeof *parsed.spans);
            if (out->count) memcpy(parsed.spans, out->spans, out->count * sizeof *parsed.spans);
            parsed.count = out->count;
            have_parse = 1;
            starts_merge(&seen, &nseen, b.starts, b.nstarts);
        }
        size_t at = disagreement(s, out, &code, &fences, &lay, &b, seen, nseen, &crossing, &demoted);
        /* The scan read the lines of block quotes without the markers
         * cmark-gfm found (none on the first pass). */
        if (!same_ranges(&prefixes, &b.prefixes) ||
            (prefixes.count && memcmp(quote_at, b.quote_at, prefixes.count * sizeof *quote_at) != 0)) {
            size_t k = 0;
            while (k < prefixes.count && k < b.prefixes.count &&
                   prefixes.items[k].start == b.prefixes.items[k].start &&
                   prefixes.items[k].end == b.prefixes.items[k].end)
                k++;
            size_t differs = k < b.prefixes.count ? b.prefixes.items[k].start
                                                  : k < prefixes.count ? prefixes.items[k].start : 0;
            if (differs < at) at = differs;
        }
        free(code.items);
        free(fences.items);
        if (at == (size_t)-1) {
            if (parse) *parse = kept; /* the final pass's */
            kept = (sn_math_parse){0};
            free(crossing.items);
            free(demoted.items);
            rc = 0;
            break;
        }
        if (pass + 1 == MAX_PASSES) {
            position pos = {s, len, 0, 1, 1};
            texmath_position_advance(&pos, at);
            sn_error_set(err, NULL, pos.line, pos.col, "math and Markdown blocks do not agree here "
                                    "(write \\$ for a dollar sign, or a blank line "
                                    "between blocks)");
        }
        /* Again: the backticks of the code spans at fault open nothing,
         * the formulas in code spans are plain dollars, and cmark-gfm's code
         * blocks are the code. A formula made plain gives its backticks back
         * to the text, so the code spans are judged afresh (those of this
         * pass were judged with the formula): the answer is then the same
         * as for the text without that formula. */
        if (demoted.count) nnot_open = crossing.count = 0;
        not_open = sn_xrealloc(not_open, (nnot_open + crossing.count + 1) * sizeof *not_open);
        for (size_t k = 0; k < crossing.count; k++) not_open[nnot_open++] = crossing.items[k].start;
        qsort(not_open, nnot_open, sizeof *not_open, compare_size);
        free(crossing.items);
        not_math = sn_xrealloc(not_math, (nnot_math + demoted.count + 1) * sizeof *not_math);
        for (size_t k = 0; k < demoted.count; k++) not_math[nnot_math++] = demoted.items[k].start;
        qsort(not_math, nnot_math, sizeof *not_math, compare_size);
        /* cmark-gfm's code blocks, unless a formula is made plain: the
         * parse had it protected, and saw no block it hid (a fence), so
         * the scan finds fences itself again. */
        int made_plain = demoted.count > 0;
        free(demoted.items);
        free(zones.items);
        zones = made_plain ? (ranges){0} : ranges_copy(&b.code);
        use_zones = made_plain ? NULL : &zones;
        free(prefixes.items);
        prefixes = ranges_copy(&b.prefixes);
        free(quote_at);
        quote_at = sn_xmalloc((prefixes.count + 1) * sizeof *quote_at);
        if (prefixes.count) memcpy(quote_at, b.quote_at, prefixes.count * sizeof *quote_at);
    }
    blocks_free(&b);
    sn_math_parse_free(&kept);
    free(parsed.spans);
    free(seen);
    free(not_open);
    free(not_math);
    free(zones.items);
    free(prefixes.items);
    free(quote_at);
    if (rc != 0) sn_math_list_free(out);
    return rc;
}
