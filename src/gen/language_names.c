/* language_names.c — see language_names.h. The JSON is read with Jansson;
 * the .mo catalogs (GNU gettext's binary format: a header, then tables of
 * (length, offset) pairs for the originals and the translations) are small
 * enough to scan, and reading them directly avoids needing the language's
 * locale generated on the machine, which dgettext() would. */
#include "language_names.h"

#include "buf.h"
#include "fs.h"

#include <dirent.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int sn_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The English name of the entry of `file`'s list `list` whose `key` is
 * `value`, malloc'd, or NULL. */
static char *iso_name(const char *dir, const char *file, const char *list, const char *key,
                      const char *value)
{
    /* Read whole, then parsed: json_load_file reads a byte at a time with
     * getc(), which locks the stream at each byte once the process has a
     * thread (the cross-references' parsers): 40 ms for the 0.9 MB of
     * iso_639-3.json in three languages, against 2 ms without a thread. */
    char *path = sn_strdup_printf("%s/%s", dir, file);
    char *text = NULL;
    size_t len = 0;
    json_t *root = sn_read_file(path, &text, &len) == 0 ? json_loadb(text, len, 0, NULL) : NULL;
    free(text);
    free(path);
    json_t *items = json_object_get(root, list);
    char *name = NULL;
    for (size_t i = 0; !name && i < json_array_size(items); i++) {
        json_t *e = json_array_get(items, i);
        const char *v = json_string_value(json_object_get(e, key));
        const char *n = json_string_value(json_object_get(e, "name"));
        if (v && n && strcmp(v, value) == 0) name = sn_strdup(n);
    }
    json_decref(root);
    return name;
}

static uint32_t word(const unsigned char *p, int swap)
{
    uint32_t w;
    memcpy(&w, p, 4);
    return swap ? __builtin_bswap32(w) : w;
}

/* The translation of `msgid` in the .mo file at `path`, malloc'd, or NULL. */
static char *mo_lookup(const char *path, const char *msgid)
{
    char *data = NULL;
    size_t len = 0;
    if (sn_read_file(path, &data, &len) != 0 || len < 28) {
        free(data);
        return NULL;
    }
    const unsigned char *d = (const unsigned char *)data;
    uint32_t magic = word(d, 0);
    int swap = magic == 0xde120495u;
    char *out = NULL;
    if (magic == 0x950412deu || swap) {
        uint32_t n = word(d + 8, swap), orig = word(d + 12, swap), tran = word(d + 16, swap);
        size_t want = strlen(msgid);
        for (uint32_t i = 0; i < n && !out; i++) {
            size_t o = (size_t)orig + 8u * i, t = (size_t)tran + 8u * i;
            if (o + 8 > len || t + 8 > len) break;
            uint32_t ol = word(d + o, swap), oo = word(d + o + 4, swap);
            if (ol != want || (size_t)oo + ol > len || memcmp(d + oo, msgid, want) != 0) continue;
            uint32_t tl = word(d + t, swap), to = word(d + t + 4, swap);
            if ((size_t)to + tl <= len && tl > 0) out = sn_strndup(data + to, tl);
        }
    }
    free(data);
    return out;
}

/* The folder of iso-codes' catalogs for `code`: the code itself ("pt_BR"),
 * its language ("pt"), or the first of its language's variants ("zh" →
 * "zh_CN"). Malloc'd, or NULL. */
static char *catalog_for(const char *locale_dir, const char *code, const char *domain)
{
    char *path = sn_strdup_printf("%s/%s/LC_MESSAGES/%s.mo", locale_dir, code, domain);
    if (sn_is_file(path)) return path;
    free(path);
    size_t ll = strcspn(code, "_@-");
    path = sn_strdup_printf("%s/%.*s/LC_MESSAGES/%s.mo", locale_dir, (int)ll, code, domain);
    if (sn_is_file(path)) return path;
    free(path);
    path = NULL;
    struct dirent **names = NULL;
    int n = scandir(locale_dir, &names, NULL, alphasort);
    for (int i = 0; i < n; i++) {
        const char *d = names[i]->d_name;
        if (!path && strncmp(d, code, ll) == 0 && d[ll] == '_') {
            char *p = sn_strdup_printf("%s/%s/LC_MESSAGES/%s.mo", locale_dir, d, domain);
            if (sn_is_file(p)) path = p;
            else free(p);
        }
        free(names[i]);
    }
    free(names);
    return path;
}

/* `english` in the language of `code`, from iso-codes' catalog `domain`;
 * the English itself when there is no catalog or no translation. */
static char *own(const char *locale_dir, const char *code, const char *domain, const char *english)
{
    char *mo = catalog_for(locale_dir, code, domain);
    char *t = mo ? mo_lookup(mo, english) : NULL;
    free(mo);
    return t ? t : sn_strdup(english);
}

char *sn_language_own_name(const char *code, const char *iso_dir, const char *locale_dir)
{
    if (!iso_dir) iso_dir = "/usr/share/iso-codes/json";
    if (!locale_dir) locale_dir = "/usr/share/locale";
    if (strcmp(code, "en") == 0) return sn_strdup("English");
    size_t ll = strcspn(code, "_@-");
    char *lang = sn_strndup(code, ll);
    char *english = iso_name(iso_dir, "iso_639-3.json", "639-3", ll == 2 ? "alpha_2" : "alpha_3", lang);
    free(lang);
    if (!english) return NULL;
    char *name = own(locale_dir, code, "iso_639-3", english);
    free(english);
    /* Latin-script names are lower case in some languages' running text
     * ("français"); at the head of a menu item they take a capital. */
    if (name[0] >= 'a' && name[0] <= 'z') name[0] = (char)(name[0] - 'a' + 'A');
    if (code[ll] == '_' && strlen(code + ll + 1) == 2) {
        char *country = iso_name(iso_dir, "iso_3166-1.json", "3166-1", "alpha_2", code + ll + 1);
        if (country) {
            char *local = own(locale_dir, code, "iso_3166-1", country);
            char *both = sn_strdup_printf("%s (%s)", name, local);
            free(local);
            free(country);
            free(name);
            name = both;
        }
    }
    return name;
}
