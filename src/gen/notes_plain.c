/* notes_plain.c — see notes_plain.h. */
#include "notes_plain.h"

#include "buf.h"

#include <string.h>

char *sn_notes_plain_html(const char *text)
{
    sn_buf out = {0};
    if (!text[strspn(text, " \t\n")]) return sn_strdup("");
    sn_buf_puts(&out, "<pre class=\"plain-notes\">");
    sn_buf_add_html(&out, text, strlen(text));
    sn_buf_puts(&out, "</pre>\n");
    return sn_buf_take(&out);
}
