/* The search index's documents (search.h, search_defs.h): any notes'
 * Markdown cut at its headings into plain text, and the names a C section
 * defines. Properties:
 * - every heading of the notes (as cmark-gfm parses them) gives one part,
 *   in order, and nothing else does; what comes before the first heading
 *   is a part only when it has text or formulas;
 * - the text is plain: no formula placeholder, no line break or tab, no
 *   space doubled or at an end; without Markdown's punctuation in the input
 *   it is the input's words, in order;
 * - a defined name is an identifier, found once, on a line of the range;
 * - the index built in C (search_index.h) from those parts: built unless a
 *   byte could be CJK or Hangul (three-byte UTF-8 from U+3000 up); a script
 *   around JSON that reads back (when no term is cut inside a surrogate
 *   pair: no four-byte UTF-8) with one document per part, `count` terms,
 *   a block start per 32 terms and as many postings as terms. */
#include "fuzz.h"
#include "search.h"
#include "search_defs.h"
#include "search_index.h"
#include "po_markdown.h"
#include "read.h"
#include "texmath.h"

#include <cmark-gfm.h>
#include <ctype.h>

static void plain_text(const char *t)
{
    REQUIRE(!strstr(t, SN_MATH_MARK_OPEN) && !strstr(t, SN_MATH_MARK_CLOSE));
    REQUIRE(!strchr(t, '\n') && !strchr(t, '\t') && !strstr(t, "  "));
    size_t n = strlen(t);
    REQUIRE(!n || (t[0] != ' ' && t[n - 1] != ' '));
}

static size_t headings(const char *md)
{
    /* The protected text, as sn_search_parts parses it (a formula holding
     * a `#` line is not a heading). */
    sn_math_list math;
    sn_error bad = {0};
    size_t count = 0;
    if (sn_math_find(md, strlen(md), &math, &bad) != 0) {
        sn_error_free(&bad);
        sn_math_list_free(&math);
        return (size_t)-1;
    }
    char *protected = sn_math_protect(md, strlen(md), &math);
    cmark_parser *parser = sn_markdown_parser(CMARK_OPT_SMART);
    cmark_parser_feed(parser, protected, strlen(protected));
    cmark_node *doc = cmark_parser_finish(parser);
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
        count += ev == CMARK_EVENT_ENTER && cmark_node_get_type(cmark_iter_get_node(it)) == CMARK_NODE_HEADING;
    cmark_iter_free(it);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    free(protected);
    sn_math_list_free(&math);
    return count;
}

/* Has the input no Markdown syntax (letters, digits, spaces, lines)? */
static int is_prose(const char *md)
{
    for (const char *c = md; *c; c++) {
        if (!isalnum((unsigned char)*c) && *c != ' ' && *c != '\n') return 0;
        if (*c == ' ' && (c == md || c[-1] == '\n')) return 0; /* maybe indented code */
    }
    return 1;
}

static void check_index(const char *md, const sn_search_part *parts, size_t n)
{
    json_t *pages = json_pack("[[ss]]", "page", "page.html"), *docs = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(docs, json_pack("[iisss]", 0, (int)i, parts[i].heading ? parts[i].heading : "",
                                              parts[i].text, "[]"));
    for (size_t i = 0; i < n; i++) json_array_set_new(json_array_get(docs, i), 4, json_array());
    size_t len = 0;
    char *js = sn_search_index_build("en", pages, docs, &len);
    int wide = 0, supplementary = 0; /* may hold CJK or Hangul; four-byte UTF-8 */
    for (const unsigned char *c = (const unsigned char *)md; *c; c++) {
        wide |= *c >= 0xE3 && *c <= 0xEF;
        supplementary |= *c >= 0xF0;
    }
    REQUIRE(js || wide);
    if (js) {
        static const char head[] = "sidenotesSearchLoaded(", tail[] = ");\n";
        REQUIRE(len == strlen(js) && len > sizeof head + sizeof tail);
        REQUIRE(memcmp(js, head, sizeof head - 1) == 0 && strcmp(js + len - 3, tail) == 0);
        json_t *data = json_loadb(js + sizeof head - 1, len - (sizeof head - 1) - 3, 0, NULL);
        REQUIRE(data || supplementary);
        if (data) {
            json_t *index = json_object_get(data, "index");
            size_t count = (size_t)json_integer_value(json_object_get(index, "count"));
            const char *postings = json_string_value(json_object_get(index, "postings"));
            REQUIRE((size_t)json_integer_value(json_object_get(index, "documentCount")) == n);
            REQUIRE(json_array_size(json_object_get(index, "fieldLength")) == n);
            REQUIRE(json_array_size(json_object_get(index, "termStarts")) == (count ? (count + 31) / 32 : 1));
            size_t bars = 0;
            for (const char *c = postings; c && *c; c++) bars += *c == '|';
            REQUIRE(postings && (count ? bars + 1 == count : !*postings));
            json_decref(data);
        }
    }
    free(js);
    json_decref(pages);
    json_decref(docs);
}

static void check_definitions(const char *text, size_t len, int first, int last)
{
    sn_strv names = {0};
    sn_search_definitions(text, len, first, last, &names);
    for (size_t i = 0; i < names.count; i++) {
        const char *n = names.items[i];
        REQUIRE(isalpha((unsigned char)n[0]) || n[0] == '_');
        for (const char *c = n; *c; c++) REQUIRE(isalnum((unsigned char)*c) || *c == '_');
        for (size_t j = 0; j < i; j++) REQUIRE(strcmp(names.items[j], n) != 0);
        /* On a line of the range. */
        const char *p = text;
        int found = 0;
        for (int line = 1; p <= text + len && line <= last && !found; line++) {
            const char *eol = memchr(p, '\n', (size_t)(text + len - p));
            if (!eol) eol = text + len;
            if (line >= first) {
                size_t nl = strlen(n);
                for (const char *c = p; c + nl <= eol && !found; c++) found = memcmp(c, n, nl) == 0;
            }
            if (eol == text + len) break;
            p = eol + 1;
        }
        REQUIRE(found);
    }
    sn_strv_free(&names);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    char *md = fuzz_string(data, size, &len);
    /* The reading stage hands on valid UTF-8 only (a file that is not is
     * read as Latin-1): a placeholder's bytes split by a tag, which the
     * text loses, are not notes any page can have. */
    int line, col;
    if (sn_utf8_check(md, len, &line, &col) != 0) {
        free(md);
        return 0;
    }

    sn_search_part *parts;
    size_t n = sn_search_parts(md, &parts);
    size_t h = headings(md);
    if (h != (size_t)-1) {
        size_t headed = 0;
        for (size_t i = 0; i < n; i++) headed += parts[i].heading != NULL;
        REQUIRE(headed == h);
        REQUIRE(n == h || n == h + 1);
        /* Before the first heading: text, or formulas alone (an empty
         * `text`, the formulas in the snippet; search.h). */
        if (n == h + 1) REQUIRE(!parts[0].heading && (parts[0].text[0] || parts[0].snippet[0]));
        for (size_t i = 1; i < n; i++) REQUIRE(parts[i].heading);
    } else {
        REQUIRE(n == 0); /* math Markdown disagrees with: not indexed */
    }
    for (size_t i = 0; i < n; i++) {
        if (parts[i].heading) plain_text(parts[i].heading);
        plain_text(parts[i].text);
    }
    check_index(md, parts, n);
    if (is_prose(md) && n) {
        /* One paragraph (or a setext heading's text): its words. */
        sn_buf words = {0};
        int space = 0;
        for (const char *c = md; *c; c++) {
            if (*c == ' ' || *c == '\n') {
                space = words.len > 0;
                continue;
            }
            if (space) sn_buf_putc(&words, ' ');
            space = 0;
            sn_buf_putc(&words, *c);
        }
        sn_buf all = {0};
        for (size_t i = 0; i < n; i++) {
            if (parts[i].heading && parts[i].heading[0]) {
                if (all.len) sn_buf_putc(&all, ' ');
                sn_buf_puts(&all, parts[i].heading);
            }
            if (parts[i].text[0]) {
                if (all.len) sn_buf_putc(&all, ' ');
                sn_buf_puts(&all, parts[i].text);
            }
        }
        REQUIRE(same_bytes(all.data ? all.data : "", all.len, words.data ? words.data : "", words.len));
        sn_buf_free(&words);
        sn_buf_free(&all);
    }
    sn_search_parts_free(parts, n);

    /* The same bytes as C: lines picked by the size. */
    int first = (int)(size % 7) + 1, last = first + (int)(size % 13);
    check_definitions(md, len, first, last);
    free(md);
    return 0;
}
