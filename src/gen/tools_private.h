/* tools_private.h — what the three files of the tools stage share, and
 * nothing outside them may use: the requests (tools.c registers them and
 * merges the identical ones), the talk with the workers (tools_workers.c)
 * and the dump for benchmarks (tools_dump.c). See tools.h for the stage. */
#ifndef SN_TOOLS_PRIVATE_H
#define SN_TOOLS_PRIVATE_H

#include "markers.h"
#include "tools.h"
#include "worker.h"

#include <stddef.h>

enum { KATEX, PYGMENTS, TOOL_COUNT };

/* What differs between the two tools. `options` is part of every cache key:
 * change it whenever a worker's output changes for the same input. */
static const struct {
    const char *name, *title, *script, *options;
} tool_info[TOOL_COUNT] = {
    {SN_TOOL_KATEX, "the KaTeX worker", "katex-worker.js", "v1 htmlAndMathml strict=ignore"},
    {SN_TOOL_PYGMENTS, "the Pygments worker", "pygments-worker.py", "v2 lines merged"},
};

typedef struct {
    int tool;
    char *options;  /* "display"/"inline", or the lexer's name */
    char *key;      /* the options as the cache knows them: with the tool's */
    char *input;
    size_t len;
    char *where;
    char *html;     /* the result; set on leaders only */
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

/* A kept worker, its version, and whether its hello line was read. */
struct sn_tools_pool {
    sn_worker *worker[TOOL_COUNT];
    char *version[TOOL_COUNT];
    int greeted[TOOL_COUNT];
};

/* tools.c: the requests. Merges identical requests among the items not run
 * yet (each points to its leader); returns the leaders and their count. */
item **tools_merge_requests(sn_tools *t, size_t *count);
/* qsort/bsearch order of requests: with and without the registration order. */
int tools_by_request(const void *a, const void *b);
int tools_by_request_only(const void *a, const void *b);

/* tools_workers.c: the workers. */
char *tools_stamp_version(sn_tools *t, int tool);
void tools_ensure_started(sn_tools *t, int tool);
char *tools_request_json(item **items, size_t n, int tool);

#endif
