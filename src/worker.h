/* worker.h — a helper process fed through pipes: one request in, one
 * response out.
 *
 * The generator runs KaTeX under node and Pygments under python3. Each
 * worker starts by writing one line (its version), then reads its whole
 * request from stdin and, once stdin is closed, writes its whole response
 * to stdout and exits. Because a worker reads everything before it writes,
 * two workers can be fed one after the other and read one after the other
 * without either blocking the other. The worker's stderr is ours. */
#ifndef SN_WORKER_H
#define SN_WORKER_H

#include <stddef.h>

typedef struct sn_worker sn_worker;

/* Starts argv[0] (searched in PATH) with argv. `name` names the worker in
 * messages ("the KaTeX worker"). NULL and a malloc'd *err on failure. */
sn_worker *sn_worker_start(const char *name, char *const argv[], char **err);

/* The first line the worker writes, without its newline; malloc'd. */
char *sn_worker_read_line(sn_worker *w, char **err);

/* Writes the request and closes the worker's stdin. */
int sn_worker_send(sn_worker *w, const char *data, size_t len, char **err);

/* Reads the rest of the output, waits for the worker and frees it. The
 * output (malloc'd, NUL-terminated) when the worker exited with status 0;
 * otherwise NULL and *err says how it died. */
char *sn_worker_finish(sn_worker *w, size_t *len, char **err);

/* Stops a worker that is no longer wanted and frees it. */
void sn_worker_abandon(sn_worker *w);

#endif
