/* translate.h — the translate stage of the pipeline.
 *
 *   read → split → resolve names → TRANSLATE → render notes and code → assemble → write
 *
 * A page's notes are Markdown, written in English. A catalog is one gettext PO
 * file: the translations of one page (po/<lang>/<page path>.po) or of the
 * site's interface strings (po/<lang>/site.po). A message is one Markdown leaf
 * block of the notes (a heading, a paragraph, a list item's paragraph, a table
 * cell), with its math kept verbatim, or one page title, summary or interface
 * string (po_blocks.h says exactly what a message's text is).
 *
 * PO files are read by libgettextpo. A catalog is checked as it loads: a
 * malformed file, or a translation whose math, inline code or link targets
 * differ from its English message (po_check.h), is an error naming the PO
 * file and the line of the bad entry.
 */
#ifndef SN_TRANSLATE_H
#define SN_TRANSLATE_H

#include "po_blocks.h"

#include <stddef.h>

typedef struct sn_catalog sn_catalog;

/* Loads the PO file at `po_path`. A file that does not exist gives an empty
 * catalog (every lookup falls back to English). On a malformed file, or one
 * with a translation that fails the checks above, returns NULL and sets *err
 * to a malloc'd "path:line: error: message" (one line per problem found). */
sn_catalog *sn_catalog_load(const char *po_path, char **err);

/* The generator's way (one broken message never stops a site): a
 * translation that fails the checks is dropped, so its block shows in
 * English, marked as not yet translated, and a file that cannot be read
 * at all gives an empty catalog. Never NULL; *warnings is NULL, or a
 * malloc'd "path:line: warning: ... (shown in English)" per problem. */
sn_catalog *sn_catalog_load_forgiving(const char *po_path, char **warnings);
void sn_catalog_free(sn_catalog *catalog);

/* Makes libgettextpo read catalogs byte by byte (its documented
 * OLD_PO_FILE_INPUT mode) instead of one character at a time through iconv,
 * which was half the time of loading a catalog. The strings read are the
 * same: sn_catalog_load checks that a catalog is UTF-8 first, and no byte of
 * a multibyte UTF-8 character is a quote, a backslash or a newline. An
 * environment variable is the only way libgettextpo takes the option, so
 * this is program-wide: each program's main calls it once, before anything
 * else (it used to be set and unset around every read, from library code). */
void sn_catalogs_read_bytewise(void);

/* The translation of `msgid`, or NULL when it is missing, empty or fuzzy.
 * Used for titles, summaries and interface strings. */
const char *sn_catalog_get(const sn_catalog *catalog, const char *msgid);

/* The same for a message with a context (msgctxt: two messages with the
 * same English that need different translations); a NULL context is
 * sn_catalog_get. */
const char *sn_catalog_pget(const sn_catalog *catalog, const char *msgctxt, const char *msgid);

/* Where a message stands in a catalog (status reports). */
typedef enum {
    SN_MESSAGE_ABSENT,       /* the catalog has no such message */
    SN_MESSAGE_UNTRANSLATED, /* present, empty translation */
    SN_MESSAGE_FUZZY,        /* present, marked fuzzy: not used */
    SN_MESSAGE_TRANSLATED,
    SN_MESSAGE_BROKEN,       /* translated, but failed the checks (forgiving
                                loads only): not used */
} sn_message_state;
sn_message_state sn_catalog_state(const sn_catalog *catalog, const char *msgctxt, const char *msgid);

/* The translator's comments of a message (`# ...` lines, without the
 * `# `), or NULL. */
const char *sn_catalog_comments(const sn_catalog *catalog, const char *msgctxt, const char *msgid);

/* Calls visit() for every message of the catalog, in no set order, with its
 * context (NULL for none), English, translation ("" when untranslated),
 * state and the line of its msgstr in the PO file. */
typedef void (*sn_catalog_visitor)(void *ctx, const char *msgctxt, const char *msgid,
                                   const char *msgstr, sn_message_state state, int line);
void sn_catalog_each(const sn_catalog *catalog, sn_catalog_visitor visit, void *ctx);

/* Translates the Markdown `notes` block by block and returns new malloc'd
 * Markdown. A block with no usable translation stays in English, marked so
 * that the page shows it as not yet translated: a paragraph directly in the
 * notes is wrapped in a block
 *     <div class="untranslated" lang="en">\n\n...paragraph...\n\n</div>
 * and any other block (a heading's text, a list item's or a quote's
 * paragraph, a table cell) in an inline
 *     <span class="untranslated" lang="en">...</span>
 * so that the heading, list or table keeps its shape. A translated table
 * cell has its `|` escaped and its line breaks made spaces. A dollar that
 * is plain in the English (or in a translation alone) and would open math
 * in the result is written `\$`, so that the notes keep their formulas.
 * Notes whose math does not scan return NULL and set *err to a malloc'd
 * "line:col: message", relative to the notes. A NULL catalog returns a copy
 * of `notes`. */
char *sn_translate_notes(const sn_catalog *catalog, const char *notes, char **err);

/* The same, for notes already cut into `blocks` by sn_po_blocks_split
 * (po_blocks.h): a site in several languages cuts each page's notes once. */
char *sn_translate_blocks(const sn_catalog *catalog, const char *notes,
                          const sn_po_block_list *blocks);

/* A translation must not lose or gain a formula. Translating keeps each
 * message's math as written, but the scan of math (texmath.h) is our
 * reading of where cmark-gfm's code spans and blocks end, and on some
 * contrived notes (backticks and dollars mixed across blocks) the
 * translation's markers and joined lines make it read them otherwise. So
 * the caller, which scans the translated notes anyway to render them,
 * compares their formulas with the English's, and shows the English when
 * they differ. */

/* 1 when two lists of formulas (each as written, delimiters included) are
 * the same in any order, every run of white space read as one space (TeX
 * reads them alike, and a translation re-indents a formula that goes on
 * over a list item's lines); else 0. */
int sn_translate_same_formulas(char *const *english, size_t n_english, char *const *translated,
                               size_t n_translated);

/* The English notes whole, marked as not yet translated (malloc'd), for
 * notes whose translation changed their formulas. Should even that change
 * them, the caller shows `notes` as written. */
char *sn_translate_all_english(const char *notes);

/* The catalog of a page: "<po_dir>/<lang>/<page>.po", where `page` is the
 * page's source path relative to the folder being rendered
 * ("normalization/readme.md"). Malloc'd. */
char *sn_catalog_path(const char *po_dir, const char *lang, const char *page);

/* The languages of the site besides English: the words of
 * "<po_dir>/LINGUAS" (gettext's convention; `#` starts a comment), in order.
 * Returns 0 and sets *langs (a malloc'd array of malloc'd strings) and *count,
 * or -1 and sets *err ("path[:line]: error: message"). Free with
 * sn_languages_free. */
int sn_languages_read(const char *po_dir, char ***langs, size_t *count, char **err);
void sn_languages_free(char **langs, size_t count);

#endif
