/* notes_plain.c — see notes_plain.h.
 *
 * Comments written for an 80-column editor are wider than the notes
 * column, so a long line must wrap; each source line is its own block with
 * a hanging indent, so that a wrapped line's continuation is seen as one
 * (site.css, `.plain-notes`). */
#include "notes_plain.h"

#include "buf.h"

#include <string.h>

char *sn_notes_plain_html(const char *text)
{
    if (!text[strspn(text, " \t\n")]) return sn_strdup("");
    sn_buf out = {0};
    sn_buf_puts(&out, "<div class=\"plain-notes\">");
    for (const char *s = text;;) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        sn_buf_puts(&out, "<div>");
        if (n) sn_buf_add_html(&out, s, n);
        else sn_buf_puts(&out, "<br>");
        sn_buf_puts(&out, "</div>");
        if (!e) break;
        s = e + 1;
    }
    sn_buf_puts(&out, "</div>\n");
    return sn_buf_take(&out);
}
