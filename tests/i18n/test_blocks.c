/* test_blocks.c — cutting notes into translation messages (po_blocks.h):
 * headings, paragraphs, list items, quotes and table cells become messages
 * with their markers removed; math is never touched and never makes
 * structure; code, HTML and formula-only blocks are not messages. */
#include "../generator/check.h"

#include "eol.h"
#include "po_blocks.h"

#include <cmark-gfm.h>

#include <stdlib.h>
#include <string.h>

/* Splits `notes`, failing the test on an error. */
static sn_po_block_list split(const char *notes)
{
    sn_po_block_list list;
    sn_error err = {0};
    int rc = sn_po_blocks_split(notes, strlen(notes), &list, &err);
    CHECK_INT(rc, 0);
    if (err.message) fprintf(stderr, "unexpected error: %s\n", err.message);
    sn_error_free(&err);
    return list;
}

/* The block's text in the notes, as a malloc'd string. */
static char *range(const char *notes, const sn_po_block *b)
{
    char *s = malloc(b->end - b->start + 1);
    memcpy(s, notes + b->start, b->end - b->start);
    s[b->end - b->start] = '\0';
    return s;
}

static void test_headings_and_paragraphs(void)
{
    const char *notes =
        "# Layer *normalization* #\n"
        "\n"
        "Each row is normalised by its own\n"
        "mean and   variance.\n"
        "\n"
        "Setext heading\n"
        "--------------\n";
    sn_po_block_list l = split(notes);
    CHECK_INT(l.count, 3);
    if (l.count == 3) {
        CHECK_INT(l.blocks[0].kind, SN_PO_HEADING);
        CHECK_STR(l.blocks[0].message, "Layer *normalization*");
        CHECK_INT(l.blocks[0].line, 1);
        CHECK_INT(l.blocks[1].kind, SN_PO_PARAGRAPH);
        /* soft line breaks join; spaces inside a line are the author's */
        CHECK_STR(l.blocks[1].message, "Each row is normalised by its own mean and   variance.");
        CHECK_INT(l.blocks[1].line, 3);
        CHECK_INT(l.blocks[1].line_start, l.blocks[1].start);
        CHECK(notes[l.blocks[1].line_end] == '\n');
        CHECK_INT(l.blocks[2].kind, SN_PO_HEADING);
        CHECK_STR(l.blocks[2].message, "Setext heading");
        CHECK_INT(l.blocks[2].line, 6);
    }
    sn_po_block_list_free(&l);
}

/* cmark-gfm reports a setext heading directly followed by a paragraph as
 * ending on the paragraph's first line; the message still ends above the
 * underline (the fuzz suite found it: an untranslated heading wrapped with
 * its underline was no heading, and a backtick in it paired with one below). */
static void test_setext_heading_before_a_paragraph(void)
{
    const char *notes =
        "A `setext` heading\n"
        "over two lines\n"
        "---\n"
        "A paragraph at once.\n"
        "\n"
        "> Quoted\n"
        "> ===\n"
        "> and more\n";
    sn_po_block_list l = split(notes);
    CHECK_INT(l.count, 4);
    if (l.count == 4) {
        CHECK_INT(l.blocks[0].kind, SN_PO_HEADING);
        CHECK_STR(l.blocks[0].message, "A `setext` heading over two lines");
        char *text = range(notes, &l.blocks[0]);
        CHECK_STR(text, "A `setext` heading\nover two lines");
        free(text);
        CHECK_STR(l.blocks[1].message, "A paragraph at once.");
        CHECK_INT(l.blocks[2].kind, SN_PO_HEADING);
        CHECK_STR(l.blocks[2].message, "Quoted");
        CHECK_STR(l.blocks[3].message, "and more");
    }
    sn_po_block_list_free(&l);
}

static void test_math_is_verbatim_and_inert(void)
{
    /* `*` and `_` in math would be emphasis, a `$$` line starting with `-`
     * or `+` would be a list, `1.` an ordered list: none of it may count. */
    const char *notes =
        "With $a_i * b_i$ and $c_i * d$ for every\n"
        "row:\n"
        "$$\n"
        "- \\frac{\\partial L}{\\partial x_i}\n"
        "+ 1. \\quad y\n"
        "$$\n"
        "which is all.\n"
        "\n"
        "$$\\hat{x}_i = \\frac{x_i - \\mu}{\\sigma}$$\n"
        "\n"
        "# The $\\epsilon$ term\n";
    sn_po_block_list l = split(notes);
    CHECK_INT(l.count, 2); /* the formula alone is not a message */
    if (l.count == 2) {
        CHECK_INT(l.blocks[0].kind, SN_PO_PARAGRAPH);
        CHECK_STR(l.blocks[0].message,
                  "With $a_i * b_i$ and $c_i * d$ for every row: $$\n"
                  "- \\frac{\\partial L}{\\partial x_i}\n"
                  "+ 1. \\quad y\n"
                  "$$ which is all.");
        char *r = range(notes, &l.blocks[0]);
        CHECK(strncmp(r, "With $a_i", 9) == 0);
        CHECK_STR(r + strlen(r) - 13, "which is all.");
        free(r);
        CHECK_INT(l.blocks[1].kind, SN_PO_HEADING);
        CHECK_STR(l.blocks[1].message, "The $\\epsilon$ term");
        CHECK_INT(l.blocks[1].line, 11);
    }
    sn_po_block_list_free(&l);
}

static void test_lists_and_quotes(void)
{
    const char *notes =
        "Shapes:\n"
        "\n"
        "* `x`, `y`: (rows, D), must\n"
        "  not overlap;\n"
        "* `gain`: (D) or `NULL`.\n"
        "\n"
        "  A second paragraph\n"
        "  in the item.\n"
        "  1. nested and\n"
        "lazy\n"
        "* `mean`, `rstd`\n"
        "\n"
        "> Quoted *words*\n"
        "> go on.\n";
    sn_po_block_list l = split(notes);
    CHECK_INT(l.count, 6); /* "`mean`, `rstd`" has no words */
    if (l.count == 6) {
        CHECK_STR(l.blocks[0].message, "Shapes:");
        CHECK_INT(l.blocks[1].kind, SN_PO_ITEM);
        CHECK_STR(l.blocks[1].message, "`x`, `y`: (rows, D), must not overlap;");
        CHECK_STR(l.blocks[1].indent, "  ");
        CHECK_INT(l.blocks[1].line, 3);
        CHECK_STR(l.blocks[2].message, "`gain`: (D) or `NULL`.");
        CHECK_STR(l.blocks[3].message, "A second paragraph in the item.");
        CHECK_INT(l.blocks[3].line, 7);
        CHECK_STR(l.blocks[4].message, "nested and lazy");
        CHECK_STR(l.blocks[4].indent, "     ");
        CHECK_INT(l.blocks[5].kind, SN_PO_QUOTE);
        CHECK_STR(l.blocks[5].message, "Quoted *words* go on.");
        CHECK_STR(l.blocks[5].indent, "> ");
    }
    sn_po_block_list_free(&l);
}

static void test_tables(void)
{
    const char *notes =
        "| | batch norm | layer norm |\n"
        "| --- | --- | --- |\n"
        "| statistics over | the batch, per channel | each row |\n"
        "| `eps` | $10^{-5}$ | $10^{-5}$ |\n"
        "| runs \\| pipes | a $|x|$ b | `a\\|b` |\n";
    sn_po_block_list l = split(notes);
    const char *want[] = {"batch norm", "layer norm", "statistics over", "the batch, per channel",
                          "each row", "runs \\| pipes", "a $|x|$ b"};
    CHECK_INT(l.count, 7);
    for (size_t i = 0; i < l.count && i < 7; i++) {
        CHECK_INT(l.blocks[i].kind, SN_PO_CELL);
        CHECK_STR(l.blocks[i].message, want[i]);
        char *r = range(notes, &l.blocks[i]);
        CHECK_STR(r, want[i]); /* cells are one line: the range is the message */
        free(r);
    }
    if (l.count == 7) CHECK_INT(l.blocks[6].line, 5);
    sn_po_block_list_free(&l);
}

static void test_what_is_not_a_message(void)
{
    const char *notes =
        "```c\n"
        "// a comment with words\n"
        "```\n"
        "\n"
        "    indented code with words\n"
        "\n"
        "<div class=\"note\">\n"
        "html with words\n"
        "</div>\n"
        "\n"
        "---\n"
        "\n"
        "`layer_norm_forward()`\n"
        "\n"
        "| kernel | met |\n"
        "| --- | --- |\n"
        "| 0.8 | \xE2\x80\x93 |\n"
        "| 1 → 2 | \xE3\x80\x82 |\n"
        "\n"
        "Hard break here\\\n"
        "and two spaces  \n"
        "then the end.\n";
    sn_po_block_list l = split(notes);
    /* The table gives only its header cells: "–", "→" and "。" are not words. */
    CHECK_INT(l.count, 3);
    if (l.count == 3) {
        CHECK_STR(l.blocks[0].message, "kernel");
        CHECK_STR(l.blocks[1].message, "met");
        CHECK_STR(l.blocks[2].message, "Hard break here\\\nand two spaces\\\nthen the end.");
        CHECK_INT(l.blocks[2].line, 20);
    }
    sn_po_block_list_free(&l);
}

static void test_utf8_and_errors(void)
{
    const char *notes = "# 层归一化\n\n每一行 $x_i$ 各自归一化。\n";
    sn_po_block_list l = split(notes);
    CHECK_INT(l.count, 2);
    if (l.count == 2) {
        CHECK_STR(l.blocks[0].message, "层归一化");
        CHECK_STR(l.blocks[1].message, "每一行 $x_i$ 各自归一化。");
    }
    sn_po_block_list_free(&l);

    sn_error err = {0};
    /* An unclosed `$$` is two dollar signs (a warning when rendered); the
     * generator's reserved characters are the error. */
    const char *lone = "Fine.\n\nThen $$x = 1 and nothing closes.\n";
    CHECK_INT(sn_po_blocks_split(lone, strlen(lone), &l, &err), 0);
    CHECK_INT(l.count, 2);
    sn_po_block_list_free(&l);
    const char *bad = "Fine.\n\nThen \xee\x80\x80 x.\n";
    CHECK_INT(sn_po_blocks_split(bad, strlen(bad), &l, &err), -1);
    CHECK_INT(err.line, 3);
    CHECK_INT(err.col, 6);
    CHECK(err.message && strstr(err.message, "reserved") != NULL);
    CHECK_INT(l.count, 0);
    sn_error_free(&err);
    sn_po_block_list_free(&l);
}

/* The render stage cuts the English into blocks from its own parse (smart
 * punctuation on, sn_po_blocks_from_parse) instead of parsing the notes a
 * second time: the same blocks, message for message, as sn_po_blocks_split. */
static void test_blocks_from_the_render_parse(void)
{
    static const char *const cases[] = {
        "# A \"quoted\" title -- with $x$\n\nIt's a paragraph...\nover two lines.\n",
        "- one $a_i$\n- two\n\n> quoted 'text'\n> more\n\n| h | i |\n|---|---|\n| a $|x|$ | b |\n",
        "Setext -- heading\n---\nA paragraph at once.\n\n$$\n- x\n$$\n\n    code $y$\n",
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        const char *notes = cases[c];
        size_t len = strlen(notes);
        sn_po_block_list own = split(notes), shared;
        sn_math_list math;
        sn_math_parse parse;
        sn_error err = {0};
        CHECK_INT(sn_math_find_parsed(notes, len, CMARK_OPT_UNSAFE | CMARK_OPT_SMART, &math, &err, &parse), 0);
        sn_po_blocks_from_parse(notes, len, &math, parse.text, parse.doc, &shared);
        CHECK_INT(shared.count, own.count);
        CHECK(own.count > 0);
        for (size_t k = 0; k < own.count && k < shared.count; k++) {
            CHECK_STR(shared.blocks[k].message, own.blocks[k].message);
            CHECK_INT(shared.blocks[k].kind, own.blocks[k].kind);
            CHECK_INT(shared.blocks[k].start, own.blocks[k].start);
            CHECK_INT(shared.blocks[k].end, own.blocks[k].end);
            CHECK_INT(shared.blocks[k].line, own.blocks[k].line);
        }
        sn_po_block_list_free(&own);
        sn_po_block_list_free(&shared);
        sn_math_parse_free(&parse);
        sn_math_list_free(&math);
        sn_error_free(&err);
    }
}

/* Each block's line_start and line_end, found by looking back and forth
 * from the block as po_blocks.h defines them, on notes whose blocks share
 * lines (cells of a row) and span several (a paragraph, a quote); a cell's
 * or a heading's indent is empty (one line: translate.c writes none). */
static void test_line_bounds(void)
{
    const char *notes =
        "# A heading\n"
        "\n"
        "| a | b | c |\n"
        "| - | - | - |\n"
        "| `x` | two words | $y$ |\n"
        "  | indented | row | here |\n"
        "\n"
        "> a quote\r\n"
        "> on two lines\n"
        "\n"
        "* an item\n"
        "  going on\n";
    sn_po_block_list l = split(notes);
    size_t len = strlen(notes), cells = 0;
    CHECK(l.count >= 10);
    for (size_t k = 0; k < l.count; k++) {
        const sn_po_block *b = &l.blocks[k];
        size_t from = b->start, to = b->end;
        while (from > 0 && !sn_is_eol(notes, len, from - 1)) from--;
        while (to < len && !sn_is_eol(notes, len, to)) to++;
        CHECK_INT((int)b->line_start, (int)from);
        CHECK_INT((int)b->line_end, (int)to);
        if (b->kind == SN_PO_CELL || b->kind == SN_PO_HEADING) CHECK_STR(b->indent, "");
        cells += b->kind == SN_PO_CELL;
    }
    CHECK_INT((int)cells, 7); /* `x` and $y$ alone have no words */
    sn_po_block_list_free(&l);
}

int main(void)
{
    test_headings_and_paragraphs();
    test_setext_heading_before_a_paragraph();
    test_math_is_verbatim_and_inert();
    test_lists_and_quotes();
    test_tables();
    test_line_bounds();
    test_what_is_not_a_message();
    test_utf8_and_errors();
    test_blocks_from_the_render_parse();
    return check_failures ? 1 : 0;
}
