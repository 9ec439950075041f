/* links.c — relative links in notes name sources ("../layer_norm/layer_norm.c",
 * "readme.md", a folder, an image); the render stage asks here what each one
 * became: a page in the same language, a folder's index, or a copied file. */
#include "program_output.h"
#include "site_model.h"

#include "path.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int has_scheme(const char *url)
{
    const char *p = url;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
           *p == '+' || *p == '-' || *p == '.')
        p++;
    return p > url && *p == ':';
}

/* The output (within a language tree, or shared) that a path relative to
 * the sources names: a page's source or its page ("a.c", "a.c.html",
 * "readme.md", "readme.html"), a folder, or a copied file. NULL if none.
 * *page is the page's index, or the folder index's, or -1 for a file. */
static char *link_target(const site *s, const lang_rec *lang, const char *target, long *page)
{
    *page = -1;
    size_t n = strlen(target);
    char *md = n > 5 && strcmp(target + n - 5, ".html") == 0
                   ? sn_strdup_printf("%.*s.md", (int)(n - 5), target)
                   : NULL;
    char *out = NULL;
    for (size_t p = 0; p < s->npages && !out; p++) {
        const char *src = s->pages[p].page.src->path;
        size_t k = strlen(src);
        if (strcmp(src, target) == 0 || strcmp(s->pages[p].out, target) == 0 ||
            (md && strcmp(src, md) == 0) ||
            (n == k + 5 && strncmp(target, src, k) == 0 && strcmp(target + k, ".html") == 0)) {
            out = sn_strdup_printf("%s%s", s->pages[p].english_only ? "" : lang->prefix,
                                   s->pages[p].out);
            *page = (long)p;
        }
    }
    free(md);
    int f = out ? -1 : site_folder_index(s, target);
    if (f >= 0) {
        out = sn_strdup_printf("%s%s%sindex.html", s->folders[f].english_only ? "" : lang->prefix,
                               target, *target ? "/" : "");
        char *index = sn_strdup_printf("%s%sindex.html", target, *target ? "/" : "");
        for (size_t p = 0; p < s->npages; p++) /* its readme's page, if it has one */
            if (strcmp(s->pages[p].out, index) == 0) *page = (long)p;
        free(index);
    }
    for (size_t i = 0; i < s->sources.count && !out; i++)
        if (strcmp(s->sources.items[i].path, target) == 0) out = sn_strdup(target);
    for (size_t a = 0; a < s->o->nassets && !out; a++)
        for (size_t i = 0; i < s->assets[a].count && !out; i++)
            if (strcmp(s->assets[a].items[i].path, target) == 0) out = sn_strdup(target);
    return out;
}

/* Does `text` hold id="ID" or name="ID" (either quote)? */
static int html_has_id(const char *text, const char *id, size_t n)
{
    for (const char *p = text; (p = strstr(p, id)) != NULL; p++) {
        char q = p[n];
        if (q != '"' && q != '\'') continue;
        if (p - text >= 4 && p[-1] == q && memcmp(p - 4, "id=", 3) == 0) return 1;
        if (p - text >= 6 && p[-1] == q && memcmp(p - 6, "name=", 5) == 0) return 1;
    }
    return 0;
}

/* A #fragment of a link to page p names one of its anchors: a section
 * ("section-N" for each of its sections), an id or name written in its
 * source (a raw <a id="..."> in the notes), or one of the templates'. */
static int page_has_anchor(const site *s, size_t p, const char *frag, size_t n)
{
    char *id = sn_strndup(frag, n);
    const char *digits = strncmp(id, "section-", 8) == 0 ? id + 8 : NULL;
    int found;
    if (digits && *digits && strspn(digits, "0123456789") == strlen(digits))
        found = strtoul(digits, NULL, 10) < (s->pages[p].page.count ? s->pages[p].page.count : 1);
    else
        found = html_has_id(s->pages[p].page.src->text, id, n) ||
                html_has_id(sn_templates_text(s->templates), id, n);
    free(id);
    return found;
}

/* Relative links in notes point at sources; they are turned into links to
 * what the sources became: a page in the same language, a folder's index,
 * or a copied file (the same for every language). A link to nothing gets a
 * warning, once, for the English notes. */
char *site_rewrite_url(void *ctx, const char *url, int is_image, int line, int col)
{
    const link_context *lc = ctx;
    site *s = lc->s;
    (void)is_image;
    if (!url || !*url || has_scheme(url) || *url == '/' || *url == '#' || *url == '?') return NULL;
    size_t n = strcspn(url, "#?");
    char *rel = sn_strndup(url, n);
    char *dir = sn_dirname(s->pages[lc->page].page.src->path);
    char *target = sn_resolve(dir, rel);
    free(dir);
    free(rel);
    long page = -1;
    char *to = target ? link_target(s, lc->lang, target, &page) : NULL;
    const char *frag = strchr(url, '#');
    if (to && page >= 0 && frag && strcspn(frag + 1, "?") > 0 && lc->lang == &s->langs[0] &&
        !page_has_anchor(s, (size_t)page, frag + 1, strcspn(frag + 1, "?"))) {
        int l, c;
        sn_section_locate(lc->section, line - 1, col, &l, &c);
        char *where = sn_strdup_printf("%s:%d:%d", s->pages[lc->page].page.src->file, l, c);
        sn_diags_warn(s->diags, where, "link to `%s`: its page has no anchor `%.*s` (a section-N, "
                      "or an id written in its notes, such as <a id=\"%.*s\"></a>)", url,
                      (int)strcspn(frag + 1, "?"), frag + 1, (int)strcspn(frag + 1, "?"), frag + 1);
        free(where);
    }
    if (!to && target) {
        if (lc->lang == &s->langs[0]) { /* with the build's other warnings */
            int l, c;
            sn_section_locate(lc->section, line - 1, col, &l, &c);
            char *where = sn_strdup_printf("%s:%d:%d", s->pages[lc->page].page.src->file, l, c);
            sn_diags_warn(s->diags, where, "link to `%s`, which is neither a page, a folder "
                          "nor a file of the site", url);
            free(where);
        }
        /* Still, a translation links where the English page does. */
        to = sn_strdup(target);
    }
    if (!to) return NULL;
    char *self = sn_strdup_printf("%s%s", lc->lang->prefix, s->pages[lc->page].out);
    char *link = sn_link(self, to);
    char *out = sn_strdup_printf("%s%s", link, url + n);
    free(link);
    free(self);
    free(to);
    free(target);
    return out;
}

/* ```output FILE``` blocks: FILE from the assets folders, at the page's
 * own folder (program_output.h). */
char *site_read_output(void *ctx, const char *name, size_t *len, char **why)
{
    const link_context *lc = ctx;
    return sn_output_block_read(lc->s->o->assets, lc->s->o->nassets, lc->s->pages[lc->page].page.src->path,
                                name, len, why);
}
