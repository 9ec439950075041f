/* po_update.c — `sidenotes-po update`: extracts the templates, then merges
 * each into its catalog in every language with gettext's msgmerge, and
 * makes the catalogs that are missing with msginit. */
#include "po_commands.h"

#include "buf.h"
#include "fs.h"
#include "project.h"

#include <errno.h>
#include <fcntl.h>
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

/* msgmerge of template `pot` into catalog `po`, written in msgmerge's own
 * form even when only the form changed: `msgmerge --update` leaves a file
 * whose messages are current untouched, so a catalog an editor wrapped
 * otherwise (translate-toolkit, under Weblate, breaks CJK lines at other
 * places) would never come back to the canonical form. A catalog with
 * nothing to change keeps its bytes and its time. */
static int merge(const char *po, const char *pot)
{
    char *out = sn_strdup_printf("%s.merging~", po);
    char *argv[] = {"msgmerge", "--quiet", "--previous", "-o", out, (char *)po, (char *)pot, NULL};
    int rc = run(argv);
    char *old = NULL, *new = NULL;
    size_t old_len = 0, new_len = 0;
    if (rc != 0) {
        fprintf(stderr, "%s: error: msgmerge failed\n", po);
    } else if (sn_read_file(po, &old, &old_len) == 0 && sn_read_file(out, &new, &new_len) == 0 &&
               old_len == new_len && memcmp(old, new, old_len) == 0) {
        /* unchanged */
    } else if (rename(out, po) != 0) {
        fprintf(stderr, "%s: error: cannot replace it: %s\n", po, strerror(errno));
        rc = -1;
    }
    unlink(out); /* gone already when renamed */
    free(old);
    free(new);
    free(out);
    return rc;
}

int cmd_update(const char *src_dir, const char *po_dir)
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
                if (merge(po, pot) != 0) failed = 1;
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
