/* read.h — the first stage: find the sources under a folder and read them.
 *
 *   READ → split → resolve names → translate → render notes and code → assemble → write
 *
 * A page is a source file in one of the languages of syntax.h (C, C++,
 * Python, shell, ...) or a `.md` file; an image (`.svg`, `.png`, `.jpg`,
 * `.jpeg`, `.gif`, `.webp`) is copied beside the pages. Anything whose name
 * starts with a dot is ignored; other files are skipped and counted. Left
 * out too: what an --exclude glob matches (a glob without `/` matches a
 * name at any depth, one with `/` the path from the top), the output
 * folder, and any folder holding a `.sidenotes-manifest` (an earlier
 * output). A folder may hold a `.sidenotes` file of settings for itself
 * and its subfolders, one a line (`#` starts a comment):
 *
 *     exclude: *.py          (as --exclude, paths from this folder)
 *     notes: plain           (or markdown: the note style of its code pages)
 *
 *  A page that is not UTF-8 is read as Latin-1, with a warning at
 * its first bad byte (an error when strict); one with a NUL byte is binary
 * and skipped with a warning (an error when strict). CRLF and lone CR line
 * ends become LF, a byte-order mark is dropped, and in source files (not
 * `.md`) tabs are expanded to spaces at tab stops every `tab_width`
 * columns counted from the start of the line, so that notes and code line
 * up as in an editor. A `.md` page's front matter is parsed here (a source
 * file's is in its first comment, which the split stage finds). Files come
 * out sorted by path, so every run sees the same order. */
#ifndef SN_READ_H
#define SN_READ_H

#include "error.h"
#include "frontmatter.h"
#include "fs.h" /* sn_read_file, once here */
#include "syntax.h"

#include <stddef.h>

/* SN_SOURCE_C is any source file with code (its language in `syntax`). */
typedef enum { SN_SOURCE_C, SN_SOURCE_MD, SN_SOURCE_IMAGE } sn_source_kind;

typedef struct {
    char *path; /* relative to the folder read, '/'-separated */
    char *file; /* the path opened, as used in messages */
    sn_source_kind kind;
    const sn_syntax *syntax; /* SN_SOURCE_C: its language; otherwise NULL */
    int plain_notes;         /* its notes are plain text (--plain-notes, or
                                its folder's `notes: plain`) */
    char *text; /* the bytes (NUL-terminated); pages are valid UTF-8 */
    size_t len;
    sn_front_matter front; /* .md only; a C file's comes from split */
    size_t body;           /* .md: where the Markdown after the front matter */
    int body_line;         /*      starts, in bytes and as a 1-based line */
} sn_source;

typedef struct {
    sn_source *items;
    size_t count;
    size_t unknown;  /* files skipped for an unknown ending */
    size_t warnings; /* warnings printed while reading */
} sn_sources;

typedef struct {
    const char *skip;           /* a folder's real path not to enter (the output) */
    int images_only;
    int tab_width;              /* 0: 8 */
    const char *const *exclude; /* fnmatch globs of what to leave out */
    size_t nexclude;
    const char *const *plain;   /* fnmatch globs of pages whose notes are plain */
    size_t nplain;
    int strict;                 /* warnings are errors */
    int quiet;                  /* print no warnings */
    sn_diags *diags;            /* the run's diagnostics (error.h): when given,
                                   every warning and error goes there, a file in
                                   error is left out and reading goes on */
} sn_read_options;

/* Reads the tree under `root`: pages and images, or images only when
 * `images_only`. A folder whose real path is `skip` (the output folder, when
 * it lies inside the sources) is not entered. Returns 0, or -1 with a
 * malloc'd "file[:line:col]: error: ..." in *err. */
int sn_read_tree(const char *root, const char *skip, int images_only,
                 sn_sources *out, char **err);
/* The same with every option; warnings go to o->diags, or to stderr
 * without it (and then the first error stops the reading). */
int sn_read_tree_with(const char *root, const sn_read_options *o, sn_sources *out, char **err);

/* Expands the tabs of `len` bytes of UTF-8 text to tab stops every `width`
 * columns (a column is a character), counted from each line's start.
 * Returns malloc'd text and its length in *out_len. */
char *sn_expand_tabs(const char *text, size_t len, int width, size_t *out_len);
void sn_sources_free(sn_sources *s);

/* 0 when the `len` bytes are valid UTF-8 without NUL; otherwise -1 and the
 * 1-based line and column (in characters) of the first bad byte. */
int sn_utf8_check(const char *s, size_t len, int *line, int *col);

#endif
