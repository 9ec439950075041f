/* frontmatter.h — the optional header of a page: its title, a one-line
 * summary and its place in the folder's index.
 *
 *     ---
 *     title: Layer Normalization
 *     summary: Normalizing each sample over its features.
 *     order: 2
 *     ---
 *
 * At the top of a `.md` file, or as the first comment of a `.c`/`.h` file.
 * A `---` line whose next line is not `key: value` with a lower-case key
 * is not front matter (a ruler over `Copyright 2020` or `License: MIT` in
 * someone's comment). Two more keys: `math: off` (or `on`, the default)
 * makes `$` a plain dollar sign in the page's notes, and `notes: plain` (or `markdown`, the default), says the
 * page's comments are plain text (notes_plain.h). Only these keys exist, so
 * the parser is strict and small rather than a YAML library: a misspelt
 * key is an error with its line, not a silently ignored field. A value may
 * be wrapped in quotes, or be a YAML folded (`>`) or literal (`|`) block:
 * the more-indented lines after the key, joined by spaces or by line
 * breaks. */
#ifndef SN_FRONTMATTER_H
#define SN_FRONTMATTER_H

#include <stddef.h>

typedef struct {
    char *title;   /* NULL when absent */
    char *summary; /* NULL when absent */
    int order;
    int has_order;
    int math_off;  /* `math: off` */
    int plain_notes; /* `notes: plain` (the default is `notes: markdown`) */
    int notes_given;
} sn_front_matter;

/* Parses front matter at the start of `text`. Returns 0 when the text does
 * not start with a `---` line (nothing consumed), 1 when it parsed: then
 * *consumed is the number of bytes through the closing `---` line. Returns
 * -1 on a malformed header: *err_line is the 1-based line within `text` and
 * *err a malloc'd message. */
int sn_front_matter_parse(const char *text, size_t len, sn_front_matter *fm,
                          size_t *consumed, int *err_line, char **err);
void sn_front_matter_free(sn_front_matter *fm);

#endif
