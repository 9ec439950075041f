/* search_index.h — a language's search index, built in C when its words
 * need no segmenter.
 *
 * The search worker (tools/search-worker.js) builds each language's index
 * under node, because Chinese and Japanese are cut into words by
 * Intl.Segmenter (ICU's dictionaries). A text with no CJK or Hangul needs
 * none of that: its words are runs of letters, digits and `_`. For such a
 * language this module writes the same script, byte for byte, with ICU's C
 * library (the one node's own normalize() and toLowerCase() use), in a few
 * milliseconds and without starting node: the worker's start-up and its
 * 40-55 MB were a third of the time and half of the memory of a build of
 * other people's C, which is English. The `search index` test checks the
 * two against each other (SIDENOTES_SEARCH_CHECK=1). */
#ifndef SN_SEARCH_INDEX_H
#define SN_SEARCH_INDEX_H

#include <jansson.h>
#include <stddef.h>

/* The script static/search/LANG.js's index part, as the worker answers the
 * request {"lang": lang, "pages": pages, "docs": docs} (search-worker.js
 * says what they hold): malloc'd, its length in *len. NULL when a word of
 * the documents holds CJK or Hangul (the worker must cut it), or when
 * the request is not as search.c makes it. */
char *sn_search_index_build(const char *lang, const json_t *pages, const json_t *docs, size_t *len);

#endif
