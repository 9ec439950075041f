/* template.c — see template.h. A template is parsed once into parts:
 * literal text, a variable's index, or an interface string. */
#include "template.h"

#include "eol.h"

#include <stdlib.h>
#include <string.h>

typedef enum { LITERAL, VARIABLE, INTERFACE } part_kind;

typedef struct {
    part_kind kind;
    char *text;  /* LITERAL: the text; INTERFACE: the English string */
    size_t len;
    int var;     /* VARIABLE: index into the template's vars */
    int line;    /* where it is, for the POT references */
} part;

struct sn_template {
    char *name;
    part *parts;
    size_t count, cap;
};

static void add_part(sn_template *t, part p)
{
    if (t->count == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 32;
        t->parts = sn_xrealloc(t->parts, t->cap * sizeof *t->parts);
    }
    t->parts[t->count++] = p;
}

/* Where the parse has got to: holes come in order, so each byte is counted
 * once however many holes the template has. */
typedef struct {
    const char *at;
    int line, col;
} text_cursor;

static void line_col(text_cursor *c, const char *to, const char *end, int *line, int *col)
{
    for (; c->at < to; c->at++) {
        if (sn_is_eol(c->at, (size_t)(end - c->at), 0)) c->line++, c->col = 1;
        else if (((unsigned char)*c->at & 0xC0) != 0x80 && *c->at != '\r') c->col++;
    }
    *line = c->line;
    *col = c->col;
}

sn_template *sn_template_parse(const char *name, const char *text, size_t len,
                               const char *const *vars, char **err)
{
    sn_template *t = sn_xcalloc(1, sizeof *t);
    t->name = sn_strndup(name, strlen(name));
    const char *s = text, *end = text + len;
    text_cursor cursor = {text, 1, 1};
    while (s < end) {
        const char *open = NULL;
        for (const char *p = s; p + 1 < end; p++)
            if (p[0] == '{' && p[1] == '{') { open = p; break; }
        if (!open) open = end;
        if (open > s) add_part(t, (part){LITERAL, sn_strndup(s, (size_t)(open - s)), (size_t)(open - s), 0, 0});
        if (open == end) break;
        int line, col;
        line_col(&cursor, open, end, &line, &col);
        const char *close = NULL;
        for (const char *p = open + 2; p + 1 < end && *p != '\n' && *p != '\r'; p++)
            if (p[0] == '}' && p[1] == '}') { close = p; break; }
        if (!close) {
            *err = sn_error_at(name, line, col, "`{{` is not closed by `}}` on the same line");
            goto fail;
        }
        const char *a = open + 2, *b = close;
        while (a < b && *a == ' ') a++;
        while (b > a && b[-1] == ' ') b--;
        if (b - a >= 2 && a[0] == '_' && a[1] == ' ') {
            a += 2;
            while (a < b && *a == ' ') a++;
            add_part(t, (part){INTERFACE, sn_strndup(a, (size_t)(b - a)), (size_t)(b - a), 0, line});
        } else {
            int found = -1;
            for (int i = 0; vars[i]; i++)
                if (strlen(vars[i]) == (size_t)(b - a) && memcmp(vars[i], a, (size_t)(b - a)) == 0)
                    found = i;
            if (found < 0) {
                sn_buf known = {0};
                for (int i = 0; vars[i]; i++) sn_buf_printf(&known, "%s%s", i ? ", " : "", vars[i]);
                *err = sn_error_at(name, line, col, "unknown template variable `%.*s` (known: %s)",
                                   (int)(b - a), a, known.data ? known.data : "none");
                sn_buf_free(&known);
                goto fail;
            }
            add_part(t, (part){VARIABLE, NULL, 0, found, line});
        }
        s = close + 2;
    }
    return t;
fail:
    sn_template_free(t);
    return NULL;
}

void sn_template_free(sn_template *t)
{
    if (!t) return;
    for (size_t i = 0; i < t->count; i++) free(t->parts[i].text);
    free(t->parts);
    free(t->name);
    free(t);
}

const char *sn_ui(const sn_catalog *ui, const char *msgid)
{
    const char *s = ui ? sn_catalog_get(ui, msgid) : NULL;
    return s ? s : msgid;
}

/* Does interface string i of `t` stand in element text, where a span can
 * mark it, rather than in an attribute or in an element whose text is
 * plain (title, option, textarea, script, style)? Read from the template's
 * own text before it: the values put between are whole elements. */
static int in_element_text(const sn_template *t, size_t i)
{
    static const char *const plain[] = {"title", "option", "textarea", "script", "style", NULL};
    for (size_t k = i; k-- > 0;) {
        const part *p = &t->parts[k];
        if (p->kind != LITERAL) continue;
        for (size_t j = p->len; j-- > 0;) {
            if (p->text[j] == '>') {
                const char *lt = NULL;
                for (size_t m = j; m-- > 0 && !lt;)
                    if (p->text[m] == '<') lt = p->text + m + 1;
                for (size_t n = 0; lt && plain[n]; n++)
                    if (strncmp(lt, plain[n], strlen(plain[n])) == 0) return 0;
                return 1;
            }
            if (p->text[j] == '<') return 0;
        }
    }
    return 1;
}

void sn_template_fill(const sn_template *t, sn_buf *out, const char *const *values,
                      const sn_catalog *ui)
{
    sn_template_fill_marked(t, out, values, ui, 0);
}

/* A string still in English, in a translation, where markup can go: marked
 * as the notes' untranslated blocks are. */
#define MARK_OPEN "<span class=\"untranslated\" lang=\"en\">"
#define MARK_CLOSE "</span>"

void sn_template_fill_marked(const sn_template *t, sn_buf *out, const char *const *values,
                             const sn_catalog *ui, unsigned english)
{
    /* Room for the literals and values first: a value can be a page of
     * tens of MB, which growing by doubling would copy and fault in again. */
    size_t need = 0;
    for (size_t i = 0; i < t->count; i++) {
        const part *p = &t->parts[i];
        if (p->kind == LITERAL) need += p->len;
        else if (p->kind == VARIABLE && values[p->var]) need += strlen(values[p->var]);
    }
    sn_buf_grow(out, need);
    for (size_t i = 0; i < t->count; i++) {
        const part *p = &t->parts[i];
        if (p->kind == LITERAL) {
            sn_buf_add(out, p->text, p->len);
        } else if (p->kind == VARIABLE) {
            int mark = p->var < 32 && (english >> p->var & 1u) && values[p->var] && in_element_text(t, i);
            if (mark) sn_buf_puts(out, MARK_OPEN);
            sn_buf_puts(out, values[p->var] ? values[p->var] : "");
            if (mark) sn_buf_puts(out, MARK_CLOSE);
        } else {
            int mark = ui && !sn_catalog_get(ui, p->text) && in_element_text(t, i);
            const char *s = sn_ui(ui, p->text);
            if (mark) sn_buf_puts(out, MARK_OPEN);
            sn_buf_add_html(out, s, strlen(s));
            if (mark) sn_buf_puts(out, MARK_CLOSE);
        }
    }
}

/* An interface string of a template, for the POT file. */
typedef struct {
    const sn_template *t;
    const part *p;
    size_t order;
} pot_entry;

static int by_text(const part *x, const part *y)
{
    int c = memcmp(x->text, y->text, x->len < y->len ? x->len : y->len);
    return c ? c : x->len < y->len ? -1 : x->len > y->len;
}

static int by_text_then_order(const void *a, const void *b)
{
    const pot_entry *x = a, *y = b;
    int c = by_text(x->p, y->p);
    return c ? c : x->order < y->order ? -1 : x->order > y->order;
}

static int by_order(const void *a, const void *b)
{
    const pot_entry *x = a, *y = b;
    return x->order < y->order ? -1 : x->order > y->order;
}

void sn_template_pot(const sn_template *const *ts, size_t count, sn_buf *out)
{
    /* A POT file holds each message once, at its first use: sorting by
     * text finds the repeats in n log n. */
    size_t n = 0, cap = 16;
    pot_entry *e = sn_xmalloc(cap * sizeof *e);
    for (size_t k = 0; k < count; k++) {
        for (size_t i = 0; i < ts[k]->count; i++) {
            if (ts[k]->parts[i].kind != INTERFACE) continue;
            if (n == cap) e = sn_xrealloc(e, (cap *= 2) * sizeof *e);
            e[n] = (pot_entry){ts[k], &ts[k]->parts[i], n};
            n++;
        }
    }
    qsort(e, n, sizeof *e, by_text_then_order);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (i == 0 || by_text(e[i].p, e[kept - 1].p) != 0) e[kept++] = e[i];
    qsort(e, kept, sizeof *e, by_order);
    for (size_t i = 0; i < kept; i++) {
        const part *p = e[i].p;
        sn_buf_printf(out, "#: %s:%d\nmsgid \"", e[i].t->name, p->line);
        for (size_t k = 0; k < p->len; k++) {
            if (p->text[k] == '"' || p->text[k] == '\\') sn_buf_putc(out, '\\');
            sn_buf_putc(out, p->text[k]);
        }
        sn_buf_puts(out, "\"\nmsgstr \"\"\n\n");
    }
    free(e);
}
