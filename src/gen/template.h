/* template.h — the page templates: HTML with holes.
 *
 *   read → split → resolve names → translate → render → ASSEMBLE PAGES → write
 *
 * Two kinds of hole:
 *   {{name}}        a variable, filled with HTML the generator made;
 *   {{_ Some text}} an interface string, in English, replaced by its
 *                   translation from the language's site.po (escaped).
 * A variable the generator does not know is an error at load time, with
 * the template's file:line:col, so a typo never reaches a page. */
#ifndef SN_TEMPLATE_H
#define SN_TEMPLATE_H

#include "buf.h"
#include "translate.h"

#include <stddef.h>

typedef struct sn_template sn_template;

/* Parses template `text`, called `name` in messages. `vars` lists the
 * variables it may use (NULL-terminated). NULL and a malloc'd *err on an
 * unknown variable or an unclosed hole. */
sn_template *sn_template_parse(const char *name, const char *text, size_t len,
                               const char *const *vars, char **err);
void sn_template_free(sn_template *t);

/* Appends the template to `out`, with values[i] for vars[i] and interface
 * strings translated by `ui` (NULL: English). */
void sn_template_fill(const sn_template *t, sn_buf *out, const char *const *values,
                      const sn_catalog *ui);

/* The same, where bit i of `english` says values[i] is an interface
 * string of the generator's own (ui_strings.h) that `ui` has no
 * translation for: it is marked as an untranslated {{_ ...}} string is,
 * where it stands in element text. */
void sn_template_fill_marked(const sn_template *t, sn_buf *out, const char *const *values,
                             const sn_catalog *ui, unsigned english);

/* Appends the English interface strings of the `count` templates to `out`
 * in the gettext POT format, each once, at its first use, with a
 * "#: name:line" reference. */
void sn_template_pot(const sn_template *const *ts, size_t count, sn_buf *out);

/* The translation of an interface string, or the string itself. */
const char *sn_ui(const sn_catalog *ui, const char *msgid);

#endif
