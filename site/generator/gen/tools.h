/* tools.h — KaTeX and Pygments, batched and cached: the render stage's
 * external work.
 *
 *   read → split → resolve names → translate → RENDER NOTES AND CODE → assemble → write
 *
 * While pages are parsed, every formula and every piece of code to
 * highlight is registered here and gets an id. Identical requests are
 * merged, the cache answers what it can, and what is left goes to one
 * KaTeX worker (node) and one Pygments worker (python3), or two for a big
 * batch, which run at the same time: the files' code (other languages than
 * C, which c_highlight.h does) as soon as it is registered, the English
 * notes' formulas and code once they are parsed
 * (sn_tools_send each time), and a last, usually empty, batch after the translations
 * (sn_tools_run), which then collects the answers. A worker is only
 * started when it has work, or at the first request when the cache does not
 * know its version yet. Afterwards each id has its HTML. */
#ifndef SN_TOOLS_H
#define SN_TOOLS_H

#include "cache.h"
#include "progress.h"
#include "worker.h"

#include <stddef.h>

/* Workers kept running from one build to the next (for `sidenotes serve`,
 * where starting node and python3 would be most of a rebuild): a build
 * takes them from the pool and, once it has every answer, puts them back.
 * A worker that fails is dropped, and the next build starts a new one.
 * The pool also keeps the results the last two builds used (from the cache
 * or from a worker), under their whole key as the cache has them: a save
 * finds its formulas and code in memory, not in SQLite. */
typedef struct sn_tools_pool sn_tools_pool;
sn_tools_pool *sn_tools_pool_new(void);
void sn_tools_pool_free(sn_tools_pool *pool); /* stops the workers */
/* The search index's worker (search.h) is kept in the same pool: taken
 * for a build with its hello line read (NULL when none is kept, or no
 * pool), and given back once it has answered every request. */
sn_worker *sn_tools_pool_take_search(sn_tools_pool *pool);
void sn_tools_pool_keep_search(sn_tools_pool *pool, sn_worker *w);

typedef struct {
    const char *node;      /* the node command, "node" */
    const char *python;    /* the python command, "/usr/bin/python3" */
    const char *katex_dir; /* the folder holding katex.js */
    sn_cache *cache;
    int dry;               /* never start a worker (for sn_tools_dump) */
    sn_progress *progress; /* told when a worker starts and is done; or NULL */
    sn_tools_pool *pool;   /* keep the workers for the next build; or NULL */
} sn_tools_config;

typedef struct {
    size_t formulas;  /* registered for KaTeX */
    size_t requests;  /* registered */
    size_t distinct;  /* after merging identical requests */
    size_t cached;    /* answered by the cache */
    int katex_ran, pygments_ran;
} sn_tools_stats;

typedef struct sn_tools sn_tools;

sn_tools *sn_tools_new(const sn_tools_config *config);
void sn_tools_free(sn_tools *t);

/* Registers a formula (TeX without its delimiters). `where` is the
 * "file:line:col" of the formula, used in KaTeX's error message. */
size_t sn_tools_math(sn_tools *t, const char *tex, size_t len, int display, const char *where);

/* Registers code to highlight with the Pygments lexer `lang`. */
size_t sn_tools_code(sn_tools *t, const char *lang, const char *code, size_t len, const char *where);

/* Registers one chunk of a big file (chunks.h): `code` runs from the
 * chunk's start to the file's end, and stops[] (ascending line numbers from
 * the chunk's start) are where the next chunks start. The worker stops at
 * the first stop where its lexer is in the root state: the result holds
 * the lines before it, each ending in '\n'; or, when none is, the rest of
 * the file as sn_tools_code gives it. */
size_t sn_tools_code_stops(sn_tools *t, const char *lang, const char *code, size_t len,
                           const int *stops, size_t nstops, const char *where);

/* Sends the work registered so far: what the cache does not answer goes to
 * the workers as one batch each, without waiting for the answers, so that
 * they work while more pages are parsed. Returns 0, or -1 and a malloc'd
 * message (a worker that cannot start). */
int sn_tools_send(sn_tools *t, char **err);

/* Sends what is left and collects every answer. Returns 0, or -1 and a
 * malloc'd message: a worker that could not start or died. A formula KaTeX
 * refuses is no failure here: sn_tools_error has its message. Call once,
 * after all registrations. */
int sn_tools_run(sn_tools *t, char **err);

/* The HTML for an id once sn_tools_run succeeded. For code, one line of
 * HTML per line of code, joined by '\n'. */
const char *sn_tools_result(const sn_tools *t, size_t id, size_t *len);

/* KaTeX's message for a formula it refused, or NULL (then sn_tools_result
 * holds its HTML). */
const char *sn_tools_error(const sn_tools *t, size_t id);

sn_tools_stats sn_tools_get_stats(const sn_tools *t);

/* Writes the requests sn_tools_run would send to the workers, all of them
 * as if the cache were empty, to DIR/katex.json and DIR/pygments.json, and
 * the worker scripts beside them: the "floor" of a build, for benchmarks. */
int sn_tools_dump(sn_tools *t, const char *dir, char **err);

#endif
