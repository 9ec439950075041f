/* po_check.c — see po_check.h. Each side is reduced to lists of strings
 * (math spans, code spans, link targets, raw HTML tags, top-level block
 * kinds); sorted, the lists must match. */
#include "po_check.h"

#include "buf.h"
#include "strv.h"
#include "texmath.h"
#include "po_markdown.h"

#include <cmark-gfm.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char **items;
    size_t count, cap;
} strings;

static void strings_add(strings *s, const char *p, size_t n)
{
    if (s->count == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->items = sn_xrealloc(s->items, s->cap * sizeof *s->items);
    }
    s->items[s->count++] = sn_strndup(p, n);
}

static void strings_free(strings *s)
{
    for (size_t i = 0; i < s->count; i++) free(s->items[i]);
    free(s->items);
}

/* What a message must keep, gathered from its Markdown. */
typedef struct {
    strings math, code, links, html, blocks;
    int strong, emph;    /* emphasis spans, `**...**` and `*...*` */
    int loose_stars;     /* `*` or `_` left as text: emphasis never closed */
    int loose_ticks;     /* backticks left as text: code never closed */
    int breaks;          /* line breaks outside math */
} kept;

static void kept_free(kept *k)
{
    strings_free(&k->math);
    strings_free(&k->code);
    strings_free(&k->links);
    strings_free(&k->html);
    strings_free(&k->blocks);
}

/* Can this (math-protected) text only be one paragraph of plain inlines:
 * no backtick, bracket, angle bracket or autolink, and no line that could
 * begin another block? Most messages can; they need no Markdown parse,
 * which is most of what checking a catalog costs. */
static int plain_paragraph(const char *s)
{
    if (strpbrk(s, "`[]<@*_") || strstr(s, "://") || strstr(s, "www.")) return 0;
    for (const char *line = s; line; line = strchr(line, '\n'), line = line ? line + 1 : NULL) {
        int spaces = 0;
        while (line[spaces] == ' ') spaces++;
        char c = line[spaces];
        if (spaces >= 4 || c == '\n' || c == '\t' || (c && strchr("-+*#>|=~_", c)) ||
            (c >= '0' && c <= '9'))
            return 0;
    }
    return 1;
}

/* Returns 0, or -1 with *err set when the math does not scan. With
 * `dollars_are_text`, no math is looked for: every `$` is text. */
static int gather(const char *md, kept *k, char **err, int dollars_are_text)
{
    memset(k, 0, sizeof *k);
    size_t len = strlen(md);
    sn_math_list math = {0};
    sn_error bad;
    if (!dollars_are_text && sn_math_find(md, len, &math, &bad) != 0) {
        *err = sn_error_text(&bad);
        sn_error_free(&bad);
        sn_math_list_free(&math);
        return -1;
    }
    for (size_t i = 0; i < math.count; i++)
        strings_add(&k->math, md + math.spans[i].start, math.spans[i].end - math.spans[i].start);
    char *prot = sn_math_protect(md, len, &math);
    sn_math_list_free(&math);
    /* a line break next to a formula (a display formula on its own lines)
     * is layout; anywhere else it is a stray space in the page */
    for (const char *c = prot; *c; c++)
        if (*c == '\n' && !(c - prot >= 3 && memcmp(c - 3, SN_MATH_MARK_CLOSE, 3) == 0) &&
            strncmp(c + 1, SN_MATH_MARK_OPEN, 3) != 0)
            k->breaks++;
    if (plain_paragraph(prot)) {
        strings_add(&k->blocks, "paragraph", 9);
        free(prot);
        if (k->math.count) qsort(k->math.items, k->math.count, sizeof(char *), sn_strcmp_ptr);
        return 0;
    }
    cmark_node *doc = sn_po_markdown_parse(prot, strlen(prot));
    for (cmark_node *c = cmark_node_first_child(doc); c; c = cmark_node_next(c)) {
        const char *type = cmark_node_get_type_string(c);
        strings_add(&k->blocks, type, strlen(type));
    }
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node_type t = cmark_node_get_type(n);
        if (t == CMARK_NODE_STRONG) k->strong++;
        else if (t == CMARK_NODE_EMPH) k->emph++;
        else if (t == CMARK_NODE_TEXT) {
            for (const char *c = cmark_node_get_literal(n); *c; c++) {
                k->loose_stars += *c == '*' || *c == '_';
                k->loose_ticks += *c == '`';
            }
        }
        if (t == CMARK_NODE_CODE) {
            const char *lit = cmark_node_get_literal(n);
            strings_add(&k->code, lit, strlen(lit));
        } else if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) {
            const char *url = cmark_node_get_url(n);
            strings_add(&k->links, url, strlen(url));
        } else if (t == CMARK_NODE_HTML_INLINE || t == CMARK_NODE_HTML_BLOCK) {
            const char *lit = cmark_node_get_literal(n);
            size_t len = strlen(lit);
            while (len && (lit[len - 1] == '\n' || lit[len - 1] == ' ')) len--;
            strings_add(&k->html, lit, len);
        }
    }
    cmark_iter_free(it);
    cmark_node_free(doc);
    free(prot);
    strings *lists[] = {&k->math, &k->code, &k->links, &k->html};
    for (size_t i = 0; i < 4; i++)
        if (lists[i]->count) qsort(lists[i]->items, lists[i]->count, sizeof(char *), sn_strcmp_ptr);
    return 0;
}

/* Compares two sorted lists; when they differ returns a malloc'd sentence
 * naming what the translation lacks and what it has that the English has
 * not. `what` is "math differs", "inline code differs", ... */
static char *compare(const strings *en, const strings *tr, const char *what,
                     const char *open, const char *close)
{
    sn_buf lacks = {0}, extra = {0};
    size_t i = 0, j = 0;
    while (i < en->count || j < tr->count) {
        int c = i == en->count ? 1 : j == tr->count ? -1 : strcmp(en->items[i], tr->items[j]);
        sn_buf *to = c < 0 ? &lacks : &extra;
        const char *item = c < 0 ? en->items[i] : tr->items[j];
        if (c != 0) sn_buf_printf(to, "%s%s%s%s", to->len ? ", " : "", open, item, close);
        if (c <= 0) i++;
        if (c >= 0) j++;
    }
    if (!lacks.len && !extra.len) return NULL;
    sn_buf why = {0};
    sn_buf_printf(&why, "the translation's %s from the English (copy it unchanged):", what);
    if (lacks.len) sn_buf_printf(&why, " it lacks %s", lacks.data);
    if (lacks.len && extra.len) sn_buf_puts(&why, ";");
    if (extra.len) sn_buf_printf(&why, " it has %s, which the English has not", extra.data);
    sn_buf_free(&lacks);
    sn_buf_free(&extra);
    return sn_buf_take(&why);
}

static char *join(const strings *s)
{
    sn_buf b = {0};
    for (size_t i = 0; i < s->count; i++) {
        if (i) sn_buf_puts(&b, ", ");
        sn_buf_puts(&b, s->items[i]);
    }
    if (!s->count) sn_buf_puts(&b, "nothing");
    return sn_buf_take(&b);
}

/* What a translator's editor lets slip through and a page would show:
 * nothing but white space, a line break where the English has none, a
 * leading or trailing newline that msgfmt -c rejects. */
static char *check_text(const char *msgid, const char *msgstr)
{
    if (!msgstr[strspn(msgstr, " \t\r\n")])
        return sn_strdup_printf("the translation is only white space (an empty block on the "
                                "page): write it, or leave the msgstr empty");
    size_t ni = strlen(msgid), ns = strlen(msgstr);
    if ((msgid[0] == '\n') != (msgstr[0] == '\n'))
        return sn_strdup_printf("the translation %s with \\n and the English does not (msgfmt -c "
                                "rejects it): remove the \\n", msgstr[0] == '\n' ? "starts" : "does not start");
    if (ni && ns && (msgid[ni - 1] == '\n') != (msgstr[ns - 1] == '\n'))
        return sn_strdup_printf("the translation %s with \\n and the English does not (msgfmt -c "
                                "rejects it): remove the \\n",
                                msgstr[ns - 1] == '\n' ? "ends" : "does not end");
    return NULL;
}

/* The English block kind a catalog's extracted comment names ("heading",
 * "list item", ...), for messages: the English text of a heading is parsed
 * as a paragraph, which is not what a translator sees. */
static char *shape_of(const strings *blocks, const char *kind)
{
    if (kind && *kind && blocks->count == 1 && strcmp(blocks->items[0], "paragraph") == 0)
        return sn_strdup_printf("%s", kind);
    return join(blocks);
}

static size_t count_dollars(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += *s == '$';
    return n;
}

char *sn_po_check_translation(const char *msgid, const char *msgstr)
{
    return sn_po_check_message(msgid, msgstr, NULL);
}

char *sn_po_check_message(const char *msgid, const char *msgstr, const char *kind)
{
    kept en, tr;
    char *err = NULL, *why = check_text(msgid, msgstr);
    if (why) return why;
    /* An English message whose math does not scan alone (its dollars and
     * backticks were read with the blocks around it: contrived notes,
     * found by fuzzing) is compared with its dollars as text; the page
     * then checks that the translated notes keep its formulas
     * (translate.h). */
    int dollars_are_text = gather(msgid, &en, &err, 0) != 0;
    if (dollars_are_text) {
        free(err);
        err = NULL;
        kept_free(&en);
        gather(msgid, &en, &err, 1);
        if (count_dollars(msgid) != count_dollars(msgstr)) {
            kept_free(&en);
            return sn_strdup_printf("the translation's dollars differ from the English (copy its "
                                    "math unchanged): the English has %zu `$`, the translation %zu",
                                    count_dollars(msgid), count_dollars(msgstr));
        }
    }
    if (gather(msgstr, &tr, &err, dollars_are_text) != 0) {
        why = sn_strdup_printf("the translation's math does not scan: %s", err);
        free(err);
        kept_free(&en);
        kept_free(&tr);
        return why;
    }
    why = compare(&en.math, &tr.math, "math differs", "", "");
    if (!why) why = compare(&en.code, &tr.code, "inline code differs", "`", "`");
    if (!why) why = compare(&en.links, &tr.links, "link targets differ", "(", ")");
    if (!why) why = compare(&en.html, &tr.html, "raw HTML differs", "", "");
    if (!why) {
        int same = en.blocks.count == tr.blocks.count;
        for (size_t i = 0; same && i < en.blocks.count; i++)
            same = strcmp(en.blocks.items[i], tr.blocks.items[i]) == 0;
        if (!same) {
            char *a = shape_of(&en.blocks, kind), *b = join(&tr.blocks);
            why = sn_strdup_printf("the translation is Markdown of another shape (English: %s; "
                                   "translation: %s): does a line start with `-`, `#`, `>` "
                                   "or a number and a dot?", a, b);
            free(a);
            free(b);
        }
    }
    if (!why && tr.breaks > en.breaks)
        why = sn_strdup_printf("the translation has a line break (\\n) the English has not: it "
                               "shows as a stray space, or splits a heading; write the message "
                               "on one line");
    if (!why && tr.loose_ticks > en.loose_ticks)
        why = sn_strdup_printf("the translation has a backtick that opens no code span: close "
                               "it, as in the English");
    if (!why && tr.loose_stars > en.loose_stars)
        why = sn_strdup_printf("the translation has a `*` or `_` that is not emphasis: an "
                               "unclosed `**` or `*` (next to CJK punctuation such as 「」 or "
                               "（）, put the markers inside the brackets, or add a space)");
    if (!why && (tr.strong != en.strong || tr.emph != en.emph))
        why = sn_strdup_printf("the translation's emphasis differs from the English: the English "
                               "has %d strong (`**...**`) and %d emphasised (`*...*`) span(s), "
                               "the translation %d and %d", en.strong, en.emph, tr.strong, tr.emph);
    kept_free(&en);
    kept_free(&tr);
    return why;
}
