/* answer.h — exercises' answers that the reader reveals.
 *
 *   read → split → resolve names → translate → RENDER NOTES (answers) → assemble → write
 *
 * A block quote whose first line is `[!ANSWER]` (GitHub's alert syntax, any
 * case, alone on its line; or followed by a space and text, which is how a
 * translation comes back from its one-line catalog message) is an answer:
 *
 *     > [!ANSWER]
 *     > Adding $d$ to every value adds $d$ to the mean.
 *
 * renders as
 *
 *     <details class="answer"><summary>Answer</summary>
 *     <p>Adding … to the mean.</p>
 *     </details>
 *
 * with the summary's word given by the caller (translated through
 * site.po). The marker may follow inline HTML that the translate stage put
 * first (a block not yet translated starts with `<span class="untranslated"
 * lang="en">`). Other block quotes are left alone. */
#ifndef SN_ANSWER_H
#define SN_ANSWER_H

#include <cmark-gfm.h>
#include <stddef.h>

/* Rewrites every answer in the parsed document `doc`; `label` is plain
 * text (escaped here). Returns the number of answers found. */
int sn_answers_render(cmark_node *doc, const char *label_html);

/* For a reader of the tree as parsed (the search index), which must not
 * change it: if the block quote `quote` is an answer, the bytes of text its
 * marker takes, from the start of the text node *first on (the text nodes
 * after it in its paragraph, as many as the bytes need); else 0. What
 * sn_answers_render would remove besides is white space and markup. */
size_t sn_answer_marker(cmark_node *quote, cmark_node **first);

#endif
