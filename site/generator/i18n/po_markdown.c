/* po_markdown.c — see po_markdown.h. */
#include "po_markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <stdio.h>
#include <stdlib.h>

struct cmark_parser *sn_markdown_parser(int options)
{
    static const char *const extensions[] = {"table", "strikethrough", "autolink"};
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(options);
    for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++) {
        cmark_syntax_extension *ext = cmark_find_syntax_extension(extensions[i]);
        if (ext) cmark_parser_attach_syntax_extension(parser, ext);
    }
    return parser;
}

/* Translation messages are cut by source positions; smart punctuation is
 * left out, as a message's text is the English as written. */
struct cmark_node *sn_po_markdown_parse(const char *md, size_t len)
{
    cmark_parser *parser = sn_markdown_parser(CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE);
    cmark_parser_feed(parser, md, len);
    cmark_node *doc = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    if (!doc) {
        fputs("sidenotes: out of memory\n", stderr);
        exit(70);
    }
    return doc;
}
