/* program_output.c — see program_output.h. */
#include "program_output.h"

#include "buf.h"
#include "path.h"
#include "read.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char keyword[] = "output";

int sn_output_block_name(const char *info, const char *body, char **name, char **why)
{
    const char *p = info ? info : "";
    size_t k = strlen(keyword);
    if (strncmp(p, keyword, k) != 0 || (p[k] && p[k] != ' ' && p[k] != '\t')) return 0;
    p += k + strspn(p + k, " \t");
    size_t n = strcspn(p, " \t");
    const char *rest = p + n + strspn(p + n, " \t");
    if (n == 0) {
        *why = sn_strdup_printf("an output block needs a file name: ```output FILE");
        return -1;
    }
    if (*rest) {
        *why = sn_strdup_printf("an output block takes one file name, not `%s`", p);
        return -1;
    }
    if (body && body[strspn(body, " \t\n")]) {
        *why = sn_strdup_printf("an output block must be empty: its text is that of `%.*s`", (int)n, p);
        return -1;
    }
    *name = sn_strndup(p, n);
    return 1;
}

char *sn_output_block_read(const char *const *assets, size_t n, const char *page, const char *name,
                           size_t *len, char **why)
{
    char *dir = sn_dirname(page);
    char *rel = sn_resolve(dir, name);
    free(dir);
    if (!rel || !*rel) {
        *why = sn_strdup_printf("output file `%s` lies outside the site's folders", name);
        free(rel);
        return NULL;
    }
    if (n == 0) {
        *why = sn_strdup_printf("output file `%s`: no --assets folder to find it in", rel);
        free(rel);
        return NULL;
    }
    sn_buf tried = {0};
    char *text = NULL;
    for (size_t i = 0; i < n && !text; i++) {
        char *path = sn_strdup_printf("%s/%s", assets[i], rel);
        if (sn_read_file(path, &text, len) != 0) {
            sn_buf_printf(&tried, "%s%s (%s)", i ? ", " : "", path, strerror(errno));
            text = NULL;
        } else {
            int line, col;
            if (sn_utf8_check(text, *len, &line, &col) != 0) {
                *why = sn_strdup_printf("output file %s is not valid UTF-8 (line %d, column %d)",
                                        path, line, col);
                free(text);
                free(path);
                free(rel);
                sn_buf_free(&tried);
                return NULL;
            }
        }
        free(path);
    }
    if (!text) *why = sn_strdup_printf("output file `%s` not found: %s", name, tried.data);
    free(rel);
    sn_buf_free(&tried);
    return text;
}
