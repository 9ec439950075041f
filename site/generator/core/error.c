/* error.c — see error.h. */
#include "error.h"

#include "buf.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void sn_error_set(sn_error *e, const char *file, int line, int col, const char *fmt, ...)
{
    sn_error_free(e);
    sn_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    sn_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    *e = (sn_error){file ? sn_strdup(file) : NULL, line, col, sn_buf_take(&b)};
}

void sn_error_free(sn_error *e)
{
    free(e->file);
    free(e->message);
    *e = (sn_error){0};
}

char *sn_error_text(const sn_error *e)
{
    if (e->file) return sn_error_at(e->file, e->line, e->col, "%s", e->message);
    return sn_strdup_printf("%d:%d: %s", e->line, e->col, e->message);
}
