/* worker.h — a helper process fed through pipes, one batch after another.
 *
 * The generator runs KaTeX under node, Pygments under python3 and, for
 * an index with CJK or Hangul, the search worker under node. A worker
 * writes one line first (its version), then answers each request line on
 * its stdin with one response (framed: see tools_workers.c), and exits when its
 * stdin closes.
 * Requests can be sent while the generator still has other work to do: the
 * first batch of a build (the files' code) goes out before the notes are
 * rendered, the next once the English notes are parsed.
 * Sending never deadlocks: while a request is written, whatever the worker
 * has answered meanwhile is read and kept; the rest is read at the end.
 * The worker's stderr is ours. */
#ifndef SN_WORKER_H
#define SN_WORKER_H

#include <stddef.h>

typedef struct sn_worker sn_worker;

/* Starts argv[0] (searched in PATH) with argv. `name` names the worker in
 * messages ("the KaTeX worker"). NULL and a malloc'd *err on failure. */
sn_worker *sn_worker_start(const char *name, char *const argv[], char **err);

/* Writes a request (one line, ending in '\n'). A worker that died is not
 * an error here: sn_worker_finish says how it died. */
int sn_worker_send(sn_worker *w, const char *data, size_t len, char **err);

/* Closes the worker's stdin, reads the rest of its output, waits for it and
 * frees it. The whole output (malloc'd, NUL-terminated) when the worker
 * exited with status 0; otherwise NULL and *err says how it died. */
char *sn_worker_finish(sn_worker *w, size_t *len, char **err);

/* For a worker kept between builds (tools.h, sn_tools_pool): what it has
 * written so far and not yet dropped; waiting for more (0, or -1 and *err
 * when it closed its output or died); dropping the first n bytes. */
const char *sn_worker_output(const sn_worker *w, size_t *len);
int sn_worker_read(sn_worker *w, char **err);
void sn_worker_drop(sn_worker *w, size_t n);

/* Stops a worker that is no longer wanted and frees it. */
void sn_worker_abandon(sn_worker *w);

#endif
