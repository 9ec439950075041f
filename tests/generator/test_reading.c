/* Unit tests of reading other people's code (issue 9): the table of
 * languages (syntax.h), Python and shell splitting (split_script.c),
 * Doxygen markers, `//` continued by a backslash, block comments whose
 * first line has text, titles, front matter that is not, the plain note
 * style and tab expansion (read.h). */
#include "read.h"
#include "split.h"
#include "syntax.h"
#include "check.h"

#include <stdlib.h>

typedef struct {
    sn_source src;
    sn_page page;
    char *err;
    int rc;
} split_result;

static split_result split_as(const char *name, const char *text)
{
    split_result r = {{0}, {0}, NULL, 0};
    r.src.path = (char *)name;
    r.src.file = (char *)name;
    r.src.syntax = sn_syntax_of(name);
    r.src.kind = r.src.syntax ? SN_SOURCE_C : SN_SOURCE_MD;
    r.src.text = (char *)text;
    r.src.len = strlen(text);
    if (r.src.kind == SN_SOURCE_MD) {
        size_t used;
        int bad;
        char *msg = NULL;
        if (sn_front_matter_parse(text, r.src.len, &r.src.front, &used, &bad, &msg) >= 0) {
            r.src.body = used;
            r.src.body_line = 1;
            for (size_t i = 0; i < used; i++) r.src.body_line += text[i] == '\n';
        }
        free(msg);
    }
    r.rc = sn_split_page(&r.src, &r.page, &r.err);
    return r;
}

static void done(split_result *r)
{
    if (r->rc == 0) sn_page_free(&r->page);
    sn_front_matter_free(&r->src.front);
    free(r->err);
}

static const char python_page[] =
    "\"\"\"\n"                                            /* 1 */
    "---\n"                                               /* 2 */
    "title: Running means\n"                              /* 3 */
    "summary: >\n"                                        /* 4 */
    "  Means kept over\n"                                 /* 5 */
    "  many batches.\n"                                   /* 6 */
    "---\n"                                               /* 7 */
    "\n"                                                  /* 8 */
    "# Running means\n"                                   /* 9 */
    "\"\"\"\n"                                            /* 10 */
    "import math\n"                                       /* 11 */
    "\n"                                                  /* 12 */
    "\n"                                                  /* 13 */
    "class Mean:\n"                                       /* 14 */
    "    r\"\"\"\n"                                       /* 15 */
    "    A mean $\\bar{x} = \\frac{1}{n}\\sum x_i$.\n"    /* 16 */
    "\n"                                                  /* 17 */
    "      indented\n"                                    /* 18 */
    "    \"\"\"\n"                                        /* 19 */
    "\n"                                                  /* 20 */
    "    @staticmethod\n"                                 /* 21 */
    "    def add(a,\n"                                    /* 22 */
    "            b):\n"                                   /* 23 */
    "        \"\"\"Adds `b` to `a`.\"\"\"\n"              /* 24 */
    "        s = \"# not a comment\"\n"                   /* 25 */
    "        # Sum them\n"                                /* 26 */
    "        # up.\n"                                     /* 27 */
    "        t = a + b\n"                                 /* 28 */
    "        #\n"                                         /* 29 */
    "        return t\n"                                  /* 30 */
    "    x = '''\n"                                       /* 31 */
    "# inside a string\n"                                 /* 32 */
    "'''\n"                                               /* 33 */
    "    def one(self): return 1\n";                      /* 34 */

int main(void)
{
    { /* The table of languages: one row a language, endings exact. */
        CHECK_STR(sn_syntax_of("a.c")->lexer, "c");
        CHECK_STR(sn_syntax_of("a.h")->lexer, "c");
        const char *cxx[] = {"a.cc", "a.cpp", "a.cxx", "a.C", "a.hh", "a.hpp", "a.hxx"};
        for (size_t i = 0; i < sizeof cxx / sizeof *cxx; i++) {
            CHECK(sn_syntax_of(cxx[i]) != NULL);
            if (sn_syntax_of(cxx[i])) CHECK_STR(sn_syntax_of(cxx[i])->lexer, "cpp");
        }
        CHECK_STR(sn_syntax_of("x.py")->lexer, "python");
        CHECK(sn_syntax_of("x.py")->comments == SN_COMMENTS_PYTHON);
        CHECK_STR(sn_syntax_of("x.sh")->lexer, "bash");
        CHECK(sn_syntax_of("x.sh")->comments == SN_COMMENTS_HASH);
        CHECK(sn_syntax_of("notes.md") == NULL);
        CHECK(sn_syntax_of("Makefile") == NULL);
        CHECK(sn_syntax_of(".c") == NULL);
    }
    { /* Python in the reference site's format. */
        split_result r = split_as("mean.py", python_page);
        CHECK_INT(r.rc, 0);
        CHECK_STR(r.page.front.title, "Running means");
        CHECK_STR(r.page.front.summary, "Means kept over many batches.");
        CHECK_STR(r.page.heading, "Running means"); /* opens the file */
        CHECK_INT(r.page.count, 6);
        if (r.page.count == 6) {
            sn_section *s = r.page.sections;
            /* 0: the module docstring, with the imports after it */
            CHECK_STR(s[0].notes, "# Running means");
            CHECK_INT(s[0].note_line[0], 9);
            CHECK_INT(s[0].code_first, 11);
            CHECK_INT(s[0].code_last, 11);
            /* 1: class + docstring (raw: backslashes kept; dedented) */
            CHECK_STR(s[1].notes, "A mean $\\bar{x} = \\frac{1}{n}\\sum x_i$.\n\n  indented");
            CHECK_INT(s[1].note_line[0], 16);
            CHECK_INT(s[1].note_col[0], 5);
            CHECK_INT(s[1].code_first, 14);
            CHECK_INT(s[1].code_last, 14);
            /* 2: the decorated def over two lines + its one-line docstring */
            CHECK_STR(s[2].notes, "Adds `b` to `a`.");
            CHECK_INT(s[2].code_first, 21);
            CHECK_INT(s[2].code_last, 23);
            /* 3: the code after a docstring: a section of its own */
            CHECK_STR(s[3].notes, "");
            CHECK_INT(s[3].code_first, 25);
            CHECK_INT(s[3].code_last, 25);
            /* 4: a run of # lines */
            CHECK_STR(s[4].notes, "Sum them\nup.");
            CHECK_INT(s[4].note_col[0], 11);
            CHECK_INT(s[4].code_first, 28);
            CHECK_INT(s[4].code_last, 28);
            /* 5: a bare # breaks; the # in a string stays code; a one-line
             * def is code */
            CHECK_STR(s[5].notes, "");
            CHECK_INT(s[5].code_first, 30);
            CHECK_INT(s[5].code_last, 34);
        }
        done(&r);
    }
    { /* A shebang is code, and the docstring after it still the module's. */
        split_result r = split_as("t.py", "#!/usr/bin/env python3\n'''Tool.'''\nx = 1\n");
        CHECK_INT(r.page.count, 2);
        CHECK_INT(r.page.sections[0].code_first, 1);
        CHECK_STR(r.page.sections[1].notes, "Tool.");
        CHECK_INT(r.page.sections[1].code_first, 3);
        done(&r);
    }
    { /* Shell: # runs, a shebang is code. */
        split_result r = split_as("run.sh", "#!/bin/sh\n# Build it.\nmake\n# Then test.\nmake test\n");
        CHECK_INT(r.page.count, 3);
        CHECK_STR(r.page.sections[1].notes, "Build it.");
        CHECK_INT(r.page.sections[1].code_first, 3);
        CHECK_STR(r.page.sections[2].notes, "Then test.");
        done(&r);
    }
    { /* Doxygen's markers go. */
        split_result r = split_as("d.cpp", "/*! Brief. */\nint a;\n//! Also.\nint b;\n");
        CHECK_INT(r.page.count, 2);
        CHECK_STR(r.page.sections[0].notes, "Brief.");
        CHECK_STR(r.page.sections[1].notes, "Also.");
        done(&r);
    }
    { /* A // line ending in a backslash goes on, as in C (review 21). */
        split_result r = split_as("c.c", "// Path: C:\\\nnot code\nint a;\n");
        CHECK_INT(r.page.count, 1);
        CHECK_STR(r.page.sections[0].notes, "Path: C:\\\nnot code");
        CHECK_INT(r.page.sections[0].code_first, 3);
        done(&r);
    }
    { /* Text on the opener's line counts in the shared indentation (12). */
        split_result r = split_as("e.c", "/* Example:\n *\n *     foo(1, 2);\n */\nint a;\n");
        CHECK_STR(r.page.sections[0].notes, "Example:\n\n    foo(1, 2);");
        done(&r);
        r = split_as("f.c", "/* Example:\n   text\n       code;\n*/\nint a;\n");
        CHECK_STR(r.page.sections[0].notes, "Example:\ntext\n    code;");
        done(&r);
    }
    { /* A code page takes no title from a `#` deep in a comment (17),
       * nor from a `##` or a `#` line that is not the notes' first. */
        split_result r = split_as("n.c", "int a;\n// # NAME\nint b;\n");
        CHECK(r.page.heading == NULL);
        done(&r);
        r = split_as("n.c", "// Intro.\n// # NAME\nint b;\n");
        CHECK(r.page.heading == NULL);
        done(&r);
        r = split_as("n.c", "// ## Part\nint b;\n");
        CHECK(r.page.heading == NULL);
        done(&r);
    }
    { /* A readme's setext heading counts (16). */
        split_result r = split_as("readme.md", "Intro line\n=========\n\ntext\n");
        CHECK_STR(r.page.heading, "Intro line");
        done(&r);
        r = split_as("readme.md", "```\nnot\n---\n```\n\n---\n\nTwo\nlines\n---\n");
        CHECK_STR(r.page.heading, "Two lines");
        done(&r);
    }
    { /* A ruler over text is not front matter (review 3). */
        split_result r = split_as("l.c", "// ---\n// Copyright 2020 Foo\n// ---\nint a;\n");
        CHECK_INT(r.rc, 0);
        CHECK_STR(r.page.sections[0].notes, "---\nCopyright 2020 Foo\n---");
        done(&r);
        r = split_as("m.c", "/* ---\n * License: MIT\n * ---\n */\nint a;\n");
        CHECK_INT(r.rc, 0);
        done(&r);
        /* but a misspelt key in real front matter is still an error */
        r = split_as("k.c", "// ---\n// title: A\n// sumary: typo\n// ---\nint a;\n");
        CHECK_INT(r.rc, -1);
        done(&r);
    }
    { /* notes: plain marks every section; --plain-notes does too. */
        split_result r = split_as("p.c", "// ---\n// notes: plain\n// ---\n\n// # of items\nint a;\n");
        CHECK_INT(r.rc, 0);
        CHECK_INT(r.page.count, 1);
        CHECK_INT(r.page.sections[0].plain, 1);
        CHECK_STR(r.page.sections[0].notes, "# of items");
        done(&r);
        /* a folder's `notes: plain` (src->plain_notes) yields to the page's
         * own `notes: markdown` */
        split_result m = {0};
        const char *mt = "// ---\n// notes: markdown\n// ---\n// *a*\nint a;\n";
        m.src = (sn_source){.path = "m.c", .file = "m.c", .kind = SN_SOURCE_C,
                            .syntax = sn_syntax_of("m.c"), .text = (char *)mt, .len = strlen(mt),
                            .plain_notes = 1};
        m.rc = sn_split_page(&m.src, &m.page, &m.err);
        CHECK_INT(m.page.sections[0].plain, 0);
        done(&m);
        r = split_as("q.c", "// a\nint a;\n");
        CHECK_INT(r.page.sections[0].plain, 0);
        done(&r);
        r.src.plain_notes = 1;
        split_result p = {0};
        p.src = (sn_source){.path = "q.c", .file = "q.c", .kind = SN_SOURCE_C,
                            .syntax = sn_syntax_of("q.c"), .text = "// a\nint a;\n", .len = 12,
                            .plain_notes = 1};
        p.rc = sn_split_page(&p.src, &p.page, &p.err);
        CHECK_INT(p.page.sections[0].plain, 1);
        done(&p);
    }
    { /* Tabs: stops every 8 (or N) columns from the line's start. */
        size_t n;
        const char *in = "\tx\n ab\ty\n\xc3\xa9\tz";
        char *t = sn_expand_tabs(in, strlen(in), 8, &n);
        CHECK_STR(t, "        x\n ab     y\n\xc3\xa9       z");
        CHECK_INT(n, strlen(t));
        free(t);
        t = sn_expand_tabs("a\tb\t", 4, 4, &n);
        CHECK_STR(t, "a   b   ");
        free(t);
    }
    return check_failures != 0;
}
