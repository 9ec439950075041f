/* Front matter (src/frontmatter.h): what is consumed is a prefix of whole
 * lines, closed by a `---` line; an error names a line of the text; and
 * parsing is stable: the header alone parses to the same fields. */
#include "frontmatter.h"
#include "fuzz.h"

static int same(const char *a, const char *b) { return (!a && !b) || (a && b && strcmp(a, b) == 0); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    char *text = fuzz_string(data, size, &len);
    int lines = 1;
    for (size_t i = 0; i < len; i++) lines += text[i] == '\n';
    sn_front_matter fm;
    size_t used = 0;
    int bad = 0;
    char *err = NULL;
    int rc = sn_front_matter_parse(text, len, &fm, &used, &bad, &err);
    REQUIRE(rc >= -1 && rc <= 1);
    if (rc < 0) {
        REQUIRE(err && *err && bad >= 1 && bad <= lines);
        free(err);
    } else if (rc == 0) {
        REQUIRE(used == 0 && !fm.title && !fm.summary);
        sn_front_matter_free(&fm);
    } else {
        REQUIRE(used >= 6 && used <= len && strncmp(text, "---", 3) == 0);
        REQUIRE(used == len || text[used - 1] == '\n');
        /* the header alone says the same */
        sn_front_matter again;
        size_t used2;
        REQUIRE(sn_front_matter_parse(text, used, &again, &used2, &bad, &err) == 1);
        REQUIRE(used2 == used && same(fm.title, again.title) && same(fm.summary, again.summary));
        REQUIRE(fm.has_order == again.has_order && (!fm.has_order || fm.order == again.order));
        sn_front_matter_free(&again);
        sn_front_matter_free(&fm);
    }
    free(text);
    return 0;
}
