/* stamp.h — is the site already up to date?
 *
 * A full rebuild that changes nothing still reads, translates and renders
 * every page (it only skips the tools, through the cache, and the writes).
 * Like make and ninja, the generator can tell sooner: it records, after
 * each build, the size and modification time of everything the site is
 * made from (the sources, translations, templates and images, KaTeX, the
 * generator itself) and of everything it wrote, with the options used. When
 * all of that is the same at the next start, there is nothing to do.
 * Touching a file is enough to make the next build run in full (and that
 * build still compares contents, so it rewrites nothing needlessly). */
#ifndef SN_STAMP_H
#define SN_STAMP_H

#include "buf.h"
#include "cache.h"
#include "site.h"

/* Appends the stamp of a build with options `o` as things are on disk now:
 * one line per file, "path size mtime". */
void sn_stamp_compute(const sn_site_options *o, sn_cache *cache, sn_buf *out);

/* The part of it that people edit: the sources, translations, templates,
 * images and KaTeX. A build takes it before it reads them and records its
 * stamp only if it is the same at the end: a file saved while the build
 * ran (`sidenotes serve`, whose pages reload before the build ends) is
 * not recorded as built. */
void sn_stamp_sources(const sn_site_options *o, sn_buf *out);

/* What is recorded instead for a build that was made but is not done (it
 * had warnings, or a source changed while it ran): no stamp matches it,
 * and the next build knows this output was built before. */
#define SN_STAMP_NOT_DONE "built, not done\n"

#endif
