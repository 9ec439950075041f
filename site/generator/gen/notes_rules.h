/* notes_rules.h — what Markdown may do in notes written as code comments.
 *
 *   read → split → resolve names → translate
 *     → RENDER NOTES (markdown.c, then THESE RULES) → assemble → write
 *
 * Notes are comments of other people's code as often as Markdown written
 * for the page, so two rules run on cmark-gfm's tree before it is
 * rendered.
 *
 * Raw HTML. By default (as cmark's and Hugo's defaults), HTML written in
 * notes is text: `<antirez at gmail dot com>` reads as written, and
 * `<script>` shows and does not run. Three forms stay HTML, being safe: a whole HTML comment (it hides only
 * itself; an unclosed `<!--` is text), an empty link target
 * `<a id="name"></a>` (letters, digits, `-`, `_`), and, in a translation,
 * the `<div>`/`<span class="untranslated" lang="en">` that translate.c puts
 * around English left in it. With --unsafe (cmark's name) raw HTML passes
 * through for a trusted site, but each note block is closed on its own: an
 * unclosed `<!--` ends at the end of its block, elements it opens are
 * closed there (`<pre>`, `<textarea>`, `<script>`...), and an end tag that
 * would close an element it did not open (the page's own `</div>`) is text.
 *
 * Headings. An ATX heading (`# ...`) whose first word is all lowercase ASCII
 * letters is a paragraph, shown with its `#`: `# of items in the list`,
 * `# define DEBUG 1`, `# include <x.h>` are prose or code, not titles. A setext underline (`---`, `===`) makes a
 * heading only of a single line of text; under a longer paragraph (a
 * licence over a ruler) `---` is a thematic break and `===` a line of text.
 */
#ifndef SN_NOTES_RULES_H
#define SN_NOTES_RULES_H

#include <cmark-gfm.h>

/* Applies the raw HTML rule to the nodes the author wrote; call before
 * the generator adds HTML nodes of its own. */
void sn_notes_raw_html(cmark_node *doc, int unsafe, int translation);

/* Applies the heading rules; `text` is the Markdown cmark parsed. */
void sn_notes_headings(cmark_node *doc, const char *text);

#endif
