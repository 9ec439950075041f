/* languages.c — the languages a site is rendered into: English, always,
 * then those of the translations folder (--po), each with its catalogs
 * (site.po for the interface, one PO file per page), and the name each
 * language calls itself in the switcher. */
#include "site_model.h"

#include "fs.h"
#include "language_names.h"
#include "memory.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void site_add_language(site *s, const char *code)
{
    s->langs = sn_xrealloc(s->langs, (s->nlangs + 1) * sizeof *s->langs);
    lang_rec *l = &s->langs[s->nlangs++];
    memset(l, 0, sizeof *l);
    l->code = sn_strdup(code);
    l->prefix = strcmp(code, "en") == 0 ? sn_strdup("") : sn_strdup_printf("%s/", code);
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
 * (gettext's convention, read by sn_languages_read, the one parser the
 * translators' tool uses too) when it has one, else its subfolders but
 * `templates` (where the POT files live). */
static char **language_codes(const char *po_dir, size_t *count, char **err)
{
    char **codes = NULL;
    size_t n = 0;
    char *linguas = sn_strdup_printf("%s/LINGUAS", po_dir);
    struct stat lst;
    if (stat(linguas, &lst) == 0) {
        free(linguas);
        if (sn_languages_read(po_dir, &codes, count, err) != 0) return NULL;
        return codes;
    }
    free(linguas);
    sn_strv names = {0};
    if (sn_list_folder(po_dir, 0, &names) != 0) {
        *err = sn_error_at(po_dir, 0, 0, "cannot read the translations folder: %s", strerror(errno));
        return NULL;
    }
    for (size_t i = 0; i < names.count; i++) {
        const char *name = names.items[i];
        char *path = sn_strdup_printf("%s/%s", po_dir, name);
        struct stat st;
        if (strcmp(name, "en") != 0 && strcmp(name, "templates") != 0 && stat(path, &st) == 0 &&
            S_ISDIR(st.st_mode)) {
            codes = sn_xrealloc(codes, (n + 1) * sizeof *codes);
            codes[n++] = sn_strdup(name);
        }
        free(path);
    }
    sn_strv_free(&names);
    *count = n;
    return codes;
}

/* One broken translation never stops the site, nor the other languages:
 * the message (or a catalog that cannot be read at all) falls back to
 * English, marked on the page as not yet translated, with a warning naming
 * the file and line. With --strict it is an error, as in sidenotes-po. */
static int load_catalog(site *s, const char *path, sn_catalog **out, char **err)
{
    if (s->o->memory) { /* serve: parsed once, kept by the memory (memory.h) */
        char *msg = NULL;
        *out = sn_site_memory_catalog(s->o->memory, path, s->o->strict, &msg);
        if (!*out) {
            *err = msg;
            return -1;
        }
        if (msg) sn_diags_take_warning(s->diags, msg);
        return 0;
    }
    if (s->o->strict) {
        *out = sn_catalog_load(path, err);
        return *out ? 0 : -1;
    }
    char *warnings = NULL;
    *out = sn_catalog_load_forgiving(path, &warnings);
    if (warnings) sn_diags_take_warning(s->diags, warnings); /* counted: shown again next time */
    return 0;
}

int site_load_languages(site *s, char **err)
{
    if (!s->o->po_dir) return 0;
    size_t n = 0;
    char **codes = language_codes(s->o->po_dir, &n, err);
    if (!codes && *err) return -1;
    if (n) qsort(codes, n, sizeof *codes, sn_strcmp_ptr);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        if ((i > 0 && strcmp(codes[i - 1], codes[i]) == 0) || strcmp(codes[i], "en") == 0)
            continue; /* named twice, or English, which is always there */
        if (strchr(codes[i], '/') || strcmp(codes[i], "..") == 0 || strcmp(codes[i], ".") == 0) {
            *err = sn_error_at(s->o->po_dir, 0, 0, "`%s` is not a language code", codes[i]);
            rc = -1;
        }
        if (rc == 0) rc = check_language_name(s, codes[i], err);
        if (rc == 0) site_add_language(s, codes[i]);
    }
    for (size_t i = 0; i < n; i++) free(codes[i]);
    free(codes);
    for (size_t i = 1; i < s->nlangs && rc == 0; i++) {
        lang_rec *l = &s->langs[i];
        char *path = sn_strdup_printf("%s/%s/site.po", s->o->po_dir, l->code);
        rc = load_catalog(s, path, &l->ui, err);
        free(path);
        for (size_t p = 0; p < s->npages && rc == 0; p++) {
            if (s->pages[p].english_only) continue; /* sections.c */
            path = sn_strdup_printf("%s/%s/%s.po", s->o->po_dir, l->code, s->pages[p].page.src->path);
            rc = load_catalog(s, path, &l->catalogs[p], err);
            free(path);
        }
    }
    return rc;
}

/* How much of a language is translated, in percent: its catalogs'
 * messages (interface and pages) that have a usable translation. */
static void count_state(void *ctx, const char *msgctxt, const char *msgid, const char *msgstr,
                        sn_message_state state, int line)
{
    long *n = ctx;
    (void)msgctxt, (void)msgid, (void)msgstr, (void)line;
    n[0] += state == SN_MESSAGE_TRANSLATED;
    n[1]++;
}

static int percent_translated(const site *s, const lang_rec *lang)
{
    long n[2] = {0, 0};
    sn_catalog_each(lang->ui, count_state, n);
    for (size_t p = 0; p < s->npages; p++) sn_catalog_each(lang->catalogs[p], count_state, n);
    return n[1] ? (int)(n[0] * 100 / n[1]) : 0;
}

/* A language's own name, from iso-codes (ui_strings.h says why not from
 * its site.po), else NULL. Parsing iso-codes' list of languages (875 KB of
 * JSON) took a tenth of a rebuild, every build, so the name is cached,
 * keyed by the list's size and time (the translations of the names come
 * in the same package, updated with it). */
#define ISO_639 "/usr/share/iso-codes/json/iso_639-3.json"
static char *own_name(site *s, const char *code, int *put)
{
    struct stat st;
    char *version = stat(ISO_639, &st) == 0
                        ? sn_strdup_printf("%lld %lld.%09ld", (long long)st.st_size,
                                           (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec)
                        : NULL;
    size_t n;
    char *name = version ? sn_cache_get(s->cache, "iso-codes", version, "", code, strlen(code), &n) : NULL;
    if (!name && (name = sn_language_own_name(code, NULL, NULL)) && version) {
        sn_cache_put(s->cache, "iso-codes", version, "", code, strlen(code), name, strlen(name));
        *put = 1;
    }
    free(version);
    return name;
}

void site_name_languages(site *s)
{
    int put = 0;
    s->lang_views = sn_xcalloc(s->nlangs, sizeof *s->lang_views);
    int *offered = sn_xcalloc(s->nlangs, sizeof *offered);
    for (size_t l = 0; l < s->nlangs; l++) {
        lang_rec *lang = &s->langs[l];
        lang->own_name = own_name(s, lang->code, &put);
        lang->lang = (sn_lang){lang->code, lang->own_name ? lang->own_name : lang->code,
                               lang->prefix, lang->ui};
        s->lang_views[l] = lang->lang;
        offered[l] = l == 0 || percent_translated(s, lang) >= s->o->min_translated;
    }
    /* The switcher of each language: the languages offered, and itself (a
     * language below the threshold is built and previewable, but no other
     * page links to it). */
    for (size_t l = 0; l < s->nlangs; l++) {
        lang_rec *lang = &s->langs[l];
        lang->switcher = sn_xcalloc(s->nlangs, sizeof *lang->switcher);
        for (size_t k = 0; k < s->nlangs; k++)
            if (offered[k] || k == l) lang->switcher[lang->nswitcher++] = s->lang_views[k];
    }
    free(offered);
    char *err = NULL;
    if (put && sn_cache_commit(s->cache, &err) != 0) { /* the names are fine */
        fprintf(stderr, "sidenotes: warning: %s\n", err);
        free(err);
    }
}
