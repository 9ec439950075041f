/* notes_rules.c — see notes_rules.h. */
#include "notes_rules.h"

#include "buf.h"
#include "markers.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- raw HTML ------------------------------------------------------------ */

static int is_html(cmark_node *n)
{
    cmark_node_type t = cmark_node_get_type(n);
    return t == CMARK_NODE_HTML_INLINE || t == CMARK_NODE_HTML_BLOCK;
}

/* Is the literal `lit`, trailing white space aside, exactly `want`? */
static int literal_is(const char *lit, const char *want)
{
    size_t n = strlen(want), len = strlen(lit);
    while (len && isspace((unsigned char)lit[len - 1])) len--;
    return len == n && memcmp(lit, want, n) == 0;
}

/* `<a id="name">` with a plain name, followed by `</a>`: a link target. */
static int is_anchor(cmark_node *n)
{
    const char *lit = cmark_node_get_literal(n);
    cmark_node *next = cmark_node_next(n);
    if (cmark_node_get_type(n) != CMARK_NODE_HTML_INLINE || strncmp(lit, "<a id=\"", 7) != 0 || !next ||
        cmark_node_get_type(next) != CMARK_NODE_HTML_INLINE || strcmp(cmark_node_get_literal(next), "</a>") != 0)
        return 0;
    size_t k = 7;
    while (isalnum((unsigned char)lit[k]) || lit[k] == '-' || lit[k] == '_') k++;
    return k > 7 && strcmp(lit + k, "\">") == 0;
}

/* One whole HTML comment, `<!-- ... -->` and nothing after it: it hides
 * only itself (a note to self, or a marker for a tool). No `--!>`, which
 * browsers also take for its end, and not the abrupt `<!-->`/`<!--->`. */
static int is_closed_comment(cmark_node *n)
{
    const char *lit = cmark_node_get_literal(n);
    if (strncmp(lit, "<!--", 4) != 0 || lit[4] == '>' || strncmp(lit + 4, "->", 2) == 0 ||
        strstr(lit, "--!>"))
        return 0;
    const char *end = strstr(lit + 4, "-->");
    if (!end) return 0;
    for (end += 3; *end; end++)
        if (!isspace((unsigned char)*end)) return 0;
    return 1;
}

static int is_untranslated_marker(cmark_node *n)
{
    const char *lit = cmark_node_get_literal(n);
    return literal_is(lit, SN_UNTRANSLATED_BLOCK) || literal_is(lit, "</div>") ||
           literal_is(lit, "<span " SN_UNTRANSLATED_ATTRS ">") || literal_is(lit, "</span>");
}

/* The node as text: inline HTML becomes a text node, an HTML block a
 * paragraph of its lines. */
static void as_text(cmark_node *n)
{
    const char *lit = cmark_node_get_literal(n);
    if (cmark_node_get_type(n) == CMARK_NODE_HTML_INLINE) {
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, lit);
        cmark_node_replace(n, text);
        cmark_node_free(n);
        return;
    }
    cmark_node *para = cmark_node_new(CMARK_NODE_PARAGRAPH);
    size_t len = strlen(lit);
    while (len && lit[len - 1] == '\n') len--;
    for (size_t at = 0; at < len;) {
        size_t end = at;
        while (end < len && lit[end] != '\n') end++;
        if (at) cmark_node_append_child(para, cmark_node_new(CMARK_NODE_SOFTBREAK));
        char *line = sn_strndup(lit + at, end - at);
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, line);
        cmark_node_append_child(para, text);
        free(line);
        at = end + 1;
    }
    cmark_node_replace(n, para);
    cmark_node_free(n);
}

/* The elements --unsafe HTML has opened and not closed yet, innermost last. */
typedef struct {
    char names[64][16];
    size_t depth;
    int in_comment; /* an unclosed `<!--` */
} open_elements;

static const char *const void_elements[] = {"area", "base", "br", "col", "embed", "hr", "img",
                                            "input", "link", "meta", "source", "track", "wbr", NULL};
static const char *const raw_text_elements[] = {"script", "style", "textarea", "title", "xmp",
                                                "iframe", "noembed", "noframes", NULL};

static int in_list(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (strcasecmp(name, *list) == 0) return 1;
    return 0;
}

/* Where the end tag `</name` is in s (case-insensitive), or NULL. */
static const char *find_end_tag(const char *s, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = strstr(s, "</"); p; p = strstr(p + 2, "</"))
        if (strncasecmp(p + 2, name, n) == 0 && !isalnum((unsigned char)p[2 + n])) return p;
    return NULL;
}

/* Reads the tags of one raw HTML literal, keeps `open` up to date, and
 * returns the literal with stray end tags made text (malloc'd). */
static char *balance(const char *lit, open_elements *open)
{
    const char *p = lit;
    while (*p) {
        if (open->in_comment) {
            const char *end = strstr(p, "-->");
            if (!end) break;
            open->in_comment = 0;
            p = end + 3;
            continue;
        }
        /* Inside a raw text element only its end tag counts. */
        if (open->depth && in_list(open->names[open->depth - 1], raw_text_elements)) {
            const char *end = find_end_tag(p, open->names[open->depth - 1]);
            if (!end) break;
            open->depth--;
            p = end + 2;
            continue;
        }
        const char *lt = strchr(p, '<');
        if (!lt) break;
        if (strncmp(lt, "<!--", 4) == 0) {
            open->in_comment = 1;
            p = lt + 4;
            continue;
        }
        int end_tag = lt[1] == '/';
        const char *name = lt + 1 + end_tag;
        size_t n = 0;
        while (isalnum((unsigned char)name[n]) || name[n] == '-') n++;
        if (!n || !isalpha((unsigned char)name[0]) || n >= sizeof open->names[0]) {
            p = lt + 1;
            continue;
        }
        char tag[16];
        memcpy(tag, name, n);
        tag[n] = '\0';
        const char *gt = strchr(name + n, '>');
        if (end_tag) {
            size_t k = open->depth;
            while (k > 0 && strcasecmp(open->names[k - 1], tag) != 0) k--;
            if (k == 0) { /* closes nothing of ours: text */
                size_t at = (size_t)(lt - lit);
                char *rest = balance(lt + 1, open);
                sn_buf out = {0};
                sn_buf_add(&out, lit, at);
                sn_buf_puts(&out, "&lt;");
                sn_buf_puts(&out, rest);
                free(rest);
                return sn_buf_take(&out);
            }
            open->depth = k - 1;
        } else if (!in_list(tag, void_elements) && !(gt && gt > lt && gt[-1] == '/')) {
            if (open->depth < sizeof open->names / sizeof open->names[0]) {
                memcpy(open->names[open->depth++], tag, n + 1);
            }
        }
        p = gt ? gt + 1 : name + n;
    }
    return sn_strdup(lit);
}

/* Closes what the note block left open, in a block at its end. */
static void close_open(cmark_node *doc, const open_elements *open)
{
    if (!open->in_comment && !open->depth) return;
    sn_buf b = {0};
    if (open->in_comment) sn_buf_puts(&b, "-->");
    for (size_t k = open->depth; k > 0; k--) sn_buf_printf(&b, "</%s>", open->names[k - 1]);
    sn_buf_puts(&b, "\n");
    cmark_node *html = cmark_node_new(CMARK_NODE_HTML_BLOCK);
    cmark_node_set_literal(html, b.data);
    cmark_node_append_child(doc, html);
    sn_buf_free(&b);
}

void sn_notes_raw_html(cmark_node *doc, int unsafe, int translation)
{
    cmark_iter *it = cmark_iter_new(doc);
    cmark_node **raw = NULL;
    size_t n = 0, cap = 0;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER || !is_html(node)) continue;
        if (n == cap) raw = sn_xrealloc(raw, (cap = cap ? 2 * cap : 16) * sizeof *raw);
        raw[n++] = node;
    }
    cmark_iter_free(it);
    /* Nodes change after the walk, which must not see them change. */
    open_elements open = {{{0}}, 0, 0};
    for (size_t i = 0; i < n; i++) {
        cmark_node *node = raw[i];
        if (unsafe) {
            char *lit = balance(cmark_node_get_literal(node), &open);
            cmark_node_set_literal(node, lit);
            free(lit);
        } else if (is_anchor(node)) {
            i++; /* and its `</a>` */
        } else if (!is_closed_comment(node) && !(translation && is_untranslated_marker(node))) {
            as_text(node);
        }
    }
    if (unsafe) close_open(doc, &open);
    free(raw);
}

/* ---- headings ------------------------------------------------------------ */

/* A place in the text: the start of line `line` (1-based) is `at`. */
typedef struct {
    const char *text, *at;
    int line;
} line_cursor;

/* The start of line `line` of the cursor's text, or NULL. Headings come in
 * the order of the text, so the cursor only moves forward (from the start
 * again if asked for an earlier line): linear in the text, not in the text
 * times the headings. */
static const char *line_at(line_cursor *c, int line)
{
    if (line < c->line || !c->at) *c = (line_cursor){c->text, c->text, 1};
    for (; c->line < line; c->line++) {
        const char *nl = strchr(c->at, '\n');
        if (!nl) return NULL;
        c->at = nl + 1;
    }
    return c->at;
}

/* Replaces heading `h` by a paragraph holding its children, `prefix`
 * (literal text) first. Returns the paragraph. */
static cmark_node *as_paragraph(cmark_node *h, const char *prefix)
{
    cmark_node_own(h); /* its text must outlive it */
    cmark_node *para = cmark_node_new(CMARK_NODE_PARAGRAPH);
    if (prefix) {
        cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(t, prefix);
        cmark_node_append_child(para, t);
    }
    cmark_node *c;
    while ((c = cmark_node_first_child(h)) != NULL) {
        cmark_node_unlink(c);
        cmark_node_append_child(para, c);
    }
    cmark_node_replace(h, para);
    cmark_node_free(h);
    return para;
}

/* The line breaks inside a node: a heading of one line has none. (Its end
 * line cannot tell: cmark-gfm may set it to the next block's start.) */
static int line_breaks(cmark_node *node)
{
    int n = 0;
    cmark_iter *it = cmark_iter_new(node);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node_type t = cmark_node_get_type(cmark_iter_get_node(it));
        n += ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK);
    }
    cmark_iter_free(it);
    return n;
}

void sn_notes_headings(cmark_node *doc, const char *text)
{
    cmark_iter *it = cmark_iter_new(doc);
    cmark_node **heads = NULL;
    size_t n = 0, cap = 0;
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_HEADING) continue;
        if (n == cap) heads = sn_xrealloc(heads, (cap = cap ? 2 * cap : 8) * sizeof *heads);
        heads[n++] = node;
    }
    cmark_iter_free(it);
    line_cursor lines = {text, text, 1};
    for (size_t i = 0; i < n; i++) {
        cmark_node *h = heads[i];
        int first = cmark_node_get_start_line(h), breaks = line_breaks(h);
        int level = cmark_node_get_heading_level(h);
        const char *line = line_at(&lines, first);
        if (!line) continue;
        const char *at = line + (cmark_node_get_start_column(h) > 0 ? cmark_node_get_start_column(h) - 1 : 0);
        if ((size_t)(at - line) > strcspn(line, "\n")) at = line;
        while (*at == ' ' || *at == '\t') at++;
        if (*at == '#') {
            cmark_node *c = cmark_node_first_child(h);
            const char *lit = c && cmark_node_get_type(c) == CMARK_NODE_TEXT ? cmark_node_get_literal(c) : NULL;
            size_t word = 0;
            while (lit && lit[word] >= 'a' && lit[word] <= 'z') word++;
            if (word && (lit[word] == ' ' || lit[word] == '\0')) {
                char prefix[8];
                memset(prefix, '#', (size_t)level);
                prefix[level] = ' ';
                prefix[level + 1] = '\0';
                as_paragraph(h, prefix);
            }
        } else if (breaks > 0) { /* setext, over more than one line of text */
            const char *under = line_at(&lines, first + breaks + 1);
            cmark_node *para = as_paragraph(h, NULL);
            if (level == 2) {
                cmark_node_insert_after(para, cmark_node_new(CMARK_NODE_THEMATIC_BREAK));
            } else if (under) {
                while (*under == ' ' || *under == '\t') under++;
                char *u = sn_strndup(under, strcspn(under, "\n"));
                cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
                cmark_node_set_literal(t, u);
                cmark_node_append_child(para, cmark_node_new(CMARK_NODE_SOFTBREAK));
                cmark_node_append_child(para, t);
                free(u);
            }
        }
    }
    free(heads);
}
