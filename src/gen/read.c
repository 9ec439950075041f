/* read.c — see read.h. */
#include "read.h"

#include "buf.h"
#include "fs.h"
#include "strv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

int sn_utf8_check(const char *text, size_t len, int *line, int *col)
{
    const unsigned char *s = (const unsigned char *)text;
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < len;) {
        unsigned c = s[i];
        size_t n; /* continuation bytes */
        unsigned min; /* smallest code point allowed for this length */
        if (c == 0) return -1;
        if (c < 0x80) n = 0, min = 0;
        else if ((c & 0xE0) == 0xC0) n = 1, min = 0x80, c &= 0x1F;
        else if ((c & 0xF0) == 0xE0) n = 2, min = 0x800, c &= 0x0F;
        else if ((c & 0xF8) == 0xF0) n = 3, min = 0x10000, c &= 0x07;
        else return -1;
        if (n && i + n >= len) return -1;
        for (size_t k = 1; k <= n; k++) {
            if ((s[i + k] & 0xC0) != 0x80) return -1;
            c = (c << 6) | (s[i + k] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return -1;
        if (s[i] == '\n') (*line)++, *col = 1;
        else (*col)++;
        i += n + 1;
    }
    return 0;
}

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n > k && strcasecmp(name + n - k, suffix) == 0;
}

static int kind_of(const char *name, sn_source_kind *kind)
{
    static const char *const images[] = {".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"};
    size_t n = strlen(name);
    if (n > 2 && (strcmp(name + n - 2, ".c") == 0 || strcmp(name + n - 2, ".h") == 0)) {
        *kind = SN_SOURCE_C;
        return 1;
    }
    if (has_suffix(name, ".md")) {
        *kind = SN_SOURCE_MD;
        return 1;
    }
    for (size_t i = 0; i < sizeof images / sizeof *images; i++) {
        if (has_suffix(name, images[i])) {
            *kind = SN_SOURCE_IMAGE;
            return 1;
        }
    }
    return 0;
}

/* Drops a byte-order mark and turns CRLF and a lone CR into LF, in place:
 * cmark-gfm ends a line at all three, and every later stage then counts
 * lines by LF alone. */
static void normalize_text(sn_source *src)
{
    char *s = src->text;
    size_t i = 0, o = 0, n = src->len;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = 3;
    for (; i < n; i++) {
        if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') continue;
        s[o++] = s[i] == '\r' ? '\n' : s[i];
    }
    s[o] = '\0';
    src->len = o;
}

static int read_source(sn_source *src, char **err)
{
    if (sn_read_file(src->file, &src->text, &src->len) != 0) {
        *err = sn_error_at(src->file, 0, 0, "cannot read: %s", strerror(errno));
        return -1;
    }
    if (src->kind == SN_SOURCE_IMAGE) return 0;
    int line, col;
    if (sn_utf8_check(src->text, src->len, &line, &col) != 0) {
        *err = sn_error_at(src->file, line, col,
                           "invalid UTF-8 (pages must be UTF-8 text without NUL bytes)");
        return -1;
    }
    normalize_text(src);
    src->body_line = 1;
    if (src->kind != SN_SOURCE_MD) return 0;
    char *msg;
    int bad;
    size_t used;
    if (sn_front_matter_parse(src->text, src->len, &src->front, &used, &bad, &msg) < 0) {
        *err = sn_error_at(src->file, bad, 0, "%s", msg);
        free(msg);
        return -1;
    }
    src->body = used;
    for (size_t i = 0; i < used; i++) src->body_line += src->text[i] == '\n';
    return 0;
}

typedef struct {
    const char *skip;
    int images_only;
    sn_sources *out;
    size_t cap;
} walk;

/* Visits the folder `dir` (the path opened) whose path below the root is
 * `rel` ("" for the root), in name order. */
static int walk_folder(walk *w, const char *dir, const char *rel, char **err)
{
    sn_strv list = {0};
    if (sn_list_folder(dir, 0, &list) != 0) {
        *err = sn_error_at(dir, 0, 0, "cannot read folder: %s", strerror(errno));
        return -1;
    }
    char **names = list.items;
    size_t count = list.count;

    int rc = 0;
    for (size_t i = 0; i < count && rc == 0; i++) {
        char *file = sn_strdup_printf("%s/%s", dir, names[i]);
        char *path = *rel ? sn_strdup_printf("%s/%s", rel, names[i])
                          : sn_strndup(names[i], strlen(names[i]));
        struct stat st;
        sn_source_kind kind;
        if (lstat(file, &st) != 0) {
            *err = sn_error_at(file, 0, 0, "cannot read: %s", strerror(errno));
            rc = -1;
        } else if (S_ISDIR(st.st_mode)) {
            char *real = realpath(file, NULL);
            int skip = w->skip && real && strcmp(real, w->skip) == 0;
            free(real);
            if (!skip) rc = walk_folder(w, file, path, err);
        } else if (kind_of(names[i], &kind) && (!w->images_only || kind == SN_SOURCE_IMAGE)) {
            /* Regular files, and symbolic links to files; a link to a
             * folder is not followed (it could loop). */
            if (S_ISLNK(st.st_mode) && stat(file, &st) != 0) {
                *err = sn_error_at(file, 0, 0, "cannot read: %s", strerror(errno));
                rc = -1;
            } else if (!S_ISREG(st.st_mode)) {
                *err = sn_error_at(file, 0, 0, "cannot read: not a regular file");
                rc = -1;
            } else {
                sn_sources *out = w->out;
                if (out->count == w->cap) {
                    w->cap = w->cap ? w->cap * 2 : 64;
                    out->items = sn_xrealloc(out->items, w->cap * sizeof *out->items);
                }
                sn_source *src = &out->items[out->count++];
                memset(src, 0, sizeof *src);
                src->path = path;
                src->file = file;
                src->kind = kind;
                path = file = NULL;
                rc = read_source(src, err);
            }
        }
        free(file);
        free(path);
    }
    sn_strv_free(&list);
    return rc;
}

int sn_read_tree(const char *root, const char *skip, int images_only,
                 sn_sources *out, char **err)
{
    walk w = {skip, images_only, out, 0};
    out->items = NULL;
    out->count = 0;
    size_t n = strlen(root);
    while (n > 1 && root[n - 1] == '/') n--; /* "dir/" and "dir" name files alike */
    char *dir = sn_strndup(root, n);
    int rc = walk_folder(&w, dir, "", err);
    free(dir);
    if (rc != 0) sn_sources_free(out);
    return rc;
}

void sn_sources_free(sn_sources *s)
{
    for (size_t i = 0; i < s->count; i++) {
        free(s->items[i].path);
        free(s->items[i].file);
        free(s->items[i].text);
        sn_front_matter_free(&s->items[i].front);
    }
    free(s->items);
    s->items = NULL;
    s->count = 0;
}
