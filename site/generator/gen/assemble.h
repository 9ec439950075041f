/* assemble.h — rendered pieces into whole pages, through the templates.
 *
 *   read → split → resolve names → translate → render → ASSEMBLE PAGES → write
 *
 * The templates (page.html, section.html, index.html, entry.html, and the
 * small pieces in parts/: a breadcrumb link, a language link, the source
 * link, notices, title headers...) come from `--templates DIR` when it has
 * them, else from those built into the generator. The stage knows nothing
 * of sources: it gets HTML and titles and fills the templates with them,
 * with the breadcrumb, the language switcher and the `hreflang` alternates
 * every page carries. All the markup is in the templates; this stage only
 * escapes, links and orders. */
#ifndef SN_ASSEMBLE_H
#define SN_ASSEMBLE_H

#include "buf.h"
#include "translate.h"

#include <stddef.h>

typedef struct {
    const char *code;   /* "en", "zh", "ja", "ko", ... as in po/<code>/ */
    const char *name;   /* its own name for itself: "中文" */
    const char *prefix; /* its tree in the output: "" or "zh/" */
    const sn_catalog *ui; /* interface strings (site.po); NULL for English */
} sn_lang;

typedef struct {
    const char *label;  /* plain text */
    const char *target; /* output path within the language tree */
} sn_crumb;

typedef struct {
    const sn_lang *lang;            /* the page's language */
    const sn_lang *langs;           /* every language, for the switcher */
    size_t nlangs;
    const char *path;               /* this page, within the language tree */
    const char *title;              /* plain text */
    const char *site_title;         /* plain text */
    const char *summary;            /* plain text, or NULL */
    const sn_crumb *crumbs;         /* home first; the page itself not included */
    size_t ncrumbs;
    const char *source;             /* the source file's copy (output path), or NULL */
    const char *kind;               /* "code-page", "notes-page" or "index-page" */
    const char *body;               /* the sections, from sn_assemble_section */
    const char *base_url;           /* where the site is published, or NULL (see publish.h) */
    int no_katex;                   /* the site has no formulas: no KaTeX CSS */
} sn_page_view;

typedef struct sn_templates sn_templates;

/* Loads the templates. NULL and a malloc'd *err (template:line:col) when a
 * template is unreadable or uses an unknown variable. */
sn_templates *sn_templates_load(const char *dir, char **err);
void sn_templates_free(sn_templates *t);
/* The templates' own text, all of them (NUL-terminated): what a link's
 * #fragment may name besides the page's sections and notes. */
const char *sn_templates_text(const sn_templates *t);

/* KaTeX's CSS (fonts named as url(fonts/...)), which pages with a formula
 * then carry inline; NULL: they link static/katex/katex.min.css. */
void sn_templates_set_katex_css(sn_templates *ts, const char *css);

/* A file highlighted line by line (lines separated by '\n'), and how far
 * its sections have read it: start with {code, code, 1}. */
typedef struct {
    const char *code;
    const char *at; /* the start of line `line`, or NULL past the end */
    int line;
} sn_code_cursor;

/* Appends section `n`: notes HTML on the left and, when `code` is not NULL,
 * lines first..last of its file on the right, with their line numbers.
 * Sections in file order read each line once. */
void sn_assemble_section(const sn_templates *t, sn_buf *out, const sn_lang *lang, int n,
                         const char *notes, sn_code_cursor *code, int first, int last);

/* Appends one entry of a folder's contents. */
void sn_assemble_entry(const sn_templates *t, sn_buf *out, const sn_lang *lang, const char *from,
                       const char *to, const char *title, const char *file, const char *summary,
                       int is_folder);

/* Appends the contents list around the entries. */
void sn_assemble_contents(const sn_templates *t, sn_buf *out, const sn_lang *lang,
                          const char *entries);

/* Appends a title header: the level-one heading of a folder's index, or of
 * a page whose notes have none. */
void sn_assemble_title(const sn_templates *t, sn_buf *out, const sn_lang *lang, const char *title);

/* Appends the body of the "page not found" page in `lang`, at output path
 * `self`, with a link home in each of the `nlangs` languages. */
void sn_assemble_not_found(const sn_templates *t, sn_buf *out, const sn_lang *lang,
                           const sn_lang *langs, size_t nlangs, const char *self);

/* The whole page. Malloc'd. */
char *sn_assemble_page(const sn_templates *t, const sn_page_view *v);

/* The interface strings of all templates, as a gettext POT file. */
char *sn_templates_pot(const sn_templates *t);

#endif
