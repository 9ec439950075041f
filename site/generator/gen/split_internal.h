/* split_internal.h — what the splitters of split.c (C comments) and
 * split_script.c (`#` comments, Python docstrings) share: a section being
 * built, and lines. Private to the split stage. */
#ifndef SN_SPLIT_INTERNAL_H
#define SN_SPLIT_INTERNAL_H

#include "buf.h"
#include "split.h"

/* The notes being gathered for one section. */
typedef struct {
    sn_buf text;
    int *line, *col;
    size_t lines, cap;
} notes_builder;

typedef struct {
    sn_section *items;
    size_t count, cap;
} section_list;

/* Adds a notes line, from source line `line`, column `col` (characters). */
void notes_add_line(notes_builder *n, const char *s, size_t len, int line, int col);
/* Closes the section being built: keeps it if it has notes or code
 * (code_first == 0: none), and empties `n`. */
void finish_section(section_list *list, notes_builder *n, int code_first, int code_last);

/* The column, in characters, of byte `at` of a line starting at `s`. */
int column_of(const char *s, const char *at);
const char *skip_blanks(const char *s, const char *e);
int is_blank(const char *s, const char *e);
/* The start of the next line, and the end of this one (its '\n' or end). */
const char *next_line(const char *s, const char *end);
const char *line_stop(const char *s, const char *end);

/* split_script.c: a file with `#` comments; Python's docstrings too when
 * `python`. Returns 0, or -1 and *err. */
int split_script(const sn_source *src, int python, section_list *list, char **err);

#endif
