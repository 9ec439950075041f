/* po_glossary.c — see po_glossary.h. The glossary's table and a message's
 * prose are both read with cmark-gfm (math protected first), so that code
 * and formulas never count as words. */
#include "po_glossary.h"

#include "buf.h"
#include "texmath.h"
#include "po_markdown.h"
#include "read.h"

#include <cmark-gfm.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    char **en, **tr; /* alternatives, " / "-separated in the table */
    size_t nen, ntr;
    int sense;       /* the English cell restricts the sense in words
                        ("step (of an optimizer)"): not checked */
    char **avoid;    /* words the notes column quotes ('반복문'과 섞어 쓰지
                        않음, 「精度」は使わない) */
    size_t navoid;
} term;

struct sn_glossary {
    term *terms;
    size_t count;
};

/* Adds the term s[0, len) with its spaces trimmed and runs of them made one
 * (a parenthesis taken out of the middle leaves two). */
static void add_word(char ***list, size_t *n, const char *s, size_t len)
{
    sn_buf b = {0};
    for (size_t i = 0; i < len; i++) {
        int space = s[i] == ' ' || s[i] == '\t';
        if (space && (!b.len || b.data[b.len - 1] == ' ')) continue;
        sn_buf_putc(&b, space ? ' ' : s[i]);
    }
    while (b.len && b.data[b.len - 1] == ' ') b.data[--b.len] = '\0';
    if (!b.len) {
        sn_buf_free(&b);
        return;
    }
    *list = sn_xrealloc(*list, (*n + 1) * sizeof **list);
    (*list)[(*n)++] = sn_buf_take(&b);
}

/* The plain text of a node: its text and code, without what stands in
 * parentheses (ASCII or full-width), split at '/'. A part holding a math
 * placeholder is not a term. */
static int cell_terms(cmark_node *cell, char ***list, size_t *n)
{
    int sense = 0, in_code = 0;
    sn_buf b = {0};
    cmark_iter *it = cmark_iter_new(cell);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *c = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node_type t = cmark_node_get_type(c);
        if (t == CMARK_NODE_TEXT) sn_buf_puts(&b, cmark_node_get_literal(c));
        else if (t == CMARK_NODE_CODE) sn_buf_printf(&b, "\001%s\001", cmark_node_get_literal(c));
        else if (t == CMARK_NODE_SOFTBREAK) sn_buf_putc(&b, ' ');
    }
    cmark_iter_free(it);
    sn_buf plain = {0};
    int depth = 0;
    for (size_t i = 0; i < b.len; i++) {
        if (b.data[i] == '(' || strncmp(b.data + i, "（", 3) == 0) depth++;
        if (b.data[i] == '\001') {
            in_code = !in_code;
            continue;
        }
        if (!depth) sn_buf_putc(&plain, b.data[i]);
        else if (!in_code && b.data[i] == ' ' && i > 0 && b.data[i - 1] >= 'a' && b.data[i - 1] <= 'z')
            sense = 1; /* two words or more in the remark: "(of an optimizer)", not "(dense)" */
        if (depth && (b.data[i] == ')' || strncmp(b.data + i, "）", 3) == 0)) depth--;
        if (strncmp(b.data + i, "（", 3) == 0 || strncmp(b.data + i, "）", 3) == 0) i += 2;
    }
    sn_buf_free(&b);
    const char *s = plain.data ? plain.data : "";
    for (;;) {
        const char *slash = strchr(s, '/');
        size_t len = slash ? (size_t)(slash - s) : strlen(s);
        char *word = sn_strndup(s, len);
        if (!strstr(word, SN_MATH_MARK_OPEN)) add_word(list, n, word, len);
        free(word);
        if (!slash) break;
        s = slash + 1;
    }
    sn_buf_free(&plain);
    return sense;
}

/* Does the clause around a quoted word [from, to) of `text` reject it
 * ("'반복문'과 섞어 쓰지 않음", "「精度」は使わない", "不译作“图层归一化”",
 * "'그래디언트'도 쓰이지만 통일"), rather than prescribe it ("gradient
 * descent는 '경사 하강법'")? */
static int rejected(const char *text, const char *from, const char *to)
{
    static const char *const stops[] = {".", "。", ";", "；", "\n", NULL};
    static const char *const no[] = {"않", "말", "ない", "不", "避", "not ", "never ", "쓰이지만",
                                     "見られるが", NULL};
    const char *start = text, *end = to + strlen(to);
    for (size_t i = 0; stops[i]; i++) {
        for (const char *p = strstr(text, stops[i]); p && p < from; p = strstr(p + 1, stops[i]))
            if (p + strlen(stops[i]) > start) start = p + strlen(stops[i]);
        const char *q = strstr(to, stops[i]);
        if (q && q < end) end = q;
    }
    for (size_t i = 0; no[i]; i++) {
        const char *p = strstr(start, no[i]);
        if (p && p < end) return 1;
    }
    return 0;
}

/* The words the notes column quotes and rejects: between '…', ‘…’, “…”,
 * 「…」 or "…". */
static void quoted_words(cmark_node *cell, char ***list, size_t *n)
{
    sn_buf b = {0};
    cmark_iter *it = cmark_iter_new(cell);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(cmark_iter_get_node(it)) == CMARK_NODE_TEXT)
            sn_buf_puts(&b, cmark_node_get_literal(cmark_iter_get_node(it)));
    cmark_iter_free(it);
    static const char *const quotes[][2] = {{"'", "'"}, {"‘", "’"}, {"“", "”"}, {"「", "」"}, {"\"", "\""}};
    for (size_t q = 0; q < sizeof quotes / sizeof *quotes; q++) {
        const char *open = quotes[q][0], *close = quotes[q][1];
        for (const char *s = b.data ? strstr(b.data, open) : NULL; s; s = strstr(s, open)) {
            s += strlen(open);
            const char *e = strstr(s, close);
            if (!e) break;
            if (e > s && e - s < 64 && rejected(b.data, s - strlen(open), e + strlen(close)))
                add_word(list, n, s, (size_t)(e - s));
            s = e + strlen(close);
        }
    }
    sn_buf_free(&b);
}

static cmark_node *parse_protected(const char *md, size_t len, char **err)
{
    sn_math_list math;
    sn_error bad;
    if (sn_math_find(md, len, &math, &bad) != 0) {
        *err = sn_error_text(&bad);
        sn_error_free(&bad);
        sn_math_list_free(&math);
        return NULL;
    }
    char *prot = sn_math_protect(md, len, &math);
    cmark_node *doc = sn_po_markdown_parse(prot, strlen(prot));
    free(prot);
    sn_math_list_free(&math);
    return doc;
}

sn_glossary *sn_glossary_load(const char *path, char **err)
{
    *err = NULL;
    sn_glossary *g = sn_xcalloc(1, sizeof *g);
    char *text = NULL;
    size_t len;
    if (sn_read_file(path, &text, &len) != 0) {
        if (errno == ENOENT) return g;
        *err = sn_error_at(path, 0, 0, "cannot read: %s", strerror(errno));
        sn_glossary_free(g);
        return NULL;
    }
    char *why = NULL;
    cmark_node *doc = parse_protected(text, len, &why);
    free(text);
    if (!doc) {
        *err = sn_error_at(path, 0, 0, "%s", why);
        free(why);
        sn_glossary_free(g);
        return NULL;
    }
    cmark_node *table = NULL;
    for (cmark_node *c = cmark_node_first_child(doc); c && !table; c = cmark_node_next(c))
        if (strcmp(cmark_node_get_type_string(c), "table") == 0) table = c;
    /* rows after the header: first cell English, second the translation */
    for (cmark_node *row = table ? cmark_node_first_child(table) : NULL; row; row = cmark_node_next(row)) {
        if (row == cmark_node_first_child(table)) continue;
        cmark_node *en = cmark_node_first_child(row), *tr = en ? cmark_node_next(en) : NULL;
        if (!tr) continue;
        term t = {0};
        t.sense = cell_terms(en, &t.en, &t.nen);
        cell_terms(tr, &t.tr, &t.ntr);
        if (cmark_node_next(tr)) quoted_words(cmark_node_next(tr), &t.avoid, &t.navoid);
        for (size_t i = 0; i < t.nen; i++)
            for (char *p = t.en[i]; *p; p++)
                if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
        g->terms = sn_xrealloc(g->terms, (g->count + 1) * sizeof *g->terms);
        g->terms[g->count++] = t;
    }
    cmark_node_free(doc);
    if (!g->count) {
        *err = sn_error_at(path, 0, 0, "no glossary table (| English | translation | ...)");
        sn_glossary_free(g);
        return NULL;
    }
    return g;
}

void sn_glossary_free(sn_glossary *g)
{
    if (!g) return;
    for (size_t i = 0; i < g->count; i++) {
        for (size_t k = 0; k < g->terms[i].nen; k++) free(g->terms[i].en[k]);
        for (size_t k = 0; k < g->terms[i].ntr; k++) free(g->terms[i].tr[k]);
        for (size_t k = 0; k < g->terms[i].navoid; k++) free(g->terms[i].avoid[k]);
        free(g->terms[i].en);
        free(g->terms[i].tr);
        free(g->terms[i].avoid);
    }
    free(g->terms);
    free(g);
}

/* The prose of a message, lowercased: its text outside code and math. */
static char *prose_of(const char *msgid)
{
    char *err = NULL;
    cmark_node *doc = parse_protected(msgid, strlen(msgid), &err);
    free(err);
    sn_buf b = {0};
    sn_buf_putc(&b, ' ');
    cmark_iter *it = doc ? cmark_iter_new(doc) : NULL;
    cmark_event_type ev;
    while (it && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *c = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(c);
        if (ev == CMARK_EVENT_ENTER && t == CMARK_NODE_TEXT) {
            sn_buf_puts(&b, cmark_node_get_literal(c));
        } else if (ev == CMARK_EVENT_ENTER &&
                   (t == CMARK_NODE_CODE || t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK ||
                    t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HTML_INLINE)) {
            sn_buf_putc(&b, ' '); /* code, breaks: a word boundary; emphasis is not
                                     ("running **mean**" is "running mean") */
        }
    }
    if (it) cmark_iter_free(it);
    cmark_node_free(doc);
    sn_buf_putc(&b, ' ');
    for (size_t i = 0; i < b.len; i++)
        if (b.data[i] >= 'A' && b.data[i] <= 'Z') b.data[i] = (char)(b.data[i] - 'A' + 'a');
    return sn_buf_take(&b);
}

static int is_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (unsigned char)c >= 0x80;
}

typedef struct {
    size_t start, end, term, alt;
} match;

static int longer_first(const void *a, const void *b)
{
    const match *x = a, *y = b;
    size_t lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly) return lx > ly ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Is the occurrence prose[start, end) of a one-word term a verb or part of
 * an idiom rather than the term? "a mismatch means one of them", "for
 * example", "step by step", "it is spread over": the term is a noun, and a
 * noun is not followed by an article or a pronoun, nor preceded by a form
 * of "be". */
static int not_the_noun(const char *prose, size_t start, size_t end, const char *term)
{
    static const char *const after[] = {"the ", "a ", "an ", "that ", "this ", "these ", "those ",
                                        "one ", "it ", "we ", "no ", "its ", "their ", "our ",
                                        "them ", "by step", "\"", "“", NULL};
    static const char *const before[] = {" is ", " are ", " was ", " were ", " be ", " been ", NULL};
    static const char *const idioms[] = {"for example", "for instance", "step by step",
                                         "by means of", "in a row", "example program", NULL};
    if (strchr(term, ' ')) return 0;
    for (size_t i = 0; idioms[i]; i++) {
        const char *hit = strstr(prose, idioms[i]);
        for (; hit; hit = strstr(hit + 1, idioms[i])) {
            size_t hs = (size_t)(hit - prose), he = hs + strlen(idioms[i]);
            if (hs <= start && end <= he) return 1;
        }
    }
    if (prose[end] == ' ')
        for (size_t i = 0; after[i]; i++)
            if (strncmp(prose + end + 1, after[i], strlen(after[i])) == 0) return 1;
    for (size_t i = 0; before[i]; i++) {
        size_t n = strlen(before[i]);
        if (start >= n && strncmp(prose + start - n, before[i], n - 1) == 0) return 1;
    }
    return 0;
}

/* Does the translation's prose hold `word`? Korean predicates conjugate
 * ("안정한", "안정합니다", "안정하게"): a Hangul term ending in one of the
 * endings below also matches by its stem. */
/* `s` without the particles a term can take inside it (バッチの統計量 for
 * バッチ統計量, 批量的统计量) and without spaces; malloc'd. */
static char *bare(const char *s)
{
    sn_buf b = {0};
    for (; *s; s++) {
        if (strncmp(s, "の", 3) == 0 || strncmp(s, "的", 3) == 0) {
            s += 2;
            continue;
        }
        if (*s != ' ') sn_buf_putc(&b, *s);
    }
    return b.len ? sn_buf_take(&b) : sn_strdup("");
}

static int holds(const char *prose, const char *word)
{
    if (strstr(prose, word)) return 1;
    char *p = bare(prose), *w = bare(word);
    int found = *w && strstr(p, w) != NULL;
    free(p);
    free(w);
    if (found) return 1;
    static const char *const endings[] = {"하다", "되다", "하는", "되는", "한다", "된다", "한", "된", "인",
                                          "적", "다", NULL};
    size_t n = strlen(word);
    for (size_t i = 0; endings[i]; i++) {
        size_t e = strlen(endings[i]);
        if (n > e + 3 && strcmp(word + n - e, endings[i]) == 0) {
            char *stem = sn_strndup(word, n - e);
            int found = strstr(prose, stem) != NULL;
            free(stem);
            return found;
        }
    }
    return 0;
}

static void lower_ascii(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z') *s = (char)(*s - 'A' + 'a');
}

/* Is `term` named in the comma-separated list `accepted`? */
static int accepted_term(const char *accepted, const char *term)
{
    size_t n = strlen(term);
    for (const char *s = accepted; s && *s;) {
        while (*s == ' ' || *s == ',') s++;
        size_t len = strcspn(s, ",");
        while (len && s[len - 1] == ' ') len--;
        if ((len == n && strncasecmp(s, term, n) == 0) || (len == 1 && *s == '*')) return 1;
        s += strcspn(s, ",");
    }
    return 0;
}

char *sn_glossary_check(const sn_glossary *g, const char *msgid, const char *msgstr,
                        const char *accepted)
{
    if (!g || !g->count) return NULL;
    char *prose = prose_of(msgid);
    /* the translation as a reader sees it: emphasis and links out, any case */
    char *target = prose_of(msgstr);
    match *m = NULL;
    size_t nm = 0;
    for (size_t t = 0; t < g->count; t++) {
        for (size_t a = 0; a < g->terms[t].nen; a++) {
            const char *w = g->terms[t].en[a];
            size_t wl = strlen(w);
            for (const char *p = strstr(prose, w); p; p = strstr(p + 1, w)) {
                const char *e = p + wl;
                if (is_word_char(p[-1])) continue; /* prose starts with a space */
                if (e[0] == 's' && !is_word_char(e[1])) e += 1;
                else if (e[0] == 'e' && e[1] == 's' && !is_word_char(e[2])) e += 2;
                if (is_word_char(*e)) continue;
                m = sn_xrealloc(m, (nm + 1) * sizeof *m);
                m[nm++] = (match){(size_t)(p - prose), (size_t)(e - prose), t, a};
            }
        }
    }
    if (nm) qsort(m, nm, sizeof *m, longer_first);
    sn_buf note = {0};
    unsigned char *taken = sn_xcalloc(strlen(prose) + 1, 1);
    unsigned char *noted = sn_xcalloc(g->count, 1);
    for (size_t i = 0; i < nm; i++) {
        int free_span = 1;
        for (size_t k = m[i].start; k < m[i].end && free_span; k++) free_span = !taken[k];
        if (!free_span) continue; /* inside a longer term already matched */
        memset(taken + m[i].start, 1, m[i].end - m[i].start);
        const term *t = &g->terms[m[i].term];
        const char *en = t->en[m[i].alt];
        if (t->sense || not_the_noun(prose, m[i].start, m[i].end, en)) continue;
        int paired = t->nen == t->ntr;
        /* the English kept as it is (a cited title, a shape "(rows, D)")
         * is no stray translation */
        int found = strstr(target, en) != NULL;
        for (size_t k = 0; k < t->ntr && !found; k++) {
            if (paired && k != m[i].alt) continue;
            char *tr = sn_strdup(t->tr[k]);
            lower_ascii(tr);
            found = holds(target, tr);
            free(tr);
        }
        /* One English word has many senses (a paper's section, a gain in
         * accuracy, modulo bias): a one-word term is noted only when the
         * translation uses a word its glossary row rejects. A term of
         * several words names one idea: its absence is noted. */
        int avoided = 0;
        for (size_t k = 0; k < t->navoid && !avoided; k++) {
            char *w = sn_strdup(t->avoid[k]);
            lower_ascii(w);
            avoided = strstr(target, w) != NULL;
            free(w);
        }
        if (!strchr(en, ' ') && !avoided) continue;
        if (found || !t->ntr || noted[m[i].term] || accepted_term(accepted, en)) continue;
        noted[m[i].term] = 1;
        sn_buf_printf(&note, "%s“%s” is “%s”", note.len ? "; " : "", en,
                      t->tr[paired ? m[i].alt : 0]);
    }
    free(noted);
    free(taken);
    free(m);
    free(prose);
    free(target);
    return note.len ? sn_buf_take(&note) : NULL;
}

static void xml_text(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '<') fputs("&lt;", out);
        else if (*s == '>') fputs("&gt;", out);
        else if (*s == '&') fputs("&amp;", out);
        else if (*s == '"') fputs("&quot;", out);
        else fputc(*s, out);
    }
}

void sn_glossary_write_tbx(const sn_glossary *g, const char *lang, FILE *out)
{
    char *bcp = sn_strdup(lang);
    for (char *c = bcp; *c; c++)
        if (*c == '_') *c = '-';
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<martif type=\"TBX\" xml:lang=\"en\">\n<martifHeader><fileDesc><sourceDesc>"
          "<p>po/", out);
    xml_text(out, lang);
    fputs("/glossary.md, exported by sidenotes-po</p></sourceDesc></fileDesc></martifHeader>\n"
          "<text><body>\n", out);
    for (size_t i = 0; g && i < g->count; i++) {
        const term *t = &g->terms[i];
        if (!t->nen || !t->ntr) continue;
        fprintf(out, "<termEntry id=\"t%zu\">\n<langSet xml:lang=\"en\">", i + 1);
        for (size_t k = 0; k < t->nen; k++) {
            fputs("<tig><term>", out);
            xml_text(out, t->en[k]);
            fputs("</term></tig>", out);
        }
        fputs("</langSet>\n<langSet xml:lang=\"", out);
        xml_text(out, bcp);
        fputs("\">", out);
        for (size_t k = 0; k < t->ntr; k++) {
            fputs("<tig><term>", out);
            xml_text(out, t->tr[k]);
            fputs("</term></tig>", out);
        }
        fputs("</langSet>\n</termEntry>\n", out);
    }
    fputs("</body></text>\n</martif>\n", out);
    free(bcp);
}
