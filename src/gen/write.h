/* write.h — the last stage: put the rendered files in the output folder.
 *
 *   read → split → translate → render → assemble → WRITE
 *
 * By the time anything is written, every page has been rendered in memory:
 * a build that fails earlier leaves the output folder as it was. Each file
 * is written to a temporary name beside its place and renamed over it, so a
 * reader never sees half a page. A file whose bytes are already there is
 * left alone (its time stamp too). Every path is checked first: nothing is
 * written outside the output folder, even through a symbolic link. Files a
 * previous build wrote and this one does not (a deleted source) are
 * removed; the list lives in OUT/.sidenotes-manifest. */
#ifndef SN_WRITE_H
#define SN_WRITE_H

#include <stddef.h>

typedef struct {
    char *path; /* relative to the output folder */
    char *data;
    size_t len;
} sn_output;

typedef struct {
    size_t written, unchanged, removed;
} sn_write_stats;

/* Creates the folders that lead to the file `path` (like `mkdir -p` of its
 * folder); the first `from` bytes of `path` name a folder known to exist.
 * Returns 0, or -1 with errno set. */
int sn_make_parents(const char *path, size_t from);

/* Writes the files (sorted by path on return). Returns 0, or -1 and a
 * malloc'd "path: error: ...". */
int sn_write_outputs(const char *out_dir, sn_output *files, size_t count, sn_write_stats *stats,
                     char **err);

#endif
