/* cache.h — results of the external tools, kept on disk between builds:
 * KaTeX's and Pygments' answers, and also libclang's records (xref.h),
 * the search indexes (search.h) and the languages' names.
 *
 * KaTeX and Pygments are slow to start and deterministic, so every result
 * is stored under its full key: the tool, the tool's version, the options
 * and the input itself (no hash, so no collision is possible). An unchanged
 * rebuild finds every formula and every code block here and starts neither
 * tool. The cache is one SQLite database, DIR/sidenotes-cache.sqlite3;
 * delete the folder to empty it.
 *
 * A tool's version is only known by running it, which a no-op build must
 * not do. So the cache also remembers, per tool and interpreter, the file
 * the tool was loaded from and that file's size and modification time: while
 * they are unchanged, the version recorded with them still holds. */
#ifndef SN_CACHE_H
#define SN_CACHE_H

#include <stddef.h>

typedef struct sn_cache sn_cache;

typedef struct {
    char *lib;      /* the file the tool was loaded from */
    long long size; /* its size and modification time (ns) when seen */
    long long mtime_ns;
    char *version;
} sn_tool_stamp;

/* Opens or creates the cache in folder `dir` (created if missing). A NULL
 * dir gives a cache that remembers nothing. Returns NULL and a malloc'd
 * message in *err when the database cannot be opened. */
sn_cache *sn_cache_open(const char *dir, char **err);
void sn_cache_close(sn_cache *c);

/* The stamp recorded for (tool, interpreter): 1 and *out filled (free with
 * sn_tool_stamp_free), or 0. */
int sn_cache_stamp_get(sn_cache *c, const char *tool, const char *interp, sn_tool_stamp *out);
void sn_cache_stamp_put(sn_cache *c, const char *tool, const char *interp, const sn_tool_stamp *s);
void sn_tool_stamp_free(sn_tool_stamp *s);

/* The stored output for the key, malloc'd with its length in *out_len, or
 * NULL. */
char *sn_cache_get(sn_cache *c, const char *tool, const char *version, const char *options,
                   const char *input, size_t len, size_t *out_len);
/* Stores an output. Puts are grouped in one transaction, made durable by
 * sn_cache_commit (0, or -1 and a malloc'd message). */
void sn_cache_put(sn_cache *c, const char *tool, const char *version, const char *options,
                  const char *input, size_t len, const char *output, size_t out_len);
int sn_cache_commit(sn_cache *c, char **err);

/* The stamp (stamp.h) recorded by the last good build into `out_dir`:
 * malloc'd, or NULL. */
char *sn_cache_build_get(sn_cache *c, const char *out_dir);
void sn_cache_build_put(sn_cache *c, const char *out_dir, const char *stamp);

#endif
