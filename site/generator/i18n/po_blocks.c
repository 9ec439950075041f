/* po_blocks.c — see po_blocks.h. Three steps: protect the math, let
 * cmark-gfm find the leaf blocks (with source positions), and map each
 * block back to the bytes of the original notes to make its message. */
#include "po_blocks.h"

#include "buf.h"
#include "eol.h"
#include "texmath.h"
#include "po_markdown.h"

#include <cmark-gfm.h>
#include <stdlib.h>
#include <string.h>

const char *sn_po_kind_name(sn_po_kind kind)
{
    switch (kind) {
    case SN_PO_HEADING: return "heading";
    case SN_PO_PARAGRAPH: return "paragraph";
    case SN_PO_ITEM: return "list item";
    case SN_PO_QUOTE: return "quote";
    case SN_PO_CELL: return "table cell";
    }
    return "block";
}

/* ------------------------------------------------------------------------
 * Positions. cmark reports line:column (1-based, bytes) in the protected
 * text, where each math span is a placeholder of another length; `where`
 * turns such a position into a byte of the original notes. */

typedef struct {
    size_t protected_at, protected_end; /* the placeholder in the protected text */
    size_t start, end;                  /* the span in the original */
} placeholder;

typedef struct {
    const char *notes;
    size_t len;
    const sn_math_list *math;
    const char *prot; /* the protected text */
    size_t prot_len;
    size_t *line_starts; /* of the protected text */
    size_t lines;
    placeholder *holders; /* one per math span, in order */
} positions;


static void positions_init(positions *p, const char *notes, size_t len,
                           const sn_math_list *math, const char *prot)
{
    p->notes = notes;
    p->len = len;
    p->math = math;
    p->prot = prot;
    p->prot_len = strlen(prot);
    size_t cap = 16;
    p->line_starts = sn_xmalloc(cap * sizeof *p->line_starts);
    p->line_starts[0] = 0;
    p->lines = 1;
    for (size_t i = 0; i < p->prot_len; i++) {
        if (!sn_is_eol(prot, p->prot_len, i)) continue;
        if (p->lines == cap) p->line_starts = sn_xrealloc(p->line_starts, (cap *= 2) * sizeof *p->line_starts);
        p->line_starts[p->lines++] = i + 1;
    }
    /* The placeholders appear in the protected text in the order of the
     * spans: find each by its opening mark. */
    p->holders = sn_xcalloc(math->count ? math->count : 1, sizeof *p->holders);
    const char *at = prot;
    for (size_t k = 0; k < math->count; k++) {
        const char *open = strstr(at, SN_MATH_MARK_OPEN);
        const char *close = open ? strstr(open, SN_MATH_MARK_CLOSE) : NULL;
        if (!close) break; /* cannot happen: sn_math_protect wrote them */
        p->holders[k] = (placeholder){(size_t)(open - prot),
                                      (size_t)(close - prot) + sizeof SN_MATH_MARK_CLOSE - 1,
                                      math->spans[k].start, math->spans[k].end};
        at = close;
    }
}

static void positions_free(positions *p)
{
    free(p->line_starts);
    free(p->holders);
}

/* The byte of the original notes at byte `at` of the protected text. A
 * position inside a placeholder maps to the start of its span when it is the
 * placeholder's first byte, else to the span's end. */
static size_t original_offset(const positions *p, size_t at)
{
    size_t lo = 0, hi = p->math->count;
    while (lo < hi) { /* the first placeholder ending after `at` */
        size_t mid = lo + (hi - lo) / 2;
        if (p->holders[mid].protected_end <= at) lo = mid + 1;
        else hi = mid;
    }
    if (lo < p->math->count && p->holders[lo].protected_at <= at)
        return at == p->holders[lo].protected_at ? p->holders[lo].start : p->holders[lo].end;
    if (lo == 0) return at > p->len ? p->len : at;
    size_t o = at - p->holders[lo - 1].protected_end + p->holders[lo - 1].end;
    return o > p->len ? p->len : o;
}

/* Byte of the protected text at cmark's line:col (col may be one past the
 * end of the line). */
static size_t protected_offset(const positions *p, int line, int col)
{
    if (line < 1) line = 1;
    if ((size_t)line > p->lines) return p->prot_len;
    size_t at = p->line_starts[line - 1] + (size_t)(col > 0 ? col - 1 : 0);
    return at > p->prot_len ? p->prot_len : at;
}

/* ------------------------------------------------------------------------
 * The message text of notes[start, end): each further line loses its
 * container prefix (indentation, and `quote_depth` `>` markers), so that a
 * message reads the same wherever it stands; soft line breaks outside math
 * become one space; line breaks in math stay. A hard line break (two spaces
 * or a backslash at the end of the line) stays, written `\`. */

static int in_math(const sn_math_list *math, size_t i)
{
    size_t lo = 0, hi = math->count;
    while (lo < hi) { /* the first span ending after i */
        size_t mid = lo + (hi - lo) / 2;
        if (math->spans[mid].end <= i) lo = mid + 1;
        else hi = mid;
    }
    return lo < math->count && math->spans[lo].start <= i;
}

static size_t skip_prefix(const char *s, size_t i, size_t end, int quote_depth)
{
    while (i < end && (s[i] == ' ' || s[i] == '\t')) i++;
    for (int d = 0; d < quote_depth && i < end && s[i] == '>'; d++) {
        i++;
        while (i < end && (s[i] == ' ' || s[i] == '\t')) i++;
    }
    return i;
}

/* What a message writes with a backslash before it (see add_block), and
 * where its bytes come from in the notes (NULL: not asked). */
typedef struct {
    int ticks;              /* every backtick outside math */
    const size_t *dollars;  /* these dollars (sorted bytes of the notes) */
    size_t ndollars;
    sn_math_copies *copies;
} escapes;

static char *message_text(const char *s, size_t start, size_t end,
                          const sn_math_list *math, int quote_depth, const escapes *e)
{
    sn_buf b = {0};
    sn_buf_grow(&b, end - start);
    size_t d = 0; /* the next of e->dollars */
    for (size_t i = start; i < end;) {
        if (s[i] == '\r' && i + 1 < end && s[i + 1] == '\n') {
            i++; /* CRLF: the LF ends the line */
            continue;
        }
        if (s[i] != '\n' && s[i] != '\r') {
            if (e && e->ticks && s[i] == '`' && !in_math(math, i) && !(b.len && b.data[b.len - 1] == '\\'))
                sn_buf_putc(&b, '\\');
            while (e && d < e->ndollars && e->dollars[d] < i) d++;
            if (e && d < e->ndollars && e->dollars[d] == i) sn_buf_putc(&b, '\\');
            if (e && e->copies) sn_math_copies_add(e->copies, b.len, i, 1);
            sn_buf_putc(&b, s[i++]);
            continue;
        }
        if (in_math(math, i)) {
            sn_buf_putc(&b, '\n');
        } else {
            size_t spaces = 0;
            while (b.len > spaces && (b.data[b.len - 1 - spaces] == ' ' || b.data[b.len - 1 - spaces] == '\t'))
                spaces++;
            int hard = spaces >= 2 || (b.len > 0 && b.data[b.len - 1] == '\\');
            b.len -= spaces;
            if (hard && b.data[b.len - 1] != '\\') sn_buf_putc(&b, '\\');
            sn_buf_putc(&b, hard ? '\n' : ' ');
        }
        i = skip_prefix(s, i + 1, end, quote_depth);
    }
    while (b.len && (b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '\t')) b.len--;
    b.data[b.len] = '\0';
    return sn_buf_take(&b);
}

/* ------------------------------------------------------------------------
 * Which blocks are messages. */

static int is_type(cmark_node *n, const char *name)
{
    return strcmp(cmark_node_get_type_string(n), name) == 0;
}

/* Does a text node under `n` hold a letter, outside the math placeholders?
 * A block without one (a formula alone, a list of code names) needs no
 * translation. */
/* Is the non-ASCII UTF-8 character at `s` a letter a translator would
 * translate? Accented Latin, Greek, Cyrillic, CJK ideographs, kana and
 * Hangul are; dashes, quotes, arrows, mathematical and other symbols
 * (U+2000-U+2BFF) and CJK or full-width punctuation are not, so a table
 * cell holding only "–" or "→" is not a message. */
static int is_letter_at(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned cp;
    if (u[0] >= 0xC0 && u[0] < 0xE0 && u[1]) cp = (u[0] & 0x1Fu) << 6 | (u[1] & 0x3Fu);
    else if (u[0] >= 0xE0 && u[0] < 0xF0 && u[1] && u[2])
        cp = (u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
    else return u[0] >= 0xF0; /* outside the BMP: take it as a letter */
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return 0;  /* Latin-1 signs, × and ÷ */
    if (cp >= 0x2000 && cp <= 0x2BFF) return 0;          /* punctuation and symbols */
    if (cp >= 0x3000 && cp <= 0x303F) return 0;          /* CJK punctuation */
    if (cp >= 0xFF00 && cp <= 0xFF0F) return 0;          /* full-width punctuation */
    return 1;
}

static int has_words(cmark_node *n)
{
    cmark_iter *it = cmark_iter_new(n);
    cmark_event_type ev;
    int found = 0;
    while (!found && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *c = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(c) != CMARK_NODE_TEXT) continue;
        const char *t = cmark_node_get_literal(c);
        for (size_t i = 0; t && t[i] && !found; i++) {
            unsigned char ch = (unsigned char)t[i];
            if (strncmp(t + i, SN_MATH_MARK_OPEN, sizeof SN_MATH_MARK_OPEN - 1) == 0) {
                const char *close = strstr(t + i, SN_MATH_MARK_CLOSE);
                if (close) i = (size_t)(close - t) + sizeof SN_MATH_MARK_CLOSE - 2;
                continue;
            }
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || is_letter_at(t + i)) found = 1;
        }
    }
    cmark_iter_free(it);
    return found;
}

static int quote_depth(cmark_node *n)
{
    int d = 0;
    for (cmark_node *p = cmark_node_parent(n); p; p = cmark_node_parent(p))
        if (cmark_node_get_type(p) == CMARK_NODE_BLOCK_QUOTE) d++;
    return d;
}

static int in_list(cmark_node *n)
{
    for (cmark_node *p = cmark_node_parent(n); p; p = cmark_node_parent(p))
        if (cmark_node_get_type(p) == CMARK_NODE_ITEM) return 1;
    return 0;
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Is line `line` of the protected text a setext underline: after its
 * container prefix (blanks and `>`), a run of `=` or of `-`, then blanks? */
static int is_setext_underline(const positions *p, int line)
{
    size_t i = protected_offset(p, line, 1), end = protected_offset(p, line + 1, 1);
    const char *s = p->prot;
    while (i < end && (is_blank(s[i]) || s[i] == '>')) i++;
    if (i == end || (s[i] != '=' && s[i] != '-')) return 0;
    char mark = s[i];
    while (i < end && s[i] == mark) i++;
    while (i < end && is_blank(s[i])) i++;
    return i == end;
}

/* The heading's text: without the opening `#`s and a closing `#` run (ATX),
 * or without the underline (setext). */
static void heading_range(const positions *p, cmark_node *n, size_t *start, size_t *end)
{
    const char *s = p->notes;
    size_t a = original_offset(p, protected_offset(p, cmark_node_get_start_line(n),
                                                   cmark_node_get_start_column(n)));
    size_t b;
    while (a < p->len && (s[a] == ' ' || s[a] == '\t')) a++;
    if (a < p->len && s[a] == '#') {
        while (a < p->len && s[a] == '#') a++;
        /* The heading is one line of the protected text, which may be
         * several of the notes when a formula in it spans lines. */
        int line = cmark_node_get_start_line(n);
        size_t pend = line >= 1 && (size_t)line < p->lines ? p->line_starts[line] : p->prot_len;
        while (pend > 0 && (p->prot[pend - 1] == '\n' || p->prot[pend - 1] == '\r')) pend--;
        b = original_offset(p, pend);
        if (b < a) b = a;
        /* a closing run of `#` counts only after a space */
        size_t t = b;
        while (t > a && is_blank(s[t - 1])) t--;
        size_t h = t;
        while (h > a && s[h - 1] == '#') h--;
        if (h < t && (h == a || s[h - 1] == ' ' || s[h - 1] == '\t') && !in_math(p->math, h)) t = h;
        b = t;
    } else {
        /* setext: the text ends where the underline's line starts. cmark-gfm
         * reports the heading as ending on its underline, or on the line
         * after it when a paragraph follows at once, so look for it. */
        int first = cmark_node_get_start_line(n), last = cmark_node_get_end_line(n);
        int under = last > first ? last : first + 1;
        for (int line = first + 1; line <= last; line++)
            if (is_setext_underline(p, line)) {
                under = line;
                break;
            }
        b = original_offset(p, protected_offset(p, under, 1));
    }
    while (a < b && is_blank(s[a])) a++;
    while (b > a && is_blank(s[b - 1])) b--;
    *start = a;
    *end = b;
}

static void node_range(const positions *p, cmark_node *n, size_t *start, size_t *end)
{
    const char *s = p->notes;
    size_t a = original_offset(p, protected_offset(p, cmark_node_get_start_line(n),
                                                   cmark_node_get_start_column(n)));
    size_t b = original_offset(p, protected_offset(p, cmark_node_get_end_line(n),
                                                   cmark_node_get_end_column(n) + 1));
    if (b < a) b = a;
    while (a < b && is_blank(s[a])) a++;
    while (b > a && is_blank(s[b - 1])) b--;
    *start = a;
    *end = b;
}

/* A table grown out of a paragraph with lines above its header row:
 * cmark-gfm reports the header at the paragraph's first line, its cells'
 * columns counted through the paragraph's text without the indentation it
 * took off each line, and the paragraph left above the header at 0:0. The
 * header row is the line above the delimiter row: above the first body
 * row, or the table's last line. */
static int header_line(cmark_node *table)
{
    cmark_node *header = cmark_node_first_child(table);
    cmark_node *body = header ? cmark_node_next(header) : NULL;
    return body ? cmark_node_get_start_line(body) - 2 : cmark_node_get_end_line(table) - 1;
}

static int grew_from_paragraph(cmark_node *table)
{
    return header_line(table) > cmark_node_get_start_line(table);
}

/* The paragraph above such a table: from the table's start to the line
 * above its header. */
static void leftover_range(const positions *p, cmark_node *table, size_t *start, size_t *end)
{
    size_t a = protected_offset(p, cmark_node_get_start_line(table), cmark_node_get_start_column(table));
    size_t b = protected_offset(p, header_line(table), 1);
    *start = original_offset(p, a);
    *end = original_offset(p, b);
    while (*start < *end && is_blank(p->notes[*start])) (*start)++;
    while (*end > *start && is_blank(p->notes[*end - 1])) (*end)--;
}

/* A cell: its row's line cut at its pipes (not escaped ones, nor those in
 * math, which the placeholders hide), as cmark-gfm cuts a row, after the
 * line's indentation and block quote markers. cmark-gfm's columns for a
 * cell are not to be trusted: in a header grown out of a paragraph they
 * count through the paragraph's text without the indentation it took off
 * each line, and in an indented row they are off by the indentation
 * (`  xxb|y` gave the message `x`). Its lines are. The cells of a row
 * come in order, so each goes on from the last one's start (`c`): linear
 * in the row's length, however many cells it has. */
typedef struct {
    cmark_node *row, *cell; /* the cell whose text starts at byte `at` */
    size_t at, eol;
} cell_cursor;

static void cell_range(const positions *p, cmark_node *cell, int depth, cell_cursor *c, size_t *start,
                       size_t *end)
{
    const char *s = p->prot;
    cmark_node *row = cmark_node_parent(cell);
    if (c->row != row) {
        int line = is_type(row, "table_header") ? header_line(cmark_node_parent(row))
                                                : cmark_node_get_start_line(row);
        size_t i = protected_offset(p, line, 1), eol = i;
        while (eol < p->prot_len && !sn_is_eol(s, p->prot_len, eol)) eol++;
        i = skip_prefix(s, i, eol, depth);
        if (i < eol && s[i] == '|') i++;
        *c = (cell_cursor){row, cmark_node_first_child(row), i, eol};
    }
    size_t k = 0;
    for (cmark_node *x = c->cell; x && x != cell; x = cmark_node_next(x)) k++;
    size_t i = c->at, eol = c->eol, a = i;
    for (; i < eol; i++) {
        if (s[i] == '\\' && i + 1 < eol && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i + 1])) {
            i++;
        } else if (s[i] == '|') {
            if (k == 0) break;
            k--;
            a = i + 1;
        }
    }
    if (k == 0) { /* found: the next cell is looked for from here */
        c->cell = cell;
        c->at = a;
    }
    *start = original_offset(p, a);
    *end = original_offset(p, k == 0 ? i : a);
    while (*start < *end && is_blank(p->notes[*start])) (*start)++;
    while (*end > *start && is_blank(p->notes[*end - 1])) (*end)--;
}

/* The line count so far, where that line begins, and the last line end
 * found: blocks come in the order of the notes, so each byte is looked at
 * once or twice, even in a row of thousands of cells, whose every cell is
 * on the same line. */
typedef struct {
    size_t at;
    int line;
    size_t begin;            /* where the line holding `at` begins */
    size_t eol_from, eol_at; /* no line end in [eol_from, eol_at) */
} line_cursor;

static int line_of(const positions *p, line_cursor *c, size_t at)
{
    if (at < c->at) *c = (line_cursor){0, 1, 0, 0, 0};
    for (; c->at < at; c->at++)
        if (sn_is_eol(p->notes, p->len, c->at)) c->line++, c->begin = c->at + 1;
    return c->line;
}

/* The first line end at or after `at` (its byte, or the end of the notes). */
static size_t line_end_from(const positions *p, line_cursor *c, size_t at)
{
    if (at < c->eol_from || at > c->eol_at) {
        c->eol_from = c->eol_at = at;
        while (c->eol_at < p->len && !sn_is_eol(p->notes, p->len, c->eol_at)) c->eol_at++;
    }
    return c->eol_at;
}

/* The formulas of the notes within [start, end); *ticks is set when one
 * of them holds a backtick. */
static size_t math_within(const char *s, const sn_math_list *math, size_t start, size_t end, int *ticks)
{
    size_t lo = 0, hi = math->count;
    while (lo < hi) { /* the first span starting at or after start */
        size_t mid = lo + (hi - lo) / 2;
        if (math->spans[mid].start < start) lo = mid + 1;
        else hi = mid;
    }
    size_t n = 0;
    *ticks = 0;
    for (size_t k = lo; k < math->count && math->spans[k].end <= end; k++, n++)
        *ticks |= memchr(s + math->spans[k].start, '`', math->spans[k].end - math->spans[k].start) != NULL;
    return n;
}

/* The formulas of a message scanned alone; (size_t)-1 when it does not scan. */
static size_t self_math(const char *message)
{
    sn_math_list l;
    sn_error err = {0};
    size_t n = sn_math_find(message, strlen(message), &l, &err) == 0 ? l.count : (size_t)-1;
    sn_error_free(&err);
    sn_math_list_free(&l);
    return n;
}

/* The message of notes[start, end), written again with a backslash before
 * each dollar that was plain in the notes but opens math in the message
 * alone (a formula over a quote's lazy `=` line, which the scan ends at
 * the line, and the message joins to the lines before), when the message
 * alone has not the notes' `formulas` and then has them; else NULL.
 * `ticks`: a backslash before each backtick, as in add_block. */
static char *plain_dollars_kept(const positions *p, const sn_po_block_list *list, size_t start,
                                size_t end, int depth, int ticks, const char *message, size_t formulas)
{
    size_t lo = 0, hi = list->nplain; /* the first plain dollar at or after start */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (list->plain[mid] < start) lo = mid + 1;
        else hi = mid;
    }
    if (lo == list->nplain || list->plain[lo] >= end) return NULL;
    /* A message of one line is the notes' line: translated to itself, it
     * scans in place as the notes do. */
    const char *s = p->notes + start;
    if (!memchr(s, '\n', end - start) && !memchr(s, '\r', end - start)) return NULL;
    if (self_math(message) == formulas) return NULL;
    sn_math_copies copies = {0};
    size_t *dollars = NULL, ndollars = 0;
    escapes e = {ticks, NULL, 0, &copies};
    char *text = message_text(p->notes, start, end, p->math, depth, &e);
    for (int round = 0; round < SN_MATH_KEEP_ROUNDS; round++) {
        if (!sn_math_reopened(text, strlen(text), &copies, list->plain, list->nplain, &dollars, &ndollars))
            break;
        sn_math_copies_free(&copies);
        free(text);
        e = (escapes){ticks, dollars, ndollars, &copies};
        text = message_text(p->notes, start, end, p->math, depth, &e);
    }
    sn_math_copies_free(&copies);
    free(dollars);
    if (ndollars && self_math(text) == formulas) return text;
    free(text);
    return NULL;
}

static void add_block(sn_po_block_list *list, size_t *cap, const positions *p, line_cursor *lines,
                      sn_po_kind kind, size_t start, size_t end, int depth)
{
    const char *s = p->notes;
    if (end <= start) return;
    char *message = message_text(s, start, end, p->math, depth, NULL);
    int ticks, ticks_escaped = 0;
    size_t formulas = math_within(s, p->math, start, end, &ticks);
    /* A scan of its own per message would double the cost of notes whose
     * messages hold code spans: only a formula holding a backtick (the
     * mate of one outside) makes the message scan otherwise alone. */
    if (ticks && strchr(message, '`') && self_math(message) != formulas) {
        /* Alone, the message's backticks open a code span that the notes'
         * blocks did not let open (a table cell's backtick whose mate is
         * in a formula that wraps the row), so its math differs: those
         * backticks are text in the notes, and with a backslash before each
         * the message scans alone as it does in place. Kept only when that is so. */
        escapes e = {1, NULL, 0, NULL};
        char *escaped = message_text(s, start, end, p->math, depth, &e);
        if (self_math(escaped) == formulas) {
            free(message);
            message = escaped;
            ticks_escaped = 1;
        } else {
            free(escaped);
        }
    }
    char *kept = plain_dollars_kept(p, list, start, end, depth, ticks_escaped, message, formulas);
    if (kept) {
        free(message);
        message = kept;
    }
    if (strchr(message, '\004')) {
        /* U+0004 separates a context from a message in gettext's files:
         * no msgid can hold it, so such a block stays English. */
        free(message);
        return;
    }
    if (list->count == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        list->blocks = sn_xrealloc(list->blocks, *cap * sizeof *list->blocks);
    }
    sn_po_block *blk = &list->blocks[list->count++];
    blk->kind = kind;
    blk->start = start;
    blk->end = end;
    blk->line = line_of(p, lines, start);
    blk->line_start = lines->begin;
    blk->line_end = line_end_from(p, lines, end);
    blk->message = message;
    /* A cell or a heading is one line (translate.c writes no indent for
     * it): in a row of thousands of cells, the text before each would add
     * up to the square of the row's length. */
    sn_buf indent = {0};
    if (kind != SN_PO_CELL && kind != SN_PO_HEADING)
        for (size_t i = blk->line_start; i < start; i++)
            sn_buf_putc(&indent, s[i] == '>' || s[i] == '\t' ? s[i] : ' ');
    blk->indent = sn_buf_take(&indent);
}

/* Keeps the promise of po_blocks.h, whatever the input: blocks in order,
 * never overlapping, counting the whole lines a paragraph is marked by. */
static void drop_overlaps(sn_po_block_list *list)
{
    size_t kept = 0, done = 0;
    for (size_t i = 0; i < list->count; i++) {
        sn_po_block *b = &list->blocks[i];
        size_t from = b->kind == SN_PO_PARAGRAPH ? b->line_start : b->start;
        if (from < done) {
            free(b->message);
            free(b->indent);
            continue;
        }
        done = b->kind == SN_PO_PARAGRAPH ? b->line_end : b->end;
        list->blocks[kept++] = *b;
    }
    list->count = kept;
}

void sn_po_blocks_from_parse(const char *notes, size_t len, const sn_math_list *math,
                             const char *prot, struct cmark_node *doc, sn_po_block_list *out)
{
    out->blocks = NULL;
    out->count = 0;
    out->plain = sn_math_plain_dollars(notes, len, math, &out->nplain);
    positions p;
    positions_init(&p, notes, len, math, prot);

    size_t cap = 0;
    line_cursor lines = {0, 1, 0, 0, 0};
    cell_cursor cells = {0};
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node_type type = cmark_node_get_type(n);
        size_t a, b;
        if (type == CMARK_NODE_HEADING) {
            if (has_words(n)) {
                heading_range(&p, n, &a, &b);
                add_block(out, &cap, &p, &lines, SN_PO_HEADING, a, b, 0);
            }
        } else if (type == CMARK_NODE_PARAGRAPH) {
            if (has_words(n)) {
                int depth = quote_depth(n);
                sn_po_kind kind = in_list(n) ? SN_PO_ITEM : depth ? SN_PO_QUOTE : SN_PO_PARAGRAPH;
                cmark_node *next = cmark_node_next(n);
                if (cmark_node_get_start_line(n) == 0 && next && is_type(next, "table") &&
                    grew_from_paragraph(next))
                    leftover_range(&p, next, &a, &b);
                else
                    node_range(&p, n, &a, &b);
                add_block(out, &cap, &p, &lines, kind, a, b, depth);
            }
        } else if (is_type(n, "table_cell")) {
            if (has_words(n)) {
                cell_range(&p, n, quote_depth(n), &cells, &a, &b);
                add_block(out, &cap, &p, &lines, SN_PO_CELL, a, b, 0);
            }
        } else {
            continue;
        }
        /* A leaf block's inlines hold no further blocks. */
        cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
    }
    cmark_iter_free(it);
    drop_overlaps(out);
    positions_free(&p);
}

int sn_po_blocks_split(const char *notes, size_t len, sn_po_block_list *out, sn_error *err)
{
    out->blocks = NULL;
    out->count = 0;
    out->plain = NULL;
    out->nplain = 0;
    sn_math_list math;
    sn_math_parse parse; /* the math finder's parse of the protected text, kept */
    if (sn_math_find_parsed(notes, len, CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE, &math, err, &parse) != 0) {
        sn_math_list_free(&math);
        return -1;
    }
    sn_po_blocks_from_parse(notes, len, &math, parse.text, parse.doc, out);
    sn_math_parse_free(&parse);
    sn_math_list_free(&math);
    return 0;
}

void sn_po_block_list_free(sn_po_block_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        free(list->blocks[i].message);
        free(list->blocks[i].indent);
    }
    free(list->blocks);
    free(list->plain);
    list->blocks = NULL;
    list->count = 0;
    list->plain = NULL;
    list->nplain = 0;
}
