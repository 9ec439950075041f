/* site.h — the whole pipeline over a folder of sources.
 *
 *   read → split → translate → render notes and code → assemble → write
 *
 * sn_site_build runs each stage over every page in every language before
 * the next stage starts, so that the render stage can hand all formulas and
 * all code to the tools in one batch, and so that nothing is written unless
 * every page rendered. */
#ifndef SN_SITE_H
#define SN_SITE_H

#include <stddef.h>

struct sn_tools_pool; /* tools.h */

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
    const char *compile_commands; /* compile_commands.json for the names (xref.h), or NULL */
    int quiet;
    int progress;              /* show a progress line on stderr (a terminal) */
    struct sn_tools_pool *pool; /* keep KaTeX and Pygments running between
                                   builds (serve); NULL: one run per build */
} sn_site_options;

/* Builds the site. Returns 0, or -1 with a malloc'd message in *err that
 * names the file and line at fault. */
int sn_site_build(const sn_site_options *o, char **err);

/* The interface strings of the templates and of the generator, as a POT
 * file (malloc'd), for translators' site.po. NULL and *err on failure. */
char *sn_site_strings(const sn_site_options *o, char **err);

#endif
