/* PO blocks and checks (src/po_blocks.h, po_check.h, translate.h), with and
 * without a catalog. Blocks are in order and never overlap (counting the
 * lines an untranslated paragraph is wrapped by); a message holds no
 * U+0004. In UTF-8 notes (as sources must be), a message is accepted as
 * its own translation, and translating, with an empty catalog (every block
 * marked English) or with one that translates every message to itself,
 * keeps every formula: the translated notes scan to as many math spans as
 * the English. (Loading a catalog costs libgettextpo tens of milliseconds,
 * so the catalog of identities is made for one input in 16, chosen by a
 * hash of the input.) */
#include "fuzz.h"
#include "texmath.h"
#include "po_blocks.h"
#include "po_check.h"
#include "read.h"
#include "translate.h"

#include <unistd.h>

static size_t spans(const char *md)
{
    sn_math_list l;
    sn_error err = {0};
    int rc = sn_math_find(md, strlen(md), &l, &err);
    if (rc != 0) fprintf(stderr, "does not scan: %d:%d: %s\n", err.line, err.col, err.message);
    sn_error_free(&err);
    REQUIRE(rc == 0);
    size_t n = l.count;
    sn_math_list_free(&l);
    return n;
}

static void translated_keeps_math(const sn_catalog *c, const char *notes, size_t count)
{
    char *err = NULL;
    char *out = sn_translate_notes(c, notes, &err);
    REQUIRE(out != NULL);
    size_t got = spans(out);
    if (got != count)
        fprintf(stderr, "%zu math spans in the notes, %zu after translating:\n--- notes\n%s\n--- translated\n%s\n---\n",
                count, got, notes, out);
    REQUIRE(got == count);
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
    sn_catalog *empty = sn_catalog_load("/nonexistent/x.po", &err);
    if (utf8) translated_keeps_math(empty, notes, math.count);
    sn_catalog_free(empty);
    unsigned hash = 2166136261u;
    for (size_t i = 0; i < size; i++) hash = (hash ^ data[i]) * 16777619u;
    sn_catalog *self = hash % 16 == 0 && utf8 ? identity(notes, len, &l) : NULL;
    if (self) translated_keeps_math(self, notes, math.count);
    sn_catalog_free(self);
    sn_math_list_free(&math);
    sn_po_block_list_free(&l);
    free(notes);
    return 0;
}
