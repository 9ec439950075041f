/* error.h — an error as a value: where (file, line, column) and what.
 *
 * Stages that find an error at a place hand it on as this struct, so that
 * the stage above can move the place (a line of notes becomes a line of the
 * source file) without reading numbers back out of a message. Only the
 * command line turns it into text, in the form compilers use. */
#ifndef SN_ERROR_H
#define SN_ERROR_H

#include <stddef.h>

typedef struct {
    char *file;    /* malloc'd, or NULL when the place is relative (notes) */
    int line, col; /* 1-based; 0 when unknown */
    char *message; /* malloc'd; NULL when there is no error */
} sn_error;

/* Sets the error (any previous one is freed). */
void sn_error_set(sn_error *e, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void sn_error_free(sn_error *e);

/* The error as malloc'd text: "file:line:col: error: message" (parts that
 * are unknown left out), or "line:col: message" for a relative place. */
char *sn_error_text(const sn_error *e);

#endif

/* ---- diagnostics of a run --------------------------------------------
 *
 * A build reports every error and warning it meets, not only the first:
 * each stage adds what it finds here and goes on with the next page, and
 * the build stops before writing anything when one was an error. Messages
 * are compiler-style lines, "file:line:col: error: ..." or "...: warning:
 * ...", in the order found. In strict mode a warning is added as an error. */
typedef struct sn_diags sn_diags;

sn_diags *sn_diags_new(int strict);
void sn_diags_free(sn_diags *d);

/* Adds a warning at a place ("file:line:col", or NULL for the program). */
void sn_diags_warn(sn_diags *d, const char *where, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Adds an error, taking over `text`: a whole message, "place: error: ..."
 * or "error: ..." (as the stages' `char **err` hold them). */
void sn_diags_take_error(sn_diags *d, char *text);

/* Adds a warning, taking over `text`: a whole message, "place: warning:
 * ..." (several, one a line, are added one by one). In strict mode each
 * is added as an error, and says so. */
void sn_diags_take_warning(sn_diags *d, char *text);

size_t sn_diags_errors(const sn_diags *d);
size_t sn_diags_count(const sn_diags *d);

/* The first `max` messages, one a line, then "sidenotes: and N more
 * errors and warnings" when there are more. Malloc'd; "" when none. */
char *sn_diags_report(const sn_diags *d, size_t max);
