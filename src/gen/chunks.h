/* chunks.h — a big code file with C's comments (C++, Go: C itself is
 * highlighted by c_highlight.h) highlighted in pieces, by two Pygments workers
 * at once (part of the render stage; see tools.h).
 *
 *   read → split → resolve names → translate → RENDER NOTES AND CODE → assemble → write
 *
 * A file of CHUNK_MIN_FILE bytes or more is cut in two (or, for tests,
 * every SIDENOTES_CHUNK_BYTES bytes) at lines that open a section's notes
 * at the top level of the C code: after a `;` or a `}`, outside braces,
 * parentheses, preprocessor lines and `#if 0`, where Pygments' C-family lexers are
 * nearly always in their root state. Nearly is not always (a `}` after a
 * function Pygments did not recognise leaves it mid-statement), so the
 * worker checks: each chunk runs to the end of the file with the later
 * cuts as stops, and stops at the first where its lexer is in the root
 * state. Joined, the chunks whose start a previous one reached give the
 * very bytes the whole file gives in one piece. */
#ifndef SN_CHUNKS_H
#define SN_CHUNKS_H

#include "split.h"
#include "tools.h"

#include <stddef.h>

typedef struct {
    size_t first;  /* the id of the first chunk; the others follow it */
    size_t count;  /* 1 when the file is highlighted whole */
    int *start;    /* per chunk, its first source line (1-based) */
} sn_code_chunks;

/* Registers a code page's code with the tools, cut into chunks when it is
 * big. `where` names the file in messages. */
void sn_code_register(sn_tools *t, const sn_page *page, const char *lang, const char *where,
                      sn_code_chunks *out);

/* The highlighted file, once the tools ran: the chunks' HTML joined. Sets
 * *owned to what the caller must free (NULL when nothing was joined). */
const char *sn_code_join(const sn_tools *t, const sn_code_chunks *c, size_t *len, char **owned);

void sn_code_chunks_free(sn_code_chunks *c);

#endif
