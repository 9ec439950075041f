/* po_blocks.h — the translatable blocks of a page's notes.
 *
 *   read → split → resolve names → TRANSLATE (po_blocks: notes → messages) → render → ...
 *
 * A translation message is one Markdown leaf block of the notes: a heading,
 * a paragraph (at the top level, in a list item or in a block quote) or a
 * table cell. Its text, the msgid, is the block's Markdown with its markers
 * removed (`#`, `-`, `>`, `|`), soft line breaks joined by one space so that
 * rewrapping the English does not change it, and math kept verbatim (line
 * breaks included). Code blocks, HTML blocks, and blocks with no words
 * outside math and code (a display formula on its own) are not messages:
 * they stay as they are in every language.
 *
 * Math is taken out before Markdown sees the notes (texmath.h), so `*`, `_` and
 * a `$$` line starting with `-` never become structure; cmark-gfm's source
 * positions then give each block's place in the notes.
 */
#ifndef SN_PO_BLOCKS_H
#define SN_PO_BLOCKS_H

#include "error.h"
#include "texmath.h"

#include <stddef.h>

typedef enum {
    SN_PO_HEADING,
    SN_PO_PARAGRAPH, /* a paragraph directly in the notes */
    SN_PO_ITEM,      /* a paragraph in a list item */
    SN_PO_QUOTE,     /* a paragraph in a block quote (not in a list) */
    SN_PO_CELL,      /* a table cell (header or body) */
} sn_po_kind;

typedef struct {
    sn_po_kind kind;
    size_t start, end;   /* bytes of the block's text in the notes: markers
                            and surrounding spaces excluded */
    size_t line_start;   /* where the line holding `start` begins */
    size_t line_end;     /* where the line holding `end` ends (its '\n' or
                            the end of the notes) */
    int line;            /* 1-based line of `start` in the notes */
    char *message;       /* the msgid (malloc'd) */
    char *indent;        /* what starts each further line of the block: the
                            first line's container prefix with list markers
                            blanked ("  ", ">   "); "" for a cell or a
                            heading, which have one line; malloc'd */
} sn_po_block;

typedef struct {
    sn_po_block *blocks; /* in the order of the notes, never overlapping */
    size_t count;
    size_t *plain;       /* the notes' plain dollars (sn_math_plain_dollars):
                            translate.c keeps them plain */
    size_t nplain;
} sn_po_block_list;

/* Finds the translatable blocks of the Markdown `notes` (`len` bytes).
 * Returns 0, or -1 and sets *err (a reserved U+E000/U+E001, or math and
 * Markdown blocks that do not agree: texmath.h), its line and
 * column relative to the notes. `out` is always initialised; free it with
 * sn_po_block_list_free. */
int sn_po_blocks_split(const char *notes, size_t len, sn_po_block_list *out, sn_error *err);

/* The same blocks, cut from a parse already made: `math` and `doc` from
 * sn_math_find_parsed on `notes`, `prot` the protected text it parsed (or
 * sn_math_protect's), the tree as cmark-gfm left it. Whatever cmark options
 * it was made with: they change no block and no letter. The render stage
 * parses the English notes once, for its HTML and for these blocks. */
struct cmark_node;
void sn_po_blocks_from_parse(const char *notes, size_t len, const sn_math_list *math,
                             const char *prot, struct cmark_node *doc, sn_po_block_list *out);
void sn_po_block_list_free(sn_po_block_list *list);

/* "heading", "paragraph", "list item", "quote", "table cell". */
const char *sn_po_kind_name(sn_po_kind kind);

#endif
