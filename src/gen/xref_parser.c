/* xref_parser.c — the module sidenotes-clang.so (xref_parser.h): a C file
 * parsed by libclang into the records xref.c merges. The only file of the
 * generator linked with libclang; loaded by xref_module.c when a file must
 * be parsed. */
#include "xref_parser.h"
#include "xref_model.h"

#include "error.h"

#include <clang-c/Index.h>
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the files it read ------------------------------------------------- */

/* Each file a parse reads is named by its real path, and the same headers
 * come back in parse after parse: realpath() asks the kernel about every
 * folder of the path (readlink), 32,000 calls a cold build of our site, so
 * the answers are kept for the thread's parses (the files do not move
 * during a build). Open addressing on the name, FNV-1a. */
typedef struct {
    char **names;
    char **reals; /* NULL: realpath() failed */
    size_t n, cap;
} real_cache;

static size_t name_hash(const char *s)
{
    size_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) h = (h ^ *p) * 16777619u;
    return h;
}

/* The real path of `path`, or NULL; owned by the cache. */
static const char *real_of(real_cache *c, const char *path)
{
    if (2 * (c->n + 1) > c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 256;
        char **names = sn_xcalloc(cap, sizeof *names), **reals = sn_xcalloc(cap, sizeof *reals);
        for (size_t i = 0; i < c->cap; i++) {
            if (!c->names[i]) continue;
            size_t h = name_hash(c->names[i]) & (cap - 1);
            while (names[h]) h = (h + 1) & (cap - 1);
            names[h] = c->names[i];
            reals[h] = c->reals[i];
        }
        free(c->names);
        free(c->reals);
        c->names = names;
        c->reals = reals;
        c->cap = cap;
    }
    size_t h = name_hash(path) & (c->cap - 1);
    while (c->names[h]) {
        if (strcmp(c->names[h], path) == 0) return c->reals[h];
        h = (h + 1) & (c->cap - 1);
    }
    c->names[h] = sn_strdup(path);
    c->reals[h] = realpath(path, NULL);
    c->n++;
    return c->reals[h];
}

static void real_cache_free(real_cache *c)
{
    for (size_t i = 0; i < c->cap; i++) {
        free(c->names[i]);
        free(c->reals[i]);
    }
    free(c->names);
    free(c->reals);
}

/* What a thread's parses share: libclang's index and the real paths.
 * parse_only: SIDENOTES_XREF_PARSE_ONLY=1, for the benchmark `cross-references
 * cold cost` alone: each file is parsed and nothing more is asked of it, so
 * the build measures what libclang's parses cost by themselves (xref.c then
 * caches nothing). */
typedef struct {
    CXIndex index;
    real_cache reals;
    int parse_only;
} parser_state;

typedef struct {
    sn_buf *deps;
    CXTranslationUnit tu;
    real_cache *reals;
} deps_ctx;

/* The files of the site the main file read (not the system's), with their
 * bytes: a cached answer holds only while they are the same. */
static void note_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
    deps_ctx *d = data;
    if (depth == 0 || clang_Location_isInSystemHeader(stack[0])) return;
    CXString name = clang_getFileName(f);
    const char *path = clang_getCString(name);
    size_t size = 0;
    const char *text = clang_getFileContents(d->tu, f, &size);
    if (path && text && strncmp(path, "/usr/", 5) != 0) {
        const char *real = real_of(d->reals, path);
        sn_buf_printf(d->deps, "%s\t%zu\n", real ? real : path, size);
        sn_buf_add(d->deps, text, size);
        sn_buf_putc(d->deps, '\n');
    }
    clang_disposeString(name);
}

/* ---- parsing one file -------------------------------------------------- */

static void add_field(sn_buf *b, const char *s)
{
    sn_buf_putc(b, '\t');
    for (; *s; s++) sn_buf_putc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

/* Whitespace runs (and line continuations) as one space, at most 300 bytes,
 * cut at a UTF-8 character's start. */
static char *tidy(const char *s, size_t n)
{
    sn_buf b = {0};
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\\' && i + 1 < n && s[i + 1] == '\n') continue;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = b.len > 0;
            continue;
        }
        if (space) sn_buf_putc(&b, ' ');
        space = 0;
        sn_buf_putc(&b, c);
        if (b.len >= 300 && ((unsigned char)s[i + 1 < n ? i + 1 : i] & 0xC0) != 0x80) {
            sn_buf_puts(&b, " …");
            break;
        }
    }
    return b.data ? sn_buf_take(&b) : sn_strdup("");
}

static int entity_kind(CXCursor c)
{
    switch (clang_getCursorKind(c)) {
    case CXCursor_FunctionDecl: return XK_FUNCTION;
    case CXCursor_MacroDefinition: return XK_MACRO;
    case CXCursor_TypedefDecl: case CXCursor_StructDecl: case CXCursor_UnionDecl:
    case CXCursor_EnumDecl: return XK_TYPE;
    case CXCursor_FieldDecl: return XK_MEMBER;
    case CXCursor_EnumConstantDecl: return XK_ENUM_CONSTANT;
    case CXCursor_ParmDecl: return XK_PARAM;
    case CXCursor_VarDecl: {
        CXCursor parent = clang_getCursorSemanticParent(c);
        return clang_getCursorKind(parent) == CXCursor_TranslationUnit ? XK_GLOBAL : XK_LOCAL;
    }
    default: return -1;
    }
}

/* The bytes of a cursor's extent, from its file as clang read it. */
static char *extent_text(CXTranslationUnit tu, CXCursor c)
{
    CXSourceRange r = clang_getCursorExtent(c);
    CXFile f1, f2;
    unsigned o1, o2;
    clang_getSpellingLocation(clang_getRangeStart(r), &f1, NULL, NULL, &o1);
    clang_getSpellingLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &o2);
    size_t size = 0;
    const char *text = f1 ? clang_getFileContents(tu, f1, &size) : NULL;
    if (!text || !clang_File_isEqual(f1, f2) || o2 < o1 || o2 > size) return sn_strdup("");
    return tidy(text + o1, o2 - o1);
}

/* What the tooltip shows: a function's signature, a variable's or member's
 * type and name, a macro's definition, an enum constant's value. */
static char *signature(CXTranslationUnit tu, CXCursor c, int kind, CXPrintingPolicy pol)
{
    CXString name = clang_getCursorSpelling(c);
    const char *n = clang_getCString(name);
    char *out;
    if (kind == XK_MACRO) {
        char *body = extent_text(tu, c);
        out = sn_strdup_printf("#define %s", body);
        free(body);
    } else if (kind == XK_ENUM_CONSTANT) {
        out = sn_strdup_printf("%s = %lld", n, clang_getEnumConstantDeclValue(c));
    } else if (clang_getCursorKind(c) == CXCursor_TypedefDecl) {
        CXString under = clang_getTypeSpelling(clang_getTypedefDeclUnderlyingType(c));
        const char *u = clang_getCString(under);
        const char *tag = strncmp(u, "struct", 6) == 0 ? "struct" : strncmp(u, "union", 5) == 0 ? "union"
                          : strncmp(u, "enum", 4) == 0 ? "enum" : NULL;
        if (strstr(u, "(unnamed") || strstr(u, "(anonymous"))
            out = sn_strdup_printf("typedef %s {…} %s", tag ? tag : "", n);
        else
            out = sn_strdup_printf("typedef %s %s", u, n);
        clang_disposeString(under);
    } else if (kind == XK_GLOBAL || kind == XK_LOCAL || kind == XK_PARAM || kind == XK_MEMBER) {
        /* As written: the pretty printer would expand the macros. */
        out = extent_text(tu, c);
    } else if (kind == XK_TYPE) {
        CXString k = clang_getCursorKindSpelling(clang_getCursorKind(c));
        const char *tag = clang_getCursorKind(c) == CXCursor_StructDecl ? "struct"
                          : clang_getCursorKind(c) == CXCursor_UnionDecl ? "union" : "enum";
        out = sn_strdup_printf("%s %s", tag, n);
        clang_disposeString(k);
    } else {
        CXString p = clang_getCursorPrettyPrinted(c, pol);
        out = tidy(clang_getCString(p), strlen(clang_getCString(p)));
        clang_disposeString(p);
    }
    clang_disposeString(name);
    return out;
}

/* With a PCH (xref_pch.h) the system headers come before the file's own
 * lines, so when the site declares an entity a system header declares too
 * (a library's struct declared ahead, a prototype repeated), the
 * declaration a name refers to may not be the one it refers to in the
 * file's own order: an incomplete struct is the first declaration seen, a
 * function the last. Such an entity's answer is kept only when
 * pch_order_kept proves it the plain parse's; else the file is parsed
 * again without the PCH. */
static int same_with_pch(CXCursor ref)
{
    int sys = clang_Location_isInSystemHeader(clang_getCursorLocation(ref));
    CXCursor first = clang_getCanonicalCursor(ref);
    if (sys != clang_Location_isInSystemHeader(clang_getCursorLocation(first))) return 0;
    enum CXCursorKind k = clang_getCursorKind(ref);
    if (sys && (k == CXCursor_StructDecl || k == CXCursor_UnionDecl || k == CXCursor_EnumDecl) &&
        clang_Cursor_isNull(clang_getCursorDefinition(ref)))
        return 0;
    return 1;
}

/* ---- when the PCH keeps the plain parse's order -------------------------- */

/* An entity same_with_pch doubts is first declared by a system header
 * (with the PCH, before any line of the site). The plain parse declares it
 * in the same order, and so answers every name of it the same, when it too
 * reads that header before any text of the site that names the entity: a
 * #include of the main file reaches the header, and neither the main
 * file's lines above that #include nor a file of the site read from it or
 * before it holds the name (a word search: a comment naming it is enough
 * to doubt). A #include reaches the header when it names it, or, for a
 * header this parse read itself rather than from the PCH, one of the files
 * on its include stack (clang_getInclusions does not list the PCH's). On
 * our site that keeps `extern char **environ;` after <unistd.h> (worker.c,
 * po_update.c) and serve.c's <microhttpd.h> structs; a `struct cmark_node *`
 * in a site header read before <cmark-gfm.h> still makes its file parse
 * again. The system headers are taken to read the same with and without
 * the PCH, as the PCH itself takes them (xref_pch.h: no #define before
 * them). */

/* Whether `name` is a word of s[0, n). */
static int names_word(const char *s, size_t n, const char *name)
{
    size_t len = strlen(name);
    for (size_t i = 0; len && i + len <= n; i++) {
        if (memcmp(s + i, name, len) != 0) continue;
        int before = i > 0 && (s[i - 1] == '_' || (s[i - 1] >= 'a' && s[i - 1] <= 'z') ||
                               (s[i - 1] >= 'A' && s[i - 1] <= 'Z') || (s[i - 1] >= '0' && s[i - 1] <= '9'));
        char a = i + len < n ? s[i + len] : ' ';
        int after = a == '_' || (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || (a >= '0' && a <= '9');
        if (!before && !after) return 1;
    }
    return 0;
}

typedef struct {
    CXTranslationUnit tu;
    CXFile header;      /* the system header declaring the entity first */
    CXFile *chain;      /* it, and the files on its include stack */
    size_t nchain;
    const char *name;
    unsigned named_at;  /* the main file's first #include of a site file naming it; or UINT_MAX */
    int lost;           /* a site file not included from the main file */
} reach_ctx;

static void note_reach(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
    reach_ctx *r = data;
    if (depth == 0) return;
    if (!r->chain && clang_File_isEqual(f, r->header)) {
        r->chain = sn_xcalloc(depth + 1, sizeof *r->chain);
        r->chain[r->nchain++] = f;
        for (unsigned k = 0; k < depth; k++) {
            CXFile by = NULL;
            clang_getSpellingLocation(stack[k], &by, NULL, NULL, NULL);
            if (by) r->chain[r->nchain++] = by;
        }
    }
    if (clang_Location_isInSystemHeader(clang_getLocationForOffset(r->tu, f, 0))) return;
    size_t size = 0;
    const char *text = clang_getFileContents(r->tu, f, &size);
    if (!text || !names_word(text, size, r->name)) return;
    unsigned at;
    if (!clang_Location_isFromMainFile(stack[depth - 1])) {
        r->lost = 1;
        return;
    }
    clang_getSpellingLocation(stack[depth - 1], NULL, NULL, NULL, &at);
    if (at < r->named_at) r->named_at = at;
}

typedef struct {
    const reach_ctx *r;
    unsigned at; /* the first #include of the main file reaching the header; or UINT_MAX */
} directive_ctx;

static enum CXChildVisitResult find_directive(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    directive_ctx *d = data;
    if (clang_getCursorKind(c) != CXCursor_InclusionDirective ||
        !clang_Location_isFromMainFile(clang_getCursorLocation(c)))
        return CXChildVisit_Continue;
    CXFile inc = clang_getIncludedFile(c);
    for (size_t i = 0; inc && i < d->r->nchain; i++)
        if (clang_File_isEqual(inc, d->r->chain[i])) {
            unsigned at;
            clang_getSpellingLocation(clang_getCursorLocation(c), NULL, NULL, NULL, &at);
            if (at < d->at) d->at = at;
        }
    return CXChildVisit_Continue;
}

/* The main file's bytes (as parsed: comments blanked) and, per entity
 * doubted, whether the PCH's answer is kept. */
typedef struct {
    const char *text;
    size_t len;
    char **usrs;
    int *kept;
    size_t n;
} pch_order;

static int order_kept(CXTranslationUnit tu, CXCursor ref, const pch_order *o)
{
    CXCursor first = clang_getCanonicalCursor(ref);
    CXSourceLocation at = clang_getCursorLocation(first);
    CXFile header = NULL;
    clang_getSpellingLocation(at, &header, NULL, NULL, NULL);
    if (!header || !clang_Location_isInSystemHeader(at)) return 0;
    CXString name = clang_getCursorSpelling(ref);
    reach_ctx r = {tu, header, NULL, 0, clang_getCString(name), UINT_MAX, 0};
    clang_getInclusions(tu, note_reach, &r);
    if (!r.chain) { /* read from the PCH: its include stack is not known */
        r.chain = sn_xcalloc(1, sizeof *r.chain);
        r.chain[r.nchain++] = header;
    }
    directive_ctx d = {&r, UINT_MAX};
    if (!r.lost)
        clang_visitChildren(clang_getTranslationUnitCursor(tu), find_directive, &d);
    int kept = d.at != UINT_MAX && r.named_at > d.at && d.at <= o->len && !names_word(o->text, d.at, r.name);
    free(r.chain);
    clang_disposeString(name);
    return kept;
}

/* Whether the answer for `ref`, doubted, is the plain parse's: asked once
 * per entity. */
static int pch_order_kept(CXTranslationUnit tu, CXCursor ref, pch_order *o)
{
    CXString usr = clang_getCursorUSR(ref);
    const char *u = clang_getCString(usr);
    for (size_t i = 0; i < o->n; i++)
        if (strcmp(o->usrs[i], u) == 0) {
            clang_disposeString(usr);
            return o->kept[i];
        }
    o->usrs = sn_xrealloc(o->usrs, (o->n + 1) * sizeof *o->usrs);
    o->kept = sn_xrealloc(o->kept, (o->n + 1) * sizeof *o->kept);
    o->usrs[o->n] = sn_strdup(u);
    o->kept[o->n] = order_kept(tu, ref, o);
    clang_disposeString(usr);
    return o->kept[o->n++];
}

static void pch_order_free(pch_order *o)
{
    for (size_t i = 0; i < o->n; i++) free(o->usrs[i]);
    free(o->usrs);
    free(o->kept);
}

/* A set of USRs: open addressing (name_hash), sized once for at most `most`. */
typedef struct {
    char **slots;
    size_t mask;
} usr_set;

static void usr_set_init(usr_set *set, size_t most)
{
    size_t cap = 16;
    while (cap < 2 * most) cap *= 2;
    set->slots = sn_xcalloc(cap, sizeof *set->slots);
    set->mask = cap - 1;
}

/* Adds `usr`; 1 if it was not there yet. */
static int usr_set_add(usr_set *set, const char *usr)
{
    for (size_t i = name_hash(usr) & set->mask;; i = (i + 1) & set->mask) {
        if (!set->slots[i]) {
            set->slots[i] = sn_strdup(usr);
            return 1;
        }
        if (strcmp(set->slots[i], usr) == 0) return 0;
    }
}

static void usr_set_free(usr_set *set)
{
    for (size_t i = 0; i <= set->mask; i++) free(set->slots[i]);
    free(set->slots);
}

/* The records of the identifiers of one file of the translation unit:
 * `file` (NULL: the main file). 0, or 1 when an entity both a system
 * header and the site declare makes the PCH's answer uncertain. */
static int file_records(CXTranslationUnit tu, CXFile file, pch_order *with_pch, CXPrintingPolicy pol,
                        sn_buf *out)
{
    CXSourceRange range;
    if (file) {
        size_t size = 0;
        clang_getFileContents(tu, file, &size);
        range = clang_getRange(clang_getLocationForOffset(tu, file, 0),
                               clang_getLocationForOffset(tu, file, (unsigned)size));
    } else {
        range = clang_getCursorExtent(clang_getTranslationUnitCursor(tu));
    }
    CXToken *toks = NULL;
    unsigned ntoks = 0;
    clang_tokenize(tu, range, &toks, &ntoks);
    CXCursor *curs = sn_xcalloc(ntoks + 1, sizeof *curs);
    clang_annotateTokens(tu, toks, ntoks, curs);
    /* Each entity's E record once per file: the USRs seen, in a hash table
     * (a list searched for each token was quadratic: 40,000 lines of
     * generated C spent a fifth of their time in strcmp). A file has at most
     * one entity per identifier token. (glibc's hsearch_r would do, but our
     * own search.h hides its header.) */
    int uncertain = 0;
    usr_set seen;
    usr_set_init(&seen, ntoks);
    for (unsigned i = 0; i < ntoks; i++) {
        if (clang_getTokenKind(toks[i]) != CXToken_Identifier) continue;
        CXSourceLocation loc = clang_getTokenLocation(tu, toks[i]);
        if (file) {
            CXFile tf;
            clang_getSpellingLocation(loc, &tf, NULL, NULL, NULL);
            if (!tf || !clang_File_isEqual(tf, file)) continue;
        } else if (!clang_Location_isFromMainFile(loc)) {
            continue;
        }
        CXCursor c = curs[i];
        CXCursor ref = clang_getCursorReferenced(c);
        /* A macro's definition refers to nothing: it is its own. */
        if (clang_getCursorKind(c) == CXCursor_MacroDefinition) ref = c;
        if (clang_Cursor_isNull(ref) || clang_isInvalid(clang_getCursorKind(ref))) continue;
        int kind = entity_kind(ref);
        if (kind < 0) continue;
        CXSourceLocation rloc = clang_getCursorLocation(ref);
        if (with_pch && !same_with_pch(ref) && !pch_order_kept(tu, ref, with_pch)) {
            uncertain = 1;
            break;
        }
        if (clang_Location_isInSystemHeader(rloc)) continue; /* the C library, OpenBLAS */
        CXFile rfile;
        clang_getSpellingLocation(rloc, &rfile, NULL, NULL, NULL);
        if (!rfile) continue; /* built in */
        CXString tspell = clang_getTokenSpelling(tu, toks[i]);
        CXString rspell = clang_getCursorSpelling(ref);
        int same = strcmp(clang_getCString(tspell), clang_getCString(rspell)) == 0;
        clang_disposeString(rspell);
        if (!same) {
            clang_disposeString(tspell);
            continue;
        }
        CXString usr = clang_getCursorUSR(ref);
        const char *u = clang_getCString(usr);
        if (*u) {
            int role = XR_USE;
            if (clang_equalCursors(c, ref)) {
                int defines = clang_isCursorDefinition(ref) || kind == XK_MACRO ||
                              kind == XK_MEMBER || kind == XK_ENUM_CONSTANT || kind == XK_PARAM ||
                              clang_getCursorKind(ref) == CXCursor_TypedefDecl;
                role = defines ? XR_DEF : XR_DECL;
            }
            int first = usr_set_add(&seen, u);
            if (first || role != XR_USE) {
                char *sig = signature(tu, ref, kind, pol);
                sn_buf_printf(out, "E\t%s\t%d", u, kind);
                add_field(out, clang_getCString(tspell));
                add_field(out, sig);
                sn_buf_putc(out, '\n');
                free(sig);
            }
            unsigned line, col;
            clang_getSpellingLocation(loc, NULL, &line, &col, NULL);
            sn_buf_printf(out, "O\t%u\t%u\t%zu\t%c\t%s\n", line, col,
                          strlen(clang_getCString(tspell)), role, u);
        }
        clang_disposeString(usr);
        clang_disposeString(tspell);
    }
    usr_set_free(&seen);
    free(curs);
    clang_disposeTokens(tu, toks, ntoks);
    return uncertain;
}

/* The headers to resolve within the main file's parse: found by their real
 * path, and only when the main file includes them itself (depth 1) and
 * nothing else does, so that they were read once, as the main file's
 * first lines left them. */
typedef struct {
    const char *const *paths;
    int n;
    int *direct;   /* per path: included at depth 1 */
    int *indirect; /* per path: included from another header too */
    CXFile *files;
    real_cache *reals;
} also_ctx;

static void note_also(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
    (void)stack;
    also_ctx *a = data;
    if (depth == 0) return;
    CXString name = clang_getFileName(f);
    const char *path = clang_getCString(name);
    const char *real = path ? real_of(a->reals, path) : NULL;
    for (int i = 0; real && i < a->n; i++)
        if (strcmp(real, a->paths[i]) == 0) {
            if (depth == 1 && !a->direct[i]) a->direct[i] = 1, a->files[i] = f;
            else a->indirect[i] = 1;
        }
    clang_disposeString(name);
}

/* Parses `file` (bytes `text`), returns its records; its dependencies into
 * *deps; the records of each header of `also` it includes into also_out
 * (NULL for one it does not). A file that does not parse gives one X
 * record. */
static char *parse_file(parser_state *ps, const char *file, const char *shown, const char *text,
                        size_t len, const char *const *args, int nargs, sn_buf *deps,
                        const char *const *also, int nalso, char **also_out)
{
    struct CXUnsavedFile unsaved = {file, text, (unsigned long)len};
    CXTranslationUnit tu = NULL;
    unsigned opts = CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing;
    enum CXErrorCode ec = clang_parseTranslationUnit2(ps->index, file, args, nargs, &unsaved, 1, opts, &tu);
    sn_buf out = {0};
    for (int i = 0; i < nalso; i++) also_out[i] = NULL;
    if (ec != CXError_Success || !tu) {
        sn_buf_printf(&out, "X\t%s:1\tlibclang failed (error %d)\n", shown, (int)ec);
        return sn_buf_take(&out);
    }
    unsigned nd = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < nd; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            CXFile f;
            unsigned line;
            clang_getSpellingLocation(clang_getDiagnosticLocation(d), &f, &line, NULL, NULL);
            CXString fname = clang_getFileName(f);
            CXString msg = clang_getDiagnosticSpelling(d);
            const char *fn = clang_getCString(fname);
            int main_file = !fn || strcmp(fn, file) == 0;
            sn_buf_printf(&out, "X\t%s:%u\t%s\n", main_file ? shown : fn, line, clang_getCString(msg));
            clang_disposeString(fname);
            clang_disposeString(msg);
            clang_disposeDiagnostic(d);
            clang_disposeTranslationUnit(tu);
            return sn_buf_take(&out);
        }
        clang_disposeDiagnostic(d);
    }
    if (ps->parse_only) { /* the headers it hosts were parsed with it */
        for (int i = 0; i < nalso; i++) also_out[i] = sn_strdup("");
        clang_disposeTranslationUnit(tu);
        return sn_strdup("");
    }
    deps_ctx dc = {deps, tu, &ps->reals};
    clang_getInclusions(tu, note_inclusion, &dc);

    CXPrintingPolicy pol = clang_getCursorPrintingPolicy(clang_getTranslationUnitCursor(tu));
    clang_PrintingPolicy_setProperty(pol, CXPrintingPolicy_TerseOutput, 1);
    int pch = 0;
    for (int a = 0; a < nargs; a++) pch |= !strcmp(args[a], "-include-pch");
    pch_order order = {text, len, NULL, NULL, 0};
    pch_order *with_pch = pch ? &order : NULL;
    int uncertain = file_records(tu, NULL, with_pch, pol, &out);
    if (nalso > 0 && !uncertain) {
        also_ctx ac = {also, nalso, sn_xcalloc((size_t)nalso, sizeof(int)),
                       sn_xcalloc((size_t)nalso, sizeof(int)), sn_xcalloc((size_t)nalso, sizeof(CXFile)),
                       &ps->reals};
        clang_getInclusions(tu, note_also, &ac);
        for (int i = 0; i < nalso && !uncertain; i++) {
            if (!ac.direct[i] || ac.indirect[i]) continue;
            sn_buf h = {0};
            uncertain = file_records(tu, ac.files[i], with_pch, pol, &h);
            also_out[i] = h.data ? sn_buf_take(&h) : sn_strdup("");
        }
        free(ac.direct);
        free(ac.indirect);
        free(ac.files);
    }
    if (uncertain) {
        for (int i = 0; i < nalso; i++) {
            free(also_out[i]);
            also_out[i] = NULL;
        }
        sn_buf_free(&out);
        sn_buf_printf(&out, "X\t%s:1\tan entity both a system header and the site declare: parse without the PCH\n", shown);
    }
    pch_order_free(&order);
    clang_PrintingPolicy_dispose(pol);
    clang_disposeTranslationUnit(tu);
    return out.data ? sn_buf_take(&out) : sn_strdup("");
}

/* ---- a precompiled header -------------------------------------------- */

typedef struct {
    sn_buf *files;
    real_cache *reals;
} list_ctx;

static void list_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
    (void)stack;
    (void)depth;
    list_ctx *l = data;
    CXString name = clang_getFileName(f);
    const char *path = clang_getCString(name);
    if (path) {
        const char *real = real_of(l->reals, path);
        sn_buf_printf(l->files, "%s\n", real ? real : path);
    }
    clang_disposeString(name);
}

static char *parser_precompile(void *index, const char *name, const char *text, size_t len,
                               const char *const *args, int nargs, const char *out)
{
    struct CXUnsavedFile unsaved = {name, text, (unsigned long)len};
    CXTranslationUnit tu = NULL;
    unsigned opts = CXTranslationUnit_Incomplete | CXTranslationUnit_ForSerialization |
                    CXTranslationUnit_DetailedPreprocessingRecord; /* as the files parsed with it */
    parser_state *ps = index;
    if (clang_parseTranslationUnit2(ps->index, name, args, nargs, &unsaved, 1, opts, &tu) != CXError_Success || !tu)
        return NULL;
    int ok = 1;
    for (unsigned i = 0, nd = clang_getNumDiagnostics(tu); i < nd && ok; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        ok = clang_getDiagnosticSeverity(d) < CXDiagnostic_Error;
        clang_disposeDiagnostic(d);
    }
    sn_buf files = {0};
    if (ok) ok = clang_saveTranslationUnit(tu, out, clang_defaultSaveOptions(tu)) == CXSaveError_None;
    list_ctx lc = {&files, &ps->reals};
    if (ok) clang_getInclusions(tu, list_inclusion, &lc);
    clang_disposeTranslationUnit(tu);
    if (!ok) {
        sn_buf_free(&files);
        return NULL;
    }
    return files.data ? sn_buf_take(&files) : sn_strdup("");
}

/* ---- the module's table ------------------------------------------------ */

static char *parser_version(void)
{
    CXString v = clang_getClangVersion();
    char *out = sn_strdup(clang_getCString(v));
    clang_disposeString(v);
    return out;
}

static char *parser_library(void)
{
    Dl_info info;
    if (dladdr((void *)clang_getClangVersion, &info) && info.dli_fname) {
        char *real = realpath(info.dli_fname, NULL);
        return real ? real : sn_strdup(info.dli_fname);
    }
    return NULL;
}

/* excludeDeclarationsFromPCH: annotating a file's tokens then visits only
 * its own declarations, not every one its PCH (xref_pch.h) holds: the
 * same cursors, 12% less of the parses' CPU on our site. */
static void *parser_index_new(void)
{
    parser_state *ps = sn_xcalloc(1, sizeof *ps);
    ps->index = clang_createIndex(1, 0);
    const char *only = getenv("SIDENOTES_XREF_PARSE_ONLY");
    ps->parse_only = only && strcmp(only, "1") == 0;
    return ps;
}

static void parser_index_free(void *index)
{
    parser_state *ps = index;
    clang_disposeIndex(ps->index);
    real_cache_free(&ps->reals);
    free(ps);
}

static char *parser_parse(void *index, const char *file, const char *shown, const char *text,
                          size_t len, const char *const *args, int nargs, sn_buf *deps,
                          const char *const *also, int nalso, char **also_out)
{
    return parse_file((parser_state *)index, file, shown, text, len, args, nargs, deps, also, nalso, also_out);
}

__attribute__((visibility("default"))) const sn_xref_parser *sn_xref_parser_get(void);

const sn_xref_parser *sn_xref_parser_get(void)
{
    static const sn_xref_parser table = {SN_XREF_PARSER_ABI, parser_version, parser_library,
                                         parser_index_new, parser_index_free, parser_parse,
                                         parser_precompile};
    return &table;
}
