/* Math find/protect/restore (src/math.h): spans in order, inside the text,
 * not overlapping, delimited by `$` or `$$`; the protected text holds no
 * `$` of a span; restore(protect(x)) == x; the scan is a function of the
 * text (a second scan finds the same spans); and no formula stands in what
 * cmark-gfm's parse of the protected text calls code, a code span or a
 * code block (the finder's one source of truth for code). */
#include "fuzz.h"
#include "texmath.h"

#include <cmark-gfm.h>

/* Does any code node of `doc` hold a placeholder? */
static int formula_in_code(cmark_node *doc)
{
    cmark_iter *it = cmark_iter_new(doc);
    int found = 0;
    cmark_event_type ev;
    while (!found && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK)
            found = strstr(cmark_node_get_literal(n), SN_MATH_MARK_OPEN) != NULL;
    }
    cmark_iter_free(it);
    return found;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    char *md = fuzz_string(data, size, &len);
    sn_math_list list;
    sn_error err = {0};
    if (sn_math_find(md, len, &list, &err) != 0) {
        /* A message at a line and column of the text, and no file. */
        REQUIRE(err.message && list.count == 0);
        REQUIRE(err.line >= 1 && err.col >= 1 && err.file == NULL);
        sn_error_free(&err);
        free(md);
        return 0;
    }
    REQUIRE(err.message == NULL);
    size_t done = 0;
    for (size_t k = 0; k < list.count; k++) {
        const sn_math_span *m = &list.spans[k];
        size_t d = m->display ? 2 : 1;
        REQUIRE(m->start >= done && m->end <= len);
        REQUIRE(m->tex_start == m->start + d && m->tex_end + d == m->end);
        REQUIRE(m->tex_start <= m->tex_end);
        REQUIRE(md[m->start] == '$' && md[m->end - 1] == '$');
        if (m->display) REQUIRE(md[m->start + 1] == '$' && md[m->end - 2] == '$');
        REQUIRE(m->line >= 1 && m->col >= 1);
        done = m->end;
    }
    /* The scan is deterministic, and its parse holds no formula in code. */
    sn_math_list again;
    sn_math_parse parse;
    REQUIRE(sn_math_find_parsed(md, len, CMARK_OPT_DEFAULT, &again, &err, &parse) == 0 &&
            again.count == list.count);
    for (size_t k = 0; k < list.count; k++)
        REQUIRE(again.spans[k].start == list.spans[k].start && again.spans[k].end == list.spans[k].end);
    REQUIRE(!formula_in_code(parse.doc));
    sn_math_parse_free(&parse);
    sn_math_list_free(&again);

    char *prot = sn_math_protect(md, len, &list);
    size_t bad;
    sn_math_source src = {md, &list};
    char *back = sn_math_restore(prot, strlen(prot), list.count, sn_math_original, &src, &bad);
    REQUIRE(back != NULL);
    REQUIRE(same_bytes(back, strlen(back), md, len));
    free(back);
    free(prot);
    sn_math_list_free(&list);
    free(md);
    return 0;
}
