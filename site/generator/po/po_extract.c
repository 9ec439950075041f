/* po_extract.c — see po_extract.h. The pages are read and split by the
 * generator's own first stages (read.h, split.h), so a template holds
 * exactly the notes the site renders. */
#define _XOPEN_SOURCE 700 /* mkstemp */
#include "po_extract.h"

#include "buf.h"
#include "po_blocks.h"
#include "read.h"
#include "site.h"
#include "split.h"
#include "fs.h"
#include "path.h"

#include <errno.h>
#include <gettext-po.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    char *msgctxt, *msgid;
    sn_buf comments;         /* extracted comments, one per line, no repeats */
    char **files;            /* references */
    int *lines;
    size_t refs;
} pot_entry;

struct sn_pot {
    char *page;
    pot_entry *entries; /* in order of first appearance */
    size_t count, cap;
};

sn_pot *sn_pot_new(const char *page)
{
    sn_pot *pot = sn_xcalloc(1, sizeof *pot);
    pot->page = sn_strndup(page, strlen(page));
    return pot;
}

void sn_pot_free(sn_pot *pot)
{
    if (!pot) return;
    for (size_t i = 0; i < pot->count; i++) {
        pot_entry *e = &pot->entries[i];
        free(e->msgctxt);
        free(e->msgid);
        sn_buf_free(&e->comments);
        for (size_t r = 0; r < e->refs; r++) free(e->files[r]);
        free(e->files);
        free(e->lines);
    }
    free(pot->entries);
    free(pot->page);
    free(pot);
}

static int same(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

static int has_comment_line(const sn_buf *b, const char *line)
{
    size_t n = strlen(line);
    for (const char *s = b->data; s && *s;) {
        const char *e = strchr(s, '\n');
        if ((size_t)(e - s) == n && memcmp(s, line, n) == 0) return 1;
        s = e + 1;
    }
    return 0;
}

void sn_pot_add(sn_pot *pot, const char *msgctxt, const char *msgid, const char *comment,
                const char *file, int line)
{
    pot_entry *e = NULL;
    /* Pages have tens of messages: a linear search is the simple choice. */
    for (size_t i = 0; i < pot->count && !e; i++)
        if (same(pot->entries[i].msgctxt, msgctxt) && strcmp(pot->entries[i].msgid, msgid) == 0)
            e = &pot->entries[i];
    if (!e) {
        if (pot->count == pot->cap) {
            pot->cap = pot->cap ? pot->cap * 2 : 32;
            pot->entries = sn_xrealloc(pot->entries, pot->cap * sizeof *pot->entries);
        }
        e = &pot->entries[pot->count++];
        memset(e, 0, sizeof *e);
        e->msgctxt = msgctxt ? sn_strndup(msgctxt, strlen(msgctxt)) : NULL;
        e->msgid = sn_strndup(msgid, strlen(msgid));
    }
    if (comment && !has_comment_line(&e->comments, comment)) {
        sn_buf_puts(&e->comments, comment);
        sn_buf_putc(&e->comments, '\n');
    }
    if (file) {
        e->files = sn_xrealloc(e->files, (e->refs + 1) * sizeof *e->files);
        e->lines = sn_xrealloc(e->lines, (e->refs + 1) * sizeof *e->lines);
        e->files[e->refs] = sn_strndup(file, strlen(file));
        e->lines[e->refs] = line;
        e->refs++;
    }
}

int sn_pot_add_notes(sn_pot *pot, const char *notes, const char *file, const int *note_line,
                     size_t note_lines, const char *where, char **err)
{
    sn_po_block_list blocks;
    sn_error why;
    if (sn_po_blocks_split(notes, strlen(notes), &blocks, &why) != 0) {
        /* its line is one of the notes: map it to the source */
        int line = why.line;
        int src_line = line >= 1 && (size_t)line <= note_lines ? note_line[line - 1] : 0;
        *err = sn_error_at(file, src_line, 0, "%s", why.message);
        sn_error_free(&why);
        return -1;
    }
    for (size_t i = 0; i < blocks.count; i++) {
        const sn_po_block *b = &blocks.blocks[i];
        int src_line = (size_t)b->line <= note_lines ? note_line[b->line - 1] : 0;
        char *comment = where ? sn_strdup_printf("%s, in %s", sn_po_kind_name(b->kind), where)
                              : sn_strdup(sn_po_kind_name(b->kind));
        sn_pot_add(pot, NULL, b->message, comment, file, src_line);
        free(comment);
    }
    sn_po_block_list_free(&blocks);
    return 0;
}

/* ------------------------------------------------------------------------
 * Writing. */

static void on_xerror(int severity, po_message_t message, const char *filename, size_t lineno,
                      size_t column, int multiline_p, const char *text)
{
    (void)severity, (void)message, (void)filename, (void)lineno, (void)column, (void)multiline_p;
    (void)text; /* a failed write is detected by checking the file */
}

static void on_xerror2(int severity, po_message_t m1, const char *f1, size_t l1, size_t c1, int ml1,
                       const char *t1, po_message_t m2, const char *f2, size_t l2, size_t c2,
                       int ml2, const char *t2)
{
    (void)m2, (void)f2, (void)l2, (void)c2, (void)ml2, (void)t2;
    on_xerror(severity, m1, f1, l1, c1, ml1, t1);
}

static const struct po_xerror_handler quiet = {on_xerror, on_xerror2};

static int same_bytes(const char *a, const char *b)
{
    char *x = NULL, *y = NULL;
    size_t nx = 0, ny = 0;
    int eq = sn_read_file(a, &x, &nx) == 0 && sn_read_file(b, &y, &ny) == 0 && nx == ny &&
             memcmp(x, y, nx) == 0;
    free(x);
    free(y);
    return eq;
}

static po_file_t pot_to_po(const sn_pot *pot)
{
    po_file_t file = po_file_create();
    po_message_iterator_t it = po_message_iterator(file, NULL);
    po_message_t h = po_message_create();
    po_message_set_msgid(h, "");
    /* xgettext's header, less POT-Creation-Date (it would change every
     * catalog at every extract): msginit fills the translator's fields
     * and the language's Plural-Forms when it makes a catalog. */
    po_message_set_msgstr(h, "Project-Id-Version: normalization-site\n"
                             "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
                             "Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
                             "Language-Team: LANGUAGE <LL@li.org>\n"
                             "Language: \n"
                             "MIME-Version: 1.0\n"
                             "Content-Type: text/plain; charset=UTF-8\n"
                             "Content-Transfer-Encoding: 8bit\n"
                             "Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\n"
                             "X-Generator: sidenotes-po " SN_VERSION "\n");
    char *about = strcmp(pot->page, "site") == 0
                      ? sn_strdup_printf("English interface strings of the site (templates/ and "
                                         "the generator).\n"
                                         "Made by `sidenotes-po extract`: do not edit; "
                                         "translations go in po/<lang>/site.po.\n")
                      : sn_strdup_printf("English messages of the page %s.\n"
                                         "Made by `sidenotes-po extract`: do not edit; "
                                         "translations go in po/<lang>/%s.po.\n",
                                         pot->page, pot->page);
    po_message_set_comments(h, about);
    free(about);
    po_message_insert(it, h);
    for (size_t i = 0; i < pot->count; i++) {
        const pot_entry *e = &pot->entries[i];
        po_message_t m = po_message_create();
        if (e->msgctxt) po_message_set_msgctxt(m, e->msgctxt);
        po_message_set_msgid(m, e->msgid);
        po_message_set_msgstr(m, "");
        if (e->comments.len) po_message_set_extracted_comments(m, e->comments.data);
        /* The file alone, no line: a line number changes whenever a line
         * above it does (an #include added to a header rewrote 84 lines of
         * a catalog), while the file says the same for every message of a
         * page and the comment above names the page and section. */
        for (size_t r = 0; r < e->refs; r++) po_message_add_filepos(m, e->files[r], (size_t)-1);
        po_message_insert(it, m);
    }
    po_message_iterator_free(it);
    return file;
}

int sn_pot_write(const sn_pot *pot, const char *path, int check_only, int *changed, char **err)
{
    *changed = 0;
    *err = NULL;
    if (!check_only && sn_make_parents(path, 0) != 0) {
        *err = sn_error_at(path, 0, 0, "cannot create its folder: %s", strerror(errno));
        return -1;
    }
    /* The temporary file sits next to the target (same file system, for
     * rename), or in TMPDIR when only checking. */
    const char *tmpdir = getenv("TMPDIR");
    char *tmp = check_only ? sn_strdup_printf("%s/sidenotes-po-XXXXXX", tmpdir ? tmpdir : "/tmp")
                           : sn_strdup_printf("%s.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        *err = sn_error_at(tmp, 0, 0, "cannot create a temporary file: %s", strerror(errno));
        free(tmp);
        return -1;
    }
    close(fd);
    po_file_t file = pot_to_po(pot);
    po_file_write(file, tmp, &quiet);
    po_file_free(file);
    struct stat st;
    if (stat(tmp, &st) != 0 || st.st_size == 0) {
        *err = sn_error_at(path, 0, 0, "libgettextpo could not write the template");
        unlink(tmp);
        free(tmp);
        return -1;
    }
    *changed = !same_bytes(tmp, path);
    int rc = 0;
    if (*changed && !check_only) {
        chmod(tmp, 0644);
        if (rename(tmp, path) != 0) {
            *err = sn_error_at(path, 0, 0, "cannot write: %s", strerror(errno));
            rc = -1;
        }
    }
    if (check_only || !*changed || rc != 0) unlink(tmp);
    free(tmp);
    return rc;
}

/* ------------------------------------------------------------------------
 * A whole tree. */

/* The 1-based line of the first line of `text` that starts with `key`
 * after an optional comment marker (front matter), or 0. */
static int front_matter_line(const char *text, const char *key)
{
    int line = 1;
    size_t n = strlen(key);
    for (const char *s = text; *s; line++) {
        const char *t = s;
        while (*t == ' ' || *t == '\t' || *t == '/' || *t == '*') t++;
        if (strncmp(t, key, n) == 0) return line;
        const char *e = strchr(s, '\n');
        if (!e || line > 40) break;
        s = e + 1;
    }
    return 0;
}

static int extract_page(const sn_source *src, sn_pot *pot, char **err)
{
    sn_page page;
    if (sn_split_page(src, &page, err) != 0) return -1;
    /* Each message's extracted comment says what it is and where it shows:
     * "heading, in normalization/layer_norm/layer_norm.h.html#section-3"
     * (the section's anchor on the page), for Weblate and Poedit. */
    char *url = sn_page_path(src->path);
    char *title = sn_strdup_printf("page title, in %s", url);
    char *summary = sn_strdup_printf("page summary (one line, shown in the folder's index), in %s", url);
    if (page.front.title)
        sn_pot_add(pot, NULL, page.front.title, title, src->file, front_matter_line(src->text, "title:"));
    if (page.front.summary)
        sn_pot_add(pot, NULL, page.front.summary, summary, src->file,
                   front_matter_line(src->text, "summary:"));
    free(title);
    free(summary);
    int rc = 0;
    for (size_t i = 0; i < page.count && rc == 0; i++) {
        const sn_section *s = &page.sections[i];
        char *where = sn_strdup_printf("%s#section-%zu", url, i);
        if (*s->notes)
            rc = sn_pot_add_notes(pot, s->notes, src->file, s->note_line, s->note_lines, where, err);
        free(where);
    }
    free(url);
    sn_page_free(&page);
    return rc;
}

/* The interface strings: the generator lists them (templates and its own)
 * as POT text; libgettextpo reads that back, so that site.pot is written
 * like every other template. */
static int extract_site(sn_pot *pot, char **err)
{
    sn_site_options options = {0};
    char *text = sn_site_strings(&options, err);
    if (!text) return -1;
    const char *tmpdir = getenv("TMPDIR");
    char *tmp = sn_strdup_printf("%s/sidenotes-strings-XXXXXX", tmpdir ? tmpdir : "/tmp");
    int fd = mkstemp(tmp), rc = -1;
    size_t len = strlen(text);
    if (fd >= 0 && write(fd, text, len) == (ssize_t)len) {
        close(fd);
        fd = -1;
        po_file_t file = po_file_read(tmp, &quiet);
        if (file) {
            po_message_iterator_t it = po_message_iterator(file, NULL);
            po_message_t m;
            while ((m = po_next_message(it)) != NULL) {
                const char *ctx = po_message_msgctxt(m), *id = po_message_msgid(m);
                if (po_message_is_obsolete(m) || (!ctx && !*id)) continue;
                const char *comment = po_message_extracted_comments(m);
                char *c = comment && *comment ? sn_strndup(comment, strcspn(comment, "\n")) : NULL;
                po_filepos_t pos;
                int any = 0;
                for (int k = 0; (pos = po_message_filepos(m, k)) != NULL; k++, any = 1) {
                    size_t line = po_filepos_start_line(pos);
                    sn_pot_add(pot, ctx, id, c, po_filepos_file(pos), line == (size_t)-1 ? 0 : (int)line);
                }
                if (!any) sn_pot_add(pot, ctx, id, c, NULL, 0);
                free(c);
            }
            po_message_iterator_free(it);
            po_file_free(file);
            rc = 0;
        }
    }
    if (fd >= 0) close(fd);
    if (rc != 0) *err = sn_error_at("sidenotes --strings", 0, 0, "the interface strings are not a valid POT");
    unlink(tmp);
    free(tmp);
    free(text);
    return rc;
}

int sn_po_extract(const char *src_dir, const char *po_dir, int check_only, FILE *log, char **err)
{
    *err = NULL;
    sn_sources sources;
    if (sn_read_tree(src_dir, NULL, 0, &sources, err) != 0) return -1;
    char *templates = sn_strdup_printf("%s/templates", po_dir);
    sn_strv written = {0}, on_disk = {0}; /* page names ("site", "a/b.c") */
    int changes = 0, rc = 0;

    /* the pages, then "site": the interface strings */
    for (size_t i = 0; i <= sources.count && rc == 0; i++) {
        const sn_source *src = i < sources.count ? &sources.items[i] : NULL;
        if (src && src->kind == SN_SOURCE_IMAGE) continue;
        sn_pot *pot = sn_pot_new(src ? src->path : "site");
        char *path = sn_strdup_printf("%s/%s.pot", templates, src ? src->path : "site");
        int changed = 0;
        rc = src ? extract_page(src, pot, err) : extract_site(pot, err);
        if (rc == 0) rc = sn_pot_write(pot, path, check_only, &changed, err);
        if (rc == 0 && changed) {
            changes++;
            if (log) fprintf(log, "%s %s\n", check_only ? "stale:" : "wrote", path);
        }
        sn_strv_add(&written, src ? src->path : "site");
        free(path);
        sn_pot_free(pot);
    }

    if (rc == 0) {
        sn_list_files(templates, ".pot", &on_disk);
        sn_strv_sort(&written);
        for (size_t i = 0; i < on_disk.count; i++) {
            if (sn_strv_find(&written, on_disk.items[i])) continue;
            char *gone = sn_strdup_printf("%s/%s.pot", templates, on_disk.items[i]);
            changes++;
            if (log) fprintf(log, "%s %s (its page is gone)\n", check_only ? "stale:" : "removed", gone);
            if (!check_only) unlink(gone);
            free(gone);
        }
    }
    sn_strv_free(&written);
    sn_strv_free(&on_disk);
    free(templates);
    sn_sources_free(&sources);
    return rc == 0 ? changes : -1;
}
