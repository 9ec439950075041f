/* memory.c — see memory.h. The catalogs kept are few (one per page and
 * language, tens to hundreds): a list searched by path is enough. */
#include "memory.h"

#include "buf.h"

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
};

sn_site_memory *sn_site_memory_new(void)
{
    return sn_xcalloc(1, sizeof(sn_site_memory));
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
    free(m);
}

/* The same file, as far as a save can tell: an editor that writes a new
 * file and renames it changes the inode; one that writes in place changes
 * the time (nanoseconds) and mostly the size. */
static int same_file(const struct stat *a, const struct stat *b)
{
    return a->st_ino == b->st_ino && a->st_dev == b->st_dev && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
           a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

sn_catalog *sn_site_memory_catalog(sn_site_memory *m, const char *path, int strict, char **msg)
{
    *msg = NULL;
    struct stat st;
    if (stat(path, &st) != 0) memset(&st, 0, sizeof st); /* no file: an empty catalog */
    kept_catalog *k = NULL;
    for (size_t i = 0; i < m->ncatalogs && !k; i++)
        if (strcmp(m->catalogs[i].path, path) == 0) k = &m->catalogs[i];
    if (k && k->strict == strict && same_file(&k->st, &st)) {
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
