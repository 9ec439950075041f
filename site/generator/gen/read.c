/* read.c — see read.h. */
#include "read.h"

#include "buf.h"
#include "fs.h"
#include "markers.h"
#include "strv.h"

#include <errno.h>
#include <fnmatch.h>
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

static int kind_of(const char *name, sn_source_kind *kind, const sn_syntax **syntax)
{
    static const char *const images[] = {".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"};
    *syntax = sn_syntax_of(name);
    if (*syntax) {
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

char *sn_expand_tabs(const char *text, size_t len, int width, size_t *out_len)
{
    if (width < 1) width = 8;
    size_t tabs = 0;
    for (size_t i = 0; i < len; i++) tabs += text[i] == '\t';
    char *out = sn_xmalloc(len + tabs * (size_t)(width - 1) + 1);
    size_t o = 0;
    long col = 0; /* characters since the line's start */
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (c == '\t') {
            do out[o++] = ' ';
            while (++col % width);
        } else {
            out[o++] = c;
            if (c == '\n') col = 0;
            else col += ((unsigned char)c & 0xC0) != 0x80;
        }
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

/* Latin-1 bytes as UTF-8: every byte from 0x80 up is the code point of
 * that value. */
static char *latin1_to_utf8(const char *text, size_t len, size_t *out_len)
{
    char *out = sn_xmalloc(2 * len + 1), *o = out;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            *o++ = (char)c;
        } else {
            *o++ = (char)(0xC0 | (c >> 6));
            *o++ = (char)(0x80 | (c & 0x3F));
        }
    }
    *o = '\0';
    *out_len = (size_t)(o - out);
    return out;
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

/* An error about a file (msg malloc'd). Into the run's diagnostics, where
 * there are some: 0, reading goes on. Otherwise -1 and *err = msg. */
static int fail(const sn_read_options *o, char *msg, char **err)
{
    if (o->diags) {
        if (*err == msg) *err = NULL;
        sn_diags_take_error(o->diags, msg);
        return 0;
    }
    *err = msg;
    return -1;
}

/* A warning about a file, or an error when strict: returns -1 then (noted
 * in the diagnostics or in *err). */
static int warn_or_fail(const sn_read_options *o, sn_sources *out, char *msg, char **err)
{
    if (o->strict) {
        fail(o, msg, err);
        return -1;
    }
    out->warnings++;
    if (o->diags) sn_diags_take_warning(o->diags, msg);
    else if (!o->quiet) fprintf(stderr, "%s\n", msg);
    if (!o->diags) free(msg);
    return 0;
}

/* Reads one source. Returns 0, 1 when it is to be left out (binary, or
 * in error with the error in o->diags), or -1 and *err. */
static int read_source(const sn_read_options *o, sn_sources *out, sn_source *src, char **err)
{
    if (sn_read_file(src->file, &src->text, &src->len) != 0)
        return fail(o, sn_error_at(src->file, 0, 0, "cannot read: %s", strerror(errno)), err) ? -1 : 1;
    if (src->kind == SN_SOURCE_IMAGE) return 0;
    int line, col;
    if (sn_utf8_check(src->text, src->len, &line, &col) != 0) {
        if (memchr(src->text, '\0', src->len)) {
            const char *nul = memchr(src->text, '\0', src->len);
            line = 1;
            for (const char *p = src->text; p < nul; p++) line += *p == '\n';
            char *msg = sn_strdup_printf("%s:%d: %s: a NUL byte: a binary file, not a page%s",
                                         src->file, line, o->strict ? "error" : "warning",
                                         o->strict ? "" : " (skipped)");
            return warn_or_fail(o, out, msg, err) == 0 || o->diags ? 1 : -1;
        }
        char *msg = sn_strdup_printf("%s:%d:%d: %s: not UTF-8%s", src->file, line, col,
                                     o->strict ? "error" : "warning",
                                     o->strict ? " (pages must be UTF-8 text; convert it with "
                                                 "iconv, or build without --strict to read it "
                                                 "as Latin-1)"
                                               : "; read as Latin-1");
        if (warn_or_fail(o, out, msg, err) != 0) return o->diags ? 1 : -1;
        size_t n;
        char *utf8 = latin1_to_utf8(src->text, src->len, &n);
        free(src->text);
        src->text = utf8;
        src->len = n;
    }
    normalize_text(src);
    if (src->kind == SN_SOURCE_C && memchr(src->text, '\t', src->len)) {
        size_t n;
        char *expanded = sn_expand_tabs(src->text, src->len, o->tab_width, &n);
        free(src->text);
        src->text = expanded;
        src->len = n;
    }
    src->body_line = 1;
    if (src->kind != SN_SOURCE_MD) return 0;
    char *msg;
    int bad;
    size_t used;
    if (sn_front_matter_parse(src->text, src->len, &src->front, &used, &bad, &msg) < 0) {
        char *e = sn_error_at(src->file, bad, 0, "%s", msg);
        free(msg);
        return fail(o, e, err) ? -1 : 1;
    }
    src->body = used;
    for (size_t i = 0; i < used; i++) src->body_line += src->text[i] == '\n';
    return 0;
}

/* A glob of a folder's settings file, with the folder it is relative to. */
typedef struct {
    char *glob;
    size_t base; /* length of the folder's path below the root, plus its '/' */
} folder_glob;

typedef struct {
    const sn_read_options *o;
    sn_sources *out;
    size_t cap;
    folder_glob *excl; /* the `exclude:` lines of the folders being walked */
    size_t nexcl, excl_cap;
} walk;

/* Does an --exclude glob match the entry `name` at path `rel`? */
static int matches(const char *const *globs, size_t n, const char *name, const char *rel)
{
    for (size_t i = 0; i < n; i++) {
        if (strchr(globs[i], '/') ? fnmatch(globs[i], rel, FNM_PATHNAME) == 0
                                  : fnmatch(globs[i], name, 0) == 0)
            return 1;
    }
    return 0;
}

/* Does an `exclude:` line of a folder's settings match? */
static int excluded_by_folders(const walk *w, const char *name, const char *rel)
{
    for (size_t i = 0; i < w->nexcl; i++) {
        const char *g = w->excl[i].glob;
        if (strchr(g, '/') ? fnmatch(g, rel + w->excl[i].base, FNM_PATHNAME) == 0
                           : fnmatch(g, name, 0) == 0)
            return 1;
    }
    return 0;
}

/* Reads a folder's settings file, SN_FOLDER_SETTINGS: `exclude: GLOB`
 * lines (added to w->excl) and `notes: plain|markdown` (into *plain).
 * Returns 0, or -1 and *err naming file:line. */
static int read_folder_settings(walk *w, const char *dir, const char *rel, int *plain, char **err)
{
    char *file = sn_strdup_printf("%s/" SN_FOLDER_SETTINGS, dir);
    char *text;
    size_t len;
    if (sn_read_file(file, &text, &len) != 0) {
        int rc = errno == ENOENT ? 0 : -1;
        if (rc) *err = sn_error_at(file, 0, 0, "cannot read: %s", strerror(errno));
        free(file);
        return rc;
    }
    int rc = 0, line = 0;
    for (char *s = text, *next; rc == 0 && s < text + len; s = next) {
        char *e = memchr(s, '\n', (size_t)(text + len - s));
        next = e ? e + 1 : text + len;
        if (!e) e = text + len;
        line++;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
        while (s < e && (*s == ' ' || *s == '\t')) s++;
        *e = '\0';
        if (s == e || *s == '#') continue;
        char *colon = strchr(s, ':');
        char *v = colon ? colon + 1 : e;
        while (*v == ' ' || *v == '\t') v++;
        if (colon && colon - s == 7 && strncmp(s, "exclude", 7) == 0 && *v) {
            if (w->nexcl == w->excl_cap) {
                w->excl_cap = w->excl_cap ? w->excl_cap * 2 : 8;
                w->excl = sn_xrealloc(w->excl, w->excl_cap * sizeof *w->excl);
            }
            w->excl[w->nexcl++] = (folder_glob){sn_strdup(v), *rel ? strlen(rel) + 1 : 0};
        } else if (colon && colon - s == 5 && strncmp(s, "notes", 5) == 0 &&
                   (strcmp(v, "plain") == 0 || strcmp(v, "markdown") == 0)) {
            *plain = strcmp(v, "plain") == 0;
        } else {
            *err = sn_error_at(file, line, 0, "expected `exclude: GLOB` or `notes: plain` "
                               "(or `notes: markdown`)");
            rc = -1;
        }
    }
    free(text);
    free(file);
    return rc;
}

/* A folder holding an earlier output of sidenotes. */
static int holds_manifest(const char *dir)
{
    char *m = sn_strdup_printf("%s/" SN_MANIFEST_NAME, dir);
    struct stat st;
    int yes = lstat(m, &st) == 0;
    free(m);
    return yes;
}

/* Visits the folder `dir` (the path opened) whose path below the root is
 * `rel` ("" for the root), in name order. */
static int walk_folder(walk *w, const char *dir, const char *rel, int plain, char **err)
{
    const sn_read_options *o = w->o;
    size_t nexcl = w->nexcl; /* this folder's exclude lines go on return */
    if (read_folder_settings(w, dir, rel, &plain, err) != 0 && fail(o, *err, err) != 0) return -1;
    sn_strv list = {0};
    if (sn_list_folder(dir, 0, &list) != 0)
        return fail(o, sn_error_at(dir, 0, 0, "cannot read folder: %s", strerror(errno)), err);
    char **names = list.items;
    size_t count = list.count;

    int rc = 0;
    for (size_t i = 0; i < count && rc == 0; i++) {
        char *file = sn_strdup_printf("%s/%s", dir, names[i]);
        char *path = *rel ? sn_strdup_printf("%s/%s", rel, names[i])
                          : sn_strndup(names[i], strlen(names[i]));
        struct stat st;
        sn_source_kind kind;
        const sn_syntax *syntax;
        if (matches(o->exclude, o->nexclude, names[i], path) ||
            excluded_by_folders(w, names[i], path)) {
            /* left out, silently: the user asked */
        } else if (lstat(file, &st) != 0) {
            rc = fail(o, sn_error_at(file, 0, 0, "cannot read: %s", strerror(errno)), err);
        } else if (S_ISDIR(st.st_mode)) {
            char *real = realpath(file, NULL);
            int skip = (o->skip && real && strcmp(real, o->skip) == 0) || holds_manifest(file);
            free(real);
            if (!skip) rc = walk_folder(w, file, path, plain, err);
        } else if (!kind_of(names[i], &kind, &syntax)) {
            w->out->unknown += !o->images_only;
        } else if (!o->images_only || kind == SN_SOURCE_IMAGE) {
            /* Regular files, and symbolic links to files; a link to a
             * folder is not followed (it could loop). */
            if (S_ISLNK(st.st_mode) && stat(file, &st) != 0) {
                rc = fail(o, sn_error_at(file, 0, 0, "cannot read: %s", strerror(errno)), err);
            } else if (!S_ISREG(st.st_mode)) {
                rc = fail(o, sn_error_at(file, 0, 0, "cannot read: not a regular file"), err);
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
                src->syntax = syntax;
                /* a code page's comments; a .md page is Markdown unless it says */
                src->plain_notes = kind == SN_SOURCE_C &&
                                   (plain || matches(o->plain, o->nplain, names[i], path));
                path = file = NULL;
                rc = read_source(o, out, src, err);
                if (rc == 1) { /* binary, or in error: left out */
                    out->count--;
                    free(src->path);
                    free(src->file);
                    free(src->text);
                    rc = 0;
                }
            }
        }
        free(file);
        free(path);
    }
    sn_strv_free(&list);
    while (w->nexcl > nexcl) free(w->excl[--w->nexcl].glob);
    return rc;
}

int sn_read_tree_with(const char *root, const sn_read_options *o, sn_sources *out, char **err)
{
    walk w = {o, out, 0, NULL, 0, 0};
    memset(out, 0, sizeof *out);
    size_t n = strlen(root);
    while (n > 1 && root[n - 1] == '/') n--; /* "dir/" and "dir" name files alike */
    char *dir = sn_strndup(root, n);
    int rc = walk_folder(&w, dir, "", 0, err);
    free(dir);
    free(w.excl);
    if (rc != 0) sn_sources_free(out);
    return rc;
}

int sn_read_tree(const char *root, const char *skip, int images_only,
                 sn_sources *out, char **err)
{
    sn_read_options o = {0};
    o.skip = skip;
    o.images_only = images_only;
    return sn_read_tree_with(root, &o, out, err);
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
