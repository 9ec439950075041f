/* site.h — the whole pipeline over a folder of sources.
 *
 *   read → split → resolve names → translate → render notes and code → assemble → write
 *
 * sn_site_build reads and splits the whole site first; names are resolved
 * in background threads while the pages render (xref.h); each language's
 * pages are translated and rendered section by section; the tools get
 * their work in up to three batches (tools.h); and nothing is assembled or
 * written unless every page rendered. */
#ifndef SN_SITE_H
#define SN_SITE_H

#include <stddef.h>

struct sn_tools_pool;  /* tools.h */
struct sn_site_memory; /* memory.h */

typedef struct {
    const char *src_dir;
    const char *out_dir;
    const char *po_dir;        /* NULL: English only */
    const char *templates_dir; /* NULL: the built-in templates */
    const char *cache_dir;     /* NULL: no cache */
    const char *katex_dir;
    const char *node;
    const char *python;
    const char *const *assets; /* more folders of images to copy */
    size_t nassets;
    const char *const *sections; /* "NAME=DIR": DIR's sources as OUT/NAME/, in English only */
    size_t nsections;
    const char *dump_dir;      /* non-NULL: write the tools' work there, then stop */
    const char *base_url;      /* where the site is published (ends in '/'), or NULL */
    int strict;                /* warnings are errors (--strict), a broken
                                  translation among them (languages.c) */
    int no_math;               /* `$` is a dollar sign everywhere (--no-math) */
    int unsafe_html;           /* raw HTML in notes passes through (--unsafe) */
    /* Reading the sources (read.h): tab stops, what to leave out, which
     * pages have plain notes, and whether a warning is an error. */
    int tab_width;                   /* 0: 8 */
    const char *const *exclude;      /* --exclude GLOB */
    size_t nexclude;
    const char *const *plain_notes;  /* --plain-notes GLOB */
    size_t nplain_notes;
    const char *compile_commands; /* compile_commands.json for the names (xref.h), or NULL */
    int xref;                     /* --xref: names resolved without compile_commands.json too */
    long xref_max_kb;             /* names resolved in C files up to this size (0: 512; -1: all) */
    int quiet;
    int min_translated;        /* percent: a language less translated is
                                  built but left out of the switcher */
    int no_search;             /* no search index (env SIDENOTES_NO_SEARCH=1; benchmarks) */
    int progress;              /* show a progress line on stderr (a terminal) */
    struct sn_tools_pool *pool; /* keep KaTeX and Pygments running between
                                   builds (serve); NULL: one run per build */
    /* serve: called once the pages are written, before the search index is
     * made (most of a save's cost is the index); the output folder then has
     * the last build's index, and the build goes on to make and write the
     * new one. NULL, or a first build (no index yet): the index is made
     * beside the tools and everything is written at once. */
    void (*pages_written)(void *ctx);
    struct sn_site_memory *memory; /* serve: what one build keeps for the
                                      next (memory.h); NULL: nothing */
    void *pages_written_ctx;
} sn_site_options;

/* Builds the site. Every error and warning of the build is collected
 * (error.h, sn_diags), compiler-style, and nothing is written when one was
 * an error. Returns 0 (warnings, if any, printed on stderr), or -1 with a
 * malloc'd report in *err: the first 50 messages, one a line, then a count
 * of the rest. */
int sn_site_build(const sn_site_options *o, char **err);

/* The interface strings of the templates and of the generator, as a POT
 * file (malloc'd), for translators' site.po. NULL and *err on failure. */
char *sn_site_strings(const sn_site_options *o, char **err);

#endif
