/* test_translate.c — sn_translate_notes: translated blocks replace the
 * English in place (list indentation, table pipes, math untouched), blocks
 * without a usable translation (missing, empty, fuzzy) stay English and are
 * marked, and the marked Markdown still has the shape of the original. */
#include "../generator/check.h"

#include "texmath.h"
#include "translate.h"

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *fixtures;

static sn_catalog *load(const char *name)
{
    char path[4096], *err = NULL;
    snprintf(path, sizeof path, "%s/%s", fixtures, name);
    sn_catalog *c = sn_catalog_load(path, &err);
    if (err) fprintf(stderr, "%s\n", err);
    CHECK(c != NULL);
    free(err);
    return c;
}

static char *translate(const sn_catalog *c, const char *notes)
{
    char *err = NULL;
    char *out = sn_translate_notes(c, notes, &err);
    CHECK(out != NULL);
    if (err) fprintf(stderr, "unexpected error: %s\n", err);
    free(err);
    return out;
}

/* HTML of Markdown without math, as the generator's cmark-gfm would make it
 * (tables on, raw HTML kept). */
static char *html(const char *md)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *p = cmark_parser_new(CMARK_OPT_UNSAFE);
    cmark_parser_attach_syntax_extension(p, cmark_find_syntax_extension("table"));
    cmark_parser_feed(p, md, strlen(md));
    cmark_node *doc = cmark_parser_finish(p);
    char *out = cmark_render_html(doc, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(p));
    cmark_node_free(doc);
    cmark_parser_free(p);
    return out;
}

static void test_translated_and_fallback(void)
{
    sn_catalog *c = load("translate.po");
    const char *notes =
        "## Forward\n"
        "\n"
        "The row mean $\\mu_i$ and the biased row variance $\\sigma_i^2$ (divided by\n"
        "$D$, as PyTorch does).\n"
        "\n"
        "Shapes:\n"
        "* `x`, `y`: (rows, D), must\n"
        "  not overlap;\n"
        "* `gain`, `bias`: (D) or `NULL`.\n"
        "\n"
        "| | batch norm | layer norm |\n"
        "| --- | --- | --- |\n"
        "| statistics over | the batch, per channel | each row |\n"
        "\n"
        "- With a display formula:\n"
        "  $$\n"
        "  y = x\n"
        "  $$\n"
        "  and text after it.\n"
        "\n"
        "```c\n"
        "int untouched;\n"
        "```\n";
    const char *want =
        "## 前向传播\n"
        "\n"
        "行均值 $\\mu_i$ 与有偏的行方差 $\\sigma_i^2$（与 PyTorch 一样除以 $D$）。\n"
        "\n"
        "<div class=\"untranslated\" lang=\"en\">\n" /* fuzzy: English, marked */
        "\n"
        "Shapes:\n"
        "\n"
        "</div>\n"
        "\n"
        "* `x`、`y`：(rows, D)，不得重叠；\n"
        "* <span class=\"untranslated\" lang=\"en\">`gain`, `bias`: (D) or `NULL`.</span>\n"
        "\n"
        "| | <span class=\"untranslated\" lang=\"en\">batch norm</span> | "
        "<span class=\"untranslated\" lang=\"en\">layer norm</span> |\n"
        "| --- | --- | --- |\n"
        "| 统计范围 | 整个批量 \\| 按通道 | <span class=\"untranslated\" lang=\"en\">each row</span> |\n"
        "\n"
        "- 带有行间公式：$$\n"
        "  y = x\n"
        "  $$\n"
        "  以及其后的文字。\n"
        "\n"
        "```c\n"
        "int untouched;\n"
        "```\n";
    char *out = translate(c, notes);
    CHECK_STR(out, want);
    free(out);
    sn_catalog_free(c);
}

static void test_marked_markdown_keeps_its_shape(void)
{
    /* An empty catalog marks every block. The marked Markdown must render to
     * the same blocks as the English, with the marks around their contents:
     * a paragraph followed at once by a list or a heading stays apart. */
    char *err = NULL;
    char path[4096];
    snprintf(path, sizeof path, "%s/no-such-catalog.po", fixtures);
    sn_catalog *empty = sn_catalog_load(path, &err);
    CHECK(empty != NULL);
    const char *notes =
        "# Title\n"
        "Intro paragraph.\n"
        "- item one\n"
        "- item two\n"
        "\n"
        "Closing paragraph.\n"
        "# Next\n";
    char *out = translate(empty, notes);
    char *got = html(out);
    CHECK_STR(got,
              "<h1><span class=\"untranslated\" lang=\"en\">Title</span></h1>\n"
              "<div class=\"untranslated\" lang=\"en\">\n"
              "<p>Intro paragraph.</p>\n"
              "</div>\n"
              "<ul>\n"
              "<li><span class=\"untranslated\" lang=\"en\">item one</span></li>\n"
              "<li><span class=\"untranslated\" lang=\"en\">item two</span></li>\n"
              "</ul>\n"
              "<div class=\"untranslated\" lang=\"en\">\n"
              "<p>Closing paragraph.</p>\n"
              "</div>\n"
              "<h1><span class=\"untranslated\" lang=\"en\">Next</span></h1>\n");
    free(got);
    free(out);
    sn_catalog_free(empty);
}

/* How many formulas sn_math_find sees in `md` (-1: it does not scan). */
static long formulas(const char *md)
{
    sn_math_list l;
    sn_error err = {0};
    long n = sn_math_find(md, strlen(md), &l, &err) == 0 ? (long)l.count : -1;
    sn_error_free(&err);
    sn_math_list_free(&l);
    return n;
}

/* Marking blocks as English keeps every formula (the fuzz suite's property).
 * A paragraph line, then an ATX heading line: cmark-gfm ends the paragraph
 * there, whatever ends the line (LF or a lone CR), so a `$` or backtick of
 * the first line must not pair with one on the heading's. Before, "$b # `$"
 * was one formula hiding the heading, and the marked notes, scanned afresh,
 * agreed with cmark-gfm on another set of spans: 2 formulas became 1. */
static void test_marked_notes_keep_their_formulas(void)
{
    char *err = NULL;
    char path[4096];
    snprintf(path, sizeof path, "%s/no-such-catalog.po", fixtures);
    sn_catalog *empty = sn_catalog_load(path, &err);
    CHECK(empty != NULL);
    static const char *const cases[] = {
        "`$b\r# `$a\n-\n$$`a\n$`$",
        "`$b\n# `$a\n-\n$$`a\n$`$",
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char *out = translate(empty, cases[k]);
        CHECK_INT(formulas(out), formulas(cases[k]));
        free(out);
    }
    sn_catalog_free(empty);
}

static void test_null_catalog_and_errors(void)
{
    const char *notes = "# Title\n\nText with $x$.\n";
    char *out = translate(NULL, notes);
    CHECK_STR(out, notes);
    free(out);

    sn_catalog *c = load("translate.po");
    char *err = NULL;
    out = sn_translate_notes(c, "Fine.\n\nThen \xee\x80\x80 reserved.\n", &err);
    CHECK(out == NULL);
    CHECK(err && strncmp(err, "3:6: ", 5) == 0);
    free(err);
    free(out);
    sn_catalog_free(c);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FIXTURES_DIR\n", argv[0]);
        return 2;
    }
    fixtures = argv[1];
    test_translated_and_fallback();
    test_marked_markdown_keeps_its_shape();
    test_marked_notes_keep_their_formulas();
    test_null_catalog_and_errors();
    return check_failures ? 1 : 0;
}
