/* po_markdown.h — the one cmark-gfm set-up: CommonMark with GitHub's
 * tables, strikethrough and autolinks, the extensions that change what a
 * block or a link is. The render stage (markdown.c) and the translation
 * code (cutting notes into messages, checking a translation) both parse
 * through here, so that they see the same blocks. */
#ifndef SN_PO_MARKDOWN_H
#define SN_PO_MARKDOWN_H

#include <stddef.h>

struct cmark_node;
struct cmark_parser;

/* A parser with `options` (CMARK_OPT_*) and the three extensions attached.
 * Free it with cmark_parser_free. */
struct cmark_parser *sn_markdown_parser(int options);

/* Parses `len` bytes of Markdown whose math is already protected (texmath.h).
 * Free the document with cmark_node_free. */
struct cmark_node *sn_po_markdown_parse(const char *md, size_t len);

#endif
