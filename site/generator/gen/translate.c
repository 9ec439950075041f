/* translate.c — see translate.h.
 *
 * A catalog is read by libgettextpo into a sorted array of entries; a page's
 * notes are cut into blocks (po_blocks.h) and each block is swapped for its
 * translation, or marked as English, in one pass over the notes. */
#include "translate.h"
#include "markers.h"

#include "buf.h"
#include "texmath.h"
#include "po_blocks.h"
#include "po_check.h"
#include "read.h"
#include "strv.h"

#include <errno.h>
#include <gettext-po.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

typedef struct {
    char *key;    /* msgid, or msgctxt "\004" msgid as in a .mo file */
    char *msgstr; /* "" when untranslated */
    sn_message_state state;
    int line;     /* of the msgstr in the PO file */
    char *comments; /* the translator's comments (`# ...`), or NULL */
} entry;

struct sn_catalog {
    entry *entries; /* sorted by key */
    size_t count;
};

/* Problems found while loading, one "path:line: message" line each. */
typedef struct {
    const char *path;
    sn_buf text;
    int count;
    int forgiving; /* report warnings: the message, or the file, falls back to English */
} problems;

enum { MAX_PROBLEMS = 20 };

static void problem(problems *p, long line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void problem(problems *p, long line, const char *fmt, ...)
{
    if (p->count++ >= MAX_PROBLEMS) return;
    if (p->text.len) sn_buf_putc(&p->text, '\n');
    const char *severity = p->forgiving ? "warning" : "error";
    if (line > 0) sn_buf_printf(&p->text, "%s:%ld: %s: ", p->path, line, severity);
    else sn_buf_printf(&p->text, "%s: %s: ", p->path, severity);
    va_list ap;
    va_start(ap, fmt);
    sn_buf_vprintf(&p->text, fmt, ap);
    va_end(ap);
    if (p->forgiving) sn_buf_puts(&p->text, line > 0 ? " (shown in English)" : " (the catalog is not used: its pages are shown in English)");
}

/* ------------------------------------------------------------------------
 * libgettextpo reports problems through a handler that has no user pointer,
 * so the problems of the load under way are reached through a thread-local
 * pointer, set only for the duration of po_file_read.
 *
 * This is the one piece of state outside a call that the generator keeps,
 * and it cannot be passed explicitly: po_file_read itself stores the
 * handler in libgettextpo's own process-wide variables for the length of
 * the read (gettext-po.c: po_xerror = handler->xerror, restored after),
 * so the library's reads are serial whatever we do, and any route from its
 * handler to the caller's data is state beside the call. The alternatives
 * are worse: a table keyed by file name is the same state, larger; and
 * recovering our struct from the `filename` pointer the handler receives
 * relies on the library passing our pointer back unchanged, which it does
 * not promise. */

static _Thread_local problems *reading;

static void on_xerror(int severity, po_message_t message, const char *filename, size_t lineno,
                      size_t column, int multiline_p, const char *text)
{
    (void)message, (void)filename, (void)column, (void)multiline_p;
    if (severity == PO_SEVERITY_WARNING || !reading) return;
    size_t n = strlen(text);
    while (n && text[n - 1] == '\n') n--;
    long line = lineno == (size_t)-1 ? 0 : (long)lineno;
    /* gettext's lexer has passed the newline when it sees a string left
     * open: the string is on the line before the one it names. */
    if (line > 1 && strncmp(text, "end-of-line within string", 25) == 0) line--;
    problem(reading, line, "%.*s", (int)n, text);
}

static void on_xerror2(int severity, po_message_t message1, const char *filename1, size_t lineno1,
                       size_t column1, int multiline_p1, const char *text1,
                       po_message_t message2, const char *filename2, size_t lineno2,
                       size_t column2, int multiline_p2, const char *text2)
{
    (void)message2, (void)filename2, (void)lineno2, (void)column2, (void)multiline_p2, (void)text2;
    on_xerror(severity, message1, filename1, lineno1, column1, multiline_p1, text1);
}

static const struct po_xerror_handler handler = {on_xerror, on_xerror2};

/* libgettextpo 0.21 leaks a few bytes per file read (file names and
 * charset strings it keeps for error messages). Tell LeakSanitizer, in
 * sanitized builds, that those are not ours. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) { return "leak:libgettextpo\n"; }
const char *__lsan_default_options(void);
const char *__lsan_default_options(void) { return "print_suppressions=0"; }

/* ------------------------------------------------------------------------
 * Where each entry is. libgettextpo gives no line numbers for messages, so
 * the lines of the `msgstr` keywords of the live (not `#~`) entries are
 * taken from the file itself: in a well-formed file there is exactly one per
 * entry, in the order libgettextpo lists them. */

static long *msgstr_lines(const char *text, size_t len, size_t *count)
{
    size_t cap = 64;
    long *lines = sn_xmalloc(cap * sizeof *lines);
    *count = 0;
    long line = 1;
    for (size_t i = 0; i < len; line++) {
        const char *s = text + i;
        if (strncmp(s, "msgstr", 6) == 0 && (s[6] == ' ' || s[6] == '\t' || strncmp(s + 6, "[0]", 3) == 0)) {
            if (*count == cap) lines = sn_xrealloc(lines, (cap *= 2) * sizeof *lines);
            lines[(*count)++] = line;
        }
        const char *nl = memchr(s, '\n', len - i);
        i = nl ? (size_t)(nl - text) + 1 : len;
    }
    return lines;
}

static char *make_key(const char *msgctxt, const char *msgid)
{
    return msgctxt ? sn_strdup_printf("%s\004%s", msgctxt, msgid) : sn_strndup(msgid, strlen(msgid));
}

static int compare_entries(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->key, ((const entry *)b)->key);
}

/* Reads the entries of the well-formed PO file `path` into `c`, checking the
 * header's charset and each translation. */
static void read_entries(sn_catalog *c, po_file_t file, const char *text, size_t len, problems *p)
{
    const char *header = po_file_domain_header(file, NULL);
    char *type = header ? po_header_field(header, "Content-Type") : NULL;
    const char *charset = type ? strstr(type, "charset=") : NULL;
    if (charset && strncasecmp(charset + 8, "UTF-8", 5) != 0)
        problem(p, 1, "the header declares %s; catalogs must be charset=UTF-8", charset);
    free(type);

    size_t nlines;
    long *lines = msgstr_lines(text, len, &nlines);
    size_t cap = 64, live = 0;
    c->entries = sn_xmalloc(cap * sizeof *c->entries);
    po_message_iterator_t it = po_message_iterator(file, NULL);
    po_message_t m;
    while ((m = po_next_message(it)) != NULL) {
        if (po_message_is_obsolete(m)) continue;
        long line = live < nlines ? lines[live] : 0;
        live++;
        const char *ctx = po_message_msgctxt(m), *id = po_message_msgid(m);
        const char *str = po_message_msgstr(m);
        if (!ctx && !*id) continue; /* the header */
        if (c->count == cap) c->entries = sn_xrealloc(c->entries, (cap *= 2) * sizeof *c->entries);
        entry *e = &c->entries[c->count++];
        e->key = make_key(ctx, id);
        e->msgstr = sn_strndup(str, strlen(str));
        e->line = (int)line;
        e->state = !*str ? SN_MESSAGE_UNTRANSLATED
                   : po_message_is_fuzzy(m) ? SN_MESSAGE_FUZZY : SN_MESSAGE_TRANSLATED;
        const char *notes = po_message_comments(m);
        e->comments = notes && *notes ? sn_strndup(notes, strlen(notes)) : NULL;
        if (e->state == SN_MESSAGE_TRANSLATED) {
            /* the block kind: the first line of the extracted comments */
            const char *x = po_message_extracted_comments(m);
            const char *in = x ? strstr(x, ", in ") : NULL;
            size_t kl = x ? strcspn(x, "\n") : 0;
            if (in && (size_t)(in - x) < kl) kl = (size_t)(in - x);
            char *kind = x && *x ? sn_strndup(x, kl) : NULL;
            char *why = sn_po_check_message(id, str, kind);
            if (why) problem(p, line, "%s", why);
            if (why && p->forgiving) { /* the block falls back to English */
                e->state = SN_MESSAGE_BROKEN;
                e->msgstr[0] = '\0';
            }
            free(kind);
            free(why);
        }
    }
    po_message_iterator_free(it);
    free(lines);
    qsort(c->entries, c->count, sizeof *c->entries, compare_entries);
}

static sn_catalog *load(const char *po_path, int forgiving, char **err);

/* See translate.h: set once by each program's main, never around a call. */
void sn_catalogs_read_bytewise(void) { setenv("OLD_PO_FILE_INPUT", "1", 0); }

sn_catalog *sn_catalog_load(const char *po_path, char **err) { return load(po_path, 0, err); }

sn_catalog *sn_catalog_load_forgiving(const char *po_path, char **warnings)
{
    return load(po_path, 1, warnings);
}

static sn_catalog *load(const char *po_path, int forgiving, char **err)
{
    *err = NULL;
    sn_catalog *c = sn_xcalloc(1, sizeof *c);
    problems p = {po_path, {0}, 0, forgiving};
    struct stat st;
    if (stat(po_path, &st) != 0 && errno == ENOENT) return c;

    size_t len = 0;
    char *text = NULL;
    int bad_line, bad_col;
    if (sn_read_file(po_path, &text, &len) != 0)
        problem(&p, 0, "cannot read: %s", strerror(errno));
    else if (sn_utf8_check(text, len, &bad_line, &bad_col) != 0)
        problem(&p, bad_line, "invalid UTF-8 or a NUL byte (column %d): catalogs must be UTF-8",
                bad_col);
    if (!p.count) {
        reading = &p;
        po_file_t file = po_file_read(po_path, &handler);
        reading = NULL;
        if (!file && !p.count) problem(&p, 0, "libgettextpo could not read the file");
        if (file && !p.count) read_entries(c, file, text, len, &p);
        if (file) po_file_free(file);
    }
    free(text);
    if (!p.count) {
        sn_buf_free(&p.text);
        return c;
    }
    if (p.count > MAX_PROBLEMS)
        sn_buf_printf(&p.text, "\n%s: %s: ... and %d more", po_path,
                      forgiving ? "warning" : "error", p.count - MAX_PROBLEMS);
    *err = sn_buf_take(&p.text);
    if (forgiving) return c; /* unreadable: empty, every page in English */
    sn_catalog_free(c);
    return NULL;
}

void sn_catalog_free(sn_catalog *catalog)
{
    if (!catalog) return;
    for (size_t i = 0; i < catalog->count; i++) {
        free(catalog->entries[i].key);
        free(catalog->entries[i].msgstr);
        free(catalog->entries[i].comments);
    }
    free(catalog->entries);
    free(catalog);
}

static const entry *find(const sn_catalog *catalog, const char *msgctxt, const char *msgid)
{
    if (!catalog || !catalog->count) return NULL;
    char *key = make_key(msgctxt, msgid);
    entry probe = {key, NULL, SN_MESSAGE_ABSENT, 0, NULL};
    const entry *e = bsearch(&probe, catalog->entries, catalog->count, sizeof *catalog->entries,
                             compare_entries);
    free(key);
    return e;
}

const char *sn_catalog_comments(const sn_catalog *catalog, const char *msgctxt, const char *msgid)
{
    const entry *e = find(catalog, msgctxt, msgid);
    return e ? e->comments : NULL;
}

sn_message_state sn_catalog_state(const sn_catalog *catalog, const char *msgctxt, const char *msgid)
{
    const entry *e = find(catalog, msgctxt, msgid);
    return e ? e->state : SN_MESSAGE_ABSENT;
}

const char *sn_catalog_pget(const sn_catalog *catalog, const char *msgctxt, const char *msgid)
{
    const entry *e = find(catalog, msgctxt, msgid);
    return e && e->state == SN_MESSAGE_TRANSLATED ? e->msgstr : NULL;
}

const char *sn_catalog_get(const sn_catalog *catalog, const char *msgid)
{
    return sn_catalog_pget(catalog, NULL, msgid);
}

void sn_catalog_each(const sn_catalog *catalog, sn_catalog_visitor visit, void *ctx)
{
    for (size_t i = 0; catalog && i < catalog->count; i++) {
        const entry *e = &catalog->entries[i];
        const char *sep = strchr(e->key, '\004');
        if (sep) {
            char *msgctxt = sn_strndup(e->key, (size_t)(sep - e->key));
            visit(ctx, msgctxt, sep + 1, e->msgstr, e->state, e->line);
            free(msgctxt);
        } else {
            visit(ctx, NULL, e->key, e->msgstr, e->state, e->line);
        }
    }
}

/* ------------------------------------------------------------------------
 * Notes.
 *
 * A dollar that is plain where it was written (in the English notes, or in
 * a translation alone) may open math in the translated notes: an
 * untranslated paragraph stands apart in its `<div>`, where a formula the
 * English left plain (as math, it made a code span of two blocks'
 * backticks) closes; a translation's plain dollar may pair with one after
 * it. Such dollars are written `\$`, which Markdown shows as `$`. The
 * dollars are named by where they were written: bytes [0, len) are the
 * English notes', and each translation put in the notes takes the next
 * strlen(msgstr) numbers after them. */
typedef struct {
    const char *notes;
    const size_t *escape; /* the dollars written `\$`, sorted */
    size_t nescape, next; /* next: the first not yet passed */
    size_t *plain;        /* the plain dollars met, sorted */
    size_t nplain, plain_cap;
    size_t written;       /* the number of the next translation's first byte */
    sn_math_copies *copies; /* where each byte of the output was written */
} source;

/* Writes byte `at` of a source (`c`), after a backslash when it is a
 * dollar to escape. */
static void put_byte(sn_buf *out, source *src, size_t at, char c)
{
    while (src->next < src->nescape && src->escape[src->next] < at) src->next++;
    if (src->next < src->nescape && src->escape[src->next] == at) sn_buf_putc(out, '\\');
    sn_math_copies_add(src->copies, out->len, at, 1);
    sn_buf_putc(out, c);
}

static void add_plain(source *src, size_t at)
{
    if (src->nplain == src->plain_cap)
        src->plain = sn_xrealloc(src->plain, (src->plain_cap = src->plain_cap ? 2 * src->plain_cap : 16) *
                                                 sizeof *src->plain);
    src->plain[src->nplain++] = at;
}

/* English: notes[from, to). */
static void put_english(sn_buf *out, source *src, size_t from, size_t to)
{
    while (from < to) {
        while (src->next < src->nescape && src->escape[src->next] < from) src->next++;
        size_t stop = src->next < src->nescape && src->escape[src->next] < to ? src->escape[src->next] : to;
        if (stop == from) {
            put_byte(out, src, from, src->notes[from]);
            from++;
            continue;
        }
        sn_math_copies_add(src->copies, out->len, from, stop - from);
        sn_buf_add(out, src->notes + from, stop - from);
        from = stop;
    }
}

/* A translation in place of a block: further lines get the block's
 * indentation (a list item's continuation), a table cell or heading stays on
 * one line, and a cell's `|` are escaped so that they do not split it. */
static void put_translation(sn_buf *out, source *src, const sn_po_block *blk, const char *tr)
{
    int one_line = blk->kind == SN_PO_CELL || blk->kind == SN_PO_HEADING;
    size_t len = strlen(tr), base = src->written;
    src->written += len;
    /* The translation's math is kept as it is: a `|` in it is no cell
     * border, and its line breaks stay (a TeX comment ends at one). The
     * placeholders hide math from Markdown, so a heading or a row whose
     * formula spans lines is still one line to Markdown. The catalog's
     * check made sure the math scans, unless the English message did not
     * scan alone: then its dollars count as text here, and the page
     * compares the formulas (translate.h). */
    sn_math_list math = {0};
    sn_error err = {0};
    if (strchr(tr, '$') && sn_math_find(tr, len, &math, &err) != 0) sn_error_free(&err);
    size_t k = 0;
    for (size_t i = 0; i < len; i++) {
        while (k < math.count && math.spans[k].end <= i) k++;
        int in_math = k < math.count && math.spans[k].start <= i;
        char c = tr[i];
        if (c == '\n') {
            if (one_line && !in_math) {
                sn_buf_putc(out, ' ');
            } else {
                sn_buf_putc(out, '\n');
                if (!one_line) sn_buf_puts(out, blk->indent);
            }
        } else if (c == '|' && blk->kind == SN_PO_CELL && !in_math && (i == 0 || tr[i - 1] != '\\')) {
            sn_buf_puts(out, "\\|");
        } else {
            if (c == '$' && !in_math) add_plain(src, base + i);
            put_byte(out, src, base + i, c);
        }
    }
    sn_math_list_free(&math);
}

char *sn_translate_notes(const sn_catalog *catalog, const char *notes, char **err)
{
    *err = NULL;
    size_t len = strlen(notes);
    if (!catalog) return sn_strndup(notes, len);
    sn_po_block_list blocks;
    sn_error bad;
    if (sn_po_blocks_split(notes, len, &blocks, &bad) != 0) {
        *err = sn_error_text(&bad);
        sn_error_free(&bad);
        return NULL;
    }
    char *out = sn_translate_blocks(catalog, notes, &blocks);
    sn_po_block_list_free(&blocks);
    return out;
}

/* The notes with each block translated or marked English, the dollars of
 * src->escape written `\$`. */
static char *write_translation(const sn_catalog *catalog, const char *notes, size_t len,
                               const sn_po_block_list *blocks, source *src)
{
    sn_buf out = {0};
    src->next = 0;
    src->written = len;
    src->nplain = 0;
    for (size_t k = 0; k < blocks->nplain; k++) add_plain(src, blocks->plain[k]);
    size_t done = 0;
    for (size_t i = 0; i < blocks->count; i++) {
        const sn_po_block *blk = &blocks->blocks[i];
        size_t from = blk->kind == SN_PO_PARAGRAPH ? blk->line_start : blk->start;
        if (from < done || blk->end > len) continue; /* po_blocks.h promises it never is */
        const char *tr = sn_catalog_get(catalog, blk->message);
        if (tr) {
            put_english(&out, src, done, blk->start);
            put_translation(&out, src, blk, tr);
            done = blk->end;
        } else if (blk->kind == SN_PO_PARAGRAPH) {
            /* whole lines, with blank lines inside and after the div so that
             * Markdown sees the paragraph, and what follows, as before */
            put_english(&out, src, done, blk->line_start);
            sn_buf_puts(&out, SN_UNTRANSLATED_BLOCK "\n\n");
            put_english(&out, src, blk->line_start, blk->line_end);
            sn_buf_puts(&out, "\n\n</div>\n");
            done = blk->line_end;
        } else {
            put_english(&out, src, done, blk->start);
            /* A space between the tags and a `$` that starts or ends the
             * block, as there was in the notes, so that the tags do not
             * make a dollar open or close math; and before a `www.` link,
             * which GFM finds only after a space, a line start or one of
             * `*_~(` (after the tag, its backticks would make code). */
            sn_buf_puts(&out, "<span " SN_UNTRANSLATED_ATTRS ">");
            if (notes[blk->start] == '$' || strncmp(notes + blk->start, "www.", 4) == 0)
                sn_buf_putc(&out, ' ');
            put_english(&out, src, blk->start, blk->end);
            if (notes[blk->end - 1] == '$') sn_buf_putc(&out, ' ');
            sn_buf_puts(&out, "</span>");
            done = blk->end;
        }
    }
    put_english(&out, src, done, len);
    return sn_buf_take(&out);
}

char *sn_translate_blocks(const sn_catalog *catalog, const char *notes, const sn_po_block_list *blocks)
{
    size_t len = strlen(notes);
    if (!catalog) return sn_strndup(notes, len);
    sn_math_copies copies = {0};
    size_t *escape = NULL, nescape = 0;
    source src = {notes, NULL, 0, 0, NULL, 0, 0, len, &copies};
    char *out = write_translation(catalog, notes, len, blocks, &src);
    /* Only notes with plain dollars are scanned again. */
    for (int round = 0; src.nplain && round < SN_MATH_KEEP_ROUNDS; round++) {
        if (!sn_math_reopened(out, strlen(out), &copies, src.plain, src.nplain, &escape, &nescape))
            break;
        sn_math_copies_free(&copies);
        free(out);
        src.escape = escape;
        src.nescape = nescape;
        out = write_translation(catalog, notes, len, blocks, &src);
    }
    free(escape);
    free(src.plain);
    sn_math_copies_free(&copies);
    return out;
}

/* ------------------------------------------------------------------------
 * The check of a translation's formulas. */

/* Copies of `f`, each with every run of white space made one space, sorted. */
static char **normalized(char *const *f, size_t n)
{
    char **out = sn_xcalloc(n + 1, sizeof *out);
    for (size_t i = 0; i < n; i++) {
        sn_buf b = {0};
        for (const char *c = f[i]; *c; c++) {
            if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') sn_buf_putc(&b, *c);
            else if (b.len && b.data[b.len - 1] != ' ') sn_buf_putc(&b, ' ');
        }
        out[i] = b.len ? sn_buf_take(&b) : sn_strdup("");
    }
    qsort(out, n, sizeof *out, sn_strcmp_ptr);
    return out;
}

int sn_translate_same_formulas(char *const *english, size_t n_english, char *const *translated,
                               size_t n_translated)
{
    if (n_english != n_translated) return 0;
    size_t i = 0; /* most translations keep them as written, in order */
    while (i < n_english && strcmp(english[i], translated[i]) == 0) i++;
    if (i == n_english) return 1;
    char **a = normalized(english, n_english), **b = normalized(translated, n_translated);
    int same = 1;
    for (i = 0; i < n_english; i++) {
        same = same && strcmp(a[i], b[i]) == 0;
        free(a[i]);
        free(b[i]);
    }
    free(a);
    free(b);
    return same;
}

char *sn_translate_all_english(const char *notes)
{
    return sn_strdup_printf(SN_UNTRANSLATED_BLOCK "\n\n%s\n\n</div>\n", notes);
}

/* ------------------------------------------------------------------------
 * Paths and languages. */

char *sn_catalog_path(const char *po_dir, const char *lang, const char *page)
{
    return sn_strdup_printf("%s/%s/%s.po", po_dir, lang, page);
}

static int is_language_code(const char *s, size_t n)
{
    if (n < 2 || n > 16) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int ok = (c >= 'a' && c <= 'z') || (i > 0 && ((c >= 'A' && c <= 'Z') || c == '_' || c == '-' ||
                                                       c == '@' || (c >= '0' && c <= '9')));
        if (!ok) return 0;
    }
    return 1;
}

int sn_languages_read(const char *po_dir, char ***langs, size_t *count, char **err)
{
    *langs = NULL;
    *count = 0;
    *err = NULL;
    char *path = sn_strdup_printf("%s/LINGUAS", po_dir);
    size_t len = 0;
    char *text = NULL;
    if (sn_read_file(path, &text, &len) != 0) {
        *err = sn_error_at(path, 0, 0, "cannot read: %s", strerror(errno));
        free(path);
        return -1;
    }
    size_t cap = 8;
    *langs = sn_xmalloc(cap * sizeof **langs);
    int line = 1;
    for (size_t i = 0; i < len && !*err;) {
        char c = text[i];
        if (c == '\n') line++;
        if (c == '#') {
            while (i < len && text[i] != '\n') i++;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            i++;
        } else {
            size_t j = i;
            while (j < len && !strchr(" \t\r\n#", text[j])) j++;
            if (!is_language_code(text + i, j - i)) {
                *err = sn_error_at(path, line, 0, "`%.*s` is not a language code (like zh, ja, pt_BR)",
                                   (int)(j - i), text + i);
                break;
            }
            if (*count == cap) *langs = sn_xrealloc(*langs, (cap *= 2) * sizeof **langs);
            (*langs)[(*count)++] = sn_strndup(text + i, j - i);
            i = j;
        }
    }
    free(text);
    free(path);
    if (*err) {
        sn_languages_free(*langs, *count);
        *langs = NULL;
        *count = 0;
        return -1;
    }
    return 0;
}

void sn_languages_free(char **langs, size_t count)
{
    for (size_t i = 0; i < count; i++) free(langs[i]);
    free(langs);
}
