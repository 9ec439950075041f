/* chunks.c — see chunks.h. */
#include "chunks.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>

/* Files this big or bigger are cut in two. */
#define CHUNK_MIN_FILE (128 * 1024)

/* Whether the start of each candidate line (ascending, 1-based) is at the
 * top level of the C code and after a `;` or a `}` (or nothing): the scan
 * skips comments, strings, character constants and preprocessor lines
 * (continued by backslashes), and counts the `#if 0` nesting. */
static void top_level(const char *s, size_t len, const int *lines, size_t n, char *ok)
{
    enum { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR } state = CODE;
    int depth = 0, if0 = 0, pp = 0, line = 1, line_start = 1;
    char last = 0; /* the last significant character of the code */
    size_t k = 0;
    for (size_t i = 0; i <= len && k < n; i++) {
        if (line_start) {
            while (k < n && lines[k] < line) ok[k++] = 0;
            if (k < n && lines[k] == line)
                ok[k++] = state == CODE && !pp && depth == 0 && if0 == 0 &&
                          (last == 0 || last == ';' || last == '}');
            line_start = 0;
            if (state == CODE && !pp) { /* a preprocessor line? */
                size_t j = i;
                while (j < len && (s[j] == ' ' || s[j] == '\t')) j++;
                if (j < len && s[j] == '#') {
                    pp = 1;
                    j++;
                    while (j < len && (s[j] == ' ' || s[j] == '\t')) j++;
                    if (len - j >= 2 && memcmp(s + j, "if", 2) == 0) {
                        size_t d = j + 2;
                        int zero = d < len && (s[d] == ' ' || s[d] == '\t');
                        while (d < len && (s[d] == ' ' || s[d] == '\t')) d++;
                        if (if0 || (zero && d < len && s[d] == '0')) if0++;
                    } else if (if0 && len - j >= 5 && memcmp(s + j, "endif", 5) == 0) {
                        if0--;
                    } else if (if0 == 1 && len - j >= 2 && memcmp(s + j, "el", 2) == 0) {
                        if0 = 0;
                    }
                }
            }
        }
        if (i == len) break;
        char c = s[i], next = i + 1 < len ? s[i + 1] : 0;
        if (c == '\n') {
            line++;
            line_start = 1;
            if (state == LINE_COMMENT) state = CODE;
            if (pp && !(i > 0 && s[i - 1] == '\\')) pp = 0;
            continue;
        }
        switch (state) {
        case CODE:
            if (c == '/' && next == '/') state = LINE_COMMENT, i++;
            else if (c == '/' && next == '*') state = BLOCK_COMMENT, i++;
            else if (c == '"') state = STRING;
            else if (c == '\'') state = CHAR;
            if (pp || if0 || c == ' ' || c == '\t' || c == '\r' || state != CODE) break;
            if (c == '{' || c == '(' || c == '[') depth++;
            else if ((c == '}' || c == ')' || c == ']') && depth > 0) depth--;
            last = c;
            break;
        case LINE_COMMENT:
            break;
        case BLOCK_COMMENT:
            if (c == '*' && next == '/') state = CODE, i++;
            break;
        case STRING:
        case CHAR:
            if (c == '\\') i++;
            else if (c == (state == STRING ? '"' : '\'')) state = CODE;
            break;
        }
    }
    while (k < n) ok[k++] = 0;
}

/* The cuts: candidate lines at the top level, the one nearest to each
 * multiple of `size` bytes. Returns their count. */
static size_t choose_cuts(const sn_source *src, const sn_page *page, size_t size, int *cuts)
{
    size_t n = 0;
    int *lines = sn_xmalloc((page->count + 1) * sizeof *lines);
    for (size_t k = 1; k < page->count; k++)
        if (page->sections[k].note_lines > 0 && (!n || page->sections[k].note_line[0] > lines[n - 1]))
            lines[n++] = page->sections[k].note_line[0];
    char *ok = sn_xmalloc(n + 1);
    top_level(src->text, src->len, lines, n, ok);
    size_t *offset = sn_xmalloc((n + 1) * sizeof *offset), at = 0;
    int line = 1;
    for (size_t k = 0; k < n; k++) { /* the byte offset of each candidate */
        while (line < lines[k] && at < src->len) {
            const char *nl = memchr(src->text + at, '\n', src->len - at);
            at = nl ? (size_t)(nl - src->text) + 1 : src->len;
            line++;
        }
        offset[k] = at;
    }
    size_t ncuts = 0, from = 0;
    for (size_t k = 0; k < n;) {
        size_t target = from + size, best = n;
        for (; k < n && offset[k] <= target; k++)
            if (ok[k] && offset[k] > from) best = k;
        size_t after = k;
        while (after < n && !ok[after]) after++;
        if (after < n && (best == n || offset[after] - target < target - offset[best])) best = after;
        if (best == n || src->len - offset[best] < size / 4 || /* no cut, or a crumb left */
            !memchr(src->text + offset[best], '\n', src->len - offset[best])) /* see sn_code_join */
            break;
        cuts[ncuts++] = lines[best];
        from = offset[best];
        k = best + 1;
    }
    free(offset);
    free(ok);
    free(lines);
    return ncuts;
}

void sn_code_register(sn_tools *t, const sn_page *page, const char *lang, const char *where,
                      sn_code_chunks *out)
{
    const sn_source *src = page->src;
    const char *env = getenv("SIDENOTES_CHUNK_BYTES"); /* for tests: many small chunks */
    size_t size = env && atol(env) > 0 ? (size_t)atol(env) : src->len / 2;
    int *cuts = sn_xmalloc((page->count + 2) * sizeof *cuts);
    size_t ncuts = 0;
    /* The worker stops only in text it lexes as get_tokens would: no CR,
     * no byte-order mark. The cuts are chosen by C's rules (top_level), so
     * only C and C++ are cut; other languages go whole to one worker. */
    int c_like = strcmp(lang, "c") == 0 || strcmp(lang, "cpp") == 0;
    if (c_like && (env || src->len >= CHUNK_MIN_FILE) && !memchr(src->text, '\r', src->len) &&
        !(src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0))
        ncuts = choose_cuts(src, page, size, cuts + 1);
    out->count = ncuts + 1;
    out->start = cuts;
    cuts[0] = 1;
    if (!ncuts) {
        out->first = sn_tools_code(t, lang, src->text, src->len, where);
        return;
    }
    int *stops = sn_xmalloc(ncuts * sizeof *stops);
    size_t at = 0;
    int line = 1;
    for (size_t c = 0; c <= ncuts; c++) {
        while (line < cuts[c]) {
            at = (size_t)((const char *)memchr(src->text + at, '\n', src->len - at) - src->text) + 1;
            line++;
        }
        for (size_t d = c + 1; d <= ncuts; d++) stops[d - c - 1] = cuts[d] - cuts[c];
        size_t id = sn_tools_code_stops(t, lang, src->text + at, src->len - at, stops, ncuts - c, where);
        if (c == 0) out->first = id;
    }
    free(stops);
}

const char *sn_code_join(const sn_tools *t, const sn_code_chunks *c, size_t *len, char **owned)
{
    *owned = NULL;
    const char *html = sn_tools_result(t, c->first, len);
    if (c->count == 1) return html;
    sn_buf b = {0};
    size_t k = 0;
    for (;;) { /* chunk k is valid: a previous one stopped at its start */
        size_t n;
        html = sn_tools_result(t, c->first + k, &n);
        sn_buf_add(&b, html, n);
        size_t lines = 0;
        for (const char *p = html; (p = memchr(p, '\n', n - (size_t)(p - html))) != NULL; p++) lines++;
        size_t next = k + 1;
        while (next < c->count && (size_t)(c->start[next] - c->start[k]) < lines) next++;
        if (next == c->count || (size_t)(c->start[next] - c->start[k]) != lines) break; /* to the end */
        k = next;
    }
    *len = b.len;
    *owned = sn_buf_take(&b);
    return *owned;
}

void sn_code_chunks_free(sn_code_chunks *c)
{
    free(c->start);
    c->start = NULL;
}
