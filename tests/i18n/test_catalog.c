/* test_catalog.c — loading PO files (translate.h): a good catalog with an
 * entry in every state, a missing file, malformed files (a broken string, a
 * duplicate, another charset, bad UTF-8) and translations that change math,
 * code or links, each error naming the PO file and line. Also LINGUAS. */
#include "../generator/check.h"

#include "translate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *fixtures;

static char *fixture(const char *name)
{
    size_t n = strlen(fixtures) + strlen(name) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", fixtures, name);
    return p;
}

/* Loads a fixture that must fail; returns the error (malloc'd). */
static char *load_error(const char *name)
{
    char *path = fixture(name), *err = NULL;
    sn_catalog *c = sn_catalog_load(path, &err);
    CHECK(c == NULL);
    CHECK(err != NULL);
    sn_catalog_free(c);
    free(path);
    return err ? err : calloc(1, 1);
}

/* Does `err` hold a line that starts with "<fixtures>/<name>:<rest>"? */
static int has_line(const char *err, const char *name, const char *rest)
{
    char *want = fixture(name);
    size_t n = strlen(want);
    for (const char *line = err; line && *line;) {
        if (strncmp(line, want, n) == 0 && line[n] == ':' &&
            strncmp(line + n + 1, rest, strlen(rest)) == 0) {
            free(want);
            return 1;
        }
        line = strchr(line, '\n');
        if (line) line++;
    }
    fprintf(stderr, "no line \"%s:%s...\" in:\n%s\n", want, rest, err);
    free(want);
    return 0;
}

static int count_lines(const char *s)
{
    int n = *s ? 1 : 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

static void test_good(void)
{
    char *path = fixture("good.po"), *err = NULL;
    sn_catalog *c = sn_catalog_load(path, &err);
    CHECK(c != NULL);
    CHECK(err == NULL);
    CHECK_STR(sn_catalog_get(c, "Layer Normalization"), "层归一化");
    CHECK_STR(sn_catalog_get(c, "Each row is normalised by its own mean $\\mu_i$ and variance "
                                "$\\sigma_i^2$, so a row never sees another row."),
              "每一行都用自己的均值 $\\mu_i$ 和方差 $\\sigma_i^2$ 归一化，因此各行之间互不影响。");
    /* fuzzy, empty, unknown and obsolete entries give no translation */
    CHECK(sn_catalog_get(c, "The backward pass, in full.") == NULL);
    CHECK(sn_catalog_get(c, "Not translated yet.") == NULL);
    CHECK(sn_catalog_get(c, "Never heard of.") == NULL);
    CHECK(sn_catalog_get(c, "An entry that left the page.") == NULL);
    CHECK(sn_catalog_get(c, "") == NULL); /* the header is not a message */
    /* a context keeps messages with the same text apart */
    CHECK(sn_catalog_get(c, "English") == NULL);
    CHECK_STR(sn_catalog_pget(c, "language name", "English"), "中文");
    CHECK_INT(sn_catalog_state(c, NULL, "Layer Normalization"), SN_MESSAGE_TRANSLATED);
    CHECK_INT(sn_catalog_state(c, NULL, "The backward pass, in full."), SN_MESSAGE_FUZZY);
    CHECK_INT(sn_catalog_state(c, NULL, "Not translated yet."), SN_MESSAGE_UNTRANSLATED);
    CHECK_INT(sn_catalog_state(c, NULL, "Never heard of."), SN_MESSAGE_ABSENT);
    CHECK_INT(sn_catalog_state(c, NULL, "An entry that left the page."), SN_MESSAGE_ABSENT);
    CHECK_INT(sn_catalog_state(c, "language name", "English"), SN_MESSAGE_TRANSLATED);
    sn_catalog_free(c);
    free(path);
}

static void test_missing_file_is_empty(void)
{
    char *path = fixture("no-such-catalog.po"), *err = NULL;
    sn_catalog *c = sn_catalog_load(path, &err);
    CHECK(c != NULL);
    CHECK(err == NULL);
    CHECK(sn_catalog_get(c, "Layer Normalization") == NULL);
    CHECK_INT(sn_catalog_state(c, NULL, "Layer Normalization"), SN_MESSAGE_ABSENT);
    sn_catalog_free(c);
    free(path);
    /* a NULL catalog is allowed everywhere */
    CHECK(sn_catalog_get(NULL, "x") == NULL);
}

static void test_malformed(void)
{
    char *err = load_error("malformed.po");
    CHECK(has_line(err, "malformed.po", "6: error: end-of-line within string")); /* gettext says 7 */
    free(err);

    err = load_error("duplicate.po");
    CHECK(has_line(err, "duplicate.po", "8: error: duplicate message definition"));
    free(err);

    err = load_error("latin1.po");
    CHECK(has_line(err, "latin1.po", "1: error: the header declares charset=ISO-8859-1"));
    free(err);

    err = load_error("bad_utf8.po");
    CHECK(has_line(err, "bad_utf8.po", "6: error: invalid UTF-8"));
    free(err);

    char *dir = fixture("");
    err = NULL;
    CHECK(sn_catalog_load(dir, &err) == NULL); /* a folder, not a file */
    CHECK(err && strstr(err, "error: ") != NULL);
    free(err);
    free(dir);
}

static void test_translation_must_keep_math_code_links(void)
{
    char *err = load_error("differs.po");
    /* every bad entry is reported, at its msgstr line; fuzzy and reordered
     * entries are not */
    CHECK_INT(count_lines(err), 6);
    CHECK(has_line(err, "differs.po", "8: error: the translation's math differs from the English "
                                      "(copy it unchanged): it lacks $\\mu_i$; it has $\\mu$, "
                                      "which the English has not"));
    CHECK(has_line(err, "differs.po", "11: error: the translation's inline code differs from the "
                                      "English (copy it unchanged): it lacks `layer_norm_forward`; "
                                      "it has `layer_norm_backward`"));
    CHECK(has_line(err, "differs.po", "14: error: the translation's link targets differ"));
    CHECK(has_line(err, "differs.po", "17: error: the translation is Markdown of another shape "
                                      "(English: paragraph; translation: paragraph, list)"));
    /* markup the English has not: a catalog cannot slip a script into a page */
    CHECK(has_line(err, "differs.po", "35: error: the translation's raw HTML differs from the "
                                      "English (copy it unchanged): it has </script>, <script>, which "
                                      "the English has not"));
    /* a plain paragraph that became a heading */
    CHECK(has_line(err, "differs.po", "29: error: the translation is Markdown of another shape "
                                      "(English: paragraph; translation: heading)"));
    free(err);
}

/* Issue 12, point 2: the mistakes a translator's editor lets through;
 * point 3: loaded forgivingly (the generator's way), each broken message
 * falls back to English with a warning at its line, and the rest of the
 * catalog is used. */
static const struct {
    int line;
    const char *why;
} mistakes[] = {
    {8, "the translation has a `*` or `_` that is not emphasis: an unclosed `**`"},
    {11, "the translation has a backtick that opens no code span"},
    {14, "the translation's emphasis differs from the English: the English has 1 strong "
         "(`**...**`) and 0 emphasised (`*...*`) span(s), the translation 0 and 0"},
    {17, "the translation's emphasis differs from the English: the English has 0 strong "
         "(`**...**`) and 0 emphasised (`*...*`) span(s), the translation 0 and 1"},
    {21, "the translation has a line break (\\n) the English has not"},
    {26, "the translation is only white space"},
    {29, "the translation ends with \\n and the English does not (msgfmt -c rejects it)"},
    {33, "the translation is Markdown of another shape (English: list item; translation: heading)"},
};

static void test_translators_mistakes(void)
{
    char *err = load_error("mistakes.po");
    size_t n = sizeof mistakes / sizeof *mistakes;
    CHECK_INT(count_lines(err), (int)n);
    for (size_t i = 0; i < n; i++) {
        char rest[512];
        snprintf(rest, sizeof rest, "%d: error: %s", mistakes[i].line, mistakes[i].why);
        CHECK(has_line(err, "mistakes.po", rest));
    }
    free(err);

    char *path = fixture("mistakes.po"), *warnings = NULL;
    sn_catalog *c = sn_catalog_load_forgiving(path, &warnings);
    CHECK(c != NULL);
    CHECK_INT(count_lines(warnings ? warnings : ""), (int)n);
    for (size_t i = 0; i < n; i++) {
        char rest[512];
        snprintf(rest, sizeof rest, "%d: warning: %s", mistakes[i].line, mistakes[i].why);
        CHECK(has_line(warnings ? warnings : "", "mistakes.po", rest));
    }
    CHECK(strstr(warnings ? warnings : "", "(shown in English)") != NULL);
    CHECK(sn_catalog_get(c, "The **mean** comes first.") == NULL);
    CHECK_INT(sn_catalog_state(c, NULL, "Errors"), SN_MESSAGE_BROKEN);
    CHECK_STR(sn_catalog_get(c, "Kept as it is: **bold** and *slanted*, `code`, $x^2$."),
              "照原样：**粗体**、*斜体*、`code`、$x^2$。");
    CHECK_STR(sn_catalog_get(c, "A formula across lines: $a +\nb$ stays."), "跨行的公式 $a +\nb$ 保持原样。");
    /* notes with a broken message: English there, marked; the rest translated */
    char *terr = NULL;
    char *out = sn_translate_notes(c, "# Errors\n\nA paragraph.\n\nKept as it is: **bold** and "
                                      "*slanted*, `code`, $x^2$.\n", &terr);
    CHECK(out && strstr(out, "# <span class=\"untranslated\"") != NULL);
    CHECK(out && strstr(out, "照原样") != NULL);
    free(out);
    sn_catalog_free(c);
    free(warnings);

    /* a file that does not parse: an empty catalog, and a warning */
    free(path);
    path = fixture("malformed.po");
    warnings = NULL;
    c = sn_catalog_load_forgiving(path, &warnings);
    CHECK(c != NULL);
    CHECK(has_line(warnings ? warnings : "", "malformed.po", "6: warning: end-of-line within string"));
    sn_catalog_free(c);
    free(warnings);
    free(path);
}

static void test_languages(void)
{
    char *dir = fixture("languages"), *err = NULL, **langs = NULL;
    size_t n = 0;
    CHECK_INT(sn_languages_read(dir, &langs, &n, &err), 0);
    CHECK_INT(n, 3);
    if (n == 3) {
        CHECK_STR(langs[0], "zh");
        CHECK_STR(langs[1], "ja");
        CHECK_STR(langs[2], "pt_BR");
    }
    sn_languages_free(langs, n);
    free(dir);

    dir = fixture("languages/bad");
    CHECK_INT(sn_languages_read(dir, &langs, &n, &err), -1);
    CHECK(err && strstr(err, "/LINGUAS:2: error: `../ko` is not a language code"));
    free(err);
    free(dir);

    char *path = sn_catalog_path("po", "ja", "normalization/layer_norm/layer_norm.c");
    CHECK_STR(path, "po/ja/normalization/layer_norm/layer_norm.c.po");
    free(path);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FIXTURES_DIR\n", argv[0]);
        return 2;
    }
    fixtures = argv[1];
    test_good();
    test_missing_file_is_empty();
    test_malformed();
    test_translation_must_keep_math_code_links();
    test_translators_mistakes();
    test_languages();
    return check_failures ? 1 : 0;
}
