/* tools.c — see tools.h. The requests: registering formulas and code,
 * merging identical requests, and handing out the results; the workers
 * that answer them are in tools_workers.c. */
#include "tools_private.h"
#include "markers.h"

#include "buf.h"
#include "embedded.h"

#include <stdlib.h>
#include <string.h>

/* What differs between the two tools. `options` is part of every cache key:
 * change it whenever a worker's output changes for the same input. */
const struct tool_info tool_info[TOOL_COUNT] = {
    {SN_TOOL_KATEX, "the KaTeX worker", "katex-worker.js", "v1 htmlAndMathml strict=ignore"},
    {SN_TOOL_PYGMENTS, "the Pygments worker", "pygments-worker.py", "v2 lines merged"},
    {SN_TOOL_PYGMENTS, "the second Pygments worker", "pygments-worker.py", "v2 lines merged"},
};

sn_tools_pool *sn_tools_pool_new(void) { return sn_xcalloc(1, sizeof(sn_tools_pool)); }

/* ---- the pool's results -------------------------------------------------
 * serve looked every formula and piece of code of the site up in the
 * SQLite cache at every save (a twentieth of its time); the pool keeps the
 * answers of the last builds in memory, under their whole key, as the
 * cache does. */

static char *result_key(const char *tool, const char *version, const char *options, const char *input,
                        size_t len, size_t *key_len, unsigned long long *hash)
{
    sn_buf k = {0};
    sn_buf_add(&k, tool, strlen(tool) + 1);
    sn_buf_add(&k, version, strlen(version) + 1);
    sn_buf_add(&k, options, strlen(options) + 1);
    sn_buf_add(&k, input, len);
    unsigned long long h = 14695981039346656037ULL; /* FNV-1a */
    for (size_t i = 0; i < k.len; i++) h = (h ^ (unsigned char)k.data[i]) * 1099511628211ULL;
    *hash = h;
    *key_len = k.len;
    return sn_buf_take(&k);
}

/* The slot of the key, or of the empty slot where it would go. */
static remembered *result_slot(sn_tools_pool *pool, const char *key, size_t key_len,
                               unsigned long long hash)
{
    for (size_t i = (size_t)hash & (pool->cap - 1);; i = (i + 1) & (pool->cap - 1)) {
        remembered *r = &pool->results[i];
        if (!r->key || (r->hash == hash && r->key_len == key_len && memcmp(r->key, key, key_len) == 0))
            return r;
    }
}

/* Into a table of `cap` slots, the results used by the last build or this
 * one (all, with `keep_all`). */
static void results_rehash(sn_tools_pool *pool, size_t cap, int keep_all)
{
    remembered *old = pool->results;
    size_t n = pool->cap;
    pool->results = sn_xcalloc(cap, sizeof *pool->results);
    pool->cap = cap;
    pool->nresults = 0;
    for (size_t i = 0; i < n; i++) {
        if (!old[i].key) continue;
        if (!keep_all && old[i].used + 1 < pool->build) {
            free(old[i].key);
            free(old[i].html);
            continue;
        }
        *result_slot(pool, old[i].key, old[i].key_len, old[i].hash) = old[i];
        pool->nresults++;
    }
    free(old);
}

char *pool_result_get(sn_tools_pool *pool, const char *tool, const char *version,
                      const char *options, const char *input, size_t len, size_t *out_len)
{
    if (!pool->cap) return NULL;
    size_t key_len;
    unsigned long long hash;
    char *key = result_key(tool, version, options, input, len, &key_len, &hash);
    remembered *r = result_slot(pool, key, key_len, hash);
    free(key);
    if (!r->key) return NULL;
    r->used = pool->build;
    *out_len = r->html_len;
    return sn_strndup(r->html, r->html_len);
}

void pool_result_put(sn_tools_pool *pool, const char *tool, const char *version, const char *options,
                     const char *input, size_t len, const char *html, size_t html_len)
{
    if (2 * (pool->nresults + 1) > pool->cap) results_rehash(pool, pool->cap ? 2 * pool->cap : 1024, 1);
    size_t key_len;
    unsigned long long hash;
    char *key = result_key(tool, version, options, input, len, &key_len, &hash);
    remembered *r = result_slot(pool, key, key_len, hash);
    if (r->key) { /* the same key: the same result */
        free(key);
    } else {
        *r = (remembered){hash, key, key_len, sn_strndup(html, html_len), html_len, 0};
        pool->nresults++;
    }
    r->used = pool->build;
}

void sn_tools_pool_free(sn_tools_pool *pool)
{
    if (!pool) return;
    for (size_t i = 0; i < pool->cap; i++) {
        free(pool->results[i].key);
        free(pool->results[i].html);
    }
    free(pool->results);
    for (int tool = 0; tool < TOOL_COUNT; tool++) {
        sn_worker_abandon(pool->worker[tool]);
        free(pool->version[tool]);
    }
    sn_worker_abandon(pool->search);
    free(pool);
}

sn_worker *sn_tools_pool_take_search(sn_tools_pool *pool)
{
    sn_worker *w = pool ? pool->search : NULL;
    if (pool) pool->search = NULL;
    return w;
}

void sn_tools_pool_keep_search(sn_tools_pool *pool, sn_worker *w)
{
    sn_worker_abandon(pool->search);
    pool->search = w;
}

sn_tools *sn_tools_new(const sn_tools_config *config)
{
    sn_tools *t = sn_xcalloc(1, sizeof *t);
    t->config = *config;
    if (config->pool) { /* a new build: forget what the one before the last used */
        config->pool->build++;
        if (config->pool->cap) results_rehash(config->pool, config->pool->cap, 0);
    }
    return t;
}

void sn_tools_free(sn_tools *t)
{
    if (!t) return;
    for (int tool = 0; tool < TOOL_COUNT; tool++) {
        sn_worker_abandon(t->worker[tool]);
        free(t->version[tool]);
        for (size_t b = 0; b < t->nbatches[tool]; b++) free(t->batches[tool][b].items);
        free(t->batches[tool]);
    }
    free(t->known);
    free(t->start_error);
    for (size_t i = 0; i < t->count; i++) {
        free(t->items[i].options);
        free(t->items[i].key);
        free(t->items[i].input);
        free(t->items[i].where);
        free(t->items[i].html);
        free(t->items[i].error);
    }
    free(t->items);
    free(t);
}

/* The item's options as the cache knows them, made when first asked: only
 * leaders are looked up (a page of formulas registers 100,000s of items).
 * The script's size is in the key too: a changed worker whose options were
 * not bumped still misses the cache. */
const char *item_key(item *it)
{
    if (!it->key)
        it->key = sn_strdup_printf("%s script=%zu %s", tool_info[it->tool].options,
                                   sn_embedded_find(tool_info[it->tool].script)->len, it->options);
    return it->key;
}

static size_t add_item(sn_tools *t, int tool, const char *options, const char *input, size_t len,
                       const char *where)
{
    if (t->count == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 256;
        t->items = sn_xrealloc(t->items, t->cap * sizeof *t->items);
    }
    item *it = &t->items[t->count];
    memset(it, 0, sizeof *it);
    it->tool = tool;
    it->options = sn_strndup(options, strlen(options));
    it->input = sn_strndup(input, len);
    it->len = len;
    it->where = sn_strndup(where, strlen(where));
    it->leader = t->count;
    t->stats.requests++;
    if (!t->checked[tool]) {
        t->checked[tool] = 1;
        t->version[tool] = stamp_version(t, tool);
        if (!t->version[tool] && !t->config.dry) ensure_started(t, tool);
    }
    return t->count++;
}

size_t sn_tools_math(sn_tools *t, const char *tex, size_t len, int display, const char *where)
{
    t->stats.formulas++;
    return add_item(t, KATEX, display ? "display" : "inline", tex, len, where);
}

size_t sn_tools_code(sn_tools *t, const char *lang, const char *code, size_t len, const char *where)
{
    return add_item(t, PYGMENTS, lang, code, len, where);
}

/* The stops travel in the item's options, after the lexer's name and a
 * newline ("c\n120,480"): they are part of the request, so of its cache
 * key, and request_json takes them apart. */
size_t sn_tools_code_stops(sn_tools *t, const char *lang, const char *code, size_t len,
                           const int *stops, size_t nstops, const char *where)
{
    sn_buf options = {0};
    sn_buf_puts(&options, lang);
    for (size_t i = 0; i < nstops; i++) sn_buf_printf(&options, "%c%d", i ? ',' : '\n', stops[i]);
    size_t id = add_item(t, PYGMENTS, options.data, code, len, where);
    sn_buf_free(&options);
    return id;
}

const char *sn_tools_result(const sn_tools *t, size_t id, size_t *len)
{
    while (t->items[id].leader != id) id = t->items[id].leader;
    const item *leader = &t->items[id];
    *len = leader->html_len;
    return leader->html ? leader->html : "";
}

const char *sn_tools_error(const sn_tools *t, size_t id)
{
    while (t->items[id].leader != id) id = t->items[id].leader;
    return t->items[id].error;
}

sn_tools_stats sn_tools_get_stats(const sn_tools *t) { return t->stats; }

static int same_request(const item *x, const item *y)
{
    return x->tool == y->tool && strcmp(x->options, y->options) == 0 && x->len == y->len &&
           memcmp(x->input, y->input, x->len) == 0;
}

int by_request_only(const void *a, const void *b)
{
    const item *x = *(item *const *)a, *y = *(item *const *)b;
    if (x->tool != y->tool) return x->tool - y->tool;
    int c = strcmp(x->options, y->options);
    if (c) return c;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return memcmp(x->input, y->input, x->len);
}

int by_request(const void *a, const void *b)
{
    const item *x = *(item *const *)a, *y = *(item *const *)b;
    if (x->tool != y->tool) return x->tool - y->tool;
    int c = strcmp(x->options, y->options);
    if (c) return c;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    c = memcmp(x->input, y->input, x->len);
    if (c) return c;
    return x < y ? -1 : x > y; /* the first registered leads */
}

/* Merges identical requests among the items not run yet: each points to
 * its leader. Returns the leaders and their count. */
item **merge_requests(sn_tools *t, size_t *count)
{
    size_t n = t->count - t->sent;
    item **all = sn_xmalloc((n ? n : 1) * sizeof *all);
    for (size_t i = 0; i < n; i++) all[i] = &t->items[t->sent + i];
    qsort(all, n, sizeof *all, by_request);
    size_t leaders = 0;
    for (size_t i = 0; i < n; i++) {
        if (leaders && same_request(all[leaders - 1], all[i]))
            all[i]->leader = all[leaders - 1]->leader;
        else
            all[leaders++] = all[i];
    }
    *count = leaders;
    return all;
}
