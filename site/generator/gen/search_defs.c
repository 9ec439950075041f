/* search_defs.c — see search_defs.h. */
#include "search_defs.h"

#include <ctype.h>
#include <string.h>

static int ident_start(char c) { return isalpha((unsigned char)c) || c == '_'; }
static int ident_char(char c) { return isalnum((unsigned char)c) || c == '_'; }

/* The identifier ending just before `end` (after spaces), within [line, end). */
static int ident_before(const char *line, const char *end, const char **s, size_t *n)
{
    while (end > line && (end[-1] == ' ' || end[-1] == '\t')) end--;
    const char *b = end;
    while (b > line && ident_char(b[-1])) b--;
    if (b == end || !ident_start(*b)) return 0;
    *s = b;
    *n = (size_t)(end - b);
    return 1;
}

static int starts_word(const char *p, const char *eol, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(eol - p) > n && strncmp(p, word, n) == 0 && !ident_char(p[n]);
}

/* Is the first of `{` and `;` from p on (to the end of the text) a `{`? */
static int body_follows(const char *p, const char *end)
{
    for (; p < end; p++) {
        if (*p == '{') return 1;
        if (*p == ';') return 0;
    }
    return 0;
}

static void add(sn_strv *out, const char *s, size_t n)
{
    for (size_t i = 0; i < out->count; i++)
        if (strlen(out->items[i]) == n && strncmp(out->items[i], s, n) == 0) return;
    sn_strv_addn(out, s, n);
}

static void scan_line(const char *p, const char *eol, const char *end, sn_strv *out)
{
    const char *s;
    size_t n;
    if (*p == '#') {
        const char *q = p + 1;
        while (q < eol && (*q == ' ' || *q == '\t')) q++;
        if (!starts_word(q, eol, "define")) return;
        q += 6;
        while (q < eol && (*q == ' ' || *q == '\t')) q++;
        const char *b = q;
        while (q < eol && ident_char(*q)) q++;
        if (q > b && ident_start(*b)) add(out, b, (size_t)(q - b));
        return;
    }
    if (*p == '}') { /* } NAME; ends a typedef'd struct */
        const char *semi = memchr(p, ';', (size_t)(eol - p));
        if (semi && ident_before(p + 1, semi, &s, &n)) add(out, s, n);
        return;
    }
    if (!ident_start(*p)) return;
    if (starts_word(p, eol, "typedef")) {
        const char *semi = memchr(p, ';', (size_t)(eol - p));
        const char *paren = memchr(p, '(', (size_t)(eol - p));
        if (semi && !paren && ident_before(p, semi, &s, &n)) add(out, s, n);
        return;
    }
    if (starts_word(p, eol, "struct") || starts_word(p, eol, "union") || starts_word(p, eol, "enum")) {
        const char *brace = memchr(p, '{', (size_t)(eol - p));
        const char *paren = memchr(p, '(', (size_t)(eol - p));
        if (brace && !paren && ident_before(p, brace, &s, &n) &&
            strncmp(s, "struct", n) && strncmp(s, "union", n) && strncmp(s, "enum", n))
            add(out, s, n);
        if (!paren) return;
    }
    /* TYPE NAME( ... ) {: a function definition. */
    const char *paren = memchr(p, '(', (size_t)(eol - p));
    const char *eq = memchr(p, '=', (size_t)(eol - p));
    if (!paren || (eq && eq < paren) || !ident_before(p, paren, &s, &n) || s == p) return;
    if (body_follows(paren, end)) add(out, s, n);
}

void sn_search_definitions(const char *text, size_t len, int first, int last, sn_strv *out)
{
    const char *p = text, *end = text + len;
    for (int line = 1; p < end && line <= last; line++) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) eol = end;
        if (line >= first && eol > p) scan_line(p, eol, end, out);
        p = eol + (eol < end);
    }
}
