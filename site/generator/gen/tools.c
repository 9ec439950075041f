/* tools.c — see tools.h. */
#include "tools.h"
#include "markers.h"

#include "buf.h"
#include "embedded.h"
#include "worker.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* PYGMENTS2 is a second Pygments worker, for big batches (see
 * share_out): the same tool, its results cached as Pygments'. */
enum { KATEX, PYGMENTS, PYGMENTS2, TOOL_COUNT };

/* A Pygments batch of at least this many bytes is shared out between two
 * workers, so that both cores highlight (chunks.h cuts a big file). */
#define SPLIT_BYTES (96 * 1024)

/* What differs between the two tools. `options` is part of every cache key:
 * change it whenever a worker's output changes for the same input. */
static const struct {
    const char *name, *title, *script, *options;
} tool_info[TOOL_COUNT] = {
    {SN_TOOL_KATEX, "the KaTeX worker", "katex-worker.js", "v1 htmlAndMathml strict=ignore"},
    {SN_TOOL_PYGMENTS, "the Pygments worker", "pygments-worker.py", "v2 lines merged"},
    {SN_TOOL_PYGMENTS, "the second Pygments worker", "pygments-worker.py", "v2 lines merged"},
};

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

static char *stamp_version(sn_tools *t, int tool);
static void ensure_started(sn_tools *t, int tool);

/* A kept worker, its version, and whether its hello line was read. */
struct sn_tools_pool {
    sn_worker *worker[TOOL_COUNT];
    char *version[TOOL_COUNT];
    int greeted[TOOL_COUNT];
};

sn_tools_pool *sn_tools_pool_new(void) { return sn_xcalloc(1, sizeof(sn_tools_pool)); }

void sn_tools_pool_free(sn_tools_pool *pool)
{
    if (!pool) return;
    for (int tool = 0; tool < TOOL_COUNT; tool++) {
        sn_worker_abandon(pool->worker[tool]);
        free(pool->version[tool]);
    }
    free(pool);
}

sn_tools *sn_tools_new(const sn_tools_config *config)
{
    sn_tools *t = sn_xcalloc(1, sizeof *t);
    t->config = *config;
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
static const char *item_key(item *it)
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

static int by_request_only(const void *a, const void *b)
{
    const item *x = *(item *const *)a, *y = *(item *const *)b;
    if (x->tool != y->tool) return x->tool - y->tool;
    int c = strcmp(x->options, y->options);
    if (c) return c;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return memcmp(x->input, y->input, x->len);
}

static int by_request(const void *a, const void *b)
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
static item **merge_requests(sn_tools *t, size_t *count)
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

static char *interpreter_key(const sn_tools *t, int tool)
{
    if (tool == KATEX) return sn_strdup_printf("%s\n%s", t->config.node, t->config.katex_dir);
    return sn_strndup(t->config.python, strlen(t->config.python));
}

static sn_worker *start_worker(const sn_tools *t, int tool, char **err)
{
    const sn_embedded *script = sn_embedded_find(tool_info[tool].script);
    char *argv[5];
    if (tool == KATEX) {
        argv[0] = (char *)t->config.node;
        argv[1] = "-e";
        argv[2] = (char *)script->data;
        argv[3] = (char *)t->config.katex_dir;
        argv[4] = NULL;
    } else {
        argv[0] = (char *)t->config.python;
        argv[1] = "-c";
        argv[2] = (char *)script->data;
        argv[3] = NULL;
    }
    return sn_worker_start(tool_info[tool].title, argv, err);
}

/* The version of a tool from the stamp in the cache, while the tool's file
 * is unchanged; NULL when only running the tool can tell. */
static char *stamp_version(sn_tools *t, int tool)
{
    char *interp = interpreter_key(t, tool);
    sn_tool_stamp stamp = {0};
    char *version = NULL;
    if (sn_cache_stamp_get(t->config.cache, tool_info[tool].name, interp, &stamp)) {
        struct stat st;
        if (stat(stamp.lib, &st) == 0 && st.st_size == stamp.size &&
            (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec == stamp.mtime_ns) {
            version = stamp.version;
            stamp.version = NULL;
        }
        sn_tool_stamp_free(&stamp);
    }
    free(interp);
    return version;
}

/* Starts a tool's worker unless it runs already. A failure is kept for
 * sn_tools_run to report. */
static void ensure_started(sn_tools *t, int tool)
{
    if (t->worker[tool] || t->start_error) return;
    sn_tools_pool *pool = t->config.pool;
    if (pool && pool->worker[tool]) { /* already running, its hello read */
        t->worker[tool] = pool->worker[tool];
        pool->worker[tool] = NULL;
        if (!t->version[tool] && pool->version[tool])
            t->version[tool] = sn_strndup(pool->version[tool], strlen(pool->version[tool]));
        sn_progress_tool(t->config.progress, tool_info[tool].name, 1);
        return;
    }
    if (pool) pool->greeted[tool] = 0;
    t->worker[tool] = start_worker(t, tool, &t->start_error);
    if (t->worker[tool]) sn_progress_tool(t->config.progress, tool_info[tool].name, 1);
}

static char *request_json(item **items, size_t n, int tool)
{
    json_t *list = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *o = json_object();
        if (tool == KATEX) {
            json_object_set_new(o, "tex", json_stringn(items[i]->input, items[i]->len));
            json_object_set_new(o, "display", json_boolean(strcmp(items[i]->options, "display") == 0));
        } else {
            const char *lang = items[i]->options, *stops = strchr(lang, '\n');
            json_object_set_new(o, "lang", json_stringn(lang, stops ? (size_t)(stops - lang) : strlen(lang)));
            json_object_set_new(o, "code", json_stringn(items[i]->input, items[i]->len));
            if (stops) {
                json_t *list = json_array();
                for (const char *p = stops + 1; *p; p += *p == ',') {
                    char *end;
                    json_array_append_new(list, json_integer(strtol(p, &end, 10)));
                    p = end;
                }
                json_object_set_new(o, "stops", list);
            }
        }
        json_array_append_new(list, o);
    }
    json_t *request = json_pack("{so}", "items", list);
    char *s = json_dumps(request, JSON_COMPACT);
    json_decref(request);
    return s;
}

/* One framed result of a response: "html LEN\n" or "error LEN\n", then
 * LEN bytes. Framing, not JSON: a response is most of a megabyte of HTML,
 * and cutting it out by length costs nothing next to decoding JSON
 * strings. Advances *at; 0 if the frame is not whole. */
static int take_frame(const char **at, const char *end, int *is_error, const char **text, size_t *len)
{
    const char *p = *at, *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) return 0;
    if ((size_t)(nl - p) > 5 && memcmp(p, "html ", 5) == 0) *is_error = 0, p += 5;
    else if ((size_t)(nl - p) > 6 && memcmp(p, "error ", 6) == 0) *is_error = 1, p += 6;
    else return 0;
    size_t n = 0;
    for (; p < nl; p++) {
        if (*p < '0' || *p > '9' || n > (size_t)(end - nl)) return 0;
        n = n * 10 + (size_t)(*p - '0');
    }
    if (n > (size_t)(end - nl - 1)) return 0;
    *text = nl + 1;
    *len = n;
    *at = nl + 1 + n;
    return 1;
}

/* Takes the worker's response to batch b apart, from *at: "results N\n",
 * then N frames. Results go to the items and into the cache; a KaTeX error
 * goes to its item (sn_tools_error), for the notes to show the formula as
 * written and warn. *err only when the response is not one. */
static int take_response(sn_tools *t, int tool, const batch *b, const char **at, const char *end,
                         char **err)
{
    size_t count = 0;
    const char *nl = memchr(*at, '\n', (size_t)(end - *at));
    if (!nl || sscanf(*at, "results %zu\n", &count) != 1 || count != b->count) {
        *err = sn_strdup_printf("error: %s answered %.40s for %zu requests", tool_info[tool].title,
                                nl ? *at : "nothing", b->count);
        return -1;
    }
    *at = nl + 1;
    for (size_t i = 0; i < b->count; i++) {
        int is_error;
        const char *text;
        size_t len;
        if (!take_frame(at, end, &is_error, &text, &len)) {
            *err = sn_strdup_printf("error: %s answered %zu of %zu results", tool_info[tool].title, i,
                                    b->count);
            return -1;
        }
        item *it = &t->items[b->items[i]];
        if (!is_error) {
            it->html_len = len;
            it->html = sn_strndup(text, len);
            sn_cache_put(t->config.cache, tool_info[tool].name, t->version[tool], item_key(it), it->input,
                         it->len, it->html, it->html_len);
            continue;
        }
        free(it->error);
        it->error = len ? sn_strndup(text, len) : sn_strdup("the worker gave no result");
    }
    return 0;
}

/* Takes a worker's hello line apart: {"version": ..., "lib": ...}. */
static int take_hello(sn_tools *t, int tool, const char *line, size_t len, char **err)
{
    json_t *hello = json_loadb(line, len, 0, NULL);
    const char *version = json_string_value(json_object_get(hello, "version"));
    const char *lib = json_string_value(json_object_get(hello, "lib"));
    const char *failure = json_string_value(json_object_get(hello, "error"));
    int rc = 0;
    if (failure) { /* it could not load its library: one line, no stack */
        *err = sn_strdup_printf("error: %s: %s (see --katex)", tool_info[tool].title, failure);
        rc = -1;
    } else if (!version || !lib) {
        *err = sn_strdup_printf("error: %s said something unexpected: %.200s", tool_info[tool].title, line);
        rc = -1;
    } else if (!t->version[tool]) {
        /* Now the cache learns the version, with the file it came from. */
        struct stat st;
        sn_tool_stamp stamp = {(char *)lib, 0, 0, (char *)version};
        if (stat(lib, &st) == 0) {
            stamp.size = (long long)st.st_size;
            stamp.mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
        }
        char *interp = interpreter_key(t, tool);
        sn_cache_stamp_put(t->config.cache, tool_info[tool].name, interp, &stamp);
        free(interp);
        t->version[tool] = sn_strndup(version, strlen(version));
    }
    json_decref(hello);
    return rc;
}

/* Sends items to a tool's worker as one batch, starting the worker if need
 * be. */
static int send_batch(sn_tools *t, int tool, item **items, size_t count, char **err)
{
    if (!count) return 0;
    ensure_started(t, tool);
    if (t->start_error) {
        *err = t->start_error;
        t->start_error = NULL;
        return -1;
    }
    batch b = {sn_xmalloc(count * sizeof *b.items), count};
    for (size_t i = 0; i < count; i++) b.items[i] = (size_t)(items[i] - t->items);
    t->batches[tool] = sn_xrealloc(t->batches[tool], (t->nbatches[tool] + 1) * sizeof *t->batches[tool]);
    t->batches[tool][t->nbatches[tool]++] = b;
    char *request = request_json(items, count, tool);
    int rc;
    if (!request) {
        *err = sn_strdup_printf("error: cannot encode the request for %s", tool_info[tool].title);
        rc = -1;
    } else {
        size_t len = strlen(request);
        request[len] = '\n'; /* in place of the NUL: one request, one line */
        rc = sn_worker_send(t->worker[tool], request, len + 1, err);
    }
    free(request);
    return rc;
}

/* A Pygments batch of SPLIT_BYTES or more goes to two workers: reorders
 * the items into two runs of about equal bytes (the biggest first, each to
 * the lighter run; the order within a run kept) and returns where the
 * second run starts; `count` when the batch stays whole. */
static size_t share_out(item **items, size_t count)
{
    size_t total = 0;
    for (size_t i = 0; i < count; i++) total += items[i]->len;
    if (total < SPLIT_BYTES || count < 2) return count;
    size_t *order = sn_xmalloc(count * sizeof *order);
    for (size_t i = 0; i < count; i++) order[i] = i;
    for (size_t i = 1; i < count; i++) /* by size, biggest first; batches are short */
        for (size_t j = i; j > 0 && items[order[j - 1]]->len < items[order[j]]->len; j--) {
            size_t x = order[j];
            order[j] = order[j - 1];
            order[j - 1] = x;
        }
    char *second = sn_xcalloc(count, 1);
    size_t bytes[2] = {0, 0};
    for (size_t i = 0; i < count; i++) {
        int to = bytes[1] < bytes[0];
        second[order[i]] = (char)to;
        bytes[to] += items[order[i]]->len;
    }
    item **copy = sn_xmalloc(count * sizeof *copy);
    memcpy(copy, items, count * sizeof *copy);
    size_t first = 0;
    for (size_t i = 0; i < count; i++)
        if (!second[i]) items[first++] = copy[i];
    size_t n = first;
    for (size_t i = 0; i < count; i++)
        if (second[i]) items[n++] = copy[i];
    free(copy);
    free(second);
    free(order);
    return first;
}

/* Merges the requests registered since the last send with each other and
 * with those before; asks the cache; sends what is left to the workers,
 * starting them if need be. Does not wait for any answer. */
static int send_pending(sn_tools *t, char **err)
{
    size_t n;
    item **leaders = merge_requests(t, &n);
    item **known = sn_xmalloc((t->nknown + n + 1) * sizeof *known);
    for (size_t i = 0; i < t->nknown; i++) known[i] = &t->items[t->known[i]];
    size_t fresh = 0;
    for (size_t i = 0; i < n; i++) {
        item **same = t->nknown ? bsearch(&leaders[i], known, t->nknown, sizeof *known, by_request_only)
                                : NULL;
        if (same) leaders[i]->leader = (size_t)(*same - t->items);
        else leaders[fresh++] = leaders[i];
    }
    memcpy(known + t->nknown, leaders, fresh * sizeof *leaders);
    t->nknown += fresh;
    qsort(known, t->nknown, sizeof *known, by_request);
    t->known = sn_xrealloc(t->known, (t->nknown + 1) * sizeof *t->known);
    for (size_t i = 0; i < t->nknown; i++) t->known[i] = (size_t)(known[i] - t->items);
    free(known);
    t->stats.distinct += fresh;
    t->sent = t->count;

    int rc = 0;
    for (int tool = 0; tool < TOOL_COUNT && rc == 0; tool++) {
        item **misses = sn_xmalloc((fresh ? fresh : 1) * sizeof *misses);
        size_t count = 0;
        for (size_t i = 0; i < fresh; i++) {
            item *it = leaders[i];
            if (it->tool != tool) continue;
            if (t->version[tool])
                it->html = sn_cache_get(t->config.cache, tool_info[tool].name, t->version[tool],
                                        item_key(it), it->input, it->len, &it->html_len);
            if (it->html) t->stats.cached++;
            else misses[count++] = it;
        }
        if (!count) {
            free(misses);
            continue;
        }
        size_t first = tool == PYGMENTS ? share_out(misses, count) : count;
        rc = send_batch(t, tool, misses, first, err);
        if (rc == 0 && first < count) rc = send_batch(t, PYGMENTS2, misses + first, count - first, err);
        free(misses);
    }
    free(leaders);
    return rc;
}

int sn_tools_send(sn_tools *t, char **err)
{
    if (t->start_error) {
        *err = t->start_error;
        t->start_error = NULL;
        return -1;
    }
    return send_pending(t, err);
}

/* Whether [at, end) holds a whole response to a batch of `count`: 1, 0
 * when more must be read, -1 when it is not a response. */
static int response_whole(const char *at, const char *end, size_t count)
{
    size_t n;
    const char *nl = memchr(at, '\n', (size_t)(end - at));
    if (!nl) return 0;
    if (sscanf(at, "results %zu\n", &n) != 1 || n != count) return -1;
    at = nl + 1;
    for (size_t i = 0; i < count; i++) {
        int is_error;
        const char *text;
        size_t len;
        if (!take_frame(&at, end, &is_error, &text, &len)) return 0;
    }
    return 1;
}

/* The answers of a worker that stays running (a pool's): its hello line
 * the first time, then one response per batch, read as they come; what
 * was read is dropped from its output. Returns 0; 1 and *err for an error
 * in the answers (a KaTeX error), after which the worker is still good; -1
 * and *err when it is not (it died, or answered nonsense). */
static int collect_kept(sn_tools *t, int tool, sn_worker *w, char **err)
{
    sn_tools_pool *pool = t->config.pool;
    size_t len;
    const char *out = sn_worker_output(w, &len);
    if (!pool->greeted[tool]) {
        const char *nl;
        while (!(nl = memchr(out, '\n', len))) {
            if (sn_worker_read(w, err) != 0) return -1;
            out = sn_worker_output(w, &len);
        }
        if (take_hello(t, tool, out, (size_t)(nl - out), err) != 0) return -1;
        sn_worker_drop(w, (size_t)(nl + 1 - out));
        pool->greeted[tool] = 1;
        free(pool->version[tool]);
        pool->version[tool] = sn_strndup(t->version[tool], strlen(t->version[tool]));
    }
    int rc = 0;
    for (size_t b = 0; b < t->nbatches[tool]; b++) {
        int whole;
        out = sn_worker_output(w, &len);
        while ((whole = response_whole(out, out + len, t->batches[tool][b].count)) == 0) {
            if (sn_worker_read(w, err) != 0) return -1;
            out = sn_worker_output(w, &len);
        }
        const char *at = out;
        char *why = NULL;
        if (take_response(t, tool, &t->batches[tool][b], &at, out + len, &why) != 0) {
            if (whole < 0) {
                *err = why;
                return -1;
            }
            if (rc == 0) *err = why; /* the first batch's error is the earliest */
            else free(why);
            rc = 1;
        }
        sn_worker_drop(w, (size_t)(at - out));
    }
    return rc;
}

int sn_tools_run(sn_tools *t, char **err)
{
    int rc = sn_tools_send(t, err);
    int sent = rc == 0;
    /* Every worker's answers: its hello line, then one response per batch. */
    for (int tool = 0; tool < TOOL_COUNT; tool++) {
        sn_worker *w = t->worker[tool];
        if (!w) continue;
        t->worker[tool] = NULL;
        if (t->config.pool && sent) {
            /* Kept workers answer even after another's KaTeX error, so
             * that each stays in step with its requests. */
            char *why = NULL;
            int kept = collect_kept(t, tool, w, &why);
            sn_progress_tool(t->config.progress, tool_info[tool].name, 0);
            if (kept >= 0) t->config.pool->worker[tool] = w; /* for the next build */
            else sn_worker_abandon(w);
            if (kept && rc == 0) *err = why, rc = -1;
            else free(why);
            if (t->nbatches[tool] && tool == KATEX) t->stats.katex_ran = 1;
            if (t->nbatches[tool] && tool != KATEX) t->stats.pygments_ran = 1;
            for (size_t b = 0; b < t->nbatches[tool]; b++) free(t->batches[tool][b].items);
            t->nbatches[tool] = 0;
            continue;
        }
        if (rc != 0) {
            sn_worker_abandon(w);
            sn_progress_tool(t->config.progress, tool_info[tool].name, 0);
            continue;
        }
        size_t len;
        char *out = sn_worker_finish(w, &len, err);
        sn_progress_tool(t->config.progress, tool_info[tool].name, 0);
        if (!out) {
            rc = -1;
            continue;
        }
        const char *line = out, *end = out + len;
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        rc = take_hello(t, tool, line, nl ? (size_t)(nl - line) : (size_t)(end - line), err);
        const char *at = nl ? nl + 1 : end;
        for (size_t b = 0; b < t->nbatches[tool] && rc == 0; b++) {
            if (at == end) {
                *err = sn_strdup_printf("error: %s answered %zu of %zu requests",
                                        tool_info[tool].title, b, t->nbatches[tool]);
                rc = -1;
                break;
            }
            rc = take_response(t, tool, &t->batches[tool][b], &at, end, err);
        }
        if (t->nbatches[tool] && tool == KATEX) t->stats.katex_ran = 1;
        if (t->nbatches[tool] && tool != KATEX) t->stats.pygments_ran = 1;
        for (size_t b = 0; b < t->nbatches[tool]; b++) free(t->batches[tool][b].items);
        t->nbatches[tool] = 0;
        free(out);
    }
    char *cache_err = NULL;
    if (sn_cache_commit(t->config.cache, &cache_err) != 0) {
        fprintf(stderr, "sidenotes: warning: %s\n", cache_err); /* results are fine */
        free(cache_err);
    }
    return rc;
}

static int write_text(const char *path, const char *data, size_t len, char **err)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        *err = sn_error_at(path, 0, 0, "cannot write: %s", strerror(errno));
        return -1;
    }
    return 0;
}

int sn_tools_dump(sn_tools *t, const char *dir, char **err)
{
    size_t n;
    item **leaders = merge_requests(t, &n);
    int rc = 0;
    for (int tool = 0; tool < PYGMENTS2 && rc == 0; tool++) { /* PYGMENTS2 has no items */
        item **mine = sn_xmalloc((n ? n : 1) * sizeof *mine);
        size_t count = 0;
        for (size_t i = 0; i < n; i++)
            if (leaders[i]->tool == tool) mine[count++] = leaders[i];
        char *request = request_json(mine, count, tool);
        char *path = sn_strdup_printf("%s/%s.json", dir, tool_info[tool].name);
        /* Ended by a newline, as sent: a worker answers a request only at
         * the end of its line (without one, KaTeX's worker rendered nothing
         * and the benchmark's floor left KaTeX's work out). */
        size_t len = strlen(request);
        request[len] = '\n';
        rc = write_text(path, request, len + 1, err);
        free(path);
        const sn_embedded *script = sn_embedded_find(tool_info[tool].script);
        path = sn_strdup_printf("%s/%s", dir, tool_info[tool].script);
        if (rc == 0) rc = write_text(path, script->data, script->len, err);
        free(path);
        free(request);
        free(mine);
    }
    free(leaders);
    return rc;
}
