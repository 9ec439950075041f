/* test_publish.c — meta descriptions cut to length, image sizes read from
 * the files, --base-url checked (publish.h). */
#include "check.h"
#include "publish.h"

#include <stdlib.h>
#include <string.h>

static void describe(const char *text, size_t max, const char *want)
{
    char *got = sn_describe(text, max);
    CHECK_STR(got, want);
    free(got);
}

static int no_file(void *ctx, const char *path, const char **data, size_t *len)
{
    (void)ctx; (void)path; (void)data; (void)len;
    return -1;
}

/* The <img> tags sn_publish_images makes of `html`. */
static void images(const char *html, const char *want)
{
    sn_buf out = {0};
    sn_publish_images(&out, html, "index.html", no_file, NULL);
    CHECK_STR(out.data, want);
    sn_buf_free(&out);
}

static void size_of(const char *data, size_t len, unsigned w, unsigned h)
{
    unsigned gw = 1, gh = 1;
    int rc = sn_image_size(data, len, &gw, &gh);
    CHECK_INT(rc, w ? 0 : -1);
    CHECK_INT((int)gw, (int)w);
    CHECK_INT((int)gh, (int)h);
}

int main(void)
{
    /* Short text is kept, whitespace runs become one space. */
    describe("Two  small\nlibraries.", 160, "Two small libraries.");
    describe("", 160, "");
    /* Long text is cut at a word, without trailing punctuation, with "…". */
    describe("one two three, four five", 16, "one two three…");
    describe("abcdefghij", 4, "abcd…");
    /* Chinese may be cut between any two characters; counted in characters. */
    describe("批量归一化按通道统计", 4, "批量归…");
    describe("批量归一化", 5, "批量归一化");

    /* PNG: the IHDR chunk. */
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x02\x80\0\0\x01\xe0";
    size_of(png, sizeof png - 1, 640, 480);
    /* GIF: the logical screen. */
    size_of("GIF89a\x10\0\x08\0", 10, 16, 8);
    /* SVG: width and height, else the viewBox. */
    const char *svg1 = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20px\">";
    size_of(svg1, strlen(svg1), 40, 20);
    const char *svg2 = "<?xml?>\n<svg \n viewBox=\"0 0 640 820\"\n xmlns=\"x\">";
    size_of(svg2, strlen(svg2), 640, 820);
    const char *svg3 = "<svg width=\"100%\" viewBox=\"0,0,30.4,10\">";
    size_of(svg3, strlen(svg3), 30, 10);
    const char *svg4 = "<svg width=\"100%\">";
    size_of(svg4, strlen(svg4), 0, 0);
    size_of("not an image", 12, 0, 0);

    /* Base URLs: http(s) only, a trailing slash added. */
    char *err = NULL, *url = sn_base_url_check("https://example.org/site", &err);
    CHECK_STR(url, "https://example.org/site/");
    free(url);
    url = sn_base_url_check("http://127.0.0.1:8000/", &err);
    CHECK_STR(url, "http://127.0.0.1:8000/");
    free(url);
    const char *bad[] = {"example.org", "ftp://x/", "https://", "https:///x", "https://a b/", "https://x/\"y"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        err = NULL;
        CHECK(sn_base_url_check(bad[i], &err) == NULL);
        CHECK(err && strstr(err, "--base-url"));
        free(err);
    }
    char *abs = sn_absolute("https://example.org/", "zh/a b.html");
    CHECK_STR(abs, "https://example.org/zh/a%20b.html");
    free(abs);
    /* A comparison table: rows headed, no empty header; others untouched. */
    sn_buf t = {0};
    sn_publish_tables(&t, "<p>x</p><table>\n<thead>\n<tr>\n<th></th>\n<th align=\"right\">BN</th>\n</tr>\n</thead>\n"
                          "<tbody>\n<tr>\n<td>sets</td>\n<td>C</td>\n</tr>\n<tr>\n<td align=\"left\"><em>a</em></td>\n<td>1</td>\n</tr>\n</tbody>\n</table>"
                          "<table><thead><tr><th>k</th></tr></thead><tbody><tr><td>v</td></tr></tbody></table>");
    CHECK_STR(t.data, "<p>x</p><table>\n<thead>\n<tr>\n<td></td>\n<th align=\"right\">BN</th>\n</tr>\n</thead>\n"
                      "<tbody>\n<tr>\n<th scope=\"row\">sets</th>\n<td>C</td>\n</tr>\n<tr>\n<th scope=\"row\" align=\"left\"><em>a</em></th>\n<td>1</td>\n</tr>\n</tbody>\n</table>"
                      "<table><thead><tr><th>k</th></tr></thead><tbody><tr><td>v</td></tr></tbody></table>");
    sn_buf_free(&t);

    /* The first image loads at once when it can be on the first screen;
     * below a screen of text (tags and their attributes not counted), and
     * every later image, it waits to be scrolled to. */
    images("<h1>T</h1><p>Short.</p><img src=\"a.svg\"><img src=\"b.svg\">",
           "<h1>T</h1><p>Short.</p><img decoding=\"async\" src=\"a.svg\"><img loading=\"lazy\" decoding=\"async\" src=\"b.svg\">");
    size_t n = SN_FIRST_SCREEN_TEXT;
    char *far = malloc(n + 64), *near = malloc(8 * n + 64);
    strcpy(far, "<p>");
    strcpy(near, "<p>");
    for (size_t i = 0; i < n; i++) {
        strcat(far, "x");
        /* Markup does not count: only n - 1 characters of text. */
        if (i) strcat(near, "<b>y</b>");
    }
    strcat(far, "</p><img src=\"a.svg\">");
    strcat(near, "</p><img src=\"a.svg\">");
    sn_buf out = {0};
    sn_publish_images(&out, far, "index.html", no_file, NULL);
    CHECK(strstr(out.data, "<img loading=\"lazy\" decoding=\"async\" src=\"a.svg\">") != NULL);
    sn_buf_free(&out);
    sn_publish_images(&out, near, "index.html", no_file, NULL);
    CHECK(strstr(out.data, "<img decoding=\"async\" src=\"a.svg\">") != NULL);
    sn_buf_free(&out);
    free(far);
    free(near);
    return check_failures != 0;
}
