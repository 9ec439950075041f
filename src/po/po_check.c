/* po_check.c — `sidenotes-po check`: fails unless every catalog loads,
 * and notes what is behind the English (templates, catalogs), files of
 * PO_DIR that are never used, and translations that do not use the words
 * of their language's glossary. */
#include "po_commands.h"

#include "buf.h"
#include "fs.h"
#include "po_extract.h"
#include "po_glossary.h"
#include "project.h"
#include "translate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Stale catalogs are not errors: the site shows the English of whatever
 * changed, marked as untranslated, until the catalog is updated. */
static int merged(void *ctx, const char *po, const char *lang, const char *page, const po_counts *c)
{
    int *stale = ctx;
    (void)lang, (void)page;
    if (access(po, F_OK) != 0) {
        printf("note: %s is missing\n", po);
        ++*stale;
    } else if (c->absent) {
        printf("note: %s lacks %ld message(s) of its template\n", po, c->absent);
        ++*stale;
    }
    return 0;
}

/* Notes, per translated message, the glossary terms its translation does
 * not use (po_glossary.h), in the order of the catalog's lines. A
 * translator comment "glossary: TERM, TERM" (`# glossary: step` above the
 * entry) accepts the deviation for those terms in that message. */
typedef struct {
    const sn_glossary *glossary;
    const sn_catalog *catalog;
    const char *po, *glossary_path;
    int notes;
    struct glossary_note {
        int line;
        char *text;
    } *found;
    size_t nfound;
} glossary_run;

static char *accepted_terms(const char *comments)
{
    sn_buf b = {0};
    for (const char *s = comments; s && *s;) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        while (len && *s == ' ') s++, len--;
        if (len > 9 && strncmp(s, "glossary:", 9) == 0)
            sn_buf_printf(&b, "%s%.*s", b.len ? "," : "", (int)(len - 9), s + 9);
        s = e ? e + 1 : s + len;
    }
    return b.len ? sn_buf_take(&b) : NULL;
}

static void glossary_visit(void *ctx, const char *msgctxt, const char *msgid, const char *msgstr,
                           sn_message_state state, int line)
{
    glossary_run *run = ctx;
    if (state != SN_MESSAGE_TRANSLATED) return;
    char *accepted = accepted_terms(sn_catalog_comments(run->catalog, msgctxt, msgid));
    char *note = sn_glossary_check(run->glossary, msgid, msgstr, accepted);
    free(accepted);
    if (!note) return;
    run->found = sn_xrealloc(run->found, (run->nfound + 1) * sizeof *run->found);
    run->found[run->nfound++] = (struct glossary_note){line, note};
    run->notes++;
}

static int by_line(const void *a, const void *b)
{
    const struct glossary_note *x = a, *y = b;
    return (x->line > y->line) - (x->line < y->line);
}

static int glossary_notes(const char *po_dir, int *notes)
{
    po_project p;
    if (po_project_open(&p, po_dir, NULL) != 0) return 1;
    int failed = 0;
    for (size_t l = 0; l < p.nlangs; l++) {
        char *path = sn_strdup_printf("%s/%s/glossary.md", po_dir, p.langs[l]), *err = NULL;
        sn_glossary *g = sn_glossary_load(path, &err);
        if (!g) {
            fprintf(stderr, "%s\n", err);
            free(err);
            failed = 1;
        }
        for (size_t i = 0; g && i < p.pages.count; i++) {
            char *po = po_catalog_of(&p, l, i);
            sn_catalog *c = sn_catalog_load(po, &err);
            glossary_run run = {g, c, po, path, 0, NULL, 0};
            if (c) sn_catalog_each(c, glossary_visit, &run);
            else free(err); /* reported already by the validity check */
            if (run.nfound) qsort(run.found, run.nfound, sizeof *run.found, by_line);
            for (size_t k = 0; k < run.nfound; k++) {
                printf("note: %s:%d: glossary (%s): %s\n", po, run.found[k].line, path,
                       run.found[k].text);
                free(run.found[k].text);
            }
            free(run.found);
            *notes += run.notes;
            sn_catalog_free(c);
            free(po);
        }
        sn_glossary_free(g);
        free(path);
    }
    po_project_close(&p);
    return failed;
}

/* The page whose name is closest to a misnamed catalog's: one that starts
 * with it, or that it starts with, in the same folder ("layer_norm" →
 * "layer_norm.c"). NULL when none. */
static const char *closest_page(const sn_strv *pages, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < pages->count; i++) {
        const char *p = pages->items[i];
        size_t m = strlen(p);
        if ((m > n && strncmp(p, name, n) == 0 && p[n] == '.') ||
            (n > m && strncmp(name, p, m) == 0 && name[m] == '.'))
            return p;
    }
    return NULL;
}

/* What lies in PO_DIR but is never used, by name: catalogs of a language
 * LINGUAS does not list, catalogs outside a language's folder, catalogs
 * with no template (misnamed, or their page is gone), languages without a
 * glossary. Returns the number of warnings printed. */
static int unused_files(const char *po_dir)
{
    po_project p;
    if (po_project_open(&p, po_dir, NULL) != 0) return 1;
    int warnings = 0;
    sn_strv all = {0}, unknown = {0};
    sn_list_files(po_dir, ".po", &all);
    for (size_t i = 0; i < all.count; i++) {
        const char *name = all.items[i], *slash = strchr(name, '/');
        if (!slash) {
            printf("warning: %s/%s.po: a catalog goes in the folder of its language, "
                   "%s/<lang>/<page>.po: it is not used\n", po_dir, name, po_dir);
            warnings++;
            continue;
        }
        char *lang = sn_strndup(name, (size_t)(slash - name));
        int known = strcmp(lang, "templates") == 0;
        for (size_t l = 0; l < p.nlangs && !known; l++) known = strcmp(p.langs[l], lang) == 0;
        if (!known) {
            if (!sn_strv_find(&unknown, lang)) {
                printf("warning: %s/%s/: catalogs of `%s`, which %s/LINGUAS does not list: "
                       "they are not used (add `%s` to LINGUAS, or rename the folder)\n",
                       po_dir, lang, lang, po_dir, lang);
                warnings++;
                sn_strv_add(&unknown, lang);
                sn_strv_sort(&unknown);
            }
        } else if (strcmp(lang, "templates") != 0 && !sn_strv_find(&p.pages, slash + 1)) {
            const char *near = closest_page(&p.pages, slash + 1);
            if (near)
                printf("warning: %s/%s.po: no page has this name: it is not used (misnamed? "
                       "the page %s has %s/%s/%s.po)\n", po_dir, name, near, po_dir, lang, near);
            else
                printf("warning: %s/%s.po: no page has this name: it is not used (misnamed, "
                       "or its page is gone)\n", po_dir, name);
            warnings++;
        }
        free(lang);
    }
    for (size_t l = 0; l < p.nlangs; l++) {
        char *g = sn_strdup_printf("%s/%s/glossary.md", po_dir, p.langs[l]);
        if (access(g, F_OK) != 0) {
            printf("warning: %s is missing: the language has no glossary to check its terms "
                   "against (CONTRIBUTING.md, \"Adding a language\")\n", g);
            warnings++;
        }
        free(g);
    }
    sn_strv_free(&all);
    sn_strv_free(&unknown);
    po_project_close(&p);
    return warnings;
}

int cmd_check(const char *src_dir, const char *po_dir, int strict)
{
    char *err = NULL;
    /* the stale templates, by name ("stale: po/templates/x.pot") */
    int stale = sn_po_extract(src_dir, po_dir, 1, stdout, &err);
    if (stale < 0) {
        fprintf(stderr, "%s\n", err);
        free(err);
        return 1;
    }
    if (stale) printf("note: %d template(s) in %s/templates are behind the English\n", stale, po_dir);
    char *templates = sn_strdup_printf("%s/templates", po_dir);
    int failed = po_each_catalog(templates, po_dir, merged, &stale), notes = 0;
    free(templates);
    int warnings = unused_files(po_dir);
    failed |= glossary_notes(po_dir, &notes);
    if (failed) return 1;
    if (notes) printf("note: %d translation(s) do not use the glossary's words\n", notes);
    if (strict && (stale || warnings)) {
        fprintf(stderr, "%s: error: --strict: %d warning(s), %d template(s) or catalog(s) behind "
                        "the English\n", po_dir, warnings, stale);
        return 1;
    }
    printf("%s: every catalog valid%s\n", po_dir,
           stale ? "; some are behind the English: run `meson compile -C build po-update`"
                 : ", current and merged");
    return 0;
}
