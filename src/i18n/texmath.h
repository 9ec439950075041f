/* texmath.h — find, protect and restore the math in Markdown notes.
 *
 *   read → split → resolve names → translate → RENDER NOTES (math, Markdown) → assemble → write
 *
 * Notes carry TeX between `$...$` (inline) and `$$...$$` (display). Markdown
 * would mangle it (`*`, `_`, `\\`, `\{` all mean something there), so the
 * math is taken out first: `sn_math_find` locates every span,
 * `sn_math_protect` swaps each for an inert placeholder that Markdown leaves
 * alone, and after Markdown has run `sn_math_restore` puts something back in
 * each placeholder's place: the rendered formula, or the original TeX.
 *
 * The rules, close to Pandoc's:
 *   - `$$` opens display math, closed by the next `$$`; it may span lines.
 *     An unclosed `$$` is two plain dollar signs, as in Pandoc; its place
 *     is listed (`unclosed`) so that the renderer can warn about it.
 *   - `$` opens inline math when the next character is not a space; the
 *     closing `$` is not preceded by a space nor followed by a digit, and
 *     comes before the paragraph ends (a blank line, an ATX heading or a
 *     setext underline). Otherwise the `$` is a
 *     plain dollar sign, as in `it costs $5`.
 *   - `\$` is a literal dollar; inside math, `\` escapes the next character.
 *   - Nothing inside a code span (`...`) or a code block is math.
 *   - Code spans and code blocks are cmark-gfm's: the scan is checked
 *     against cmark-gfm's parse of the protected text, and where they
 *     differ (a code span running into a list item or past a blank line
 *     inside a block quote, math in an indented code block) it runs again
 *     with those backticks as text and cmark-gfm's code blocks, so the
 *     renderer and the translation tools see the same spans. Math is
 *     protected first, so it never makes structure itself: a formula may
 *     wrap onto a line starting with `- `.
 *   - U+E000 and U+E001 are refused anywhere in the text, code included.
 *
 * A placeholder is U+E000, the span's index in decimal, U+E001: private-use
 * characters that Markdown treats as letters. Text that already contains
 * either character is refused by `sn_math_find`.
 */
#ifndef SN_TEXMATH_H
#define SN_TEXMATH_H

#include "error.h"

#include <stddef.h>

#define SN_MATH_MARK_OPEN "\xEE\x80\x80"  /* U+E000 */
#define SN_MATH_MARK_CLOSE "\xEE\x80\x81" /* U+E001 */

typedef struct {
    size_t start, end;         /* bytes of the whole span, delimiters included */
    size_t tex_start, tex_end; /* bytes of the TeX between the delimiters */
    int display;               /* 1 for $$...$$, 0 for $...$ */
    int line, col;             /* 1-based position of the opening `$`;
                                  col counts characters, not bytes */
} sn_math_span;

typedef struct {
    int line, col;
} sn_math_place;

typedef struct {
    sn_math_span *spans;
    size_t count;
    sn_math_place *unclosed; /* each `$$` that is never closed */
    size_t nunclosed;
} sn_math_list;

/* Finds the math spans of the Markdown `md` (`len` bytes), in order.
 * Returns 0, or -1 and sets *err (a reserved placeholder character, or
 * math and Markdown blocks that do not agree), its line and column
 * relative to `md` and no file. `out` is
 * always initialised and must be freed with sn_math_list_free. Linear in `len`. */
int sn_math_find(const char *md, size_t len, sn_math_list *out, sn_error *err);

/* To agree with cmark-gfm, sn_math_find parses the protected text
 * (sn_math_protect of the spans it returns). sn_math_find_parsed keeps that
 * parse, made with the cmark `options` of the caller (SMART and the like;
 * they change no block), so that a caller who renders or walks the
 * protected text does not parse it a second time: on a 1 MB page every
 * parse counts. On success *parse holds the parser (its syntax extensions
 * render the document), the document and the protected text, the caller's
 * to free with sn_math_parse_free; on failure it is empty. */
typedef struct {
    struct cmark_parser *parser;
    struct cmark_node *doc;
    char *text; /* the protected text, NUL-terminated */
    size_t len;
} sn_math_parse;
int sn_math_find_parsed(const char *md, size_t len, int options, sn_math_list *out, sn_error *err,
                        sn_math_parse *parse);
void sn_math_parse_free(sn_math_parse *parse);
void sn_math_list_free(sn_math_list *list);

/* The check of sn_math_find for the reserved characters alone (notes with
 * math turned off still need it). 0, or -1 and *err. */
int sn_math_check_reserved(const char *md, size_t len, sn_error *err);

/* The Markdown with span i replaced by the placeholder for i. Malloc'd. */
char *sn_math_protect(const char *md, size_t len, const sn_math_list *list);

/* What goes back in place of placeholder `index`: `*len` bytes at the
 * returned pointer. */
typedef const char *(*sn_math_replacement)(void *ctx, size_t index, size_t *len);

/* Replaces every placeholder in `text` by replace(ctx, index). Each of the
 * `count` placeholders must appear exactly once: otherwise (Markdown dropped
 * one, say inside a link URL) returns NULL and sets *bad to its index; a
 * placeholder with an index >= count sets *bad to count. Malloc'd. */
char *sn_math_restore(const char *text, size_t len, size_t count,
                      sn_math_replacement replace, void *ctx, size_t *bad);

/* The replacement that puts the original span back: ctx is the
 * `const char *` Markdown that was protected, paired with its list through
 * sn_math_source. */
typedef struct {
    const char *md;
    const sn_math_list *list;
} sn_math_source;
const char *sn_math_original(void *source, size_t index, size_t *len);

/* Keeping plain dollars plain in a rewrite of the notes (translate.c's
 * translation, po_blocks.c's messages). A rewrite copies runs of the notes
 * into a new text; where it sets a run apart from what stood around it (an
 * untranslated paragraph in its `<div>`, a message's lines joined), a
 * dollar that the notes' scan left plain, because there it would have
 * made a code span of two blocks' backticks or run past an underline, may
 * open math. The rewrite records its runs, asks which of the new text's
 * formulas open at such a dollar, and writes those dollars `\$`. */
typedef struct {
    size_t at, from, len; /* text[at, at + len) is notes[from, from + len) */
} sn_math_run;
typedef struct {
    sn_math_run *runs; /* in order */
    size_t count, cap;
} sn_math_copies;
/* Records that text[at, at + len) is notes[from, from + len). */
void sn_math_copies_add(sn_math_copies *c, size_t at, size_t from, size_t len);
void sn_math_copies_free(sn_math_copies *c);

/* The notes' plain dollars: each `$` outside the formulas of `math`, in
 * order; *n of them (NULL when none). Malloc'd. */
size_t *sn_math_plain_dollars(const char *notes, size_t len, const sn_math_list *math, size_t *n);

/* The formulas of `text` (copied from the notes as `copies` says) that open
 * at one of the notes' `plain` dollars: their opening dollars (both of a
 * `$$`), as bytes of the notes, are added to the sorted, unique *escape
 * (malloc'd, or NULL). Returns how many were added; 0 when none,
 * or when the text does not scan. */
size_t sn_math_reopened(const char *text, size_t len, const sn_math_copies *copies,
                        const size_t *plain, size_t nplain, size_t **escape, size_t *nescape);

/* How many times a rewrite is written again with more dollars escaped
 * before it is taken as it is. Each round escapes at least one dollar. */
enum { SN_MATH_KEEP_ROUNDS = 8 };

#endif
