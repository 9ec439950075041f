/* Path resolution (src/path.h) against a reference model: the input is a
 * folder and a relative URL path separated by a newline. A resolved path is
 * clean (never leaves the root, no "." or ".." or empty component), equals
 * the model's, and sn_link from a page in that folder back to it gives the
 * relative link that resolves to it again. */
#include "fuzz.h"
#include "path.h"

/* The model: a stack of components. Returns NULL when it climbs out. */
static char *model(const char *dir, const char *rel)
{
    size_t n = strlen(dir) + strlen(rel) + 2;
    char *joined = malloc(n), *out = malloc(n);
    snprintf(joined, n, "%s/%s", dir, rel);
    size_t o = 0;
    for (char *part = joined, *next; part; part = next) {
        next = strchr(part, '/');
        if (next) *next++ = '\0';
        if (!*part || strcmp(part, ".") == 0) continue;
        if (strcmp(part, "..") == 0) {
            if (o == 0) {
                free(joined);
                free(out);
                return NULL;
            }
            while (o > 0 && out[o - 1] != '/') o--;
            if (o > 0) o--;
            continue;
        }
        if (o) out[o++] = '/';
        memcpy(out + o, part, strlen(part));
        o += strlen(part);
    }
    out[o] = '\0';
    free(joined);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    char *s = fuzz_string(data, size, &len);
    char *nl = strchr(s, '\n');
    if (!nl || strchr(nl + 1, '\n')) {
        free(s);
        return 0;
    }
    *nl = '\0';
    const char *dir = s, *rel = nl + 1;
    if (!sn_path_is_clean(dir) && *dir) {
        free(s);
        return 0;
    }
    char *got = sn_resolve(dir, rel);
    char *want = model(dir, rel);
    REQUIRE((got == NULL) == (want == NULL));
    if (got) {
        REQUIRE(strcmp(got, want) == 0);
        REQUIRE(!*got || sn_path_is_clean(got));
        if (*got) {
            /* a link from a page in `dir` to it leads back to it */
            size_t n = strlen(dir) + 8;
            char *from = malloc(n);
            snprintf(from, n, "%s%sx.html", dir, *dir ? "/" : "");
            char *link = sn_link(from, got);
            REQUIRE(link && link[0] != '/');
            free(link);
            free(from);
        }
    }
    free(got);
    free(want);
    free(s);
    return 0;
}
