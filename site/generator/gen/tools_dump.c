/* tools_dump.c — the tools module's requests written out for the
 * benchmark (sn_tools_dump): each worker's merged requests as the JSON line
 * it would be sent, beside the worker script itself. */
#include "tools_private.h"

#include "buf.h"
#include "embedded.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int write_text(const char *path, const char *data, size_t len, char **err)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        *err = sn_error_at(path, 0, 0, "cannot write: %s", strerror(errno));
        return -1;
    }
    return 0;
}

int sn_tools_dump(sn_tools *t, const char *dir, char **err)
{
    size_t n;
    item **leaders = merge_requests(t, &n);
    int rc = 0;
    for (int tool = 0; tool < PYGMENTS2 && rc == 0; tool++) { /* PYGMENTS2 has no items */
        item **mine = sn_xmalloc((n ? n : 1) * sizeof *mine);
        size_t count = 0;
        for (size_t i = 0; i < n; i++)
            if (leaders[i]->tool == tool) mine[count++] = leaders[i];
        char *request = request_json(mine, count, tool);
        char *path = sn_strdup_printf("%s/%s.json", dir, tool_info[tool].name);
        /* Ended by a newline, as sent: a worker answers a request only at
         * the end of its line (without one, KaTeX's worker rendered nothing
         * and the benchmark's floor left KaTeX's work out). */
        size_t len = strlen(request);
        request[len] = '\n';
        rc = write_text(path, request, len + 1, err);
        free(path);
        const sn_embedded *script = sn_embedded_find(tool_info[tool].script);
        path = sn_strdup_printf("%s/%s", dir, tool_info[tool].script);
        if (rc == 0) rc = write_text(path, script->data, script->len, err);
        free(path);
        free(request);
        free(mine);
    }
    free(leaders);
    return rc;
}
