/* Cross-references without libclang (xref_model.h, xref_html.c): the
 * cached records of two pages merged into the model, then page 0's
 * highlighted code and notes linked, its tooltips and the index written.
 *
 * Input: records of page 0, records of page 1, Pygments' HTML, notes' HTML,
 * separated by the byte 0x1e. Properties:
 * - merging: every identifier names an entity; a page's identifiers are in
 *   order of line and column; each has its place in its entity (definition,
 *   declaration or use); a page clang could not parse has none;
 * - code: the output with the added links taken out is the input; a link
 *   starts outside any tag or entity and holds text only (no tag, entity
 *   or line end), so tags stay nested;
 * - notes: the same, and a link is never put inside another link;
 * - the index lists each indexed entity once;
 * - ids: each entity's is six base-36 digits, then "-k" (k >= 2) for a
 *   later one whose hash meets another's; no two entities share one; every
 *   link names an entity by its id; and an entity's id is the same when
 *   the pages are merged in the other order (it depends on what the
 *   entity is, not on when it came). */
#include "fuzz.h"
#include "xref_model.h"

#include "buf.h"

#define SEP '\x1e'
static const char OPEN[] = "<a class=\"xref\" href=\"";

/* The next part of the input, up to SEP or the end, as a C string. */
static char *part(const char **s, const char *end)
{
    const char *e = memchr(*s, SEP, (size_t)(end - *s));
    if (!e) e = end;
    size_t n = (size_t)(e - *s);
    char *p = malloc(n + 1);
    memcpy(p, *s, n);
    p[n] = '\0';
    for (size_t i = 0; i < n; i++)
        if (!p[i]) p[i] = ' ';
    *s = e < end ? e + 1 : end;
    return p;
}

/* The entity whose id is the n bytes at s, or -1. */
static long entity_of_id(const sn_xref *x, const char *s, size_t n)
{
    for (size_t e = 0; e < x->nents; e++)
        if (strlen(x->ents[e].id) == n && memcmp(x->ents[e].id, s, n) == 0) return (long)e;
    return -1;
}

/* `out` with the links the generator added taken out; their offsets in the
 * result (start, end of the linked text) in *at (2 per link). A link's text
 * ends with `last` (an inline code's "</code>"), or "" for any. Each link's
 * data-x is an entity's id. */
static char *strip_links(const sn_xref *xr, const char *out, const char *last, size_t **at, size_t *nlinks)
{
    sn_buf b = {0};
    *at = NULL;
    *nlinks = 0;
    const char *s = out, *hit;
    while ((hit = strstr(s, OPEN)) != NULL) {
        sn_buf_add(&b, s, (size_t)(hit - s));
        const char *tag_end = strstr(hit, "\">");
        REQUIRE(tag_end);
        const char *x = strstr(hit, "\" data-x=\"");
        REQUIRE(x && x < tag_end);
        REQUIRE(entity_of_id(xr, x + 10, (size_t)(tag_end - x - 10)) >= 0);
        const char *text = tag_end + 2, *close = strstr(text, last);
        REQUIRE(close);
        close += strlen(last);
        REQUIRE(strncmp(close, "</a>", 4) == 0 || (!*last && (close = strstr(close, "</a>"))));
        *at = realloc(*at, (*nlinks + 1) * 2 * sizeof **at);
        (*at)[2 * *nlinks] = b.len;
        sn_buf_add(&b, text, (size_t)(close - text));
        (*at)[2 * *nlinks + 1] = b.len;
        (*nlinks)++;
        s = close + 4;
    }
    sn_buf_puts(&b, s);
    return b.data ? sn_buf_take(&b) : strdup("");
}

static size_t entity_at(const char *s)
{
    static const char *const names[] = {"&lt;", "&gt;", "&amp;", "&quot;", "&#39;"};
    for (size_t i = 0; i < 5; i++)
        if (strncmp(s, names[i], strlen(names[i])) == 0) return strlen(names[i]);
    return 0;
}

static void check_code(const sn_xref *x, const char *html, const char *out)
{
    size_t *at, n;
    char *plain = strip_links(x, out, "", &at, &n);
    REQUIRE(strcmp(plain, html) == 0);
    /* Which bytes of the input are inside a tag or an entity (not its first). */
    size_t len = strlen(html);
    char *inside = calloc(len + 1, 1);
    for (size_t i = 0; i < len;) {
        size_t k = 0;
        if (html[i] == '<') {
            const char *e = strchr(html + i, '>');
            k = e ? (size_t)(e - html - i) + 1 : len - i;
        } else if (html[i] == '&') {
            k = entity_at(html + i);
        }
        for (size_t j = 1; j < k; j++) inside[i + j] = 1;
        i += k ? k : 1;
    }
    for (size_t l = 0; l < n; l++) {
        size_t a = at[2 * l], b = at[2 * l + 1];
        REQUIRE(a < b && !inside[a]);
        for (size_t j = a; j < b; j++) REQUIRE(html[j] != '<' && html[j] != '\n' && !entity_at(html + j));
    }
    free(inside);
    free(at);
    free(plain);
}

static void check_notes(const sn_xref *x, const char *html, const char *out)
{
    size_t *at, n;
    char *plain = strip_links(x, out, "</code>", &at, &n);
    REQUIRE(strcmp(plain, html) == 0);
    for (size_t l = 0; l < n; l++) {
        /* An inline code span, and not inside a link of the author's. */
        REQUIRE(strncmp(html + at[2 * l], "<code class=\"inline-code\">", 26) == 0);
        int open = 0;
        for (const char *c = html; c < html + at[2 * l]; c++) {
            if (strncmp(c, "<a ", 3) == 0) open = 1;
            else if (strncmp(c, "</a>", 4) == 0) open = 0;
        }
        REQUIRE(!open);
    }
    free(at);
    free(plain);
}

static void check_merge(const sn_xref *x, size_t p, const char *records)
{
    /* A well-formed X record: "X", a place and a message. */
    int failed = 0;
    for (const char *l = records; l && *l && !failed; l = strchr(l, '\n'), l = l ? l + 1 : NULL) {
        const char *eol = strchr(l, '\n'), *tab = strchr(l, '\t');
        failed = l[0] == 'X' && tab && (!eol || tab < eol) && strchr(tab + 1, '\t') &&
                 (!eol || strchr(tab + 1, '\t') < eol);
    }
    for (size_t i = 0; i < x->nocc[p]; i++) {
        const xref_occ *o = &x->occ[p][i];
        REQUIRE(!failed);
        REQUIRE(o->ent < x->nents);
        if (i) {
            const xref_occ *q = o - 1;
            REQUIRE(q->line < o->line || (q->line == o->line && q->col <= o->col));
        }
        const xref_entity *e = &x->ents[o->ent];
        REQUIRE(e->kind >= 0 && e->kind < XK_COUNT && e->name[0]);
        const xref_place *list = o->role == XR_DEF ? e->defs : o->role == XR_DECL ? e->decls : e->uses;
        size_t nl = o->role == XR_DEF ? e->ndefs : o->role == XR_DECL ? e->ndecls : e->nuses;
        int found = 0;
        for (size_t k = 0; k < nl && !found; k++) found = list[k].page == p && list[k].line == o->line;
        REQUIRE(found);
    }
}

/* The ids' form and uniqueness, and their independence of the order of
 * merging: `y` holds the same records merged the other way round. */
static void check_ids(sn_xref *x, sn_xref *y)
{
    xref_ids(x);
    xref_ids(y);
    REQUIRE(x->nents == y->nents);
    for (size_t e = 0; e < x->nents; e++) {
        const char *id = x->ents[e].id;
        for (int d = 0; d < 6; d++) REQUIRE((id[d] >= '0' && id[d] <= '9') || (id[d] >= 'a' && id[d] <= 'z'));
        if (id[6]) {
            char *end;
            REQUIRE(id[6] == '-' && id[7] >= '1' && id[7] <= '9' && strtoul(id + 7, &end, 10) >= 2 && !*end);
        }
        REQUIRE(entity_of_id(x, id, strlen(id)) == (long)e);
        size_t f = 0;
        while (f < y->nents && strcmp(y->ents[f].usr, x->ents[e].usr) != 0) f++;
        REQUIRE(f < y->nents && strcmp(y->ents[f].id, id) == 0);
    }
}

static sn_xref *model(const sn_xref_page *pages)
{
    sn_xref *x = calloc(1, sizeof *x);
    x->pages = pages;
    x->npages = 2;
    x->occ = calloc(3, sizeof *x->occ);
    x->nocc = calloc(3, sizeof *x->nocc);
    x->resolved = calloc(3, 1);
    return x;
}

static const char *note(void *ctx, size_t p, size_t k)
{
    (void)ctx, (void)p;
    return k % 2 ? "A sentence." : "";
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data, *end = s + size;
    char *rec[2] = {part(&s, end), part(&s, end)};
    char *code = part(&s, end), *notes = part(&s, end);
    char *saved[2] = {strdup(rec[0]), strdup(rec[1])};
    char *again[2] = {strdup(rec[0]), strdup(rec[1])};

    /* Two pages in two folders, three sections each. */
    sn_source src[2] = {{.path = "a/x.c"}, {.path = "b/y.c"}};
    sn_section sec[3] = {{.code_first = 1, .code_last = 4}, {.code_first = 0}, {.code_first = 6, .code_last = 40}};
    sn_page pg[2] = {{.src = &src[0], .sections = sec, .count = 3}, {.src = &src[1], .sections = sec, .count = 3}};
    sn_xref_page pages[2] = {{&pg[0], "a/x.c.html", 0}, {&pg[1], "b/y.c.html", size % 3 == 0}};
    sn_xref *x = model(pages), *y = model(pages);
    for (size_t p = 0; p < 2; p++) xref_merge(x, p, rec[p], 0);
    for (size_t p = 0; p < 2; p++) check_merge(x, p, saved[p]);
    for (size_t p = 2; p-- > 0;) xref_merge(y, p, again[p], 0);
    check_ids(x, y);
    sn_xref_free(y);

    sn_xref_where w = {"a/x.c.html", ""};
    if (!strstr(code, OPEN)) {
        char *out = sn_xref_link_code(x, 0, code, &w);
        /* NULL: the page has no name to link, and its code stays as it is. */
        REQUIRE(out || x->nocc[0] == 0);
        check_code(x, code, out ? out : code);
        free(out);
    }
    if (!strstr(notes, OPEN)) {
        char *out = sn_xref_link_notes(x, 0, notes, &w);
        check_notes(x, notes, out);
        free(out);
    }
    sn_xref_labels l = {{"function", "macro", "type", "member", "constant", "global", "parameter", "local"},
                        "Identifiers", "defined", "uses", "declared", "index"};
    sn_buf tips = {0}, index = {0};
    sn_xref_tooltips(x, 0, &w, &l, note, NULL, &tips);
    REQUIRE(!tips.len || (strstr(tips.data, "<script") == tips.data && !strstr(tips.data + 1, "<script") &&
                          strstr(tips.data, "</script>\n") == tips.data + tips.len - 10));
    sn_xref_index(x, &w, &l, &index);
    size_t listed = 0, indexed = 0;
    for (const char *c = index.data; (c = strstr(c, "<li id=\"x")); c++) listed++;
    for (size_t e = 0; e < x->nents; e++)
        indexed += x->ents[e].ndefs && x->ents[e].kind != XK_LOCAL && x->ents[e].kind != XK_PARAM;
    REQUIRE(listed == indexed);
    REQUIRE(strlen(index.data) == index.len); /* no NUL written */
    sn_buf_free(&tips);
    sn_buf_free(&index);

    sn_xref_free(x);
    for (int p = 0; p < 2; p++) free(rec[p]), free(saved[p]), free(again[p]);
    free(code);
    free(notes);
    return 0;
}
