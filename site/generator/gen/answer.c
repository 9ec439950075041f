/* answer.c — see answer.h. */
#include "answer.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char marker[] = "[!ANSWER]";

/* Where the marker is at the start of a paragraph, if it is there: returns
 * the bytes of text it takes (the spaces after it too), *first the text
 * node it starts in and *after the node after the text nodes that hold it;
 * else 0. The marker is the first text after any inline HTML (the translate
 * stage may put a span first). It ends its line, as authors write it, or
 * is followed by a space and more text on the same line, as a translation
 * comes back from its catalog (a message is one line). cmark keeps `[` and
 * `]` in text nodes of their own, so the marker may span several. */
static size_t find_marker(cmark_node *para, cmark_node **first, cmark_node **after, int *alone)
{
    *first = cmark_node_first_child(para);
    while (*first && cmark_node_get_type(*first) == CMARK_NODE_HTML_INLINE) *first = cmark_node_next(*first);
    sn_buf text = {0};
    cmark_node *n = *first;
    for (; n && cmark_node_get_type(n) == CMARK_NODE_TEXT; n = cmark_node_next(n))
        sn_buf_puts(&text, cmark_node_get_literal(n));
    size_t k = sizeof marker - 1, skip = k;
    while (skip < text.len && text.data[skip] == ' ') skip++;
    *alone = skip == text.len &&
             (!n || cmark_node_get_type(n) == CMARK_NODE_SOFTBREAK || cmark_node_get_type(n) == CMARK_NODE_LINEBREAK);
    int found = text.len >= k && strncasecmp(text.data, marker, k) == 0 && (*alone || skip > k);
    sn_buf_free(&text);
    *after = n;
    return found ? skip : 0;
}

/* Removes the marker from the start of a paragraph, if it is there, and
 * returns 1; else returns 0 and changes nothing. The line break after a
 * marker alone on its line goes too. */
static int strip_marker(cmark_node *para)
{
    cmark_node *first, *n;
    int alone;
    size_t skip = find_marker(para, &first, &n, &alone);
    if (!skip) return 0;
    /* Drop `skip` bytes of text, node by node, then the line break. */
    for (cmark_node *t = first, *next; skip > 0 && t != n; t = next) {
        next = cmark_node_next(t);
        const char *lit = cmark_node_get_literal(t);
        size_t len = strlen(lit);
        if (len <= skip) {
            skip -= len;
            cmark_node_free(t);
        } else {
            char *rest = sn_strndup(lit + skip, len - skip);
            cmark_node_set_literal(t, rest);
            free(rest);
            skip = 0;
        }
    }
    if (alone && n) cmark_node_free(n);
    return 1;
}

size_t sn_answer_marker(cmark_node *quote, cmark_node **first)
{
    cmark_node *para = cmark_node_first_child(quote), *after;
    int alone;
    if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH) return 0;
    return find_marker(para, first, &after, &alone);
}

/* Replaces the block quote by a custom block with the same children and
 * the <details> around them; the first paragraph goes when the marker was
 * all there was in it. */
static void make_answer(cmark_node *quote, cmark_node *para, const char *open)
{
    int empty = 1;
    for (cmark_node *n = cmark_node_first_child(para); n; n = cmark_node_next(n))
        if (cmark_node_get_type(n) != CMARK_NODE_HTML_INLINE) empty = 0;
    if (empty) cmark_node_free(para);
    cmark_node *details = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(details, open);
    cmark_node_set_on_exit(details, "</details>");
    for (cmark_node *n = cmark_node_first_child(quote), *next; n; n = next) {
        next = cmark_node_next(n);
        cmark_node_append_child(details, n);
    }
    cmark_node_replace(quote, details);
    cmark_node_free(quote);
}

int sn_answers_render(cmark_node *doc, const char *label_html)
{
    sn_buf open = {0};
    sn_buf_puts(&open, "<details class=\"answer\"><summary>");
    sn_buf_puts(&open, label_html);
    sn_buf_puts(&open, "</summary>");
    /* Collected first: the tree must not change under the iterator. */
    cmark_node **quotes = NULL;
    size_t count = 0;
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_BLOCK_QUOTE) {
            quotes = sn_xrealloc(quotes, (count + 1) * sizeof *quotes);
            quotes[count++] = node;
        }
    }
    cmark_iter_free(it);
    int answers = 0;
    /* Innermost first, so that an answer inside an answer is still a node
     * of the tree when its turn comes. */
    for (size_t i = count; i-- > 0;) {
        cmark_node *para = cmark_node_first_child(quotes[i]);
        if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH || !strip_marker(para)) continue;
        make_answer(quotes[i], para, open.data);
        answers++;
    }
    free(quotes);
    sn_buf_free(&open);
    return answers;
}
