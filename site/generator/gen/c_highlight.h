/* c_highlight.h — C code highlighted in the generator itself, as the
 * Pygments worker would highlight it (part of the render stage; tools.h).
 *
 *   read → split → translate → RENDER NOTES AND CODE → assemble → write
 *
 * With cross-references on, every C file used to be lexed twice: by
 * libclang, for its names, and by Pygments in the python3 worker, for its
 * colours (a third of a cold build's CPU with cross-references, README).
 * A file libclang resolved is highlighted here instead: c_highlight.c
 * follows Pygments' C lexer (pygments/lexers/c_cpp.py, 2.14, CLexer with
 * its default options) rule by rule, in the same order, and writes its
 * HTML as the worker's highlight() does: the same classes, one line per
 * source line, a token spanning lines cut at each newline, neighbouring
 * tokens of one class on a line in one span. The test `C highlighted
 * without Pygments` compares both on every C file of the site. Files
 * libclang did not resolve still go to Pygments. */
#ifndef SN_C_HIGHLIGHT_H
#define SN_C_HIGHLIGHT_H

#include <stddef.h>

/* The HTML of C code `text` (`len` bytes), malloc'd, its length in *out:
 * byte for byte what the Pygments worker returns for lexer "c". */
char *sn_c_highlight(const char *text, size_t len, size_t *out);

#endif
