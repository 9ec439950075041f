/* site.c — see site.h. The stages, in order, are the functions below
 * named after them: read_sources, split_pages, render_notes (English, whose
 * formulas and code go to the tools at once), load_languages, render_notes
 * (each translation), sn_tools_run, assemble_pages, add_static_files and
 * sn_write_outputs. */
#include "site.h"

#include "assemble.h"
#include "buf.h"
#include "cache.h"
#include "embedded.h"
#include "markdown.h"
#include "path.h"
#include "publish.h"
#include "read.h"
#include "split.h"
#include "stamp.h"
#include "template.h"
#include "tools.h"
#include "translate.h"
#include "write.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* Interface strings the generator itself uses (the templates have more). */
static const char *const generator_strings[] = {
    "Home",
    "Language",
    "Source file",
    "Not yet translated",
    "Parts of this page are not yet translated; they are shown in English.",
};

/* How languages call themselves, for the switcher. */
static const struct {
    const char *code, *name;
} language_names[] = {
    {"en", "English"}, {"zh", "中文"},     {"zh_CN", "简体中文"}, {"zh_TW", "繁體中文"},
    {"ja", "日本語"},  {"ko", "한국어"},   {"fr", "Français"},    {"de", "Deutsch"},
    {"es", "Español"}, {"pt", "Português"}, {"ru", "Русский"},     {"it", "Italiano"},
};

typedef struct {
    sn_page page;
    sn_po_block_list *blocks; /* per section, its notes cut into translatable
                                 blocks: once for every language */
    char *out;      /* the page's path within a language tree */
    int folder;     /* index of its folder */
    int readme;     /* is it its folder's readme? */
    size_t code_id; /* the highlighted file (C pages) */
} page_rec;

typedef struct {
    char *path;  /* "" for the top folder */
    int parent;  /* -1 for the top */
    int readme;  /* its readme page, or -1 */
} folder_rec;

typedef struct {
    sn_lang lang;
    char *code, *prefix;
    sn_catalog *ui;
    sn_catalog **catalogs; /* per page; NULL for English */
    sn_notes **notes;      /* per page, per section */
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
    sn_output *outputs;
    size_t nout, out_cap;
} site;

static void add_output(site *s, char *path, char *data, size_t len)
{
    if (s->nout == s->out_cap) {
        s->out_cap = s->out_cap ? s->out_cap * 2 : 256;
        s->outputs = sn_xrealloc(s->outputs, s->out_cap * sizeof *s->outputs);
    }
    s->outputs[s->nout++] = (sn_output){path, data, len};
}

static char *copy(const char *str) { return sn_strndup(str, strlen(str)); }

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

static int read_sources(site *s, char **err)
{
    char *skip = future_realpath(s->o->out_dir);
    int rc = sn_read_tree(s->o->src_dir, skip, 0, &s->sources, err);
    free(skip);
    if (rc != 0) return -1;
    s->assets = sn_xcalloc(s->o->nassets + 1, sizeof *s->assets);
    for (size_t i = 0; i < s->o->nassets; i++)
        if (sn_read_tree(s->o->assets[i], NULL, 1, &s->assets[i], err) != 0) return -1;
    return 0;
}

/* ---- split ------------------------------------------------------------- */

static int folder_index(site *s, const char *path)
{
    for (size_t i = 0; i < s->nfolders; i++)
        if (strcmp(s->folders[i].path, path) == 0) return (int)i;
    return -1;
}

/* The folder `path` and its parents, added if new. Returns its index. */
static int add_folder(site *s, const char *path)
{
    int i = folder_index(s, path);
    if (i >= 0) return i;
    int parent = -1;
    if (*path) {
        char *up = sn_dirname(path);
        parent = add_folder(s, up);
        free(up);
    }
    s->folders = sn_xrealloc(s->folders, (s->nfolders + 1) * sizeof *s->folders);
    s->folders[s->nfolders] = (folder_rec){copy(path), parent, -1};
    return (int)s->nfolders++;
}

static int split_pages(site *s, char **err)
{
    s->pages = sn_xcalloc(s->sources.count + 1, sizeof *s->pages);
    add_folder(s, "");
    for (size_t i = 0; i < s->sources.count; i++) {
        const sn_source *src = &s->sources.items[i];
        if (src->kind == SN_SOURCE_IMAGE) continue;
        page_rec *p = &s->pages[s->npages];
        if (sn_split_page(src, &p->page, err) != 0) return -1;
        s->npages++;
        char *dir = sn_dirname(src->path);
        p->folder = add_folder(s, dir);
        free(dir);
        p->out = sn_page_path(src->path);
        p->readme = sn_is_readme(src->path);
        if (p->readme) {
            folder_rec *f = &s->folders[p->folder];
            if (f->readme >= 0) {
                *err = sn_error_at(src->file, 0, 0, "a second readme in the same folder (%s)",
                                   s->pages[f->readme].page.src->path);
                return -1;
            }
            f->readme = (int)(p - s->pages);
        }
    }
    return 0;
}

/* ---- translate --------------------------------------------------------- */

static int by_string(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_language(site *s, const char *code)
{
    s->langs = sn_xrealloc(s->langs, (s->nlangs + 1) * sizeof *s->langs);
    lang_rec *l = &s->langs[s->nlangs++];
    memset(l, 0, sizeof *l);
    l->code = copy(code);
    l->prefix = strcmp(code, "en") == 0 ? copy("") : sn_strdup_printf("%s/", code);
    l->catalogs = sn_xcalloc(s->npages + 1, sizeof *l->catalogs);
    l->notes = sn_xcalloc(s->npages + 1, sizeof *l->notes);
}

/* A language's folder must not clash with a folder of the sources. */
static int check_language_name(site *s, const char *code, char **err)
{
    for (size_t i = 0; i < s->nfolders; i++) {
        const char *p = s->folders[i].path;
        size_t n = strlen(code);
        if (strncmp(p, code, n) == 0 && (p[n] == '\0' || p[n] == '/')) {
            *err = sn_error_at(s->o->po_dir, 0, 0, "language `%s` would be written to %s/%s/, where "
                               "the source folder %s/%s already goes", code, s->o->out_dir, code,
                               s->o->src_dir, code);
            return -1;
        }
    }
    return 0;
}

/* The languages of the translations folder: the words of its LINGUAS file
 * (gettext's convention) when it has one, else its subfolders but
 * `templates` (where the POT files live). */
static char **language_codes(const char *po_dir, size_t *count, char **err)
{
    char **codes = NULL;
    size_t n = 0;
    char *linguas = sn_strdup_printf("%s/LINGUAS", po_dir), *text;
    size_t len;
    if (sn_read_file(linguas, &text, &len) == 0) {
        for (char *line = text, *next; line && *line; line = next) {
            next = strchr(line, '\n');
            if (next) *next++ = '\0';
            if (*line == '#') continue;
            char *save;
            for (char *w = strtok_r(line, " \t\r", &save); w; w = strtok_r(NULL, " \t\r", &save)) {
                codes = sn_xrealloc(codes, (n + 1) * sizeof *codes);
                codes[n++] = copy(w);
            }
        }
        free(text);
        free(linguas);
        *count = n;
        return codes;
    }
    free(linguas);
    DIR *d = opendir(po_dir);
    if (!d) {
        *err = sn_error_at(po_dir, 0, 0, "cannot read the translations folder: %s", strerror(errno));
        return NULL;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char *path = sn_strdup_printf("%s/%s", po_dir, e->d_name);
        struct stat st;
        if (e->d_name[0] != '.' && strcmp(e->d_name, "en") != 0 &&
            strcmp(e->d_name, "templates") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            codes = sn_xrealloc(codes, (n + 1) * sizeof *codes);
            codes[n++] = copy(e->d_name);
        }
        free(path);
    }
    closedir(d);
    *count = n;
    return codes;
}

static int load_languages(site *s, char **err)
{
    if (folder_index(s, "static") >= 0) {
        *err = sn_error_at(s->o->src_dir, 0, 0, "a source folder called `static` would collide "
                           "with the site's own static/ folder");
        return -1;
    }
    if (!s->o->po_dir) return 0;
    size_t n = 0;
    char **codes = language_codes(s->o->po_dir, &n, err);
    if (!codes && *err) return -1;
    if (n) qsort(codes, n, sizeof *codes, by_string);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        if ((i > 0 && strcmp(codes[i - 1], codes[i]) == 0) || strcmp(codes[i], "en") == 0)
            continue; /* named twice, or English, which is always there */
        if (strchr(codes[i], '/') || strcmp(codes[i], "..") == 0 || strcmp(codes[i], ".") == 0) {
            *err = sn_error_at(s->o->po_dir, 0, 0, "`%s` is not a language code", codes[i]);
            rc = -1;
        }
        if (rc == 0) rc = check_language_name(s, codes[i], err);
        if (rc == 0) add_language(s, codes[i]);
    }
    for (size_t i = 0; i < n; i++) free(codes[i]);
    free(codes);
    for (size_t i = 1; i < s->nlangs && rc == 0; i++) {
        lang_rec *l = &s->langs[i];
        char *path = sn_strdup_printf("%s/%s/site.po", s->o->po_dir, l->code);
        l->ui = sn_catalog_load(path, err);
        free(path);
        if (!l->ui) return -1;
        for (size_t p = 0; p < s->npages; p++) {
            path = sn_strdup_printf("%s/%s/%s.po", s->o->po_dir, l->code, s->pages[p].page.src->path);
            l->catalogs[p] = sn_catalog_load(path, err);
            free(path);
            if (!l->catalogs[p]) return -1;
        }
    }
    return rc;
}

/* ---- render notes and code --------------------------------------------- */

typedef struct {
    site *s;
    size_t page;
    const lang_rec *lang;
    const sn_section *section;
} link_context;

static int has_scheme(const char *url)
{
    const char *p = url;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
           *p == '+' || *p == '-' || *p == '.')
        p++;
    return p > url && *p == ':';
}

/* The output (within a language tree, or shared) that a path relative to
 * the sources names: a page's source or its page ("a.c", "a.c.html",
 * "readme.md", "readme.html"), a folder, or a copied file. NULL if none. */
static char *link_target(const site *s, const lang_rec *lang, const char *target)
{
    size_t n = strlen(target);
    char *md = n > 5 && strcmp(target + n - 5, ".html") == 0
                   ? sn_strdup_printf("%.*s.md", (int)(n - 5), target)
                   : NULL;
    char *out = NULL;
    for (size_t p = 0; p < s->npages && !out; p++) {
        const char *src = s->pages[p].page.src->path;
        size_t k = strlen(src);
        if (strcmp(src, target) == 0 || strcmp(s->pages[p].out, target) == 0 ||
            (md && strcmp(src, md) == 0) ||
            (n == k + 5 && strncmp(target, src, k) == 0 && strcmp(target + k, ".html") == 0))
            out = sn_strdup_printf("%s%s", lang->prefix, s->pages[p].out);
    }
    free(md);
    if (!out && folder_index((site *)s, target) >= 0)
        out = sn_strdup_printf("%s%s%sindex.html", lang->prefix, target, *target ? "/" : "");
    for (size_t i = 0; i < s->sources.count && !out; i++)
        if (strcmp(s->sources.items[i].path, target) == 0) out = copy(target);
    for (size_t a = 0; a < s->o->nassets && !out; a++)
        for (size_t i = 0; i < s->assets[a].count && !out; i++)
            if (strcmp(s->assets[a].items[i].path, target) == 0) out = copy(target);
    return out;
}

/* Relative links in notes point at sources; they are turned into links to
 * what the sources became: a page in the same language, a folder's index,
 * or a copied file (the same for every language). A link to nothing gets a
 * warning, once, for the English notes. */
static char *rewrite_url(void *ctx, const char *url, int is_image, int line, int col)
{
    const link_context *lc = ctx;
    site *s = lc->s;
    (void)is_image;
    if (!url || !*url || has_scheme(url) || *url == '/' || *url == '#' || *url == '?') return NULL;
    size_t n = strcspn(url, "#?");
    char *rel = sn_strndup(url, n);
    char *dir = sn_dirname(s->pages[lc->page].page.src->path);
    char *target = sn_resolve(dir, rel);
    free(dir);
    free(rel);
    char *to = target ? link_target(s, lc->lang, target) : NULL;
    if (!to && target) {
        if (lc->lang == &s->langs[0] && !s->o->quiet) {
            int l, c;
            sn_section_locate(lc->section, line - 1, col, &l, &c);
            fprintf(stderr, "%s:%d:%d: warning: link to `%s`, which is neither a page, a folder "
                    "nor a file of the site\n", s->pages[lc->page].page.src->file, l, c, url);
        }
        /* Still, a translation links where the English page does. */
        to = copy(target);
    }
    if (!to) return NULL;
    char *self = sn_strdup_printf("%s%s", lc->lang->prefix, s->pages[lc->page].out);
    char *link = sn_link(self, to);
    char *out = sn_strdup_printf("%s%s", link, url + n);
    free(link);
    free(self);
    free(to);
    free(target);
    return out;
}

/* Each C file is highlighted whole, once for every language: sections
 * cut the highlighted lines, so a comment or string spanning a section
 * edge is still lexed right. */
static void register_code(site *s)
{
    for (size_t p = 0; p < s->npages; p++) {
        page_rec *pr = &s->pages[p];
        const sn_source *src = pr->page.src;
        if (src->kind == SN_SOURCE_C) {
            char *where = sn_strdup_printf("%s:1", src->file);
            pr->code_id = sn_tools_code(s->tools, "c", src->text, src->len, where);
            free(where);
        }
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
        if (sn_po_blocks_split(notes, strlen(notes), blocks, err) != 0) return NULL;
        if (!blocks->blocks) blocks->blocks = sn_xcalloc(1, sizeof *blocks->blocks); /* cut, empty */
    }
    return sn_translate_blocks(lang->catalogs[p], notes, blocks);
}

/* The notes of every page in language l: translated (l > 0), then parsed
 * with their formulas and code registered with the tools. */
static int render_notes(site *s, size_t l, char **err)
{
    lang_rec *lang = &s->langs[l];
    for (size_t p = 0; p < s->npages; p++) {
        const sn_page *page = &s->pages[p].page;
        lang->notes[p] = sn_xcalloc(page->count + 1, sizeof *lang->notes[p]);
        for (size_t k = 0; k < page->count; k++) {
            const sn_section *sec = &page->sections[k];
            char *md = NULL;
            if (l == 0) {
                md = copy(sec->notes);
            } else if (!(md = translate_section(s, lang, p, k, err))) {
                return -1;
            }
            link_context lc = {s, p, lang, sec};
            sn_notes_context ctx = {page->src->file, sec, l ? lang->code : NULL, rewrite_url, &lc};
            int rc = sn_notes_parse(s->tools, md, &ctx, &lang->notes[p][k], err);
            free(md);
            if (rc != 0) return -1;
        }
    }
    return 0;
}

/* ---- assemble ---------------------------------------------------------- */

static const char *translated(const sn_catalog *c, const char *english)
{
    const char *t = c && english ? sn_catalog_get(c, english) : NULL;
    return t ? t : english;
}

/* A page's title in a language: its front matter's, else its first
 * heading, else its file name. */
static const char *page_title(const site *s, size_t l, size_t p)
{
    const sn_page *page = &s->pages[p].page;
    const char *english = page->front.title ? page->front.title
                          : page->heading   ? page->heading
                                            : sn_basename(page->src->path);
    return translated(s->langs[l].catalogs[p], english);
}

static const char *page_summary(const site *s, size_t l, size_t p)
{
    return translated(s->langs[l].catalogs[p], s->pages[p].page.front.summary);
}

static const char *folder_title(const site *s, size_t l, int f)
{
    const folder_rec *fr = &s->folders[f];
    if (fr->readme >= 0) return page_title(s, l, (size_t)fr->readme);
    if (!*fr->path) return sn_basename(s->o->src_dir);
    return sn_basename(fr->path);
}

/* The breadcrumb of a page in folder f: the home page, then each folder
 * down to f; a readme stops at its folder's parent. */
static size_t crumbs_for(const site *s, size_t l, int f, int is_readme, sn_crumb *out, char **own)
{
    int chain[64];
    size_t n = 0;
    for (int g = is_readme ? s->folders[f].parent : f; g >= 0 && n < 64; g = s->folders[g].parent)
        chain[n++] = g;
    for (size_t i = 0; i < n; i++) {
        int g = chain[n - 1 - i];
        const char *path = s->folders[g].path;
        own[i] = *path ? sn_strdup_printf("%s/index.html", path) : copy("index.html");
        out[i] = (sn_crumb){g == 0 ? sn_ui(s->langs[l].ui, "Home") : folder_title(s, l, g), own[i]};
    }
    return n;
}

typedef struct {
    const char *path; /* source path, for sorting */
    int order, has_order;
    int page;   /* or -1 */
    int folder; /* or -1 */
} entry;

static int by_order(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    long ox = x->has_order ? x->order : (long)INT_MAX + 1, oy = y->has_order ? y->order : (long)INT_MAX + 1;
    if (ox != oy) return ox < oy ? -1 : 1;
    return strcmp(x->path, y->path);
}

/* The contents list of folder f: its pages and subfolders. Their titles,
 * joined by ", ", are added to `titles` when it is not NULL. */
static void contents_of(const site *s, size_t l, int f, const char *self, sn_buf *out,
                        sn_buf *titles)
{
    entry *es = sn_xcalloc(s->npages + s->nfolders + 1, sizeof *es);
    size_t n = 0;
    for (size_t p = 0; p < s->npages; p++) {
        const page_rec *pr = &s->pages[p];
        if (pr->folder != f || pr->readme) continue;
        es[n++] = (entry){pr->page.src->path, pr->page.front.order, pr->page.front.has_order, (int)p, -1};
    }
    for (size_t g = 0; g < s->nfolders; g++) {
        const folder_rec *fr = &s->folders[g];
        if (fr->parent != f) continue;
        const sn_front_matter *fm = fr->readme >= 0 ? &s->pages[fr->readme].page.front : NULL;
        es[n++] = (entry){fr->path, fm ? fm->order : 0, fm && fm->has_order, -1, (int)g};
    }
    if (n) qsort(es, n, sizeof *es, by_order);
    const lang_rec *lang = &s->langs[l];
    sn_buf items = {0};
    for (size_t i = 0; i < n; i++) {
        char *to, *file;
        const char *title, *summary = NULL;
        if (es[i].page >= 0) {
            const page_rec *pr = &s->pages[es[i].page];
            to = sn_strdup_printf("%s%s", lang->prefix, pr->out);
            file = copy(sn_basename(pr->page.src->path));
            title = page_title(s, l, (size_t)es[i].page);
            summary = page_summary(s, l, (size_t)es[i].page);
        } else {
            const folder_rec *fr = &s->folders[es[i].folder];
            to = sn_strdup_printf("%s%s/index.html", lang->prefix, fr->path);
            file = sn_strdup_printf("%s/", sn_basename(fr->path));
            title = folder_title(s, l, es[i].folder);
            if (fr->readme >= 0) summary = page_summary(s, l, (size_t)fr->readme);
        }
        sn_assemble_entry(s->templates, &items, &lang->lang, self, to, title, file, summary,
                          es[i].folder >= 0);
        if (titles) sn_buf_printf(titles, "%s%s", titles->len ? ", " : "", title);
        free(to);
        free(file);
    }
    if (n) sn_assemble_contents(s->templates, out, &lang->lang, items.data);
    sn_buf_free(&items);
    free(es);
}

/* Where each line of a highlighted file starts is found by the assemble
 * stage; here we only pick the notes and the line range per section. */
static int page_body(const site *s, size_t l, size_t p, sn_buf *body, char **err)
{
    const page_rec *pr = &s->pages[p];
    const lang_rec *lang = &s->langs[l];
    const char *code = NULL;
    size_t len;
    if (pr->page.src->kind == SN_SOURCE_C) code = sn_tools_result(s->tools, pr->code_id, &len);
    for (size_t k = 0; k < pr->page.count; k++) {
        const sn_section *sec = &pr->page.sections[k];
        char *notes = sn_notes_finish(&lang->notes[p][k], s->tools, err);
        if (!notes) return -1;
        sn_assemble_section(s->templates, body, &lang->lang, (int)k, notes, code, sec->code_first,
                            sec->code_last);
        free(notes);
    }
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

static int assemble_page(site *s, size_t l, size_t p, char **err)
{
    const page_rec *pr = &s->pages[p];
    lang_rec *lang = &s->langs[l];
    sn_buf body = {0};
    char *self = sn_strdup_printf("%s%s", lang->prefix, pr->out);
    if (page_body(s, l, p, &body, err) != 0) {
        free(self);
        sn_buf_free(&body);
        return -1;
    }
    if (pr->readme) contents_of(s, l, pr->folder, self, &body, NULL);
    /* Images get their width and height, and load lazily. */
    sn_buf sized = {0};
    sn_publish_images(&sized, body.data ? body.data : "", self, find_file, s);
    sn_buf_free(&body);
    /* Comparison tables get row headers. */
    sn_publish_tables(&body, sized.data ? sized.data : "");
    sn_buf_free(&sized);
    sn_crumb crumbs[64];
    char *own[64];
    size_t n = crumbs_for(s, l, pr->folder, pr->readme, crumbs, own);
    sn_page_view v = {&lang->lang, s->lang_views, s->nlangs, pr->out, page_title(s, l, p),
                      folder_title(s, l, 0), page_summary(s, l, p), crumbs, n,
                      pr->page.src->path,
                      pr->readme ? "index-page" : pr->page.src->kind == SN_SOURCE_C ? "code-page" : "notes-page",
                      body.data ? body.data : "", s->o->base_url};
    char *html = sn_assemble_page(s->templates, &v);
    add_output(s, self, html, strlen(html));
    for (size_t i = 0; i < n; i++) free(own[i]);
    sn_buf_free(&body);
    return 0;
}

/* A folder without a readme still gets an index: a title and its contents. */
static void assemble_folder_index(site *s, size_t l, int f)
{
    lang_rec *lang = &s->langs[l];
    const folder_rec *fr = &s->folders[f];
    char *path = *fr->path ? sn_strdup_printf("%s/index.html", fr->path) : copy("index.html");
    char *self = sn_strdup_printf("%s%s", lang->prefix, path);
    const char *title = folder_title(s, l, f);
    sn_buf body = {0};
    sn_buf_puts(&body, "<header class=\"section folder-title\"><div class=\"docs\"><h1>");
    sn_buf_add_html(&body, title, strlen(title));
    sn_buf_puts(&body, "</h1></div></header>\n");
    /* Its description: the folder's title and what it holds. */
    sn_buf about = {0}, list = {0};
    contents_of(s, l, f, self, &body, &list);
    sn_buf_puts(&about, title);
    if (list.len) sn_buf_printf(&about, ": %s", list.data);
    sn_buf_free(&list);
    sn_crumb crumbs[64];
    char *own[64];
    size_t n = crumbs_for(s, l, f, 1, crumbs, own);
    sn_page_view v = {&lang->lang, s->lang_views, s->nlangs, path, title, folder_title(s, l, 0),
                      about.data, crumbs, n, NULL, "index-page", body.data, s->o->base_url};
    char *html = sn_assemble_page(s->templates, &v);
    add_output(s, self, html, strlen(html));
    for (size_t i = 0; i < n; i++) free(own[i]);
    sn_buf_free(&body);
    sn_buf_free(&about);
    free(path);
}

static int assemble_pages(site *s, char **err)
{
    s->lang_views = sn_xcalloc(s->nlangs, sizeof *s->lang_views);
    for (size_t l = 0; l < s->nlangs; l++) {
        lang_rec *lang = &s->langs[l];
        /* A language's own name: from its site.po, else from the table. */
        const char *name = lang->ui ? sn_catalog_pget(lang->ui, "language name", "English") : NULL;
        for (size_t i = 0; i < sizeof language_names / sizeof *language_names && !name; i++)
            if (strcmp(language_names[i].code, lang->code) == 0) name = language_names[i].name;
        if (!name) name = lang->code;
        lang->lang = (sn_lang){lang->code, name, lang->prefix, lang->ui};
        s->lang_views[l] = lang->lang;
    }
    for (size_t l = 0; l < s->nlangs; l++) {
        for (size_t p = 0; p < s->npages; p++)
            if (assemble_page(s, l, p, err) != 0) return -1;
        for (size_t f = 0; f < s->nfolders; f++)
            if (s->folders[f].readme < 0) assemble_folder_index(s, l, (int)f);
    }
    return 0;
}

/* ---- static files: CSS, JavaScript, KaTeX's CSS and fonts, copies ------ */

static int add_template_file(site *s, const char *name, char **err)
{
    char *data = NULL;
    size_t len = 0;
    if (s->o->templates_dir) {
        char *path = sn_strdup_printf("%s/%s", s->o->templates_dir, name);
        if (sn_read_file(path, &data, &len) != 0 && errno != ENOENT) {
            *err = sn_error_at(path, 0, 0, "cannot read: %s", strerror(errno));
            free(path);
            return -1;
        }
        free(path);
    }
    if (!data) {
        const sn_embedded *e = sn_embedded_find(name);
        data = sn_strndup(e->data, e->len);
        len = e->len;
    }
    add_output(s, sn_strdup_printf("static/%s", name), data, len);
    return 0;
}

/* KaTeX's CSS names each font in three formats. The copy names WOFF2
 * (smallest) then TrueType (every packaging of KaTeX ships it) as fallback,
 * those of them that exist, with `font-display: swap` so that text shows
 * before its font has come; the files named are copied too, so that no
 * request for a font can fail. */
static int add_katex_files(site *s, char **err)
{
    char *path = sn_strdup_printf("%s/katex.min.css", s->o->katex_dir);
    char *css;
    size_t len;
    if (sn_read_file(path, &css, &len) != 0) {
        *err = sn_error_at(path, 0, 0, "cannot read KaTeX's CSS: %s", strerror(errno));
        free(path);
        return -1;
    }
    free(path);
    static const char *const formats[] = {".woff2", ".ttf"};
    static const char *const format_names[] = {"woff2", "truetype"};
    sn_buf out = {0};
    const char *p = css;
    int rc = 0;
    const char *src;
    while (rc == 0 && (src = strstr(p, "src:")) != NULL) {
        const char *end = src + strcspn(src, ";}");
        sn_buf_add(&out, p, (size_t)(src - p));
        int named = 0;
        for (size_t f = 0; f < sizeof formats / sizeof *formats && rc == 0; f++) {
            char *chosen = NULL;
            for (const char *u = src; u < end && (u = strstr(u, "url(")) != NULL && u < end; u++) {
                const char *close = strchr(u, ')');
                if (!close || close > end) break;
                char *url = sn_strndup(u + 4, (size_t)(close - u - 4));
                size_t n = strlen(url), k = strlen(formats[f]);
                char *file = sn_strdup_printf("%s/%s", s->o->katex_dir, url);
                struct stat st;
                if (n > k && strcmp(url + n - k, formats[f]) == 0 && stat(file, &st) == 0) chosen = url;
                else free(url);
                free(file);
                if (chosen) break;
            }
            if (!chosen) continue;
            char *file = sn_strdup_printf("%s/%s", s->o->katex_dir, chosen);
            char *data;
            size_t dlen;
            if (sn_read_file(file, &data, &dlen) != 0) {
                *err = sn_error_at(file, 0, 0, "cannot read KaTeX font: %s", strerror(errno));
                rc = -1;
            } else {
                sn_buf_printf(&out, "%surl(%s) format(\"%s\")", named ? "," : "src:", chosen,
                              format_names[f]);
                add_output(s, sn_strdup_printf("static/katex/%s", chosen), data, dlen);
                named = 1;
            }
            free(file);
            free(chosen);
        }
        if (named) sn_buf_puts(&out, ";font-display:swap");
        p = end;
    }
    sn_buf_puts(&out, p);
    free(css);
    size_t out_len = out.len;
    add_output(s, copy("static/katex/katex.min.css"), sn_buf_take(&out), out_len);
    return rc;
}

/* 404.html (any server can be told to send it for a missing page),
 * robots.txt, and with a base URL sitemap.xml of every page. */
static void add_publish_files(site *s)
{
    const char *base = s->o->base_url;
    size_t npages = 0;
    const char **pages = sn_xcalloc(s->nout + 1, sizeof *pages);
    for (size_t i = 0; i < s->nout; i++) {
        const char *path = s->outputs[i].path;
        size_t n = strlen(path);
        if (n > 5 && strcmp(path + n - 5, ".html") == 0 && strcmp(path, "404.html") != 0) pages[npages++] = path;
    }
    qsort(pages, npages, sizeof *pages, by_string);
    if (base) {
        char *map = sn_sitemap(base, pages, npages);
        add_output(s, copy("sitemap.xml"), map, strlen(map));
    }
    free(pages);
    char *robots = sn_robots(base);
    add_output(s, copy("robots.txt"), robots, strlen(robots));

    /* The 404 page: in the site's first language, with a way home in each.
     * Served for a missing page at any depth, so with a base URL its
     * relative links are resolved against that (<base>). */
    const sn_lang *first = &s->lang_views[0];
    const char *title = "Page not found";
    sn_buf body = {0};
    sn_buf_puts(&body, "<header class=\"section folder-title\"><div class=\"docs\"><h1>");
    sn_buf_add_html(&body, title, strlen(title));
    sn_buf_puts(&body, "</h1><p>There is no page at this address.</p><ul>");
    for (size_t l = 0; l < s->nlangs; l++) {
        const sn_lang *lang = &s->lang_views[l];
        const char *home = sn_ui(lang->ui, "Home");
        sn_buf_printf(&body, "<li><a href=\"%sindex.html\" hreflang=\"%s\" lang=\"%s\">", lang->prefix,
                      strcmp(lang->code, "zh") == 0 ? "zh-Hans" : lang->code,
                      strcmp(lang->code, "zh") == 0 ? "zh-Hans" : lang->code);
        sn_buf_add_html(&body, home, strlen(home));
        sn_buf_puts(&body, " (");
        sn_buf_add_html(&body, lang->name, strlen(lang->name));
        sn_buf_puts(&body, ")</a></li>");
    }
    sn_buf_puts(&body, "</ul></div></header>\n");
    sn_page_view v = {first, s->lang_views, 1, "404.html", title, folder_title(s, 0, 0),
                      title, NULL, 0, NULL, "index-page", body.data, NULL};
    char *html = sn_assemble_page(s->templates, &v);
    if (base) {
        char *tag = sn_strdup_printf("<head>\n<base href=\"%s\">", base);
        char *at = strstr(html, "<head>");
        if (at) {
            char *with = sn_strdup_printf("%.*s%s%s", (int)(at - html), html, tag, at + 6);
            free(html);
            html = with;
        }
        free(tag);
    }
    add_output(s, copy("404.html"), html, strlen(html));
    sn_buf_free(&body);
}

static int add_static_files(site *s, char **err)
{
    if (add_template_file(s, "site.css", err) != 0 || add_template_file(s, "site.js", err) != 0 ||
        add_template_file(s, "favicon.svg", err) != 0 || add_katex_files(s, err) != 0)
        return -1;
    add_publish_files(s);
    /* Images beside the pages, and each page's source for its "source"
     * link: copied once, for all languages. */
    for (size_t i = 0; i < s->sources.count; i++) {
        const sn_source *src = &s->sources.items[i];
        add_output(s, copy(src->path), sn_strndup(src->text, src->len), src->len);
    }
    for (size_t a = 0; a < s->o->nassets; a++)
        for (size_t i = 0; i < s->assets[a].count; i++) {
            const sn_source *src = &s->assets[a].items[i];
            add_output(s, copy(src->path), sn_strndup(src->text, src->len), src->len);
        }
    return 0;
}

/* ---- the pipeline ------------------------------------------------------ */

static void site_free(site *s)
{
    for (size_t l = 0; l < s->nlangs; l++) {
        lang_rec *lang = &s->langs[l];
        for (size_t p = 0; p < s->npages; p++) {
            if (lang->notes[p])
                for (size_t k = 0; k < s->pages[p].page.count; k++) sn_notes_free(&lang->notes[p][k]);
            free(lang->notes[p]);
            if (lang->catalogs[p]) sn_catalog_free(lang->catalogs[p]);
        }
        if (lang->ui) sn_catalog_free(lang->ui);
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
    sn_sources_free(&s->sources);
    if (s->assets)
        for (size_t a = 0; a < s->o->nassets; a++) sn_sources_free(&s->assets[a]);
    free(s->assets);
    sn_tools_free(s->tools);
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
    int rc = -1;
    sn_buf stamp = {0};
    if (!(s.cache = sn_cache_open(o->dump_dir ? NULL : o->cache_dir, err))) goto done;
    /* Nothing changed since the last build: nothing to do. */
    char *out_key = future_realpath(o->out_dir);
    char *last = o->dump_dir || !out_key ? NULL : sn_cache_build_get(s.cache, out_key);
    if (last) sn_stamp_compute(o, s.cache, &stamp);
    int up_to_date = last && stamp.data && strcmp(last, stamp.data) == 0;
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
    if (read_sources(&s, err) != 0 || split_pages(&s, err) != 0) goto free_key;
    if (!(s.templates = sn_templates_load(o->templates_dir, err))) goto free_key;
    sn_tools_config tc = {o->node, o->python, o->katex_dir, s.cache, o->dump_dir != NULL};
    s.tools = sn_tools_new(&tc);
    /* English first: its pages hold every formula and piece of code there
     * is (translations must keep them as they are), so the tools can work
     * on them while the translations are read and parsed. */
    add_language(&s, "en");
    register_code(&s);
    if (render_notes(&s, 0, err) != 0) goto free_key;
    if (!o->dump_dir && sn_tools_send(s.tools, err) != 0) goto free_key;
    if (load_languages(&s, err) != 0) goto free_key;
    for (size_t l = 1; l < s.nlangs; l++)
        if (render_notes(&s, l, err) != 0) goto free_key;
    if (o->dump_dir) {
        rc = sn_tools_dump(s.tools, o->dump_dir, err);
        goto free_key;
    }
    if (sn_tools_run(s.tools, err) != 0 || assemble_pages(&s, err) != 0 ||
        add_static_files(&s, err) != 0)
        goto free_key;
    sn_write_stats ws;
    if (sn_write_outputs(o->out_dir, s.outputs, s.nout, &ws, err) != 0) goto free_key;
    if (!out_key) out_key = future_realpath(o->out_dir);
    if (out_key) {
        sn_stamp_compute(o, s.cache, &stamp);
        sn_cache_build_put(s.cache, out_key, stamp.data);
        sn_buf_free(&stamp);
    }
    if (!o->quiet) {
        sn_tools_stats ts = sn_tools_get_stats(s.tools);
        printf("sidenotes: %zu pages in %zu language%s -> %s: %zu files written, %zu unchanged, "
               "%zu removed; %zu formulas and code blocks (%zu distinct, %zu from the cache%s%s); "
               "%.0f ms\n",
               s.npages, s.nlangs, s.nlangs == 1 ? "" : "s", o->out_dir, ws.written, ws.unchanged,
               ws.removed, ts.requests, ts.distinct, ts.cached, ts.katex_ran ? ", KaTeX ran" : "",
               ts.pygments_ran ? ", Pygments ran" : "", seconds_since(&t0) * 1000);
    }
    rc = 0;
free_key:
    free(out_key);
done:
    site_free(&s);
    return rc;
}

char *sn_site_strings(const sn_site_options *o, char **err)
{
    sn_templates *t = sn_templates_load(o->templates_dir, err);
    if (!t) return NULL;
    char *pot = sn_templates_pot(t);
    sn_templates_free(t);
    sn_buf b = {0};
    sn_buf_puts(&b, "# Interface strings of pages made by sidenotes: translate them in\n"
                    "# po/<lang>/site.po.\nmsgid \"\"\nmsgstr \"\"\n"
                    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n");
    sn_buf_puts(&b, pot);
    for (size_t i = 0; i < sizeof generator_strings / sizeof *generator_strings; i++)
        sn_buf_printf(&b, "#: src/site.c src/assemble.c\nmsgid \"%s\"\nmsgstr \"\"\n\n",
                      generator_strings[i]);
    free(pot);
    return sn_buf_take(&b);
}
