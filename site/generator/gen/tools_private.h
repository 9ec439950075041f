/* tools_private.h — what the three parts of the tools module share: the
 * tools, their items and batches, the pool, and the few functions one part
 * calls in another. tools.c keeps the requests, tools_workers.c runs the
 * workers, tools_dump.c writes the benchmark's requests. Not for use
 * outside these files. */
#ifndef SN_TOOLS_PRIVATE_H
#define SN_TOOLS_PRIVATE_H

#include "tools.h"
#include "worker.h"

#include <stddef.h>

/* PYGMENTS2 is a second Pygments worker, for big batches (see
 * share_out): the same tool, its results cached as Pygments'. */
enum { KATEX, PYGMENTS, PYGMENTS2, TOOL_COUNT };

/* What differs between the two tools (tools.c). */
struct tool_info {
    const char *name, *title, *script, *options;
};
extern const struct tool_info tool_info[TOOL_COUNT];

typedef struct {
    int tool;
    char *options;  /* "display"/"inline", or the lexer's name */
    char *key;      /* the options as the cache knows them: with the tool's */
    char *input;
    size_t len;
    char *where;
    char *html;     /* the result; set on leaders only */
    char *error;    /* or the worker's message (KaTeX's parse error) */
    size_t html_len;
    size_t leader;  /* the item, identical to this one, that holds the result */
} item;

/* One request sent to a worker: the items it asked for, in order (as
 * indices: `items` moves as it grows). */
typedef struct {
    size_t *items;
    size_t count;
} batch;

struct sn_tools {
    sn_tools_config config;
    item *items;
    size_t count, cap;
    size_t sent;    /* items before this one were merged, looked up or sent */
    size_t *known;  /* the leaders of what was sent or found, sorted by
                       request (indices: `items` moves as it grows) */
    size_t nknown;
    /* Per tool: whether its version was looked for, the version (NULL until
     * known), its worker once started, and the batches sent to it. A
     * worker whose version the cache does not know must run anyway, so it
     * is started at the first request, and loads while pages are parsed. */
    int checked[TOOL_COUNT];
    char *version[TOOL_COUNT];
    sn_worker *worker[TOOL_COUNT];
    batch *batches[TOOL_COUNT];
    size_t nbatches[TOOL_COUNT];
    char *start_error;
    sn_tools_stats stats;
};

/* One result the pool remembers: its whole key (tool, version, options,
 * input, each ended by a NUL) and the build that last used it. */
typedef struct {
    unsigned long long hash;
    char *key;
    size_t key_len;
    char *html;
    size_t html_len;
    unsigned long used;
} remembered;

/* A kept worker, its version, and whether its hello line was read; and
 * the results of the last builds (open addressing, a power of 2 slots). */
struct sn_tools_pool {
    sn_worker *worker[TOOL_COUNT];
    char *version[TOOL_COUNT];
    int greeted[TOOL_COUNT];
    sn_worker *search; /* the search index's, greeted */
    remembered *results;
    size_t nresults, cap;
    unsigned long build; /* +1 per build */
};

/* tools.c: the pool's results. A copy of the result for the key, or NULL;
 * a result to remember (copied); a new build, which forgets the results
 * the build before it did not use. */
char *pool_result_get(sn_tools_pool *pool, const char *tool, const char *version,
                      const char *options, const char *input, size_t len, size_t *out_len);
void pool_result_put(sn_tools_pool *pool, const char *tool, const char *version, const char *options,
                     const char *input, size_t len, const char *html, size_t html_len);

/* tools.c: the requests. The two orders compare items by request (qsort,
 * bsearch); by_request puts the first registered first among equals. */
const char *item_key(item *it);
int by_request_only(const void *a, const void *b);
int by_request(const void *a, const void *b);
item **merge_requests(sn_tools *t, size_t *count);

/* tools_workers.c: the workers. */
char *stamp_version(sn_tools *t, int tool);
void ensure_started(sn_tools *t, int tool);
char *request_json(item **items, size_t n, int tool);

#endif
