/* Catalog loading (src/translate.h): a PO file loads or is refused with
 * "path:line: error: ..." lines; a loaded catalog answers each of its
 * messages according to its state (a translation only when translated,
 * and then one that passed the checks of po_check.h). */
#include "fuzz.h"
#include "po_check.h"
#include "translate.h"

#include <unistd.h>

static void visit(void *ctx, const char *msgctxt, const char *msgid, const char *msgstr,
                  sn_message_state state, int line)
{
    const sn_catalog *c = ctx;
    (void)line;
    const char *got = sn_catalog_pget(c, msgctxt, msgid);
    REQUIRE(sn_catalog_state(c, msgctxt, msgid) == state);
    if (state == SN_MESSAGE_TRANSLATED) {
        REQUIRE(got && strcmp(got, msgstr) == 0);
        char *why = sn_po_check_translation(msgid, msgstr);
        REQUIRE(why == NULL);
    } else {
        REQUIRE(got == NULL);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/fuzz-catalog-%d.po", (int)getpid());
    FILE *f = fopen(path, "wb");
    REQUIRE(f != NULL);
    fwrite(data, 1, size, f);
    fclose(f);
    char *err = NULL;
    sn_catalog *c = sn_catalog_load(path, &err);
    if (!c) {
        REQUIRE(err && strncmp(err, path, strlen(path)) == 0 && strstr(err, "error: "));
        free(err);
    } else {
        REQUIRE(err == NULL);
        sn_catalog_each(c, visit, c);
        sn_catalog_free(c);
    }
    unlink(path);
    return 0;
}
