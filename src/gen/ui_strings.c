/* ui_strings.c — the interface strings of the pages, as a POT file for
 * translators' po/<lang>/site.po: those of the templates, then those the
 * generator itself uses. */
#include "site.h"

#include "buf.h"
#include "assemble.h"

#include <stdlib.h>

/* Interface strings the generator itself uses (the templates have more). */
static const char *const generator_strings[] = {
    "Home",
    "Language",
    "Source file",
    "Not yet translated",
    "Parts of this page are not yet translated; they are shown in English.",
};


char *sn_site_strings(const sn_site_options *o, char **err)
{
    sn_templates *t = sn_templates_load(o->templates_dir, err);
    if (!t) return NULL;
    char *pot = sn_templates_pot(t);
    sn_templates_free(t);
    sn_buf b = {0};
    sn_buf_puts(&b, "# Interface strings of pages made by sidenotes: translate them in\n"
                    "# po/<lang>/site.po.\nmsgid \"\"\nmsgstr \"\"\n"
                    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n");
    sn_buf_puts(&b, pot);
    for (size_t i = 0; i < sizeof generator_strings / sizeof *generator_strings; i++)
        sn_buf_printf(&b, "#: src/site.c src/assemble.c\nmsgid \"%s\"\nmsgstr \"\"\n\n",
                      generator_strings[i]);
    free(pot);
    return sn_buf_take(&b);
}
