/* PO blocks and checks (src/po_blocks.h, po_check.h, translate.h), with and
 * without a catalog. Blocks are in order and never overlap (counting the
 * lines an untranslated paragraph is wrapped by); a message holds no
 * U+0004. In UTF-8 notes (as sources must be), a message is accepted as
 * its own translation; translating, with an empty catalog (every block
 * marked English) or with one that translates every message to itself,
 * gives notes; and what the site shows for them holds the English's
 * formulas: the translation when its formulas are the English's (the
 * site's check, translate.h), else the English marked as untranslated,
 * which must hold them. How often the translation is not kept is counted
 * and printed at exit (with -runs=0, over the suite's inputs). (Loading a
 * catalog costs libgettextpo tens of milliseconds, so the catalog of
 * identities is made for one input in 16, chosen by a hash of the input.) */
#include "fuzz.h"
#include "texmath.h"
#include "po_blocks.h"
#include "po_check.h"
#include "read.h"
#include "translate.h"

#include <unistd.h>

/* The formulas of `md` as written (count set), or NULL when its math does
 * not scan. */
static char **formulas_of(const char *md, size_t *count)
{
    sn_math_list l;
    sn_error err = {0};
    *count = 0;
    if (sn_math_find(md, strlen(md), &l, &err) != 0) {
        sn_error_free(&err);
        sn_math_list_free(&l);
        return NULL;
    }
    char **f = calloc(l.count + 1, sizeof *f);
    REQUIRE(f != NULL);
    for (size_t i = 0; i < l.count; i++) f[i] = strndup(md + l.spans[i].start, l.spans[i].end - l.spans[i].start);
    *count = l.count;
    sn_math_list_free(&l);
    return f;
}

static int same_formulas(char **english, size_t n, const char *md)
{
    size_t m;
    char **f = formulas_of(md, &m);
    int same = f && sn_translate_same_formulas(english, n, f, m);
    for (size_t i = 0; i < m; i++) free(f[i]);
    free(f);
    return same;
}

static unsigned long translations, not_kept;

static void report(void)
{
    if (translations) fprintf(stderr, "fuzz_po_blocks: %lu of %lu translations shown in English instead (their formulas changed)\n", not_kept, translations);
}

static void translated_keeps_math(const sn_catalog *c, const char *notes, char **english, size_t n)
{
    char *err = NULL;
    char *out = sn_translate_notes(c, notes, &err);
    REQUIRE(out != NULL);
    translations++;
    if (!same_formulas(english, n, out)) {
        not_kept++;
        char *all = sn_translate_all_english(notes);
        if (!same_formulas(english, n, all))
            fprintf(stderr, "%zu formulas in the notes, not kept marked as English:\n--- notes\n%s\n--- marked\n%s\n---\n",
                    n, notes, all);
        REQUIRE(same_formulas(english, n, all));
        free(all);
    }
    free(out);
}

static void po_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '\n') fputs("\\n", f);
        else if (*s == '\t') fputs("\\t", f);
        else if (*s == '"' || *s == '\\') fprintf(f, "\\%c", *s);
        else fputc(*s, f);
    }
    fputc('"', f);
}

/* A catalog translating every message to itself, or NULL when the notes
 * hold bytes a PO file cannot (control characters, bad UTF-8). */
static sn_catalog *identity(const char *notes, size_t len, const sn_po_block_list *l)
{
    int line, col;
    if (sn_utf8_check(notes, len, &line, &col) != 0) return NULL;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)notes[i] < 0x20 && notes[i] != '\n' && notes[i] != '\t') return NULL;
    char path[64];
    snprintf(path, sizeof path, "/tmp/fuzz-po-blocks-%d.po", (int)getpid());
    FILE *f = fopen(path, "w");
    REQUIRE(f != NULL);
    fputs("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n", f);
    for (size_t i = 0; i < l->count; i++) {
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++) seen = strcmp(l->blocks[j].message, l->blocks[i].message) == 0;
        if (seen) continue;
        fputs("\nmsgid ", f);
        po_string(f, l->blocks[i].message);
        fputs("\nmsgstr ", f);
        po_string(f, l->blocks[i].message);
        fputc('\n', f);
    }
    fclose(f);
    char *err = NULL;
    sn_catalog *c = sn_catalog_load(path, &err);
    if (!c) fprintf(stderr, "identity catalog refused: %s\n", err);
    REQUIRE(c != NULL);
    unlink(path);
    return c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    char *notes = fuzz_string(data, size, &len);
    sn_po_block_list l;
    char *err = NULL;
    sn_error split_err = {0};
    sn_math_list math;
    sn_error scan_err = {0};
    int scans = sn_math_find(notes, len, &math, &scan_err) == 0;
    sn_error_free(&scan_err);
    char *why = NULL;
    int rc = sn_po_blocks_split(notes, len, &l, &split_err);
    REQUIRE((rc == 0) == scans);
    if (rc != 0) {
        REQUIRE(split_err.message != NULL);
        sn_error_free(&split_err);
        free(notes);
        return 0;
    }
    /* Sources and catalogs that are not UTF-8 are refused when read
     * (read.c, translate.c), so messages are only ever checked, and notes
     * translated, in UTF-8. Elsewhere the properties need not hold:
     * cmark-gfm's block scanners do not take a line with a bad byte for a
     * fence, and a bad byte is 3 bytes of U+FFFD to cmark-gfm. */
    int bad_line, bad_col;
    int utf8 = sn_utf8_check(notes, len, &bad_line, &bad_col) == 0;
    size_t done = 0;
    for (size_t i = 0; i < l.count; i++) {
        const sn_po_block *b = &l.blocks[i];
        size_t from = b->kind == SN_PO_PARAGRAPH ? b->line_start : b->start;
        REQUIRE(from >= done);
        REQUIRE(b->line_start <= b->start && b->start < b->end && b->end <= b->line_end && b->line_end <= len);
        REQUIRE(b->line >= 1);
        done = b->kind == SN_PO_PARAGRAPH ? b->line_end : b->end;
        REQUIRE(!strchr(b->message, '\004') && *b->message);
        if (!utf8) continue;
        why = sn_po_check_translation(b->message, b->message);
        if (why) fprintf(stderr, "identity translation of \"%s\" refused: %s\n", b->message, why);
        REQUIRE(why == NULL);
    }
    static int registered;
    if (!registered) registered = atexit(report) == 0;
    size_t n;
    char **english = utf8 ? formulas_of(notes, &n) : NULL;
    sn_catalog *empty = sn_catalog_load("/nonexistent/x.po", &err);
    if (english) translated_keeps_math(empty, notes, english, n);
    sn_catalog_free(empty);
    unsigned hash = 2166136261u;
    for (size_t i = 0; i < size; i++) hash = (hash ^ data[i]) * 16777619u;
    sn_catalog *self = hash % 16 == 0 && utf8 ? identity(notes, len, &l) : NULL;
    if (self && english) translated_keeps_math(self, notes, english, n);
    sn_catalog_free(self);
    for (size_t i = 0; english && i < n; i++) free(english[i]);
    free(english);
    sn_math_list_free(&math);
    sn_po_block_list_free(&l);
    free(notes);
    return 0;
}
