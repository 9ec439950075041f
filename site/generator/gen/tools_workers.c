/* tools_workers.c — the workers of the tools module (tools.h): starting
 * KaTeX's and Pygments' workers or taking them from the pool, sending each
 * its batch of requests, sharing a big Pygments batch between two workers,
 * and reading the answers back into the items and the cache. */
#include "tools_private.h"

#include "buf.h"
#include "embedded.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A Pygments batch of at least this many bytes is shared out between two
 * workers, so that both cores highlight (chunks.h cuts a big file). */
#define SPLIT_BYTES (96 * 1024)

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
char *stamp_version(sn_tools *t, int tool)
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
void ensure_started(sn_tools *t, int tool)
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

char *request_json(item **items, size_t n, int tool)
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

/* The cache's name for a tool's errors (a formula KaTeX rejects): kept
 * apart from its results, which are HTML. Malloc'd. */
static char *error_tool_name(int tool)
{
    return sn_strdup_printf("%s errors", tool_info[tool].name);
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
            if (t->config.pool)
                pool_result_put(t->config.pool, tool_info[tool].name, t->version[tool], item_key(it),
                                it->input, it->len, it->html, it->html_len);
            continue;
        }
        free(it->error);
        it->error = len ? sn_strndup(text, len) : sn_strdup("the worker gave no result");
        /* Kept too: a rebuild shows the same warning without starting node. */
        char *name = error_tool_name(tool);
        sn_cache_put(t->config.cache, name, t->version[tool], item_key(it), it->input, it->len,
                     it->error, strlen(it->error));
        free(name);
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
            sn_tools_pool *pool = t->config.pool;
            if (t->version[tool] && pool)
                it->html = pool_result_get(pool, tool_info[tool].name, t->version[tool], item_key(it),
                                           it->input, it->len, &it->html_len);
            if (t->version[tool] && !it->html) {
                it->html = sn_cache_get(t->config.cache, tool_info[tool].name, t->version[tool],
                                        item_key(it), it->input, it->len, &it->html_len);
                if (it->html && pool)
                    pool_result_put(pool, tool_info[tool].name, t->version[tool], item_key(it),
                                    it->input, it->len, it->html, it->html_len);
            }
            if (t->version[tool] && !it->html && !it->error) {
                char *name = error_tool_name(tool);
                size_t len;
                it->error = sn_cache_get(t->config.cache, name, t->version[tool], item_key(it),
                                         it->input, it->len, &len);
                free(name);
            }
            if (it->html || it->error) t->stats.cached++;
            else misses[count++] = it;
        }
        if (!count) {
            free(misses);
            continue;
        }
        size_t first = tool == PYGMENTS ? share_out(misses, count) : count;
        /* The second worker's batch goes first: the first worker, started
         * at the first request, may still be loading, and a batch bigger
         * than the pipe waits until it reads; the second loads meanwhile. */
        if (first < count) rc = send_batch(t, PYGMENTS2, misses + first, count - first, err);
        if (rc == 0) rc = send_batch(t, tool, misses, first, err);
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
