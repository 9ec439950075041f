/* ui_strings.h — the interface strings the generator itself puts on pages
 * (the templates have more, marked in them). One table: the pages look
 * each one up by its id, and the POT file translators get for
 * po/<lang>/site.po (sn_site_strings, `sidenotes --strings`) is written
 * from the same table, so a string cannot be used without being offered
 * for translation.
 *
 * A language's name for itself ("中文") is not in the table: it is not a
 * translation of an English string but a fact about the language, kept in
 * languages.c's table of names. */
#ifndef SN_UI_STRINGS_H
#define SN_UI_STRINGS_H

#include "translate.h"

#define SN_UI_STRINGS(X)                                                                  \
    X(SN_UI_HOME, "Home")                                                                 \
    X(SN_UI_LANGUAGE, "Language")                                                         \
    X(SN_UI_SOURCE_FILE, "Source file")                                                   \
    X(SN_UI_NOT_TRANSLATED, "Not yet translated")                                         \
    X(SN_UI_PARTLY_ENGLISH, "Parts of this page are not yet translated; they are shown in English.") \
    X(SN_UI_ANSWER, "Answer")                                                             \
    X(SN_UI_PAGE_NOT_FOUND, "Page not found")                                             \
    X(SN_UI_NO_PAGE_HERE, "There is no page at this address.")                            \
    SN_UI_XREF_STRINGS(X)

/* Cross-references (xref.h): the kinds of names, the index page, the
 * tooltips. */
#define SN_UI_XREF_STRINGS(X)                                                             \
    X(SN_UI_XREF_FUNCTION, "function")                                                    \
    X(SN_UI_XREF_MACRO, "macro")                                                          \
    X(SN_UI_XREF_TYPE, "type")                                                            \
    X(SN_UI_XREF_MEMBER, "member")                                                        \
    X(SN_UI_XREF_ENUM_CONSTANT, "enum constant")                                          \
    X(SN_UI_XREF_GLOBAL, "global variable")                                               \
    X(SN_UI_XREF_PARAM, "parameter")                                                      \
    X(SN_UI_XREF_LOCAL, "local variable")                                                 \
    X(SN_UI_XREF_TITLE, "Identifiers")                                                    \
    X(SN_UI_XREF_DEFINED, "Defined in")                                                   \
    X(SN_UI_XREF_USES, "Used in")                                                         \
    X(SN_UI_XREF_DECLARED, "Declared in")                                                 \
    X(SN_UI_XREF_INDEX_LINK, "Index of identifiers")

typedef enum {
#define SN_UI_ID(id, english) id,
    SN_UI_STRINGS(SN_UI_ID)
#undef SN_UI_ID
    SN_UI_COUNT
} sn_ui_id;

/* The string `id` in the language of the catalog `ui` (NULL: English). */
const char *sn_ui_string(const sn_catalog *ui, sn_ui_id id);

/* Does a translation's catalog `ui` lack the string `id` (so that the
 * page shows it in English, marked)? Never for English (NULL). */
int sn_ui_string_missing(const sn_catalog *ui, sn_ui_id id);

/* The string `id` as HTML for element text (malloc'd): escaped, and marked
 * as untranslated (<span class="untranslated" lang="en">) when `ui` lacks
 * it, as the templates' strings are. */
char *sn_ui_string_html(const sn_catalog *ui, sn_ui_id id);

#endif
