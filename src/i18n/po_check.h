/* po_check.h — does a translation keep what must not be translated?
 *
 * A translation may reorder a sentence freely, but it must keep, as a
 * multiset, the English message's math spans (`$...$`, `$$...$$`, byte for
 * byte), inline code spans, link (and image) targets and raw HTML tags (so
 * that a catalog cannot slip markup, a script say, into a page), and it
 * must stay the same kind of Markdown block: a paragraph whose translation
 * begins a line with `- ` or `# ` would turn into a list or a heading.
 * An English message whose math does not scan alone (its dollars were read
 * with the blocks around it) is compared with every `$` as text, and the
 * translation must hold as many; the page checks its formulas
 * (translate.h).
 */
#ifndef SN_PO_CHECK_H
#define SN_PO_CHECK_H

/* NULL when `msgstr` is a faithful translation of `msgid` in the sense
 * above and also refuses none of these: a translation of nothing but
 * white space, a line break (outside math) the English has not, a
 * backtick or `*` left unclosed, emphasis dropped or added, a leading or
 * trailing newline msgfmt -c would reject; else a malloc'd sentence
 * saying what differs. `kind` is the English block kind from the
 * catalog's extracted comment ("heading", "list item"; NULL: unknown),
 * named when the translation's Markdown has another shape. */
char *sn_po_check_message(const char *msgid, const char *msgstr, const char *kind);

/* sn_po_check_message with no kind. */
char *sn_po_check_translation(const char *msgid, const char *msgstr);

#endif
