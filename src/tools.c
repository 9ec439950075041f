/* tools.c — see tools.h. */
#include "tools.h"

#include "buf.h"
#include "embedded.h"
#include "worker.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { KATEX, PYGMENTS, TOOL_COUNT };

/* What differs between the two tools. `options` is part of every cache key:
 * change it whenever a worker's output changes for the same input. */
static const struct {
    const char *name, *title, *script, *options;
} tool_info[TOOL_COUNT] = {
    {"katex", "the KaTeX worker", "katex-worker.js", "v1 htmlAndMathml strict=ignore"},
    {"pygments", "the Pygments worker", "pygments-worker.py", "v2 lines merged"},
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

struct sn_tools {
    sn_tools_config config;
    /* Per tool: whether its version was looked for, the version (NULL until
     * known), and its worker once started. A worker whose version the cache
     * does not know must run anyway, so it is started at the first request,
     * and loads while the pages are still being parsed. */
    int checked[TOOL_COUNT];
    char *version[TOOL_COUNT];
    sn_worker *worker[TOOL_COUNT];
    int hello_read[TOOL_COUNT];
    char *start_error;
    item *items;
    size_t count, cap;
    size_t ran; /* items before this one have results */
    sn_tools_stats stats;
};

static char *stamp_version(sn_tools *t, int tool);
static void ensure_started(sn_tools *t, int tool);

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
    }
    free(t->start_error);
    for (size_t i = 0; i < t->count; i++) {
        free(t->items[i].options);
        free(t->items[i].key);
        free(t->items[i].input);
        free(t->items[i].where);
        free(t->items[i].html);
    }
    free(t->items);
    free(t);
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
    /* The script's size is in the key too: a changed worker whose options
     * were not bumped still misses the cache. */
    it->key = sn_strdup_printf("%s script=%zu %s", tool_info[tool].options,
                               sn_embedded_find(tool_info[tool].script)->len, options);
    it->input = sn_strndup(input, len);
    it->len = len;
    it->where = sn_strndup(where, strlen(where));
    it->leader = t->count;
    t->stats.requests++;
    if (!t->checked[tool]) {
        t->checked[tool] = 1;
        t->version[tool] = stamp_version(t, tool);
        if (!t->version[tool]) ensure_started(t, tool);
    }
    return t->count++;
}

size_t sn_tools_math(sn_tools *t, const char *tex, size_t len, int display, const char *where)
{
    return add_item(t, KATEX, display ? "display" : "inline", tex, len, where);
}

size_t sn_tools_code(sn_tools *t, const char *lang, const char *code, size_t len, const char *where)
{
    return add_item(t, PYGMENTS, lang, code, len, where);
}

const char *sn_tools_result(const sn_tools *t, size_t id, size_t *len)
{
    const item *leader = &t->items[t->items[id].leader];
    *len = leader->html_len;
    return leader->html ? leader->html : "";
}

sn_tools_stats sn_tools_get_stats(const sn_tools *t) { return t->stats; }

static int same_request(const item *x, const item *y)
{
    return x->tool == y->tool && strcmp(x->options, y->options) == 0 && x->len == y->len &&
           memcmp(x->input, y->input, x->len) == 0;
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
    size_t n = t->count - t->ran;
    item **all = sn_xmalloc((n ? n : 1) * sizeof *all);
    for (size_t i = 0; i < n; i++) all[i] = &t->items[t->ran + i];
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

/* Reads a worker's hello line: {"version": ..., "lib": ...}. */
static int read_hello(sn_worker *w, int tool, sn_tool_stamp *stamp, char **err)
{
    char *line = sn_worker_read_line(w, err);
    if (!line) return -1;
    json_t *hello = json_loads(line, 0, NULL);
    const char *version = json_string_value(json_object_get(hello, "version"));
    const char *lib = json_string_value(json_object_get(hello, "lib"));
    int rc = -1;
    if (version && lib) {
        struct stat st;
        stamp->version = sn_strndup(version, strlen(version));
        stamp->lib = sn_strndup(lib, strlen(lib));
        if (stat(lib, &st) == 0) {
            stamp->size = (long long)st.st_size;
            stamp->mtime_ns = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
        }
        rc = 0;
    } else {
        *err = sn_strdup_printf("error: %s said something unexpected: %.200s",
                                tool_info[tool].title, line);
    }
    json_decref(hello);
    free(line);
    return rc;
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
    t->worker[tool] = start_worker(t, tool, &t->start_error);
}

/* Reads the hello of a started worker: its version, recorded in the cache
 * with the file it was loaded from. */
static int take_hello(sn_tools *t, int tool, char **err)
{
    if (t->hello_read[tool]) return 0;
    sn_tool_stamp stamp = {0};
    if (read_hello(t->worker[tool], tool, &stamp, err) != 0) {
        sn_tool_stamp_free(&stamp);
        return -1;
    }
    t->hello_read[tool] = 1;
    if (!t->version[tool]) {
        char *interp = interpreter_key(t, tool);
        sn_cache_stamp_put(t->config.cache, tool_info[tool].name, interp, &stamp);
        free(interp);
        t->version[tool] = stamp.version;
        stamp.version = NULL;
    }
    sn_tool_stamp_free(&stamp);
    return 0;
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
            json_object_set_new(o, "lang", json_string(items[i]->options));
            json_object_set_new(o, "code", json_stringn(items[i]->input, items[i]->len));
        }
        json_array_append_new(list, o);
    }
    json_t *request = json_pack("{so}", "items", list);
    char *s = json_dumps(request, JSON_COMPACT);
    json_decref(request);
    return s;
}

/* One tool's share of a run. */
typedef struct {
    item **misses;
    size_t count;
    const char *version;
} batch;

/* Takes the worker's response apart: results go to the items and into
 * the cache. A KaTeX error becomes *err: the one registered first, since
 * that is the one earliest in the sources. */
static int take_response(sn_tools *t, int tool, batch *b, const char *out, size_t len, char **err)
{
    json_t *response = json_loadb(out, len, 0, NULL);
    json_t *results = json_object_get(response, "results");
    if (json_array_size(results) != b->count) {
        *err = sn_strdup_printf("error: %s answered with %zu results for %zu requests",
                                tool_info[tool].title, json_array_size(results), b->count);
        json_decref(response);
        return -1;
    }
    const item *failed = NULL;
    const char *why = NULL;
    size_t failures = 0;
    for (size_t i = 0; i < b->count; i++) {
        json_t *r = json_array_get(results, i);
        json_t *html = json_object_get(r, "html");
        item *it = b->misses[i];
        if (json_is_string(html)) {
            it->html_len = json_string_length(html);
            it->html = sn_strndup(json_string_value(html), it->html_len);
            sn_cache_put(t->config.cache, tool_info[tool].name, b->version, it->key, it->input,
                         it->len, it->html, it->html_len);
            continue;
        }
        failures++;
        if (!failed || it < failed) {
            failed = it;
            why = json_string_value(json_object_get(r, "error"));
        }
    }
    if (failed) {
        *err = sn_strdup_printf("%s: error: %s%s", failed->where,
                                why ? why : "the worker gave no result",
                                failures > 1 ? " (and more errors in other formulas)" : "");
    }
    json_decref(response);
    return failed ? -1 : 0;
}

int sn_tools_run(sn_tools *t, char **err)
{
    size_t n;
    item **leaders = merge_requests(t, &n);
    batch batches[TOOL_COUNT] = {{0}};
    int rc = 0;
    t->stats.distinct += n;
    if (t->start_error) {
        *err = t->start_error;
        t->start_error = NULL;
        rc = -1;
    }
    /* Which requests does the cache answer? A tool started for its version
     * says it first. */
    for (int tool = 0; tool < TOOL_COUNT && rc == 0; tool++) {
        batch *b = &batches[tool];
        b->misses = sn_xmalloc((n ? n : 1) * sizeof *b->misses);
        if (t->worker[tool] && take_hello(t, tool, err) != 0) {
            rc = -1;
            break;
        }
        b->version = t->version[tool];
        for (size_t i = 0; i < n && b->version; i++) {
            item *it = leaders[i];
            if (it->tool != tool) continue;
            it->html = sn_cache_get(t->config.cache, tool_info[tool].name, b->version, it->key,
                                    it->input, it->len, &it->html_len);
            if (it->html) t->stats.cached++;
            else b->misses[b->count++] = it;
        }
    }
    /* Start what must run, all before waiting for any; then feed each
     * worker its whole batch: they work side by side while we wait. */
    for (int tool = 0; tool < TOOL_COUNT && rc == 0; tool++)
        if (batches[tool].count) ensure_started(t, tool);
    if (rc == 0 && t->start_error) {
        *err = t->start_error;
        t->start_error = NULL;
        rc = -1;
    }
    for (int tool = 0; tool < TOOL_COUNT && rc == 0; tool++)
        if (t->worker[tool] && take_hello(t, tool, err) != 0) rc = -1;
    for (int tool = 0; tool < TOOL_COUNT && rc == 0; tool++) {
        batch *b = &batches[tool];
        if (!t->worker[tool]) continue;
        char *request = request_json(b->misses, b->count, tool);
        if (!request) {
            *err = sn_strdup_printf("error: cannot encode the request for %s", tool_info[tool].title);
            rc = -1;
        } else {
            rc = sn_worker_send(t->worker[tool], request, strlen(request), err);
        }
        free(request);
    }
    for (int tool = 0; tool < TOOL_COUNT; tool++) {
        batch *b = &batches[tool];
        sn_worker *w = t->worker[tool];
        if (!w) continue;
        t->worker[tool] = NULL;
        t->hello_read[tool] = 0;
        if (rc != 0) {
            sn_worker_abandon(w);
            continue;
        }
        size_t len;
        char *out = sn_worker_finish(w, &len, err);
        if (!out) {
            rc = -1;
            continue;
        }
        if (b->count && tool == KATEX) t->stats.katex_ran = 1;
        if (b->count && tool == PYGMENTS) t->stats.pygments_ran = 1;
        rc = take_response(t, tool, b, out, len, err);
        free(out);
    }
    for (int tool = 0; tool < TOOL_COUNT; tool++) free(batches[tool].misses);
    free(leaders);
    char *cache_err = NULL;
    if (sn_cache_commit(t->config.cache, &cache_err) != 0) {
        fprintf(stderr, "sidenotes: warning: %s\n", cache_err); /* results are fine */
        free(cache_err);
    }
    t->ran = t->count;
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
    for (int tool = 0; tool < TOOL_COUNT && rc == 0; tool++) {
        item **mine = sn_xmalloc((n ? n : 1) * sizeof *mine);
        size_t count = 0;
        for (size_t i = 0; i < n; i++)
            if (leaders[i]->tool == tool) mine[count++] = leaders[i];
        char *request = request_json(mine, count, tool);
        char *path = sn_strdup_printf("%s/%s.json", dir, tool_info[tool].name);
        rc = write_text(path, request, strlen(request), err);
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
