/* Unit tests of the split stage (src/gen/split.h): which comments become
 * notes, what code each section keeps, and where errors point. */
#include "split.h"
#include "check.h"

#include "buf.h"

#include <stdlib.h>

typedef struct {
    sn_source src;
    sn_page page;
    char *err;
    int rc;
} split_result;

static split_result split(const char *text)
{
    split_result r = {{0}, {0}, NULL, 0};
    r.src.path = "t.c";
    r.src.file = "dir/t.c";
    r.src.kind = SN_SOURCE_C;
    r.src.text = (char *)text;
    r.src.len = strlen(text);
    r.rc = sn_split_page(&r.src, &r.page, &r.err);
    return r;
}

static void done(split_result *r)
{
    if (r->rc == 0) sn_page_free(&r->page);
    free(r->err);
}

int main(void)
{
    { /* A run of // lines is one section's notes; the code follows. */
        split_result r = split("// # Title\n//\n// Text $x$.\nint a;\nint b;\n");
        CHECK_INT(r.rc, 0);
        CHECK_INT(r.page.count, 1);
        CHECK_STR(r.page.sections[0].notes, "# Title\n\nText $x$.");
        CHECK_INT(r.page.sections[0].code_first, 4);
        CHECK_INT(r.page.sections[0].code_last, 5);
        CHECK_STR(r.page.heading, "Title"); /* a `# ` line opening the file */
        done(&r);
    }
    { /* Code before the first comment is a section without notes; blank
       * lines at the edges of code are trimmed. */
        split_result r = split("#include <x.h>\n\n\n// Note.\n\nint f(void);\n\n");
        CHECK_INT(r.page.count, 2);
        CHECK_STR(r.page.sections[0].notes, "");
        CHECK_INT(r.page.sections[0].code_first, 1);
        CHECK_INT(r.page.sections[0].code_last, 1);
        CHECK_STR(r.page.sections[1].notes, "Note.");
        CHECK_INT(r.page.sections[1].code_first, 6);
        CHECK_INT(r.page.sections[1].code_last, 6);
        done(&r);
    }
    { /* A comment after code on the same line stays in the code; so does a
       * block comment followed by code, and a comment opener in a string. */
        split_result r = split("// A.\nint a; // trailing\n/* b */ int b;\nchar *s = \"// no\";\n");
        CHECK_INT(r.page.count, 1);
        CHECK_INT(r.page.sections[0].code_first, 2);
        CHECK_INT(r.page.sections[0].code_last, 4);
        done(&r);
    }
    { /* An indented comment inside a function starts a new section. */
        split_result r = split("int f(void)\n{\n    // Inside.\n    return 0;\n}\n");
        CHECK_INT(r.page.count, 2);
        CHECK_INT(r.page.sections[0].code_last, 2);
        CHECK_STR(r.page.sections[1].notes, "Inside.");
        CHECK_INT(r.page.sections[1].code_first, 4);
        CHECK_INT(r.page.sections[1].note_col[0], 8); /* "Inside." starts at column 8 */
        done(&r);
    }
    { /* Block comments: the star column and shared indentation go. */
        split_result r = split("/*\n * One\n *\n *     code\n */\nx;\n/** Doc. */\ny;\n");
        CHECK_INT(r.page.count, 2);
        CHECK_STR(r.page.sections[0].notes, "One\n\n    code");
        CHECK_INT(r.page.sections[0].note_line[0], 2);
        CHECK_STR(r.page.sections[1].notes, "Doc.");
        done(&r);
    }
    { /* Unstarred block comments keep relative indentation. */
        split_result r = split("/*\n   A list:\n   - one\n     more\n*/\n");
        CHECK_STR(r.page.sections[0].notes, "A list:\n- one\n  more");
        done(&r);
    }
    { /* Comments separated by blank lines only join into one section. */
        split_result r = split("// One.\n\n/* Two. */\n\n// Three.\nint x;\n");
        CHECK_INT(r.page.count, 1);
        CHECK_STR(r.page.sections[0].notes, "One.\n\nTwo.\n\nThree.");
        done(&r);
    }
    { /* Empty sections are dropped. */
        split_result r = split("//\n//\n\nint x;\n");
        CHECK_INT(r.page.count, 1);
        CHECK_STR(r.page.sections[0].notes, "");
        CHECK_INT(r.page.sections[0].code_first, 4);
        done(&r);
    }
    { /* Lines inside a block comment opened by code, or continuing a macro,
       * never start notes. */
        split_result r = split("int a; /* starts\n// not notes\n*/\n#define M \\\n// still code\n");
        CHECK_INT(r.page.count, 1);
        CHECK_INT(r.page.sections[0].code_first, 1);
        CHECK_INT(r.page.sections[0].code_last, 5);
        done(&r);
    }
    { /* Front matter in the first comment, // or block style. */
        split_result r = split("// ---\n// title: T\n// summary: S.\n// ---\n// Rest.\nint x;\n");
        CHECK_INT(r.rc, 0);
        CHECK_STR(r.page.front.title, "T");
        CHECK_STR(r.page.front.summary, "S.");
        CHECK_STR(r.page.sections[0].notes, "Rest.");
        CHECK_INT(r.page.sections[0].note_line[0], 5);
        done(&r);
        r = split("/*\n---\ntitle: \"Quoted: yes\"\norder: 3\n---\n*/\nint x;\n");
        CHECK_STR(r.page.front.title, "Quoted: yes");
        CHECK_INT(r.page.front.has_order, 1);
        CHECK_INT(r.page.front.order, 3);
        CHECK_INT(r.page.count, 1);
        CHECK_STR(r.page.sections[0].notes, "");
        done(&r);
    }
    { /* Errors name file:line[:col]. */
        split_result r = split("int x;\n  /* never\n closed\n");
        CHECK_INT(r.rc, -1);
        CHECK_STR(r.err, "dir/t.c:2:3: error: unterminated comment");
        done(&r);
        r = split("int x; /* opened by code\n");
        CHECK_STR(r.err, "dir/t.c:1:8: error: unterminated comment");
        done(&r);
        r = split("// ---\n// titel: T\n// ---\n");
        CHECK_STR(r.err, "dir/t.c:2: error: unknown front matter key `titel` (known: title, summary, order, math, notes)");
        done(&r);
        r = split("// ---\n// title: T\n");
        CHECK_STR(r.err, "dir/t.c:1: error: front matter opened by `---` is never closed");
        done(&r);
    }
    { /* Notes lines map back to the source, column included. */
        split_result r = split("int x;\n\t// A $b$\n");
        int line, col;
        sn_section_locate(&r.page.sections[1], 0, 3, &line, &col);
        CHECK_INT(line, 2);
        CHECK_INT(col, 7); /* tab, "// ", then "A " */
        done(&r);
    }
    { /* A notes line has at most SN_MAX_COLUMNS unescaped `|`: the ones
       * after are written `\|` (cmark-gfm's rows are quadratic in their
       * cells), and the section says where. Escaped pipes do not count,
       * an escaped backslash does not escape, code is never touched, and
       * plain notes (not Markdown) stay as written. */
        char pipes[3 * SN_MAX_COLUMNS], want[4 * SN_MAX_COLUMNS];
        size_t n = 0, w = 0;
        for (int i = 0; i < SN_MAX_COLUMNS + 2; i++) {
            pipes[n++] = '|';
            if (i >= SN_MAX_COLUMNS) want[w++] = '\\';
            want[w++] = '|';
        }
        pipes[n] = want[w] = '\0';
        char *text = sn_strdup_printf("// a\n// %s\nint x = 1 %s 2;\n", pipes, pipes);
        split_result r = split(text);
        char *notes = sn_strdup_printf("a\n%s", want);
        CHECK_STR(r.page.sections[0].notes, notes);
        CHECK_INT(r.page.sections[0].wide_line, 2);
        done(&r);
        free(notes);
        free(text);
        text = sn_strdup_printf("// \\|\\\\%s\n", pipes); /* \| \\ then the pipes */
        r = split(text);
        notes = sn_strdup_printf("\\|\\\\%s", want);
        CHECK_STR(r.page.sections[0].notes, notes);
        done(&r);
        free(notes);
        free(text);
        pipes[SN_MAX_COLUMNS] = '\0'; /* exactly the limit: as written */
        text = sn_strdup_printf("// %s\n", pipes);
        r = split(text);
        CHECK_STR(r.page.sections[0].notes, pipes);
        CHECK_INT(r.page.sections[0].wide_line, 0);
        done(&r);
        free(text);
        pipes[SN_MAX_COLUMNS] = '|';
        text = sn_strdup_printf("// ---\n// notes: plain\n// ---\n// %s\n", pipes);
        r = split(text);
        CHECK_INT(r.rc, 0);
        if (r.rc == 0 && r.page.count) CHECK(strstr(r.page.sections[r.page.count - 1].notes, "\\") == NULL);
        done(&r);
        free(text);
    }
    return check_failures != 0;
}
