/* split.c — see split.h.
 *
 * The file is read line by line with a small C lexer: enough to know
 * whether a line starts inside a block comment opened by code, continues
 * a preprocessor line, or starts a notes comment. String and character
 * literals are skipped so that a comment opener inside them means nothing. */
#include "split.h"
#include "split_internal.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>

void notes_add_line(notes_builder *n, const char *s, size_t len, int line, int col)
{
    if (n->lines == n->cap) {
        n->cap = n->cap ? n->cap * 2 : 16;
        n->line = sn_xrealloc(n->line, n->cap * sizeof *n->line);
        n->col = sn_xrealloc(n->col, n->cap * sizeof *n->col);
    }
    if (n->lines) sn_buf_putc(&n->text, '\n');
    sn_buf_add(&n->text, s, len);
    n->line[n->lines] = line;
    n->col[n->lines] = col;
    n->lines++;
}

int column_of(const char *s, const char *at)
{
    int col = 1;
    for (; s < at; s++) col += ((unsigned char)*s & 0xC0) != 0x80;
    return col;
}

typedef struct {
    const sn_source *src;
    const char *text, *end;
    int in_comment;    /* inside a block comment opened by code */
    int open_line, open_col; /* where that comment opened */
    int continued;     /* the previous code line ended with a backslash */
} lexer;

/* Scans the code in [s, e), the rest of line `line`, updating the lexer's
 * state across lines. */
static void lex_code(lexer *lx, const char *line_start, const char *s, const char *e, int line)
{
    while (s < e) {
        if (lx->in_comment) {
            const char *close = NULL;
            for (const char *p = s; p + 1 < e; p++)
                if (p[0] == '*' && p[1] == '/') { close = p; break; }
            if (!close) return;
            lx->in_comment = 0;
            s = close + 2;
        } else if (*s == '"' || *s == '\'') {
            char quote = *s++;
            while (s < e && *s != quote) s += (*s == '\\' && s + 1 < e) ? 2 : 1;
            if (s < e) s++;
        } else if (*s == '/' && s + 1 < e && s[1] == '/') {
            return;
        } else if (*s == '/' && s + 1 < e && s[1] == '*') {
            lx->in_comment = 1;
            lx->open_line = line;
            lx->open_col = column_of(line_start, s);
            s += 2;
        } else {
            s++;
        }
    }
}

const char *skip_blanks(const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t')) s++;
    return s;
}

int is_blank(const char *s, const char *e) { return skip_blanks(s, e) == e; }

const char *next_line(const char *s, const char *end)
{
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    return nl ? nl + 1 : end;
}

const char *line_stop(const char *s, const char *end)
{
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    return nl ? nl : end;
}

/* Appends the text of a block comment spanning source lines first..last,
 * which starts at `open` (its slash, on the line starting at `first_line`)
 * and whose closing star is at `close`. A common
 * leading " * " column is removed, as is the indentation shared by every
 * line, so that Markdown sees the text as it was meant. */
static void gather_block(notes_builder *n, const char *first_line, const char *open,
                         const char *close, int first)
{
    const char *body = open + 2;
    if (body < close && *body == '!') body++; /* Doxygen's opener */
    while (body < close && *body == '*') body++; /* a doc comment opens with two stars */
    /* The lines of the comment's text: [starts[i], stops[i]). */
    size_t count = 1;
    for (const char *p = body; p < close; p++) count += *p == '\n';
    const char **starts = sn_xmalloc(count * sizeof *starts);
    const char **stops = sn_xmalloc(count * sizeof *stops);
    const char *p = body;
    for (size_t i = 0; i < count; i++) {
        starts[i] = p;
        const char *nl = memchr(p, '\n', (size_t)(close - p));
        stops[i] = nl ? nl : close;
        p = nl ? nl + 1 : close;
    }
    /* Every line after the first starts with optional blanks and a `*`? */
    int starred = count > 1;
    for (size_t i = 1; i < count && starred; i++) {
        const char *t = skip_blanks(starts[i], stops[i]);
        if (t < stops[i] && *t != '*') starred = 0;
    }
    for (size_t i = 1; i < count; i++) {
        if (starred) {
            const char *t = skip_blanks(starts[i], stops[i]);
            if (t < stops[i]) t++; /* the star */
            starts[i] = t;
        }
    }
    /* A space after the opener or after a star belongs to the frame. */
    for (size_t i = 0; i < count; i++)
        if ((i == 0 || starred) && starts[i] < stops[i] && *starts[i] == ' ') starts[i]++;
    /* The indentation every non-blank line after the first shares. */
    size_t indent = (size_t)-1;
    for (size_t i = 1; i < count; i++) {
        if (is_blank(starts[i], stops[i])) continue;
        size_t k = (size_t)(skip_blanks(starts[i], stops[i]) - starts[i]);
        if (k < indent) indent = k;
    }
    /* Text on the opener's line counts too: it sits at the frame's edge
     * (indentation 0) in a starred comment, and at its column otherwise. */
    if (!is_blank(starts[0], stops[0]) && indent != (size_t)-1) {
        const char *ls = starts[0];
        while (ls > first_line && ls[-1] != '\n') ls--;
        size_t k = starred ? 0 : (size_t)(starts[0] - ls);
        if (k < indent) indent = k;
    }
    for (size_t i = 1; i < count && indent != (size_t)-1; i++)
        starts[i] = (size_t)(stops[i] - starts[i]) >= indent ? starts[i] + indent : stops[i];
    /* Blank first and last lines are the frame of the comment, not text. */
    size_t from = 0, to = count;
    if (is_blank(starts[0], stops[0])) from = 1;
    if (to > from && is_blank(starts[to - 1], stops[to - 1])) to--;
    for (size_t i = from; i < to; i++) {
        const char *line_start = starts[i]; /* columns count from the source line's start */
        while (line_start > first_line && line_start[-1] != '\n') line_start--;
        const char *e = stops[i];
        while (e > starts[i] && (e[-1] == ' ' || e[-1] == '\t')) e--;
        notes_add_line(n, starts[i], (size_t)(e - starts[i]), first + (int)i,
                       column_of(line_start, starts[i]));
    }
    free(starts);
    free(stops);
}

void finish_section(section_list *list, notes_builder *n, int code_first, int code_last)
{
    const char *t = n->text.data ? n->text.data : "";
    int has_notes = t[strspn(t, " \t\n")] != '\0';
    if (!has_notes && !code_first) {
        sn_buf_free(&n->text);
        free(n->line);
        free(n->col);
        memset(n, 0, sizeof *n);
        return;
    }
    if (list->count == list->cap) {
        list->cap = list->cap ? list->cap * 2 : 16;
        list->items = sn_xrealloc(list->items, list->cap * sizeof *list->items);
    }
    sn_section *s = &list->items[list->count++];
    memset(s, 0, sizeof *s);
    if (!has_notes) { /* only empty comment lines: no notes at all */
        sn_buf_free(&n->text);
        n->lines = 0;
    }
    s->note_lines = n->lines;
    s->notes = sn_buf_take(&n->text);
    s->note_line = n->line;
    s->note_col = n->col;
    s->code_first = code_first;
    s->code_last = code_last;
    memset(n, 0, sizeof *n);
}

static void split_markdown(const sn_source *src, sn_page *page)
{
    notes_builder n = {0};
    const char *s = src->text + src->body, *end = src->text + src->len;
    for (int line = src->body_line; s < end; line++) {
        const char *e = line_stop(s, end);
        notes_add_line(&n, s, (size_t)(e - s), line, 1);
        s = next_line(s, end);
    }
    section_list list = {0};
    finish_section(&list, &n, 0, 0);
    page->sections = list.items;
    page->count = list.count;
}

static int split_c(const sn_source *src, sn_page *page, char **err)
{
    lexer lx = {src, src->text, src->text + src->len, 0, 0, 0, 0};
    section_list list = {0};
    notes_builder n = {0};
    int code_first = 0, code_last = 0;
    const char *s = src->text, *end = src->text + src->len;
    int line = 1;
    while (s < end) {
        const char *e = line_stop(s, end);
        const char *t = skip_blanks(s, e);
        int starts_comment = !lx.in_comment && !lx.continued && t + 1 < e && t[0] == '/' &&
                             (t[1] == '/' || t[1] == '*');
        if (starts_comment && t[1] == '*') {
            /* A block comment: notes if nothing but blanks follows its end. */
            const char *close = NULL;
            for (const char *p = t + 2; p + 1 < end; p++)
                if (p[0] == '*' && p[1] == '/') { close = p; break; }
            if (!close) {
                *err = sn_error_at(src->file, line, column_of(s, t), "unterminated comment");
                goto fail;
            }
            const char *close_end = line_stop(close, end);
            if (!is_blank(close + 2, close_end)) starts_comment = 0;
        }
        if (starts_comment) {
            if (code_first) { /* notes after code: a new section begins */
                finish_section(&list, &n, code_first, code_last);
                code_first = code_last = 0;
            } else if (n.lines) { /* notes after notes: one paragraph break */
                notes_add_line(&n, "", 0, line, 1);
            }
            if (t[1] == '/') {
                int continued = 0; /* the last line ended in a backslash */
                for (; s < end; line++) {
                    e = line_stop(s, end);
                    t = skip_blanks(s, e);
                    if (continued && !(t + 1 < e && t[0] == '/' && t[1] == '/')) {
                        t = s; /* all of it is comment, as the compiler sees it */
                    } else {
                        if (!(t + 1 < e && t[0] == '/' && t[1] == '/')) break;
                        t += 2;
                        while (t < e && *t == '/') t++;
                        if (t < e && *t == '!') t++; /* Doxygen's `//!` */
                        if (t < e && *t == ' ') t++;
                    }
                    continued = e > s && e[-1] == '\\';
                    const char *stop = e;
                    while (stop > t && (stop[-1] == ' ' || stop[-1] == '\t')) stop--;
                    notes_add_line(&n, t, (size_t)(stop - t), line, column_of(s, t));
                    s = next_line(s, end);
                }
            } else {
                const char *close = NULL;
                for (const char *p = t + 2; p + 1 < end; p++)
                    if (p[0] == '*' && p[1] == '/') { close = p; break; }
                gather_block(&n, s, t, close, line);
                for (const char *p = s; p < close; p++) line += *p == '\n';
                s = next_line(close, end);
                line++;
            }
            continue;
        }
        if (!is_blank(s, e) || lx.in_comment) {
            if (!code_first) code_first = line;
            code_last = line;
        }
        lex_code(&lx, s, s, e, line);
        lx.continued = e > s && e[-1] == '\\';
        s = next_line(s, end);
        line++;
    }
    if (lx.in_comment) {
        *err = sn_error_at(src->file, lx.open_line, lx.open_col, "unterminated comment");
        goto fail;
    }
    finish_section(&list, &n, code_first, code_last);
    page->sections = list.items;
    page->count = list.count;
    return 0;
fail:
    sn_buf_free(&n.text);
    free(n.line);
    free(n.col);
    page->sections = list.items;
    page->count = list.count;
    return -1;
}

/* A C file's front matter: the start of its first notes, if they open with
 * a `---` line. The lines it used are taken out of those notes. */
static int take_c_front_matter(sn_page *page, char **err)
{
    for (size_t k = 0; k < page->count; k++) {
        sn_section *s = &page->sections[k];
        if (!s->note_lines) continue;
        size_t used;
        int bad;
        char *msg;
        int rc = sn_front_matter_parse(s->notes, strlen(s->notes), &page->front, &used, &bad, &msg);
        if (rc < 0) {
            *err = sn_error_at(page->src->file, s->note_line[bad - 1], 0, "%s", msg);
            free(msg);
            return -1;
        }
        if (rc == 0) return 0;
        while (used < strlen(s->notes) && s->notes[used] == '\n') used++; /* blank lines after it */
        size_t drop = 0; /* lines consumed */
        for (size_t i = 0; i < used; i++) drop += s->notes[i] == '\n';
        if (used && s->notes[used - 1] != '\n') drop++;
        if (drop > s->note_lines) drop = s->note_lines;
        memmove(s->notes, s->notes + used, strlen(s->notes + used) + 1);
        memmove(s->note_line, s->note_line + drop, (s->note_lines - drop) * sizeof *s->note_line);
        memmove(s->note_col, s->note_col + drop, (s->note_lines - drop) * sizeof *s->note_col);
        s->note_lines -= drop;
        if (!s->note_lines) s->notes[0] = '\0';
        if (!s->notes[strspn(s->notes, " \t\n")] && !s->code_first) { /* front matter alone: no section */
            free(s->notes);
            free(s->note_line);
            free(s->note_col);
            memmove(s, s + 1, (page->count - k - 1) * sizeof *s);
            page->count--;
        }
        return 0;
    }
    return 0;
}

/* Is [t, e) a setext underline: `=`s or `-`s alone (CommonMark 4.3)? */
static int is_underline(const char *t, const char *e)
{
    while (e > t && (e[-1] == ' ' || e[-1] == '\t')) e--;
    if (t == e || (*t != '=' && *t != '-')) return 0;
    for (const char *p = t; p < e; p++)
        if (*p != *t) return 0;
    return 1;
}

/* The text of the first heading in the notes, outside fenced code: an ATX
 * `#` line, or a paragraph underlined with `===` or `---` (setext). */
static char *first_heading(const sn_page *page)
{
    for (size_t k = 0; k < page->count; k++) {
        const char *s = page->sections[k].notes;
        int fenced = 0;
        const char *para = NULL, *para_end = NULL; /* the paragraph so far */
        while (*s) {
            const char *e = strchr(s, '\n');
            if (!e) e = s + strlen(s);
            const char *t = skip_blanks(s, e);
            if (e - t >= 3 && (strncmp(t, "```", 3) == 0 || strncmp(t, "~~~", 3) == 0))
                fenced = !fenced, para = NULL;
            else if (fenced || t == e || t - s >= 4)
                para = t - s >= 4 && para ? para : NULL; /* an indented line continues one */
            else if (*t == '#') {
                const char *h = t;
                while (h < e && *h == '#') h++;
                if (h - t <= 6 && (h == e || *h == ' ' || *h == '\t')) {
                    h = skip_blanks(h, e);
                    const char *stop = e;
                    while (stop > h && (stop[-1] == ' ' || stop[-1] == '\t' || stop[-1] == '#'))
                        stop--;
                    if (stop > h) return sn_strndup(h, (size_t)(stop - h));
                }
                para = NULL;
            } else if (para && is_underline(t, e)) {
                sn_buf title = {0}; /* the paragraph's lines, joined by spaces */
                for (const char *p = para; p < para_end;) {
                    const char *pe = strchr(p, '\n');
                    if (!pe || pe > para_end) pe = para_end;
                    const char *pt = skip_blanks(p, pe), *stop = pe;
                    while (stop > pt && (stop[-1] == ' ' || stop[-1] == '\t')) stop--;
                    if (title.len) sn_buf_putc(&title, ' ');
                    sn_buf_add(&title, pt, (size_t)(stop - pt));
                    p = pe + 1;
                }
                return sn_buf_take(&title);
            } else {
                if (!para) para = s;
                para_end = e;
            }
            s = *e ? e + 1 : e;
        }
    }
    return NULL;
}

/* A code page's title line: a level-1 `# ` heading as the first line of
 * notes that open the file (no code above them). */
static char *opening_heading(const sn_page *page)
{
    const char *s = page->sections[0].notes;
    const char *e = strchr(s, '\n');
    if (!e) e = s + strlen(s);
    if (e - s < 3 || s[0] != '#' || s[1] != ' ') return NULL;
    const char *h = skip_blanks(s + 2, e), *stop = e;
    while (stop > h && (stop[-1] == ' ' || stop[-1] == '\t' || stop[-1] == '#')) stop--;
    return stop > h ? sn_strndup(h, (size_t)(stop - h)) : NULL;
}

/* A source file, by the comments of its language. */
static int split_code(const sn_source *src, sn_page *page, char **err)
{
    sn_comment_style style = src->syntax ? src->syntax->comments : SN_COMMENTS_C;
    if (style == SN_COMMENTS_C) return split_c(src, page, err);
    section_list list = {0};
    int rc = split_script(src, style == SN_COMMENTS_PYTHON, &list, err);
    page->sections = list.items;
    page->count = list.count;
    return rc;
}

static char *copy_or_null(const char *s) { return s ? sn_strndup(s, strlen(s)) : NULL; }

/* SN_MAX_COLUMNS (split.h): the pipes of a line past the limit escaped. A
 * pipe after an odd run of backslashes is escaped already. Only lines with
 * more pipes than the limit are touched, so most notes are not copied. */
static void limit_columns(sn_section *sec)
{
    sn_buf out = {0};
    const char *t = sec->notes, *copied = t;
    for (size_t line = 0; *t; line++) {
        const char *e = strchr(t, '\n');
        if (!e) e = t + strlen(t);
        int pipes = 0, slashes = 0;
        for (const char *c = t; c < e; c++) {
            if (*c == '|' && slashes % 2 == 0 && ++pipes > SN_MAX_COLUMNS) {
                sn_buf_add(&out, copied, (size_t)(c - copied));
                sn_buf_putc(&out, '\\');
                copied = c;
                if (!sec->wide_line && line < sec->note_lines) sec->wide_line = sec->note_line[line];
            }
            slashes = *c == '\\' ? slashes + 1 : 0;
        }
        t = *e ? e + 1 : e;
    }
    if (!out.len) return;
    sn_buf_add(&out, copied, strlen(copied));
    free(sec->notes);
    sec->notes = sn_buf_take(&out);
}

int sn_split_page(const sn_source *src, sn_page *page, char **err)
{
    memset(page, 0, sizeof *page);
    page->src = src;
    if (src->kind == SN_SOURCE_MD) {
        split_markdown(src, page);
        page->front.title = copy_or_null(src->front.title);
        page->front.summary = copy_or_null(src->front.summary);
        page->front.order = src->front.order;
        page->front.has_order = src->front.has_order;
        page->front.math_off = src->front.math_off;
        page->front.plain_notes = src->front.plain_notes;
    } else if (split_code(src, page, err) != 0 || take_c_front_matter(page, err) != 0) {
        sn_page_free(page);
        return -1;
    }
    /* A code page is titled by its front matter, or a `# Title` line that
     * opens the file, or its file name: a `#` line deep in its comments is
     * no title. */
    int plain = page->front.notes_given ? page->front.plain_notes : src->plain_notes;
    if (src->kind == SN_SOURCE_MD) page->heading = first_heading(page);
    else if (!plain && page->count && page->sections[0].note_lines) page->heading = opening_heading(page);
    for (size_t k = 0; k < page->count; k++) {
        if (plain) page->sections[k].plain = 1;
        else limit_columns(&page->sections[k]);
    }
    return 0;
}

void sn_page_free(sn_page *page)
{
    for (size_t k = 0; k < page->count; k++) {
        free(page->sections[k].notes);
        free(page->sections[k].note_line);
        free(page->sections[k].note_col);
    }
    free(page->sections);
    free(page->heading);
    sn_front_matter_free(&page->front);
    memset(page, 0, sizeof *page);
}

void sn_section_locate(const sn_section *s, int line, int col, int *src_line, int *src_col)
{
    if (s->note_lines == 0) {
        *src_line = s->code_first;
        *src_col = 0;
        return;
    }
    if (line < 0) line = 0;
    if ((size_t)line >= s->note_lines) line = (int)s->note_lines - 1;
    *src_line = s->note_line[line];
    *src_col = s->note_col[line] + col - 1;
}
