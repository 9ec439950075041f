/* search.h — the search index of each language, for the search box in the
 * top bar of every page (templates/search.js).
 *
 *   read → split → resolve names → translate → render notes ─┬→ assemble → write
 *                                                            └→ SEARCH INDEX (in C,
 *                                                               or node for CJK, Hangul)
 *
 * While the notes of each language are rendered, every section gives the
 * index a document per heading in its notes: the heading, the text under it (the Markdown as plain text, formulas and code
 * blocks left out; the snippets' copy of it has the formulas as readable
 * text, search_tex.h) and the names its code defines (search_defs.h); each
 * page its title and address. Pages of an English-only section
 * (`--section`, the generator's own sources) give only titles, headings and
 * names, which keeps the English index within its size budget.
 *
 * Then each language's index, static/search/LANG.js, which also brings the
 * engine that queries it (templates/search-engine.js), is built: in C
 * (search_index.h) when its words hold no CJK or Hangul; otherwise by one
 * node process running src/tools/search-worker.js (with MiniSearch, its
 * reference under SIDENOTES_SEARCH_CHECK), whose answers the cache keeps
 * under the whole request: an unchanged language starts no node. A
 * rebuild with nothing changed does not get here at all (stamp.h). */
#ifndef SN_SEARCH_H
#define SN_SEARCH_H

#include "site_model.h"
#include "texmath.h"

/* The parts of a section's notes (sn_search_parts below), taken from the
 * render stage's parse of them: site_search_parsed is sn_notes_context's
 * `parsed` (markdown.h), with a site_search_kept as its context. */
typedef struct site_search_kept site_search_kept;
struct site_search_kept {
    struct sn_search_part *parts;
    size_t count;
    int taken; /* the render stage's parse was read */
};
void site_search_parsed(void *kept, struct cmark_node *doc, const char *md, const sn_math_list *math);
void site_search_kept_free(site_search_kept *kept);

/* Records section k of page p in language l, from its Markdown `md` (the
 * translated notes): the parts in `kept` when the render stage's parse
 * gave them, else made here; `kept` (NULL: none) is emptied. Called in
 * page and section order. */
void site_search_notes(site *s, size_t l, size_t p, size_t k, const char *md, site_search_kept *kept);

/* Starts the worker before its requests are ready (a first build, which
 * needs an index: node loads while the sources are read and parsed); a
 * worker the requests then do not need (the cache had the index) only
 * says hello. Without node: a warning, and no index. Not for `sidenotes
 * serve`, whose worker stays loaded between builds. */
void site_search_start(site *s);

/* Looks every language's index up in the cache and, for those it lacks,
 * starts the worker and sends their requests (without waiting). 0, or -1
 * and a malloc'd message. */
int site_search_send(site *s, char **err);

/* Collects the worker's answers (into the cache) and adds
 * static/search/LANG.js (the engine and the index) and LANG.text.js to the
 * outputs. 0, or -1
 * and a malloc'd message (the worker failed). */
int site_search_collect(site *s, char **err);

/* `sidenotes serve` writes a save's pages before it makes the new index:
 * meanwhile the output keeps the last build's search files. Adds them
 * to the outputs as they are in the output folder; 0, or -1 (none added)
 * when one is missing (a first build, a new language: no early pages).
 * site_search_drop_outputs takes them out again, before
 * site_search_send. */
int site_search_keep_last(site *s);
void site_search_drop_outputs(site *s);

/* Frees what the calls above left (also after a failure). */
void site_search_free(site *s);

/* Markdown notes as plain text, as indexed, cut at each heading: a part is
 * a heading (NULL for the text before the first one), the text under it as
 * indexed (formulas and code blocks left out), and the same text for the
 * snippets, its formulas written as readable text (search_tex.h). A note
 * of formulas alone is a part, with an empty `text`. Returns the number of
 * parts; *parts is malloc'd (free with sn_search_parts_free). */
typedef struct sn_search_part {
    char *heading, *text, *snippet;
} sn_search_part;
size_t sn_search_parts(const char *md, sn_search_part **parts);

/* The same from the notes as the render stage parsed them (markdown.h:
 * sn_notes_context's `parsed`), which it reads and does not change: `doc`
 * is cmark-gfm's tree of the protected Markdown, `math` the spans of `md`.
 * One parse of a page's notes serves both. */
size_t sn_search_parts_parsed(struct cmark_node *doc, const char *md, const sn_math_list *math,
                              sn_search_part **parts);
void sn_search_parts_free(sn_search_part *parts, size_t n);

#endif
