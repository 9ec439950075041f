/* site_xref.c — the cross-references (xref.h) on the site's model: names
 * resolved after the split, links put into code and notes at assembly,
 * each page's tooltip data, and the index page in every language. */
#include "site_model.h"
#include "ui_strings.h"

#include "path.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int site_resolve_names(site *s, char **err)
{
    s->xref_pages = sn_xcalloc(s->npages + 1, sizeof *s->xref_pages);
    for (size_t p = 0; p < s->npages; p++)
        s->xref_pages[p] = (sn_xref_page){&s->pages[p].page, s->pages[p].out, s->pages[p].english_only};
    /* libclang takes about 1 s of CPU per MB of C, more than the rest of
     * such a page's build: above the limit a page is made as it was before
     * cross-references, as GitHub turns off code navigation for a very big
     * file. */
    long kb = s->o->xref_max_kb ? s->o->xref_max_kb : 512;
    /* Without compile_commands.json, names are resolved only when asked
     * (--xref): loading libclang alone makes the generator's peak 60 MB more
     * (libLLVM's pages; 19 MB without it on an 8,000-line file), and a
     * build of 20 small files costs 1.8x the CPU, for links that need the
     * project's real flags to be right (README, "Against Docco"). Our own
     * site gives meson's file. */
    sn_xref_config c = {s->o->compile_commands, s->cache, !s->o->quiet, s->diags,
                        kb < 0 ? 0 : (size_t)kb * 1024, !s->o->compile_commands && !s->o->xref};
    s->xref = sn_xref_start(&c, s->xref_pages, s->npages, err);
    return s->xref ? 0 : -1;
}

void site_finish_names(site *s)
{
    sn_xref_finish(s->xref);
}

static sn_xref_where where(const site *s, size_t l, const char *self)
{
    return (sn_xref_where){self, s->langs[l].prefix};
}

char *site_link_code(site *s, size_t l, size_t p, const char *self, const char *code)
{
    sn_xref_where w = where(s, l, self);
    return sn_xref_link_code(s->xref, p, code, &w);
}

char *site_link_notes(site *s, size_t l, size_t p, const char *self, char *html)
{
    sn_xref_where w = where(s, l, self);
    char *linked = sn_xref_link_notes(s->xref, p, html, &w);
    free(html);
    return linked;
}

static sn_xref_labels labels(const site *s, size_t l)
{
    const sn_catalog *ui = s->langs[l].ui;
    sn_xref_labels x;
    for (int k = 0; k < 8; k++) x.kind[k] = sn_ui_string(ui, (sn_ui_id)(SN_UI_XREF_FUNCTION + k));
    x.title = sn_ui_string(ui, SN_UI_XREF_TITLE);
    x.defined = sn_ui_string(ui, SN_UI_XREF_DEFINED);
    x.uses = sn_ui_string(ui, SN_UI_XREF_USES);
    x.declared = sn_ui_string(ui, SN_UI_XREF_DECLARED);
    x.index_link = sn_ui_string(ui, SN_UI_XREF_INDEX_LINK);
    return x;
}

/* The first sentence of Markdown notes, as plain text: headings, HTML tags,
 * emphasis marks and link targets dropped; at most about 300 bytes. */
static char *first_sentence(const char *md)
{
    sn_buf b = {0};
    const char *s = md;
    /* The first paragraph that is not a heading, a fence or a list of
     * front matter. */
    while (*s) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        size_t lead = strspn(s, " ");
        if (n > lead && s[lead] != '#' && s[lead] != '`' && s[lead] != '<' && s[lead] != '|' &&
            s[lead] != '!' && s[lead] != '$')
            break;
        s = e ? e + 1 : s + n;
    }
    int space = 0;
    for (; *s; s++) {
        char c = *s;
        if (c == '\n' && s[1] == '\n') break;
        if (c == '<') {
            const char *e = strchr(s, '>');
            if (e) { s = e; continue; }
        }
        if (c == '*' || c == '`') continue;
        if (c == ']' && s[1] == '(') { /* [text](url): the text */
            const char *e = strchr(s, ')');
            if (e) { s = e; continue; }
        }
        if (c == '[') continue;
        if (c == ' ' || c == '\n' || c == '\t') { space = b.len > 0; continue; }
        if (space) sn_buf_putc(&b, ' ');
        space = 0;
        sn_buf_putc(&b, c);
        if ((c == '.' || c == '?' || c == '!') && (s[1] == ' ' || s[1] == '\n' || !s[1])) break;
        if (!strncmp(s, "。", 3) || !strncmp(s, "．", 3)) { /* the last of its three bytes next */
            sn_buf_add(&b, s + 1, 2);
            break;
        }
        if (b.len > 300 && ((unsigned char)s[1] & 0xC0) != 0x80) {
            sn_buf_puts(&b, "…");
            break;
        }
    }
    return b.data ? sn_buf_take(&b) : sn_strdup("");
}

void site_xref_note(site *s, size_t l, size_t p, size_t k, const char *md)
{
    lang_rec *lang = &s->langs[l];
    if (!lang->sentences) lang->sentences = sn_xcalloc(s->npages + 1, sizeof *lang->sentences);
    if (!lang->sentences[p]) lang->sentences[p] = sn_xcalloc(s->pages[p].page.count + 1, sizeof(char *));
    free(lang->sentences[p][k]);
    lang->sentences[p][k] = first_sentence(md);
}

/* The first sentence of a section's notes in language l: English for a
 * page only in English. */
typedef struct {
    site *s;
    size_t l;
} note_ctx;

static const char *section_note(void *ctx, size_t p, size_t k)
{
    note_ctx *c = ctx;
    const lang_rec *lang = &c->s->langs[c->s->pages[p].english_only ? 0 : c->l];
    return lang->sentences && lang->sentences[p] ? lang->sentences[p][k] : NULL;
}

void site_xref_tooltips(site *s, size_t l, size_t p, const char *self, sn_buf *body)
{
    sn_xref_where w = where(s, l, self);
    sn_xref_labels lb = labels(s, l);
    note_ctx c = {s, l};
    sn_xref_tooltips(s->xref, p, &w, &lb, section_note, &c, body);
}

void site_xref_index_link(const site *s, size_t l, const char *self, sn_buf *body)
{
    if (!sn_xref_has_index(s->xref)) return;
    char *to = sn_strdup_printf("%s" SN_XREF_INDEX_PAGE, s->langs[l].prefix);
    char *href = sn_link(self, to);
    char *label = sn_ui_string_html(s->langs[l].ui, SN_UI_XREF_INDEX_LINK);
    sn_buf_printf(body, "<p class=\"xref-index-link\"><a href=\"%s\">%s</a></p>\n", href, label);
    free(label);
    free(href);
    free(to);
}

void site_assemble_xref_index(site *s, size_t l)
{
    if (!sn_xref_has_index(s->xref)) return;
    lang_rec *lang = &s->langs[l];
    char *self = sn_strdup_printf("%s" SN_XREF_INDEX_PAGE, lang->prefix);
    sn_xref_where w = where(s, l, self);
    sn_xref_labels lb = labels(s, l);
    sn_buf body = {0};
    sn_xref_index(s->xref, &w, &lb, &body);
    sn_crumb crumbs[SITE_MAX_DEPTH];
    char *own[SITE_MAX_DEPTH];
    size_t n = site_crumbs(s, l, 0, 0, crumbs, own);
    sn_page_view v = {&lang->lang, s->lang_views, s->nlangs, SN_XREF_INDEX_PAGE, lb.title,
                      site_folder_title(s, l, 0), lb.title, crumbs, n, NULL, "index-page xref-page",
                      body.data, s->o->base_url, sn_tools_get_stats(s->tools).formulas == 0};
    char *html = sn_assemble_page(s->templates, &v);
    site_add_output(s, self, html, strlen(html));
    for (size_t i = 0; i < n; i++) free(own[i]);
    sn_buf_free(&body);
}

void site_xref_free(site *s)
{
    for (size_t l = 0; l < s->nlangs; l++) {
        char ***sn = s->langs[l].sentences;
        for (size_t i = 0; sn && i < s->npages; i++) {
            for (size_t j = 0; sn[i] && j < s->pages[i].page.count; j++) free(sn[i][j]);
            free(sn[i]);
        }
        free(sn);
    }
    sn_xref_free(s->xref);
    free(s->xref_pages);
}
