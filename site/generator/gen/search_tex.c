/* search_tex.c — see search_tex.h. A small recursive reader of the TeX the
 * notes use: a list of atoms (a character, a {group}, a \command with its
 * arguments), each written to the output as it is read; ^ and _ rewrite
 * the atom after them. Anything it does not know stops it, and the caller
 * shows the TeX itself (or "…" when that is long). */
#include "search_tex.h"
#include "buf.h"

#include <string.h>

/* What a formula that cannot be written becomes: its TeX up to this many
 * bytes (short ones read well enough: `\lesssim`), else "…". */
#define TEX_FALLBACK_MAX 40

/* Groups nested deeper than this are not the notes' TeX (and would take
 * the stack): the formula is shown as its TeX. */
#define TEX_DEPTH_MAX 64

typedef struct {
    const char *s, *end;
    int failed, depth;
} reader;

/* Commands that are one symbol. */
static const char *const SYMBOLS[][2] = {
    {"alpha", "α"}, {"beta", "β"}, {"gamma", "γ"}, {"delta", "δ"}, {"epsilon", "ε"}, {"varepsilon", "ε"},
    {"zeta", "ζ"}, {"eta", "η"}, {"theta", "θ"}, {"vartheta", "ϑ"}, {"iota", "ι"}, {"kappa", "κ"},
    {"lambda", "λ"}, {"mu", "μ"}, {"nu", "ν"}, {"xi", "ξ"}, {"pi", "π"}, {"rho", "ρ"}, {"sigma", "σ"},
    {"tau", "τ"}, {"upsilon", "υ"}, {"phi", "φ"}, {"varphi", "φ"}, {"chi", "χ"}, {"psi", "ψ"},
    {"omega", "ω"}, {"Gamma", "Γ"}, {"Delta", "Δ"}, {"Theta", "Θ"}, {"Lambda", "Λ"}, {"Xi", "Ξ"},
    {"Pi", "Π"}, {"Sigma", "Σ"}, {"Phi", "Φ"}, {"Psi", "Ψ"}, {"Omega", "Ω"},
    {"partial", "∂"}, {"nabla", "∇"}, {"sum", "Σ"}, {"prod", "∏"}, {"int", "∫"}, {"infty", "∞"},
    {"cdot", "·"}, {"cdotp", "·"}, {"times", "×"}, {"div", "÷"}, {"pm", "±"}, {"mp", "∓"},
    {"approx", "≈"}, {"sim", "∼"}, {"simeq", "≃"}, {"equiv", "≡"}, {"ne", "≠"}, {"neq", "≠"},
    {"le", "≤"}, {"leq", "≤"}, {"ge", "≥"}, {"geq", "≥"}, {"ll", "≪"}, {"gg", "≫"}, {"lesssim", "≲"},
    {"gtrsim", "≳"}, {"propto", "∝"}, {"in", "∈"}, {"notin", "∉"}, {"subset", "⊂"}, {"subseteq", "⊆"},
    {"cup", "∪"}, {"cap", "∩"}, {"to", "→"}, {"rightarrow", "→"}, {"leftarrow", "←"}, {"gets", "←"},
    {"Rightarrow", "⇒"}, {"Leftarrow", "⇐"}, {"implies", "⇒"}, {"leftrightarrow", "↔"}, {"iff", "⇔"},
    {"mapsto", "↦"}, {"top", "⊤"}, {"bot", "⊥"}, {"ell", "ℓ"}, {"dots", "…"}, {"ldots", "…"},
    {"cdots", "⋯"}, {"vdots", "⋮"}, {"odot", "⊙"}, {"otimes", "⊗"}, {"oplus", "⊕"}, {"circ", "∘"},
    {"mid", "|"}, {"vert", "|"}, {"lvert", "|"}, {"rvert", "|"}, {"Vert", "‖"}, {"lVert", "‖"},
    {"rVert", "‖"}, {"langle", "⟨"}, {"rangle", "⟩"}, {"lfloor", "⌊"}, {"rfloor", "⌋"}, {"lceil", "⌈"},
    {"rceil", "⌉"}, {"forall", "∀"}, {"exists", "∃"}, {"neg", "¬"}, {"land", "∧"}, {"lor", "∨"},
    {"prime", "′"}, {"star", "⋆"}, {"ast", "∗"}, {"bullet", "•"}, {"colon", ":"}, {"bmod", " mod "},
    /* Spacing, written as one space (tidied later). */
    {"quad", " "}, {"qquad", " "}, {"enspace", " "},
    /* Operators named in roman type. */
    {"ln", "ln"}, {"log", "log"}, {"exp", "exp"}, {"max", "max"}, {"min", "min"}, {"sin", "sin"},
    {"cos", "cos"}, {"tan", "tan"}, {"tanh", "tanh"}, {"sup", "sup"}, {"inf", "inf"}, {"arg", "arg"},
    {"det", "det"}, {"lim", "lim"}, {"dim", "dim"},
    /* Sizes and styles: nothing to write (the delimiter after \left is). */
    {"left", ""}, {"right", ""}, {"bigl", ""}, {"bigr", ""}, {"Bigl", ""}, {"Bigr", ""}, {"big", ""},
    {"Big", ""}, {"biggl", ""}, {"biggr", ""}, {"displaystyle", ""}, {"textstyle", ""}, {"limits", ""},
    {"nolimits", ""},
};

/* Accents, as the combining mark after the letter (x̂). */
static const char *const ACCENTS[][2] = {
    {"hat", "\xCC\x82"}, {"widehat", "\xCC\x82"}, {"bar", "\xCC\x84"}, {"overline", "\xCC\x85"},
    {"tilde", "\xCC\x83"}, {"widetilde", "\xCC\x83"}, {"dot", "\xCC\x87"}, {"ddot", "\xCC\x88"},
    {"vec", "\xE2\x83\x97"},
};

/* Commands whose argument is written as it is. */
static const char *const FONTS[] = {"mathrm", "text", "textrm", "mathit", "mathbf", "mathsf", "mathtt",
                                    "mathcal", "boldsymbol", "bm", "operatorname", "textbf", "textit"};

/* Superscript and subscript forms, where Unicode has them. */
static const char *const SUPERS[][2] = {
    {"0", "⁰"}, {"1", "¹"}, {"2", "²"}, {"3", "³"}, {"4", "⁴"}, {"5", "⁵"}, {"6", "⁶"}, {"7", "⁷"},
    {"8", "⁸"}, {"9", "⁹"}, {"+", "⁺"}, {"-", "⁻"}, {"−", "⁻"}, {"=", "⁼"}, {"(", "⁽"}, {")", "⁾"},
    {"a", "ᵃ"}, {"b", "ᵇ"}, {"c", "ᶜ"}, {"d", "ᵈ"}, {"e", "ᵉ"}, {"f", "ᶠ"}, {"g", "ᵍ"}, {"h", "ʰ"},
    {"i", "ⁱ"}, {"j", "ʲ"}, {"k", "ᵏ"}, {"l", "ˡ"}, {"m", "ᵐ"}, {"n", "ⁿ"}, {"o", "ᵒ"}, {"p", "ᵖ"},
    {"r", "ʳ"}, {"s", "ˢ"}, {"t", "ᵗ"}, {"u", "ᵘ"}, {"v", "ᵛ"}, {"w", "ʷ"}, {"x", "ˣ"}, {"y", "ʸ"},
    {"z", "ᶻ"}, {"A", "ᴬ"}, {"B", "ᴮ"}, {"D", "ᴰ"}, {"E", "ᴱ"}, {"G", "ᴳ"}, {"H", "ᴴ"}, {"I", "ᴵ"},
    {"J", "ᴶ"}, {"K", "ᴷ"}, {"L", "ᴸ"}, {"M", "ᴹ"}, {"N", "ᴺ"}, {"O", "ᴼ"}, {"P", "ᴾ"}, {"R", "ᴿ"},
    {"T", "ᵀ"}, {"U", "ᵁ"}, {"V", "ⱽ"}, {"W", "ᵂ"}, {"⊤", "ᵀ"}, {"β", "ᵝ"}, {"γ", "ᵞ"}, {"δ", "ᵟ"},
    {"φ", "ᵠ"}, {"χ", "ᵡ"}, {"′", "′"},
};
static const char *const SUBS[][2] = {
    {"0", "₀"}, {"1", "₁"}, {"2", "₂"}, {"3", "₃"}, {"4", "₄"}, {"5", "₅"}, {"6", "₆"}, {"7", "₇"},
    {"8", "₈"}, {"9", "₉"}, {"+", "₊"}, {"-", "₋"}, {"−", "₋"}, {"=", "₌"}, {"(", "₍"}, {")", "₎"},
    {"a", "ₐ"}, {"e", "ₑ"}, {"h", "ₕ"}, {"i", "ᵢ"}, {"j", "ⱼ"}, {"k", "ₖ"}, {"l", "ₗ"}, {"m", "ₘ"},
    {"n", "ₙ"}, {"o", "ₒ"}, {"p", "ₚ"}, {"r", "ᵣ"}, {"s", "ₛ"}, {"t", "ₜ"}, {"u", "ᵤ"}, {"v", "ᵥ"},
    {"x", "ₓ"}, {"β", "ᵦ"}, {"γ", "ᵧ"}, {"ρ", "ᵨ"}, {"φ", "ᵩ"}, {"χ", "ᵪ"},
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* The bytes of the UTF-8 character at s. */
static size_t char_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* A combining mark at s (U+0300-U+036F, U+20D7). */
static int combining(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    return (u[0] == 0xCC && u[1] >= 0x80) || (u[0] == 0xCD && u[1] <= 0xAF) ||
           (u[0] == 0xE2 && u[1] == 0x83 && u[2] == 0x97);
}

/* Whether s is one parenthesised whole, "(...)" or "√(...)". */
static int enclosed(const char *s, size_t len)
{
    size_t i = len >= 4 && memcmp(s, "√(", 4) == 0 ? 3 : 0;
    if (i >= len || s[i] != '(') return 0;
    int depth = 0;
    for (; i < len; i++) {
        if (s[i] == '(') depth++;
        else if (s[i] == ')' && --depth == 0) return i == len - 1;
    }
    return 0;
}

static void read_list(reader *r, sn_buf *out, char stop);

static void skip_space(reader *r)
{
    while (r->s < r->end && (*r->s == ' ' || *r->s == '\n' || *r->s == '\t' || *r->s == '\r')) r->s++;
}

/* One argument: a {group}, a \command, or one character. */
static void read_arg(reader *r, sn_buf *out);

static void read_command(reader *r, sn_buf *out)
{
    const char *name = ++r->s; /* after the backslash */
    if (r->s >= r->end) { r->failed = 1; return; }
    if (!((*r->s >= 'a' && *r->s <= 'z') || (*r->s >= 'A' && *r->s <= 'Z'))) {
        char c = *r->s++; /* a control symbol */
        switch (c) {
        case ',': case ';': case ':': case ' ': case '\\': sn_buf_putc(out, ' '); return;
        case '!': return;
        case '{': case '}': case '%': case '$': case '#': case '&': case '_': sn_buf_putc(out, c); return;
        case '|': sn_buf_puts(out, "‖"); return;
        default: r->failed = 1; return;
        }
    }
    while (r->s < r->end && ((*r->s >= 'a' && *r->s <= 'z') || (*r->s >= 'A' && *r->s <= 'Z'))) r->s++;
    size_t n = (size_t)(r->s - name);
    /* A space after a name only ends it, but reads well around most
     * symbols (ε > 0); not after ∂ and ∇ (\partial L is ∂L). */
    if ((n == 7 && memcmp(name, "partial", 7) == 0) || (n == 5 && memcmp(name, "nabla", 5) == 0)) skip_space(r);
#define IS(w) (n == strlen(w) && memcmp(name, w, n) == 0)
    for (size_t i = 0; i < COUNT(SYMBOLS); i++)
        if (IS(SYMBOLS[i][0])) {
            sn_buf_puts(out, SYMBOLS[i][1]);
            if (IS("left") || IS("right") || IS("bigl") || IS("bigr") || IS("Bigl") || IS("Bigr")) {
                skip_space(r);
                if (r->s < r->end && *r->s == '.') r->s++; /* the empty delimiter */
            }
            return;
        }
    for (size_t i = 0; i < COUNT(FONTS); i++)
        if (IS(FONTS[i])) {
            read_arg(r, out);
            return;
        }
    if (IS("mathbb")) {
        sn_buf arg = {0};
        read_arg(r, &arg);
        const char *c = arg.len == 1 ? strchr("ERNZQC", arg.data[0]) : NULL;
        static const char *const DOUBLE[] = {"𝔼", "ℝ", "ℕ", "ℤ", "ℚ", "ℂ"};
        if (c) sn_buf_puts(out, DOUBLE[c - "ERNZQC"]);
        else if (arg.len) sn_buf_add(out, arg.data, arg.len);
        sn_buf_free(&arg);
        return;
    }
    for (size_t i = 0; i < COUNT(ACCENTS); i++)
        if (IS(ACCENTS[i][0])) {
            sn_buf arg = {0};
            read_arg(r, &arg);
            /* On each character (an overline joins up; x̂ on one letter is
             * the usual case), but not on one that has a mark already. */
            for (size_t k = 0; k < arg.len;) {
                size_t cl = char_len(arg.data + k);
                sn_buf_add(out, arg.data + k, cl);
                if (arg.data[k] != ' ' && !combining(arg.data + k + cl)) sn_buf_puts(out, ACCENTS[i][1]);
                k += cl;
            }
            sn_buf_free(&arg);
            return;
        }
    if (IS("frac") || IS("tfrac") || IS("dfrac")) {
        for (int part = 0; part < 2; part++) {
            sn_buf arg = {0};
            read_arg(r, &arg);
            /* Parentheses where a / would otherwise bind to part of it. */
            int wrap = arg.len && strpbrk(arg.data, " +-=,/") != NULL && !enclosed(arg.data, arg.len);
            if (part) sn_buf_putc(out, '/');
            if (wrap) sn_buf_putc(out, '(');
            if (arg.len) sn_buf_add(out, arg.data, arg.len);
            if (wrap) sn_buf_putc(out, ')');
            sn_buf_free(&arg);
        }
        sn_buf_putc(out, ' '); /* 1/M Σ, not 1/MΣ */
        return;
    }
    if (IS("sqrt")) {
        skip_space(r);
        if (r->s < r->end && *r->s == '[') { r->failed = 1; return; } /* an n-th root: rare, shown as TeX */
        sn_buf arg = {0};
        read_arg(r, &arg);
        int one = arg.len && char_len(arg.data) == arg.len;
        sn_buf_puts(out, one ? "√" : "√(");
        if (arg.len) sn_buf_add(out, arg.data, arg.len);
        if (!one) sn_buf_putc(out, ')');
        sn_buf_free(&arg);
        return;
    }
#undef IS
    r->failed = 1; /* \begin{...}, or a command not in the tables */
}

static void read_arg(reader *r, sn_buf *out)
{
    skip_space(r);
    if (r->s >= r->end) { r->failed = 1; return; }
    if (*r->s == '{') {
        r->s++;
        read_list(r, out, '}');
        if (r->s < r->end && *r->s == '}') r->s++;
        else r->failed = 1;
    } else if (*r->s == '\\') {
        read_command(r, out);
    } else if (*r->s == '}' || *r->s == '^' || *r->s == '_') {
        r->failed = 1;
    } else {
        size_t cl = char_len(r->s);
        sn_buf_add(out, r->s, cl);
        r->s += cl;
    }
}

/* x^2 → x², x_i → xᵢ; where a character has no such form, x^(n+1). */
static void script(reader *r, sn_buf *out, int super)
{
    r->s++;
    sn_buf arg = {0}, mapped = {0};
    read_arg(r, &arg);
    const char *const(*table)[2] = super ? SUPERS : SUBS;
    size_t count = super ? COUNT(SUPERS) : COUNT(SUBS);
    int all = arg.len > 0;
    for (size_t k = 0; k < arg.len && all;) {
        size_t cl = char_len(arg.data + k), i;
        for (i = 0; i < count; i++)
            if (strlen(table[i][0]) == cl && memcmp(table[i][0], arg.data + k, cl) == 0) break;
        if (i == count) all = 0;
        else sn_buf_puts(&mapped, table[i][1]);
        k += cl;
    }
    if (all) {
        sn_buf_add(out, mapped.data, mapped.len);
    } else if (arg.len) {
        int one = char_len(arg.data) == arg.len;
        sn_buf_putc(out, super ? '^' : '_');
        if (!one) sn_buf_putc(out, '(');
        sn_buf_add(out, arg.data, arg.len);
        if (!one) sn_buf_putc(out, ')');
    }
    sn_buf_free(&arg);
    sn_buf_free(&mapped);
}

static void read_list(reader *r, sn_buf *out, char stop)
{
    if (++r->depth > TEX_DEPTH_MAX) r->failed = 1;
    while (r->s < r->end && !r->failed) {
        char c = *r->s;
        if (c == stop) break;
        if (c == '}') { r->failed = 1; break; }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '~') {
            if (out->len && out->data[out->len - 1] != ' ') sn_buf_putc(out, ' ');
            r->s++;
        } else if (c == '&') {
            r->s++; /* alignment */
        } else if (c == '^' || c == '_') {
            script(r, out, c == '^');
        } else {
            read_arg(r, out);
        }
    }
    r->depth--;
}

char *sn_search_tex_text(const char *tex, size_t len)
{
    reader r = {tex, tex + len, 0, 0};
    sn_buf out = {0};
    read_list(&r, &out, '\0');
    /* Spaces made one, none at the ends. */
    size_t o = 0;
    for (size_t i = 0; i < out.len; i++) {
        if (out.data[i] == ' ' && (o == 0 || out.data[o - 1] == ' ')) continue;
        if (strchr(",.;)", out.data[i]) && o && out.data[o - 1] == ' ') o--; /* "1/D ," */
        out.data[o++] = out.data[i];
    }
    while (o && out.data[o - 1] == ' ') o--;
    out.len = o;
    if (!r.failed && out.len) {
        out.data[o] = '\0';
        return sn_buf_take(&out);
    }
    sn_buf_free(&out);
    while (len && (*tex == ' ' || *tex == '\n')) tex++, len--;
    while (len && (tex[len - 1] == ' ' || tex[len - 1] == '\n')) len--;
    if (!len || len > TEX_FALLBACK_MAX || memchr(tex, '\n', len)) return sn_strdup("…");
    return sn_strndup(tex, len);
}
