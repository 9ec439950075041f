/* po_markdown.h — how the translation stage parses Markdown: cmark-gfm with
 * source positions and the GFM extensions that change what a block or a
 * link is (tables, autolinks, strikethrough). One place, so that splitting
 * the notes into messages and checking a translation agree. */
#ifndef SN_PO_MARKDOWN_H
#define SN_PO_MARKDOWN_H

#include <stddef.h>

struct cmark_node;

/* Parses `len` bytes of Markdown whose math is already protected (texmath.h).
 * Free the document with cmark_node_free. */
struct cmark_node *sn_po_markdown_parse(const char *md, size_t len);

#endif
