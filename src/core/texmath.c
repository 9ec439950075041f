/* texmath.c — see texmath.h for the rules. One pass over the Markdown, skipping
 * what is not prose (fenced code, code spans, backslash escapes) and
 * recording each `$` or `$$` span it meets. */
#include "texmath.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *s;
    size_t len;
    size_t at; /* position[line, col] is known for byte `at` */
    int line, col;
} position;

/* Moves the known position forward to byte `to` (never backward). */
static void position_advance(position *p, size_t to)
{
    for (; p->at < to; p->at++) {
        unsigned char c = (unsigned char)p->s[p->at];
        if (c == '\n') {
            p->line++;
            p->col = 1;
        } else if ((c & 0xC0) != 0x80) {
            p->col++; /* a character starts here, not a continuation byte */
        }
    }
}

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Is the line starting at byte i blank (only spaces and tabs)? */
static int blank_line_at(const char *s, size_t len, size_t i)
{
    for (; i < len && s[i] != '\n'; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
    return 1;
}

static size_t line_end(const char *s, size_t len, size_t i)
{
    while (i < len && s[i] != '\n') i++;
    return i;
}

/* A fence line: optional indentation, then three or more ` or ~. Returns
 * the run's length and sets *mark, or 0. */
static size_t fence_at(const char *s, size_t len, size_t i, char *mark)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t')) i++;
    if (i >= len || (s[i] != '`' && s[i] != '~')) return 0;
    size_t n = 0;
    while (i + n < len && s[i + n] == s[i]) n++;
    if (n < 3) return 0;
    *mark = s[i];
    return n;
}

/* Where the code span whose opening run of `n` backticks ends at byte i
 * closes (just past the closing run), or 0 when it does not close before
 * the paragraph ends. */
static size_t code_span_end(const char *s, size_t len, size_t i, size_t n)
{
    while (i < len) {
        if (s[i] == '\n' && blank_line_at(s, len, i + 1)) return 0;
        if (s[i] != '`') {
            i++;
            continue;
        }
        size_t run = 0;
        while (i + run < len && s[i + run] == '`') run++;
        if (run == n) return i + run;
        i += run;
    }
    return 0;
}

/* Where the inline math opened at byte i (the `$`) closes: the index of
 * the closing `$`, or 0. */
static size_t inline_math_end(const char *s, size_t len, size_t i)
{
    for (size_t j = i + 1; j < len; j++) {
        if (s[j] == '\\') {
            j++;
        } else if (s[j] == '\n' && blank_line_at(s, len, j + 1)) {
            return 0;
        } else if (s[j] == '$' && !is_space(s[j - 1]) &&
                   !(j + 1 < len && s[j + 1] >= '0' && s[j + 1] <= '9')) {
            return j;
        }
    }
    return 0;
}

/* The index of the `$$` closing display math that opened at byte i, or 0. */
static size_t display_math_end(const char *s, size_t len, size_t i)
{
    for (size_t j = i + 2; j + 1 < len; j++) {
        if (s[j] == '\\') j++;
        else if (s[j] == '$' && s[j + 1] == '$') return j;
    }
    return 0;
}

static void add_span(sn_math_list *list, size_t *cap, sn_math_span span)
{
    if (list->count == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        list->spans = sn_xrealloc(list->spans, *cap * sizeof *list->spans);
    }
    list->spans[list->count++] = span;
}

int sn_math_find(const char *s, size_t len, sn_math_list *out, char **err)
{
    position pos = {s, len, 0, 1, 1};
    size_t cap = 0;
    char fence_mark = 0;
    size_t fence_len = 0; /* non-zero inside a fenced code block */
    out->spans = NULL;
    out->count = 0;
    *err = NULL;

    size_t i = 0;
    while (i < len) {
        if (i == 0 || s[i - 1] == '\n') {
            char mark;
            size_t run = fence_at(s, len, i, &mark);
            if (fence_len) {
                if (run >= fence_len && mark == fence_mark) fence_len = 0;
                i = line_end(s, len, i) + 1;
                continue;
            }
            if (run) {
                fence_mark = mark;
                fence_len = run;
                i = line_end(s, len, i) + 1;
                continue;
            }
        }
        char c = s[i];
        if ((unsigned char)c == 0xEE && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x80 || (unsigned char)s[i + 2] == 0x81)) {
            position_advance(&pos, i);
            *err = sn_strdup_printf("%d:%d: the character U+E00%c is reserved for "
                                    "the generator's placeholders",
                                    pos.line, pos.col, s[i + 2] == '\x80' ? '0' : '1');
            return -1;
        }
        if (c == '\\') {
            i += 2;
        } else if (c == '`') {
            size_t n = 0;
            while (i + n < len && s[i + n] == '`') n++;
            size_t end = code_span_end(s, len, i + n, n);
            i = end ? end : i + n;
        } else if (c == '$' && i + 1 < len && s[i + 1] == '$') {
            size_t close = display_math_end(s, len, i);
            position_advance(&pos, i);
            if (!close) {
                *err = sn_strdup_printf("%d:%d: display math `$$` is never closed "
                                        "(write \\$ for a dollar sign)",
                                        pos.line, pos.col);
                return -1;
            }
            add_span(out, &cap, (sn_math_span){i, close + 2, i + 2, close, 1, pos.line, pos.col});
            i = close + 2;
        } else if (c == '$' && i + 1 < len && !is_space(s[i + 1])) {
            size_t close = inline_math_end(s, len, i);
            if (close) {
                position_advance(&pos, i);
                add_span(out, &cap, (sn_math_span){i, close + 1, i + 1, close, 0, pos.line, pos.col});
                i = close + 1;
            } else {
                i++;
            }
        } else {
            i++;
        }
    }
    return 0;
}

void sn_math_list_free(sn_math_list *list)
{
    free(list->spans);
    list->spans = NULL;
    list->count = 0;
}

char *sn_math_protect(const char *md, size_t len, const sn_math_list *list)
{
    sn_buf b = {0};
    size_t done = 0;
    for (size_t k = 0; k < list->count; k++) {
        const sn_math_span *m = &list->spans[k];
        sn_buf_add(&b, md + done, m->start - done);
        sn_buf_printf(&b, SN_MATH_MARK_OPEN "%zu" SN_MATH_MARK_CLOSE, k);
        done = m->end;
    }
    sn_buf_add(&b, md + done, len - done);
    return sn_buf_take(&b);
}

char *sn_math_restore(const char *text, size_t len, size_t count,
                      sn_math_replacement replace, void *ctx, size_t *bad)
{
    const size_t open_len = sizeof SN_MATH_MARK_OPEN - 1;
    const size_t close_len = sizeof SN_MATH_MARK_CLOSE - 1;
    unsigned char *seen = sn_xcalloc(count ? count : 1, 1);
    sn_buf b = {0};
    size_t done = 0, i = 0;
    *bad = count;
    while (i + open_len <= len) {
        if (memcmp(text + i, SN_MATH_MARK_OPEN, open_len) != 0) {
            i++;
            continue;
        }
        size_t j = i + open_len, index = 0, digits = 0;
        while (j < len && text[j] >= '0' && text[j] <= '9' && digits < 9) {
            index = index * 10 + (size_t)(text[j] - '0');
            j++, digits++;
        }
        if (!digits || j + close_len > len ||
            memcmp(text + j, SN_MATH_MARK_CLOSE, close_len) != 0 || index >= count ||
            seen[index]) {
            if (digits && index < count) *bad = index;
            goto fail;
        }
        seen[index] = 1;
        size_t n;
        const char *with = replace(ctx, index, &n);
        sn_buf_add(&b, text + done, i - done);
        sn_buf_add(&b, with, n);
        i = done = j + close_len;
    }
    for (size_t k = 0; k < count; k++) {
        if (!seen[k]) {
            *bad = k;
            goto fail;
        }
    }
    sn_buf_add(&b, text + done, len - done);
    free(seen);
    return sn_buf_take(&b);
fail:
    free(seen);
    sn_buf_free(&b);
    return NULL;
}

const char *sn_math_original(void *source, size_t index, size_t *len)
{
    const sn_math_source *src = source;
    const sn_math_span *m = &src->list->spans[index];
    *len = m->end - m->start;
    return src->md + m->start;
}
