/* watch.h — which files changed: inotify over folders and everything in
 * them, for `sidenotes serve`.
 *
 * Every folder under the watched roots is watched, folders made later too.
 * Changes inside the `skip` folders (the output, the cache) are ignored,
 * and so are hidden files and backups (".x.swp", "x~"), which editors write
 * beside the file they save; a folder's settings file (read.h) is hidden
 * but watched. */
#ifndef SN_WATCH_H
#define SN_WATCH_H

typedef struct sn_watch sn_watch;

/* Watches the folders `roots` (NULL-terminated; a missing one is an error)
 * but not what is under `skip` (NULL-terminated real paths). NULL and a
 * malloc'd message in *err on failure. */
sn_watch *sn_watch_new(const char *const *roots, const char *const *skip, char **err);
void sn_watch_free(sn_watch *w);

/* The descriptor to poll for input. */
int sn_watch_fd(const sn_watch *w);

/* Reads what is waiting, without blocking. Returns 1 when a file that
 * matters changed (the first such path in *what, malloc'd, if what is not
 * NULL), 0 when nothing did. */
int sn_watch_read(sn_watch *w, char **what);

#endif
