/* xref.h — cross-references: every name in the C code, resolved by
 * libclang, linked to where it is defined.
 *
 *   read → split → RESOLVE NAMES → translate → render → assemble → write
 *
 * With --compile-commands, each C source is parsed with the flags meson
 * wrote into compile_commands.json; with --xref alone, with -std=gnu11 and
 * its own folder as -I; with neither (the default), nothing is resolved
 * and the summary says how many C files were left unlinked (libclang is a
 * module loaded only to parse: xref_parser.h). A header's names
 * are resolved once: within the parse of a .c file that includes it first
 * with the same flags (its own .c file when there is one), else in a parse
 * of its own; each parse costs about 6 ms and the system headers' reading
 * before the file's first line.
 * Every identifier token of the file is asked what it refers
 * to; the answer is keyed by clang's USR (unified symbol resolution), which
 * tells a static function of one file from its namesake in another, and a
 * local from a global. What a file resolved to is cached (the cache.h
 * database: key the file's code, its comments blanked, the flags and
 * libclang's version; the bytes of the headers it read are checked on
 * every hit), so that a rebuild with unchanged C sources starts no parser,
 * and neither does an edit of the notes that moves no code (xref_inputs.h,
 * code_of).
 *
 * Names declared outside the site (the C library, OpenBLAS) stay plain
 * text. A file clang cannot parse is rendered without links, with a
 * warning at file:line. */
#ifndef SN_XREF_H
#define SN_XREF_H

#include "buf.h"
#include "cache.h"
#include "error.h"
#include "split.h"
#include "strv.h"

#include <stddef.h>

typedef struct sn_xref sn_xref;

/* One page of the site, as the cross-references see it. Pages that are not
 * C are given too (their index is the site's), and skipped. */
typedef struct {
    const sn_page *page;
    const char *out;  /* the page's path in a language tree */
    int english_only; /* it exists in the English tree only */
} sn_xref_page;

typedef struct {
    const char *compile_commands; /* compile_commands.json or its folder; or NULL */
    sn_cache *cache;
    int warn;                     /* print warnings (files clang cannot parse) */
    sn_diags *diags;              /* where a libclang that cannot be loaded is reported; or NULL */
    size_t max_bytes;             /* a bigger C file is left unlinked, with a note; 0: none is */
    int off;                      /* resolve nothing: every page unlinked, no index, no libclang */
} sn_xref_config;

/* Starts resolving the names of every C page: the cache answers what it
 * can, and the files it does not are parsed by two threads while the
 * caller goes on (KaTeX and Pygments start meanwhile: on a cold build the
 * parse no longer comes before them). Never fails: what cannot be resolved
 * stays unlinked, with a warning. Returns NULL and *err only for a
 * compile_commands.json that cannot be read. `pages` and the cache must
 * stay until sn_xref_finish. */
sn_xref *sn_xref_start(const sn_xref_config *c, const sn_xref_page *pages, size_t n, char **err);
/* Waits for the parsers and merges every file's names: call before any
 * other function below. Again, it does nothing. */
void sn_xref_finish(sn_xref *x);
void sn_xref_free(sn_xref *x);

typedef struct {
    size_t links;     /* identifiers in code linked */
    size_t entities;  /* names defined or declared in the site */
    size_t parsed;    /* files parsed (the others came from the cache) */
    size_t again;     /* of those, parsed again without their PCH (xref_pch.h) */
    size_t failed;    /* files clang could not parse */
    size_t too_big;   /* files over the size limit, left unlinked */
    size_t off;       /* C files left unlinked: no --compile-commands nor --xref */
} sn_xref_stats;
sn_xref_stats sn_xref_get_stats(const sn_xref *x);

/* Whether page p's names came from libclang: 0 for a page it left
 * unlinked (the default without --compile-commands or --xref, a file over
 * the size limit, one clang could not parse or no parser was loaded for). */
int sn_xref_resolved(const sn_xref *x, size_t p);

/* Appends to `out` the names page p defines on its source lines
 * first..last (functions, macros, types, enum constants, globals; not
 * members, parameters or locals), each once: the search index (search.c)
 * sends a search for a name to the section that defines it. */
void sn_xref_definitions(const sn_xref *x, size_t p, int first, int last, sn_strv *out);

/* The page of one language being made: its path in the language tree,
 * the prefix of that tree ("" for English, "zh/"), and the English one's. */
typedef struct {
    const char *self;
    const char *prefix;
} sn_xref_where;

/* Highlighted code of page p (c_highlight.c's HTML, a line per source line) with
 * each resolved identifier wrapped in <a class="xref" href data-x>. The
 * page's use of entity i is noted for sn_xref_tooltips. Malloc'd; NULL when
 * the page has no name to link (the code stays as it is). */
char *sn_xref_link_code(sn_xref *x, size_t p, const char *html, const sn_xref_where *w);

/* The notes' HTML of page p with each `inline code` that names an entity
 * (one defined in this page first, then one with that name in the site)
 * wrapped in a link. Malloc'd. */
char *sn_xref_link_notes(sn_xref *x, size_t p, const char *html, const sn_xref_where *w);

/* The interface strings of tooltips and of the index, in the page's
 * language (ui_strings.h). */
typedef struct {
    const char *kind[8]; /* function, macro, type, member, enum constant,
                            global variable, parameter, local variable */
    const char *title, *defined, *uses, *declared, *index_link;
} sn_xref_labels;

/* The first sentence of the notes of section k of page p, in the language
 * being made (a callback into the site). */
typedef const char *(*sn_xref_note_fn)(void *ctx, size_t p, size_t k);

/* The data the tooltips of the page need, for the entities its links named
 * since the last call: a <script type="application/json"> element. Empty
 * when the page has no links. */
void sn_xref_tooltips(sn_xref *x, size_t p, const sn_xref_where *w, const sn_xref_labels *l,
                      sn_xref_note_fn note, void *ctx, sn_buf *out);

/* The index page's body: every entity defined in the site but locals and
 * parameters, alphabetical, with kind, definition and uses. */
#define SN_XREF_INDEX_PAGE "identifiers.html"
void sn_xref_index(sn_xref *x, const sn_xref_where *w, const sn_xref_labels *l, sn_buf *out);
/* Does the site have anything to index? */
int sn_xref_has_index(const sn_xref *x);

#endif
