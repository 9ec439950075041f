/* markdown.h — notes to HTML: math protected, Markdown by cmark-gfm,
 * formulas and code filled in by the tools.
 *
 *   read → split → resolve names → translate → RENDER NOTES (math, Markdown) → assemble → write
 *
 * In two steps, so that the tools' work for many pages can be sent in a few
 * batches (tools.h) between them:
 *   1. sn_notes_parse takes the math out (texmath.h), parses the Markdown
 *      (CommonMark with GitHub's tables, strikethrough and autolinks; raw HTML
 *      and headings as notes_rules.h says), registers every formula and every code span or
 *      code block with the tools (tools.h), rewrites relative links, and
 *      renders HTML with a placeholder where each of those goes; a code
 *      block ```output FILE``` gets FILE's text (program_output.h), and a
 *      block quote that starts with [!ANSWER] becomes an answer the reader
 *      opens (answer.h);
 *   2. after sn_tools_run, sn_notes_finish puts the results in: a formula
 *      KaTeX refused is shown as written, and sn_notes_check warns about it.
 *
 * Math never refuses a page: a `$$` never closed or a formula KaTeX
 * refuses is shown as written, with a warning at the `$` that opened it
 * (an error with --strict). */
#ifndef SN_MARKDOWN_H
#define SN_MARKDOWN_H

#include "error.h"
#include "split.h"
#include "texmath.h"
#include "tools.h"

#include <stddef.h>

typedef struct {
    const char *file;          /* for messages */
    const sn_section *section; /* maps notes lines to source lines */
    const char *lang;          /* NULL for the notes as written; otherwise
                                  the language they were translated to */
    /* Called for every link and image URL, with its place in the notes
     * (1-based line and column); returns a malloc'd replacement or NULL to
     * keep it. */
    char *(*rewrite_url)(void *ctx, const char *url, int is_image, int line, int col);
    /* Called for every ```output FILE``` block (program_output.h): FILE's
     * text (malloc'd, its length in *len), or NULL and a malloc'd reason in
     * *why. NULL: output blocks are an error. */
    char *(*read_output)(void *ctx, const char *name, size_t *len, char **why);
    void *ctx;
    /* The summary of an answer (answer.h), in the notes' language, as
     * HTML (marked when it is still English: sn_ui_string_html); NULL for
     * "Answer". */
    const char *answer_html;
    int math_off;      /* `$` is a dollar sign (--no-math, `math: off`) */
    int unsafe_html;   /* the author's raw HTML passes (--unsafe) */
    sn_diags *diags;   /* for warnings; NULL: none. The English notes warn,
                          translations do not (their formulas are the same) */
    /* The Pygments lexer of code spans and of code blocks without an info
     * string: the page's language (syntax.h); NULL for C. */
    const char *code_lang;
    /* Called, when it is given, with cmark-gfm's tree of the notes before
     * anything here changes it, the notes and their math (texmath.h), for
     * a reader that needs the same parse (the search index, search.h); it
     * must not change the tree. Not called for notes without math found
     * (plain notes, math off, or math and Markdown that do not agree). */
    void (*parsed)(void *parsed_ctx, struct cmark_node *doc, const char *md, const sn_math_list *math);
    void *parsed_ctx;
} sn_notes_context;

typedef struct {
    char *html;      /* with placeholders */
    size_t *ids;     /* the tools' id behind each placeholder */
    char **where;    /* and where it came from, "file:line:col" */
    char **source;   /* a formula as written, or NULL for code */
    size_t count;
} sn_notes;

/* Step 1. Returns 0, or -1 and a malloc'd "file:line:col: error: ...". */
int sn_notes_parse(sn_tools *tools, const char *md, const sn_notes_context *ctx, sn_notes *out,
                   char **err);

/* Step 2: the finished HTML (malloc'd), or NULL and *err when a
 * placeholder went missing (math in a link's URL, say). */
char *sn_notes_finish(const sn_notes *notes, const sn_tools *tools, char **err);

/* Warns about each formula of `notes` that KaTeX refused, at its `$`. */
void sn_notes_check(const sn_notes *notes, const sn_tools *tools, sn_diags *diags);

void sn_notes_free(sn_notes *notes);

#endif
