/* answer.c — see answer.h. */
#include "answer.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char marker[] = "[!ANSWER]";

/* The text nodes at the start of a paragraph, after any inline HTML, up to
 * the first node of another kind; cmark keeps `[` and `]` in nodes of their
 * own. If their text is the marker (trailing spaces allowed) and a line
 * break or the paragraph's end follows, returns the first of them and sets
 * *after to what follows; else NULL. */
static cmark_node *marker_nodes(cmark_node *para, cmark_node **after)
{
    cmark_node *first = cmark_node_first_child(para);
    while (first && cmark_node_get_type(first) == CMARK_NODE_HTML_INLINE) first = cmark_node_next(first);
    sn_buf text = {0};
    cmark_node *n = first;
    for (; n && cmark_node_get_type(n) == CMARK_NODE_TEXT && text.len <= sizeof marker; n = cmark_node_next(n))
        sn_buf_puts(&text, cmark_node_get_literal(n));
    while (text.len && text.data[text.len - 1] == ' ') text.len--;
    int found = text.len == sizeof marker - 1 && strncasecmp(text.data, marker, text.len) == 0 &&
                (!n || cmark_node_get_type(n) == CMARK_NODE_SOFTBREAK ||
                 cmark_node_get_type(n) == CMARK_NODE_LINEBREAK);
    sn_buf_free(&text);
    *after = n;
    return found ? first : NULL;
}

/* Replaces the block quote by a custom block with the same children and
 * the <details> around them; the marker (and its line break) goes, and so
 * does the paragraph when nothing else was in it. */
static void make_answer(cmark_node *quote, cmark_node *para, cmark_node *first, cmark_node *after,
                        const char *open)
{
    cmark_node *stop = after ? cmark_node_next(after) : NULL;
    for (cmark_node *n = first, *next; n != stop; n = next) {
        next = cmark_node_next(n);
        cmark_node_free(n);
    }
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

int sn_answers_render(cmark_node *doc, const char *label)
{
    sn_buf open = {0};
    sn_buf_puts(&open, "<details class=\"answer\"><summary>");
    sn_buf_add_html(&open, label, strlen(label));
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
        cmark_node *para = cmark_node_first_child(quotes[i]), *after;
        if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH) continue;
        cmark_node *first = marker_nodes(para, &after);
        if (!first) continue;
        make_answer(quotes[i], para, first, after, open.data);
        answers++;
    }
    free(quotes);
    sn_buf_free(&open);
    return answers;
}
