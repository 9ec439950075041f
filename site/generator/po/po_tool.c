/* po_tool.c — `sidenotes-po`, the translators' command.
 *
 *   sidenotes-po [-C DIR] extract SRC_DIR PO_DIR [--check]
 *   sidenotes-po [-C DIR] update  SRC_DIR PO_DIR
 *   sidenotes-po [-C DIR] status  PO_DIR [LANG...]
 *   sidenotes-po [-C DIR] check   SRC_DIR PO_DIR
 *   sidenotes-po [-C DIR] complete SRC_DIR PO_DIR RULES_FILE
 *
 * extract writes the English messages as templates (po_extract.h); update
 * extracts, then merges every template into every language of
 * PO_DIR/LINGUAS with gettext's msgmerge, so that changed English becomes
 * fuzzy and new English untranslated, creating the catalogs that are
 * missing; status po_counts, per page and language, the messages translated,
 * fuzzy and untranslated; check fails unless every catalog loads (syntax,
 * math, code, links: translate.h), and notes the templates and catalogs
 * that are behind the English and the translations that do not use the
 * words of their language's glossary (po_glossary.h); complete fails unless the catalogs that
 * RULES_FILE declares complete are 100% translated, with nothing fuzzy,
 * against the English as it is now.
 */
#define _XOPEN_SOURCE 700 /* strtok_r */
#include "buf.h"
#include "po_extract.h"
#include "fs.h"
#include "po_glossary.h"
#include "project.h"
#include "read.h"
#include "translate.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <gettext-po.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static void usage(FILE *to)
{
    fputs("usage: sidenotes-po [-C DIR] COMMAND ...\n"
          "  -C DIR                            run in DIR first, like make -C\n"
          "  --version                         print the version\n"
          "  -h, --help                        show this help\n"
          "commands:\n"
          "  extract SRC_DIR PO_DIR [--check]  write PO_DIR/templates/<page>.pot from the sources\n"
          "  update SRC_DIR PO_DIR             extract, then msgmerge every template into every\n"
          "                                    language of PO_DIR/LINGUAS (creating missing catalogs)\n"
          "  status PO_DIR [LANG...]           translated / fuzzy / untranslated, per page and language\n"
          "  check SRC_DIR PO_DIR [--strict]   fail unless every catalog is valid; name the\n"
          "                                    templates and catalogs behind the English, files\n"
          "                                    that are never used, and translations that stray\n"
          "                                    from the glossary (--strict: fail on those too)\n"
          "  glossary PO_DIR LANG              print PO_DIR/LANG/glossary.md as TBX (for Weblate)\n"
          "  complete SRC_DIR PO_DIR RULES     fail unless the catalogs RULES declares complete are\n"
          "                                    fully translated against the current English\n",
          to);
}

/* ------------------------------------------------------------------------
 * extract */

static int cmd_extract(const char *src_dir, const char *po_dir, int check_only)
{
    char *err = NULL;
    int changes = sn_po_extract(src_dir, po_dir, check_only, stdout, &err);
    if (changes < 0) {
        fprintf(stderr, "%s\n", err);
        free(err);
        return 1;
    }
    if (check_only && changes > 0) {
        fprintf(stderr, "%s/templates: %d template(s) stale against %s: run "
                        "`meson compile -C build po-update`\n", po_dir, changes, src_dir);
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * update */

static int run_quiet(char *const argv[], int quiet)
{
    pid_t pid;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (quiet) posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        fprintf(stderr, "sidenotes-po: cannot run %s: %s (install gettext)\n", argv[0], strerror(rc));
        return -1;
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static int run(char *const argv[]) { return run_quiet(argv, 0); }

static int run_quiet(char *const argv[], int quiet);

/* A new catalog for `lang`: gettext's msginit makes it from the template,
 * filling the header as it knows how (the language, its Plural-Forms, the
 * date); then the header's comment says what the file is. */
static int create_catalog(const char *pot, const char *po, const char *lang, const char *page)
{
    if (sn_make_parents(po, 0) != 0) {
        fprintf(stderr, "%s: error: cannot create its folder: %s\n", po, strerror(errno));
        return -1;
    }
    char *locale = sn_strdup_printf("--locale=%s", lang);
    char *argv[] = {"msginit", "--no-translator", locale, "--input", (char *)pot,
                    "--output-file", (char *)po, NULL};
    int rc = run_quiet(argv, 1); /* it says "Created ..." on stderr */
    free(locale);
    po_file_t file = rc == 0 ? po_file_read(po, &po_report) : NULL;
    if (!file) {
        fprintf(stderr, "%s: error: msginit could not make the new catalog\n", po);
        return -1;
    }
    po_message_iterator_t it = po_message_iterator(file, NULL);
    po_message_t m;
    while ((m = po_next_message(it)) != NULL) {
        if (po_message_msgctxt(m) || *po_message_msgid(m)) continue;
        char *h = po_header_set_field(po_message_msgstr(m), "Language-Team",
                                      "none yet (see CONTRIBUTING.md)");
        char now[32];
        time_t t = time(NULL);
        strftime(now, sizeof now, "%Y-%m-%d %H:%M+0000", gmtime(&t));
        char *plural = po_header_field(h, "Plural-Forms");
        if (plural && strstr(plural, "INTEGER")) {
            /* msginit's table lacks a few languages (zh among them); the
             * site has no plural messages, so one form is harmless until a
             * translator writes the right one */
            char *fixed = po_header_set_field(h, "Plural-Forms", "nplurals=1; plural=0;");
            free(h);
            h = fixed;
            printf("note: %s: msginit does not know the plural forms of %s: wrote "
                   "\"nplurals=1; plural=0;\" (correct for zh, ja, ko); check it\n", po, lang);
        }
        free(plural);
        char *h2 = po_header_set_field(h, "PO-Revision-Date", now);
        po_message_set_msgstr(m, h2);
        free(h);
        free(h2);
        char *about = strcmp(page, "site") == 0
                          ? sn_strdup_printf("Translation (%s) of the site's interface strings.\n"
                                             "Fill in the msgstr lines; CONTRIBUTING.md says how.\n",
                                             lang)
                          : sn_strdup_printf("Translation (%s) of the page %s.\n"
                                             "Fill in the msgstr lines; CONTRIBUTING.md says how.\n",
                                             lang, page);
        po_message_set_comments(m, about);
        free(about);
        break;
    }
    po_message_iterator_free(it);
    po_file_write(file, po, &po_report);
    struct stat st;
    rc = stat(po, &st) == 0 && st.st_size > 0 ? 0 : -1;
    po_file_free(file);
    if (rc != 0) fprintf(stderr, "%s: error: cannot write the new catalog\n", po);
    return rc;
}

static int cmd_update(const char *src_dir, const char *po_dir)
{
    po_project p;
    if (cmd_extract(src_dir, po_dir, 0) != 0 || po_project_open(&p, po_dir, NULL) != 0) return 1;
    int failed = 0;
    for (size_t l = 0; l < p.nlangs; l++) {
        for (size_t i = 0; i < p.pages.count; i++) {
            char *pot = po_template_of(&p, i), *po = po_catalog_of(&p, l, i);
            if (access(po, F_OK) != 0) {
                if (create_catalog(pot, po, p.langs[l], p.pages.items[i]) == 0) printf("created %s\n", po);
                else failed = 1;
            } else {
                char *argv[] = {"msgmerge", "--quiet", "--update", "--backup=none", "--previous",
                                po, pot, NULL};
                if (run(argv) != 0) {
                    fprintf(stderr, "%s: error: msgmerge failed\n", po);
                    failed = 1;
                }
            }
            free(pot);
            free(po);
        }
        /* catalogs whose page is gone are kept (the translations may serve a
         * renamed page) but named */
        char *dir = sn_strdup_printf("%s/%s", po_dir, p.langs[l]);
        sn_strv catalogs = {0};
        sn_list_files(dir, ".po", &catalogs);
        for (size_t i = 0; i < catalogs.count; i++) {
            if (!sn_strv_find(&p.pages, catalogs.items[i]))
                printf("kept %s/%s.po: it has no template (page removed or renamed?)\n", dir,
                       catalogs.items[i]);
        }
        sn_strv_free(&catalogs);
        free(dir);
    }
    po_project_close(&p);
    return failed;
}

/* ------------------------------------------------------------------------
 * status */

static void format_counts(char *out, size_t size, const po_counts *c)
{
    snprintf(out, size, "%ld/%ld/%ld", c->translated, c->fuzzy, c->untranslated);
}

static int cmd_status(const char *po_dir, char **only, int nonly)
{
    po_project p;
    if (po_project_open(&p, po_dir, NULL) != 0) return 1;
    if (nonly > 0) { /* the languages asked for, in LINGUAS order */
        size_t k = 0;
        for (size_t l = 0; l < p.nlangs; l++) {
            int keep = 0;
            for (int j = 0; j < nonly; j++) keep |= strcmp(p.langs[l], only[j]) == 0;
            if (keep) p.langs[k++] = p.langs[l];
            else free(p.langs[l]);
        }
        p.nlangs = k;
    }
    int width = (int)strlen("translated");
    for (size_t i = 0; i < p.pages.count; i++)
        if ((int)strlen(p.pages.items[i]) > width) width = (int)strlen(p.pages.items[i]);

    po_counts *total = sn_xcalloc(p.nlangs ? p.nlangs : 1, sizeof *total);
    int failed = 0;
    printf("messages translated/fuzzy/untranslated\n%-*s", width, "page");
    for (size_t l = 0; l < p.nlangs; l++) printf("  %14s", p.langs[l]);
    putchar('\n');
    for (size_t i = 0; i < p.pages.count; i++) {
        char *pot = po_template_of(&p, i);
        sn_strv messages;
        if (po_read_template(pot, &messages) != 0) failed = 1;
        printf("%-*s", width, p.pages.items[i]);
        for (size_t l = 0; l < p.nlangs; l++) {
            char *po = po_catalog_of(&p, l, i);
            po_counts c;
            char cell[64];
            if (po_count_catalog(po, &messages, &c) != 0) {
                failed = 1;
                snprintf(cell, sizeof cell, "error");
            } else {
                format_counts(cell, sizeof cell, &c);
                total[l].translated += c.translated;
                total[l].fuzzy += c.fuzzy;
                total[l].untranslated += c.untranslated;
            }
            printf("  %14s", cell);
            free(po);
        }
        putchar('\n');
        sn_strv_free(&messages);
        free(pot);
    }
    printf("%-*s", width, "total");
    for (size_t l = 0; l < p.nlangs; l++) {
        char cell[64];
        format_counts(cell, sizeof cell, &total[l]);
        printf("  %14s", cell);
    }
    printf("\n%-*s", width, "translated");
    for (size_t l = 0; l < p.nlangs; l++) {
        long all = total[l].translated + total[l].fuzzy + total[l].untranslated;
        printf("  %13ld%%", all ? total[l].translated * 100 / all : 100);
    }
    putchar('\n');
    free(total);
    po_project_close(&p);
    return failed;
}

/* ------------------------------------------------------------------------
 * check and complete */

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

static int cmd_check(const char *src_dir, const char *po_dir, int strict)
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

/* RULES_FILE: lines "LANG GLOB..." (`#` comments); a catalog of language
 * LANG whose page matches a GLOB (fnmatch, `*` crossing `/`) must be
 * complete. */
typedef struct {
    char *text;
    const char *path;
    int checked; /* catalogs checked */
} rules;

static int declared_complete(const rules *r, const char *lang, const char *page)
{
    int line_no = 0;
    for (const char *s = r->text; *s;) {
        const char *e = strchr(s, '\n');
        if (!e) e = s + strlen(s);
        char line[1024];
        snprintf(line, sizeof line, "%.*s", (int)(e - s), s);
        line_no++;
        char *hash = strchr(line, '#');
        if (hash) *hash = '\0';
        char *save = NULL, *word = strtok_r(line, " \t\r", &save);
        if (word && strcmp(word, lang) == 0)
            while ((word = strtok_r(NULL, " \t\r", &save)) != NULL)
                if (fnmatch(word, page, 0) == 0) return line_no;
        s = *e ? e + 1 : e;
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
    int errors = 0, line_no = 0;
    for (const char *s = r->text; *s;) {
        const char *e = strchr(s, '\n');
        if (!e) e = s + strlen(s);
        char line[1024];
        snprintf(line, sizeof line, "%.*s", (int)(e - s), s);
        line_no++;
        char *hash = strchr(line, '#');
        if (hash) *hash = '\0';
        char *save = NULL, *lang = strtok_r(line, " \t\r", &save), *word;
        int known = 0;
        for (size_t l = 0; lang && l < p.nlangs && !known; l++) known = strcmp(p.langs[l], lang) == 0;
        if (lang && !known) {
            fprintf(stderr, "%s:%d: error: `%s` is not a language of %s/LINGUAS\n", r->path, line_no,
                    lang, po_dir);
            errors++;
        }
        while (lang && (word = strtok_r(NULL, " \t\r", &save)) != NULL) {
            int any = 0;
            for (size_t i = 0; i < p.pages.count && !any; i++) any = fnmatch(word, p.pages.items[i], 0) == 0;
            if (!any) {
                fprintf(stderr, "%s:%d: error: `%s` matches no page (the pages are the paths "
                                "under %s/templates without .pot, and `site`)\n",
                        r->path, line_no, word, po_dir);
                errors++;
            }
        }
        s = *e ? e + 1 : e;
    }
    po_project_close(&p);
    return errors;
}

/* Complete means complete against the English as it is now: the catalogs
 * are counted against templates extracted afresh into a temporary folder. */
static int cmd_complete(const char *src_dir, const char *po_dir, const char *rules_path)
{
    rules r = {NULL, rules_path, 0};
    size_t len;
    if (sn_read_file(rules_path, &r.text, &len) != 0) {
        fprintf(stderr, "%s: error: cannot read: %s\n", rules_path, strerror(errno));
        return 1;
    }
    const char *tmpdir = getenv("TMPDIR");
    char *fresh = sn_strdup_printf("%s/sidenotes-po-XXXXXX", tmpdir ? tmpdir : "/tmp");
    if (!mkdtemp(fresh)) {
        fprintf(stderr, "%s: error: cannot create: %s\n", fresh, strerror(errno));
        free(fresh);
        free(r.text);
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
    free(r.text);
    return failed;
}

int main(int argc, char **argv)
{
    sn_catalogs_read_bytewise(); /* translate.h */
    /* Whole lines on both streams, so that a note and an error never
     * splice into one line when both go to one pipe. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    setvbuf(stderr, NULL, _IOLBF, 0);
    int i = 1;
    if (i + 1 < argc && strcmp(argv[i], "-C") == 0) {
        if (chdir(argv[i + 1]) != 0) {
            fprintf(stderr, "sidenotes-po: cannot enter %s: %s\n", argv[i + 1], strerror(errno));
            return 2;
        }
        i += 2;
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[i++];
    int rest = argc - i;
    char **args = argv + i;
    if (strcmp(cmd, "extract") == 0 && (rest == 2 || (rest == 3 && strcmp(args[2], "--check") == 0)))
        return cmd_extract(args[0], args[1], rest == 3);
    if (strcmp(cmd, "update") == 0 && rest == 2) return cmd_update(args[0], args[1]);
    if (strcmp(cmd, "status") == 0 && rest >= 1) return cmd_status(args[0], args + 1, rest - 1);
    if (strcmp(cmd, "check") == 0 && (rest == 2 || (rest == 3 && strcmp(args[2], "--strict") == 0)))
        return cmd_check(args[0], args[1], rest == 3);
    if (strcmp(cmd, "glossary") == 0 && rest == 2) {
        char *path = sn_strdup_printf("%s/%s/glossary.md", args[0], args[1]), *err = NULL;
        sn_glossary *g = access(path, F_OK) == 0 ? sn_glossary_load(path, &err) : NULL;
        if (!g && err) fprintf(stderr, "%s\n", err);
        else if (!g) fprintf(stderr, "%s: error: no such file\n", path);
        else sn_glossary_write_tbx(g, args[1], stdout);
        sn_glossary_free(g);
        free(err);
        free(path);
        return g ? 0 : 1;
    }
    if (strcmp(cmd, "complete") == 0 && rest == 3) return cmd_complete(args[0], args[1], args[2]);
    if (strcmp(cmd, "--version") == 0) {
        printf("sidenotes-po %s\n", SN_VERSION);
        return 0;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    usage(stderr);
    return 2;
}
