/* memory.c — see memory.h. The catalogs kept are few (one per page and
 * language, tens to hundreds): a list searched by path is enough. */
#include "memory.h"

#include "buf.h"
#include "fs.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
    char *path;
    int strict;
    struct stat st; /* the file when it was loaded (st_ino 0: there was none) */
    sn_catalog *catalog;
    char *warnings;
} kept_catalog;

struct sn_site_memory {
    kept_catalog *catalogs;
    size_t ncatalogs;
    sn_written *written;
};

sn_site_memory *sn_site_memory_new(void)
{
    sn_site_memory *m = sn_xcalloc(1, sizeof(sn_site_memory));
    m->written = sn_written_new();
    return m;
}

sn_written *sn_site_memory_written(sn_site_memory *m)
{
    return m->written;
}

void sn_site_memory_free(sn_site_memory *m)
{
    if (!m) return;
    for (size_t i = 0; i < m->ncatalogs; i++) {
        free(m->catalogs[i].path);
        sn_catalog_free(m->catalogs[i].catalog);
        free(m->catalogs[i].warnings);
    }
    free(m->catalogs);
    sn_written_free(m->written);
    free(m);
}

sn_catalog *sn_site_memory_catalog(sn_site_memory *m, const char *path, int strict, char **msg)
{
    *msg = NULL;
    struct stat st;
    if (stat(path, &st) != 0) memset(&st, 0, sizeof st); /* no file: an empty catalog */
    kept_catalog *k = NULL;
    for (size_t i = 0; i < m->ncatalogs && !k; i++)
        if (strcmp(m->catalogs[i].path, path) == 0) k = &m->catalogs[i];
    if (k && k->strict == strict && sn_same_stat(&k->st, &st)) {
        if (k->warnings) *msg = sn_strdup(k->warnings);
        return k->catalog;
    }
    sn_catalog *c = strict ? sn_catalog_load(path, msg) : sn_catalog_load_forgiving(path, msg);
    if (!c) return NULL; /* the error, every time until it is fixed */
    if (!k) {
        m->catalogs = sn_xrealloc(m->catalogs, (m->ncatalogs + 1) * sizeof *m->catalogs);
        k = &m->catalogs[m->ncatalogs++];
        *k = (kept_catalog){sn_strdup(path), 0, {0}, NULL, NULL};
    }
    sn_catalog_free(k->catalog);
    free(k->warnings);
    k->strict = strict;
    k->st = st;
    k->catalog = c;
    k->warnings = *msg ? sn_strdup(*msg) : NULL;
    return c;
}
