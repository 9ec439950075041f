/* memory.h — what `sidenotes serve` keeps from one build to the next.
 *
 * Each save rebuilds the whole site from its sources, and between two saves
 * almost none of them changed. What is kept here is what costs much to
 * make again and can be told unchanged cheaply. So far: the translation
 * catalogs, parsed once and kept while their file keeps its size,
 * modification time and inode (re-parsing every catalog of every language
 * was a fifth of the generator's time per save), and what the last write
 * left in the output folder (write.h: sn_written), so that unchanged pages
 * are not read back to be compared. A build without a memory (the
 * `sidenotes` command) loads each catalog itself and reads what it
 * compares. */
#ifndef SN_MEMORY_H
#define SN_MEMORY_H

#include "translate.h"
#include "write.h"

typedef struct sn_site_memory sn_site_memory;

sn_site_memory *sn_site_memory_new(void);
void sn_site_memory_free(sn_site_memory *m);

/* The catalog at `path` as sn_catalog_load (strict) or
 * sn_catalog_load_forgiving would give it, and the same *msg (a malloc'd
 * copy of the error or warnings, or NULL). The memory owns the catalog: it
 * stays valid until the next call for the same path, or the memory is
 * freed. A catalog that failed to load (strict) is not kept. */
sn_catalog *sn_site_memory_catalog(sn_site_memory *m, const char *path, int strict, char **msg);

/* What the last write left in the output folder (owned by the memory). */
sn_written *sn_site_memory_written(sn_site_memory *m);

#endif
