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

struct sn_diags {
    int strict;
    char **lines;
    unsigned char *is_error; /* per line */
    size_t count, cap, errors;
};

sn_diags *sn_diags_new(int strict)
{
    sn_diags *d = sn_xcalloc(1, sizeof *d);
    d->strict = strict;
    return d;
}

void sn_diags_free(sn_diags *d)
{
    if (!d) return;
    for (size_t i = 0; i < d->count; i++) free(d->lines[i]);
    free(d->lines);
    free(d->is_error);
    free(d);
}

static void add_line(sn_diags *d, char *line, int is_error)
{
    if (d->count == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->lines = sn_xrealloc(d->lines, d->cap * sizeof *d->lines);
        d->is_error = sn_xrealloc(d->is_error, d->cap);
    }
    d->is_error[d->count] = is_error != 0;
    d->lines[d->count++] = line;
    d->errors += is_error != 0;
}

void sn_diags_warn(sn_diags *d, const char *where, const char *fmt, ...)
{
    sn_buf b = {0};
    sn_buf_printf(&b, "%s: %s: ", where ? where : "sidenotes", d->strict ? "error" : "warning");
    va_list ap;
    va_start(ap, fmt);
    sn_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    add_line(d, sn_buf_take(&b), d->strict);
}

void sn_diags_take_error(sn_diags *d, char *text)
{
    /* Messages that name no place name the program. */
    if (strncmp(text, "error:", 6) == 0) {
        char *named = sn_strdup_printf("sidenotes: %s", text);
        free(text);
        text = named;
    }
    add_line(d, text, 1);
}

void sn_diags_take_warning(sn_diags *d, char *text)
{
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        char *w = d->strict ? strstr(line, ": warning: ") : NULL;
        if (w) add_line(d, sn_strdup_printf("%.*s: error: %s", (int)(w - line), line, w + 11), 1);
        else add_line(d, sn_strdup(line), d->strict);
    }
    free(text);
}

size_t sn_diags_errors(const sn_diags *d) { return d->errors; }
size_t sn_diags_count(const sn_diags *d) { return d->count; }

char *sn_diags_report(const sn_diags *d, size_t max)
{
    sn_buf b = {0};
    sn_buf_puts(&b, "");
    size_t shown = d->count < max ? d->count : max, errors = 0;
    for (size_t i = 0; i < shown; i++) {
        if (i) sn_buf_puts(&b, "\n");
        sn_buf_puts(&b, d->lines[i]);
    }
    for (size_t i = shown; i < d->count; i++) errors += d->is_error[i];
    if (shown < d->count) {
        size_t rest = d->count - shown;
        sn_buf_printf(&b, "\nsidenotes: and %zu more errors and warnings (%zu errors)", rest, errors);
    }
    return sn_buf_take(&b);
}
