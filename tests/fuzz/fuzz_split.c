/* The split stage (src/split.h), for each source language: the first byte
 * chooses C, Python, shell or Markdown. Properties: no section is empty; each notes line
 * has a source line inside the file, in order within a section; a
 * Markdown notes line has at most SN_MAX_COLUMNS unescaped `|`;
 * code ranges are inside the file, in order, and never overlap; an error
 * names the file and a line inside it. */
#include "fuzz.h"
#include "split.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    size_t len;
    char *text = fuzz_string(data + 1, size - 1, &len);
    int lines = 1;
    for (size_t i = 0; i < len; i++) lines += text[i] == '\n';
    sn_source src = {0};
    static const char *const names[] = {"f.c", "f.py", "f.sh", "f.cpp"};
    src.path = (char *)names[(data[0] >> 1) & 3];
    src.file = "dir/f.c"; /* the name errors carry */
    src.kind = data[0] & 1 ? SN_SOURCE_MD : SN_SOURCE_C;
    src.syntax = src.kind == SN_SOURCE_C ? sn_syntax_of(src.path) : NULL;
    src.text = text;
    src.len = len;
    src.body_line = 1;
    sn_page page;
    char *err = NULL;
    if (sn_split_page(&src, &page, &err) != 0) {
        REQUIRE(err && strncmp(err, "dir/f.c:", 8) == 0);
        REQUIRE(atoi(err + 8) >= 1 && atoi(err + 8) <= lines);
        free(err);
        free(text);
        return 0;
    }
    int last_code = 0;
    for (size_t k = 0; k < page.count; k++) {
        const sn_section *s = &page.sections[k];
        int has_notes = s->notes[strspn(s->notes, " \t\n")] != '\0';
        REQUIRE(has_notes || s->code_first);
        size_t nl = 1;
        for (const char *p = s->notes; *p; p++) nl += *p == '\n';
        REQUIRE(s->note_lines == 0 || s->note_lines == nl);
        for (size_t i = 0; i < s->note_lines; i++) {
            REQUIRE(s->note_line[i] >= 1 && s->note_line[i] <= lines);
            REQUIRE(s->note_col[i] >= 1);
            if (i) REQUIRE(s->note_line[i] >= s->note_line[i - 1]); /* a blank line joining two comments shares the next one's line */
        }
        /* A Markdown notes line has at most SN_MAX_COLUMNS unescaped `|`,
         * and the line the section names as widened is one of its own. */
        int pipes = 0, slashes = 0, widened = 0;
        for (const char *p = s->notes; *p; p++) {
            if (*p == '\n') pipes = 0;
            if (*p == '|' && slashes % 2 == 0) pipes++;
            if (!s->plain) REQUIRE(pipes <= SN_MAX_COLUMNS);
            slashes = *p == '\\' ? slashes + 1 : 0;
        }
        for (size_t i = 0; i < s->note_lines; i++) widened |= s->note_line[i] == s->wide_line;
        REQUIRE(s->wide_line == 0 || (widened && !s->plain));
        if (s->code_first) {
            REQUIRE(s->code_first <= s->code_last && s->code_last <= lines);
            REQUIRE(s->code_first > last_code);
            last_code = s->code_last;
        }
    }
    sn_page_free(&page);
    free(text);
    return 0;
}
