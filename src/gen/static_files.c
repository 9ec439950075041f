/* static_files.c — the files every language shares, under OUT/static/ and
 * beside the pages: the site's CSS and JavaScript (from --templates, else
 * built in), KaTeX's CSS with the fonts it names, the images, and each
 * page's source for its "source" link. */
#include "site_model.h"

#include "embedded.h"
#include "read.h"

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

/* KaTeX's CSS names each font in three formats; the copy names one that
 * exists (TrueType first: every packaging of KaTeX ships it), and that
 * file is copied too, so that no request for a font can fail. */
static int add_katex_files(site *s, char **err)
{
    char *path = sn_strdup_printf("%s/katex.min.css", s->o->katex_dir);
    char *css;
    size_t len;
    if (sn_read_file(path, &css, &len) != 0) {
        *err = sn_error_at(path, 0, 0, "cannot read KaTeX's CSS: %s", strerror(errno));
        free(path);
        return -1;
    }
    free(path);
    static const char *const formats[] = {".ttf", ".woff2", ".woff"};
    sn_buf out = {0};
    const char *p = css;
    int rc = 0;
    const char *src;
    while (rc == 0 && (src = strstr(p, "src:")) != NULL) {
        const char *end = src + strcspn(src, ";}");
        sn_buf_add(&out, p, (size_t)(src - p));
        char *chosen = NULL;
        for (size_t f = 0; f < sizeof formats / sizeof *formats && !chosen; f++) {
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
        }
        if (chosen) {
            char *file = sn_strdup_printf("%s/%s", s->o->katex_dir, chosen);
            char *data;
            size_t dlen;
            if (sn_read_file(file, &data, &dlen) != 0) {
                *err = sn_error_at(file, 0, 0, "cannot read KaTeX font: %s", strerror(errno));
                rc = -1;
            } else {
                sn_buf_printf(&out, "src:url(%s)", chosen);
                site_add_output(s, sn_strdup_printf("static/katex/%s", chosen), data, dlen);
            }
            free(file);
            free(chosen);
        }
        p = end;
    }
    sn_buf_puts(&out, p);
    free(css);
    size_t out_len = out.len;
    site_add_output(s, sn_strdup("static/katex/katex.min.css"), sn_buf_take(&out), out_len);
    return rc;
}

int site_add_static_files(site *s, char **err)
{
    if (add_template_file(s, "site.css", err) != 0 || add_template_file(s, "site.js", err) != 0 ||
        add_katex_files(s, err) != 0)
        return -1;
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
