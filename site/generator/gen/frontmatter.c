/* frontmatter.c — see frontmatter.h. */
#include "frontmatter.h"

#include "buf.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Is [s, e) the line `---` (trailing spaces allowed)? */
static int is_fence(const char *s, const char *e)
{
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    return e - s == 3 && memcmp(s, "---", 3) == 0;
}

static const char *trim_start(const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t')) s++;
    return s;
}

static const char *trim_end(const char *s, const char *e)
{
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    return e;
}

/* The value after `key:`, unquoted. */
static char *value_of(const char *s, const char *e)
{
    s = trim_start(s, e);
    e = trim_end(s, e);
    if (e - s >= 2 && (*s == '"' || *s == '\'') && e[-1] == *s) s++, e--;
    return sn_strndup(s, (size_t)(e - s));
}

/* Does [k, e) look like `key: value`, the key a lower-case word? A line
 * like `Copyright 2020` or `License: MIT` is someone's text. */
static int looks_like_key(const char *k, const char *e)
{
    const char *p = k;
    while (p < e && ((*p >= 'a' && *p <= 'z') || *p == '_' || *p == '-')) p++;
    return p > k && p < e && *p == ':';
}

/* A YAML block scalar (`>` folded, `|` literal, with an optional chomping
 * `-`/`+`) starting after the key's line at `s`: the lines indented more
 * than the key, joined by spaces or line breaks. Returns the value and
 * moves *s and *line past it. */
static char *block_scalar(char style, const char **s, const char *end, int *line)
{
    sn_buf v = {0};
    const char *p = *s;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *e = eol ? eol : end;
        const char *t = trim_start(p, e);
        if (t == p && t < e) break; /* not indented: the next key */
        if (t < e) {
            if (v.len) sn_buf_putc(&v, style == '>' ? ' ' : '\n');
            sn_buf_add(&v, t, (size_t)(trim_end(t, e) - t));
        } else if (style == '|' && v.len) {
            sn_buf_putc(&v, '\n');
        }
        p = eol ? eol + 1 : end;
        (*line)++;
    }
    *s = p;
    char *out = sn_buf_take(&v);
    return out ? out : sn_strdup("");
}

int sn_front_matter_parse(const char *text, size_t len, sn_front_matter *fm,
                          size_t *consumed, int *err_line, char **err)
{
    const char *end = text + len;
    const char *eol = memchr(text, '\n', len);
    memset(fm, 0, sizeof *fm);
    *consumed = 0;
    if (!is_fence(text, eol ? eol : end)) return 0;

    int line = 1, has_math = 0;
    const char *s = eol ? eol + 1 : end;
    /* A `---` ruler over some text is not front matter: the first line of
     * front matter is `key: value`, the key in lower case. */
    for (const char *p = s; p < end;) {
        const char *pe = memchr(p, '\n', (size_t)(end - p));
        const char *k = trim_start(p, pe ? pe : end);
        if (k < (pe ? pe : end) && *k != '#') {
            if (!looks_like_key(k, pe ? pe : end)) return 0;
            break;
        }
        p = pe ? pe + 1 : end;
    }
    while (s < end) {
        line++;
        eol = memchr(s, '\n', (size_t)(end - s));
        const char *e = eol ? eol : end;
        const char *next = eol ? eol + 1 : end;
        if (is_fence(s, e)) {
            if (!fm->title && !fm->summary && !fm->has_order && !has_math && !fm->notes_given) {
                *err_line = line;
                *err = sn_strndup("front matter has no keys (title, summary, order)", 48);
                goto fail;
            }
            *consumed = (size_t)(next - text);
            return 1;
        }
        const char *k = trim_start(s, e);
        if (k == e || *k == '#') { /* blank line or comment */
            s = next;
            continue;
        }
        const char *colon = memchr(k, ':', (size_t)(e - k));
        *err_line = line;
        if (!colon) {
            *err = sn_strdup_printf("front matter line is not `key: value`");
            goto fail;
        }
        size_t klen = (size_t)(trim_end(k, colon) - k);
        char **slot = NULL;
        if (klen == 5 && memcmp(k, "title", 5) == 0) slot = &fm->title;
        else if (klen == 7 && memcmp(k, "summary", 7) == 0) slot = &fm->summary;
        else if (klen == 5 && memcmp(k, "order", 5) == 0) {
            if (fm->has_order) {
                *err = sn_strdup_printf("front matter key `order` given twice");
                goto fail;
            }
            char *v = value_of(colon + 1, e), *stop;
            errno = 0;
            long n = strtol(v, &stop, 10);
            int ok = *v && !*stop && errno == 0 && n >= INT_MIN && n <= INT_MAX;
            free(v);
            if (!ok) {
                *err = sn_strdup_printf("front matter `order` must be an integer");
                goto fail;
            }
            fm->order = (int)n;
            fm->has_order = 1;
            s = next;
            continue;
        } else if (klen == 4 && memcmp(k, "math", 4) == 0) {
            char *v = value_of(colon + 1, e);
            int off = strcmp(v, "off") == 0, on = strcmp(v, "on") == 0;
            free(v);
            if (has_math || (!off && !on)) {
                *err = sn_strdup_printf(has_math ? "front matter key `math` given twice"
                                                 : "front matter `math` must be `on` or `off`");
                goto fail;
            }
            has_math = 1;
            fm->math_off = off;
            s = next;
            continue;
        } else if (klen == 5 && memcmp(k, "notes", 5) == 0) {
            char *v = value_of(colon + 1, e);
            int plain = strcmp(v, "plain") == 0, md = strcmp(v, "markdown") == 0;
            free(v);
            if (fm->notes_given || (!plain && !md)) {
                *err = sn_strdup_printf(fm->notes_given ? "front matter key `notes` given twice"
                                                        : "front matter `notes` is `plain` or `markdown`");
                goto fail;
            }
            fm->notes_given = 1;
            fm->plain_notes = plain;
            s = next;
            continue;
        } else {
            *err = sn_strdup_printf("unknown front matter key `%.*s` (known: title, "
                                    "summary, order, math, notes)", (int)klen, k);
            goto fail;
        }
        if (*slot) {
            *err = sn_strdup_printf("front matter key `%.*s` given twice", (int)klen, k);
            goto fail;
        }
        *slot = value_of(colon + 1, e);
        s = next;
        if (((*slot)[0] == '>' || (*slot)[0] == '|') &&
            ((*slot)[1] == '\0' || (((*slot)[1] == '-' || (*slot)[1] == '+') && !(*slot)[2]))) {
            char style = (*slot)[0];
            free(*slot);
            *slot = block_scalar(style, &s, end, &line);
        }
        if (!**slot) {
            *err = sn_strdup_printf("front matter key `%.*s` is empty", (int)klen, k);
            goto fail;
        }
    }
    *err_line = 1;
    *err = sn_strdup_printf("front matter opened by `---` is never closed");
fail:
    sn_front_matter_free(fm);
    return -1;
}

void sn_front_matter_free(sn_front_matter *fm)
{
    free(fm->title);
    free(fm->summary);
    memset(fm, 0, sizeof *fm);
}
