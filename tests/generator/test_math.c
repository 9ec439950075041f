/* Unit tests of math protection (src/core/texmath.h): which dollars are math, what
 * Markdown is shielded from, and the round trip protect → restore. */
#include "texmath.h"
#include "check.h"

#include <stdlib.h>

/* The TeX of every span of `md`, joined as "[tex]" or "[[tex]]" (display). */
static char *spans_of(const char *md)
{
    static char out[1024];
    sn_math_list list;
    sn_error err;
    out[0] = '\0';
    if (sn_math_find(md, strlen(md), &list, &err) != 0) {
        snprintf(out, sizeof out, "error %d:%d: %s%s", err.line, err.col, err.message,
                 err.file ? " (and a file, which math has none of)" : "");
        sn_error_free(&err);
        sn_math_list_free(&list);
        return out;
    }
    for (size_t k = 0; k < list.count; k++) {
        const sn_math_span *m = &list.spans[k];
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, m->display ? "[[%.*s]]" : "[%.*s]",
                 (int)(m->tex_end - m->tex_start), md + m->tex_start);
    }
    for (size_t k = 0; k < list.nunclosed; k++) {
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "unclosed %d:%d", list.unclosed[k].line, list.unclosed[k].col);
    }
    sn_math_list_free(&list);
    return out;
}

static const char *upper(void *ctx, size_t index, size_t *len)
{
    static const char *names[] = {"A", "BB", "CCC"};
    (void)ctx;
    *len = strlen(names[index]);
    return names[index];
}

int main(void)
{
    /* What is math. */
    CHECK_STR(spans_of("a $x$ b"), "[x]");
    CHECK_STR(spans_of("$$\\sum_i x_i$$"), "[[\\sum_i x_i]]");
    CHECK_STR(spans_of("$a$ and $$\nb\n$$ and $c$"), "[a][[\nb\n]][c]");
    CHECK_STR(spans_of("$x_{i,j}^2 * y_k$"), "[x_{i,j}^2 * y_k]");
    CHECK_STR(spans_of("$\\{a\\}$"), "[\\{a\\}]");
    CHECK_STR(spans_of("$\\$5$"), "[\\$5]");            /* \$ inside math */
    CHECK_STR(spans_of("over two\nlines $a\nb$."), "[a\nb]");
    /* What is not. */
    CHECK_STR(spans_of("it costs $5 and $10"), "");    /* closer before a digit */
    CHECK_STR(spans_of("$a$5"), "");                   /* only a closer before a digit */
    CHECK_STR(spans_of("a $ b $ c"), "");              /* spaces inside */
    CHECK_STR(spans_of("a \\$x\\$ b"), "");            /* escaped dollars */
    CHECK_STR(spans_of("`$x$` and $y$"), "[y]");       /* code span */
    CHECK_STR(spans_of("``a ` $x$`` $y$"), "[y]");     /* longer code span */
    CHECK_STR(spans_of("```\n$x$\n```\n$y$"), "[y]");  /* fenced code */
    /* A fence left open in a quote ends with the quote: cmark-gfm reports
     * the code block as ending a line late, on the paragraph after it
     * (found by the fuzz suite). */
    CHECK_STR(spans_of("> ```\nte $q$\n"), "[q]");
    CHECK_STR(spans_of("> ```\n> $x$\n\n$y$ and\n- $z$"), "[y][z]");
    CHECK_STR(spans_of("~~~~c\n$$\n~~~~\n$z$"), "[z]");
    CHECK_STR(spans_of("$a\n\nb$"), "");               /* paragraph ends */
    /* An ATX heading ends a paragraph in cmark-gfm, and so inline math and
     * code spans, after LF, CRLF or a lone CR alike (found by the fuzz
     * suite: "$b\r# `$" was one formula hiding the heading). A list
     * marker does not: a formula may wrap onto a line starting with `- `. */
    CHECK_STR(spans_of("$b\r# c$"), "");
    CHECK_STR(spans_of("$b\r\n# c$"), "");
    CHECK_STR(spans_of("`$b\n   ## `$c$"), "[c]");
    CHECK_STR(spans_of("$a\n#no heading$"), "[a\n#no heading]");
    CHECK_STR(spans_of("$a\n- b$"), "[a\n- b]");
    /* A setext underline ends the heading above it, and so inline math
     * and code spans: before, "$u a\n-\n0T$" was one formula once a code
     * span crossing the underline was dropped, and the code span it then
     * made hid "$`$" for good: the English had no formula where its
     * marked copy had one (found by the fuzz suite). */
    CHECK_STR(spans_of("` $u a\n-\n0T$ $`$`0T"), "[`]");
    CHECK_STR(spans_of("$a\n-\nb$"), "");
    CHECK_STR(spans_of("> $a\n>  ===\nb$"), "");
    CHECK_STR(spans_of("$a\n- -\nb$"), "[a\n- -\nb]");
    CHECK_STR(spans_of("lone ` then $q$"), "[q]");     /* unmatched backtick */
    /* Code spans are cmark-gfm's, inline ones too: a backtick inside raw
     * HTML or an autolink opens none, so the math after it is math, and a
     * code span cmark-gfm opens after such a backtick hides its dollars. */
    CHECK_STR(spans_of("p\n<span title=\"`\">$x$</span> and ` end"), "[x]");
    CHECK_STR(spans_of("<http://a.b/`> $x$ `"), "[x]");
    CHECK_STR(spans_of("a <b c='`'>` $y$ `"), "");
    /* A formula that would stand in a code span is plain dollars: one that
     * closes a code span by taking out the line ends between two backticks
     * (a fuzz input), one in a code span split by a table cell's pipe. */
    CHECK_STR(spans_of("`$b\n# `$a\n-\n$$`a\n$`$"), "unclosed 4:1");
    CHECK_STR(spans_of("| h | i |\n|---|---|\n| `$a|b$` | c |"), "");
    /* An HTML block holds no code span: its math is found as in one
     * without backticks. */
    CHECK_STR(spans_of("<div>\n`\n$x$\n`\n</div>"), "[x]");
    CHECK_STR(spans_of("<div>\n$x$\n</div>"), "[x]");
    /* A code span over lines hides its dollars; one that a list item
     * interrupts does not; a fence closed by a lone CR ends there. */
    CHECK_STR(spans_of("a `b\n$x$ c` $y$"), "[y]");
    CHECK_STR(spans_of("a\r`b\r- $x$ `c"), "[x]");
    CHECK_STR(spans_of("```\r$x$\r```\r$y$"), "[y]");
    /* In a block quote the scan sees the lines as cmark-gfm does, without
     * their `>` markers: a `$` just after a marker follows a line end,
     * so it closes nothing, whether a space comes after the marker or not
     * (found by the fuzz suite: the translation writes "> " where the
     * notes had ">", and 1 formula became 0); a marker alone on its line
     * is a blank line, and a heading after a marker ends the paragraph.
     * A formula may still wrap onto the quote's next line. */
    CHECK_STR(spans_of("\n> $>\n>$#r0r"), "");
    CHECK_STR(spans_of("\n> $>\n> $#r0r"), "");
    CHECK_STR(spans_of("> > a $x\n>>$y"), "");
    CHECK_STR(spans_of("> a $x\n>\n> b$"), "");
    CHECK_STR(spans_of("> a $x\n> # b$"), "");
    CHECK_STR(spans_of("> a $x\n> b$"), "[x\n> b]");
    CHECK_STR(spans_of("$a\n>$ at the top level"), "[a\n>]");
    /* Only for math opened inside the quote: a formula opened before it
     * hides the quote's first line (math makes no structure), and must
     * not end there on a later pass that saw the quote (a fuzz input). */
    CHECK_STR(spans_of("?m`0\n- $b\xee\xee`x; `x`\n> \nx`b|$ |\n|-q3 \nh`|---|\n-\r|\n|\n|-q3 \nh`"),
              "[b\xee\xee`x; `x`\n> \nx`b|]");
    /* A closing `$` preceded by a space is skipped, as Pandoc does. */
    CHECK_STR(spans_of("$a $b$"), "[a $b]");

    /* An unclosed `$$` is two dollar signs (Pandoc), its place listed for
     * a warning; places carry line:col, counting characters. */
    CHECK_STR(spans_of("ok\n\xc3\xa9t\xc3\xa9 $$x"), "unclosed 2:5");
    CHECK_STR(spans_of("$$a $$b$ and $c$"), "[[a ]][c]");
    CHECK_STR(spans_of("Use $$ for the PID, $x$."), "[x]unclosed 1:5");
    CHECK_STR(spans_of("x \xee\x80\x80"), "error 1:3: the character U+E000 is reserved for the generator's placeholders");

    /* Positions of spans. */
    {
        const char *md = "one\n  two $x$";
        sn_math_list list;
        sn_error err;
        CHECK_INT(sn_math_find(md, strlen(md), &list, &err), 0);
        CHECK_INT(list.count, 1);
        CHECK_INT(list.spans[0].line, 2);
        CHECK_INT(list.spans[0].col, 7);
        CHECK_INT(list.spans[0].start, 10);
        CHECK_INT(list.spans[0].end, 13);
        sn_math_list_free(&list);
    }

    /* Protect hides `*` and `_` from Markdown; restore puts anything back. */
    {
        const char *md = "*a* $x*y*$ _b_ $$\\_$$ c $z$";
        sn_math_list list;
        sn_error err;
        CHECK_INT(sn_math_find(md, strlen(md), &list, &err), 0);
        char *prot = sn_math_protect(md, strlen(md), &list);
        CHECK_STR(prot, "*a* " SN_MATH_MARK_OPEN "0" SN_MATH_MARK_CLOSE " _b_ "
                        SN_MATH_MARK_OPEN "1" SN_MATH_MARK_CLOSE " c "
                        SN_MATH_MARK_OPEN "2" SN_MATH_MARK_CLOSE);
        size_t bad;
        char *back = sn_math_restore(prot, strlen(prot), list.count, upper, NULL, &bad);
        CHECK_STR(back, "*a* A _b_ BB c CCC");
        free(back);
        sn_math_source src = {md, &list};
        back = sn_math_restore(prot, strlen(prot), list.count, sn_math_original, &src, &bad);
        CHECK_STR(back, md);
        free(back);
        /* A placeholder that went missing is reported by index. */
        char *cut = strstr(prot, " c ");
        *cut = '\0';
        back = sn_math_restore(prot, strlen(prot), list.count, upper, NULL, &bad);
        CHECK(back == NULL);
        CHECK_INT(bad, 2);
        /* So is a duplicated one. */
        const char *twice = SN_MATH_MARK_OPEN "0" SN_MATH_MARK_CLOSE SN_MATH_MARK_OPEN "0" SN_MATH_MARK_CLOSE;
        back = sn_math_restore(twice, strlen(twice), 1, upper, NULL, &bad);
        CHECK(back == NULL);
        CHECK_INT(bad, 0);
        free(prot);
        sn_math_list_free(&list);
    }
    /* Placeholders past 9 have several digits; the round trip holds. */
    {
        const char *md = "$a$ $b$ $c$ $d$ $e$ $f$ $g$ $h$ $i$ $j$ $k$ $l$";
        sn_math_list list;
        sn_error err;
        CHECK_INT(sn_math_find(md, strlen(md), &list, &err), 0);
        CHECK_INT(list.count, 12);
        char *prot = sn_math_protect(md, strlen(md), &list);
        CHECK(strstr(prot, " " SN_MATH_MARK_OPEN "10" SN_MATH_MARK_CLOSE " "
                           SN_MATH_MARK_OPEN "11" SN_MATH_MARK_CLOSE) != NULL);
        size_t bad;
        sn_math_source src = {md, &list};
        char *back = sn_math_restore(prot, strlen(prot), list.count, sn_math_original, &src, &bad);
        CHECK_STR(back, md);
        free(back);
        free(prot);
        sn_math_list_free(&list);
    }
    return check_failures != 0;
}
