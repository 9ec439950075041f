/* read.h — the first stage: find the sources under a folder and read them.
 *
 *   READ → split → translate → render notes and code → assemble → write
 *
 * A page is a `.c`, `.h` or `.md` file; an image (`.svg`, `.png`, `.jpg`,
 * `.jpeg`, `.gif`, `.webp`) is copied beside the pages. Everything else, and
 * anything whose name starts with a dot, is ignored. Pages must be UTF-8;
 * CRLF and lone CR line ends become LF and a byte-order mark is dropped. A `.md` page's
 * front matter is parsed here (a C file's is in its first comment, which
 * the split stage finds). Files come out sorted by path, so every run
 * sees the same order. */
#ifndef SN_READ_H
#define SN_READ_H

#include "frontmatter.h"
#include "fs.h" /* sn_read_file, once here */

#include <stddef.h>

typedef enum { SN_SOURCE_C, SN_SOURCE_MD, SN_SOURCE_IMAGE } sn_source_kind;

typedef struct {
    char *path; /* relative to the folder read, '/'-separated */
    char *file; /* the path opened, as used in messages */
    sn_source_kind kind;
    char *text; /* the bytes (NUL-terminated); pages are valid UTF-8 */
    size_t len;
    sn_front_matter front; /* .md only; a C file's comes from split */
    size_t body;           /* .md: where the Markdown after the front matter */
    int body_line;         /*      starts, in bytes and as a 1-based line */
} sn_source;

typedef struct {
    sn_source *items;
    size_t count;
} sn_sources;

/* Reads the tree under `root`: pages and images, or images only when
 * `images_only`. A folder whose real path is `skip` (the output folder, when
 * it lies inside the sources) is not entered. Returns 0, or -1 with a
 * malloc'd "file[:line:col]: error: ..." in *err. */
int sn_read_tree(const char *root, const char *skip, int images_only,
                 sn_sources *out, char **err);
void sn_sources_free(sn_sources *s);

/* 0 when the `len` bytes are valid UTF-8 without NUL; otherwise -1 and the
 * 1-based line and column (in characters) of the first bad byte. */
int sn_utf8_check(const char *s, size_t len, int *line, int *col);

#endif
