/* project.c — see project.h. */
#include "project.h"

#include "buf.h"
#include "fs.h"
#include "translate.h"

#include <gettext-po.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The templates are "<po>/templates/<page>.pot", listed as page names
 * ("site", "normalization/readme.md"), sorted. */

static void quiet_xerror(int severity, po_message_t message, const char *filename, size_t lineno,
                         size_t column, int multiline_p, const char *text)
{
    (void)message, (void)column, (void)multiline_p;
    if (severity != PO_SEVERITY_WARNING)
        fprintf(stderr, "%s:%zu: error: %s\n", filename ? filename : "?", lineno, text);
}

static void quiet_xerror2(int severity, po_message_t m1, const char *f1, size_t l1, size_t c1,
                          int ml1, const char *t1, po_message_t m2, const char *f2, size_t l2,
                          size_t c2, int ml2, const char *t2)
{
    (void)m2, (void)f2, (void)l2, (void)c2, (void)ml2, (void)t2;
    quiet_xerror(severity, m1, f1, l1, c1, ml1, t1);
}

const struct po_xerror_handler po_report = {quiet_xerror, quiet_xerror2};

int po_read_template(const char *path, sn_strv *messages)
{
    memset(messages, 0, sizeof *messages);
    po_file_t file = po_file_read(path, &po_report);
    if (!file) {
        fprintf(stderr, "%s: error: cannot read the template\n", path);
        return -1;
    }
    po_message_iterator_t it = po_message_iterator(file, NULL);
    po_message_t m;
    while ((m = po_next_message(it)) != NULL) {
        const char *ctx = po_message_msgctxt(m), *id = po_message_msgid(m);
        if (po_message_is_obsolete(m) || (!ctx && !*id)) continue;
        char *key = sn_strdup_printf("%s\004%s", ctx ? ctx : "", id);
        sn_strv_add(messages, key);
        free(key);
    }
    po_message_iterator_free(it);
    po_file_free(file);
    return 0;
}

/* Splits a key made by po_read_template back into its context (malloc'd
 * into *ctx, NULL when there is none: any length, nothing cut) and id. */
static const char *po_key_context(const char *key, char **ctx)
{
    const char *sep = strchr(key, '\004');
    *ctx = sep == key ? NULL : sn_strndup(key, (size_t)(sep - key));
    return sep + 1;
}


/* Counts the template's messages in the catalog at `po_path`. Returns 0, or
 * -1 after printing the catalog's errors. */
int po_count_catalog(const char *po_path, const sn_strv *messages, po_counts *c)
{
    memset(c, 0, sizeof *c);
    char *err = NULL;
    sn_catalog *cat = sn_catalog_load(po_path, &err);
    if (!cat) {
        fprintf(stderr, "%s\n", err);
        free(err);
        return -1;
    }
    for (size_t i = 0; i < messages->count; i++) {
        char *ctx;
        const char *id = po_key_context(messages->items[i], &ctx);
        sn_message_state state = sn_catalog_state(cat, ctx, id);
        free(ctx);
        switch (state) {
        case SN_MESSAGE_TRANSLATED: c->translated++; break;
        case SN_MESSAGE_FUZZY: c->fuzzy++; break;
        case SN_MESSAGE_UNTRANSLATED:
        case SN_MESSAGE_BROKEN: c->untranslated++; break;
        case SN_MESSAGE_ABSENT: c->untranslated++, c->absent++; break;
        }
    }
    sn_catalog_free(cat);
    return 0;
}


int po_project_open(po_project *p, const char *po_dir, const char *templates)
{
    memset(p, 0, sizeof *p);
    p->po_dir = po_dir;
    char *err = NULL;
    if (sn_languages_read(po_dir, &p->langs, &p->nlangs, &err) != 0) {
        fprintf(stderr, "%s\n", err);
        free(err);
        return -1;
    }
    p->templates = templates ? sn_strndup(templates, strlen(templates))
                             : sn_strdup_printf("%s/templates", po_dir);
    memset(&p->pages, 0, sizeof p->pages);
    sn_list_files(p->templates, ".pot", &p->pages);
    return 0;
}

void po_project_close(po_project *p)
{
    sn_strv_free(&p->pages);
    free(p->templates);
    sn_languages_free(p->langs, p->nlangs);
}

char *po_template_of(const po_project *p, size_t page)
{
    return sn_strdup_printf("%s/%s.pot", p->templates, p->pages.items[page]);
}

char *po_catalog_of(const po_project *p, size_t lang, size_t page)
{
    return sn_catalog_path(p->po_dir, p->langs[lang], p->pages.items[page]);
}


int po_each_catalog(const char *templates, const char *po_dir, po_catalog_visitor visit, void *ctx)
{
    po_project p;
    if (po_project_open(&p, po_dir, templates) != 0) return 1;
    int failed = p.pages.count == 0;
    if (!p.pages.count) fprintf(stderr, "%s: error: no templates\n", p.templates);
    for (size_t i = 0; i < p.pages.count; i++) {
        char *pot = po_template_of(&p, i);
        sn_strv messages;
        if (po_read_template(pot, &messages) != 0) failed = 1;
        for (size_t l = 0; l < p.nlangs; l++) {
            char *po = po_catalog_of(&p, l, i);
            po_counts c;
            if (po_count_catalog(po, &messages, &c) != 0) failed = 1;
            else failed |= visit(ctx, po, p.langs[l], p.pages.items[i], &c);
            free(po);
        }
        sn_strv_free(&messages);
        free(pot);
    }
    po_project_close(&p);
    return failed;
}

