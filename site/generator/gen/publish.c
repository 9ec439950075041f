/* publish.c — see publish.h. */
#include "publish.h"

#include "path.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bytes of the UTF-8 sequence that starts with `c` (1 for a stray byte). */
static size_t utf8_len(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Is the code point at s one of CJK's (ideographs, kana, hangul, their
 * punctuation)? Text in those scripts may be cut between any two of them. */
static int is_cjk(const unsigned char *s)
{
    unsigned cp = s[0] >= 0xE0 && s[0] < 0xF0 ? ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu) : 0;
    return (cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

char *sn_describe(const char *text, size_t max)
{
    /* Whitespace runs become one space. */
    sn_buf flat = {0};
    for (const char *s = text; *s; s++) {
        int space = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r';
        if (!space) sn_buf_putc(&flat, *s);
        else if (flat.len && flat.data[flat.len - 1] != ' ' && s[1]) sn_buf_putc(&flat, ' ');
    }
    if (!flat.data) return sn_strndup("", 0);
    const unsigned char *s = (const unsigned char *)flat.data;
    size_t i = 0, n = 0, cut = 0; /* cut: the last place a cut may go */
    while (s[i] && n < max) {
        if (s[i] == ' ' || is_cjk(s + i)) cut = i;
        i += utf8_len(s[i]);
        n++;
    }
    if (!s[i]) return sn_buf_take(&flat);
    /* Too long: cut at the last boundary leaving room for "…". */
    if (cut == 0) cut = i;
    while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ',' || s[cut - 1] == ';' || s[cut - 1] == ':'))
        cut--;
    char *out = sn_strdup_printf("%.*s…", (int)cut, flat.data);
    sn_buf_free(&flat);
    return out;
}

char *sn_base_url_check(const char *url, char **err)
{
    int http = strncmp(url, "http://", 7) == 0, https = strncmp(url, "https://", 8) == 0;
    size_t host = http ? 7 : https ? 8 : 0;
    if (!host || !url[host] || url[host] == '/' || strpbrk(url, " \t\n\"'<>\\")) {
        *err = sn_strdup_printf("error: --base-url: \"%s\" is not an http:// or https:// URL "
                                "(e.g. https://example.org/site/)", url);
        return NULL;
    }
    size_t n = strlen(url);
    return url[n - 1] == '/' ? sn_strndup(url, n) : sn_strdup_printf("%s/", url);
}

char *sn_absolute(const char *base, const char *path)
{
    char *rel = sn_link("index.html", path); /* percent-encoded, from the top */
    char *abs = sn_strdup_printf("%s%s", base, rel);
    free(rel);
    return abs;
}

void sn_publish_head(sn_buf *out, const char *base, const char *self, const char *title,
                     const char *site_title, const char *description, const char *locale)
{
    if (!base) return;
    char *url = sn_absolute(base, self);
    sn_buf_printf(out, "<link rel=\"canonical\" href=\"%s\">\n", url);
    sn_buf_printf(out, "<meta property=\"og:type\" content=\"article\">\n");
    sn_buf_printf(out, "<meta property=\"og:url\" content=\"%s\">\n", url);
    sn_buf_puts(out, "<meta property=\"og:title\" content=\"");
    sn_buf_add_html(out, title, strlen(title));
    sn_buf_puts(out, "\">\n<meta property=\"og:site_name\" content=\"");
    sn_buf_add_html(out, site_title, strlen(site_title));
    sn_buf_puts(out, "\">\n");
    if (description && *description) {
        sn_buf_puts(out, "<meta property=\"og:description\" content=\"");
        sn_buf_add_html(out, description, strlen(description));
        sn_buf_puts(out, "\">\n");
    }
    sn_buf_puts(out, "<meta property=\"og:locale\" content=\"");
    sn_buf_add_html(out, locale, strlen(locale));
    sn_buf_puts(out, "\">\n");
    free(url);
}

void sn_publish_preload(sn_buf *out, const char *base, const char *static_href, const char *body)
{
    if (!base || !strstr(body, "class=\"katex\"")) return;
    static const char *const fonts[] = {"KaTeX_Main-Regular", "KaTeX_Math-Italic"};
    for (size_t i = 0; i < sizeof fonts / sizeof *fonts; i++)
        sn_buf_printf(out, "<link rel=\"preload\" href=\"%skatex/fonts/%s.woff2\" as=\"font\" "
                           "type=\"font/woff2\" crossorigin>\n", static_href, fonts[i]);
}

char *sn_sitemap(const char *base, const char *const *paths, size_t n)
{
    sn_buf b = {0};
    sn_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (size_t i = 0; i < n; i++) {
        char *url = sn_absolute(base, paths[i]);
        sn_buf_puts(&b, "<url><loc>");
        sn_buf_add_html(&b, url, strlen(url));
        sn_buf_puts(&b, "</loc></url>\n");
        free(url);
    }
    sn_buf_puts(&b, "</urlset>\n");
    return sn_buf_take(&b);
}

char *sn_robots(const char *base)
{
    if (!base) return sn_strdup_printf("User-agent: *\nAllow: /\n");
    return sn_strdup_printf("User-agent: *\nAllow: /\n\nSitemap: %ssitemap.xml\n", base);
}

/* ---- images ---- */

static unsigned be32(const unsigned char *p)
{
    return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3];
}

/* The number at the start of an attribute value ("640", "640px"); 0 for
 * anything else (percentages, other units). */
static unsigned svg_length(const char *v, const char *end)
{
    char *stop;
    double d = strtod(v, &stop);
    if (stop == v || d <= 0 || d > 100000) return 0;
    if (stop < end && *stop != '"' && *stop != '\'' && strncmp(stop, "px", 2) != 0) return 0;
    return (unsigned)(d + 0.5);
}

/* The value of attribute `name` in the tag [tag, end), or NULL. */
static const char *attr_in(const char *tag, const char *end, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = tag; p + n + 1 < end; p++) {
        if ((p[-1] == ' ' || p[-1] == '\n' || p[-1] == '\t' || p[-1] == '\r') &&
            strncmp(p, name, n) == 0 && p[n] == '=' && (p[n + 1] == '"' || p[n + 1] == '\''))
            return p + n + 2;
    }
    return NULL;
}

static int svg_size(const char *data, size_t len, unsigned *w, unsigned *h)
{
    char *text = sn_strndup(data, len); /* NUL-terminated for the searches */
    const char *tag = strstr(text, "<svg");
    const char *end = tag ? strchr(tag, '>') : NULL;
    int ok = 0;
    if (tag && end) {
        tag += 4;
        const char *wv = attr_in(tag, end, "width"), *hv = attr_in(tag, end, "height");
        const char *vb = attr_in(tag, end, "viewBox");
        *w = wv ? svg_length(wv, end) : 0;
        *h = hv ? svg_length(hv, end) : 0;
        double x, y, vw, vh;
        if ((!*w || !*h) && vb && sscanf(vb, "%lf%*[ ,]%lf%*[ ,]%lf%*[ ,]%lf", &x, &y, &vw, &vh) == 4 &&
            vw > 0 && vh > 0 && vw < 100000 && vh < 100000) {
            *w = (unsigned)(vw + 0.5);
            *h = (unsigned)(vh + 0.5);
        }
        ok = *w && *h;
    }
    free(text);
    return ok;
}

int sn_image_size(const char *data, size_t len, unsigned *width, unsigned *height)
{
    const unsigned char *p = (const unsigned char *)data;
    *width = *height = 0;
    if (len >= 24 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0 && memcmp(p + 12, "IHDR", 4) == 0) {
        *width = be32(p + 16);
        *height = be32(p + 20);
    } else if (len >= 10 && (memcmp(p, "GIF87a", 6) == 0 || memcmp(p, "GIF89a", 6) == 0)) {
        *width = p[6] | (unsigned)p[7] << 8;
        *height = p[8] | (unsigned)p[9] << 8;
    } else if (len >= 4 && p[0] == 0xFF && p[1] == 0xD8) {
        /* JPEG: walk the segments to a start-of-frame. */
        size_t i = 2;
        while (i + 9 < len && p[i] == 0xFF) {
            unsigned marker = p[i + 1], seg = (unsigned)p[i + 2] << 8 | p[i + 3];
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                *height = (unsigned)p[i + 5] << 8 | p[i + 6];
                *width = (unsigned)p[i + 7] << 8 | p[i + 8];
                break;
            }
            i += 2 + seg;
        }
    } else {
        svg_size(data, len, width, height);
    }
    return *width && *height ? 0 : -1;
}

/* Characters of text in [s, e): outside tags, a UTF-8 character counted
 * once (twice from U+0800 on: CJK is about twice as wide), a formula's MathML copy (its <annotation>) and Pygments' spans
 * included: a rough measure, on the generous side, of how far down the page
 * a point is. */
static size_t text_between(const char *s, const char *e)
{
    size_t n = 0;
    int in_tag = 0;
    for (; s < e; s++) {
        if (*s == '<') in_tag = 1;
        else if (*s == '>') in_tag = 0;
        else if (!in_tag && ((unsigned char)*s & 0xC0) != 0x80 && *s != '\n')
            n += (unsigned char)*s >= 0xE0 ? 2 : 1; /* CJK: about two Latin letters wide */
    }
    return n;
}

void sn_publish_images(sn_buf *out, const char *html, const char *self, sn_file_lookup find,
                       void *ctx)
{
    char *dir = sn_dirname(self);
    const char *s = html, *tag;
    int first = 1;
    while ((tag = strstr(s, "<img ")) != NULL) {
        const char *end = strchr(tag, '>');
        if (!end) break;
        sn_buf_add(out, s, (size_t)(tag - s));
        s = end + 1;
        const char *src = attr_in(tag + 4, end, "src");
        int done = attr_in(tag + 4, end, "width") || attr_in(tag + 4, end, "loading");
        if (!src || done) {
            sn_buf_add(out, tag, (size_t)(s - tag));
            continue;
        }
        size_t n = strcspn(src, "\"'#?");
        char *rel = sn_strndup(src, n);
        char *path = strstr(rel, "://") || rel[0] == '/' ? NULL : sn_resolve(dir, rel);
        const char *data;
        size_t len;
        unsigned w = 0, h = 0;
        if (path && find(ctx, path, &data, &len) == 0) sn_image_size(data, len, &w, &h);
        sn_buf_add(out, tag, 4);
        if (w && h) sn_buf_printf(out, " width=\"%u\" height=\"%u\"", w, h);
        /* The first image may be what the reader sees first (Lighthouse's
         * largest contentful paint): it loads at once if it can be on the
         * first screen (less than a phone's screen of text above it).
         * Everything else waits to be scrolled to: a figure far down a
         * folder page would otherwise compete with the page's own files. */
        int eager = first && text_between(html, tag) < SN_FIRST_SCREEN_TEXT;
        sn_buf_puts(out, eager ? " decoding=\"async\"" : " loading=\"lazy\" decoding=\"async\"");
        first = 0;
        sn_buf_add(out, tag + 4, (size_t)(s - tag - 4));
        free(path);
        free(rel);
    }
    sn_buf_puts(out, s);
    free(dir);
}

/* ---- tables ---- */

/* One table, [s, e), rewritten into out when its first header cell is
 * empty: that cell becomes a <td>, and the first cell of every body row a
 * <th scope="row">. */
static void comparison_table(sn_buf *out, const char *s, const char *e)
{
    const char *th = s;
    while ((th = strstr(th, "<th")) != NULL && th[3] != '>' && th[3] != ' ') th += 3; /* not <thead> */
    const char *th_end = th && th < e ? strchr(th, '>') : NULL;
    if (!th_end || th_end >= e || strncmp(th_end + 1, "</th>", 5) != 0) {
        sn_buf_add(out, s, (size_t)(e - s));
        return;
    }
    sn_buf_add(out, s, (size_t)(th - s));
    sn_buf_puts(out, "<td");
    sn_buf_add(out, th + 3, (size_t)(th_end + 1 - (th + 3)));
    sn_buf_puts(out, "</td>");
    const char *p = th_end + 1 + 5;
    const char *body = strstr(p, "<tbody>");
    if (!body || body >= e) body = e;
    sn_buf_add(out, p, (size_t)(body - p));
    p = body;
    const char *row;
    while ((row = strstr(p, "<tr>")) != NULL && row < e) {
        const char *td = strstr(row, "<td");
        const char *close = td ? strstr(td, "</td>") : NULL;
        if (!close || close >= e) break;
        sn_buf_add(out, p, (size_t)(td - p));
        sn_buf_puts(out, "<th scope=\"row\"");
        sn_buf_add(out, td + 3, (size_t)(close - (td + 3)));
        sn_buf_puts(out, "</th>");
        p = close + 5;
    }
    sn_buf_add(out, p, (size_t)(e - p));
}

void sn_publish_tables(sn_buf *out, const char *html)
{
    const char *s = html, *t;
    while ((t = strstr(s, "<table>")) != NULL) {
        const char *e = strstr(t, "</table>");
        if (!e) break;
        sn_buf_add(out, s, (size_t)(t - s));
        comparison_table(out, t, e);
        s = e;
    }
    sn_buf_puts(out, s);
}
