/* split.h — the second stage: cut a page into sections.
 *
 *   read → SPLIT → resolve names → translate → render notes and code → assemble → write
 *
 * In a C file, a comment that starts a line — a run of `//` lines, or a
 * block comment with nothing after its end — holds notes in Markdown.
 * The code after it, up to the next such comment, is that section's code.
 * A comment after code on the same line stays in the code, as does a block
 * comment followed by code. Comment runs separated only by blank lines join
 * into one section's notes. Blank lines at the edges of a section's code are
 * trimmed, and a section with neither notes nor code is dropped. The first
 * comment may hold the page's front matter (see frontmatter.h).
 *
 * A Doxygen comment (slash-star-bang, `//!`) is read like any other; a `//`
 * line ending in a backslash goes on to the next line, as in C. An empty
 * comment (`//` alone) is a section break with no notes, as a bare `#` is
 * on the reference site's Python pages.
 *
 * Python and shell files are split by split_script.c (see there): `#`
 * runs, and Python's docstrings.
 *
 * A `.md` file is one section of notes and no code.
 *
 * A page whose front matter says `notes: plain`, or that --plain-notes
 * names, has plain notes: each section is marked `plain`.
 *
 * Every notes line remembers the source line and column it came from, so
 * that later stages can point at the exact place of an error. */
#ifndef SN_SPLIT_H
#define SN_SPLIT_H

#include "read.h"

#include <stddef.h>

typedef struct {
    char *notes;     /* Markdown, comment markers stripped; "" if none */
    int *note_line;  /* for each line of `notes`: its 1-based source line */
    int *note_col;   /* ... and the column (characters) where its text starts */
    size_t note_lines;
    int code_first;  /* 1-based source lines of the code, inclusive; */
    int code_last;   /* code_first == 0 when the section has no code */
    int plain;       /* the notes are plain text, not Markdown: rendered
                        as written, line breaks kept (markdown.h) */
    int wide_line;   /* the source line of the first notes line whose `|`
                        past the last column were written `\|`, or 0 */
} sn_section;

typedef struct {
    const sn_source *src;
    sn_front_matter front; /* title, summary, order (copies) */
    char *heading;         /* a `.md` page's first heading (ATX or setext); a
                              code page's `# ` line opening the file; or NULL */
    sn_section *sections;
    size_t count;
} sn_page;

/* The most cells a table row of notes may have. cmark-gfm 0.29's table
 * extension appends each cell of a row at the end of a linked list, in
 * time quadratic in the row's cells: a row of 40,000 cells (80 KB) took
 * 6 s to build. As md4c does (its limit is also 128), a Markdown notes
 * line's unescaped `|` past the 128th are written `\|`: text of its last
 * cell, or of a paragraph, where Markdown shows them as `|`. */
enum { SN_MAX_COLUMNS = 128 };

/* Splits a page (a C or Markdown source). Returns 0, or -1 with a malloc'd
 * "file:line:col: error: ..." (an unterminated comment, bad front matter). */
int sn_split_page(const sn_source *src, sn_page *page, char **err);
void sn_page_free(sn_page *page);

/* Where notes line `line` (0-based), column `col` (1-based, characters)
 * of a section lies in the source file. */
void sn_section_locate(const sn_section *s, int line, int col, int *src_line, int *src_col);

#endif
