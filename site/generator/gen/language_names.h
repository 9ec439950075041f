/* language_names.h — what a language calls itself ("日本語", "Português
 * (Brasil)"), for the language switcher, from Debian's iso-codes: the ISO
 * 639-3 name of the language (iso_639-3.json) translated into the language
 * itself by iso-codes' own catalog (LC_MESSAGES/iso_639-3.mo of that
 * language), and for a code with a country (pt_BR) the ISO 3166-1 name of
 * the country, translated the same way. No table of names in the
 * generator: a new language needs no C. */
#ifndef SN_LANGUAGE_NAMES_H
#define SN_LANGUAGE_NAMES_H

/* The own name of the language `code` ("ja", "pt_BR", "zh_TW"), malloc'd,
 * or NULL when iso-codes does not know it (the caller shows the code).
 * `iso_dir` is iso-codes' JSON folder and `locale_dir` the folder of its
 * catalogs; NULL for Debian's (/usr/share/iso-codes/json, /usr/share/locale). */
char *sn_language_own_name(const char *code, const char *iso_dir, const char *locale_dir);

#endif
