/* fs.h — the file system, as both programs use it: read a whole file,
 * create the folders that lead to a file (mkdir -p), list a folder and the
 * files of a tree, sorted. Every walk over folders (the sources, the
 * up-to-date stamp, the catalogs) reads each folder through
 * sn_list_folder, so all see the same entries in the same order. */
#ifndef SN_FS_H
#define SN_FS_H

#include "strv.h"

#include <stddef.h>
#include <sys/stat.h>

/* Reads a whole file into *data (NUL-terminated). Returns 0, or -1 with
 * errno set. */
int sn_read_file(const char *path, char **data, size_t *len);

/* Creates the folders that lead to the file `path` (like `mkdir -p` of its
 * folder); the first `from` bytes of `path` name a folder known to exist.
 * Returns 0, or -1 with errno set. */
int sn_make_parents(const char *path, size_t from);

/* Whether two stat results are of the same file, unchanged as far as a
 * save can tell: a file replaced gets a new inode; one written in place
 * new times (ctime too, which no one can set back). */
int sn_same_stat(const struct stat *a, const struct stat *b);

/* Creates the folder `dir` and its parents. Returns 0, or -1 with errno. */
int sn_make_dirs(const char *dir);

/* Appends to `names` the entries of the folder `dir`, sorted by strcmp,
 * without "." and ".."; without the dot files too (hidden: the build's own
 * manifest, lock and staging folder, editors' and git's files) unless
 * `hidden`. Returns 0, or -1 with errno set when the folder cannot be
 * opened. */
int sn_list_folder(const char *dir, int hidden, sn_strv *names);

/* Appends to `out` the regular files under `dir` whose names end in
 * `suffix` ("" for all), as paths relative to `dir` without the suffix,
 * sorted. Symbolic links and dot files are not followed; a missing folder
 * lists nothing. */
void sn_list_files(const char *dir, const char *suffix, sn_strv *out);

/* Removes the tree under `dir` (a scratch folder) and `dir` itself; does
 * not follow symbolic links. Returns 0, or -1 with errno. */
int sn_remove_tree(const char *dir);

#endif
