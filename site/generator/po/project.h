/* project.h — what the commands of sidenotes-po work over: the languages of
 * PO_DIR/LINGUAS, the pages that have a template, and for each catalog the
 * counts of its template's messages (translated, fuzzy, untranslated). */
#ifndef SN_PO_PROJECT_H
#define SN_PO_PROJECT_H

#include "strv.h"

#include <gettext-po.h>
#include <stddef.h>

/* libgettextpo's error handler for templates and catalogs the tool writes:
 * errors are printed as "file:line: error: message", warnings dropped. */
extern const struct po_xerror_handler po_report;

typedef struct {
    long translated, fuzzy, untranslated, absent;
} po_counts;

/* What the commands work over: the languages of PO_DIR/LINGUAS and the
 * pages that have a template in `templates` (PO_DIR/templates unless
 * given). */
typedef struct {
    const char *po_dir;
    char *templates;
    char **langs;
    size_t nlangs;
    sn_strv pages;
} po_project;

/* The messages of a template, in its order, as "ctx\004id" (or "\004id"
 * without a context). Returns 0, or -1 after printing the errors. */
int po_read_template(const char *path, sn_strv *messages);

/* Counts the template's messages in the catalog at `po_path`. Returns 0, or
 * -1 after printing the catalog's errors. */
int po_count_catalog(const char *po_path, const sn_strv *messages, po_counts *c);

/* Opens the project of `po_dir`, with the templates in `templates` (NULL:
 * PO_DIR/templates). Returns 0, or -1 after printing the error. */
int po_project_open(po_project *p, const char *po_dir, const char *templates);
void po_project_close(po_project *p);
/* The template of page i, and its catalog in language l (malloc'd). */
char *po_template_of(const po_project *p, size_t page);
char *po_catalog_of(const po_project *p, size_t lang, size_t page);

/* Calls visit() for every catalog of every language, with the po_counts of
 * the messages of its template in `templates`; returns non-zero when a
 * catalog or template has errors or a visit fails. */
typedef int (*po_catalog_visitor)(void *ctx, const char *po, const char *lang, const char *page,
                               const po_counts *c);
int po_each_catalog(const char *templates, const char *po_dir, po_catalog_visitor visit, void *ctx);

#endif
