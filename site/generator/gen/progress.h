/* progress.h — a progress line for long builds, on a terminal.
 *
 * A build that is still running after a second draws one line on stderr,
 * redrawn in place five times a second: the stage, pages rendered (notes
 * parsed, per language) and assembled of the total, the tools (KaTeX,
 * Pygments) still running, and the time so far. It is
 * erased when the build ends, so a short build shows nothing and the
 * build's summary line stays the last word. The stages report from the
 * build's thread; a thread of this module draws. Disabled (NULL from
 * sn_progress_start), every function does nothing. */
#ifndef SN_PROGRESS_H
#define SN_PROGRESS_H

#include <stddef.h>

typedef struct sn_progress sn_progress;

/* Starts drawing to stderr if `enabled` (the caller checks for a
 * terminal and -q). NULL when disabled. */
sn_progress *sn_progress_start(int enabled);

/* Stops, erases the line, frees. */
void sn_progress_end(sn_progress *p);

/* The stage now running ("rendering notes"; a constant string). */
void sn_progress_stage(sn_progress *p, const char *stage);

/* How many pages the build makes in all (pages × languages). */
void sn_progress_total(sn_progress *p, size_t total);

/* One more page rendered (its notes parsed), or assembled. */
void sn_progress_rendered(sn_progress *p);
void sn_progress_assembled(sn_progress *p);

/* A tool (by name) started (running = 1) or finished (0). */
void sn_progress_tool(sn_progress *p, const char *name, int running);

#endif
