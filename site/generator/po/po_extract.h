/* po_extract.h — the English messages of the pages, as POT templates.
 *
 *   sources → read → split → po_blocks → MESSAGES → po/templates/<page>.pot
 *
 * One template per page: its title and summary (front matter), then every
 * message of its notes (po_blocks.h) in the order of the page; and one,
 * site.pot, for the interface strings of the templates and the generator. A message
 * that occurs twice in a page is one entry with both references. Each entry
 * tells the translator where it comes from: an extracted comment with the
 * kind of block ("#. list item") and a reference to the source line
 * ("#: annotated/normalization/layer_norm/layer_norm.c:42").
 *
 * Templates are written with libgettextpo, atomically, and only when their
 * bytes change; the output depends on nothing but the sources (no dates),
 * so a test can tell when the committed templates are stale.
 */
#ifndef SN_PO_EXTRACT_H
#define SN_PO_EXTRACT_H

#include <stdio.h>

/* A template being built. */
typedef struct sn_pot sn_pot;

sn_pot *sn_pot_new(const char *page);
void sn_pot_free(sn_pot *pot);

/* Adds a message, or a reference and comment to an equal one already there.
 * `comment` is the extracted comment ("page title"); `line` is 1-based. */
void sn_pot_add(sn_pot *pot, const char *msgctxt, const char *msgid, const char *comment,
                const char *file, int line);

/* Adds the messages of one section's notes. note_line[i] is the source line
 * of notes line i (0-based); `where` is the section on the site
 * ("a/b.c.html#section-2"), put in each message's extracted comment after
 * its block kind (NULL: the kind alone). Returns 0, or -1 and a malloc'd
 * "file:line: error: ..." when the notes' math does not scan. */
int sn_pot_add_notes(sn_pot *pot, const char *notes, const char *file, const int *note_line,
                     size_t note_lines, const char *where, char **err);

/* Writes the template to `path`, creating folders, through a temporary
 * file renamed into place; a file whose bytes would not change is left
 * alone. With `check_only` nothing is written. Sets *changed (whether the
 * file differs or is missing). Returns 0, or -1 and a malloc'd error. */
int sn_pot_write(const sn_pot *pot, const char *path, int check_only, int *changed, char **err);

/* Extracts every page under `src_dir` into `<po_dir>/templates/<page>.pot`,
 * and the site's interface strings (site.h: sn_site_strings) into
 * `<po_dir>/templates/site.pot`; removes the templates of pages that no
 * longer exist. With `check_only`, writes nothing and reports what would
 * change. Logs one line per change to `log` (may be NULL). Returns the
 * number of templates that changed (or would), or -1 and a malloc'd error. */
int sn_po_extract(const char *src_dir, const char *po_dir, int check_only, FILE *log, char **err);

#endif
