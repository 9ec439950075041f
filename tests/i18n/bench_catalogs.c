/* bench_catalogs.c — what translations cost a build, on the project's own
 * pages, with every catalog made fully translated (gettext's msgen copies
 * each English message into its translation) so that every check runs:
 *
 *   read     libgettextpo's po_file_read alone, every catalog
 *   load     sn_catalog_load: the same read, plus the checks of every
 *            translation (math, code, links, block shape)
 *   notes    sn_translate_notes over every section of every page, in every
 *            language, with those catalogs
 *
 * Best of 5 runs each, in one process.
 * usage: bench_catalogs SRC_DIR PO_DIR */
#include "buf.h"
#include "read.h"
#include "split.h"
#include "translate.h"

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

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int run(char *const argv[])
{
    pid_t pid;
    int status;
    if (posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ) != 0) return -1;
    return waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static void xerror(int s, po_message_t m, const char *f, size_t l, size_t c, int ml, const char *t)
{
    (void)s, (void)m, (void)f, (void)l, (void)c, (void)ml;
    fprintf(stderr, "%s\n", t);
}

static void xerror2(int s, po_message_t m, const char *f, size_t l, size_t c, int ml, const char *t,
                    po_message_t m2, const char *f2, size_t l2, size_t c2, int ml2, const char *t2)
{
    (void)m2, (void)f2, (void)l2, (void)c2, (void)ml2, (void)t2;
    xerror(s, m, f, l, c, ml, t);
}

int main(int argc, char **argv)
{
    sn_catalogs_read_bytewise(); /* as the programs do */
    if (argc != 3) {
        fprintf(stderr, "usage: %s SRC_DIR PO_DIR\n", argv[0]);
        return 2;
    }
    char *err = NULL, **langs;
    size_t nlangs;
    sn_sources sources;
    if (sn_languages_read(argv[2], &langs, &nlangs, &err) != 0 ||
        sn_read_tree(argv[1], NULL, 0, &sources, &err) != 0) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    sn_page *pages = sn_xcalloc(sources.count + 1, sizeof *pages);
    size_t npages = 0;
    for (size_t i = 0; i < sources.count; i++) {
        if (sources.items[i].kind == SN_SOURCE_IMAGE) continue;
        if (sn_split_page(&sources.items[i], &pages[npages], &err) != 0) {
            fprintf(stderr, "%s\n", err);
            return 1;
        }
        npages++;
    }

    /* fully translated copies of the catalogs */
    char tmp[] = "/tmp/bench-catalogs-XXXXXX";
    if (!mkdtemp(tmp)) return 1;
    size_t ncat = nlangs * npages;
    char **copies = sn_xcalloc(ncat, sizeof *copies);
    for (size_t l = 0; l < nlangs; l++) {
        for (size_t p = 0; p < npages; p++) {
            char *from = sn_catalog_path(argv[2], langs[l], pages[p].src->path);
            char *to = sn_strdup_printf("%s/%zu-%zu.po", tmp, l, p);
            char *cmd[] = {"msgen", "-o", to, from, NULL};
            if (access(from, F_OK) != 0 || run(cmd) != 0) {
                fprintf(stderr, "%s: cannot translate with msgen (run po-update first)\n", from);
                return 1;
            }
            copies[l * npages + p] = to;
            free(from);
        }
    }

    const struct po_xerror_handler handler = {xerror, xerror2};
    double best_read = 1e30, best_load = 1e30, best_notes = 1e30;
    size_t sections = 0;
    for (int rep = 0; rep < 5; rep++) {
        double t0 = now_ms();
        for (size_t i = 0; i < ncat; i++) {
            po_file_t f = po_file_read(copies[i], &handler);
            if (f) po_file_free(f);
        }
        double t1 = now_ms();
        sn_catalog **cats = sn_xcalloc(ncat, sizeof *cats);
        for (size_t i = 0; i < ncat; i++) {
            cats[i] = sn_catalog_load(copies[i], &err);
            if (!cats[i]) {
                fprintf(stderr, "%s\n", err);
                return 1;
            }
        }
        double t2 = now_ms();
        sections = 0;
        for (size_t i = 0; i < ncat; i++) {
            const sn_page *page = &pages[i % npages];
            for (size_t k = 0; k < page->count; k++, sections++) {
                char *md = sn_translate_notes(cats[i], page->sections[k].notes, &err);
                if (!md) {
                    fprintf(stderr, "%s\n", err);
                    return 1;
                }
                free(md);
            }
        }
        double t3 = now_ms();
        for (size_t i = 0; i < ncat; i++) sn_catalog_free(cats[i]);
        free(cats);
        if (t1 - t0 < best_read) best_read = t1 - t0;
        if (t2 - t1 < best_load) best_load = t2 - t1;
        if (t3 - t2 < best_notes) best_notes = t3 - t2;
    }
    printf("%zu catalogs (%zu languages x %zu pages), fully translated; %zu sections translated\n",
           ncat, nlangs, npages, sections);
    printf("read   (libgettextpo only)        %7.1f ms  %5.2f ms/catalog\n", best_read, best_read / ncat);
    printf("load   (read + translation checks) %6.1f ms  %5.2f ms/catalog\n", best_load, best_load / ncat);
    printf("notes  (sn_translate_notes)        %6.1f ms  %5.3f ms/section\n", best_notes,
           sections ? best_notes / sections : 0);

    for (size_t i = 0; i < ncat; i++) {
        unlink(copies[i]);
        free(copies[i]);
    }
    free(copies);
    rmdir(tmp);
    for (size_t p = 0; p < npages; p++) sn_page_free(&pages[p]);
    free(pages);
    sn_sources_free(&sources);
    sn_languages_free(langs, nlangs);
    return 0;
}
