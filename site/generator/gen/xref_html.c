/* xref_html.c — see xref.h: the links in code and notes, the tooltips'
 * data and the index page, from the entities xref.c resolved. */
#include "xref_model.h"

#include "path.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- ids --------------------------------------------------------------- */

/* An entity's id was its place in the site's list of entities, so a name
 * added to one file renumbered the links of every page after it (a few
 * names rewrote 194 files of site/). It is now a hash of what clang calls
 * the entity, its USR: six base-36 digits, "x" and them in the index's
 * anchors.
 *
 * The USR of a macro, a parameter or a local holds the byte offset of its
 * declaration ("c:geometry.h@162@macro@FACTOR"), which a line added above
 * it moves; so the offsets are left out of what is hashed
 * ("c:geometry.h@macro@FACTOR"). Entities whose hashes meet (two loops'
 * `i` in one function do, by that rule; two other names, once in about two
 * billion pairs) are put in order: by that key, then by their offsets as
 * numbers, then by the whole USR. The first keeps the hash; the k-th has
 * "-k" after it. So a name added rewrites the pages that use it and, at
 * worst, those that use a later namesake in its own file. */
typedef struct {
    size_t ent;
    unsigned long long hash;
    char *key;     /* the USR without its offsets */
    char *offsets; /* the offsets, each followed by '@' */
} id_row;

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return n > 0;
}

static void split_usr(const char *usr, id_row *r)
{
    sn_buf key = {0}, offsets = {0};
    for (const char *s = usr;; s++) {
        size_t n = strcspn(s, "@");
        if (s != usr && all_digits(s, n)) {
            sn_buf_add(&offsets, s, n);
            sn_buf_putc(&offsets, '@');
        } else {
            if (s != usr) sn_buf_putc(&key, '@');
            sn_buf_add(&key, s, n);
        }
        s += n;
        if (!*s) break;
    }
    r->key = key.data ? sn_buf_take(&key) : sn_strdup("");
    r->offsets = offsets.data ? sn_buf_take(&offsets) : sn_strdup("");
    /* FNV-1a, then splitmix64's finish: FNV alone leaves the low digits
     * of keys that differ only at their end too alike. */
    unsigned long long h = 1469598103934665603ull;
    for (const char *c = r->key; *c; c++) h = (h ^ (unsigned char)*c) * 1099511628211ull;
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    r->hash = h % 2176782336ull; /* 36^6 */
}

/* Two lists of offsets ("173@", "99@12@"), each number by its value. */
static int offsets_cmp(const char *a, const char *b)
{
    while (*a && *b) {
        while (*a == '0' && a[1] != '@') a++;
        while (*b == '0' && b[1] != '@') b++;
        size_t na = strcspn(a, "@"), nb = strcspn(b, "@");
        if (na != nb) return na < nb ? -1 : 1;
        int c = memcmp(a, b, na);
        if (c) return c;
        a += na + 1;
        b += nb + 1;
    }
    return (*a != '\0') - (*b != '\0');
}

static int id_order(const void *pa, const void *pb, void *ctx)
{
    const id_row *a = pa, *b = pb;
    if (a->hash != b->hash) return a->hash < b->hash ? -1 : 1;
    int c = strcmp(a->key, b->key);
    if (!c) c = offsets_cmp(a->offsets, b->offsets);
    if (!c) c = strcmp(((sn_xref *)ctx)->ents[a->ent].usr, ((sn_xref *)ctx)->ents[b->ent].usr);
    return c;
}

void xref_ids(sn_xref *x)
{
    if (x->ids_made) return;
    x->ids_made = 1;
    id_row *rows = sn_xcalloc(x->nents + 1, sizeof *rows);
    for (size_t e = 0; e < x->nents; e++) {
        rows[e].ent = e;
        split_usr(x->ents[e].usr, &rows[e]);
    }
    qsort_r(rows, x->nents, sizeof *rows, id_order, x);
    size_t rank = 0;
    for (size_t i = 0; i < x->nents; i++) {
        rank = i && rows[i].hash == rows[i - 1].hash ? rank + 1 : 1;
        char *id = x->ents[rows[i].ent].id;
        unsigned long long h = rows[i].hash;
        for (int d = 5; d >= 0; d--, h /= 36) id[d] = "0123456789abcdefghijklmnopqrstuvwxyz"[h % 36];
        id[6] = '\0';
        if (rank > 1) snprintf(id + 6, sizeof x->ents[0].id - 6, "-%zu", rank);
        free(rows[i].key);
        free(rows[i].offsets);
    }
    free(rows);
}

/* ---- where a name leads ------------------------------------------------ */

/* Looking through the sections for each name was quadratic: the
 * 40,000-line file's 26,000 names times its 8,000 sections. The table
 * answers as that search did: the first section whose code holds the line,
 * else the last whose code starts before it, else section 0. */
void xref_lines_build(const sn_xref *x, size_t p, xref_lines *t)
{
    const sn_page *pg = x->pages[p].page;
    int n = 0;
    for (size_t k = 0; k < pg->count; k++) {
        const sn_section *s = &pg->sections[k];
        if (s->code_first && s->code_first > n) n = s->code_first;
        if (s->code_first && s->code_last > n) n = s->code_last;
    }
    size_t none = (size_t)-1;
    size_t *holds = sn_xcalloc((size_t)n + 2, sizeof *holds);
    size_t *starts = sn_xcalloc((size_t)n + 2, sizeof *starts);
    for (int l = 0; l <= n + 1; l++) holds[l] = starts[l] = none;
    for (size_t k = pg->count; k-- > 0;) { /* the first section wins */
        const sn_section *s = &pg->sections[k];
        for (int l = s->code_first; s->code_first && l <= s->code_last; l++) holds[l] = k;
    }
    for (size_t k = 0; k < pg->count; k++) /* the last section wins */
        if (pg->sections[k].code_first) starts[pg->sections[k].code_first] = k;
    size_t last = 0;
    for (int l = 1; l <= n; l++) {
        if (starts[l] != none && starts[l] > last) last = starts[l];
        holds[l] = holds[l] != none ? holds[l] : last;
    }
    free(starts);
    *t = (xref_lines){holds, n, last};
}

size_t xref_lines_section(const xref_lines *t, int line)
{
    return line < 1 ? 0 : line > t->nlines ? t->after : t->of[line];
}

void xref_lines_free(xref_lines *t)
{
    free(t->of);
    t->of = NULL;
}

/* How many leading folders two source paths share. */
static size_t shared_folders(const char *a, const char *b)
{
    size_t n = 0;
    for (size_t i = 0; a[i] && a[i] == b[i]; i++)
        if (a[i] == '/') n++;
    return n;
}

static int nearest(const sn_xref *x, const xref_place *list, size_t n, size_t p, xref_place *out)
{
    if (!n) return 0;
    const char *from = x->pages[p].page->src->path;
    size_t best = 0, best_score = 0;
    for (size_t i = 0; i < n; i++) {
        size_t score = list[i].page == p ? (size_t)-1
                                         : shared_folders(from, x->pages[list[i].page].page->src->path);
        if (i == 0 || score > best_score) {
            best = i;
            best_score = score;
        }
    }
    *out = list[best];
    return 1;
}

int xref_target(const sn_xref *x, const xref_entity *e, size_t p, xref_place *out)
{
    return nearest(x, e->defs, e->ndefs, p, out) || nearest(x, e->decls, e->ndecls, p, out);
}

/* The href of a place, from the page being made. A page only in English
 * (a section of the site) is linked in the English tree. */
static char *place_href(const sn_xref *x, xref_place pl, const sn_xref_where *w)
{
    const sn_xref_page *to = &x->pages[pl.page];
    char *path = sn_strdup_printf("%s%s", to->english_only ? "" : w->prefix, to->out);
    size_t k = pl.section;
    char *href;
    if (strcmp(path, w->self) == 0) {
        href = sn_strdup_printf("#section-%zu", k);
    } else {
        char *rel = sn_link(w->self, path);
        href = sn_strdup_printf("%s#section-%zu", rel, k);
        free(rel);
    }
    free(path);
    return href;
}

static void note_on_page(sn_xref *x, size_t e, size_t p)
{
    if (x->ents[e].page_mark == p + 1) return;
    x->ents[e].page_mark = p + 1;
    for (int i = 0; i < 2; i++) {
        free(x->ents[e].href[i]);
        x->ents[e].href[i] = NULL;
    }
    if (x->non_page == x->on_page_cap) {
        x->on_page_cap = x->on_page_cap ? x->on_page_cap * 2 : 64;
        x->on_page = sn_xrealloc(x->on_page, x->on_page_cap * sizeof *x->on_page);
    }
    x->on_page[x->non_page++] = e;
}

static int indexed(const xref_entity *e)
{
    return e->ndefs && e->kind != XK_LOCAL && e->kind != XK_PARAM;
}

/* Where an identifier of page p links: a use or a prototype to the
 * definition; a definition to its prototype, when there is one, else to
 * its row of the index, which lists its uses. NULL when nowhere. */
static char *find_href(sn_xref *x, size_t p, const xref_occ *o, const sn_xref_where *w)
{
    const xref_entity *e = &x->ents[o->ent];
    xref_place pl;
    if (o->role == XR_DEF) {
        if (!nearest(x, e->decls, e->ndecls, p, &pl)) {
            if (!indexed(e)) return NULL;
            char *index = sn_strdup_printf("%s" SN_XREF_INDEX_PAGE, w->prefix);
            char *rel = sn_link(w->self, index);
            char *href = sn_strdup_printf("%s#x%s", rel, e->id);
            free(rel);
            free(index);
            return href;
        }
    } else if (!xref_target(x, e, p, &pl)) {
        return NULL;
    }
    return place_href(x, pl, w);
}

/* The same, worked out once per page and entity: a page names most
 * entities many times. Points into the entity; NULL when nowhere. */
static const char *occ_href(sn_xref *x, size_t p, const xref_occ *o, const sn_xref_where *w)
{
    xref_entity *e = &x->ents[o->ent];
    int def = o->role == XR_DEF;
    if (e->page_mark == p + 1 && e->href[def]) return *e->href[def] ? e->href[def] : NULL;
    char *href = find_href(x, p, o, w);
    note_on_page(x, o->ent, p);
    e->href[def] = href ? href : sn_strdup("");
    return href;
}

/* ---- links in code ----------------------------------------------------- */

/* The byte an HTML entity stands for (the highlighters write the first
 * four; `&#39;` too is read), and the entity's length; 0 when it is none of
 * them. */
static size_t entity_len(const char *s)
{
    static const char *const names[] = {"&lt;", "&gt;", "&amp;", "&quot;", "&#39;"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strncmp(s, names[i], strlen(names[i])) == 0) return strlen(names[i]);
    return 0;
}

char *sn_xref_link_code(sn_xref *x, size_t p, const char *html, const sn_xref_where *w)
{
    xref_ids(x);
    const xref_occ *occ = x->occ[p];
    size_t nocc = x->nocc[p], i = 0;
    if (!nocc) return NULL; /* no copy of a page's code (megabytes) to make */
    sn_buf out = {0};
    int line = 1, col = 1;
    const char *s = html;
    while (*s) {
        while (i < nocc && (occ[i].line < line || (occ[i].line == line && occ[i].col < col))) i++;
        if (*s == '<') { /* a tag: no column */
            const char *e = strchr(s, '>');
            size_t n = e ? (size_t)(e - s + 1) : strlen(s);
            sn_buf_add(&out, s, n);
            s += n;
            continue;
        }
        if (i < nocc && occ[i].line == line && occ[i].col == col) {
            /* The name's bytes must all be text here (no tag, no entity). */
            const xref_entity *e = &x->ents[occ[i].ent];
            size_t len = (size_t)occ[i].len;
            const char *href = strncmp(s, e->name, len) == 0 && strlen(e->name) == len
                                   ? occ_href(x, p, &occ[i], w) : NULL;
            if (href) {
                sn_buf_puts(&out, "<a class=\"xref\" href=\"");
                sn_buf_puts(&out, href);
                sn_buf_printf(&out, "\" data-x=\"%s\">", e->id);
                sn_buf_add(&out, s, len);
                sn_buf_puts(&out, "</a>");
                x->stats.links++;
                s += len;
                col += (int)len;
                i++;
                continue;
            }
        }
        if (*s == '\n') {
            line++;
            col = 1;
            sn_buf_putc(&out, '\n');
            s++;
            continue;
        }
        if (*s == '&') {
            size_t n = entity_len(s);
            if (!n) n = 1;
            sn_buf_add(&out, s, n);
            s += n;
            col++;
            continue;
        }
        /* A run of plain text up to the next tag, entity, line or name. */
        size_t n = strcspn(s, "<&\n");
        if (i < nocc && occ[i].line == line && occ[i].col > col && (size_t)(occ[i].col - col) < n)
            n = (size_t)(occ[i].col - col);
        if (!n) n = 1;
        sn_buf_add(&out, s, n);
        s += n;
        col += (int)n;
    }
    return out.data ? sn_buf_take(&out) : sn_strdup("");
}

/* ---- links in notes ---------------------------------------------------- */

static int is_ident(const char *s, size_t n)
{
    if (!n || !(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
              (s[i] >= '0' && s[i] <= '9')))
            return 0;
    return 1;
}

/* The entity `name` in the notes of page p: one this page defines first,
 * else the only one of that name defined in the site (a name two
 * entities share, elsewhere, is left alone). Locals and parameters only
 * within their page. */
static int by_plain_name(const void *a, const void *b, void *ctx)
{
    const sn_xref *x = ctx;
    const xref_entity *p = &x->ents[*(const size_t *)a], *q = &x->ents[*(const size_t *)b];
    int c = strcmp(p->name, q->name);
    return c ? c : strcmp(p->id, q->id); /* namesakes in an order no merge changes */
}

static size_t named(sn_xref *x, size_t p, const char *name, size_t n)
{
    if (!x->by_name) {
        x->by_name = sn_xcalloc(x->nents + 1, sizeof *x->by_name);
        /* Not the locals and parameters, which notes never link (below):
         * a big file has thousands of parameters named `n`, and each
         * `n` of its notes looked through them all. */
        for (size_t e = 0; e < x->nents; e++)
            if (x->ents[e].ndefs && x->ents[e].kind != XK_LOCAL && x->ents[e].kind != XK_PARAM)
                x->by_name[x->nby_name++] = e;
        qsort_r(x->by_name, x->nby_name, sizeof *x->by_name, by_plain_name, x);
    }
    /* The first of that name, by bisection. */
    size_t lo = 0, hi = x->nby_name;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *m = x->ents[x->by_name[mid]].name;
        int c = strncmp(m, name, n);
        if (c < 0 || (c == 0 && strlen(m) < n)) lo = mid + 1;
        else hi = mid;
    }
    size_t found = (size_t)-1, count = 0;
    for (size_t i = lo; i < x->nby_name; i++) {
        size_t e = x->by_name[i];
        const xref_entity *en = &x->ents[e];
        if (strlen(en->name) != n || strncmp(en->name, name, n) != 0) break;
        int here = 0;
        for (size_t d = 0; d < en->ndefs; d++) here |= en->defs[d].page == p;
        if (here) return e;
        if (en->kind == XK_MEMBER) continue;
        /* Another page's name only when the notes could mean it: not a
         * static of another file (clang's USR of an external function or
         * variable starts "c:@", a static's names its file), and not across
         * the line between the site's pages and an English-only section
         * (the generator's own `stream` is not the one an RNG page means). */
        if ((en->kind == XK_FUNCTION || en->kind == XK_GLOBAL) && strncmp(en->usr, "c:@", 3) != 0)
            continue;
        if (en->ndefs && x->pages[en->defs[0].page].english_only != x->pages[p].english_only) continue;
        found = e;
        count++;
    }
    return count == 1 ? found : (size_t)-1;
}

char *sn_xref_link_notes(sn_xref *x, size_t p, const char *html, const sn_xref_where *w)
{
    static const char open[] = "<code class=\"inline-code\">";
    xref_ids(x);
    sn_buf out = {0};
    const char *s = html, *hit;
    /* The last <a and </a> before the code, and the next ones after it:
     * each search starts where the last ended, so a page of many code
     * spans and no link is not searched to its end once per span. */
    const char *a_open = NULL, *a_close = NULL;
    const char *next_open = strstr(html, "<a "), *next_close = strstr(html, "</a>");
    while ((hit = strstr(s, open)) != NULL) {
        const char *end = strstr(hit, "</code>");
        if (!end) break;
        end += 7;
        /* The code's text, tags dropped. */
        sn_buf text = {0};
        for (const char *c = hit + sizeof open - 1; c < end - 7; c++) {
            if (*c == '<') {
                c = strchr(c, '>');
                if (!c) break;
                continue;
            }
            sn_buf_putc(&text, *c);
        }
        size_t n = text.len;
        if (n > 2 && strcmp(text.data + n - 2, "()") == 0) n -= 2;
        /* Not already inside a link: the last <a before it is closed. */
        for (; next_open && next_open < hit; next_open = strstr(next_open + 3, "<a ")) a_open = next_open;
        for (; next_close && next_close < hit; next_close = strstr(next_close + 4, "</a>")) a_close = next_close;
        int in_link = a_open && (!a_close || a_close < a_open);
        size_t e = !in_link && text.data && is_ident(text.data, n) ? named(x, p, text.data, n) : (size_t)-1;
        xref_place pl;
        sn_buf_add(&out, s, (size_t)(hit - s));
        if (e != (size_t)-1 && xref_target(x, &x->ents[e], p, &pl)) {
            xref_occ use = {0, 0, 0, XR_USE, e};
            const char *href = occ_href(x, p, &use, w);
            sn_buf_printf(&out, "<a class=\"xref\" href=\"%s\" data-x=\"%s\">", href, x->ents[e].id);
            sn_buf_add(&out, hit, (size_t)(end - hit));
            sn_buf_puts(&out, "</a>");
        } else {
            sn_buf_add(&out, hit, (size_t)(end - hit));
        }
        sn_buf_free(&text);
        s = end;
    }
    sn_buf_puts(&out, s);
    return sn_buf_take(&out);
}

/* ---- tooltips ---------------------------------------------------------- */

/* A JSON string, safe inside <script>: '<' is written \u003c. */
static void json_str(sn_buf *b, const char *s)
{
    sn_buf_putc(b, '"');
    while (*s) {
        size_t n = 0;
        while (s[n] && s[n] != '"' && s[n] != '\\' && (unsigned char)s[n] >= 0x20 && s[n] != '<' &&
               s[n] != '>' && s[n] != '&')
            n++;
        sn_buf_add(b, s, n);
        s += n;
        if (!*s) break;
        unsigned char c = (unsigned char)*s++;
        if (c == '"' || c == '\\') sn_buf_printf(b, "\\%c", c);
        else sn_buf_printf(b, "\\u%04x", c);
    }
    sn_buf_putc(b, '"');
}

/* "model.c §3" (or with its folders, "experiments/model.c §3"), for a
 * place. */
static char *place_label(const sn_xref *x, xref_place pl, int folders)
{
    const char *path = x->pages[pl.page].page->src->path;
    return sn_strdup_printf("%s §%zu", folders ? path : sn_basename(path), pl.section);
}

/* The uses of an entity: one per section, in the order of the pages. */
static size_t distinct_uses(const xref_entity *e, xref_place *out)
{
    size_t n = 0;
    for (size_t u = 0; u < e->nuses; u++) {
        int dup = 0;
        for (size_t j = n; j > 0 && !dup && out[j - 1].page == e->uses[u].page; j--)
            dup = out[j - 1].section == e->uses[u].section; /* uses come in page order */
        if (!dup) out[n++] = e->uses[u];
    }
    return n;
}

void sn_xref_tooltips(sn_xref *x, size_t p, const sn_xref_where *w, const sn_xref_labels *l,
                      sn_xref_note_fn note, void *ctx, sn_buf *out)
{
    if (!x->non_page) return;
    xref_ids(x);
    /* {"uses": label, "kinds": [labels], "notes": [sentences],
     *  "names": {id: [kind, declaration, note, [[href, label]...], uses]}};
     * a section's sentence is written once however many names it has. */
    sn_buf_puts(out, "<script type=\"application/json\" id=\"xref-data\">{\"uses\":");
    json_str(out, l->uses);
    sn_buf_puts(out, ",\"kinds\":[");
    for (int k = 0; k < XK_COUNT; k++) {
        if (k) sn_buf_putc(out, ',');
        json_str(out, l->kind[k]);
    }
    sn_buf_puts(out, "],\"notes\":[");
    /* Each sentence's number, found by its address in an open-addressing
     * table (a list searched for each name was quadratic on a big page:
     * thousands of names, thousands of sections). */
    size_t cap = 16;
    while (cap < 2 * x->non_page) cap *= 2;
    const char **seen = sn_xcalloc(cap, sizeof *seen);
    int *seen_k = sn_xcalloc(cap, sizeof *seen_k);
    int nnotes = 0;
    int *note_of = sn_xcalloc(x->non_page + 1, sizeof *note_of);
    for (size_t i = 0; i < x->non_page; i++) {
        xref_place pl;
        const char *sentence = note && xref_target(x, &x->ents[x->on_page[i]], p, &pl)
                                   ? note(ctx, pl.page, pl.section) : NULL;
        note_of[i] = -1;
        if (!sentence || !*sentence) continue;
        size_t h = ((uintptr_t)sentence >> 4) * 0x9E3779B97F4A7C15ull >> 7 & (cap - 1);
        while (seen[h] && seen[h] != sentence) h = (h + 1) & (cap - 1);
        if (!seen[h]) {
            if (nnotes) sn_buf_putc(out, ',');
            json_str(out, sentence);
            seen[h] = sentence;
            seen_k[h] = nnotes++;
        }
        note_of[i] = seen_k[h];
    }
    sn_buf_puts(out, "],\"names\":{");
    for (size_t i = 0; i < x->non_page; i++) {
        size_t ei = x->on_page[i];
        xref_entity *e = &x->ents[ei];
        e->page_mark = 0; /* the next page starts afresh */
        for (int h = 0; h < 2; h++) {
            free(e->href[h]);
            e->href[h] = NULL;
        }
        sn_buf_printf(out, "%s\"%s\":[%d,", i ? "," : "", e->id, e->kind);
        json_str(out, e->sig);
        sn_buf_printf(out, ",%d,[", note_of[i]);
        /* Uses are listed where the entity is defined (the index has them
         * all); a page that only uses it would carry them for nothing. */
        int defined_here = 0;
        for (size_t d = 0; d < e->ndefs; d++) defined_here |= e->defs[d].page == p;
        xref_place *uses = sn_xcalloc(e->nuses + 1, sizeof *uses);
        size_t nu = e->kind == XK_LOCAL || e->kind == XK_PARAM || !defined_here ? 0
                    : distinct_uses(e, uses);
        for (size_t u = 0; u < nu && u < 12; u++) {
            char *label = place_label(x, uses[u], 0);
            char *href = place_href(x, uses[u], w);
            sn_buf_puts(out, u ? ",[" : "[");
            json_str(out, href);
            sn_buf_putc(out, ',');
            json_str(out, label);
            sn_buf_putc(out, ']');
            free(label);
            free(href);
        }
        sn_buf_printf(out, "],%zu]", nu);
        free(uses);
    }
    sn_buf_puts(out, "}}</script>\n");
    free(seen);
    free(seen_k);
    free(note_of);
    x->non_page = 0;
}

/* ---- the index --------------------------------------------------------- */

int sn_xref_has_index(const sn_xref *x)
{
    for (size_t e = 0; e < x->nents; e++)
        if (indexed(&x->ents[e])) return 1;
    return 0;
}

/* A member's name with its struct's: "sn_buf.len", from the USR
 * ("c:@S@sn_buf@FI@len", "c:@SA@sn_buf@FI@len"). */
static const char *display_name(xref_entity *e)
{
    if (e->qualified) return e->qualified;
    const char *fi = e->kind == XK_MEMBER ? strstr(e->usr, "@FI@") : NULL;
    const char *s = NULL;
    if (fi) {
        for (const char *c = e->usr; c < fi; c++)
            if (c[0] == '@' && (c[1] == 'S' || c[1] == 'U') && (c[2] == '@' || (c[2] == 'A' && c[3] == '@')))
                s = c + (c[2] == '@' ? 3 : 4);
    }
    e->qualified = s ? sn_strdup_printf("%.*s.%s", (int)(fi - s), s, e->name) : sn_strdup(e->name);
    return e->qualified;
}

static int by_name(const void *a, const void *b, void *ctx)
{
    xref_entity *p = &((sn_xref *)ctx)->ents[*(const size_t *)a];
    xref_entity *q = &((sn_xref *)ctx)->ents[*(const size_t *)b];
    int c = strcasecmp(display_name(p), display_name(q));
    if (!c) c = strcmp(display_name(p), display_name(q));
    if (!c) c = (p->kind > q->kind) - (p->kind < q->kind);
    return c ? c : strcmp(p->id, q->id);
}

/* "Defined in a §1, b §2." and the like: a label and links to places. */
static void place_list(const sn_xref *x, const sn_xref_where *w, const char *label,
                       const xref_place *list, size_t n, sn_buf *out)
{
    if (!n) return;
    sn_buf_puts(out, " <span class=\"xref-field\">");
    sn_buf_add_html(out, label, strlen(label));
    sn_buf_puts(out, ":</span> ");
    for (size_t i = 0; i < n; i++) {
        char *href = place_href(x, list[i], w);
        char *text = place_label(x, list[i], 1);
        sn_buf_printf(out, "%s<a href=\"%s\">", i ? ", " : "", href);
        sn_buf_add_html(out, text, strlen(text));
        sn_buf_puts(out, "</a>");
        free(href);
        free(text);
    }
    /* No closing '.': the fields are labelled lists, not sentences, and an
     * ASCII full stop is wrong after Chinese or Japanese labels. */
}

/* The letter a name is filed under: its first, in capitals; '_' for the
 * reserved ones. */
static char initial(const char *name)
{
    char c = name[0];
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

void sn_xref_index(sn_xref *x, const sn_xref_where *w, const sn_xref_labels *l, sn_buf *out)
{
    xref_ids(x);
    size_t *order = sn_xcalloc(x->nents + 1, sizeof *order), n = 0;
    for (size_t e = 0; e < x->nents; e++)
        if (indexed(&x->ents[e])) order[n++] = e;
    qsort_r(order, n, sizeof *order, by_name, x);
    sn_buf_puts(out, "<header class=\"section folder-title\"><div class=\"docs\"><h1>");
    sn_buf_add_html(out, l->title, strlen(l->title));
    sn_buf_puts(out, "</h1></div></header>\n<section class=\"section no-code xref-index\"><div class=\"docs\">\n");
    char letter = 0;
    for (size_t i = 0; i < n; i++) {
        xref_entity *e = &x->ents[order[i]];
        const char *name = display_name(e);
        if (initial(name) != letter) {
            if (letter) sn_buf_puts(out, "</ul>\n");
            letter = initial(name);
            sn_buf_printf(out, "<h2>%c</h2>\n<ul class=\"xref-list\">\n", letter);
        }
        sn_buf_printf(out, "<li id=\"x%s\"><code class=\"xref-name\">", e->id);
        sn_buf_add_html(out, name, strlen(name));
        sn_buf_puts(out, "</code> <span class=\"xref-kind\">");
        sn_buf_add_html(out, l->kind[e->kind], strlen(l->kind[e->kind]));
        sn_buf_puts(out, "</span><br>");
        place_list(x, w, l->defined, e->defs, e->ndefs, out);
        place_list(x, w, l->declared, e->decls, e->ndecls, out);
        xref_place *uses = sn_xcalloc(e->nuses + 1, sizeof *uses);
        place_list(x, w, l->uses, uses, distinct_uses(e, uses), out);
        free(uses);
        sn_buf_puts(out, "</li>\n");
    }
    if (letter) sn_buf_puts(out, "</ul>\n");
    sn_buf_puts(out, "</div></section>\n");
    free(order);
}
