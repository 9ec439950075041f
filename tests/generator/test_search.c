/* Unit tests of what the search index is made from (src/gen/search.h,
 * search_defs.h, search_tex.h): notes as plain text cut at headings, their
 * formulas as readable text for the snippets, and the names a section of C
 * code defines. */
#include "search.h"
#include "search_defs.h"
#include "search_tex.h"
#include "check.h"

#include <cmark-gfm.h>
#include <stdlib.h>
#include <string.h>

/* The names defined by lines first..last of `code`, joined by spaces. */
static char *defs(const char *code, int first, int last)
{
    sn_strv names = {0};
    sn_search_definitions(code, strlen(code), first, last, &names);
    sn_buf b = {0};
    for (size_t i = 0; i < names.count; i++) sn_buf_printf(&b, "%s%s", i ? " " : "", names.items[i]);
    sn_strv_free(&names);
    return sn_buf_take(&b);
}

static void check_defs(const char *code, int first, int last, const char *want)
{
    char *got = defs(code, first, last);
    CHECK_STR(got, want);
    free(got);
}

int main(void)
{
    /* Definitions: functions with their bodies, not prototypes or calls. */
    check_defs("int layer_norm_forward(float *y,\n"
               "                       const float *x)\n{\n    return helper(x);\n}\n", 1, 5,
               "layer_norm_forward");
    check_defs("int layer_norm_forward(float *y, const float *x);\n", 1, 1, "");
    check_defs("static inline float *row_of(float *x, int i) { return x + i; }\n", 1, 1, "row_of");
    /* Macros, tagged types, typedefs, the end of a typedef'd struct. */
    check_defs("#define LN_MAX 4\n#  define SQUARE(x) ((x) * (x))\n", 1, 2, "LN_MAX SQUARE");
    check_defs("typedef struct {\n    int c;\n} batch_norm_state;\n", 1, 3, "batch_norm_state");
    check_defs("struct moments {\n    double mean;\n};\nenum status { OK };\n", 1, 4, "moments status");
    check_defs("typedef float (*kernel)(float);\ntypedef unsigned long u64;\n", 1, 2, "u64");
    /* Only what starts at column 0, and only the lines asked for; a
     * function whose body opens after the range still counts. */
    check_defs("    int inner(void) {\n", 1, 1, "");
    check_defs("int a(void);\nint b(void)\n{\n}\n", 2, 2, "b");
    check_defs("int a(void) {}\nint b(void) {}\n", 2, 2, "b");
    /* Not definitions: assignments with calls, macro calls, statements. */
    check_defs("static const int n = count(x);\nSN_UI_STRINGS(X)\nreturn f(x);\n", 1, 3, "");

    { /* Notes: cut at each heading; formulas, code blocks and markup out;
         inline code kept; the text before the first heading has none. */
        sn_search_part *parts;
        size_t n = sn_search_parts("Intro with $x^2$ math.\n\n## Running *statistics*\n\n"
                                   "The `running_var` moves.\n\n```c\nint hidden;\n```\n\n"
                                   "- a [link](x.md)\n- b\n\n# Next\n\n| a | b |\n|---|---|\n| c | d |\n",
                                   &parts);
        CHECK_INT(n, 3);
        CHECK(parts[0].heading == NULL);
        CHECK_STR(parts[0].text, "Intro with math."); /* the index has no formulas */
        CHECK_STR(parts[0].snippet, "Intro with x² math."); /* the snippets have them, readable */
        CHECK_STR(parts[1].heading, "Running statistics");
        CHECK_STR(parts[1].text, "The running_var moves. a link b");
        CHECK_STR(parts[2].heading, "Next");
        CHECK(strstr(parts[2].text, "c") && !strstr(parts[2].text, "|"));
        sn_search_parts_free(parts, n);
    }
    { /* A translated page's markers and an answer's marker are not text. */
        sn_search_part *parts;
        size_t n = sn_search_parts("<div class=\"untranslated\" lang=\"en\">\n\nStill English.\n\n</div>\n\n"
                                   "> [!ANSWER]\n> Because.\n", &parts);
        CHECK_INT(n, 1);
        CHECK_STR(parts[0].text, "Still English. Because.");
        sn_search_parts_free(parts, n);
    }
    { /* An answer's marker in each of its forms, read from a parse that
         must not change (the render stage's, markdown.h's `parsed`): the
         same text as sn_search_parts, the tree as it was. */
        static const char *const notes[][2] = {
            {"> [!ANSWER] Because of $x$, yes.\n", "Because of , yes."},
            {"> <span class=\"untranslated\" lang=\"en\">[!answer]\n> Because.</span>\n", "Because."},
            {"> [!ANSWER]\n> Outer.\n>\n> > [!Answer]   \n> > Inner.\n", "Outer. Inner."},
            {"> [!ANSWER]x\n", "[!ANSWER]x"},
            {"> Quote [!ANSWER]\n", "Quote [!ANSWER]"},
            {"[!ANSWER] not quoted\n", "[!ANSWER] not quoted"},
        };
        for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++) {
            const char *md = notes[i][0];
            sn_math_list math;
            sn_math_parse parse;
            sn_error bad;
            CHECK_INT(sn_math_find_parsed(md, strlen(md), CMARK_OPT_SMART, &math, &bad, &parse), 0);
            char *before = cmark_render_xml(parse.doc, CMARK_OPT_DEFAULT);
            sn_search_part *parts, *again;
            size_t n = sn_search_parts_parsed(parse.doc, md, &math, &parts);
            char *after = cmark_render_xml(parse.doc, CMARK_OPT_DEFAULT);
            CHECK_STR(after, before);
            CHECK_INT(n, 1);
            CHECK_STR(parts[0].text, notes[i][1]);
            CHECK_INT(sn_search_parts(md, &again), 1);
            CHECK_STR(again[0].text, parts[0].text);
            CHECK_STR(again[0].snippet, parts[0].snippet);
            sn_search_parts_free(parts, n);
            sn_search_parts_free(again, 1);
            free(before);
            free(after);
            sn_math_list_free(&math);
            sn_math_parse_free(&parse);
        }
    }
    { /* Only a formula before the heading: a part whose snippet is the
         formula (a result there shows it), with nothing to index. */
        sn_search_part *parts;
        size_t n = sn_search_parts("$$x^2$$\n\n# Only\n", &parts);
        CHECK_INT(n, 2);
        CHECK(parts[0].heading == NULL);
        CHECK_STR(parts[0].text, "");
        CHECK_STR(parts[0].snippet, "x²");
        CHECK_STR(parts[1].heading, "Only");
        CHECK_STR(parts[1].snippet, "");
        sn_search_parts_free(parts, n);
    }
    { /* Inline math in a sentence: no empty gap (issue 11: "with weight , in"). */
        sn_search_part *parts;
        size_t n = sn_search_parts("Scaled with weight $\\gamma$, in place.\n", &parts);
        CHECK_INT(n, 1);
        CHECK_STR(parts[0].text, "Scaled with weight , in place.");
        CHECK_STR(parts[0].snippet, "Scaled with weight γ, in place.");
        sn_search_parts_free(parts, n);
    }
    { /* Display math between paragraphs, under a heading; a heading keeps its TeX. */
        sn_search_part *parts;
        size_t n = sn_search_parts("## Normalize by $\\sqrt{\\sigma^2+\\epsilon}$\n\nThe step\n"
                                   "$$\\hat x_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}$$\n"
                                   "then the scale.\n", &parts);
        CHECK_INT(n, 1);
        CHECK_STR(parts[0].heading, "Normalize by \\sqrt{\\sigma^2+\\epsilon}");
        CHECK_STR(parts[0].text, "The step then the scale.");
        CHECK_STR(parts[0].snippet, "The step x̂ᵢ = (xᵢ - μ)/√(σ² + ε) then the scale.");
        sn_search_parts_free(parts, n);
    }
    { /* Chinese text with a formula: the formula between the words. */
        sn_search_part *parts;
        size_t n = sn_search_parts("方差 $\\sigma^2$ 的滑动平均。\n", &parts);
        CHECK_INT(n, 1);
        CHECK_STR(parts[0].text, "方差 的滑动平均。");
        CHECK_STR(parts[0].snippet, "方差 σ² 的滑动平均。");
        sn_search_parts_free(parts, n);
    }
    { /* Formulas as text (search_tex.h): symbols, scripts, accents,
         fractions, roots, fonts; what has no Unicode form spelled out. */
        static const char *const cases[][2] = {
            {"\\gamma", "γ"},
            {"\\hat x_{ij}", "x̂ᵢⱼ"},
            {"\\sum_i x_i^2", "Σᵢ xᵢ²"},
            {"\\partial L/\\partial\\beta", "∂L/∂β"},
            {"\\frac{1}{M}\\sum_i x_i", "1/M Σᵢ xᵢ"},
            {"\\frac{\\partial L}{\\partial x}", "∂L/∂x"},
            {"\\sqrt\\epsilon \\approx 0.003", "√ε ≈ 0.003"},
            {"(\\sigma^2+\\epsilon)^{-1/2}", "(σ²+ε)^(-1/2)"},
            {"\\mathbb{E}[x]", "𝔼[x]"},
            {"v_c^{\\mathrm{run}}", "v_cʳᵘⁿ"},
            {"G^\\top X", "Gᵀ X"},
            {"x_{n,c}", "x_(n,c)"},
            {"\\bar\\mu = 0", "μ̄ = 0"},
            {"\\left(a\\right)", "(a)"},
            /* What it cannot write: the TeX when short, "…" when long; never empty. */
            {"\\lesssim x \\oint", "\\lesssim x \\oint"},
            {"\\begin{pmatrix} 1 & -1 \\\\ -1 & 1 \\end{pmatrix}", "…"},
            {"\\frac{1}{", "\\frac{1}{"},
            {"\\,", "\\,"},
        };
        for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
            char *got = sn_search_tex_text(cases[i][0], strlen(cases[i][0]));
            CHECK_STR(got, cases[i][1]);
            free(got);
        }
        /* Nesting far past any formula's: "…", no deep recursion. */
        size_t deep = 100000;
        char *braces = malloc(2 * deep + 1);
        memset(braces, '{', deep);
        memset(braces + deep, '}', deep);
        braces[2 * deep] = '\0';
        char *got = sn_search_tex_text(braces, 2 * deep);
        CHECK_STR(got, "…");
        free(got);
        free(braces);
        got = sn_search_tex_text("x^", 2); /* a script with nothing after it */
        CHECK_STR(got, "x^");
        free(got);
    }
    { /* Nothing at all: no part. */
        sn_search_part *parts;
        CHECK_INT(sn_search_parts("", &parts), 0);
        sn_search_parts_free(parts, 0);
    }
    return check_failures != 0;
}
