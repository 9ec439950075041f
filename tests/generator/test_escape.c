/* Unit tests of escaping and of the small parsers around it: HTML text,
 * URLs between pages, output paths, templates, front matter and UTF-8. */
#include "buf.h"
#include "frontmatter.h"
#include "path.h"
#include "read.h"
#include "template.h"
#include "check.h"

#include <stdlib.h>

static char *html(const char *s)
{
    sn_buf b = {0};
    sn_buf_add_html(&b, s, strlen(s));
    return sn_buf_take(&b);
}

int main(void)
{
    /* HTML text and attributes. */
    char *s = html("a < b && c > \"d\" 'e'");
    CHECK_STR(s, "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39;");
    free(s);
    s = html("plain é 中文");
    CHECK_STR(s, "plain é 中文");
    free(s);

    /* Links between output files: relative, percent-encoded. */
    struct { const char *from, *to, *want; } links[] = {
        {"a/b.html", "a/c.html", "c.html"},
        {"index.html", "x/index.html", "x/index.html"},
        {"x/y/z.html", "index.html", "../../index.html"},
        {"zh/x/a.c.html", "x/a.c.html", "../../x/a.c.html"},
        {"x/a.html", "x/b c&d\"<.html", "b%20c%26d%22%3C.html"},
        {"a.html", "é.html", "%C3%A9.html"},
        {"zh/index.html", "static/", "../static/"},
    };
    for (size_t i = 0; i < sizeof links / sizeof *links; i++) {
        s = sn_link(links[i].from, links[i].to);
        CHECK_STR(s, links[i].want);
        free(s);
    }

    /* Where pages go. */
    struct { const char *src, *want; } pages[] = {
        {"a/b.c", "a/b.c.html"}, {"b.h", "b.h.html"}, {"readme.md", "index.html"},
        {"x/README.md", "x/index.html"}, {"x/notes.md", "x/notes.html"},
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        s = sn_page_path(pages[i].src);
        CHECK_STR(s, pages[i].want);
        free(s);
    }
    s = sn_resolve("a/b", "../c/./d.c");
    CHECK_STR(s, "a/c/d.c");
    free(s);
    CHECK(sn_resolve("a", "../../x") == NULL);
    CHECK(sn_path_is_clean("a/b.html"));
    CHECK(!sn_path_is_clean("../a.html"));
    CHECK(!sn_path_is_clean("a/../../b"));
    CHECK(!sn_path_is_clean("/etc/passwd"));
    CHECK(!sn_path_is_clean("a//b"));
    CHECK(!sn_path_is_clean("a/"));

    /* Templates: variables are inserted as given, interface strings are
     * escaped, unknown variables are errors with their place. */
    {
        static const char *const vars[] = {"title", "body", NULL};
        char *err = NULL;
        const char *text = "<h1>{{ title }}</h1>\n<p>{{_ Fish & \"chips\"}}</p>{{body}}";
        sn_template *t = sn_template_parse("t.html", text, strlen(text), vars, &err);
        CHECK(t != NULL);
        const char *values[] = {"A &amp; B", "<b>x</b>"};
        sn_buf out = {0};
        sn_template_fill(t, &out, values, NULL);
        CHECK_STR(out.data, "<h1>A &amp; B</h1>\n<p>Fish &amp; &quot;chips&quot;</p><b>x</b>");
        sn_buf_free(&out);
        sn_template_pot((const sn_template *const *)&t, 1, &out);
        CHECK_STR(out.data, "#: t.html:2\nmsgid \"Fish & \\\"chips\\\"\"\nmsgstr \"\"\n\n");
        sn_buf_free(&out);
        sn_template_free(t);

        text = "ok\n  <p>{{titel}}</p>";
        t = sn_template_parse("t.html", text, strlen(text), vars, &err);
        CHECK(t == NULL);
        CHECK_STR(err, "t.html:2:6: error: unknown template variable `titel` (known: title, body)");
        free(err);
        text = "{{title";
        t = sn_template_parse("t.html", text, strlen(text), vars, &err);
        CHECK(t == NULL);
        CHECK_STR(err, "t.html:1:1: error: `{{` is not closed by `}}` on the same line");
        free(err);
        /* Template files are read as they are: a lone CR ends a line as LF
         * and CRLF do (issue 16), for positions and for holes alike. */
        text = "ok\r  <p>{{titel}}</p>";
        t = sn_template_parse("t.html", text, strlen(text), vars, &err);
        CHECK(t == NULL);
        CHECK_STR(err, "t.html:2:6: error: unknown template variable `titel` (known: title, body)");
        free(err);
        text = "ok\r\n{{title\r}}";
        t = sn_template_parse("t.html", text, strlen(text), vars, &err);
        CHECK(t == NULL);
        CHECK_STR(err, "t.html:2:1: error: `{{` is not closed by `}}` on the same line");
        free(err);
    }

    /* Front matter: the three keys, strictly. */
    {
        sn_front_matter fm;
        size_t used;
        int line;
        char *err = NULL;
        const char *text = "---\ntitle: T\n# a comment\nsummary: 'S: s'\norder: -2\n---\nbody";
        CHECK_INT(sn_front_matter_parse(text, strlen(text), &fm, &used, &line, &err), 1);
        CHECK_STR(fm.title, "T");
        CHECK_STR(fm.summary, "S: s");
        CHECK_INT(fm.order, -2);
        CHECK_STR(text + used, "body");
        sn_front_matter_free(&fm);
        text = "no front matter";
        CHECK_INT(sn_front_matter_parse(text, strlen(text), &fm, &used, &line, &err), 0);
        text = "---\ntitle: T\norder: two\n---\n";
        CHECK_INT(sn_front_matter_parse(text, strlen(text), &fm, &used, &line, &err), -1);
        CHECK_INT(line, 3);
        CHECK_STR(err, "front matter `order` must be an integer");
        free(err);
        text = "---\ntitle: T\ntitle: U\n---\n";
        CHECK_INT(sn_front_matter_parse(text, strlen(text), &fm, &used, &line, &err), -1);
        CHECK_INT(line, 3);
        free(err);
    }

    /* UTF-8: the first bad byte's line and column. */
    {
        int line, col;
        const char *good = "a\n\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80";
        CHECK_INT(sn_utf8_check(good, strlen(good), &line, &col), 0);
        const char *bad = "ab\nc\xc3\xa9\xff";
        CHECK_INT(sn_utf8_check(bad, strlen(bad), &line, &col), -1);
        CHECK_INT(line, 2);
        CHECK_INT(col, 3);
        const char *overlong = "\xc0\xaf";
        CHECK_INT(sn_utf8_check(overlong, 2, &line, &col), -1);
        const char *surrogate = "\xed\xa0\x80";
        CHECK_INT(sn_utf8_check(surrogate, 3, &line, &col), -1);
        const char *cut = "x\xe4\xb8";
        CHECK_INT(sn_utf8_check(cut, 3, &line, &col), -1);
        CHECK_INT(sn_utf8_check("a\0b", 3, &line, &col), -1);
    }
    return check_failures != 0;
}
