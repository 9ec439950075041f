/* assemble.c — see assemble.h. */
#include "assemble.h"
#include "ui_strings.h"
#include "markers.h"

#include "embedded.h"
#include "path.h"
#include "publish.h"
#include "read.h"
#include "template.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The variables of each template, by name: each list makes an enum of
 * indices (P_LANG, ...) and the names the template parser checks, so that a
 * value is filled by its name (values[P_BODY] = ...), not by its place. */
#define PAGE_VARS(X)                                                                         \
    X(P_LANG, "lang") X(P_HEAD_TITLE, "head_title") X(P_SUMMARY, "summary")                 \
    X(P_ALTERNATES, "alternates") X(P_STATIC, "static") X(P_KIND, "kind")                    \
    X(P_BREADCRUMB, "breadcrumb") X(P_LANGUAGES, "languages") X(P_BODY, "body")              \
    X(P_SOURCE, "source") X(P_PUBLISH, "publish") X(P_KATEX, "katex")   \
    X(P_STYLE, "style")
#define SECTION_VARS(X) X(S_N, "n") X(S_KIND, "kind") X(S_NOTES, "notes") X(S_CODE, "code")
#define CONTENTS_VARS(X) X(C_ENTRIES, "entries")
#define ENTRY_VARS(X)                                                                        \
    X(E_KIND, "kind") X(E_HREF, "href") X(E_TITLE, "title") X(E_FILE, "file")                \
    X(E_SUMMARY, "summary")

/* The parts (templates/parts/): the small pieces of a page, each filled
 * from the same few names. */
#define PART_VARS(X)                                                                         \
    X(F_HREF, "href") X(F_LABEL, "label") X(F_LANG, "lang") X(F_NAME, "name")                \
    X(F_TEXT, "text") X(F_TITLE, "title") X(F_FILE, "file") X(F_ITEMS, "items")

#define VAR_ID(id, name) id,
#define VAR_NAME(id, name) name,
enum { PAGE_VARS(VAR_ID) P_COUNT };
enum { SECTION_VARS(VAR_ID) S_COUNT };
enum { CONTENTS_VARS(VAR_ID) C_COUNT };
enum { ENTRY_VARS(VAR_ID) E_COUNT };
enum { PART_VARS(VAR_ID) F_COUNT };
static const char *const page_vars[] = {PAGE_VARS(VAR_NAME) NULL};
static const char *const section_vars[] = {SECTION_VARS(VAR_NAME) NULL};
static const char *const contents_vars[] = {CONTENTS_VARS(VAR_NAME) NULL};
static const char *const entry_vars[] = {ENTRY_VARS(VAR_NAME) NULL};
static const char *const part_vars[] = {PART_VARS(VAR_NAME) NULL};

enum {
    PAGE, SECTION, CONTENTS, ENTRY,
    BREADCRUMB, CRUMB, CRUMB_HOME, LANGUAGES, LANGUAGE, LANGUAGE_CURRENT, ALTERNATE,
    SOURCE, NOTICE, UNTRANSLATED, TITLE, NOT_FOUND, HOME_LINK, SUMMARY,
    TEMPLATE_COUNT
};

static const struct {
    const char *file;
    const char *const *vars;
} template_info[TEMPLATE_COUNT] = {
    {"page.html", page_vars},
    {"section.html", section_vars},
    {"index.html", contents_vars},
    {"entry.html", entry_vars},
    {"parts/breadcrumb.html", part_vars},
    {"parts/crumb.html", part_vars},
    {"parts/crumb-home.html", part_vars},
    {"parts/languages.html", part_vars},
    {"parts/language.html", part_vars},
    {"parts/language-current.html", part_vars},
    {"parts/alternate.html", part_vars},
    {"parts/source.html", part_vars},
    {"parts/notice.html", part_vars},
    {"parts/untranslated.html", part_vars},
    {"parts/title.html", part_vars},
    {"parts/not-found.html", part_vars},
    {"parts/home-link.html", part_vars},
    {"parts/summary.html", part_vars},
};

struct sn_templates {
    sn_template *t[TEMPLATE_COUNT];
    char *style;     /* site.css, search.css and xref.css, as every page carries them */
    char *katex_css; /* KaTeX's, fonts named from static/katex/, or NULL */
    sn_buf text;     /* every template's own text, one after another: the
                        ids a link's #fragment may name (links.c) */
};

/* The stylesheets are carried inline by every page (no request stands
 * between the page and its first paint); those built in were minified
 * when the generator was built (tools/minify-css.js). */
static const char *const stylesheets[] = {"site.css", "search.css", "xref.css"};

static int load_style(sn_templates *ts, const char *dir, char **err)
{
    sn_buf style = {0};
    for (size_t i = 0; i < sizeof stylesheets / sizeof *stylesheets; i++) {
        char *path = dir ? sn_strdup_printf("%s/%s", dir, stylesheets[i]) : NULL;
        char *text = NULL;
        size_t len = 0;
        if (path && sn_read_file(path, &text, &len) != 0 && errno != ENOENT) {
            *err = sn_error_at(path, 0, 0, "cannot read: %s", strerror(errno));
            free(path);
            sn_buf_free(&style);
            return -1;
        }
        free(path);
        if (text) {
            sn_buf_add(&style, text, len);
            free(text);
        } else {
            const sn_embedded *e = sn_embedded_find(stylesheets[i]);
            sn_buf_add(&style, e->data, e->len);
        }
    }
    ts->style = sn_buf_take(&style);
    return 0;
}

void sn_templates_set_katex_css(sn_templates *ts, const char *css)
{
    free(ts->katex_css);
    ts->katex_css = css ? sn_strdup(css) : NULL;
}

/* <style> with KaTeX's CSS, its fonts' url(fonts/...) made relative to the
 * page: url(../static/katex/fonts/...). */
static char *katex_style(const char *css, const char *stat)
{
    sn_buf b = {0};
    sn_buf_puts(&b, "<style>");
    const char *p = css, *u;
    while ((u = strstr(p, "url(")) != NULL) {
        sn_buf_add(&b, p, (size_t)(u - p) + 4);
        sn_buf_printf(&b, "%skatex/", stat);
        p = u + 4;
    }
    sn_buf_puts(&b, p);
    sn_buf_puts(&b, "</style>\n");
    return sn_buf_take(&b);
}

sn_templates *sn_templates_load(const char *dir, char **err)
{
    sn_templates *ts = sn_xcalloc(1, sizeof *ts);
    for (int i = 0; i < TEMPLATE_COUNT; i++) {
        const char *file = template_info[i].file;
        char *path = dir ? sn_strdup_printf("%s/%s", dir, file) : NULL;
        char *text = NULL;
        size_t len = 0;
        if (path && sn_read_file(path, &text, &len) != 0) {
            if (errno != ENOENT) {
                *err = sn_error_at(path, 0, 0, "cannot read template: %s", strerror(errno));
                free(path);
                sn_templates_free(ts);
                return NULL;
            }
            free(path);
            path = NULL;
        }
        if (!text) { /* the built-in one */
            const sn_embedded *e = sn_embedded_find(file);
            text = sn_strndup(e->data, e->len);
            len = e->len;
            path = sn_strdup_printf("templates/%s", file); /* built in: named as in the repository */
        }
        ts->t[i] = sn_template_parse(path, text, len, template_info[i].vars, err);
        sn_buf_add(&ts->text, text, len);
        sn_buf_putc(&ts->text, '\n');
        free(text);
        free(path);
        if (!ts->t[i]) {
            sn_templates_free(ts);
            return NULL;
        }
    }
    if (load_style(ts, dir, err) != 0) {
        sn_templates_free(ts);
        return NULL;
    }
    return ts;
}

const char *sn_templates_text(const sn_templates *ts)
{
    return ts->text.data ? ts->text.data : "";
}

void sn_templates_free(sn_templates *ts)
{
    if (!ts) return;
    for (int i = 0; i < TEMPLATE_COUNT; i++) sn_template_free(ts->t[i]);
    free(ts->style);
    free(ts->katex_css);
    sn_buf_free(&ts->text);
    free(ts);
}

char *sn_templates_pot(const sn_templates *ts)
{
    sn_buf b = {0};
    sn_template_pot((const sn_template *const *)ts->t, TEMPLATE_COUNT, &b);
    return sn_buf_take(&b);
}

/* Appends part `which`, its values by name ([F_HREF] = ...) and in HTML,
 * its interface strings in `lang`. */
static void fill_part(const sn_templates *ts, int which, const sn_lang *lang, sn_buf *out,
                      const char *const *values)
{
    sn_template_fill_marked(ts->t[which], out, values, lang->ui, 0);
}

/* The bit fill_part_marked reads for value `var` when it is the generator's
 * interface string `id` and `lang` has no translation of it. */
static unsigned english_bit(const sn_lang *lang, sn_ui_id id, int var)
{
    return sn_ui_string_missing(lang->ui, id) ? 1u << var : 0;
}

/* fill_part, with the values whose bit is set in `english` (english_bit)
 * marked as untranslated where they stand in element text. */
static void fill_part_marked(const sn_templates *ts, int which, const sn_lang *lang, sn_buf *out,
                             const char *const *values, unsigned english)
{
    sn_template_fill_marked(ts->t[which], out, values, lang->ui, english);
}

/* Plain text as HTML, malloc'd: the parts' values are HTML. */
static char *html_text(const char *text)
{
    sn_buf b = {0};
    sn_buf_add_html(&b, text, strlen(text));
    return b.data ? sn_buf_take(&b) : sn_strdup("");
}

/* Lines first..last (1-based) of highlighted code, numbered. Sections come
 * in the order of the file, so the cursor walks each line once. */
static void code_lines(sn_buf *out, sn_code_cursor *c, int first, int last)
{
    if (first < c->line) {
        c->at = c->code;
        c->line = 1;
    }
    for (; c->line < first && c->at; c->line++) {
        c->at = strchr(c->at, '\n');
        if (c->at) c->at++;
    }
    sn_buf_puts(out, "<pre>");
    for (; c->line <= last && c->at; c->line++) {
        const char *e = strchr(c->at, '\n');
        size_t n = e ? (size_t)(e - c->at) : strlen(c->at);
        sn_buf_printf(out, "<span class=\"line\"><span class=\"lineno\">%d</span>", c->line);
        sn_buf_add(out, c->at, n);
        sn_buf_puts(out, c->line < last ? "</span>\n" : "</span>");
        c->at = e ? e + 1 : NULL;
    }
    sn_buf_puts(out, "</pre>");
}

static void add_bcp47(sn_buf *b, const char *code);

/* Marks blocks the translation left in English (see translate.h) with a
 * short notice in the page's language. */
static void mark_untranslated(const sn_templates *ts, sn_buf *out, const char *notes, const sn_lang *lang)
{
    static const char marker[] = SN_UNTRANSLATED_BLOCK;
    char *label = html_text(sn_ui_string(lang->ui, SN_UI_NOT_TRANSLATED));
    sn_buf code = {0};
    add_bcp47(&code, lang->code);
    const char *values[F_COUNT] = {[F_LANG] = code.data, [F_TEXT] = label};
    unsigned english = english_bit(lang, SN_UI_NOT_TRANSLATED, F_TEXT);
    const char *s = notes, *hit;
    while ((hit = strstr(s, marker)) != NULL) {
        hit += sizeof marker - 1;
        sn_buf_add(out, s, (size_t)(hit - s));
        fill_part_marked(ts, UNTRANSLATED, lang, out, values, english);
        s = hit;
    }
    sn_buf_puts(out, s);
    sn_buf_free(&code);
    free(label);
}

void sn_assemble_section(const sn_templates *ts, sn_buf *out, const sn_lang *lang, int n,
                         const char *notes, sn_code_cursor *code, int first, int last)
{
    sn_buf num = {0}, docs = {0}, lines = {0};
    sn_buf_printf(&num, "%d", n);
    if (strstr(notes, SN_UNTRANSLATED_BLOCK)) mark_untranslated(ts, &docs, notes, lang);
    else docs.data = (char *)notes; /* not copied: a page of formulas is many MB */
    if (code && first) code_lines(&lines, code, first, last);
    int has_notes = notes[strspn(notes, " \n")] != '\0';
    const char *kind = !lines.len ? " no-code" : !has_notes ? " no-notes" : "";
    const char *values[S_COUNT] = {
        [S_N] = num.data, [S_KIND] = kind, [S_NOTES] = docs.data ? docs.data : "",
        [S_CODE] = lines.data ? lines.data : ""};
    sn_template_fill(ts->t[SECTION], out, values, lang->ui);
    sn_buf_free(&num);
    if (docs.data != notes) sn_buf_free(&docs);
    sn_buf_free(&lines);
}

void sn_assemble_entry(const sn_templates *ts, sn_buf *out, const sn_lang *lang, const char *from,
                       const char *to, const char *title, const char *file, const char *summary,
                       int is_folder)
{
    sn_buf t = {0}, f = {0}, s = {0};
    char *href = sn_link(from, to);
    sn_buf_add_html(&t, title, strlen(title));
    sn_buf_add_html(&f, file, strlen(file));
    if (summary) {
        char *text = html_text(summary);
        const char *values[F_COUNT] = {[F_TEXT] = text};
        fill_part(ts, SUMMARY, lang, &s, values);
        free(text);
    }
    const char *values[E_COUNT] = {
        [E_KIND] = is_folder ? "folder" : "page", [E_HREF] = href, [E_TITLE] = t.data,
        [E_FILE] = f.data, [E_SUMMARY] = s.data ? s.data : ""};
    sn_template_fill(ts->t[ENTRY], out, values, lang->ui);
    free(href);
    sn_buf_free(&t);
    sn_buf_free(&f);
    sn_buf_free(&s);
}

void sn_assemble_contents(const sn_templates *ts, sn_buf *out, const sn_lang *lang, const char *entries)
{
    const char *values[C_COUNT] = {[C_ENTRIES] = entries};
    sn_template_fill(ts->t[CONTENTS], out, values, lang->ui);
}

/* The full output path of a page in a language's tree. */
static char *in_lang(const sn_lang *lang, const char *path)
{
    return sn_strdup_printf("%s%s", lang->prefix, path);
}

static void breadcrumb(const sn_templates *ts, sn_buf *b, const sn_page_view *v, const char *self)
{
    sn_buf items = {0};
    for (size_t i = 0; i < v->ncrumbs; i++) {
        char *to = in_lang(v->lang, v->crumbs[i].target);
        char *href = sn_link(self, to);
        char *label = html_text(v->crumbs[i].label);
        const char *values[F_COUNT] = {[F_HREF] = href, [F_LABEL] = label};
        /* the first crumb is Home (nav.c), the others the pages' titles */
        unsigned english = i == 0 ? english_bit(v->lang, SN_UI_HOME, F_LABEL) : 0;
        fill_part_marked(ts, i == 0 ? CRUMB_HOME : CRUMB, v->lang, &items, values, english);
        free(label);
        free(href);
        free(to);
    }
    char *title = html_text(v->title);
    const char *values[F_COUNT] = {[F_ITEMS] = items.data ? items.data : "", [F_TITLE] = title};
    fill_part(ts, BREADCRUMB, v->lang, b, values);
    free(title);
    sn_buf_free(&items);
}

/* "zh_TW" → "zh-TW", for lang and hreflang attributes; our "zh" is
 * written in simplified characters: "zh-Hans". */
static void add_bcp47(sn_buf *b, const char *code)
{
    if (strcmp(code, "zh") == 0) code = "zh-Hans";
    for (const char *s = code; *s; s++) sn_buf_putc(b, *s == '_' ? '-' : *s);
}

/* The language switcher into `sw`, and the hreflang alternates (the first
 * language is also the x-default) into `alt`: nothing for one language. */
static void languages(const sn_templates *ts, sn_buf *sw, sn_buf *alt, const sn_page_view *v,
                      const char *self)
{
    if (v->nlangs < 2) return;
    sn_buf items = {0};
    for (size_t i = 0; i < v->nlangs; i++) {
        const sn_lang *l = &v->langs[i];
        char *to = in_lang(l, v->path);
        char *href = sn_link(self, to);
        /* Alternates are absolute when the site has a home (publish.h). */
        char *alt_href = v->base_url ? sn_absolute(v->base_url, to) : sn_strndup(href, strlen(href));
        sn_buf code = {0};
        add_bcp47(&code, l->code);
        char *name = html_text(l->name);
        const char *alternate[F_COUNT] = {[F_LANG] = code.data, [F_HREF] = alt_href};
        fill_part(ts, ALTERNATE, v->lang, alt, alternate);
        const char *fallback[F_COUNT] = {[F_LANG] = "x-default", [F_HREF] = alt_href};
        if (i == 0) fill_part(ts, ALTERNATE, v->lang, alt, fallback);
        const char *link[F_COUNT] = {[F_HREF] = href, [F_LANG] = code.data, [F_NAME] = name};
        int current = strcmp(l->code, v->lang->code) == 0;
        fill_part(ts, current ? LANGUAGE_CURRENT : LANGUAGE, v->lang, &items, link);
        free(name);
        sn_buf_free(&code);
        free(alt_href);
        free(href);
        free(to);
    }
    char *label = html_text(sn_ui_string(v->lang->ui, SN_UI_LANGUAGE));
    const char *values[F_COUNT] = {[F_LABEL] = label, [F_ITEMS] = items.data};
    fill_part_marked(ts, LANGUAGES, v->lang, sw, values, english_bit(v->lang, SN_UI_LANGUAGE, F_LABEL));
    free(label);
    sn_buf_free(&items);
}

/* The link to the page's source file. */
static void source_link(const sn_templates *ts, sn_buf *b, const sn_page_view *v, const char *self)
{
    char *href = sn_link(self, v->source);
    char *label = html_text(sn_ui_string(v->lang->ui, SN_UI_SOURCE_FILE));
    char *file = html_text(sn_basename(v->source));
    const char *values[F_COUNT] = {[F_HREF] = href, [F_LABEL] = label, [F_FILE] = file};
    fill_part_marked(ts, SOURCE, v->lang, b, values, english_bit(v->lang, SN_UI_SOURCE_FILE, F_LABEL));
    free(file);
    free(label);
    free(href);
}

void sn_assemble_title(const sn_templates *ts, sn_buf *out, const sn_lang *lang, const char *title)
{
    char *t = html_text(title);
    const char *values[F_COUNT] = {[F_TITLE] = t};
    fill_part(ts, TITLE, lang, out, values);
    free(t);
}

void sn_assemble_not_found(const sn_templates *ts, sn_buf *out, const sn_lang *lang,
                           const sn_lang *langs, size_t nlangs, const char *self)
{
    sn_buf items = {0};
    for (size_t i = 0; i < nlangs; i++) {
        const sn_lang *l = &langs[i];
        char *to = in_lang(l, "index.html");
        char *href = sn_link(self, to);
        sn_buf code = {0};
        add_bcp47(&code, l->code);
        char *home = html_text(sn_ui_string(l->ui, SN_UI_HOME));
        char *name = html_text(l->name);
        const char *values[F_COUNT] = {[F_HREF] = href, [F_LANG] = code.data, [F_LABEL] = home,
                                       [F_NAME] = name};
        fill_part_marked(ts, HOME_LINK, l, &items, values, english_bit(l, SN_UI_HOME, F_LABEL));
        free(name);
        free(home);
        sn_buf_free(&code);
        free(href);
        free(to);
    }
    char *title = html_text(sn_ui_string(lang->ui, SN_UI_PAGE_NOT_FOUND));
    char *text = html_text(sn_ui_string(lang->ui, SN_UI_NO_PAGE_HERE));
    const char *values[F_COUNT] = {[F_TITLE] = title, [F_TEXT] = text,
                                   [F_ITEMS] = items.data ? items.data : ""};
    fill_part_marked(ts, NOT_FOUND, lang, out, values,
                     english_bit(lang, SN_UI_PAGE_NOT_FOUND, F_TITLE) |
                         english_bit(lang, SN_UI_NO_PAGE_HERE, F_TEXT));
    free(text);
    free(title);
    sn_buf_free(&items);
}

char *sn_assemble_page(const sn_templates *ts, const sn_page_view *v)
{
    char *self = in_lang(v->lang, v->path);
    sn_buf lang = {0}, head = {0}, summary = {0}, alt = {0}, crumbs = {0}, sw = {0}, source = {0};
    add_bcp47(&lang, v->lang->code);
    sn_buf_add_html(&head, v->title, strlen(v->title));
    if (strcmp(v->title, v->site_title) != 0) {
        sn_buf_puts(&head, " · ");
        sn_buf_add_html(&head, v->site_title, strlen(v->site_title));
    }
    char *description = sn_describe(v->summary ? v->summary : v->title, SN_DESCRIPTION_MAX);
    sn_buf_add_html(&summary, description, strlen(description));
    sn_buf publish = {0};
    sn_buf locale = {0};
    add_bcp47(&locale, strcmp(v->lang->code, "zh") == 0 ? "zh_CN" : v->lang->code);
    for (char *c = locale.data; *c; c++) if (*c == '-') *c = '_';
    sn_publish_head(&publish, v->base_url, self, v->title, v->site_title, description, locale.data);
    sn_buf_free(&locale);
    free(description);
    char *stat = sn_link(self, "static/");
    breadcrumb(ts, &crumbs, v, self);
    languages(ts, &sw, &alt, v, self);
    if (v->source) source_link(ts, &source, v, self);
    /* A page with blocks still in English says so once, at the top. */
    sn_buf body = {0};
    if (strstr(v->body, SN_UNTRANSLATED_CLASS)) {
        char *notice = html_text(sn_ui_string(v->lang->ui, SN_UI_PARTLY_ENGLISH));
        const char *values[F_COUNT] = {[F_TEXT] = notice};
        fill_part_marked(ts, NOTICE, v->lang, &body, values,
                         english_bit(v->lang, SN_UI_PARTLY_ENGLISH, F_TEXT));
        free(notice);
    }
    sn_buf_puts(&body, v->body);
    sn_publish_preload(&publish, v->base_url, stat, v->body);
    /* KaTeX's CSS only on a site that has formulas: inline on a page with
     * one (site_add_katex_files gave it), else none. */
    char *katex = v->no_katex || !strstr(v->body, "class=\"katex") ? sn_strdup("")
                  : ts->katex_css ? katex_style(ts->katex_css, stat)
                  : sn_strdup_printf("<link rel=\"stylesheet\" href=\"%skatex/katex.min.css\">\n", stat);
    char *style = sn_strdup_printf("<style>%s</style>", ts->style);
    const char *values[P_COUNT] = {
        [P_LANG] = lang.data, [P_HEAD_TITLE] = head.data,
        [P_SUMMARY] = summary.data ? summary.data : "", [P_ALTERNATES] = alt.data ? alt.data : "",
        [P_STATIC] = stat, [P_KIND] = v->kind, [P_BREADCRUMB] = crumbs.data,
        [P_LANGUAGES] = sw.data ? sw.data : "", [P_BODY] = body.data,
        [P_SOURCE] = source.data ? source.data : "", [P_PUBLISH] = publish.data ? publish.data : "",
        [P_KATEX] = katex, [P_STYLE] = style};
    sn_buf out = {0};
    sn_template_fill(ts->t[PAGE], &out, values, v->lang->ui);
    sn_buf_free(&lang);
    sn_buf_free(&head);
    sn_buf_free(&summary);
    sn_buf_free(&alt);
    sn_buf_free(&crumbs);
    sn_buf_free(&sw);
    sn_buf_free(&source);
    sn_buf_free(&body);
    sn_buf_free(&publish);
    free(stat);
    free(self);
    free(katex);
    free(style);
    return sn_buf_take(&out);
}
