/* Templates (src/template.h) against a reference model: a template that
 * parses fills, with empty values and no catalog, to its literal text with
 * each interface string HTML-escaped and each variable gone; one that does
 * not parse gets "name:line:col: error"; the POT lists each interface
 * string once. */
#include "buf.h"
#include "fuzz.h"
#include "template.h"

static const char *const vars[] = {"title", "body", NULL};

/* The fill the model expects, or NULL where the model says the template is
 * bad (an unclosed hole, an unknown variable). */
static char *model(const char *s, size_t len, size_t *interface)
{
    sn_buf b = {0};
    const char *end = s + len;
    *interface = 0;
    while (s < end) {
        const char *open = memmem(s, (size_t)(end - s), "{{", 2);
        if (!open) open = end;
        sn_buf_add(&b, s, (size_t)(open - s));
        if (open == end) break;
        const char *close = NULL;
        /* A hole ends at a line end: LF or a lone CR, as in template.c
         * (sn_is_eol), whose rule the model had not followed. */
        for (const char *p = open + 2; p + 1 < end && *p != '\n' && *p != '\r'; p++)
            if (p[0] == '}' && p[1] == '}') { close = p; break; }
        if (!close) goto bad;
        const char *a = open + 2, *z = close;
        while (a < z && *a == ' ') a++;
        while (z > a && z[-1] == ' ') z--;
        if (z - a >= 2 && a[0] == '_' && a[1] == ' ') {
            for (a += 2; a < z && *a == ' ';) a++;
            sn_buf_add_html(&b, a, (size_t)(z - a));
            (*interface)++;
        } else {
            int known = 0;
            for (int i = 0; vars[i]; i++)
                known |= strlen(vars[i]) == (size_t)(z - a) && memcmp(vars[i], a, (size_t)(z - a)) == 0;
            if (!known) goto bad;
        }
        s = close + 2;
    }
    return sn_buf_take(&b);
bad:
    sn_buf_free(&b);
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    char *text = fuzz_string(data, size, &len);
    char *err = NULL;
    sn_template *t = sn_template_parse("t.html", text, len, vars, &err);
    size_t interface;
    char *want = model(text, len, &interface);
    REQUIRE((t == NULL) == (want == NULL));
    if (!t) {
        REQUIRE(err && strncmp(err, "t.html:", 7) == 0 && strstr(err, ": error: "));
        free(err);
        free(text);
        return 0;
    }
    const char *values[] = {"", ""};
    sn_buf out = {0};
    sn_template_fill(t, &out, values, NULL);
    REQUIRE(same_bytes(out.data ? out.data : "", out.len, want, strlen(want)));
    sn_buf_free(&out);
    /* POT: one msgid per distinct interface string, never more. */
    sn_template_pot((const sn_template *const *)&t, 1, &out);
    size_t entries = 0;
    for (const char *p = out.data; p && (p = strstr(p, "\nmsgid \"")); p++) entries++;
    REQUIRE(entries <= interface && (interface == 0) == (entries == 0));
    sn_buf_free(&out);
    sn_template_free(t);
    free(want);
    free(text);
    return 0;
}
