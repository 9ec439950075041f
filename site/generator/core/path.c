/* path.c — see path.h. */
#include "path.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

int sn_is_readme(const char *source)
{
    return strcasecmp(sn_basename(source), "readme.md") == 0;
}

char *sn_page_path(const char *source)
{
    size_t n = strlen(source);
    char *dir = sn_dirname(source);
    char *out;
    if (sn_is_readme(source)) out = sn_strdup_printf("%s%sindex.html", dir, *dir ? "/" : "");
    else if (n > 3 && strcasecmp(source + n - 3, ".md") == 0) out = sn_strdup_printf("%.*s.html", (int)(n - 3), source);
    else out = sn_strdup_printf("%s.html", source);
    free(dir);
    return out;
}

char *sn_dirname(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? sn_strndup(path, (size_t)(slash - path)) : sn_strndup("", 0);
}

const char *sn_basename(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

char *sn_resolve(const char *dir, const char *rel)
{
    sn_buf joined = {0};
    sn_buf_printf(&joined, "%s/%s", dir, rel);
    /* Split into components, applying "." and ".." as they come. */
    char *s = joined.data;
    char **parts = sn_xmalloc((joined.len + 1) * sizeof *parts);
    size_t n = 0;
    int ok = 1;
    for (char *tok = s, *next; tok; tok = next) {
        next = strchr(tok, '/');
        if (next) *next++ = '\0';
        if (!*tok || strcmp(tok, ".") == 0) continue;
        if (strcmp(tok, "..") == 0) {
            if (!n) { ok = 0; break; }
            n--;
            continue;
        }
        parts[n++] = tok;
    }
    sn_buf out = {0};
    for (size_t i = 0; ok && i < n; i++) sn_buf_printf(&out, "%s%s", i ? "/" : "", parts[i]);
    free(parts);
    sn_buf_free(&joined);
    if (!ok) {
        sn_buf_free(&out);
        return NULL;
    }
    return sn_buf_take(&out);
}

static void add_url_encoded(sn_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            strchr("-._~/", c)) {
            sn_buf_putc(b, (char)c);
        } else {
            sn_buf_putc(b, '%');
            sn_buf_putc(b, hex[c >> 4]);
            sn_buf_putc(b, hex[c & 15]);
        }
    }
}

char *sn_link(const char *from, const char *to)
{
    /* Skip the folders both paths share, then climb out of the rest. */
    size_t common = 0;
    for (size_t i = 0; from[i] && from[i] == to[i]; i++)
        if (from[i] == '/') common = i + 1;
    sn_buf b = {0};
    for (const char *s = from + common; *s; s++)
        if (*s == '/') sn_buf_puts(&b, "../");
    add_url_encoded(&b, to + common, strlen(to + common));
    if (!b.len) sn_buf_puts(&b, "./");
    return sn_buf_take(&b);
}

int sn_path_is_clean(const char *path)
{
    if (!*path || *path == '/') return 0;
    for (const char *s = path; *s;) {
        const char *e = strchr(s, '/');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (n == 0 || (n == 1 && s[0] == '.') || (n == 2 && s[0] == '.' && s[1] == '.')) return 0;
        s += n + (e ? 1 : 0);
        if (e && !*s) return 0;
    }
    return 1;
}
