/* program_output.h — a program's output, shown in the notes.
 *
 *   read → split → resolve names → translate → RENDER NOTES (output blocks) → assemble → write
 *
 * A fenced code block whose info string is `output FILE`, with an empty
 * body,
 *
 *     ```output worked_example_bn_forward.txt
 *     ```
 *
 * stands for the text of FILE, shown as a code block. FILE is made at build
 * time (by the build system, typically by running an example program) and is
 * looked for under each `--assets` folder, at the page's own relative folder:
 * for the page normalization/worked_example.c and `--assets build/annotated`,
 * build/annotated/normalization/FILE. So the numbers a page shows are the
 * ones its program printed, never typed. */
#ifndef SN_PROGRAM_OUTPUT_H
#define SN_PROGRAM_OUTPUT_H

#include <stddef.h>

/* Whether a fenced block with info string `info` and text `body` is an
 * output block: 0 if not; 1 and its FILE in *name (malloc'd) if so; -1 and
 * a malloc'd reason in *why if it is one but malformed (no FILE, more than
 * one word after it, or a body). */
int sn_output_block_name(const char *info, const char *body, char **name, char **why);

/* The text of FILE `name` for the page whose source is `page` (a path
 * relative to the sources), from the first of the `n` folders `assets` that
 * has it. Returns it malloc'd (NUL-terminated, valid UTF-8) with its length
 * in *len, or NULL and a malloc'd reason in *why. */
char *sn_output_block_read(const char *const *assets, size_t n, const char *page, const char *name,
                           size_t *len, char **why);

#endif
