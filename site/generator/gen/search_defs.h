/* search_defs.h — which names a section of C code defines, for the search
 * index (search.h): a result for an identifier goes to its definition.
 *
 * The search index takes a page's names from the cross-references
 * (libclang, sn_xref_definitions in xref.h) when libclang resolved it
 * (sn_xref_resolved); otherwise, as by default, this conservative scan of
 * the section's lines, which finds only what starts at column 0 and is
 * plainly a definition:
 *
 *   #define NAME                           a macro
 *   TYPE NAME(ARGS...) {                   a function with its body (a
 *                                          prototype, ending in `;`, is not)
 *   struct|union|enum NAME {               a tagged type
 *   typedef ... NAME;  /  } NAME;          a typedef (one line, or the end
 *                                          of a typedef'd struct)
 */
#ifndef SN_SEARCH_DEFS_H
#define SN_SEARCH_DEFS_H

#include "strv.h"

#include <stddef.h>

/* Appends to `out` the names defined by lines first..last (1-based,
 * inclusive) of the C source `text`. The scan may read past `last` to
 * tell a function's definition from its prototype. */
void sn_search_definitions(const char *text, size_t len, int first, int last, sn_strv *out);

#endif
