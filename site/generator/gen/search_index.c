/* search_index.c — see search_index.h.
 *
 * Each step follows the function of tools/search-worker.js it stands in
 * for (tokenizer, direct, encodePostings, frontCode, build), and the text
 * is kept as JavaScript keeps it, in UTF-16 code units: terms sort by them,
 * the front coding counts them, and the page's offsets are in them. */
#include "search_index.h"

#include "buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

enum { FIELDS = 4, BLOCK = 32 }; /* title, heading, ids, text; the page's block of terms */

/* Words too common to be worth an entry: the worker's STOP. */
static const char *const stop_words[] = {
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "its", "of",
    "on", "or", "that", "the", "this", "to", "was", "with", "which", "we", "our", "的", "了", "是",
    "在", "和", "与", "或", "也", "都", "就", "而", "及", "の", "は", "を", "に", "が", "で", "と",
    "も", "た", "て", "へ", "や", "か", "な", "だ", "す", "る"};

/* ---- a table of strings, each given a number in order ------------------ */

typedef struct {
    UChar *s;
    int32_t n; /* code units */
} ustr;

typedef struct {
    ustr *keys;
    size_t count, cap;
    size_t *slots; /* number + 1, or 0 */
    size_t nslots;
} table;

static uint64_t hash_units(const UChar *s, int32_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (int32_t i = 0; i < n; i++) h = (h ^ s[i]) * 1099511628211ULL;
    return h;
}

/* The number of s[0..n), added if new (*added then 1). */
static size_t table_intern(table *t, const UChar *s, int32_t n, int *added)
{
    if (2 * (t->count + 1) > t->nslots) {
        size_t ns = t->nslots ? 2 * t->nslots : 1024;
        size_t *slots = sn_xcalloc(ns, sizeof *slots);
        for (size_t i = 0; i < t->count; i++) {
            size_t at = hash_units(t->keys[i].s, t->keys[i].n) & (ns - 1);
            while (slots[at]) at = (at + 1) & (ns - 1);
            slots[at] = i + 1;
        }
        free(t->slots);
        t->slots = slots;
        t->nslots = ns;
    }
    size_t at = hash_units(s, n) & (t->nslots - 1);
    for (; t->slots[at]; at = (at + 1) & (t->nslots - 1)) {
        const ustr *k = &t->keys[t->slots[at] - 1];
        if (k->n == n && memcmp(k->s, s, (size_t)n * sizeof *s) == 0) {
            *added = 0;
            return t->slots[at] - 1;
        }
    }
    if (t->count == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 256;
        t->keys = sn_xrealloc(t->keys, t->cap * sizeof *t->keys);
    }
    UChar *copy = sn_xmalloc(((size_t)n + 1) * sizeof *copy);
    memcpy(copy, s, (size_t)n * sizeof *s);
    t->keys[t->count] = (ustr){copy, n};
    t->slots[at] = ++t->count;
    *added = 1;
    return t->count - 1;
}

static void table_free(table *t)
{
    for (size_t i = 0; i < t->count; i++) free(t->keys[i].s);
    free(t->keys);
    free(t->slots);
}

/* UTF-8 as UTF-16, malloc'd (NULL when it is not UTF-8). */
static UChar *utf16_of(const char *s, size_t len, int32_t *n)
{
    UErrorCode e = U_ZERO_ERROR;
    u_strFromUTF8(NULL, 0, n, s, (int32_t)len, &e);
    if (e != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(e)) return NULL;
    UChar *out = sn_xmalloc(((size_t)*n + 1) * sizeof *out);
    e = U_ZERO_ERROR;
    u_strFromUTF8(out, *n + 1, NULL, s, (int32_t)len, &e);
    if (U_FAILURE(e)) {
        free(out);
        return NULL;
    }
    return out;
}

/* ---- words ------------------------------------------------------------- */

typedef struct {
    const UNormalizer2 *nfkc;
    table terms;       /* every token met, stop words included */
    unsigned char *stop; /* per term: a stop word, or empty */
    size_t stop_cap;
    size_t *seen;      /* per term: the last (document, field) it was counted in, + 1 */
    size_t seen_cap;
    /* per term and field: [doc, count, doc, count...] */
    struct list {
        size_t *v, n, cap;
    } *postings;
    size_t postings_cap;
} indexer;

/* The worker's cjkOrHangul: a word holding one goes to Intl.Segmenter or
 * to the Korean stems, which only the worker has. */
static int cjk_or_hangul(UChar c)
{
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) ||
           (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7a3);
}

/* Room for term k in the per-term arrays. */
static void term_room(indexer *x, size_t k)
{
    if (k < x->stop_cap) return;
    size_t cap = x->stop_cap ? 2 * x->stop_cap : 1024;
    while (cap <= k) cap *= 2;
    x->stop = sn_xrealloc(x->stop, cap);
    x->seen = sn_xrealloc(x->seen, cap * sizeof *x->seen);
    x->postings = sn_xrealloc(x->postings, cap * FIELDS * sizeof *x->postings);
    memset(x->seen + x->stop_cap, 0, (cap - x->stop_cap) * sizeof *x->seen);
    memset(x->postings + x->stop_cap * FIELDS, 0, (cap - x->stop_cap) * FIELDS * sizeof *x->postings);
    x->stop_cap = x->seen_cap = x->postings_cap = cap;
}

/* One token of field f of document doc (direct()): counted once among the
 * field's distinct tokens (*distinct), and, unless a stop word, in the
 * term's postings. */
static void add_token(indexer *x, const UChar *s, int32_t n, size_t doc, int f, size_t *distinct)
{
    int added;
    size_t k = table_intern(&x->terms, s, n, &added);
    term_room(x, k);
    if (added) {
        char word[64];
        int32_t len = 0;
        UErrorCode e = U_ZERO_ERROR;
        x->stop[k] = n == 0;
        u_strToUTF8(word, sizeof word, &len, s, n, &e);
        for (size_t i = 0; !x->stop[k] && U_SUCCESS(e) && len < (int32_t)sizeof word &&
                           i < sizeof stop_words / sizeof *stop_words; i++)
            x->stop[k] = strlen(stop_words[i]) == (size_t)len && memcmp(stop_words[i], word, (size_t)len) == 0;
    }
    size_t mark = doc * FIELDS + (size_t)f + 1;
    if (x->seen[k] != mark) {
        x->seen[k] = mark;
        (*distinct)++;
    }
    if (x->stop[k]) return;
    struct list *l = &x->postings[k * FIELDS + (size_t)f];
    if (l->n && l->v[l->n - 2] == doc) {
        l->v[l->n - 1]++;
        return;
    }
    if (l->n + 2 > l->cap) {
        l->cap = l->cap ? 2 * l->cap : 4;
        l->v = sn_xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = doc;
    l->v[l->n++] = 1;
}

/* A text field (tokenizer()): NFKC, lower case, then the runs of letters,
 * digits and `_`. Its number of distinct tokens, or -1 when a word needs
 * the worker (CJK or Hangul) or the text is not UTF-8. */
static long add_text(indexer *x, const char *text, size_t doc, int f)
{
    int32_t n, m;
    UChar *raw = utf16_of(text, strlen(text), &n);
    if (!raw) return -1;
    UErrorCode e = U_ZERO_ERROR;
    m = unorm2_normalize(x->nfkc, raw, n, NULL, 0, &e);
    UChar *norm = sn_xmalloc(((size_t)m + 1) * sizeof *norm);
    e = U_ZERO_ERROR;
    unorm2_normalize(x->nfkc, raw, n, norm, m + 1, &e);
    free(raw);
    /* toLowerCase(): the root locale's full mappings, as V8 asks ICU. */
    UErrorCode e2 = U_ZERO_ERROR;
    int32_t k = u_strToLower(NULL, 0, norm, m, "", &e2);
    UChar *low = sn_xmalloc(((size_t)k + 1) * sizeof *low);
    e2 = U_ZERO_ERROR;
    u_strToLower(low, k + 1, norm, m, "", &e2);
    free(norm);
    if (U_FAILURE(e) || U_FAILURE(e2)) {
        free(low);
        return -1;
    }
    size_t distinct = 0;
    int32_t i = 0;
    while (i < k) {
        int32_t start = i, end = i;
        int cjk = 0;
        for (;;) { /* a word: \p{L}, \p{N} or _ */
            if (end >= k) break;
            UChar32 c;
            int32_t next = end;
            U16_NEXT(low, next, k, c);
            if (c != '_' && !(U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK))) break;
            for (int32_t u = end; u < next; u++) cjk |= cjk_or_hangul(low[u]);
            end = next;
        }
        if (cjk) {
            free(low);
            return -1;
        }
        if (end > start) add_token(x, low + start, end - start, doc, f, &distinct);
        i = end;
        if (i < k) { /* past the separator */
            UChar32 c;
            U16_NEXT(low, i, k, c);
            (void)c;
        }
    }
    free(low);
    return (long)distinct;
}

/* The ids field: the names as they are, one term each. */
static long add_ids(indexer *x, const json_t *ids, size_t doc)
{
    sn_buf joined = {0}; /* ids.join(' ').split(' '), as the worker does */
    size_t i;
    json_t *id;
    json_array_foreach(ids, i, id) {
        if (!json_is_string(id)) {
            sn_buf_free(&joined);
            return -1;
        }
        if (i) sn_buf_putc(&joined, ' ');
        sn_buf_add(&joined, json_string_value(id), json_string_length(id));
    }
    size_t distinct = 0;
    if (joined.len) {
        int32_t n;
        UChar *s = utf16_of(joined.data, joined.len, &n);
        if (!s) {
            sn_buf_free(&joined);
            return -1;
        }
        int32_t start = 0;
        for (int32_t u = 0; u <= n; u++)
            if (u == n || s[u] == ' ') {
                add_token(x, s + start, u - start, doc, 2, &distinct);
                start = u + 1;
            }
        free(s);
    }
    sn_buf_free(&joined);
    return (long)distinct;
}

/* ---- writing it as the worker does ------------------------------------- */

/* A JavaScript string's JSON (JSON.stringify), from UTF-16: a lone
 * surrogate as \uXXXX. */
static void put_json_units(sn_buf *b, const UChar *s, int32_t n)
{
    sn_buf_putc(b, '"');
    for (int32_t i = 0; i < n; i++) {
        UChar32 c = s[i];
        if (U16_IS_LEAD(c) && i + 1 < n && U16_IS_TRAIL(s[i + 1])) {
            c = U16_GET_SUPPLEMENTARY(c, s[i + 1]);
            i++;
        } else if (U16_IS_SURROGATE(c)) {
            sn_buf_printf(b, "\\u%04x", (unsigned)c);
            continue;
        }
        switch (c) {
        case '"': sn_buf_puts(b, "\\\""); continue;
        case '\\': sn_buf_puts(b, "\\\\"); continue;
        case '\b': sn_buf_puts(b, "\\b"); continue;
        case '\f': sn_buf_puts(b, "\\f"); continue;
        case '\n': sn_buf_puts(b, "\\n"); continue;
        case '\r': sn_buf_puts(b, "\\r"); continue;
        case '\t': sn_buf_puts(b, "\\t"); continue;
        default: break;
        }
        if (c < 0x20) {
            sn_buf_printf(b, "\\u%04x", (unsigned)c);
            continue;
        }
        char u8[4];
        int32_t len = 0;
        UBool bad = 0;
        U8_APPEND((uint8_t *)u8, len, 4, c, bad); /* c is a code point: never bad */
        (void)bad;
        sn_buf_add(b, u8, (size_t)len);
    }
    sn_buf_putc(b, '"');
}

static int put_json_utf8(sn_buf *b, const char *s, size_t len)
{
    int32_t n;
    UChar *u = utf16_of(s, len, &n);
    if (!u) return -1;
    put_json_units(b, u, n);
    free(u);
    return 0;
}

/* A number as JavaScript writes it: the fewest digits that read back as
 * the same double, without an exponent between 1e-6 and 1e21. */
static void put_js_number(sn_buf *b, double v)
{
    if (v == 0) {
        sn_buf_putc(b, '0');
        return;
    }
    if (v < 0) {
        sn_buf_putc(b, '-');
        v = -v;
    }
    char tmp[40];
    for (int p = 1; p <= 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, v);
        if (strtod(tmp, NULL) == v) break;
    }
    char digits[20];
    int k = 0;
    char *e = strchr(tmp, 'e');
    for (char *c = tmp; c < e; c++)
        if (*c >= '0' && *c <= '9') digits[k++] = *c;
    while (k > 1 && digits[k - 1] == '0') k--;
    int point = atoi(e + 1) + 1; /* the decimal point's place after the digits' first */
    if (k <= point && point <= 21) {
        sn_buf_add(b, digits, (size_t)k);
        for (int i = k; i < point; i++) sn_buf_putc(b, '0');
    } else if (0 < point && point <= 21) {
        sn_buf_add(b, digits, (size_t)point);
        sn_buf_putc(b, '.');
        sn_buf_add(b, digits + point, (size_t)(k - point));
    } else if (-6 < point && point <= 0) {
        sn_buf_puts(b, "0.");
        for (int i = point; i < 0; i++) sn_buf_putc(b, '0');
        sn_buf_add(b, digits, (size_t)k);
    } else {
        sn_buf_putc(b, digits[0]);
        if (k > 1) {
            sn_buf_putc(b, '.');
            sn_buf_add(b, digits + 1, (size_t)(k - 1));
        }
        sn_buf_printf(b, "e%c%d", point - 1 < 0 ? '-' : '+', abs(point - 1));
    }
}

/* A value of the request, as JSON.stringify writes what JSON.parse read. */
static int put_json_value(sn_buf *b, const json_t *v)
{
    size_t i;
    json_t *item;
    switch (json_typeof(v)) {
    case JSON_STRING: return put_json_utf8(b, json_string_value(v), json_string_length(v));
    case JSON_INTEGER: sn_buf_printf(b, "%lld", (long long)json_integer_value(v)); return 0;
    case JSON_TRUE: sn_buf_puts(b, "true"); return 0;
    case JSON_FALSE: sn_buf_puts(b, "false"); return 0;
    case JSON_NULL: sn_buf_puts(b, "null"); return 0;
    case JSON_ARRAY:
        sn_buf_putc(b, '[');
        json_array_foreach(v, i, item) {
            if (i) sn_buf_putc(b, ',');
            if (put_json_value(b, item) != 0) return -1;
        }
        sn_buf_putc(b, ']');
        return 0;
    default: return -1; /* search.c sends no objects and no reals */
    }
}

/* The worker's number(): base 45, least significant digit first, digits
 * 45-89 of DIGITS saying that more follow. */
static const char *digits_table(void)
{
    static const char digits[] = "!#$%&'()*+,-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{}~";
    return digits;
}

static void put_base45(sn_buf *b, size_t v)
{
    const char *d = digits_table();
    for (; v >= 45; v /= 45) sn_buf_putc(b, d[45 + v % 45]);
    sn_buf_putc(b, d[v]);
}

/* The worker's encodePostings(). */
static void put_postings(sn_buf *b, const struct list *fields)
{
    int any = 0;
    for (int f = 0; f < FIELDS; f++) {
        const struct list *l = &fields[f];
        if (!l->n) continue;
        if (any++) sn_buf_putc(b, ';');
        sn_buf_printf(b, "%d", f);
        size_t prev = 0;
        for (size_t i = 0; i < l->n; i += 2) {
            size_t count = l->v[i + 1];
            put_base45(b, (l->v[i] - prev) * 2 + (count > 1));
            if (count > 1) put_base45(b, count - 2);
            prev = l->v[i];
        }
    }
}

static int by_units(const void *a, const void *b, void *keys_)
{
    const ustr *keys = keys_;
    const ustr *x = &keys[*(const size_t *)a], *y = &keys[*(const size_t *)b];
    int32_t n = x->n < y->n ? x->n : y->n;
    for (int32_t i = 0; i < n; i++)
        if (x->s[i] != y->s[i]) return x->s[i] < y->s[i] ? -1 : 1;
    return (x->n > y->n) - (x->n < y->n);
}

/* Where each block of BLOCK items of s (separated by sep) starts, in
 * UTF-16 code units: the worker's starts(). */
static void put_starts(sn_buf *b, const UChar *s, int32_t n, UChar sep)
{
    sn_buf_puts(b, "[0");
    size_t count = 1;
    for (int32_t i = 0; i < n; i++)
        if (s[i] == sep && count++ % BLOCK == 0) sn_buf_printf(b, ",%d", (int)i + 1);
    sn_buf_putc(b, ']');
}

static void put_starts_ascii(sn_buf *b, const char *s, size_t n, char sep)
{
    sn_buf_puts(b, "[0");
    size_t count = 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] == sep && count++ % BLOCK == 0) sn_buf_printf(b, ",%zu", i + 1);
    sn_buf_putc(b, ']');
}

/* ---- build() ------------------------------------------------------------ */

static void indexer_free(indexer *x)
{
    for (size_t k = 0; k < x->terms.count * FIELDS; k++) free(x->postings[k].v);
    free(x->postings);
    free(x->stop);
    free(x->seen);
    table_free(&x->terms);
}

char *sn_search_index_build(const char *lang, const json_t *pages, const json_t *docs, size_t *len)
{
    UErrorCode e = U_ZERO_ERROR;
    indexer x = {.nfkc = unorm2_getNFKCInstance(&e)};
    if (U_FAILURE(e) || !json_is_array(pages) || !json_is_array(docs)) return NULL;
    size_t ndocs = json_array_size(docs);
    table heads = {0};
    size_t *head_of = sn_xmalloc((ndocs + 1) * sizeof *head_of);
    size_t *lengths = sn_xmalloc((ndocs + 1) * FIELDS * sizeof *lengths);
    double average[FIELDS] = {0};
    const char *heading = "";
    long long last_page = -1;
    int ok = 1;
    for (size_t d = 0; d < ndocs && ok; d++) {
        const json_t *doc = json_array_get(docs, d);
        json_int_t page = json_integer_value(json_array_get(doc, 0));
        const char *own = json_string_value(json_array_get(doc, 2));
        const char *text = json_string_value(json_array_get(doc, 3));
        const json_t *ids = json_array_get(doc, 4);
        const char *title = json_string_value(json_array_get(json_array_get(pages, (size_t)page), 0));
        if (!json_is_integer(json_array_get(doc, 0)) || !json_is_integer(json_array_get(doc, 1)) || !own ||
            !text || !json_is_array(ids) || !title) {
            ok = 0;
            break;
        }
        int first = page != last_page; /* the page's title goes with its first part */
        if (first) heading = title;
        last_page = page;
        if (*own) heading = own;
        int32_t n;
        int added;
        UChar *h = utf16_of(heading, strlen(heading), &n);
        if (!h) {
            ok = 0;
            break;
        }
        head_of[d] = table_intern(&heads, h, n, &added);
        free(h);
        long got[FIELDS];
        got[0] = add_text(&x, first ? title : "", d, 0);
        got[1] = add_text(&x, own, d, 1);
        got[2] = add_ids(&x, ids, d);
        got[3] = add_text(&x, text, d, 3);
        for (int f = 0; f < FIELDS; f++) {
            if (got[f] < 0) ok = 0;
            lengths[d * FIELDS + (size_t)f] = (size_t)got[f];
            average[f] = (average[f] * (double)d + (double)got[f]) / (double)(d + 1);
        }
    }
    char *out = NULL;
    if (ok) {
        /* Terms in code-unit order (the page's binary search). */
        size_t nterms = 0;
        size_t *order = sn_xmalloc((x.terms.count + 1) * sizeof *order);
        for (size_t k = 0; k < x.terms.count; k++) {
            int used = 0;
            for (int f = 0; f < FIELDS; f++) used |= x.postings[k * FIELDS + (size_t)f].n != 0;
            if (used) order[nterms++] = k;
        }
        qsort_r(order, nterms, sizeof *order, by_units, x.terms.keys);
        /* frontCode(): each term as the characters it shares with the one
         * before (one base-36 digit) and the rest; a block's first whole. */
        UChar *coded = sn_xmalloc(sizeof *coded);
        int32_t ncoded = 0, cap = 1;
        sn_buf postings = {0};
        for (size_t i = 0; i < nterms; i++) {
            const ustr *t = &x.terms.keys[order[i]];
            int32_t j = 0;
            if (i % BLOCK) {
                const ustr *p = &x.terms.keys[order[i - 1]];
                while (j < 35 && j < p->n && j < t->n && p->s[j] == t->s[j]) j++;
            }
            if (ncoded + t->n + 3 > cap) {
                cap = 2 * (ncoded + t->n + 3);
                coded = sn_xrealloc(coded, (size_t)cap * sizeof *coded);
            }
            if (i) coded[ncoded++] = ' ';
            coded[ncoded++] = (UChar)(j < 10 ? '0' + j : 'a' + j - 10);
            memcpy(coded + ncoded, t->s + j, (size_t)(t->n - j) * sizeof *coded);
            ncoded += t->n - j;
            if (i) sn_buf_putc(&postings, '|');
            put_postings(&postings, &x.postings[order[i] * FIELDS]);
        }
        sn_buf b = {0};
        sn_buf_puts(&b, "sidenotesSearchLoaded({\"lang\":");
        put_json_utf8(&b, lang, strlen(lang));
        sn_buf_puts(&b, ",\"pages\":");
        ok = put_json_value(&b, pages) == 0;
        sn_buf_puts(&b, ",\"heads\":[");
        for (size_t i = 0; i < heads.count; i++) {
            if (i) sn_buf_putc(&b, ',');
            put_json_units(&b, heads.keys[i].s, heads.keys[i].n);
        }
        sn_buf_puts(&b, "],\"docs\":[");
        for (size_t d = 0; d < ndocs; d++) {
            const json_t *doc = json_array_get(docs, d);
            sn_buf_printf(&b, "%s[%lld,%lld,%zu]", d ? "," : "",
                          (long long)json_integer_value(json_array_get(doc, 0)),
                          (long long)json_integer_value(json_array_get(doc, 1)), head_of[d]);
        }
        sn_buf_printf(&b, "],\"index\":{\"documentCount\":%zu,\"longest\":1,"
                          "\"fieldIds\":{\"title\":0,\"heading\":1,\"ids\":2,\"text\":3},"
                          "\"averageFieldLength\":[", ndocs);
        for (int f = 0; f < FIELDS; f++) {
            if (f) sn_buf_putc(&b, ',');
            put_js_number(&b, average[f]);
        }
        sn_buf_puts(&b, "],\"fieldLength\":[");
        for (size_t d = 0; d < ndocs; d++)
            sn_buf_printf(&b, "%s[%zu,%zu,%zu,%zu]", d ? "," : "", lengths[d * FIELDS], lengths[d * FIELDS + 1],
                          lengths[d * FIELDS + 2], lengths[d * FIELDS + 3]);
        sn_buf_puts(&b, "],\"terms\":");
        put_json_units(&b, coded, ncoded);
        sn_buf_puts(&b, ",\"postings\":\"");
        sn_buf_add(&b, postings.data ? postings.data : "", postings.len); /* no character to escape */
        sn_buf_printf(&b, "\",\"block\":%d,\"count\":%zu,\"termStarts\":", BLOCK, nterms);
        put_starts(&b, coded, ncoded, ' ');
        sn_buf_puts(&b, ",\"postingStarts\":");
        put_starts_ascii(&b, postings.data ? postings.data : "", postings.len, '|');
        sn_buf_puts(&b, "}});\n");
        free(coded);
        sn_buf_free(&postings);
        free(order);
        if (ok) {
            *len = b.len;
            out = sn_buf_take(&b);
        } else {
            sn_buf_free(&b);
        }
    }
    free(head_of);
    free(lengths);
    table_free(&heads);
    indexer_free(&x);
    return out;
}
