/* search_tex.h — a formula as plain text, for the search results' snippets.
 *
 * A note "with weight $\gamma$, in ..." would read "with weight , in" in a
 * snippet if its formulas were left out; KaTeX's HTML cannot go in a
 * snippet (the list is plain text with marks). So the common cases of the
 * site's TeX are written in Unicode: Greek letters and symbols (γ, ∂, Σ,
 * ≈), sub- and superscripts where Unicode has the letters (x², xᵢ, Gᵀ;
 * otherwise x_(n,c)), accents as combining marks (x̂, x̄), \frac as a/b and
 * \sqrt as √(...), \mathrm and \text as their text. A formula with
 * anything else (an environment, a command not in the table) is shown as
 * its TeX if short, else as "…": never an empty gap.
 */
#ifndef SN_SEARCH_TEX_H
#define SN_SEARCH_TEX_H

#include <stddef.h>

/* The formula `tex` (`len` bytes, without its dollars) as readable text:
 * malloc'd, never NULL, never empty. */
char *sn_search_tex_text(const char *tex, size_t len);

#endif
