/* ui_strings.c — see ui_strings.h: the generator's interface strings, and
 * all the pages' interface strings as a POT file for translators'
 * po/<lang>/site.po: those of the templates, then the generator's. */
#include "ui_strings.h"

#include "assemble.h"
#include "buf.h"
#include "site.h"
#include "template.h"

#include <stdlib.h>
#include <string.h>

static const char *const english[SN_UI_COUNT] = {
#define SN_UI_ENGLISH(id, text) [id] = text,
    SN_UI_STRINGS(SN_UI_ENGLISH)
#undef SN_UI_ENGLISH
};

const char *sn_ui_string(const sn_catalog *ui, sn_ui_id id) { return sn_ui(ui, english[id]); }

int sn_ui_string_missing(const sn_catalog *ui, sn_ui_id id)
{
    return ui && !sn_catalog_get(ui, english[id]);
}

char *sn_ui_string_html(const sn_catalog *ui, sn_ui_id id)
{
    const char *s = sn_ui_string(ui, id);
    int mark = sn_ui_string_missing(ui, id);
    sn_buf b = {0};
    if (mark) sn_buf_puts(&b, "<span class=\"untranslated\" lang=\"en\">");
    sn_buf_add_html(&b, s, strlen(s));
    if (mark) sn_buf_puts(&b, "</span>");
    return b.data ? sn_buf_take(&b) : sn_strdup("");
}

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
    for (size_t i = 0; i < SN_UI_COUNT; i++)
        sn_buf_printf(&b, "#: src/gen/ui_strings.h\nmsgid \"%s\"\nmsgstr \"\"\n\n", english[i]);
    free(pot);
    return sn_buf_take(&b);
}
