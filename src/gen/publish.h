/* publish.h — what a site needs beyond its pages to be shared and
 * published, a part of the assemble stage:
 *
 *   read → split → resolve names → translate → render → ASSEMBLE PAGES (+ publish) → write
 *
 * With a base URL (`--base-url`): absolute canonical and hreflang URLs, Open
 * Graph tags, sitemap.xml and robots.txt. Without one every link stays
 * relative, so that the site works from file://. Always: meta descriptions
 * of a length search engines show, and images with their width and height. */
#ifndef SN_PUBLISH_H
#define SN_PUBLISH_H

#include "buf.h"

#include <stddef.h>

/* The longest meta description, in characters (code points). */
#define SN_DESCRIPTION_MAX 160

/* `text` cut to at most `max` code points at a word (or, in Chinese,
 * Japanese and Korean, a character) boundary, with "…" when cut. Malloc'd. */
char *sn_describe(const char *text, size_t max);

/* Checks a --base-url value: http:// or https://, no spaces, no quotes.
 * Returns it with a trailing '/' (malloc'd), or NULL and a malloc'd *err. */
char *sn_base_url_check(const char *url, char **err);

/* base + path: the absolute URL of a file of the site. Malloc'd. */
char *sn_absolute(const char *base, const char *path);

/* The canonical link and Open Graph tags of the page at `self` (a path in
 * the site); nothing without a base URL. `locale` as in "zh_CN". */
void sn_publish_head(sn_buf *out, const char *base, const char *self, const char *title,
                     const char *site_title, const char *description, const char *locale);

/* Preloads of the two fonts every formula uses (KaTeX's Main and Math
 * italic, WOFF2), on a page with math of a site with a base URL: a browser
 * refuses a CORS preload from file://, and the fonts of a page read from
 * disk come at once anyway. */
void sn_publish_preload(sn_buf *out, const char *base, const char *static_href, const char *body);

/* sitemap.xml of the pages `paths` (paths in the site). Malloc'd. */
char *sn_sitemap(const char *base, const char *const *paths, size_t n);

/* robots.txt: everything may be read; where the sitemap is, with a base. */
char *sn_robots(const char *base);

/* Width and height of an image (PNG, GIF, JPEG, or SVG with width and
 * height or a viewBox). 0 when it cannot be told. */
int sn_image_size(const char *data, size_t len, unsigned *width, unsigned *height);

/* Finds the file at `path` (a path in the site): 0 and its bytes, or -1. */
typedef int (*sn_file_lookup)(void *ctx, const char *path, const char **data, size_t *len);

/* Appends `html` (of the page at `self`) with every <img> that has a
 * relative src given width, height (when the file tells them) and
 * decoding="async", and loading="lazy" but the page's first when fewer than
 * SN_FIRST_SCREEN_TEXT characters of text come before it (about a phone's
 * screen: it may be the largest thing painted first). */
#define SN_FIRST_SCREEN_TEXT 1200
void sn_publish_images(sn_buf *out, const char *html, const char *self, sn_file_lookup find,
                       void *ctx);

/* Appends `html` with each table whose first header cell is empty (a
 * comparison: rows against columns) made accessible: that cell a <td>, not
 * an empty header, and the first cell of each body row <th scope="row">. */
void sn_publish_tables(sn_buf *out, const char *html);

#endif
