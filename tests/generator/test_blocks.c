/* Unit tests of the two kinds of notes block that the render stage rewrites:
 * answers (`> [!ANSWER]`, answer.c) and output blocks (```output FILE```,
 * program_output.c). */
#define _GNU_SOURCE
#include "../../src/gen/answer.h"
#include "../../src/core/buf.h"
#include "../../src/gen/program_output.h"
#include "check.h"

#include <cmark-gfm.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* Markdown to HTML with answers rendered, as markdown.c does (raw HTML on). */
static char *render(const char *md, const char *label, int *answers)
{
    cmark_node *doc = cmark_parse_document(md, strlen(md), CMARK_OPT_UNSAFE);
    *answers = sn_answers_render(doc, label);
    char *html = cmark_render_html(doc, CMARK_OPT_UNSAFE, NULL);
    cmark_node_free(doc);
    return html;
}

static void check_render(const char *md, const char *label, const char *want, int want_answers)
{
    int answers;
    char *html = render(md, label, &answers);
    CHECK_STR(html, want);
    CHECK_INT(answers, want_answers);
    free(html);
}

/* An output block that is malformed: -1, and a reason saying so. */
static void check_malformed(const char *info, const char *body, const char *reason)
{
    char *name = NULL, *why = NULL;
    CHECK_INT(sn_output_block_name(info, body, &name, &why), -1);
    CHECK(why && strstr(why, reason));
    CHECK(name == NULL);
    free(why);
}

int main(void)
{
    /* Answers. */
    check_render("> [!ANSWER]\n> It is *zero*.\n", "Answer",
                 "<details class=\"answer\"><summary>Answer</summary>\n<p>It is <em>zero</em>.</p>\n"
                 "</details>\n", 1);
    /* Any case, as GitHub's alerts; trailing spaces after the marker. */
    check_render("> [!answer]   \n> Yes.\n", "Answer",
                 "<details class=\"answer\"><summary>Answer</summary>\n<p>Yes.</p>\n</details>\n", 1);
    /* The marker alone in its paragraph; more paragraphs and a list. */
    check_render("> [!ANSWER]\n>\n> One.\n>\n> * two\n", "Answer",
                 "<details class=\"answer\"><summary>Answer</summary>\n<p>One.</p>\n<ul>\n<li>two</li>\n"
                 "</ul>\n</details>\n", 1);
    /* The summary is the caller's HTML (sn_ui_string_html: escaped, and
     * marked when still English), put in as it is. */
    check_render("> [!ANSWER]\n> 2\n", "答&lt;案&gt;",
                 "<details class=\"answer\"><summary>答&lt;案&gt;</summary>\n<p>2</p>\n</details>\n", 1);
    check_render("> [!ANSWER]\n> 2\n", "<span class=\"untranslated\" lang=\"en\">Answer</span>",
                 "<details class=\"answer\"><summary><span class=\"untranslated\" lang=\"en\">Answer</span>"
                 "</summary>\n<p>2</p>\n</details>\n", 1);
    /* Inside a list item, as exercises are written. */
    check_render("1. Why?\n\n   > [!ANSWER]\n   > Because.\n", "Answer",
                 "<ol>\n<li>\n<p>Why?</p>\n<details class=\"answer\"><summary>Answer</summary>\n"
                 "<p>Because.</p>\n</details>\n</li>\n</ol>\n", 1);
    /* A translation: the catalog's message is one line, so the text follows
     * the marker on its line. */
    check_render("> [!ANSWER] 是的，和为*零*。\n", "答案",
                 "<details class=\"answer\"><summary>答案</summary>\n<p>是的，和为<em>零</em>。</p>\n"
                 "</details>\n", 1);
    check_render("> [!ANSWER]  *Yes*, zero.\n", "Answer",
                 "<details class=\"answer\"><summary>Answer</summary>\n<p><em>Yes</em>, zero.</p>\n"
                 "</details>\n", 1);
    /* A block not yet translated: the translate stage wraps the quote's
     * paragraph in a span; the marker goes, the span stays. */
    check_render("> <span class=\"untranslated\" lang=\"en\">[!ANSWER]\n> Not yet.</span>\n", "解答",
                 "<details class=\"answer\"><summary>解答</summary>\n"
                 "<p><span class=\"untranslated\" lang=\"en\">Not yet.</span></p>\n</details>\n", 1);
    /* Not answers: a plain quote, text after the marker on its line, another
     * alert, the marker later in the quote. */
    check_render("> Just a quote.\n", "Answer", "<blockquote>\n<p>Just a quote.</p>\n</blockquote>\n", 0);
    check_render("> [!ANSWER]inline\n", "Answer",
                 "<blockquote>\n<p>[!ANSWER]inline</p>\n</blockquote>\n", 0);
    check_render("> [!NOTE]\n> x\n", "Answer", "<blockquote>\n<p>[!NOTE]\nx</p>\n</blockquote>\n", 0);
    check_render("> First.\n>\n> [!ANSWER]\n", "Answer",
                 "<blockquote>\n<p>First.</p>\n<p>[!ANSWER]</p>\n</blockquote>\n", 0);
    /* Two answers, one after the other, and an answer nested in one. */
    check_render("> [!ANSWER]\n> a\n\n> [!ANSWER]\n> b\n>\n> > [!ANSWER]\n> > c\n", "A",
                 "<details class=\"answer\"><summary>A</summary>\n<p>a</p>\n</details>\n"
                 "<details class=\"answer\"><summary>A</summary>\n<p>b</p>\n"
                 "<details class=\"answer\"><summary>A</summary>\n<p>c</p>\n</details>\n</details>\n", 3);

    /* Output blocks: the info string and the body. */
    char *name = NULL, *why = NULL;
    CHECK_INT(sn_output_block_name("c", "int x;\n", &name, &why), 0);
    CHECK_INT(sn_output_block_name("outputs x.txt", "", &name, &why), 0);
    CHECK_INT(sn_output_block_name(NULL, "", &name, &why), 0);
    CHECK_INT(sn_output_block_name("output  run.txt ", "", &name, &why), 1);
    CHECK_STR(name, "run.txt");
    free(name);
    name = NULL;
    check_malformed("output", "", "needs a file name");
    check_malformed("output a.txt b.txt", "", "one file name");
    check_malformed("output a.txt", "typed by hand\n", "must be empty");

    /* Output files: found at the page's folder under the first assets
     * folder that has them; missing, escaping or invalid files refused. */
    char tmp[] = "/tmp/sn-test-blocks-XXXXXX";
    CHECK(mkdtemp(tmp) != NULL);
    char *a1 = sn_strdup_printf("%s/a1", tmp), *a2 = sn_strdup_printf("%s/a2", tmp);
    char *dir = sn_strdup_printf("%s/a2/sub", tmp), *file = sn_strdup_printf("%s/a2/sub/run.txt", tmp);
    char *bad = sn_strdup_printf("%s/a2/sub/bad.txt", tmp);
    CHECK(mkdir(a1, 0755) == 0 && mkdir(a2, 0755) == 0 && mkdir(dir, 0755) == 0);
    FILE *f = fopen(file, "w");
    fputs("mu = 2\n", f);
    fclose(f);
    f = fopen(bad, "w");
    fputs("ok\n\xff\n", f);
    fclose(f);
    const char *assets[] = {a1, a2};
    size_t len = 0;
    char *text = sn_output_block_read(assets, 2, "sub/page.c", "run.txt", &len, &why);
    CHECK_STR(text, "mu = 2\n");
    CHECK_INT(len, 7);
    free(text);
    text = sn_output_block_read(assets, 2, "sub/deeper/page.c", "../run.txt", &len, &why);
    CHECK_STR(text, "mu = 2\n");
    free(text);
    CHECK(sn_output_block_read(assets, 2, "page.c", "run.txt", &len, &why) == NULL);
    CHECK(why && strstr(why, "output file `run.txt` not found") && strstr(why, "a1/run.txt") &&
          strstr(why, "a2/run.txt"));
    free(why);
    why = NULL;
    CHECK(sn_output_block_read(assets, 2, "sub/page.c", "../../x.txt", &len, &why) == NULL);
    CHECK(why && strstr(why, "outside"));
    free(why);
    why = NULL;
    CHECK(sn_output_block_read(assets, 0, "sub/page.c", "run.txt", &len, &why) == NULL);
    CHECK(why && strstr(why, "no --assets folder"));
    free(why);
    why = NULL;
    CHECK(sn_output_block_read(assets, 2, "sub/page.c", "bad.txt", &len, &why) == NULL);
    CHECK(why && strstr(why, "not valid UTF-8 (line 2, column 1)"));
    free(why);
    unlink(file);
    unlink(bad);
    rmdir(dir);
    rmdir(a1);
    rmdir(a2);
    rmdir(tmp);
    free(a1); free(a2); free(dir); free(file); free(bad);
    return check_failures != 0;
}
