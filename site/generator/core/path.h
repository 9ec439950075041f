/* path.h — where things go in the output, and links between them.
 *
 * All paths here are relative, '/'-separated, without "." or "..":
 * source paths relative to the source folder, output paths relative to the
 * output folder. Links in pages are relative too, so the site works from
 * any folder and from file://. */
#ifndef SN_PATH_H
#define SN_PATH_H

/* The page made from a source: `dir/file.c` → `dir/file.c.html`,
 * `dir/readme.md` → `dir/index.html` (any case), `dir/x.md` → `dir/x.html`.
 * Malloc'd. */
char *sn_page_path(const char *source);

/* Is this source a folder's overview (readme.md, in any case)? */
int sn_is_readme(const char *source);

/* The folder part of a path ("" at the top). Malloc'd. */
char *sn_dirname(const char *path);

/* The last component of a path. Points into `path`. */
const char *sn_basename(const char *path);

/* `rel` (a URL path, maybe with ./ and ../) taken relative to folder `dir`,
 * normalized. NULL when it climbs above the top. Malloc'd. */
char *sn_resolve(const char *dir, const char *rel);

/* The relative URL from page `from` to file `to` (both output paths),
 * percent-encoded, e.g. "../layer_norm/index.html". Malloc'd. */
char *sn_link(const char *from, const char *to);

/* Is this output path safe: relative, no empty, "." or ".." component? */
int sn_path_is_clean(const char *path);

#endif
