/* static_files.c — the files every language shares, under OUT/static/ and
 * beside the pages: the site's CSS and JavaScript (from --templates, else
 * built in), KaTeX's CSS with the fonts it names, the images, and each
 * page's source for its "source" link. */
#include "site_model.h"

#include "embedded.h"
#include "publish.h"
#include "ui_strings.h"
#include "read.h"
#include "strv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The site's own files go to OUT/static/: a source folder of that name
 * would be written over. */
int site_check_static_folder(const site *s, char **err)
{
    if (site_folder_index(s, "static") >= 0) {
        *err = sn_error_at(s->o->src_dir, 0, 0, "a source folder called `static` would collide "
                           "with the site's own static/ folder");
        return -1;
    }
    return 0;
}

static int add_template_file(site *s, const char *name, char **err)
{
    char *data = NULL;
    size_t len = 0;
    if (s->o->templates_dir) {
        char *path = sn_strdup_printf("%s/%s", s->o->templates_dir, name);
        if (sn_read_file(path, &data, &len) != 0 && errno != ENOENT) {
            *err = sn_error_at(path, 0, 0, "cannot read: %s", strerror(errno));
            free(path);
            return -1;
        }
        free(path);
    }
    if (!data) {
        const sn_embedded *e = sn_embedded_find(name);
        data = sn_strndup(e->data, e->len);
        len = e->len;
    }
    site_add_output(s, sn_strdup_printf("static/%s", name), data, len);
    return 0;
}

/* KaTeX's CSS names each font in three formats. The copy names WOFF2
 * (smallest) then TrueType (every packaging of KaTeX ships it) as fallback,
 * those of them that exist, with `font-display: swap` so that text shows
 * before its font has come; the files named are copied too, so that no
 * request for a font can fail. */
int site_add_katex_files(site *s, char **err)
{
    if (!sn_tools_get_stats(s->tools).formulas) return 0; /* a site with no formula: no KaTeX */
    char *path = sn_strdup_printf("%s/katex.min.css", s->o->katex_dir);
    char *css;
    size_t len;
    if (sn_read_file(path, &css, &len) != 0) {
        *err = sn_error_at(path, 0, 0, "cannot read KaTeX's CSS: %s", strerror(errno));
        free(path);
        return -1;
    }
    free(path);
    static const char *const formats[] = {".woff2", ".ttf"};
    static const char *const format_names[] = {"woff2", "truetype"};
    sn_buf out = {0};
    const char *p = css;
    int rc = 0;
    const char *src;
    while (rc == 0 && (src = strstr(p, "src:")) != NULL) {
        const char *end = src + strcspn(src, ";}");
        sn_buf_add(&out, p, (size_t)(src - p));
        int named = 0;
        for (size_t f = 0; f < sizeof formats / sizeof *formats && rc == 0; f++) {
            char *chosen = NULL;
            for (const char *u = src; u < end && (u = strstr(u, "url(")) != NULL && u < end; u++) {
                const char *close = strchr(u, ')');
                if (!close || close > end) break;
                char *url = sn_strndup(u + 4, (size_t)(close - u - 4));
                size_t n = strlen(url), k = strlen(formats[f]);
                char *file = sn_strdup_printf("%s/%s", s->o->katex_dir, url);
                struct stat st;
                if (n > k && strcmp(url + n - k, formats[f]) == 0 && stat(file, &st) == 0) chosen = url;
                else free(url);
                free(file);
                if (chosen) break;
            }
            if (!chosen) continue;
            char *file = sn_strdup_printf("%s/%s", s->o->katex_dir, chosen);
            char *data;
            size_t dlen;
            if (sn_read_file(file, &data, &dlen) != 0) {
                *err = sn_error_at(file, 0, 0, "cannot read KaTeX font: %s", strerror(errno));
                rc = -1;
            } else {
                sn_buf_printf(&out, "%surl(%s) format(\"%s\")", named ? "," : "src:", chosen,
                              format_names[f]);
                site_add_output(s, sn_strdup_printf("static/katex/%s", chosen), data, dlen);
                named = 1;
            }
            free(file);
            free(chosen);
        }
        if (named) sn_buf_puts(&out, ";font-display:swap");
        p = end;
    }
    sn_buf_puts(&out, p);
    free(css);
    if (rc == 0) sn_templates_set_katex_css(s->templates, out.data); /* for the pages, inline */
    size_t out_len = out.len;
    site_add_output(s, sn_strdup("static/katex/katex.min.css"), sn_buf_take(&out), out_len);
    return rc;
}

/* Whether `path` is a language's 404.html. */
static int is_not_found_page(const site *s, const char *path)
{
    for (size_t l = 0; l < s->nlangs; l++) {
        size_t n = strlen(s->lang_views[l].prefix);
        if (strncmp(path, s->lang_views[l].prefix, n) == 0 && strcmp(path + n, "404.html") == 0) return 1;
    }
    return 0;
}

/* 404.html (any server can be told to send it for a missing page),
 * robots.txt, and with a base URL sitemap.xml of every page. */
static void add_publish_files(site *s)
{
    const char *base = s->o->base_url;
    size_t npages = 0;
    const char **pages = sn_xcalloc(s->nout + 1, sizeof *pages);
    for (size_t i = 0; i < s->nout; i++) {
        const char *path = s->outputs[i].path;
        size_t n = strlen(path);
        if (n > 5 && strcmp(path + n - 5, ".html") == 0 && !is_not_found_page(s, path))
            pages[npages++] = path;
    }
    qsort(pages, npages, sizeof *pages, sn_strcmp_ptr);
    if (base) {
        char *map = sn_sitemap(base, pages, npages);
        site_add_output(s, sn_strdup("sitemap.xml"), map, strlen(map));
    }
    free(pages);
    char *robots = sn_robots(base);
    site_add_output(s, sn_strdup("robots.txt"), robots, strlen(robots));

    /* The 404 page, in each language's tree like any page (a server can
     * send <lang>/404.html for a missing page under <lang>/), with the
     * language switcher and a way home in each language. Served for a
     * missing page at any depth, so with a base URL its relative links are
     * resolved against its own folder (<base>). */
    for (size_t l = 0; l < s->nlangs; l++) {
        const sn_lang *lang = &s->lang_views[l];
        char *self = sn_strdup_printf("%s404.html", lang->prefix);
        const char *title = sn_ui_string(lang->ui, SN_UI_PAGE_NOT_FOUND);
        sn_buf body = {0};
        sn_assemble_not_found(s->templates, &body, lang, s->lang_views, s->nlangs, self);
        sn_page_view v = {lang, s->lang_views, s->nlangs, "404.html", title, site_folder_title(s, l, 0),
                          title, NULL, 0, NULL, "index-page", body.data, NULL,
                          sn_tools_get_stats(s->tools).formulas == 0};
        char *html = sn_assemble_page(s->templates, &v);
        if (base) {
            char *tag = sn_strdup_printf("<head>\n<base href=\"%s%s\">", base, lang->prefix);
            char *at = strstr(html, "<head>");
            if (at) {
                char *with = sn_strdup_printf("%.*s%s%s", (int)(at - html), html, tag, at + 6);
                free(html);
                html = with;
            }
            free(tag);
        }
        site_add_output(s, self, html, strlen(html));
        sn_buf_free(&body);
    }
}

int site_add_static_files(site *s, char **err)
{
    if (add_template_file(s, "site.css", err) != 0 || add_template_file(s, "site.js", err) != 0 ||
        add_template_file(s, "favicon.svg", err) != 0 ||
        add_template_file(s, "search.js", err) != 0 || add_template_file(s, "search.css", err) != 0 ||
        add_template_file(s, "xref.css", err) != 0 || add_template_file(s, "xref.js", err) != 0)
        return -1;
    add_publish_files(s);
    /* Images beside the pages, and each page's source for its "source"
     * link: copied once, for all languages. */
    for (size_t i = 0; i < s->sources.count; i++) {
        const sn_source *src = &s->sources.items[i];
        site_add_output(s, sn_strdup(src->path), sn_strndup(src->text, src->len), src->len);
    }
    for (size_t a = 0; a < s->o->nassets; a++)
        for (size_t i = 0; i < s->assets[a].count; i++) {
            const sn_source *src = &s->assets[a].items[i];
            site_add_output(s, sn_strdup(src->path), sn_strndup(src->text, src->len), src->len);
        }
    return 0;
}
