/* markdown.c — see markdown.h. */
#include "markdown.h"
#include "notes_plain.h"

#include "answer.h"
#include "buf.h"
#include "notes_rules.h"
#include "po_markdown.h"
#include "program_output.h"
#include "texmath.h"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* CommonMark options: smart punctuation turns "quotes" and -- into
 * typographic ones. The renderer lets HTML nodes through, since the
 * generator makes some (code, answers); the author's raw HTML was made text
 * before, unless --unsafe (notes_rules.h). */
static const int cmark_options = CMARK_OPT_UNSAFE | CMARK_OPT_SMART;

/* The language of code spans and of fenced code without an info string,
 * unless the context names one (a Python page's notes talk Python). */
static const char default_lang[] = "c";

static const char *notes_lang(const sn_notes_context *ctx)
{
    return ctx->code_lang ? ctx->code_lang : default_lang;
}

/* ---- code spans that are not C ----------------------------------------- */

/* Whether the preprocessing number t[0..n) (C11 6.4.8) is an integer or a
 * floating constant: digits in base 10, 8, 16 or 2, a point and an
 * exponent where the base allows them, and a suffix C knows. */
static int c_constant(const char *t, size_t n)
{
    int hex = n > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X');
    int bin = n > 1 && t[0] == '0' && (t[1] == 'b' || t[1] == 'B'); /* GNU C, C23 */
    size_t i = hex || bin ? 2 : 0, digits = 0;
    int point = 0, exponent = 0;
    for (; i < n; i++) {
        char c = t[i];
        if (bin ? c == '0' || c == '1' : hex ? isxdigit((unsigned char)c) : isdigit((unsigned char)c))
            digits++;
        else if (c == '.' && !point && !bin)
            point = 1;
        else
            break;
    }
    if (!digits) return 0;
    if (i < n && !bin && (hex ? t[i] == 'p' || t[i] == 'P' : t[i] == 'e' || t[i] == 'E')) {
        exponent = 1;
        i += i + 1 < n && (t[i + 1] == '+' || t[i + 1] == '-') ? 2 : 1;
        size_t start = i;
        while (i < n && isdigit((unsigned char)t[i])) i++;
        if (i == start) return 0;
    }
    if (hex && point && !exponent) return 0;
    const char *suffix = t + i;
    size_t m = n - i;
    if (point || exponent) return m == 0 || (m == 1 && strchr("fFlL", suffix[0]));
    static const char *const integer[] = {"", "u", "U", "l", "L", "ll", "LL", "ul", "uL", "Ul",
                                          "UL", "lu", "lU", "Lu", "LU", "ull", "uLL", "Ull",
                                          "ULL", "llu", "llU", "LLu", "LLU"};
    for (size_t k = 0; k < sizeof integer / sizeof *integer; k++)
        if (strlen(integer[k]) == m && memcmp(integer[k], suffix, m) == 0) return 1;
    return 0;
}

/* Whether a code span holds a number C would refuse, such as the
 * `1127.log` of `results/pytorch-xeon-2026-12-06-1127.log` or the `.2.3`
 * of `v1.2.3`: then it names a file or a version, not C, and is shown as
 * written instead of coloured as C. Numbers inside names, strings and
 * character constants do not count. */
static int holds_no_c_number(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (isalpha(c) || c == '_') {
            while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '_')) i++;
        } else if (c == '"' || c == '\'') {
            for (i++; i < n && s[i] != (char)c; i++)
                if (s[i] == '\\') i++;
            i++;
        } else if (isdigit(c) || (c == '.' && i + 1 < n && isdigit((unsigned char)s[i + 1]))) {
            size_t start = i++;
            while (i < n) {
                char d = s[i];
                if ((d == '+' || d == '-') && strchr("eEpP", s[i - 1]))
                    i++;
                else if (isalnum((unsigned char)d) || d == '_' || d == '.')
                    i++;
                else
                    break;
            }
            if (!c_constant(s + start, i - start)) return 1;
        } else {
            i++;
        }
    }
    return 0;
}

static void add_placeholder(sn_buf *b, size_t index)
{
    sn_buf_printf(b, SN_MATH_MARK_OPEN "%zu" SN_MATH_MARK_CLOSE, index);
}

/* "file:line:col" of notes line `line` (0-based), column `col`. For a
 * translation, the place is that of the English notes it came from. */
static char *place(const sn_notes_context *ctx, int line, int col)
{
    int l, c;
    if (ctx->lang) {
        sn_section_locate(ctx->section, 0, 1, &l, &c);
        return sn_strdup_printf("%s:%d (%s translation)", ctx->file, l, ctx->lang);
    }
    sn_section_locate(ctx->section, line, col, &l, &c);
    return sn_strdup_printf("%s:%d:%d", ctx->file, l, c);
}

/* `source`: for a formula, its text as written (delimiters included),
 * malloc'd; NULL for code. */
static void notes_push(sn_notes *n, size_t *cap, size_t id, char *where, char *source)
{
    if (n->count == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        n->ids = sn_xrealloc(n->ids, *cap * sizeof *n->ids);
        n->where = sn_xrealloc(n->where, *cap * sizeof *n->where);
        n->source = sn_xrealloc(n->source, *cap * sizeof *n->source);
    }
    n->ids[n->count] = id;
    n->where[n->count] = where;
    n->source[n->count] = source;
    n->count++;
}

/* Replaces a code span or code block by raw HTML holding a placeholder for
 * its highlighted form. */
static cmark_node *code_placeholder(cmark_node *node, size_t index)
{
    sn_buf b = {0};
    int block = cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK;
    sn_buf_puts(&b, block ? "<pre class=\"notes-code\"><code>" : "<code class=\"inline-code\">");
    add_placeholder(&b, index);
    sn_buf_puts(&b, block ? "</code></pre>" : "</code>");
    cmark_node *html = cmark_node_new(block ? CMARK_NODE_HTML_BLOCK : CMARK_NODE_HTML_INLINE);
    cmark_node_set_literal(html, b.data);
    sn_buf_free(&b);
    return html;
}

/* The lexer named by a fenced block's info string: its first word, else
 * `lang`. */
static char *fence_lang(cmark_node *node, const char *lang)
{
    const char *info = cmark_node_get_fence_info(node);
    size_t n = 0;
    while (info && info[n] && info[n] != ' ' && info[n] != '\t' && info[n] != '{') n++;
    return n ? sn_strndup(info, n) : sn_strdup(lang);
}

/* A code block ```output FILE```: 0 with FILE's text in *text (malloc'd,
 * *len its length), 0 and *text NULL for any other block, or -1 and *err. */
static int read_output_block(cmark_node *node, const sn_notes_context *ctx, char **text, size_t *len,
                             char **err)
{
    char *name = NULL, *why = NULL;
    int k = sn_output_block_name(cmark_node_get_fence_info(node), cmark_node_get_literal(node), &name,
                                 &why);
    if (k > 0 && !ctx->read_output) why = sn_strdup_printf("output blocks are not available here");
    if (k > 0 && !why) *text = ctx->read_output(ctx->ctx, name, len, &why);
    free(name);
    if (!why) return 0;
    char *where = place(ctx, cmark_node_get_start_line(node) - 1, cmark_node_get_start_column(node));
    *err = sn_strdup_printf("%s: error: %s", where, why);
    free(where);
    free(why);
    return -1;
}

/* Walks the document: collects code nodes to replace, rewrites URLs, and
 * refuses math where it cannot go. */
static int walk(cmark_node *doc, sn_tools *tools, const sn_notes_context *ctx, sn_notes *out,
                size_t *cap, char **err)
{
    cmark_iter *it = cmark_iter_new(doc);
    cmark_node **code = NULL;
    size_t ncode = 0, code_cap = 0;
    int in_image = 0, rc = 0;
    cmark_event_type ev;
    while (rc == 0 && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        cmark_node_type type = cmark_node_get_type(node);
        if ((type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) && ev == CMARK_EVENT_ENTER &&
            ctx->rewrite_url) {
            char *url = ctx->rewrite_url(ctx->ctx, cmark_node_get_url(node), type == CMARK_NODE_IMAGE,
                                         cmark_node_get_start_line(node),
                                         cmark_node_get_start_column(node));
            if (url) cmark_node_set_url(node, url);
            free(url);
        }
        if (type == CMARK_NODE_IMAGE) in_image += ev == CMARK_EVENT_ENTER ? 1 : -1;
        if (type == CMARK_NODE_TEXT && in_image &&
            strstr(cmark_node_get_literal(node), SN_MATH_MARK_OPEN)) {
            char *where = place(ctx, cmark_node_get_start_line(node) - 1, cmark_node_get_start_column(node));
            *err = sn_strdup_printf("%s: error: math in an image's description cannot be shown", where);
            free(where);
            rc = -1;
        }
        if ((type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK) && ev == CMARK_EVENT_ENTER) {
            if (ncode == code_cap) {
                code_cap = code_cap ? code_cap * 2 : 16;
                code = sn_xrealloc(code, code_cap * sizeof *code);
            }
            code[ncode++] = node;
        }
    }
    cmark_iter_free(it);
    /* Nodes are replaced after the walk, which must not see them change. */
    for (size_t i = 0; i < ncode; i++) {
        cmark_node *node = code[i];
        const char *text = cmark_node_get_literal(node);
        int block = cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK;
        char *lang = block ? fence_lang(node, notes_lang(ctx)) : sn_strdup(notes_lang(ctx));
        size_t len = strlen(text);
        if (!block && strcmp(lang, "c") == 0 && holds_no_c_number(text, len)) {
            free(lang);
            lang = sn_strdup("text");
        }
        char *output = NULL;
        if (rc == 0 && block && read_output_block(node, ctx, &output, &len, err) != 0) rc = -1;
        if (output) {
            text = output;
            free(lang);
            lang = sn_strndup("text", 4);
        }
        if (block && len && text[len - 1] == '\n') len--; /* the block's last newline */
        if (rc == 0) {
            char *where = place(ctx, cmark_node_get_start_line(node) - 1, cmark_node_get_start_column(node));
            size_t id = sn_tools_code(tools, lang, text, len, where);
            cmark_node *html = code_placeholder(node, out->count);
            notes_push(out, cap, id, where, NULL);
            cmark_node_replace(node, html);
            cmark_node_free(node);
        }
        free(output);
        free(lang);
    }
    free(code);
    return rc;
}

static const char math_hint[] = "shown as written (write \\$ for a dollar sign, or turn math off: "
                                "`math: off` in the front matter, or --no-math)";

/* The math of the notes, registered with the tools, and the notes with a
 * placeholder for each formula (malloc'd); the spans in *math (the
 * caller's to free). With math off, or where math and Markdown cannot
 * agree (a warning), there is none. -1 and *err for the generator's
 * reserved characters. */
static char *take_math(sn_tools *tools, const char *md, const sn_notes_context *ctx, sn_notes *out,
                       size_t *cap, sn_math_list *math, sn_math_parse *parse, char **err)
{
    size_t len = strlen(md);
    sn_error bad;
    int found = -1;
    if (sn_math_check_reserved(md, len, &bad) == 0 && !ctx->math_off) {
        found = sn_math_find_parsed(md, len, cmark_options, math, &bad, parse);
        if (found != 0) { /* not the reserved characters: no math here */
            char *where = place(ctx, bad.line - 1, bad.col);
            if (ctx->diags && !ctx->lang)
                sn_diags_warn(ctx->diags, where, "%s; math is off for these notes", bad.message);
            free(where);
            sn_error_free(&bad);
        }
    } else if (bad.message) {
        char *where = place(ctx, bad.line - 1, bad.col);
        *err = sn_strdup_printf("%s: error: %s", where, bad.message);
        free(where);
        sn_error_free(&bad);
        return NULL;
    }
    if (found != 0) return sn_strndup(md, len);
    for (size_t k = 0; k < math->nunclosed && ctx->diags && !ctx->lang; k++) {
        char *where = place(ctx, math->unclosed[k].line - 1, math->unclosed[k].col);
        sn_diags_warn(ctx->diags, where, "display math `$$` is never closed; %s", math_hint);
        free(where);
    }
    /* A translation's formulas all have the place of its section. */
    char *translated = ctx->lang && math->count ? place(ctx, 0, 0) : NULL;
    for (size_t k = 0; k < math->count; k++) {
        const sn_math_span *m = &math->spans[k];
        char *where = translated ? sn_strdup(translated) : place(ctx, m->line - 1, m->col);
        size_t id = sn_tools_math(tools, md + m->tex_start, m->tex_end - m->tex_start, m->display, where);
        notes_push(out, cap, id, where, sn_strndup(md + m->start, m->end - m->start));
    }
    free(translated);
    char *protected = parse->text; /* the text sn_math_find parsed */
    parse->text = NULL;
    return protected;
}

int sn_notes_parse(sn_tools *tools, const char *md, const sn_notes_context *ctx, sn_notes *out,
                   char **err)
{
    memset(out, 0, sizeof *out);
    if (ctx->section && ctx->section->plain) { /* notes_plain.h */
        out->html = sn_notes_plain_html(md);
        return 0;
    }
    size_t cap = 0;
    sn_math_parse parse = {0};
    sn_math_list math = {0};
    char *protected = take_math(tools, md, ctx, out, &cap, &math, &parse, err);
    if (protected && parse.doc && ctx->parsed) ctx->parsed(ctx->parsed_ctx, parse.doc, md, &math);
    sn_math_list_free(&math);
    if (!protected) {
        sn_notes_free(out);
        return -1;
    }

    /* The math finder's parse of the protected text, or (no math) one here. */
    cmark_parser *parser = parse.parser;
    cmark_node *doc = parse.doc;
    if (!doc) {
        parser = sn_markdown_parser(cmark_options);
        cmark_parser_feed(parser, protected, strlen(protected));
        doc = cmark_parser_finish(parser);
    }
    sn_notes_raw_html(doc, ctx->unsafe_html, ctx->lang != NULL);
    sn_notes_headings(doc, protected);
    free(protected);
    sn_answers_render(doc, ctx->answer_html ? ctx->answer_html : "Answer");
    int rc = walk(doc, tools, ctx, out, &cap, err);
    if (rc == 0)
        out->html = cmark_render_html(doc, cmark_options, cmark_parser_get_syntax_extensions(parser));
    cmark_node_free(doc);
    cmark_parser_free(parser);
    if (rc != 0) sn_notes_free(out);
    return rc;
}

typedef struct {
    const sn_notes *notes;
    const sn_tools *tools;
    char **as_written; /* per placeholder: a refused formula as HTML text, or NULL */
} finishing;

static const char *result_for(void *ctx, size_t index, size_t *len)
{
    const finishing *f = ctx;
    if (f->as_written[index]) {
        *len = strlen(f->as_written[index]);
        return f->as_written[index];
    }
    return sn_tools_result(f->tools, f->notes->ids[index], len);
}

/* Is placeholder `index` a formula KaTeX refused? */
static int refused(const sn_notes *notes, const sn_tools *tools, size_t index)
{
    return index < notes->count && notes->source[index] && sn_tools_error(tools, notes->ids[index]);
}

void sn_notes_check(const sn_notes *notes, const sn_tools *tools, sn_diags *diags)
{
    for (size_t i = 0; i < notes->count; i++)
        if (refused(notes, tools, i))
            sn_diags_warn(diags, notes->where[i], "%s; %s", sn_tools_error(tools, notes->ids[i]), math_hint);
}

/* True for the ASCII bytes that belong to a word or its punctuation. */
static int is_ascii_glue(unsigned char c, const char *stops)
{
    return c > ' ' && c < 0x80 && !strchr(stops, c);
}

/* Length of the UTF-8 character at `s` if it is CJK or full-width
 * punctuation (U+3000-U+303F, U+FF00-U+FF65), else 0: "，" or "。" after a
 * formula stays with it, as "," does. */
static size_t cjk_punctuation_at(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] == 0xE3 && u[1] == 0x80 && u[2] >= 0x80 && u[2] <= 0xBF) return 3;
    if (u[0] == 0xEF && ((u[1] == 0xBC && u[2] >= 0x80) || (u[1] == 0xBD && u[2] <= 0xA5)))
        return 3;
    return 0;
}

/* A line may not break between inline math and the text touching it
 * ("$x$:" or "($y$)"): KaTeX's boxes would otherwise let the colon or the
 * bracket wrap alone onto the next line. So each placeholder, with the
 * ASCII characters up to the nearest space or tag on either side (and one
 * CJK punctuation mark after it), is wrapped in a span that does not wrap.
 * Other non-ASCII text ends the span: Chinese, Japanese and Korean put no
 * spaces between words, and a span running to the next space could hold a
 * whole sentence that then overflows the column. */
static char *keep_math_with_text(const char *html, const sn_notes *notes, const sn_tools *tools)
{
    static const char open[] = SN_MATH_MARK_OPEN, close[] = SN_MATH_MARK_CLOSE;
    sn_buf b = {0};
    const char *done = html, *p;
    while ((p = strstr(done, open)) != NULL) {
        const char *end = strstr(p, close);
        if (!end) break;
        end += sizeof close - 1;
        const char *a = p, *z = end;
        if (refused(notes, tools, strtoul(p + sizeof open - 1, NULL, 10))) { /* text: it may wrap */
            sn_buf_add(&b, done, (size_t)(end - done));
            done = end;
            continue;
        }
        while (a > done && is_ascii_glue((unsigned char)a[-1], ">;")) a--;
        while (is_ascii_glue((unsigned char)*z, "<&")) z++;  /* marks are not ASCII */
        if (z == end) z += cjk_punctuation_at(z);
        if (a == p && z == end) { /* touches nothing */
            sn_buf_add(&b, done, (size_t)(end - done));
        } else {
            sn_buf_add(&b, done, (size_t)(a - done));
            sn_buf_puts(&b, "<span class=\"nowrap\">");
            sn_buf_add(&b, a, (size_t)(z - a));
            sn_buf_puts(&b, "</span>");
            end = z;
        }
        done = end;
    }
    sn_buf_puts(&b, done);
    return sn_buf_take(&b);
}

char *sn_notes_finish(const sn_notes *notes, const sn_tools *tools, char **err)
{
    finishing f = {notes, tools, sn_xcalloc(notes->count + 1, sizeof(char *))};
    for (size_t i = 0; i < notes->count; i++) {
        if (!refused(notes, tools, i)) continue;
        sn_buf b = {0};
        sn_buf_add_html(&b, notes->source[i], strlen(notes->source[i]));
        f.as_written[i] = sn_buf_take(&b);
    }
    size_t bad;
    char *wrapped = keep_math_with_text(notes->html, notes, tools);
    char *html = sn_math_restore(wrapped, strlen(wrapped), notes->count, result_for, &f, &bad);
    free(wrapped);
    for (size_t i = 0; i < notes->count; i++) free(f.as_written[i]);
    free(f.as_written);
    if (!html) {
        *err = bad < notes->count
                   ? sn_strdup_printf("%s: error: this formula or code lands where HTML cannot "
                                      "hold it (inside a link's URL or an HTML attribute?)",
                                      notes->where[bad])
                   : sn_strdup_printf("error: malformed placeholder in rendered notes");
    }
    return html;
}

void sn_notes_free(sn_notes *notes)
{
    for (size_t i = 0; i < notes->count; i++) {
        free(notes->where[i]);
        free(notes->source[i]);
    }
    free(notes->where);
    free(notes->source);
    free(notes->ids);
    /* cmark allocated the HTML with its default allocator, which is malloc. */
    free(notes->html);
    memset(notes, 0, sizeof *notes);
}
