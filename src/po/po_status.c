/* po_status.c — `sidenotes-po status`: a table of the messages translated,
 * fuzzy and untranslated, per page and language, with each language's
 * share translated. */
#include "po_commands.h"

#include "buf.h"
#include "project.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void format_counts(char *out, size_t size, const po_counts *c)
{
    snprintf(out, size, "%ld/%ld/%ld", c->translated, c->fuzzy, c->untranslated);
}

int cmd_status(const char *po_dir, char **only, int nonly)
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
