/* error.h — an error as a value: where (file, line, column) and what.
 *
 * Stages that find an error at a place hand it on as this struct, so that
 * the stage above can move the place (a line of notes becomes a line of the
 * source file) without reading numbers back out of a message. Only the
 * command line turns it into text, in the form compilers use. */
#ifndef SN_ERROR_H
#define SN_ERROR_H

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
