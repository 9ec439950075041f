/* search.c — see search.h. */
#include "search.h"
#include "search_defs.h"
#include "search_index.h"
#include "search_tex.h"
#include "xref.h"

#include "answer.h"
#include "embedded.h"
#include "po_markdown.h"
#include "texmath.h"
#include "tools.h"
#include "worker.h"

#include <cmark-gfm.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* The cache's name for this tool. Its version is a checksum of the worker
 * and the library (both built into sidenotes), so a new MiniSearch or a
 * changed worker never meets an old index. */
#define SEARCH_TOOL "search"

struct site_search {
    json_t **pages, **docs; /* per language: [[title, url]...], [[page, k, heading, text, [ids]]...] */
    json_t **snippets;      /* per language: each document's text with its formulas (LANG.text.js) */
    char **request;         /* per language: the request line, then the script */
    size_t *len;
    int *pending;           /* per language: sent to the worker */
    char **own;             /* per language: the index search_index.c built, for the check */
    size_t nlangs;          /* languages the arrays have room for */
    char *version;
    sn_worker *worker;
    int greeted;            /* its hello line was read (a kept worker's) */
    /* Documents of C code whose names are filled in by site_search_send
     * once the parsers are done (xref.h): the document, the page, its
     * source (for a page libclang did not resolve) and its code's lines. */
    struct {
        json_t *doc;
        size_t page;
        const sn_source *src;
        int first, last;
    } *named;
    size_t nnamed;
    int off;                /* no node to build it: the site has no index */
};

/* ---- notes as plain text ----------------------------------------------- */

/* The most bytes of one formula in a snippet: a snippet shows about 140
 * characters, and the long display formulas (derivations of 100-200
 * characters) would fill it and the index's size budget; the first ones
 * say what the formula is about. */
#define SNIPPET_FORMULA_MAX 48

/* Text, with each formula's placeholder (U+E000 index U+E001) left out
 * (`to` NULL), or replaced by its TeX (`to` "tex": in headings, where a
 * formula is often the point, "From the variance to 1/\sqrt{\sigma^2+\epsilon}"),
 * or by the formula as readable text (`to` "text": the snippets',
 * search_tex.h). */
static void add_text(sn_buf *b, const char *s, const char *md, const sn_math_list *math, const char *to)
{
    while (*s) {
        const char *mark = strstr(s, SN_MATH_MARK_OPEN);
        if (!mark) {
            sn_buf_puts(b, s);
            return;
        }
        sn_buf_add(b, s, (size_t)(mark - s));
        const char *close = strstr(mark, SN_MATH_MARK_CLOSE);
        if (!close) return;
        size_t k = strtoul(mark + strlen(SN_MATH_MARK_OPEN), NULL, 10);
        if (to && k < math->count) {
            const char *tex = md + math->spans[k].tex_start;
            size_t len = math->spans[k].tex_end - math->spans[k].tex_start;
            if (strcmp(to, "tex") == 0) {
                sn_buf_add(b, tex, len);
            } else {
                char *text = sn_search_tex_text(tex, len);
                /* A display formula is a block of its own. */
                if (math->spans[k].display && b->len && b->data[b->len - 1] != ' ') sn_buf_putc(b, ' ');
                size_t n = strlen(text);
                if (n > SNIPPET_FORMULA_MAX) { /* cut at a character, and say so */
                    n = SNIPPET_FORMULA_MAX;
                    while (n && ((unsigned char)text[n] & 0xC0) == 0x80) n--;
                    sn_buf_add(b, text, n);
                    sn_buf_puts(b, "…");
                } else {
                    sn_buf_add(b, text, n);
                }
                if (math->spans[k].display) sn_buf_putc(b, ' ');
                free(text);
            }
        }
        s = close + strlen(SN_MATH_MARK_CLOSE);
    }
}

static void add_space(sn_buf *b)
{
    if (b->len && b->data[b->len - 1] != ' ') sn_buf_putc(b, ' ');
}

static void tidy(sn_buf *b)
{
    /* Spaces made one, and none at the ends. */
    size_t o = 0;
    for (size_t i = 0; i < b->len; i++) {
        char c = b->data[i] == '\n' || b->data[i] == '\t' ? ' ' : b->data[i];
        if (c == ' ' && (o == 0 || b->data[o - 1] == ' ')) continue;
        b->data[o++] = c;
    }
    while (o && b->data[o - 1] == ' ') o--;
    if (b->data) b->data[o] = '\0';
    b->len = o;
}

static void end_part(sn_search_part **parts, size_t *n, sn_buf *head, sn_buf *text, sn_buf *snip, int headed)
{
    tidy(head);
    tidy(text);
    tidy(snip);
    if (!headed && !snip->len) { /* nothing before the first heading */
        sn_buf_free(head);
        sn_buf_free(text);
        sn_buf_free(snip);
        return;
    }
    *parts = sn_xrealloc(*parts, (*n + 1) * sizeof **parts);
    (*parts)[*n].heading = headed ? sn_buf_take(head) : NULL;
    (*parts)[*n].snippet = sn_buf_take(snip);
    (*parts)[(*n)++].text = sn_buf_take(text);
    sn_buf_free(head);
}

size_t sn_search_parts(const char *md, sn_search_part **parts)
{
    *parts = NULL;
    sn_math_list math;
    sn_error bad;
    sn_math_parse parse; /* the protected text, parsed as the pages: ’ “ ” */
    if (sn_math_find_parsed(md, strlen(md), CMARK_OPT_SMART, &math, &bad, &parse) != 0) {
        sn_error_free(&bad); /* cannot happen: rendered already */
        sn_math_list_free(&math);
        return 0;
    }
    size_t n = sn_search_parts_parsed(parse.doc, md, &math, parts);
    sn_math_list_free(&math);
    sn_math_parse_free(&parse);
    return n;
}

size_t sn_search_parts_parsed(cmark_node *doc, const char *md, const sn_math_list *math,
                              sn_search_part **parts)
{
    *parts = NULL;
    size_t n = 0;
    sn_buf text = {0}, head = {0}, snip = {0};
    int in_heading = 0, headed = 0;
    /* An answer's [!ANSWER] marker is not text: the bytes of it left to
     * skip, from the text node `marker` on (answer.h). */
    cmark_node *marker = NULL;
    size_t marker_left = 0;
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_HEADING) { /* a heading starts a part */
            if (ev == CMARK_EVENT_ENTER) {
                end_part(parts, &n, &head, &text, &snip, headed);
                headed = in_heading = 1;
            } else {
                in_heading = 0;
            }
            continue;
        }
        sn_buf *to = in_heading ? &head : &text;
        if (type == CMARK_NODE_CODE_BLOCK) { /* code, or a program's output */
            cmark_iter_reset(it, node, CMARK_EVENT_EXIT);
            continue;
        }
        if (type == CMARK_NODE_BLOCK_QUOTE && ev == CMARK_EVENT_ENTER) {
            cmark_node *first;
            size_t skip = sn_answer_marker(node, &first);
            if (skip) {
                marker = first;
                marker_left = skip;
            }
        }
        int block = (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
        if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
            const char *literal = cmark_node_get_literal(node);
            if (node == marker) marker = NULL; /* the marker's text nodes follow each other */
            if (marker_left && !marker && type == CMARK_NODE_TEXT) {
                size_t len = strlen(literal), cut = len < marker_left ? len : marker_left;
                literal += cut;
                marker_left -= cut;
            }
            add_text(to, literal, md, math, in_heading ? "tex" : NULL);
            if (!in_heading) add_text(&snip, literal, md, math, "text");
        } else if (block || type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            add_space(to); /* blocks and table cells apart */
            if (!in_heading) add_space(&snip);
        }
    }
    end_part(parts, &n, &head, &text, &snip, headed);
    cmark_iter_free(it);
    return n;
}

void sn_search_parts_free(sn_search_part *parts, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(parts[i].heading);
        free(parts[i].text);
        free(parts[i].snippet);
    }
    free(parts);
}

/* ---- the documents ------------------------------------------------------ */

/* The search state, with room for every language the site has so far
 * (English is rendered before the translations are loaded). */
static struct site_search *state(site *s)
{
    struct site_search *st = s->search;
    if (!st) st = s->search = sn_xcalloc(1, sizeof *st);
    if (st->nlangs < s->nlangs) {
        size_t n = s->nlangs;
        st->pages = sn_xrealloc(st->pages, n * sizeof *st->pages);
        st->docs = sn_xrealloc(st->docs, n * sizeof *st->docs);
        st->snippets = sn_xrealloc(st->snippets, n * sizeof *st->snippets);
        st->request = sn_xrealloc(st->request, n * sizeof *st->request);
        st->len = sn_xrealloc(st->len, n * sizeof *st->len);
        st->pending = sn_xrealloc(st->pending, n * sizeof *st->pending);
        st->own = sn_xrealloc(st->own, n * sizeof *st->own);
        for (size_t l = st->nlangs; l < n; l++) {
            st->pages[l] = json_array();
            st->docs[l] = json_array();
            st->snippets[l] = json_array();
            st->request[l] = NULL;
            st->len[l] = 0;
            st->pending[l] = 0;
            st->own[l] = NULL;
        }
        st->nlangs = n;
    }
    return st;
}

void site_search_parsed(void *kept, cmark_node *doc, const char *md, const sn_math_list *math)
{
    site_search_kept *to = kept;
    site_search_kept_free(to);
    to->count = sn_search_parts_parsed(doc, md, math, &to->parts);
    to->taken = 1;
}

void site_search_kept_free(site_search_kept *kept)
{
    sn_search_parts_free(kept->parts, kept->count);
    *kept = (site_search_kept){0};
}

void site_search_notes(site *s, size_t l, size_t p, size_t k, const char *md, site_search_kept *kept)
{
    site_search_kept made = {0};
    if (kept && kept->taken) {
        made = *kept;
        *kept = (site_search_kept){0};
    }
    if (s->o->no_search) {
        site_search_kept_free(&made);
        return;
    }
    struct site_search *st = state(s);
    const page_rec *pr = &s->pages[p];
    if (k == 0) {
        char *url = sn_strdup_printf("%s%s", s->langs[l].prefix, pr->out);
        json_array_append_new(st->pages[l], json_pack("[ss]", site_page_title(s, l, p), url));
        free(url);
    }
    if (!made.taken) made.count = sn_search_parts(md, &made.parts);
    sn_search_part *parts = made.parts;
    size_t n = made.count;
    json_t *ids = json_array();
    const sn_section *sec = &pr->page.sections[k];
    int named = 0; /* the names come later, from the cross-references */
    if (pr->page.src->kind == SN_SOURCE_C && sec->code_first) {
        /* The names libclang found defined here (xref.h), once the parsers
         * are done; for a page it did not resolve (add_names), or with no
         * cross-references at all, a conservative scan of the lines. */
        named = s->xref != NULL;
        sn_strv names = {0};
        if (!named)
            sn_search_definitions(pr->page.src->text, pr->page.src->len, sec->code_first,
                                  sec->code_last, &names);
        for (size_t i = 0; i < names.count; i++) json_array_append_new(ids, json_string(names.items[i]));
        sn_strv_free(&names);
    }
    int page = (int)json_array_size(st->pages[l]) - 1;
    /* Every section has a document, even one of code alone (its names). */
    if (n == 0) {
        json_array_append_new(st->docs[l], json_pack("[iisso]", page, (int)k, "", "", json_array()));
        json_array_append_new(st->snippets[l], json_string(""));
    }
    for (size_t i = 0; i < n; i++) {
        json_array_append_new(st->docs[l], json_pack("[iisso]", page, (int)k,
                                                     parts[i].heading ? parts[i].heading : "",
                                                     pr->english_only ? "" : parts[i].text,
                                                     json_array()));
        json_array_append_new(st->snippets[l], json_string(pr->english_only ? "" : parts[i].snippet));
    }
    /* The names the code defines go with the notes just above it. */
    json_t *last = json_array_get(st->docs[l], json_array_size(st->docs[l]) - 1);
    if (json_array_size(ids)) json_array_set(last, 4, ids);
    if (named) {
        st->named = sn_xrealloc(st->named, (st->nnamed + 1) * sizeof *st->named);
        st->named[st->nnamed].doc = json_incref(last);
        st->named[st->nnamed].page = p;
        st->named[st->nnamed].src = pr->page.src;
        st->named[st->nnamed].first = sec->code_first;
        st->named[st->nnamed++].last = sec->code_last;
    }
    json_decref(ids);
    sn_search_parts_free(parts, n);
}

/* ---- the worker --------------------------------------------------------- */

/* A language's tag as the pages' `lang` attribute has it (assemble.c), which
 * is how search.js finds its index: "zh" is "zh-Hans", "pt_BR" "pt-BR". */
static char *bcp47(const char *code)
{
    char *tag = sn_strdup(strcmp(code, "zh") == 0 ? "zh-Hans" : code);
    for (char *c = tag; *c; c++) if (*c == '_') *c = '-';
    return tag;
}

static char *worker_script(void)
{
    const sn_embedded *lib = sn_embedded_find("minisearch.js");
    const sn_embedded *worker = sn_embedded_find("search-worker.js");
    /* The UMD build, made to hand MiniSearch to this script. */
    return sn_strdup_printf("const MiniSearch = (function () { var module = {exports: {}}, "
                            "exports = module.exports;\n%s\n;return module.exports; })();\n%s",
                            lib->data, worker->data);
}

static char *version_of(const char *script)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (const unsigned char *c = (const unsigned char *)script; *c; c++) h = (h ^ *c) * 1099511628211ULL;
    return sn_strdup_printf("script %zu %016llx", strlen(script), (unsigned long long)h);
}

/* The names each section's code defines, into the documents that wait for
 * them: from the cross-references when libclang resolved the page, else
 * from the scan of its lines (search_defs.h), as without them. */
static void add_names(struct site_search *st, const sn_xref *x)
{
    for (size_t i = 0; i < st->nnamed; i++) {
        sn_strv names = {0};
        if (sn_xref_resolved(x, st->named[i].page))
            sn_xref_definitions(x, st->named[i].page, st->named[i].first, st->named[i].last, &names);
        else
            sn_search_definitions(st->named[i].src->text, st->named[i].src->len, st->named[i].first,
                                  st->named[i].last, &names);
        json_t *ids = json_array();
        for (size_t k = 0; k < names.count; k++) json_array_append_new(ids, json_string(names.items[k]));
        if (names.count) json_array_set(st->named[i].doc, 4, ids);
        json_decref(ids);
        sn_strv_free(&names);
        json_decref(st->named[i].doc);
    }
    free(st->named);
    st->named = NULL;
    st->nnamed = 0;
}

/* Starts the worker unless it runs (or takes the one `sidenotes serve`
 * kept). Search is not worth refusing a site for (one with no formulas
 * needs no node otherwise): without node it has no index, and the box
 * says so; --strict makes it an error. 0, or -1 and st->off. */
static int start_worker(site *s, struct site_search *st, const char *script)
{
    if (st->worker) return 0;
    if ((st->worker = sn_tools_pool_take_search(s->o->pool))) {
        st->greeted = 1; /* node and the script loaded already */
        return 0;
    }
    char *argv[] = {(char *)s->o->node, "-e", (char *)script, NULL};
    char *why = NULL;
    if ((st->worker = sn_worker_start("the search worker", argv, &why))) return 0;
    sn_diags_warn(s->diags, NULL, "%s; the site is built without a search index", why);
    free(why);
    st->off = 1;
    return -1;
}

void site_search_start(site *s)
{
    if (s->o->no_search || s->o->pool) return; /* serve keeps its worker loaded */
    /* Without translations the index is most likely English, which
     * search_index.c builds without node. */
    if (!s->o->po_dir) return;
    struct site_search *st = state(s);
    char *script = worker_script();
    if (!st->off) start_worker(s, st, script);
    free(script);
}

int site_search_send(site *s, char **err)
{
    if (s->o->no_search) return 0;
    struct site_search *st = state(s);
    add_names(st, s->xref);
    char *script = worker_script();
    st->version = version_of(script);
    int rc = 0;
    /* SIDENOTES_SEARCH_CHECK=1 (the `search index` test) makes the worker
     * check its index against MiniSearch's own, and each index built here
     * against the worker's: the cache must not answer for it. */
    const char *check_env = getenv("SIDENOTES_SEARCH_CHECK");
    int check = check_env && strcmp(check_env, "1") == 0;
    for (size_t l = 0; l < s->nlangs && rc == 0 && !st->off; l++) {
        char *tag = bcp47(s->langs[l].code);
        size_t n;
        char *own = sn_search_index_build(tag, st->pages[l], st->docs[l], &n);
        if (own && !check) { /* no word to segment: no node */
            free(tag);
            st->request[l] = own;
            st->len[l] = n;
            continue;
        }
        st->own[l] = own;
        json_t *req = json_pack("{sssOsO}", "lang", tag, "pages", st->pages[l], "docs", st->docs[l]);
        free(tag);
        char *line = json_dumps(req, JSON_COMPACT);
        json_decref(req);
        char *hit = check ? NULL : sn_cache_get(s->cache, SEARCH_TOOL, st->version, "", line, strlen(line), &n);
        if (hit) {
            free(line);
            st->request[l] = hit;
            st->len[l] = n;
            continue;
        }
        if (start_worker(s, st, script) != 0) {
            free(line);
            break;
        }
        size_t len = strlen(line);
        line = sn_xrealloc(line, len + 2);
        line[len] = '\n';
        line[len + 1] = '\0';
        if (rc == 0 && sn_worker_send(st->worker, line, len + 1, err) != 0) rc = -1;
        line[len] = '\0';
        st->request[l] = line;
        st->len[l] = len;
        st->pending[l] = 1;
    }
    free(script);
    return rc;
}

/* Where the answers to `count` requests end in [at, end) (at: after the
 * hello line), or NULL while they are not all there: "index N\n" and N
 * bytes each. */
static const char *answers_end(const char *at, const char *end, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const char *nl = at < end ? memchr(at, '\n', (size_t)(end - at)) : NULL;
        size_t n;
        if (!nl || sscanf(at, "index %zu\n", &n) != 1 || n > (size_t)(end - nl - 1)) return NULL;
        at = nl + 1 + n;
    }
    return at;
}

/* The worker's whole output for this build: its hello line, then an
 * answer per language sent. Without a pool the worker is finished; with
 * one (`sidenotes serve`) the answers are read as they come and the worker
 * goes back to the pool, its hello line kept at the front of what is
 * returned so that both read alike. Malloc'd, or NULL and *err. */
static char *read_answers(struct site_search *st, sn_tools_pool *pool, size_t *len, char **err)
{
    sn_worker *w = st->worker;
    st->worker = NULL;
    if (!pool) return sn_worker_finish(w, len, err);
    size_t pending = 0;
    for (size_t l = 0; l < st->nlangs; l++) pending += st->pending[l] != 0;
    size_t n;
    const char *out = sn_worker_output(w, &n), *last;
    for (;;) {
        const char *hello_end = !n ? NULL : st->greeted ? out : memchr(out, '\n', n);
        const char *first = !hello_end ? NULL : st->greeted ? out : hello_end + 1;
        if (first && (last = answers_end(first, out + n, pending))) break;
        if (sn_worker_read(w, err) != 0) {
            sn_worker_abandon(w);
            return NULL;
        }
        out = sn_worker_output(w, &n);
    }
    sn_buf b = {0};
    sn_buf_puts(&b, st->greeted ? "{}\n" : ""); /* the hello, read by an earlier build */
    sn_buf_add(&b, out, (size_t)(last - out));
    sn_worker_drop(w, (size_t)(last - out));
    sn_tools_pool_keep_search(pool, w);
    *len = b.len;
    return sn_buf_take(&b);
}

/* ---- the snippets' text, packed ------------------------------------------ */

/* `n` bytes as base64 (RFC 4648, padded), NUL-terminated. */
static char *base64(const unsigned char *p, size_t n)
{
    static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char *out = sn_xmalloc((n + 2) / 3 * 4 + 1), *o = out;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) | (i + 2 < n ? p[i + 2] : 0);
        *o++ = A[v >> 18];
        *o++ = A[(v >> 12) & 63];
        *o++ = i + 1 < n ? A[(v >> 6) & 63] : '=';
        *o++ = i + 2 < n ? A[v & 63] : '=';
    }
    *o = 0;
    return out;
}

/* The script LANG.text.js for the JSON list `list`: the list deflated
 * (zlib, raw deflate) and written as base64, which the page inflates with
 * the browser's own DecompressionStream("deflate-raw"). From file:// there
 * is no transport compression, and the text is two thirds of a language's
 * bytes, most of it CJK at three bytes a character in UTF-8: packed it is
 * 40% of that (Japanese: 196 KB to 80 KB). NULL if zlib fails. */
static char *packed_text_script(const char *list)
{
    size_t n = strlen(list);
    z_stream z = {0};
    if (deflateInit2(&z, 6, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) return NULL;
    uLong cap = deflateBound(&z, (uLong)n);
    unsigned char *buf = sn_xmalloc(cap);
    z.next_in = (unsigned char *)(uintptr_t)list;
    z.avail_in = (uInt)n;
    z.next_out = buf;
    z.avail_out = (uInt)cap;
    int rc = deflate(&z, Z_FINISH);
    size_t out = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) {
        free(buf);
        return NULL;
    }
    char *b64 = base64(buf, out);
    free(buf);
    char *script = sn_strdup_printf("sidenotesSearchText(\"%s\");\n", b64);
    free(b64);
    return script;
}

int site_search_collect(site *s, char **err)
{
    if (s->o->no_search) return 0;
    struct site_search *st = state(s);
    if (st->off) return 0;
    if (st->worker) {
        size_t len;
        char *out = read_answers(st, s->o->pool, &len, err);
        if (!out) return -1;
        const char *p = memchr(out, '\n', len), *end = out + len; /* after the hello */
        for (size_t l = 0; l < s->nlangs; l++) {
            if (!st->pending[l]) continue;
            size_t n = 0;
            if (!p || sscanf(p + 1, "index %zu\n", &n) != 1 || !(p = memchr(p + 1, '\n', (size_t)(end - p - 1))) ||
                n > (size_t)(end - p - 1)) {
                *err = sn_strdup_printf("error: the search worker answered %.40s", p ? p : "nothing");
                free(out);
                return -1;
            }
            if (st->own[l] && (strlen(st->own[l]) != n || memcmp(st->own[l], p + 1, n) != 0)) {
                *err = sn_strdup_printf("error: the search index of %s built without node differs from "
                                        "the worker's (search_index.c)", s->langs[l].code);
                free(out);
                return -1;
            }
            sn_cache_put(s->cache, SEARCH_TOOL, st->version, "", st->request[l], st->len[l], p + 1, n);
            free(st->request[l]);
            st->request[l] = sn_strndup(p + 1, n);
            st->len[l] = n;
            st->pending[l] = 0;
            p += n; /* the last byte of this script, a newline */
        }
        free(out);
        if (sn_cache_commit(s->cache, err) != 0) return -1;
    }
    /* The engine goes in each language's script, before its index: the page
     * loads one script at the box's first use, not two (the second request
     * from file:// cost the first query its own round trip through the
     * browser's loader, its parse and its task). */
    const sn_embedded *engine = sn_embedded_find("search-engine.js");
    for (size_t l = 0; l < s->nlangs; l++) {
        char *tag = bcp47(s->langs[l].code);
        size_t n = engine->len + 1 + st->len[l];
        char *js = sn_xmalloc(n + 1);
        memcpy(js, engine->data, engine->len);
        js[engine->len] = '\n';
        memcpy(js + engine->len + 1, st->request[l], st->len[l]);
        js[n] = '\0';
        free(st->request[l]);
        st->request[l] = NULL;
        site_add_output(s, sn_strdup_printf("static/search/%s.js", tag), js, n);
        /* The documents' text, for the snippets, in a script of its own: the
         * page loads it after the index, so the first results need not wait
         * for the two thirds of the bytes that only the snippets use. Its
         * formulas are readable text (search_tex.h); the index has none. */
        char *list = json_dumps(st->snippets[l], JSON_COMPACT);
        char *script = list ? packed_text_script(list) : NULL;
        free(list);
        if (!script) {
            free(tag);
            *err = sn_strdup("error: the search index's text could not be compressed (zlib)");
            return -1;
        }
        site_add_output(s, sn_strdup_printf("static/search/%s.text.js", tag), script, strlen(script));
        free(tag);
    }
    return 0;
}

/* The search files a build writes: per language its index (with the
 * engine) and its snippets' text. */
static char *search_file(const site *s, size_t i)
{
    char *tag = bcp47(s->langs[i / 2].code);
    char *path = sn_strdup_printf("static/search/%s%s.js", tag, i % 2 ? ".text" : "");
    free(tag);
    return path;
}

int site_search_keep_last(site *s)
{
    if (s->o->no_search) return -1;
    size_t n = 2 * s->nlangs;
    for (size_t i = 0; i < n; i++) {
        char *path = search_file(s, i);
        char *full = sn_strdup_printf("%s/%s", s->o->out_dir, path);
        char *data;
        size_t len;
        int rc = sn_read_file(full, &data, &len);
        free(full);
        if (rc != 0) {
            free(path);
            site_search_drop_outputs(s); /* the ones added so far */
            return -1;
        }
        site_add_output(s, path, data, len);
    }
    return 0;
}

void site_search_drop_outputs(site *s)
{
    size_t kept = 0;
    for (size_t i = 0; i < s->nout; i++) {
        const char *path = s->outputs[i].path;
        if (strncmp(path, "static/search/", 14) == 0) {
            free(s->outputs[i].path);
            free(s->outputs[i].data);
        } else {
            s->outputs[kept++] = s->outputs[i];
        }
    }
    s->nout = kept;
}

void site_search_free(site *s)
{
    struct site_search *st = s->search;
    if (!st) return;
    if (st->worker && s->o->pool) {
        /* A build that failed after sending: the kept worker's answers are
         * read and dropped, and it goes back to the pool for the next. */
        size_t n;
        char *why = NULL;
        free(read_answers(st, s->o->pool, &n, &why));
        free(why);
    }
    if (st->worker) sn_worker_abandon(st->worker);
    for (size_t l = 0; l < st->nlangs; l++) {
        json_decref(st->pages[l]);
        json_decref(st->docs[l]);
        json_decref(st->snippets[l]);
        free(st->request[l]);
        free(st->own[l]);
    }
    free(st->pages);
    free(st->docs);
    free(st->snippets);
    free(st->request);
    free(st->len);
    free(st->pending);
    free(st->own);
    for (size_t i = 0; i < st->nnamed; i++) json_decref(st->named[i].doc);
    free(st->named);
    free(st->version);
    free(st);
    s->search = NULL;
}
