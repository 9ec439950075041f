/* c_highlight.h — C code highlighted in the generator itself, as the
 * Pygments worker would highlight it (part of the render stage; tools.h).
 *
 *   read → split → resolve names → translate → RENDER NOTES AND CODE → assemble → write
 *
 * Pygments, in the python3 worker, took 1.2 s of CPU on the site's 1.1 MB
 * of C (half a cold build), this file 30 ms: c_highlight.c follows
 * Pygments' C lexer (pygments/lexers/c_cpp.py, 2.14, CLexer with its
 * default options) rule by rule, in the same order, and writes its HTML as
 * the worker's highlight() does: the same classes, one line per source
 * line, a token spanning lines cut at each newline, neighbouring tokens of
 * one class on a line in one span. The test `C highlighted without
 * Pygments` compares both on every C file of the site and on random C-like
 * text. Code of other languages, and the code spans and blocks of notes,
 * still go to Pygments. */
#ifndef SN_C_HIGHLIGHT_H
#define SN_C_HIGHLIGHT_H

#include <stddef.h>

/* The HTML of C code `text` (`len` bytes), malloc'd, its length in *out:
 * byte for byte what the Pygments worker returns for lexer "c". */
char *sn_c_highlight(const char *text, size_t len, size_t *out);

#endif
