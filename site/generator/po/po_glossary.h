/* po_glossary.h — does a translation use the glossary's words?
 *
 * A language's glossary (po/<lang>/glossary.md) is a Markdown table whose
 * first two columns are the English term and its translation:
 *
 *     | English | 中文 | 说明 |
 *     | running mean | 滑动均值 | ... |
 *     | row / column | 行 / 列 | |
 *
 * A cell may give several terms separated by " / " (paired in order when
 * both sides have as many), and a parenthesis in it is a remark, not part
 * of the term ("gain ($\gamma$)" is "gain"). A translation whose English
 * uses a term (as a whole word, in the prose: not in code or math) but
 * which lacks the term's translation gets a note. Notes are advice, not
 * errors: a good translation sometimes says it another way.
 */
#ifndef SN_PO_GLOSSARY_H
#define SN_PO_GLOSSARY_H

#include <stdio.h>

typedef struct sn_glossary sn_glossary;

/* Loads a glossary. A missing file gives an empty glossary. Returns NULL and
 * a malloc'd "path: error: ..." when the file has no two-column table. */
sn_glossary *sn_glossary_load(const char *path, char **err);
void sn_glossary_free(sn_glossary *g);

/* NULL when `msgstr` uses the translation of every glossary term in the
 * prose of `msgid`, else a malloc'd note: "“running mean” is “滑动均值”".
 * A term of several words is noted when its translation is missing; a
 * one-word term (one English word has many senses: a paper's section, a
 * gain in accuracy) only when the translation also uses a word that the
 * row's notes column quotes and rejects ('반복문'과 섞어 쓰지 않음), and
 * never when the English cell restricts its sense in words ("step (of an
 * optimizer)"). Emphasis and links do not split a term on either side;
 * the translation side is compared in any case and without particles
 * (バッチの統計量 is バッチ統計量); a Korean predicate matches by its stem
 * (안정한 / 안정합니다); a one-word term used as a verb or in an idiom ("it
 * means the", "for example", "step by step") is not the term; a term the
 * translation keeps in English (a cited title) is not noted. `accepted` is
 * a comma-separated list of English terms the translator chose to
 * translate otherwise in this message (`*`: all), or NULL. */
char *sn_glossary_check(const sn_glossary *g, const char *msgid, const char *msgstr,
                        const char *accepted);

/* Writes the glossary as TBX (TermBase eXchange, ISO 30042), which Weblate
 * imports as a glossary: one termEntry per row, English and `lang`. */
void sn_glossary_write_tbx(const sn_glossary *g, const char *lang, FILE *out);

#endif
