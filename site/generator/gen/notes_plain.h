/* notes_plain.h — notes in the plain style: a license header, a version
 * history, ASCII art. Their text is shown as written: every line break
 * and space kept, HTML escaped, no Markdown (no headings, emphasis or
 * smart quotes) and no math. A page gets the style from `notes: plain` in
 * its front matter or from --plain-notes (read.h); the split stage marks
 * its sections (sn_section.plain), and sn_notes_parse (markdown.h) calls
 * this instead of parsing Markdown. */
#ifndef SN_NOTES_PLAIN_H
#define SN_NOTES_PLAIN_H

/* The HTML of plain notes (malloc'd): a <div class="plain-notes"> holding
 * one <div> a line; "" when the notes are blank. */
char *sn_notes_plain_html(const char *text);

#endif
