/* Notes rendering (src/markdown.h), the tools dry: every formula, code span
 * and code block gets one placeholder; filling them in never meets a
 * placeholder the generator did not write (the author cannot forge one),
 * and leaves none behind; an error names the file and a line of the
 * notes. */
#include "fuzz.h"
#include "markdown.h"
#include "texmath.h"

static const char *fill(void *ctx, size_t index, size_t *len)
{
    (void)ctx, (void)index;
    *len = 3;
    return "<R>";
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    char *md = fuzz_string(data, size, &len);
    size_t lines = 1;
    for (size_t i = 0; i < len; i++) lines += md[i] == '\n';
    int *line = malloc(lines * sizeof *line), *col = malloc(lines * sizeof *col);
    for (size_t i = 0; i < lines; i++) line[i] = (int)i + 1, col[i] = 1;
    /* One size in eight takes the plain-notes path (notes: plain). */
    sn_section section = {md, line, col, lines, 0, 0, size % 8 == 7, 0};
    /* Odd sizes let raw HTML through (--unsafe), even ones make it text. */
    sn_diags *diags = sn_diags_new(0);
    sn_notes_context ctx = {"f.md", &section, NULL, NULL, NULL, NULL, "Answer", 0, (int)(size & 1), diags, NULL, NULL, NULL};
    char *err = NULL;
    sn_cache *cache = sn_cache_open(NULL, &err); /* remembers nothing */
    REQUIRE(cache != NULL);
    sn_tools_config config = {"node", "python3", "/nonexistent", cache, 1, NULL, NULL};
    sn_tools *tools = sn_tools_new(&config);
    sn_notes notes;
    if (sn_notes_parse(tools, md, &ctx, &notes, &err) != 0) {
        REQUIRE(err && strncmp(err, "f.md:", 5) == 0);
        REQUIRE(atoi(err + 5) >= 1 && (size_t)atoi(err + 5) <= lines);
        free(err);
    } else if (section.plain) {
        /* Plain notes: no formula, and the author's text is only text. */
        REQUIRE(notes.count == 0);
        REQUIRE(!strstr(notes.html, "<script") && !strstr(notes.html, "<!--"));
        sn_notes_free(&notes);
    } else {
        sn_math_list math;
        sn_error merr = {0};
        /* Math that does not agree with Markdown is off, with a warning. */
        if (sn_math_find(md, len, &math, &merr) == 0) REQUIRE(notes.count >= math.count);
        else REQUIRE(sn_diags_count(diags) > 0);
        sn_error_free(&merr);
        sn_math_list_free(&math);
        size_t bad;
        char *html = sn_math_restore(notes.html, strlen(notes.html), notes.count, fill, NULL, &bad);
        REQUIRE(html || bad < notes.count); /* a lost one, never a forged one */
        if (html) REQUIRE(!strstr(html, SN_MATH_MARK_OPEN) && !strstr(html, SN_MATH_MARK_CLOSE));
        free(html);
        sn_notes_free(&notes);
    }
    sn_tools_free(tools);
    sn_diags_free(diags);
    sn_cache_close(cache);
    free(line);
    free(col);
    free(md);
    return 0;
}
