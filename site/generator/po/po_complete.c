/* po_complete.c — `sidenotes-po complete`: fails unless every catalog that
 * RULES_FILE declares complete is fully translated, with nothing fuzzy,
 * against templates extracted afresh from the English as it is now. */
#define _XOPEN_SOURCE 700 /* strtok_r */
#include "po_commands.h"

#include "buf.h"
#include "fs.h"
#include "po_extract.h"
#include "project.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* RULES_FILE: lines "LANG GLOB..." (`#` comments); a catalog of language
 * LANG whose page matches a GLOB (fnmatch, `*` crossing `/`) must be
 * complete. The file is parsed once, into one rule per line that names a
 * language; both checks below walk the rules. */
typedef struct {
    int line;     /* in RULES_FILE, for messages */
    sn_strv words; /* the language, then its globs */
} rule;

typedef struct {
    rule *items;
    size_t count;
    const char *path;
    int checked; /* catalogs checked */
} rules;

static void parse_rules(rules *r, const char *text)
{
    int line_no = 0;
    for (const char *s = text; *s;) {
        const char *e = strchr(s, '\n');
        if (!e) e = s + strlen(s);
        char line[1024];
        snprintf(line, sizeof line, "%.*s", (int)(e - s), s);
        line_no++;
        char *hash = strchr(line, '#');
        if (hash) *hash = '\0';
        rule ru = {line_no, {0}};
        char *save = NULL;
        for (char *w = strtok_r(line, " \t\r", &save); w; w = strtok_r(NULL, " \t\r", &save))
            sn_strv_add(&ru.words, w);
        if (ru.words.count) {
            r->items = sn_xrealloc(r->items, (r->count + 1) * sizeof *r->items);
            r->items[r->count++] = ru;
        }
        s = *e ? e + 1 : e;
    }
}

static void free_rules(rules *r)
{
    for (size_t i = 0; i < r->count; i++) sn_strv_free(&r->items[i].words);
    free(r->items);
}

static int declared_complete(const rules *r, const char *lang, const char *page)
{
    for (size_t i = 0; i < r->count; i++) {
        const sn_strv *w = &r->items[i].words;
        if (strcmp(w->items[0], lang) != 0) continue;
        for (size_t k = 1; k < w->count; k++)
            if (fnmatch(w->items[k], page, 0) == 0) return r->items[i].line;
    }
    return 0;
}

static int complete(void *ctx, const char *po, const char *lang, const char *page, const po_counts *c)
{
    rules *r = ctx;
    int line = declared_complete(r, lang, page);
    if (!line) return 0;
    r->checked++;
    if (c->fuzzy == 0 && c->untranslated == 0) return 0;
    fprintf(stderr, "%s: error: %ld untranslated and %ld fuzzy message(s), but %s:%d declares it "
                    "complete\n", po, c->untranslated, c->fuzzy, r->path, line);
    return 1;
}

/* Every language of RULES_FILE is in LINGUAS and every pattern matches a
 * page: a pattern that matches nothing (a typo, a page renamed) would
 * quietly declare nothing complete. Returns the number of errors. */
static int rules_match(const rules *r, const char *templates, const char *po_dir)
{
    po_project p;
    if (po_project_open(&p, po_dir, templates) != 0) return 1;
    int errors = 0;
    for (size_t i = 0; i < r->count; i++) {
        const sn_strv *w = &r->items[i].words;
        const char *lang = w->items[0];
        int known = 0;
        for (size_t l = 0; l < p.nlangs && !known; l++) known = strcmp(p.langs[l], lang) == 0;
        if (!known) {
            fprintf(stderr, "%s:%d: error: `%s` is not a language of %s/LINGUAS\n", r->path,
                    r->items[i].line, lang, po_dir);
            errors++;
        }
        for (size_t k = 1; k < w->count; k++) {
            int any = 0;
            for (size_t j = 0; j < p.pages.count && !any; j++) any = fnmatch(w->items[k], p.pages.items[j], 0) == 0;
            if (!any) {
                fprintf(stderr, "%s:%d: error: `%s` matches no page (the pages are the paths "
                                "under %s/templates without .pot, and `site`)\n",
                        r->path, r->items[i].line, w->items[k], po_dir);
                errors++;
            }
        }
    }
    po_project_close(&p);
    return errors;
}

/* Complete means complete against the English as it is now: the catalogs
 * are counted against templates extracted afresh into a temporary folder. */
int cmd_complete(const char *src_dir, const char *po_dir, const char *rules_path)
{
    rules r = {NULL, 0, rules_path, 0};
    char *text;
    size_t len;
    if (sn_read_file(rules_path, &text, &len) != 0) {
        fprintf(stderr, "%s: error: cannot read: %s\n", rules_path, strerror(errno));
        return 1;
    }
    parse_rules(&r, text);
    free(text);
    const char *tmpdir = getenv("TMPDIR");
    char *fresh = sn_strdup_printf("%s/sidenotes-po-XXXXXX", tmpdir ? tmpdir : "/tmp");
    if (!mkdtemp(fresh)) {
        fprintf(stderr, "%s: error: cannot create: %s\n", fresh, strerror(errno));
        free(fresh);
        free_rules(&r);
        return 1;
    }
    char *err = NULL;
    int failed = sn_po_extract(src_dir, fresh, 0, NULL, &err) < 0;
    if (failed) {
        fprintf(stderr, "%s\n", err);
        free(err);
    } else {
        char *templates = sn_strdup_printf("%s/templates", fresh);
        failed = po_each_catalog(templates, po_dir, complete, &r);
        failed |= rules_match(&r, templates, po_dir) != 0;
        free(templates);
        if (!failed)
            printf("%d catalog(s) declared complete in %s: all fully translated, none fuzzy\n",
                   r.checked, rules_path);
    }
    sn_remove_tree(fresh);
    free(fresh);
    free_rules(&r);
    return failed;
}
