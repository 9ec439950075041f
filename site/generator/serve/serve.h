/* serve.h — `sidenotes serve`: a live preview of the site.
 *
 * Builds the site, serves the output folder over HTTP (libmicrohttpd) on
 * one address (127.0.0.1 unless told otherwise), and watches the sources,
 * the catalogs, the templates and the asset folders (watch.h). Every save
 * rebuilds the site, which costs little: the tools' pool answers every
 * formula and piece of code that did not change from memory (tools.h), the
 * catalogs parsed by the last build are kept while their files are
 * unchanged (memory.h), and only files whose bytes changed are written,
 * one by one, found by comparing with what the last write kept (write.h).
 * Open pages are told to reload by server-sent events as soon as the
 * pages are written, before the search index is made (site.h:
 * pages_written), through a script added to each HTML page as it is
 * served (never written into the output folder). A build that fails leaves
 * the output as the last good build wrote it; its error goes to the
 * terminal and to every open page. Only files under the output folder are
 * served. */
#ifndef SN_SERVE_H
#define SN_SERVE_H

#include "site.h"

/* Runs until SIGINT or SIGTERM. `bind` is an IPv4 address, `port` a
 * decimal port (0: any free port; the one chosen is printed). Returns the
 * exit status: 0 after a signal, 1 when the server cannot start, 2 for a
 * bad address or port. */
int sn_serve(const sn_site_options *o, const char *bind, const char *port);

#endif
