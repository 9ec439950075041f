/* site_model.h — what the stages of a whole-site build share: the pages, the
 * folders they are in and the languages they are rendered into. Private to
 * the generator: site.c runs the stages over this model, and each of
 * languages.c, links.c, nav.c and static_files.c owns one job on it. */
#ifndef SN_SITE_MODEL_H
#define SN_SITE_MODEL_H

#include "assemble.h"
#include "buf.h"
#include "cache.h"
#include "chunks.h"
#include "markdown.h"
#include "progress.h"
#include "site.h"
#include "split.h"
#include "template.h"
#include "tools.h"
#include "translate.h"
#include "write.h"
#include "xref.h"

#include <stddef.h>

typedef struct {
    sn_page page;
    sn_po_block_list *blocks; /* per section, its notes cut into translatable
                                 blocks: once for every language */
    char *out;      /* the page's path within a language tree */
    int folder;     /* index of its folder */
    int readme;     /* is it its folder's readme? */
    sn_code_chunks code; /* the highlighted file of a code page in another
                            language than C (Pygments), maybe in chunks */
    char *html;     /* C highlighted by the generator (c_highlight.h), or NULL */
    int english_only; /* in a section (sections.c): no translations */
} page_rec;

typedef struct {
    char *path;  /* "" for the top folder */
    int parent;  /* -1 for the top */
    int readme;  /* its readme page, or -1 */
    int english_only; /* a section or in one */
} folder_rec;

typedef struct {
    sn_lang lang;
    char *code, *prefix;
    sn_catalog *ui;
    sn_catalog **catalogs; /* per page; NULL for English */
    sn_notes **notes;      /* per page, per section */
    char *own_name;        /* from iso-codes, or NULL (languages.c) */
    sn_lang *switcher;     /* the languages its pages' switcher offers */
    size_t nswitcher;
    char ***sentences;     /* per page, per section: its notes' first sentence (site_xref.c) */
} lang_rec;

typedef struct {
    const sn_site_options *o;
    sn_sources sources;
    sn_sources *assets;
    page_rec *pages;
    size_t npages;
    folder_rec *folders;
    size_t nfolders;
    lang_rec *langs;
    size_t nlangs;
    sn_lang *lang_views; /* langs[i].lang, side by side, for the switcher */
    sn_cache *cache;
    sn_tools *tools;
    sn_templates *templates;
    sn_progress *progress; /* the progress line, or NULL */
    sn_output *outputs;
    size_t nout, out_cap;
    sn_diags *diags;       /* every error and warning of the build */
    char *root_title; /* the top folder's name when it has no readme */
    struct site_search *search; /* the search index's documents (search.c) */
    sn_xref *xref;            /* the names in the code (site_xref.c) */
    sn_xref_page *xref_pages;
} site;

/* Adds a file to write (path and data are taken over). */
void site_add_output(site *s, char *path, char *data, size_t len);
/* The index of the folder with source path `path` ("" is the top), or -1. */
int site_folder_index(const site *s, const char *path);

/* site.c: how to read the sources of a build (read.h); `skip` is the
 * output folder's real path. */
sn_read_options site_read_options(const site *s, const char *skip);

/* sections.c: the sources of more roots (--section NAME=DIR), read into
 * s->sources under NAME/; is a source path in one? */
int site_read_sections(site *s, const char *skip, char **err);
int site_in_section(const site *s, const char *path);

/* languages.c: English, then the languages of the translations folder,
 * each with its catalogs loaded; then each one's name for the switcher. */
void site_add_language(site *s, const char *code);
int site_load_languages(site *s, char **err);
void site_name_languages(site *s);

/* links.c: the rewriting of relative links in notes (sn_notes_context's
 * rewrite_url), with this context. */
typedef struct {
    site *s;
    size_t page;
    const lang_rec *lang;
    const sn_section *section;
} link_context;
char *site_rewrite_url(void *ctx, const char *url, int is_image, int line, int col);
/* ```output FILE``` blocks of notes: FILE read from the assets folders. */
char *site_read_output(void *ctx, const char *name, size_t *len, char **why);

/* nav.c: titles, breadcrumbs and folder contents, in language l. */
const char *site_page_title(const site *s, size_t l, size_t p);
const char *site_page_summary(const site *s, size_t l, size_t p);
const char *site_folder_title(const site *s, size_t l, int f);
/* Fills out[] (and own[], the malloc'd paths it points to) with at most
 * SITE_MAX_DEPTH crumbs; returns how many. */
enum { SITE_MAX_DEPTH = 64 };
size_t site_crumbs(const site *s, size_t l, int f, int is_readme, sn_crumb *out, char **own);
void site_contents(const site *s, size_t l, int f, const char *self, sn_buf *out, sn_buf *titles);

/* site_xref.c: names resolved by libclang (xref.h), linked in code and
 * notes, the tooltips' data of a page, the link to the index and the index
 * page of language l. */
int site_resolve_names(site *s, char **err); /* starts: files not in the cache parsed meanwhile */
void site_finish_names(site *s);             /* waits: before the search index and assembly */
char *site_link_code(site *s, size_t l, size_t p, const char *self, const char *code); /* NULL: unchanged */
char *site_link_notes(site *s, size_t l, size_t p, const char *self, char *html); /* frees html */
void site_xref_tooltips(site *s, size_t l, size_t p, const char *self, sn_buf *body);
/* Keeps the first sentence of section k's notes (Markdown) for tooltips. */
void site_xref_note(site *s, size_t l, size_t p, size_t k, const char *md);
void site_xref_index_link(const site *s, size_t l, const char *self, sn_buf *body);
void site_assemble_xref_index(site *s, size_t l);
void site_xref_free(site *s);

/* static_files.c: a source folder called `static` is an error; the CSS,
 * JavaScript, KaTeX's CSS and fonts, images and sources to copy. */
int site_check_static_folder(const site *s, char **err);
int site_add_static_files(site *s, char **err);
/* KaTeX's CSS and the fonts it names, for a site with formulas; before the
 * pages are assembled, since they carry the CSS inline. */
int site_add_katex_files(site *s, char **err);

#endif
