/* c_highlight_dump FILE... — writes, for each FILE, "html LEN\n" and the
 * LEN bytes of HTML that sn_c_highlight (src/gen/c_highlight.h) makes of
 * it: what the test `C highlighted without Pygments` compares with the
 * Pygments worker's. */
#include "c_highlight.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            fprintf(stderr, "%s: cannot be read\n", argv[i]);
            return 1;
        }
        char *text = NULL;
        size_t len = 0, cap = 0, n;
        do {
            if (len + 4096 > cap) text = realloc(text, cap = 2 * cap + 4096);
            if (!text) return 1;
            n = fread(text + len, 1, cap - len, f);
            len += n;
        } while (n > 0);
        fclose(f);
        size_t out;
        char *html = sn_c_highlight(text, len, &out);
        printf("html %zu\n", out);
        fwrite(html, 1, out, stdout);
        free(html);
        free(text);
    }
    return 0;
}
