/* site.c — see site.h. The stages, in order, are the functions below
 * named after them: read_sources, split_pages, site_resolve_names (the
 * parsers start, site_xref.c), register_code (C highlighted here by
 * c_highlight.c; other languages' code sent to Pygments at once),
 * render_notes (English, whose formulas and code go to the tools at once),
 * site_load_languages (languages.c), render_notes (each translation),
 * site_finish_names, sn_tools_run, assemble_pages, site_add_static_files
 * (static_files.c) and sn_write_outputs. What the stages share is in site_model.h; links.c
 * rewrites links in notes, nav.c makes titles, breadcrumbs and contents. */
#include "site_model.h"
#include "ui_strings.h"
#include "search.h"

#include "path.h"
#include "progress.h"
#include "publish.h"
#include "read.h"
#include "stamp.h"
#include "memory.h"
#include "c_highlight.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

void site_add_output(site *s, char *path, char *data, size_t len)
{
    if (s->nout == s->out_cap) {
        s->out_cap = s->out_cap ? s->out_cap * 2 : 256;
        s->outputs = sn_xrealloc(s->outputs, s->out_cap * sizeof *s->outputs);
    }
    s->outputs[s->nout++] = (sn_output){path, data, len};
}

/* ---- read -------------------------------------------------------------- */

/* The real path the output folder has or will have, so that reading the
 * sources can skip it when it lies inside them. */
static char *future_realpath(const char *path)
{
    char *real = realpath(path, NULL);
    if (real) return real;
    char *dir = sn_dirname(path);
    char *parent = realpath(*dir ? dir : ".", NULL);
    char *out = parent ? sn_strdup_printf("%s/%s", parent, sn_basename(path)) : NULL;
    free(parent);
    free(dir);
    return out;
}

sn_read_options site_read_options(const site *s, const char *skip)
{
    const sn_site_options *o = s->o;
    return (sn_read_options){skip, 0, o->tab_width, o->exclude, o->nexclude,
                             o->plain_notes, o->nplain_notes, o->strict, o->quiet, s->diags};
}

/* The name of the folder `dir`, as "SRC/", "SRC" and "." do not say. */
static char *folder_name(const char *dir)
{
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/') n--;
    char *trimmed = sn_strndup(dir, n);
    const char *base = sn_basename(trimmed);
    char *name = NULL;
    if (strcmp(base, ".") == 0 || strcmp(base, "..") == 0 || !*base) {
        char *real = realpath(trimmed, NULL);
        if (real) name = sn_strdup(sn_basename(real));
        free(real);
    }
    if (!name) name = sn_strdup(*base ? base : trimmed);
    free(trimmed);
    return name;
}

static int read_sources(site *s, char **err)
{
    s->root_title = folder_name(s->o->src_dir);
    char *skip = future_realpath(s->o->out_dir);
    sn_read_options ro = site_read_options(s, skip);
    int rc = sn_read_tree_with(s->o->src_dir, &ro, &s->sources, err);
    if (rc == 0) rc = site_read_sections(s, skip, err);
    free(skip);
    if (rc != 0) return -1;
    s->assets = sn_xcalloc(s->o->nassets + 1, sizeof *s->assets);
    for (size_t i = 0; i < s->o->nassets; i++)
        if (sn_read_tree(s->o->assets[i], NULL, 1, &s->assets[i], err) != 0) return -1;
    return 0;
}

/* ---- split ------------------------------------------------------------- */

int site_folder_index(const site *s, const char *path)
{
    for (size_t i = 0; i < s->nfolders; i++)
        if (strcmp(s->folders[i].path, path) == 0) return (int)i;
    return -1;
}

/* The folder `path` and its parents, added if new. Returns its index. */
static int add_folder(site *s, const char *path)
{
    int i = site_folder_index(s, path);
    if (i >= 0) return i;
    int parent = -1;
    if (*path) {
        char *up = sn_dirname(path);
        parent = add_folder(s, up);
        free(up);
    }
    s->folders = sn_xrealloc(s->folders, (s->nfolders + 1) * sizeof *s->folders);
    s->folders[s->nfolders] = (folder_rec){sn_strdup(path), parent, -1, site_in_section(s, path)};
    return (int)s->nfolders++;
}

/* Every page that splits; the others are noted in s->diags. */
static void split_pages(site *s)
{
    s->pages = sn_xcalloc(s->sources.count + 1, sizeof *s->pages);
    add_folder(s, "");
    for (size_t i = 0; i < s->sources.count; i++) {
        const sn_source *src = &s->sources.items[i];
        if (src->kind == SN_SOURCE_IMAGE) continue;
        page_rec *p = &s->pages[s->npages];
        char *why = NULL;
        if (sn_split_page(src, &p->page, &why) != 0) { /* noted; on to the next page */
            sn_diags_take_error(s->diags, why);
            continue;
        }
        char *dir = sn_dirname(src->path);
        size_t depth = *dir != '\0';
        for (const char *c = dir; *c; c++) depth += *c == '/';
        free(dir);
        if (depth >= SITE_MAX_DEPTH) { /* the breadcrumb would be cut */
            sn_diags_take_error(s->diags, sn_error_at(src->file, 0, 0, "folders nested %zu deep; "
                                                      "at most %d are shown", depth, SITE_MAX_DEPTH - 1));
            sn_page_free(&p->page);
            continue;
        }
        s->npages++;
        dir = sn_dirname(src->path);
        p->folder = add_folder(s, dir);
        free(dir);
        p->out = sn_page_path(src->path);
        p->readme = sn_is_readme(src->path);
        p->english_only = site_in_section(s, src->path);
        if (p->readme) {
            folder_rec *f = &s->folders[p->folder];
            if (f->readme >= 0) {
                sn_diags_take_error(s->diags, sn_error_at(src->file, 0, 0, "a second readme in the same "
                                                          "folder (%s)", s->pages[f->readme].page.src->path));
                continue;
            }
            f->readme = (int)(p - s->pages);
        }
    }
}

/* Each C file is highlighted whole, once for every language: sections
 * cut the highlighted lines, so a comment or string spanning a section
 * edge is still lexed right. C itself is highlighted here, as Pygments
 * would (c_highlight.h), in a fortieth of its time; other languages go to
 * the Pygments worker. */
static void register_code(site *s)
{
    for (size_t p = 0; p < s->npages; p++) {
        page_rec *pr = &s->pages[p];
        const sn_source *src = pr->page.src;
        if (src->kind != SN_SOURCE_C) continue;
        const char *lexer = src->syntax ? src->syntax->lexer : "c";
        if (strcmp(lexer, "c") == 0) {
            size_t len;
            pr->html = sn_c_highlight(src->text, src->len, &len);
            continue;
        }
        char *where = sn_strdup_printf("%s:1", src->file);
        sn_code_register(s->tools, &pr->page, lexer, where, &pr->code);
        free(where);
    }
}

/* Section k of page p in a translation. The English notes are cut into
 * blocks at the first translation that needs them, and the cut is kept for
 * the other languages. */
static char *translate_section(site *s, const lang_rec *lang, size_t p, size_t k, char **err)
{
    page_rec *pr = &s->pages[p];
    const char *notes = pr->page.sections[k].notes;
    if (!lang->catalogs[p]) return sn_translate_notes(NULL, notes, err);
    if (!pr->blocks) pr->blocks = sn_xcalloc(pr->page.count + 1, sizeof *pr->blocks);
    sn_po_block_list *blocks = &pr->blocks[k];
    if (!blocks->blocks) {
        sn_po_block_list_free(blocks);
        sn_error bad;
        if (sn_po_blocks_split(notes, strlen(notes), blocks, &bad) != 0) {
            *err = sn_error_text(&bad);
            sn_error_free(&bad);
            return NULL;
        }
        if (!blocks->blocks) blocks->blocks = sn_xcalloc(1, sizeof *blocks->blocks); /* cut, empty */
    }
    return sn_translate_blocks(lang->catalogs[p], notes, blocks);
}

/* What reads the English notes' parse besides the renderer: the search
 * index and, with translations on, the cut into translatable blocks (made
 * here rather than by a parse of its own at the first translation: on a
 * 1 MB page a parse is a fifth of the build). Both leave the tree as is. */
typedef struct {
    site_search_kept *search; /* NULL: no search index */
    sn_po_block_list *blocks; /* NULL: no translations */
} parse_readers;

static void read_parse(void *ctx, struct cmark_node *doc, const char *md, const sn_math_list *math)
{
    parse_readers *r = ctx;
    if (r->search) site_search_parsed(r->search, doc, md, math);
    if (!r->blocks) return;
    size_t len = strlen(md);
    char *prot = sn_math_protect(md, len, math);
    sn_po_blocks_from_parse(md, len, math, prot, doc, r->blocks);
    free(prot);
    if (!r->blocks->blocks) r->blocks->blocks = sn_xcalloc(1, sizeof *r->blocks->blocks); /* cut, empty */
}

/* Do the notes of a translation hold the formulas of the English? */
static int same_formulas(const sn_notes *english, const sn_notes *translated)
{
    char **a = sn_xcalloc(english->count + 1, sizeof *a), **b = sn_xcalloc(translated->count + 1, sizeof *b);
    size_t na = 0, nb = 0;
    for (size_t i = 0; i < english->count; i++)
        if (english->source[i]) a[na++] = english->source[i];
    for (size_t i = 0; i < translated->count; i++)
        if (translated->source[i]) b[nb++] = translated->source[i];
    int same = sn_translate_same_formulas(a, na, b, nb);
    free(a);
    free(b);
    return same;
}

static void warn_formulas_changed(site *s, const lang_rec *lang, const sn_page *page, const sn_section *sec)
{
    char *where = sn_strdup_printf("%s:%d", page->src->file, sec->note_lines ? sec->note_line[0] : 1);
    sn_diags_warn(s->diags, where, "%s: translating these notes would change their formulas (the scan of "
                  "math and cmark-gfm read their code spans otherwise); they are shown in English", lang->code);
    free(where);
}

/* The notes of every page in language l: translated (l > 0), then parsed
 * with their formulas and code registered with the tools. */
static void render_notes(site *s, size_t l)
{
    lang_rec *lang = &s->langs[l];
    for (size_t p = 0; p < s->npages; p++, sn_progress_rendered(s->progress)) {
        const sn_page *page = &s->pages[p].page;
        if (l > 0 && s->pages[p].english_only) continue;
        lang->notes[p] = sn_xcalloc(page->count + 1, sizeof *lang->notes[p]);
        page_rec *pr = &s->pages[p];
        int cut = l == 0 && s->o->po_dir && !pr->english_only;
        if (cut && !pr->blocks) pr->blocks = sn_xcalloc(page->count + 1, sizeof *pr->blocks);
        for (size_t k = 0; k < page->count; k++) {
            const sn_section *sec = &page->sections[k];
            char *md = NULL, *why = NULL;
            /* Notes whose English failed fail in every language: said once. */
            if (l > 0 && !s->langs[0].notes[p][k].html) continue;
            if (l == 0) {
                md = sn_strdup(sec->notes);
                if (sec->wide_line) {
                    char *where = sn_strdup_printf("%s:%d", page->src->file, sec->wide_line);
                    sn_diags_warn(s->diags, where, "a line of more than %d `|`: those past the %dth are "
                                  "text, not cells (a table has at most %d columns here)",
                                  SN_MAX_COLUMNS, SN_MAX_COLUMNS, SN_MAX_COLUMNS);
                    free(where);
                }
            } else if (!(md = translate_section(s, lang, p, k, &why))) {
                sn_diags_take_error(s->diags, why); /* noted; on to the next */
                continue;
            }
            char *answer = sn_ui_string_html(lang->ui, SN_UI_ANSWER);
            /* A translation whose formulas are not the English's
             * (translate.h) is rendered again as the English, marked, and
             * then, should that change them too, as written. */
            for (int english = 0;; english++) {
                site_xref_note(s, l, p, k, md);
                link_context lc = {s, p, lang, sec};
                site_search_kept search = {0}; /* the search index reads the notes' parse */
                parse_readers readers = {s->o->no_search ? NULL : &search,
                                         cut && !pr->blocks[k].blocks ? &pr->blocks[k] : NULL};
                sn_notes_context ctx = {page->src->file, sec, l ? lang->code : NULL, site_rewrite_url,
                                        site_read_output, &lc, answer,
                                        s->o->no_math || page->front.math_off, s->o->unsafe_html,
                                        s->diags, page->src->syntax ? page->src->syntax->lexer : NULL,
                                        readers.search || readers.blocks ? read_parse : NULL, &readers};
                if (sn_notes_parse(s->tools, md, &ctx, &lang->notes[p][k], &why) != 0) {
                    sn_diags_take_error(s->diags, why);
                } else if (l > 0 && english < 2 && !same_formulas(&s->langs[0].notes[p][k], &lang->notes[p][k])) {
                    if (english == 0) warn_formulas_changed(s, lang, page, sec);
                    sn_notes_free(&lang->notes[p][k]);
                    site_search_kept_free(&search);
                    free(md);
                    md = english == 0 ? sn_translate_all_english(sec->notes) : sn_strdup(sec->notes);
                    continue;
                } else {
                    site_search_notes(s, l, p, k, md, &search);
                }
                site_search_kept_free(&search);
                break;
            }
            free(answer);
            free(md);
        }
    }
}

/* ---- assemble ---------------------------------------------------------- */

/* Where each line of a highlighted file starts is found by the assemble
 * stage; here we only pick the notes and the line range per section. */
static int page_body(site *s, size_t l, size_t p, const char *self, sn_buf *body, char **err)
{
    const page_rec *pr = &s->pages[p];
    const lang_rec *lang = &s->langs[l];
    const char *code = NULL;
    size_t len;
    char *joined = NULL, *linked = NULL;
    if (pr->page.src->kind == SN_SOURCE_C) {
        code = pr->html ? pr->html : sn_code_join(s->tools, &pr->code, &len, &joined);
        linked = site_link_code(s, l, p, self, code);
        if (linked) code = linked;
    }
    sn_code_cursor cursor = {code, code, 1};
    for (size_t k = 0; k < pr->page.count; k++) {
        const sn_section *sec = &pr->page.sections[k];
        char *notes = sn_notes_finish(&lang->notes[p][k], s->tools, err);
        if (!notes) {
            free(joined);
            free(linked);
            return -1;
        }
        notes = site_link_notes(s, l, p, self, notes);
        sn_assemble_section(s->templates, body, &lang->lang, (int)k, notes, code ? &cursor : NULL,
                            sec->code_first,
                            sec->code_last);
        free(notes);
    }
    free(joined);
    free(linked);
    site_xref_tooltips(s, l, p, self, body);
    return 0;
}

/* A source or asset file by its path in the site (for image sizes). */
static int find_file(void *ctx, const char *path, const char **data, size_t *len)
{
    const site *s = ctx;
    for (size_t a = 0; a <= s->o->nassets; a++) {
        const sn_sources *set = a == 0 ? &s->sources : &s->assets[a - 1];
        for (size_t i = 0; i < set->count; i++)
            if (strcmp(set->items[i].path, path) == 0) {
                *data = set->items[i].text;
                *len = set->items[i].len;
                return 0;
            }
    }
    return -1;
}

/* Whether rendered notes hold an <h1> (code is escaped: a "<h1" in the
 * HTML is an element). */
static int has_heading_one(const char *html)
{
    for (const char *h = strstr(html, "<h1"); h; h = strstr(h + 3, "<h1"))
        if (h[3] == '>' || h[3] == ' ') return 1;
    return 0;
}

static int assemble_page(site *s, size_t l, size_t p, char **err)
{
    const page_rec *pr = &s->pages[p];
    lang_rec *lang = &s->langs[l];
    sn_buf body = {0};
    char *self = sn_strdup_printf("%s%s", lang->prefix, pr->out);
    if (page_body(s, l, p, self, &body, err) != 0) {
        free(self);
        sn_buf_free(&body);
        return -1;
    }
    /* Every page has one level-one heading: one whose notes have none (a
     * source with no `# Title` comment) gets its title as one. */
    if (!has_heading_one(body.data ? body.data : "")) {
        sn_buf titled = {0};
        sn_assemble_title(s->templates, &titled, &lang->lang, site_page_title(s, l, p));
        sn_buf_puts(&titled, body.data ? body.data : "");
        sn_buf_free(&body);
        body = titled;
    }
    if (pr->readme) {
        site_contents(s, l, pr->folder, self, &body, NULL);
        site_xref_index_link(s, l, self, &body);
    }
    /* Images get their width and height, and load lazily; comparison
     * tables get row headers. Each pass copies the page, so it runs only
     * when there is something to do (a page of formulas is many MB). */
    if (body.data && strstr(body.data, "<img ")) {
        sn_buf sized = {0};
        sn_publish_images(&sized, body.data, self, find_file, s);
        sn_buf_free(&body);
        body = sized;
    }
    if (body.data && strstr(body.data, "<table>")) {
        sn_buf rows = {0};
        sn_publish_tables(&rows, body.data);
        sn_buf_free(&body);
        body = rows;
    }
    sn_crumb crumbs[SITE_MAX_DEPTH];
    char *own[SITE_MAX_DEPTH];
    size_t n = site_crumbs(s, l, pr->folder, pr->readme, crumbs, own);
    sn_page_view v = {&lang->lang, lang->switcher, pr->english_only ? 1 : lang->nswitcher, pr->out,
                      site_page_title(s, l, p),
                      site_folder_title(s, l, 0), site_page_summary(s, l, p), crumbs, n,
                      pr->page.src->path,
                      pr->readme ? "index-page" : pr->page.src->kind == SN_SOURCE_C ? "code-page" : "notes-page",
                      body.data ? body.data : "", s->o->base_url,
                      sn_tools_get_stats(s->tools).formulas == 0};
    char *html = sn_assemble_page(s->templates, &v);
    site_add_output(s, self, html, strlen(html));
    for (size_t i = 0; i < n; i++) free(own[i]);
    sn_buf_free(&body);
    return 0;
}

/* A folder without a readme still gets an index: a title and its contents. */
static void assemble_folder_index(site *s, size_t l, int f)
{
    lang_rec *lang = &s->langs[l];
    const folder_rec *fr = &s->folders[f];
    char *path = *fr->path ? sn_strdup_printf("%s/index.html", fr->path) : sn_strdup("index.html");
    char *self = sn_strdup_printf("%s%s", lang->prefix, path);
    const char *title = site_folder_title(s, l, f);
    sn_buf body = {0};
    sn_assemble_title(s->templates, &body, &lang->lang, title);
    /* Its description: the folder's title and what it holds. */
    sn_buf about = {0}, list = {0};
    site_contents(s, l, f, self, &body, &list);
    site_xref_index_link(s, l, self, &body);
    sn_buf_puts(&about, title);
    if (list.len) sn_buf_printf(&about, ": %s", list.data);
    sn_buf_free(&list);
    sn_crumb crumbs[SITE_MAX_DEPTH];
    char *own[SITE_MAX_DEPTH];
    size_t n = site_crumbs(s, l, f, 1, crumbs, own);
    sn_page_view v = {&lang->lang, lang->switcher, fr->english_only ? 1 : lang->nswitcher, path, title,
                      site_folder_title(s, l, 0),
                      about.data, crumbs, n, NULL, "index-page", body.data, s->o->base_url,
                      sn_tools_get_stats(s->tools).formulas == 0};
    char *html = sn_assemble_page(s->templates, &v);
    site_add_output(s, self, html, strlen(html));
    for (size_t i = 0; i < n; i++) free(own[i]);
    sn_buf_free(&body);
    sn_buf_free(&about);
    free(path);
}

/* Every page; those that fail are noted in s->diags. */
static void assemble_pages(site *s)
{
    site_name_languages(s);
    sn_progress_stage(s->progress, "assembling");
    for (size_t l = 0; l < s->nlangs; l++) {
        for (size_t p = 0; p < s->npages; p++, sn_progress_assembled(s->progress)) {
            char *why = NULL;
            if ((l == 0 || !s->pages[p].english_only) && assemble_page(s, l, p, &why) != 0)
                sn_diags_take_error(s->diags, why);
        }
        for (size_t f = 0; f < s->nfolders; f++)
            if (s->folders[f].readme < 0 && (l == 0 || !s->folders[f].english_only))
                assemble_folder_index(s, l, (int)f);
        site_assemble_xref_index(s, l);
    }
}

/* ---- the pipeline ------------------------------------------------------ */

static void site_free(site *s)
{
    site_search_free(s);
    site_xref_free(s);
    for (size_t l = 0; l < s->nlangs; l++) {
        lang_rec *lang = &s->langs[l];
        for (size_t p = 0; p < s->npages; p++) {
            if (lang->notes[p])
                for (size_t k = 0; k < s->pages[p].page.count; k++) sn_notes_free(&lang->notes[p][k]);
            free(lang->notes[p]);
            if (lang->catalogs[p] && !s->o->memory) sn_catalog_free(lang->catalogs[p]);
        }
        if (lang->ui && !s->o->memory) sn_catalog_free(lang->ui); /* else the memory's */
        free(lang->own_name);
        free(lang->switcher);
        free(lang->notes);
        free(lang->catalogs);
        free(lang->code);
        free(lang->prefix);
    }
    free(s->langs);
    free(s->lang_views);
    for (size_t p = 0; p < s->npages; p++) {
        for (size_t k = 0; s->pages[p].blocks && k < s->pages[p].page.count; k++)
            sn_po_block_list_free(&s->pages[p].blocks[k]);
        free(s->pages[p].blocks);
        sn_page_free(&s->pages[p].page);
        sn_code_chunks_free(&s->pages[p].code);
        free(s->pages[p].html);
        free(s->pages[p].out);
    }
    free(s->pages);
    for (size_t f = 0; f < s->nfolders; f++) free(s->folders[f].path);
    free(s->folders);
    for (size_t i = 0; i < s->nout; i++) {
        free(s->outputs[i].path);
        free(s->outputs[i].data);
    }
    free(s->outputs);
    free(s->root_title);
    sn_sources_free(&s->sources);
    if (s->assets)
        for (size_t a = 0; a < s->o->nassets; a++) sn_sources_free(&s->assets[a]);
    free(s->assets);
    sn_tools_free(s->tools);
    sn_progress_end(s->progress);
    sn_cache_close(s->cache);
    sn_templates_free(s->templates);
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

int sn_site_build(const sn_site_options *o, char **err)
{
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    site s = {0};
    s.o = o;
    s.diags = sn_diags_new(o->strict);
    *err = NULL;
    int rc = -1;
    sn_buf stamp = {0}, read_stamp = {0}; /* read_stamp: sn_stamp_sources before reading */
    if (!(s.cache = sn_cache_open(o->dump_dir ? NULL : o->cache_dir, err))) goto done;
    /* Nothing changed since the last build: nothing to do. */
    char *out_key = future_realpath(o->out_dir);
    char *last = o->dump_dir || !out_key ? NULL : sn_cache_build_get(s.cache, out_key);
    if (last) sn_stamp_compute(o, s.cache, &stamp);
    int up_to_date = last && stamp.data && strcmp(last, stamp.data) == 0;
    int first_build = !last && !o->dump_dir;
    free(last);
    sn_buf_free(&stamp);
    if (up_to_date) {
        if (!o->quiet)
            printf("sidenotes: %s is up to date (no source, translation or output changed); "
                   "%.0f ms\n", o->out_dir, seconds_since(&t0) * 1000);
        free(out_key);
        rc = 0;
        goto done;
    }
    if (!o->dump_dir) sn_stamp_sources(o, &read_stamp);
    s.progress = sn_progress_start(o->progress && !o->quiet);
    /* A first build of this output with translations needs a search index
     * that may need node (CJK and Hangul, search.h): node loads now, beside
     * the reading and parsing, not after them (its start-up is most of its
     * work on a small site); without --po it is left to later (search.c). A rebuild, even of a build that
     * was not done (SN_STAMP_NOT_DONE), starts it only if the cache lacks
     * the index. */
    if (first_build) site_search_start(&s);
    sn_progress_stage(s.progress, "reading");
    if (read_sources(&s, err) != 0) goto free_key;
    split_pages(&s);
    if (!(s.templates = sn_templates_load(o->templates_dir, err))) goto free_key;
    sn_tools_config tc = {o->node, o->python, o->katex_dir, s.cache, o->dump_dir != NULL,
                          s.progress, o->dump_dir ? NULL : o->pool};
    s.tools = sn_tools_new(&tc);
    sn_progress_stage(s.progress, "resolving names");
    struct timespec tx;
    clock_gettime(CLOCK_MONOTONIC, &tx);
    if (site_resolve_names(&s, err) != 0) goto free_key;
    double resolve_ms = seconds_since(&tx) * 1000;
    /* English first: its pages hold every formula and piece of code there
     * is (translations must keep them as they are), so the tools can work
     * on them while the translations are read and parsed. */
    site_add_language(&s, "en");
    register_code(&s);
    /* The code of other languages than C goes to Pygments now, before the
     * notes are rendered: on a big file lexing is most of a build, and the
     * notes' own work (a quarter of it on 40,000 lines) then runs beside it,
     * not before. */
    if (!o->dump_dir && sn_tools_send(s.tools, err) != 0) goto free_key;
    sn_progress_stage(s.progress, "rendering notes");
    sn_progress_total(s.progress, s.npages);
    render_notes(&s, 0);
    if (!o->dump_dir && sn_tools_send(s.tools, err) != 0) goto free_key;
    sn_progress_stage(s.progress, "reading translations");
    if (site_check_static_folder(&s, err) != 0 || site_load_languages(&s, err) != 0) goto free_key;
    sn_progress_stage(s.progress, "rendering notes");
    sn_progress_total(s.progress, s.npages * s.nlangs);
    for (size_t l = 1; l < s.nlangs; l++) render_notes(&s, l);
    if (o->dump_dir && !sn_diags_errors(s.diags)) {
        rc = sn_tools_dump(s.tools, o->dump_dir, err);
        goto free_key;
    }
    /* The parsers of the C files the cache did not answer ran beside all
     * of the above; the search index and the links need their names. */
    clock_gettime(CLOCK_MONOTONIC, &tx);
    site_finish_names(&s);
    resolve_ms += seconds_since(&tx) * 1000;
    /* serve writes the pages first and makes the index after (site.h);
     * otherwise the index is made beside the tools. */
    int pages_first = o->pages_written && !o->dump_dir && !o->no_search;
    int sent = !pages_first;
    if (sent && site_search_send(&s, err) != 0) goto free_key;
    sn_progress_stage(s.progress, "waiting for the tools");
    if (o->dump_dir || sn_tools_run(s.tools, err) != 0) goto free_key;
    /* The formulas KaTeX refused, once each, from the English notes. */
    for (size_t p = 0; p < s.npages; p++)
        for (size_t k = 0; s.langs[0].notes[p] && k < s.pages[p].page.count; k++)
            sn_notes_check(&s.langs[0].notes[p][k], s.tools, s.diags);
    if (sn_diags_errors(s.diags)) goto free_key; /* nothing half written */
    if (site_add_katex_files(&s, err) != 0) goto free_key; /* before the pages, which carry its CSS */
    assemble_pages(&s);
    if (sn_diags_errors(s.diags) || site_add_static_files(&s, err) != 0) goto free_key;
    sn_write_stats ws = {0};
    /* serve: what the last write left need not be read back (write.h) */
    sn_written *known = o->memory ? sn_site_memory_written(o->memory) : NULL;
    if (pages_first && site_search_keep_last(&s) == 0) {
        sn_progress_stage(s.progress, "writing");
        if (sn_write_outputs_known(o->out_dir, s.outputs, s.nout, known, &ws, err) != 0) goto free_key;
        o->pages_written(o->pages_written_ctx);
        site_search_drop_outputs(&s);
    }
    if (!sent && site_search_send(&s, err) != 0) goto free_key;
    if (site_search_collect(&s, err) != 0) goto free_key;
    sn_progress_stage(s.progress, "writing");
    sn_write_stats first = ws;
    if (sn_write_outputs_known(o->out_dir, s.outputs, s.nout, known, &ws, err) != 0) goto free_key;
    /* Pages written early are found unchanged the second time. */
    ws.written += first.written;
    ws.unchanged -= first.written;
    ws.removed += first.removed;
    if (!out_key) out_key = future_realpath(o->out_dir);
    /* A build with warnings is not recorded as done: the next one shows
     * them again. Nor one whose sources changed while it ran. Either is
     * recorded as a build that was made (a stamp no build matches), so
     * that the next one is not taken for a first build. */
    sn_buf now = {0};
    if (out_key && !sn_diags_count(s.diags)) sn_stamp_sources(o, &now);
    if (now.data && read_stamp.data && strcmp(now.data, read_stamp.data) == 0) {
        sn_stamp_compute(o, s.cache, &stamp);
        sn_cache_build_put(s.cache, out_key, stamp.data);
        sn_buf_free(&stamp);
    } else if (out_key) {
        sn_cache_build_put(s.cache, out_key, SN_STAMP_NOT_DONE);
    }
    sn_buf_free(&now);
    sn_progress_end(s.progress); /* erased before the summary */
    s.progress = NULL;
    if (!o->quiet) {
        sn_tools_stats ts = sn_tools_get_stats(s.tools);
        sn_xref_stats xs = sn_xref_get_stats(s.xref);
        /* Names are off by default without compile_commands.json: say how
         * to turn them on, where there are C files to link. */
        char off_hint[96] = "", again[64] = "";
        if (xs.again) snprintf(again, sizeof again, ", %zu parsed again without the PCH", xs.again);
        if (xs.off)
            snprintf(off_hint, sizeof off_hint, "; %zu C file%s not cross-referenced: --compile-commands FILE or --xref",
                     xs.off, xs.off == 1 ? "" : "s");
        printf("sidenotes: %zu pages in %zu language%s -> %s: %zu files written, %zu unchanged, "
               "%zu removed; %zu formulas and code blocks (%zu distinct, %zu from the cache%s%s); "
               "%zu names linked (%zu C files parsed by libclang in %.0f ms%s%s%s); "
               "%zu files skipped (unknown type); %.0f ms\n",
               s.npages, s.nlangs, s.nlangs == 1 ? "" : "s", o->out_dir, ws.written, ws.unchanged,
               ws.removed, ts.requests, ts.distinct, ts.cached, ts.katex_ran ? ", KaTeX ran" : "",
               ts.pygments_ran ? ", Pygments ran" : "", xs.links, xs.parsed, resolve_ms, again,
               xs.failed ? ", some could not be" : "", off_hint, s.sources.unknown, seconds_since(&t0) * 1000);
    }
    rc = 0;
free_key:
    sn_buf_free(&read_stamp);
    free(out_key);
done:
    /* Every error and warning of the build, with the one that stopped it. */
    if (rc != 0 && *err) sn_diags_take_error(s.diags, *err), *err = NULL;
    if (rc != 0 && !sn_diags_count(s.diags))
        sn_diags_take_error(s.diags, sn_strdup("error: the build failed"));
    char *report = sn_diags_report(s.diags, 50);
    sn_diags_free(s.diags);
    site_free(&s); /* the progress line too */
    if (rc != 0) *err = report;
    else if (*report) fprintf(stderr, "%s\n", report);
    if (rc == 0) free(report);
    return rc;
}
