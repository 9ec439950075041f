/* xref_pch.h — the system headers the C files of a cold build share,
 * parsed once.
 *
 * Most of the time libclang spends on a file goes to the headers it
 * includes (<stdio.h>, <math.h>, <cmark-gfm.h>, ...), and the same ones
 * come back in file after file. So the files to parse are grouped by their
 * flags (the -I folders aside), and for each group of three or more, the
 * system headers that two or more of them include (`#include <...>`) are
 * precompiled once into a PCH that each file of the group is parsed with
 * (-include-pch): the headers come first, as already read.
 *
 * The answer must be the one a plain parse gives, so a file is parsed with
 * it only when nothing could differ:
 *   - its own `#define`s and `#undef`s (an include guard aside) all come
 *     after its last `#include <...>`: a feature macro such as _GNU_SOURCE
 *     set before the headers would change them;
 *   - no -I folder of the group holds a file of the same name as one the
 *     PCH read (the file would find its own header there);
 *   - its flags hold no -include;
 *   - and should it not parse with the PCH (a name of its own that a header
 *     it does not include declares otherwise), it is parsed again without.
 * <assert.h> is never precompiled: it is meant to be read again. */
#ifndef SN_XREF_PCH_H
#define SN_XREF_PCH_H

#include "xref_parser.h"

#include <stddef.h>

typedef struct xref_pch xref_pch;

/* One file to parse: its code (comments blanked) and flags. */
typedef struct {
    const char *code;
    char *const *args;
    size_t nargs;
} xref_pch_file;

/* Groups the n files; group[i] is file i's group, or -1 (parsed alone). */
xref_pch *xref_pch_plan(const xref_pch_file *files, size_t n, int *group);

/* The PCH of group g: built by the first caller (with `parser` and its
 * index; the others wait for it), then the same path; NULL when it could
 * not be built or must not be used. */
const char *xref_pch_get(xref_pch *pch, int g, const sn_xref_parser *parser, void *index);

/* Removes the PCH files. */
void xref_pch_free(xref_pch *pch);

#endif
