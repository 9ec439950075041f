/* translate.h — the translate stage of the pipeline.
 *
 *   read → split → TRANSLATE → render notes and code → assemble → write
 *
 * A page's notes are Markdown, written in English. A catalog is one gettext PO
 * file: the translations of one page (po/<lang>/<page path>.po) or of the
 * site's interface strings. A message is one Markdown leaf block of the notes
 * (a heading, a paragraph, a list item's paragraph, a table cell), with its
 * math kept verbatim, or one page title, summary or interface string.
 */
#ifndef SN_TRANSLATE_H
#define SN_TRANSLATE_H

typedef struct sn_catalog sn_catalog;

/* Loads the PO file at `po_path`. A file that does not exist gives an empty
 * catalog (every lookup falls back to English). On a malformed file returns
 * NULL and sets *err to a malloc'd "path:line: message". */
sn_catalog *sn_catalog_load(const char *po_path, char **err);
void sn_catalog_free(sn_catalog *catalog);

/* The translation of `msgid`, or NULL when it is missing, empty or fuzzy.
 * Used for titles, summaries and interface strings. */
const char *sn_catalog_get(const sn_catalog *catalog, const char *msgid);

/* Translates the Markdown `notes` block by block and returns new malloc'd
 * Markdown. A block with no usable translation stays in English, wrapped so
 * that the page marks it for the reader as not yet translated:
 *     <div class="untranslated" lang="en">\n\n...block...\n\n</div>
 * A translation whose math, inline code or link targets differ from its
 * English message is an error: returns NULL and sets *err to a malloc'd
 * "po_path:line: message". A NULL catalog returns a copy of `notes`. */
char *sn_translate_notes(const sn_catalog *catalog, const char *notes, char **err);

#endif
