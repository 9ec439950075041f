/* c_highlight.c — see c_highlight.h: Pygments' C lexer, rule by rule.
 *
 * Pygments lexes with a stack of states, each a list of regular
 * expressions tried in order at the current position; the first that
 * matches gives the token(s) and may push or pop states. Each function
 * below is one state (or one rule), and says which expression of
 * pygments/lexers/c_cpp.py it stands for. Where an expression could
 * backtrack, the comment says why the first answer found here is the one
 * Python's re would give. A rule written `using(this)` lexes its group
 * again, from the root state, as a text of its own (so `^` matches at its
 * start): sub() does that. Bytes from 0x80 count as letters (`\w`), a
 * simplification of Python's Unicode classes that holds for the site. */
#include "c_highlight.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>

/* ---- the HTML, as the worker's highlight() writes it ------------------ */

enum { C_NONE, C_K, C_KT, C_KR, C_N, C_NF, C_NC, C_NL, C_NO, C_NB, C_S, C_SA, C_SC, C_SE, C_MF,
       C_MH, C_MB, C_MO, C_MI, C_O, C_P, C_C, C_C1, C_CM, C_CP, C_CPF, C_ERR };
static const char *const class_name[] = {"", "k", "kt", "kr", "n", "nf", "nc", "nl", "no", "nb",
                                         "s", "sa", "sc", "se", "mf", "mh", "mb", "mo", "mi", "o",
                                         "p", "c", "c1", "cm", "cp", "cpf", "err"};

typedef struct {
    sn_buf out;
    int cur;     /* the open run's class */
    int open;    /* is a run open? */
    size_t left; /* lines still wanted: the worker stops at the code's own count */
} writer;

static void end_run(writer *w)
{
    if (w->open && w->cur != C_NONE) sn_buf_add(&w->out, "</span>", 7);
    w->open = 0;
}

/* One token: runs of one class on a line share a span; a newline ends the
 * line (whitespace and text have no span at all). */
static void emit(writer *w, int cls, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && w->left) {
        if (s[i] == '\n') {
            end_run(w);
            if (--w->left) sn_buf_putc(&w->out, '\n');
            i++;
            continue;
        }
        if (w->open && w->cur != cls) end_run(w);
        if (!w->open) {
            if (cls != C_NONE) {
                sn_buf_add(&w->out, "<span class=\"", 13);
                sn_buf_puts(&w->out, class_name[cls]);
                sn_buf_add(&w->out, "\">", 2);
            }
            w->cur = cls;
            w->open = 1;
        }
        size_t j = i; /* the bytes up to the next newline or one to escape */
        while (j < n && s[j] != '\n' && s[j] != '&' && s[j] != '<' && s[j] != '>' && s[j] != '"') j++;
        sn_buf_add(&w->out, s + i, j - i);
        if (j == n || s[j] == '\n') {
            i = j;
            continue;
        }
        const char *esc = s[j] == '&' ? "&amp;" : s[j] == '<' ? "&lt;" : s[j] == '>' ? "&gt;" : "&quot;";
        sn_buf_puts(&w->out, esc);
        i = j + 1;
    }
}

/* ---- characters and words ---------------------------------------------- */

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int is_word(char c) /* `\w` */
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || (unsigned char)c >= 0x80;
}
static int is_space(char c) /* `\s` */
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* The text being lexed: a file, or a group lexed again (sub). */
typedef struct {
    writer *w;
    const char *t;
    size_t n;
    int *stack;
    size_t depth, cap;
    size_t kind_p, kind_q; /* the last word looked up (word_kind), and its kind */
    int kind;
} lexer;

static int at(const lexer *L, size_t p, const char *s) /* does s begin at p? */
{
    size_t k = strlen(s);
    return p + k <= L->n && memcmp(L->t + p, s, k) == 0;
}
static int ch(const lexer *L, size_t p) { return p < L->n ? (unsigned char)L->t[p] : -1; }
static int line_start(const lexer *L, size_t p) { return p == 0 || L->t[p - 1] == '\n'; }
static size_t spaces(const lexer *L, size_t p) /* `\s*` */
{
    while (p < L->n && is_space(L->t[p])) p++;
    return p;
}
static size_t words(const lexer *L, size_t p) /* `\w*` */
{
    while (p < L->n && is_word(L->t[p])) p++;
    return p;
}

/* `_ident`: `(?!\d)(?:[\w$]|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8})+`, with `::`
 * too for `_namespaced_ident`. Its end, or p. Taken whole: every rule that
 * uses it needs a character after it that a name cannot hold. */
static size_t ident(const lexer *L, size_t p, int colons)
{
    if (p >= L->n || is_digit(L->t[p])) return p;
    size_t q = p;
    for (;;) {
        if (q < L->n && (is_word(L->t[q]) || L->t[q] == '$')) {
            q++;
            continue;
        }
        size_t h = at(L, q, "\\u") ? 4 : at(L, q, "\\U") ? 8 : 0, k = 0;
        while (h && k < h && is_hex((char)ch(L, q + 2 + k))) k++;
        if (h && k == h) q += 2 + h;
        else if (colons && at(L, q, "::")) q += 2;
        else return q;
    }
}

/* The words Pygments' C lexer knows, sorted (strcmp). */
enum { W_K, W_KR, W_TYPE, W_TYPE_KR, W_NB, W_NAMED };
typedef struct {
    const char *word;
    int kind;
} known_word;
static const known_word known[] = {
    {"DIR", W_NAMED}, {"FILE", W_NAMED}, {"NULL", W_NB}, {"_Alignas", W_K}, {"_Alignof", W_K},
    {"_Atomic", W_TYPE}, {"_Bool", W_TYPE}, {"_Complex", W_TYPE}, {"_Generic", W_K}, {"_Imaginary", W_K},
    {"_Noreturn", W_K}, {"_Pragma", W_K}, {"_Static_assert", W_K}, {"_Thread_local", W_K}, {"__asm", W_KR},
    {"__assume", W_KR}, {"__based", W_KR}, {"__cdecl", W_KR}, {"__declspec", W_KR}, {"__except", W_KR},
    {"__fastcall", W_KR}, {"__finally", W_KR}, {"__forceinline", W_KR}, {"__identifier", W_KR},
    {"__inline", W_KR}, {"__int16", W_TYPE_KR}, {"__int32", W_TYPE_KR}, {"__int64", W_TYPE_KR},
    {"__int8", W_TYPE_KR}, {"__leave", W_KR}, {"__m128", W_KR}, {"__m128d", W_KR}, {"__m128i", W_KR},
    {"__m64", W_KR}, {"__noop", W_KR}, {"__raise", W_KR}, {"__stdcall", W_KR}, {"__try", W_KR},
    {"__unaligned", W_KR}, {"__w64", W_KR}, {"__wchar_t", W_TYPE_KR}, {"_inline", W_KR}, {"alignas", W_K},
    {"alignof", W_K}, {"asm", W_K}, {"atomic_bool", W_NAMED}, {"atomic_char", W_NAMED},
    {"atomic_char16_t", W_NAMED}, {"atomic_char32_t", W_NAMED}, {"atomic_int", W_NAMED},
    {"atomic_int_fast16_t", W_NAMED}, {"atomic_int_fast32_t", W_NAMED}, {"atomic_int_fast64_t", W_NAMED},
    {"atomic_int_fast8_t", W_NAMED}, {"atomic_int_least16_t", W_NAMED}, {"atomic_int_least32_t", W_NAMED},
    {"atomic_int_least64_t", W_NAMED}, {"atomic_int_least8_t", W_NAMED}, {"atomic_intmax_t", W_NAMED},
    {"atomic_intptr_t", W_NAMED}, {"atomic_llong", W_NAMED}, {"atomic_long", W_NAMED},
    {"atomic_ptrdiff_t", W_NAMED}, {"atomic_schar", W_NAMED}, {"atomic_short", W_NAMED},
    {"atomic_size_t", W_NAMED}, {"atomic_uchar", W_NAMED}, {"atomic_uint", W_NAMED},
    {"atomic_uint_fast16_t", W_NAMED}, {"atomic_uint_fast32_t", W_NAMED}, {"atomic_uint_fast64_t", W_NAMED},
    {"atomic_uint_fast8_t", W_NAMED}, {"atomic_uint_least16_t", W_NAMED}, {"atomic_uint_least32_t", W_NAMED},
    {"atomic_uint_least64_t", W_NAMED}, {"atomic_uint_least8_t", W_NAMED}, {"atomic_uintmax_t", W_NAMED},
    {"atomic_uintptr_t", W_NAMED}, {"atomic_ullong", W_NAMED}, {"atomic_ulong", W_NAMED},
    {"atomic_ushort", W_NAMED}, {"atomic_wchar_t", W_NAMED}, {"auto", W_K}, {"bool", W_TYPE}, {"break", W_K},
    {"char", W_TYPE}, {"clock_t", W_NAMED}, {"clockid_t", W_NAMED}, {"complex", W_K}, {"const", W_K},
    {"continue", W_K}, {"cpu_set_t", W_NAMED}, {"cpumask_t", W_NAMED}, {"default", W_K}, {"dev_t", W_NAMED},
    {"div_t", W_NAMED}, {"do", W_K}, {"double", W_TYPE}, {"else", W_K}, {"enum", W_K}, {"extern", W_K},
    {"false", W_NB}, {"float", W_TYPE}, {"for", W_K}, {"fpos_t", W_NAMED}, {"gid_t", W_NAMED}, {"goto", W_K},
    {"id_t", W_NAMED}, {"if", W_K}, {"imaginary", W_K}, {"inline", W_KR}, {"ino_t", W_NAMED},
    {"int", W_TYPE}, {"int16_t", W_NAMED}, {"int32_t", W_NAMED}, {"int64_t", W_NAMED}, {"int8_t", W_NAMED},
    {"int_fast16_t", W_NAMED}, {"int_fast32_t", W_NAMED}, {"int_fast64_t", W_NAMED},
    {"int_fast8_t", W_NAMED}, {"int_least16_t", W_NAMED}, {"int_least32_t", W_NAMED},
    {"int_least64_t", W_NAMED}, {"int_least8_t", W_NAMED}, {"intmax_t", W_NAMED}, {"intptr_t", W_NAMED},
    {"jmp_buf", W_NAMED}, {"key_t", W_NAMED}, {"ldiv_t", W_NAMED}, {"long", W_TYPE}, {"mbstate_t", W_NAMED},
    {"mode_t", W_NAMED}, {"naked", W_KR}, {"nfds_t", W_NAMED}, {"noreturn", W_K}, {"off_t", W_NAMED},
    {"pid_t", W_NAMED}, {"ptrdiff_t", W_NAMED}, {"register", W_K}, {"restrict", W_KR}, {"restricted", W_K},
    {"return", W_K}, {"rlim_t", W_NAMED}, {"short", W_TYPE}, {"sig_atomic_t", W_NAMED}, {"sig_t", W_NAMED},
    {"sighandler_t", W_NAMED}, {"siginfo_t", W_NAMED}, {"signed", W_TYPE}, {"sigset_t", W_NAMED},
    {"sigval_t", W_NAMED}, {"size_t", W_NAMED}, {"sizeof", W_K}, {"socklen_t", W_NAMED},
    {"ssize_t", W_NAMED}, {"static", W_K}, {"static_assert", W_K}, {"struct", W_K}, {"switch", W_K},
    {"thread", W_KR}, {"thread_local", W_K}, {"time_t", W_NAMED}, {"timer_t", W_NAMED}, {"true", W_NB},
    {"typedef", W_K}, {"uid_t", W_NAMED}, {"uint16_t", W_NAMED}, {"uint32_t", W_NAMED},
    {"uint64_t", W_NAMED}, {"uint8_t", W_NAMED}, {"uint_fast16_t", W_NAMED}, {"uint_fast32_t", W_NAMED},
    {"uint_fast64_t", W_NAMED}, {"uint_fast8_t", W_NAMED}, {"uint_least16_t", W_NAMED},
    {"uint_least32_t", W_NAMED}, {"uint_least64_t", W_NAMED}, {"uint_least8_t", W_NAMED},
    {"uintmax_t", W_NAMED}, {"uintptr_t", W_NAMED}, {"union", W_K}, {"unsigned", W_TYPE},
    {"va_list", W_NAMED}, {"void", W_TYPE}, {"volatile", W_K}, {"wchar_t", W_NAMED}, {"wctrans_t", W_NAMED},
    {"wctype_t", W_NAMED}, {"while", W_K}, {"wint_t", W_NAMED},
};

/* The kind of the word `t[p, q)` (q: the end of its `\w` run), or -1. A word
 * of these lists matches `word\b` exactly when it is the whole `\w` run. */
static int word_kind(lexer *L, size_t p, size_t q)
{
    /* Asked up to four times of one word (keywords, types, true/false/NULL,
     * a name): the last answer is kept. */
    if (p == L->kind_p && q == L->kind_q) return L->kind;
    size_t lo = 0, hi = sizeof known / sizeof *known, n = q - p;
    L->kind_p = p;
    L->kind_q = q;
    L->kind = -1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strncmp(known[mid].word, L->t + p, n);
        if (c == 0 && known[mid].word[n]) c = 1;
        if (c == 0) return L->kind = known[mid].kind;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

/* ---- states -------------------------------------------------------------- */

enum { S_ROOT, S_STATEMENT, S_FUNCTION, S_STRING, S_MACRO, S_IF0, S_CLASSNAME, S_CASE, S_WHITESPACE };

static void push(lexer *L, int s)
{
    if (L->depth == L->cap) {
        L->cap *= 2;
        L->stack = sn_xrealloc(L->stack, L->cap * sizeof *L->stack);
    }
    L->stack[L->depth++] = s;
}
static void pop(lexer *L) /* `#pop`: never the root */
{
    if (L->depth > 1) L->depth--;
}
static void tok(lexer *L, int cls, size_t p, size_t q) { emit(L->w, cls, L->t + p, q - p); }

static void lex(writer *w, const char *t, size_t n, int state);

/* `using(this)`: `t[p, q)` lexed as a text of its own, from the root state
 * (and `whitespace` on top, for `using(this, state='whitespace')`). */
static void sub(lexer *L, size_t p, size_t q, int whitespace)
{
    if (q > p) lex(L->w, L->t + p, q - p, whitespace ? S_WHITESPACE : S_ROOT);
}

/* `_ws1`, `\s*(?:/[*].*?[*]/\s*)?`: its possible ends, in the order re tries
 * them: with the comment (ending at each later `*` `/` of its line, the
 * lazy `.*?` growing), then without. Returns how many, at most `max`. Giving
 * back spaces cannot help: what follows `_ws1` never begins with one. */
static size_t ws1_ends(const lexer *L, size_t p, size_t *ends, size_t max)
{
    size_t q = spaces(L, p), k = 0;
    if (at(L, q, "/*"))
        for (size_t e = q + 2; e < L->n && L->t[e] != '\n' && k < max - 1; e++)
            if (at(L, e, "*/")) ends[k++] = spaces(L, e + 2);
    ends[k++] = q;
    return k;
}

/* `#if\s+0` at p: its end, or 0. */
static size_t if0_at(const lexer *L, size_t p)
{
    if (!at(L, p, "#if") || !is_space((char)ch(L, p + 3))) return 0;
    size_t q = spaces(L, p + 3);
    return ch(L, q) == '0' ? q + 1 : 0;
}

/* `_comment_single`, `//(?:.|(?<=\\)\n)*\n`: its end, or 0. The repetition
 * runs over lines continued by a backslash; at the end of the text with
 * no newline it gives back up to the last newline it took. */
static size_t comment_single(const lexer *L, size_t p)
{
    if (!at(L, p, "//")) return 0;
    size_t q = p + 2, last = 0;
    for (; q < L->n; q++) {
        if (L->t[q] != '\n') continue;
        if (L->t[q - 1] != '\\') return q + 1;
        last = q + 1;
    }
    return last;
}

/* `_comment_multiline`: `/`, `(\\\n)?`, `*`, to the first `*`, `(\\\n)?`, `/`: its end, or 0. */
static size_t comment_multi(const lexer *L, size_t p)
{
    if (ch(L, p) != '/') return 0;
    size_t q = p + 1;
    if (at(L, q, "\\\n")) q += 2;
    if (ch(L, q) != '*') return 0;
    for (size_t k = q + 1; k < L->n; k++) {
        if (L->t[k] != '*') continue;
        if (ch(L, k + 1) == '/') return k + 2;
        if (at(L, k + 1, "\\\n/")) return k + 4;
    }
    return 0;
}

/* `_possible_comments`, `\s*(?:(?:single|multiline)\s*)*`: its end. */
static size_t comments(const lexer *L, size_t p)
{
    p = spaces(L, p);
    for (;;) {
        size_t e = comment_single(L, p);
        if (!e) e = comment_multi(L, p);
        if (!e) return p;
        p = spaces(L, e);
    }
}

/* The state `whitespace`, which the code states include first. */
static int rule_whitespace(lexer *L, size_t *pp)
{
    size_t p = *pp, e, ends[16];
    if (line_start(L, p)) {
        /* `^#if\s+0`, `^#`, `^(_ws1)(#if\s+0)`, `^(_ws1)(#)`: the first two are
         * the last two with `_ws1` empty. */
        size_t k = ws1_ends(L, p, ends, 16);
        for (size_t i = 0; i < k; i++)
            if ((e = if0_at(L, ends[i])) != 0) {
                sub(L, p, ends[i], 0);
                tok(L, C_CP, ends[i], e);
                push(L, S_IF0);
                *pp = e;
                return 1;
            }
        for (size_t i = 0; i < k; i++)
            if (ch(L, ends[i]) == '#') {
                sub(L, p, ends[i], 0);
                tok(L, C_CP, ends[i], ends[i] + 1);
                push(L, S_MACRO);
                *pp = ends[i] + 1;
                return 1;
            }
        /* A label: `(^[ \t]*)(?!(?:public|private|protected|default)\b)`
         * `(_ident)(\s*)(:)(?!:)` */
        size_t a = p;
        while (a < L->n && (L->t[a] == ' ' || L->t[a] == '\t')) a++;
        size_t b = ident(L, a, 0), wend = words(L, a);
        int excluded = 0;
        static const char *const not_labels[] = {"public", "private", "protected", "default"};
        for (size_t i = 0; i < 4; i++)
            excluded |= wend - a == strlen(not_labels[i]) && at(L, a, not_labels[i]);
        size_t c = spaces(L, b);
        if (b > a && !excluded && ch(L, c) == ':' && ch(L, c + 1) != ':') {
            tok(L, C_NONE, p, a);
            tok(L, C_NL, a, b);
            tok(L, C_NONE, b, c);
            tok(L, C_P, c, c + 1);
            *pp = c + 1;
            return 1;
        }
    }
    char c = L->t[p];
    if (c == '\n') e = p + 1;
    else if (is_space(c)) /* `[^\S\n]+` */
        for (e = p; e < L->n && is_space(L->t[e]) && L->t[e] != '\n'; e++) {}
    else if (at(L, p, "\\\n")) e = p + 2;
    else e = 0;
    if (e) {
        tok(L, C_NONE, p, e);
    } else if ((e = comment_single(L, p)) != 0) {
        tok(L, C_C1, p, e);
    } else if ((e = comment_multi(L, p)) != 0) {
        tok(L, C_CM, p, e);
    } else if (at(L, p, "/*") || at(L, p, "/\\\n*")) { /* open until the end */
        tok(L, C_CM, p, e = L->n);
    } else {
        return 0;
    }
    *pp = e;
    return 1;
}

/* The end of `\d('?\d)*` (or of the hex digits') at p, or p. */
static size_t digits(const lexer *L, size_t p, int hex)
{
    int (*is)(char) = hex ? is_hex : is_digit;
    if (p >= L->n || !is(L->t[p])) return p;
    for (p++;;) {
        if (p < L->n && is(L->t[p])) p++;
        else if (ch(L, p) == '\'' && p + 1 < L->n && is(L->t[p + 1])) p += 2;
        else return p;
    }
}

/* `_intsuffix`, `(([uU][lL]{0,2})|[lL]{1,2}[uU]?)?`, from p. */
static size_t int_suffix(const lexer *L, size_t p)
{
    int c = ch(L, p);
    if (c == 'u' || c == 'U') {
        p++;
        for (int k = 0; k < 2 && (ch(L, p) == 'l' || ch(L, p) == 'L'); k++) p++;
    } else if (c == 'l' || c == 'L') {
        p++;
        if (ch(L, p) == 'l' || ch(L, p) == 'L') p++;
        if (ch(L, p) == 'u' || ch(L, p) == 'U') p++;
    }
    return p;
}

static int one_of(int c, const char *set) { return c > 0 && strchr(set, c) != NULL; }

/* `[pP][+-]?H[lL]?` or `[eE][+-]?D[fFlL]?` from p: its end, or 0. */
static size_t exponent(const lexer *L, size_t p, int hex)
{
    if (!one_of(ch(L, p), hex ? "pP" : "eE")) return 0;
    p++;
    if (one_of(ch(L, p), "+-")) p++;
    size_t q = digits(L, p, hex);
    if (q == p) return 0;
    return one_of(ch(L, q), hex ? "lL" : "fFlL") ? q + 1 : q;
}

/* The number rules of `statements`, in order: the end and class of the
 * first that matches at p, or 0. Each part is taken whole: what follows
 * it is never a digit. */
static size_t number(const lexer *L, size_t p, int *cls)
{
    size_t q, r, e;
    *cls = C_MF;
    /* `0[xX](H\.H|\.H|H)[pP][+-]?H[lL]?` */
    if (ch(L, p) == '0' && one_of(ch(L, p + 1), "xX")) {
        size_t s = p + 2, h = digits(L, s, 1);
        if (h > s && ch(L, h) == '.' && (r = digits(L, h + 1, 1)) > h + 1 && (e = exponent(L, r, 1))) return e;
        if (ch(L, s) == '.' && (r = digits(L, s + 1, 1)) > s + 1 && (e = exponent(L, r, 1))) return e;
        if (h > s && (e = exponent(L, h, 1))) return e;
    }
    size_t s = ch(L, p) == '-' ? p + 1 : p; /* (-)? */
    size_t d = digits(L, s, 0);
    /* `(-)?(D\.D|\.D|D)[eE][+-]?D[fFlL]?` */
    if (d > s && ch(L, d) == '.' && (r = digits(L, d + 1, 0)) > d + 1 && (e = exponent(L, r, 0))) return e;
    if (ch(L, s) == '.' && (r = digits(L, s + 1, 0)) > s + 1 && (e = exponent(L, r, 0))) return e;
    if (d > s && (e = exponent(L, d, 0))) return e;
    /* `(-)?((D\.(D)?|\.D)[fFlL]?)|(D[fFlL])` */
    q = 0;
    if (d > s && ch(L, d) == '.') q = digits(L, d + 1, 0);
    else if (ch(L, s) == '.' && (r = digits(L, s + 1, 0)) > s + 1) q = r;
    if (q) return one_of(ch(L, q), "fFlL") ? q + 1 : q;
    r = digits(L, p, 0);
    if (r > p && one_of(ch(L, r), "fFlL")) return r + 1;
    /* `(-)?0[xX]H`, `(-)?0[bB][01]('?[01])*`, `(-)?0('?[0-7])+`, `(-)?D`;
     * each with `_intsuffix` */
    if (ch(L, s) == '0' && one_of(ch(L, s + 1), "xX") && (r = digits(L, s + 2, 1)) > s + 2) {
        *cls = C_MH;
        return int_suffix(L, r);
    }
    if (ch(L, s) == '0' && one_of(ch(L, s + 1), "bB") && one_of(ch(L, s + 2), "01")) {
        for (r = s + 3;;) {
            if (one_of(ch(L, r), "01")) r++;
            else if (ch(L, r) == '\'' && one_of(ch(L, r + 1), "01")) r += 2;
            else break;
        }
        *cls = C_MB;
        return int_suffix(L, r);
    }
    if (ch(L, s) == '0') {
        for (r = s + 1;;) {
            if (one_of(ch(L, r), "01234567")) r++;
            else if (ch(L, r) == '\'' && one_of(ch(L, r + 1), "01234567")) r += 2;
            else break;
        }
        if (r > s + 1) {
            *cls = C_MO;
            return int_suffix(L, r);
        }
    }
    if (d > s) {
        *cls = C_MI;
        return int_suffix(L, d);
    }
    return 0;
}

/* The length of one character (UTF-8) at p. */
static size_t char_len(const lexer *L, size_t p)
{
    size_t q = p + 1;
    if ((unsigned char)L->t[p] >= 0xC0)
        while (q < L->n && ((unsigned char)L->t[q] & 0xC0) == 0x80) q++;
    return q;
}

/* `([LuU]|u8)?(')(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])(')`
 * at p: its end (the prefix's in `*pre`), or 0. */
static size_t char_literal(const lexer *L, size_t p, size_t *pre)
{
    size_t prefixes[3], np = 0;
    if (one_of(ch(L, p), "LuU")) prefixes[np++] = p + 1;
    if (at(L, p, "u8")) prefixes[np++] = p + 2;
    prefixes[np++] = p;
    for (size_t i = 0; i < np; i++) {
        size_t q = prefixes[i];
        if (ch(L, q) != '\'') continue;
        q++;
        size_t bodies[3], nb = 0;
        if (ch(L, q) == '\\') {
            if (q + 1 < L->n && L->t[q + 1] != '\n') bodies[nb++] = char_len(L, q + 1);
            size_t r = q + 1;
            while (r < q + 4 && one_of(ch(L, r), "01234567")) r++;
            if (r > q + 1) bodies[nb++] = r;
            if (ch(L, q + 1) == 'x' && is_hex((char)ch(L, q + 2)))
                bodies[nb++] = is_hex((char)ch(L, q + 3)) ? q + 4 : q + 3;
        } else if (q < L->n && L->t[q] != '\'' && L->t[q] != '\n') {
            bodies[nb++] = char_len(L, q);
        }
        for (size_t b = 0; b < nb; b++)
            if (ch(L, bodies[b]) == '\'') {
                *pre = prefixes[i];
                return bodies[b] + 1;
            }
    }
    return 0;
}

/* The name at p, to its end q: Name, or Keyword.Type for the standard
 * types CFamilyLexer's own pass picks out. */
static void name(lexer *L, size_t p, size_t q)
{
    tok(L, q == words(L, p) && word_kind(L, p, q) == W_NAMED ? C_KT : C_N, p, q);
}

/* `keywords`: struct/union with the space after (then `classname`), case
 * (then `case-value`), the keyword lists. */
static int rule_keywords(lexer *L, size_t *pp)
{
    size_t p = *pp, q = words(L, p);
    if (q == p) return 0;
    if ((at(L, p, "struct") || at(L, p, "union")) && is_space((char)ch(L, p + (L->t[p] == 's' ? 6 : 5)))) {
        size_t k = p + (L->t[p] == 's' ? 6 : 5), e = spaces(L, k);
        tok(L, C_K, p, k);
        tok(L, C_NONE, k, e);
        push(L, S_CLASSNAME);
        *pp = e;
        return 1;
    }
    int kind = word_kind(L, p, q);
    if (q - p == 4 && at(L, p, "case")) push(L, S_CASE), kind = W_K;
    if (kind != W_K && kind != W_KR) return 0;
    tok(L, kind == W_K ? C_K : C_KR, p, q);
    *pp = q;
    return 1;
}

/* `types` */
static int rule_types(lexer *L, size_t *pp)
{
    size_t p = *pp, q = words(L, p);
    int kind = q > p ? word_kind(L, p, q) : -1;
    if (kind != W_TYPE && kind != W_TYPE_KR) return 0;
    tok(L, kind == W_TYPE ? C_KT : C_KR, p, q);
    *pp = q;
    return 1;
}

/* `statements`, after keywords and types: strings, characters, numbers,
 * operators, punctuation, true/false/NULL, names. */
static int rule_statements(lexer *L, size_t *pp)
{
    size_t p = *pp, q, pre;
    if (rule_keywords(L, pp) || rule_types(L, pp)) return 1;
    /* `([LuU]|u8)?(")` */
    q = ch(L, p) == '"' ? p : one_of(ch(L, p), "LuU") && ch(L, p + 1) == '"' ? p + 1
        : at(L, p, "u8\"") ? p + 2 : (size_t)-1;
    if (q != (size_t)-1) {
        tok(L, C_SA, p, q);
        tok(L, C_S, q, q + 1);
        push(L, S_STRING);
        *pp = q + 1;
        return 1;
    }
    if ((q = char_literal(L, p, &pre)) != 0) {
        tok(L, C_SA, p, pre);
        tok(L, C_SC, pre, q);
        *pp = q;
        return 1;
    }
    int cls;
    if ((q = number(L, p, &cls)) != 0) {
        tok(L, cls, p, q);
        *pp = q;
        return 1;
    }
    if (one_of(ch(L, p), "~!%^&*+=|?:<>/-")) {
        tok(L, C_O, p, p + 1);
        *pp = p + 1;
        return 1;
    }
    if (one_of(ch(L, p), "()[],.")) {
        tok(L, C_P, p, p + 1);
        *pp = p + 1;
        return 1;
    }
    q = words(L, p);
    if (q > p && word_kind(L, p, q) == W_NB) {
        tok(L, C_NB, p, q);
        *pp = q;
        return 1;
    }
    if ((q = ident(L, p, 0)) > p) {
        name(L, p, q);
        *pp = q;
        return 1;
    }
    return 0;
}

/* The two function rules of `root`, a definition (…{) and a declaration
 * (…;):
 *
 *     (_namespaced_ident(?:[&*\s])+)(_possible_comments)(_namespaced_ident)
 *     (_possible_comments)(\([^;"')]*?\))(_possible_comments)
 *     ([^;{/"']*)(\{)     or     ([^;/"']*)(;)
 *
 * Neither can backtrack to another answer: each part ends where the next
 * one's first character cannot be its own. The two differ only in their
 * last part: both scan to the first of `;/"'` (the definition's stops at a
 * `{` before). */
static int rule_function(lexer *L, size_t *pp)
{
    size_t p = *pp, a = ident(L, p, 1);
    if (a == p) return 0;
    size_t b = a;
    while (b < L->n && (L->t[b] == '&' || L->t[b] == '*' || is_space(L->t[b]))) b++;
    if (b == a) return 0;
    size_t c1 = comments(L, b), f = ident(L, c1, 1);
    if (f == c1) return 0;
    size_t c2 = comments(L, f);
    if (ch(L, c2) != '(') return 0;
    size_t r = c2 + 1;
    while (r < L->n && !strchr(";\"')", L->t[r])) r++;
    if (ch(L, r) != ')') return 0;
    size_t c3 = comments(L, r + 1), k = c3;
    while (k < L->n && !strchr(";{/\"'", L->t[k])) k++;
    int def = ch(L, k) == '{';
    if (!def && ch(L, k) != ';') return 0;
    sub(L, p, b, 0);
    sub(L, b, c1, 1);
    tok(L, C_NF, c1, f);
    sub(L, f, c2, 1);
    sub(L, c2, r + 1, 0);
    sub(L, r + 1, c3, 1);
    sub(L, c3, k, 0);
    tok(L, C_P, k, k + 1);
    if (def) push(L, S_FUNCTION);
    *pp = k + 1;
    return 1;
}

/* `macro`: after the # of a preprocessor line, to its end. */
static int rule_macro(lexer *L, size_t *pp)
{
    size_t p = *pp, ends[16], ends2[16], e;
    /* `(_ws1)(include)(_ws1)("[^"]+")([^\n]*)`, then the same with `<[^>]+>` */
    size_t k = ws1_ends(L, p, ends, 16);
    for (int angle = 0; angle < 2; angle++)
        for (size_t i = 0; i < k; i++) {
            if (!at(L, ends[i], "include")) continue;
            size_t k2 = ws1_ends(L, ends[i] + 7, ends2, 16);
            for (size_t j = 0; j < k2; j++) {
                size_t f = ends2[j];
                if (ch(L, f) != (angle ? '<' : '"')) continue;
                size_t g = f + 1;
                while (g < L->n && L->t[g] != (angle ? '>' : '"')) g++;
                if (g >= L->n || g == f + 1) continue;
                size_t rest = g + 1;
                while (rest < L->n && L->t[rest] != '\n') rest++;
                sub(L, p, ends[i], 0);
                tok(L, C_CP, ends[i], ends[i] + 7);
                sub(L, ends[i] + 7, f, 0);
                tok(L, C_CPF, f, g + 1);
                tok(L, C_C1, g + 1, rest);
                *pp = rest;
                return 1;
            }
        }
    char c = L->t[p];
    int cls = C_CP, out = 0;
    if (c != '/' && c != '\n') { /* `[^/\n]+` */
        for (e = p; e < L->n && L->t[e] != '/' && L->t[e] != '\n'; e++) {}
    } else if (at(L, p, "/*") && (e = p + 2, 1)) { /* `/[*](.|\n)*?[*]/` */
        while (e < L->n && !at(L, e, "*/")) e++;
        if (e < L->n) e += 2, cls = C_CM;
        else e = p + 1; /* unclosed: the / alone */
    } else if (at(L, p, "//") && memchr(L->t + p, '\n', L->n - p)) { /* `//.*?\n` */
        e = (size_t)((const char *)memchr(L->t + p, '\n', L->n - p) - L->t) + 1;
        cls = C_C1, out = 1;
    } else if (c == '/') {
        e = p + 1;
    } else { /* a newline: the line goes on after a backslash */
        e = p + 1;
        out = !(p > 0 && L->t[p - 1] == '\\');
    }
    tok(L, cls, p, e);
    if (out) pop(L);
    *pp = e;
    return 1;
}

/* `if0`: the lines of #if 0 ... #endif, nested #ifs counted. */
static int rule_if0(lexer *L, size_t *pp)
{
    size_t p = *pp;
    const char *nl = memchr(L->t + p, '\n', L->n - p);
    if (line_start(L, p)) {
        size_t q = spaces(L, p);
        const char *end = memchr(L->t + q, '\n', L->n - q);
        size_t e = end ? (size_t)(end - L->t) : 0;
        /* `^\s*#if.*?(?<!\\)\n`, `^\s*#el(?:se|if).*\n`, `^\s*#endif.*?(?<!\\)\n` */
        int nested = at(L, q, "#if"), other = at(L, q, "#else") || at(L, q, "#elif"),
            endif = at(L, q, "#endif");
        if (end && nested && L->t[e - 1] != '\\') {
            tok(L, C_CP, p, e + 1);
            push(L, S_IF0);
            *pp = e + 1;
            return 1;
        }
        if (end && (other || (endif && L->t[e - 1] != '\\'))) {
            tok(L, C_CP, p, e + 1);
            pop(L);
            *pp = e + 1;
            return 1;
        }
    }
    if (!nl) return 0;
    size_t e = (size_t)(nl - L->t) + 1; /* `.*?\n` */
    tok(L, C_C, p, e);
    *pp = e;
    return 1;
}

/* `string`, after its opening quote. */
static int rule_string(lexer *L, size_t *pp)
{
    size_t p = *pp, e;
    char c = L->t[p];
    int cls = C_S;
    if (c == '"') {
        tok(L, C_S, p, p + 1);
        pop(L);
        *pp = p + 1;
        return 1;
    }
    if (c == '\\') {
        /* `\\([\\abfnrtv"\']|x[a-fA-F0-9]{2,4}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|[0-7]{1,3})` */
        int n = ch(L, p + 1);
        size_t h = 0;
        e = 0;
        if (one_of(n, "\\abfnrtv\"'")) e = p + 2;
        else if (n == 'x') {
            while (h < 4 && is_hex((char)ch(L, p + 2 + h))) h++;
            if (h >= 2) e = p + 2 + h;
        } else if (n == 'u' || n == 'U') {
            size_t want = n == 'u' ? 4 : 8;
            while (h < want && is_hex((char)ch(L, p + 2 + h))) h++;
            if (h == want) e = p + 2 + h;
        } else if (one_of(n, "01234567")) {
            for (e = p + 2; e < p + 4 && one_of(ch(L, e), "01234567"); e++) {}
        }
        if (e) cls = C_SE;
        else e = n == '\n' ? p + 2 : p + 1; /* `\\\n`, or a stray backslash */
    } else if (c != '\n') { /* `[^\\"\n]+` */
        for (e = p; e < L->n && L->t[e] != '\\' && L->t[e] != '"' && L->t[e] != '\n'; e++) {}
    } else {
        return 0;
    }
    tok(L, cls, p, e);
    *pp = e;
    return 1;
}

/* One step in the state on top of the stack: 1 when a rule matched. */
static int step(lexer *L, size_t *pp)
{
    size_t p = *pp, q, e;
    switch (L->stack[L->depth - 1]) {
    case S_ROOT:
        if (rule_whitespace(L, pp) || rule_keywords(L, pp) || rule_function(L, pp) || rule_types(L, pp))
            return 1;
        push(L, S_STATEMENT); /* `default('statement')`: the same place, in it */
        return step(L, pp);
    case S_STATEMENT:
    case S_FUNCTION: {
        if (rule_whitespace(L, pp) || rule_statements(L, pp)) return 1;
        char c = L->t[p];
        int function = L->stack[L->depth - 1] == S_FUNCTION;
        if (c != '{' && c != '}' && c != ';') return 0;
        tok(L, C_P, p, p + 1);
        *pp = p + 1;
        if (!function && c != '}') pop(L);
        else if (function && c == '{') push(L, S_FUNCTION);
        else if (function && c == '}') pop(L);
        return 1;
    }
    case S_STRING: return rule_string(L, pp);
    case S_MACRO: return rule_macro(L, pp);
    case S_IF0: return rule_if0(L, pp);
    case S_CLASSNAME:
        pop(L);
        if ((q = ident(L, p, 0)) > p) { /* the name; or `\s*(?=>)`; or nothing */
            tok(L, C_NC, p, q);
            *pp = q;
            return 1;
        }
        e = spaces(L, p);
        if (ch(L, e) == '>' && e > p) {
            tok(L, C_NONE, p, e);
            *pp = e;
            return 1;
        }
        return step(L, pp);
    case S_CASE:
        if (L->t[p] == ':' && !(p > 0 && L->t[p - 1] == ':') && ch(L, p + 1) != ':') {
            tok(L, C_P, p, p + 1);
            pop(L);
            *pp = p + 1;
            return 1;
        }
        if ((q = ident(L, p, 0)) > p) {
            tok(L, C_NO, p, q);
            *pp = q;
            return 1;
        }
        return rule_whitespace(L, pp) || rule_statements(L, pp);
    default: /* S_WHITESPACE */
        return rule_whitespace(L, pp);
    }
}

static void lex(writer *w, const char *t, size_t n, int state)
{
    lexer L = {w, t, n, sn_xmalloc(16 * sizeof(int)), 1, 16, 1, 0, -1}; /* no word looked up: q < p */
    L.stack[0] = S_ROOT;
    if (state != S_ROOT) push(&L, state);
    size_t p = 0;
    while (p < n && w->left) {
        if (step(&L, &p)) continue;
        /* No rule: a newline starts again from the root; anything else
         * is an error token of its own. */
        if (t[p] == '\n') L.depth = 1;
        tok(&L, t[p] == '\n' ? C_NONE : C_ERR, p, p + 1);
        p++;
    }
    free(L.stack);
}

char *sn_c_highlight(const char *text, size_t len, size_t *out)
{
    /* lexer.get_tokens' preparation: no byte-order mark, no CR, a newline
     * at the end; the worker stops at the code's own number of lines. */
    writer w = {{0}, C_NONE, 0, 1};
    for (size_t i = 0; i < len; i++) w.left += text[i] == '\n';
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) text += 3, len -= 3;
    char *t = sn_xmalloc(len + 2);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '\r') t[n++] = text[i];
        else if (i + 1 >= len || text[i + 1] != '\n') t[n++] = '\n';
    }
    if (!n || t[n - 1] != '\n') t[n++] = '\n';
    lex(&w, t, n, S_ROOT);
    end_run(&w);
    free(t);
    *out = w.out.len;
    return sn_buf_take(&w.out);
}
