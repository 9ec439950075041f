/* translate.c — TEMPORARY pass-through until the translation workstream
 * (issue 5) replaces this file with the libgettextpo-backed implementation.
 * Every lookup falls back to English. */
#include "translate.h"
#include <stdlib.h>
#include <string.h>

struct sn_catalog { int unused; };

sn_catalog *sn_catalog_load(const char *po_path, char **err)
{
    (void)po_path; (void)err;
    return calloc(1, sizeof(sn_catalog));
}

void sn_catalog_free(sn_catalog *catalog) { free(catalog); }

const char *sn_catalog_get(const sn_catalog *catalog, const char *msgid)
{
    (void)catalog; (void)msgid;
    return NULL;
}

char *sn_translate_notes(const sn_catalog *catalog, const char *notes, char **err)
{
    (void)catalog; (void)err;
    return strdup(notes);
}
