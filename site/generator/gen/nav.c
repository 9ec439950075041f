/* nav.c — the navigation model: a page's title and summary in a language,
 * a folder's title, the breadcrumb down to a page, and the ordered contents
 * of a folder (its pages and subfolders, by front matter `order`, then by
 * path). */
#include "site_model.h"
#include "ui_strings.h"

#include "path.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static const char *translated(const sn_catalog *c, const char *english)
{
    const char *t = c && english ? sn_catalog_get(c, english) : NULL;
    return t ? t : english;
}

/* A page's title in a language: its front matter's, else its first
 * heading, else its file name. */
const char *site_page_title(const site *s, size_t l, size_t p)
{
    const sn_page *page = &s->pages[p].page;
    const char *english = page->front.title ? page->front.title
                          : page->heading   ? page->heading
                                            : sn_basename(page->src->path);
    return translated(s->langs[l].catalogs[p], english);
}

const char *site_page_summary(const site *s, size_t l, size_t p)
{
    return translated(s->langs[l].catalogs[p], s->pages[p].page.front.summary);
}

const char *site_folder_title(const site *s, size_t l, int f)
{
    const folder_rec *fr = &s->folders[f];
    if (fr->readme >= 0) return site_page_title(s, l, (size_t)fr->readme);
    if (!*fr->path) return s->root_title;
    return sn_basename(fr->path);
}

/* The breadcrumb of a page in folder f: the home page, then each folder
 * down to f; a readme stops at its folder's parent. */
size_t site_crumbs(const site *s, size_t l, int f, int is_readme, sn_crumb *out, char **own)
{
    int chain[SITE_MAX_DEPTH];
    size_t n = 0;
    for (int g = is_readme ? s->folders[f].parent : f; g >= 0 && n < SITE_MAX_DEPTH; g = s->folders[g].parent)
        chain[n++] = g;
    for (size_t i = 0; i < n; i++) {
        int g = chain[n - 1 - i];
        const char *path = s->folders[g].path;
        own[i] = *path ? sn_strdup_printf("%s/index.html", path) : sn_strdup("index.html");
        out[i] = (sn_crumb){g == 0 ? sn_ui_string(s->langs[l].ui, SN_UI_HOME) : site_folder_title(s, l, g), own[i]};
    }
    return n;
}

/* What an index entry says of page p: its front matter's summary, else the
 * first sentence of its notes (the one the cross-references' tooltips show,
 * site_xref.c), so that a code page of other people's code, which has no
 * front matter, is not listed bare; not from plain notes, which are
 * not written as prose. NULL when none. */
static const char *entry_summary(const site *s, size_t l, size_t p)
{
    const char *summary = site_page_summary(s, l, p);
    const lang_rec *lang = &s->langs[s->pages[p].english_only ? 0 : l];
    const sn_page *page = &s->pages[p].page;
    for (size_t k = 0; !summary && lang->sentences && lang->sentences[p] && k < page->count; k++)
        if (!page->sections[k].plain && lang->sentences[p][k] && *lang->sentences[p][k]) {
            summary = lang->sentences[p][k]; /* plain notes (a licence, a log) have no sentence */
            /* The sentence is plain text: a formula in it would show as
             * its TeX, and a `$` of inline code as if it were one. */
            if (strchr(summary, '$')) return NULL;
        }
    return summary;
}

typedef struct {
    const char *path; /* source path, for sorting */
    int order, has_order;
    int page;   /* or -1 */
    int folder; /* or -1 */
} entry;

static int by_order(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    long ox = x->has_order ? x->order : (long)INT_MAX + 1, oy = y->has_order ? y->order : (long)INT_MAX + 1;
    if (ox != oy) return ox < oy ? -1 : 1;
    return strcmp(x->path, y->path);
}

/* The contents list of folder f: its pages and subfolders. Their titles,
 * joined by ", ", are added to `titles` when it is not NULL. */
void site_contents(const site *s, size_t l, int f, const char *self, sn_buf *out, sn_buf *titles)
{
    entry *es = sn_xcalloc(s->npages + s->nfolders + 1, sizeof *es);
    size_t n = 0;
    for (size_t p = 0; p < s->npages; p++) {
        const page_rec *pr = &s->pages[p];
        if (pr->folder != f || pr->readme) continue;
        es[n++] = (entry){pr->page.src->path, pr->page.front.order, pr->page.front.has_order, (int)p, -1};
    }
    for (size_t g = 0; g < s->nfolders; g++) {
        const folder_rec *fr = &s->folders[g];
        if (fr->parent != f) continue;
        const sn_front_matter *fm = fr->readme >= 0 ? &s->pages[fr->readme].page.front : NULL;
        es[n++] = (entry){fr->path, fm ? fm->order : 0, fm && fm->has_order, -1, (int)g};
    }
    if (n) qsort(es, n, sizeof *es, by_order);
    const lang_rec *lang = &s->langs[l];
    sn_buf items = {0};
    for (size_t i = 0; i < n; i++) {
        char *to, *file;
        const char *title, *summary = NULL;
        if (es[i].page >= 0) {
            const page_rec *pr = &s->pages[es[i].page];
            to = sn_strdup_printf("%s%s", pr->english_only ? "" : lang->prefix, pr->out);
            file = sn_strdup(sn_basename(pr->page.src->path));
            title = site_page_title(s, l, (size_t)es[i].page);
            summary = entry_summary(s, l, (size_t)es[i].page);
        } else {
            const folder_rec *fr = &s->folders[es[i].folder];
            to = sn_strdup_printf("%s%s/index.html", fr->english_only ? "" : lang->prefix, fr->path);
            file = sn_strdup_printf("%s/", sn_basename(fr->path));
            title = site_folder_title(s, l, es[i].folder);
            if (fr->readme >= 0) summary = entry_summary(s, l, (size_t)fr->readme);
        }
        /* A title that is only the file's name is not said twice. */
        size_t tn = strlen(title);
        if (strncmp(title, file, tn) == 0 && (!file[tn] || (es[i].folder >= 0 && !strcmp(file + tn, "/"))))
            file[0] = '\0';
        sn_assemble_entry(s->templates, &items, &lang->lang, self, to, title, file, summary,
                          es[i].folder >= 0);
        if (titles) sn_buf_printf(titles, "%s%s", titles->len ? ", " : "", title);
        free(to);
        free(file);
    }
    if (n) sn_assemble_contents(s->templates, out, &lang->lang, items.data);
    sn_buf_free(&items);
    free(es);
}
