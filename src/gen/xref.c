/* xref.c — see xref.h: resolving the names of every C page with libclang.
 *
 * A file's resolution is a short text, one record a line, which is what
 * the cache stores:
 *
 *   E <usr> <kind> <name> <declaration>    an entity the file names
 *   O <line> <col> <len> <role> <usr>      an identifier and what it names
 *   X <file:line> <message>                clang could not parse the file
 *
 * (fields separated by tabs). The records of all files are then merged by
 * USR into the entities of the site (xref_model.h). */
#include "xref_model.h"
#include "xref_inputs.h"

#include "error.h"
#include "path.h"

#include <clang-c/Index.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XREF_TOOL "libclang"

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

/* Parses `file` (bytes `text`), returns its records; its dependencies into
 * *deps. A file that does not parse gives one X record. */
static char *parse_file(CXIndex index, const char *file, const char *shown, const char *text,
                        size_t len, const char *const *args, int nargs, sn_buf *deps)
{
    struct CXUnsavedFile unsaved = {file, text, (unsigned long)len};
    CXTranslationUnit tu = NULL;
    unsigned opts = CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing;
    enum CXErrorCode ec = clang_parseTranslationUnit2(index, file, args, nargs, &unsaved, 1, opts, &tu);
    sn_buf out = {0};
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
    deps_ctx dc = {deps, tu};
    clang_getInclusions(tu, note_inclusion, &dc);

    CXPrintingPolicy pol = clang_getCursorPrintingPolicy(clang_getTranslationUnitCursor(tu));
    clang_PrintingPolicy_setProperty(pol, CXPrintingPolicy_TerseOutput, 1);
    CXToken *toks = NULL;
    unsigned ntoks = 0;
    clang_tokenize(tu, clang_getCursorExtent(clang_getTranslationUnitCursor(tu)), &toks, &ntoks);
    CXCursor *curs = sn_xcalloc(ntoks + 1, sizeof *curs);
    clang_annotateTokens(tu, toks, ntoks, curs);
    /* Each entity's E record once per file (the USRs seen, in a list). */
    char **seen = NULL;
    size_t nseen = 0;
    for (unsigned i = 0; i < ntoks; i++) {
        if (clang_getTokenKind(toks[i]) != CXToken_Identifier) continue;
        CXSourceLocation loc = clang_getTokenLocation(tu, toks[i]);
        if (!clang_Location_isFromMainFile(loc)) continue;
        CXCursor c = curs[i];
        CXCursor ref = clang_getCursorReferenced(c);
        /* A macro's definition refers to nothing: it is its own. */
        if (clang_getCursorKind(c) == CXCursor_MacroDefinition) ref = c;
        if (clang_Cursor_isNull(ref) || clang_isInvalid(clang_getCursorKind(ref))) continue;
        int kind = entity_kind(ref);
        if (kind < 0) continue;
        CXSourceLocation rloc = clang_getCursorLocation(ref);
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
            size_t k = 0;
            while (k < nseen && strcmp(seen[k], u) != 0) k++;
            if (k == nseen || role != XR_USE) {
                if (k == nseen) {
                    seen = sn_xrealloc(seen, (nseen + 1) * sizeof *seen);
                    seen[nseen++] = sn_strdup(u);
                }
                char *sig = signature(tu, ref, kind, pol);
                sn_buf_printf(&out, "E\t%s\t%d", u, kind);
                add_field(&out, clang_getCString(tspell));
                add_field(&out, sig);
                sn_buf_putc(&out, '\n');
                free(sig);
            }
            unsigned line, col;
            clang_getSpellingLocation(loc, NULL, &line, &col, NULL);
            sn_buf_printf(&out, "O\t%u\t%u\t%zu\t%c\t%s\n", line, col,
                          strlen(clang_getCString(tspell)), role, u);
        }
        clang_disposeString(usr);
        clang_disposeString(tspell);
    }
    for (size_t k = 0; k < nseen; k++) free(seen[k]);
    free(seen);
    free(curs);
    clang_disposeTokens(tu, toks, ntoks);
    clang_PrintingPolicy_dispose(pol);
    clang_disposeTranslationUnit(tu);
    return out.data ? sn_buf_take(&out) : sn_strdup("");
}

/* ---- merging ----------------------------------------------------------- */

static size_t hash(const char *s)
{
    size_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static size_t entity_for(sn_xref *x, const char *usr, int kind, const char *name, const char *sig)
{
    if (x->nents * 2 >= x->table_cap) {
        size_t cap = x->table_cap ? x->table_cap * 2 : 1024;
        size_t *t = sn_xcalloc(cap, sizeof *t);
        for (size_t i = 0; i < x->nents; i++) {
            size_t h = hash(x->ents[i].usr) & (cap - 1);
            while (t[h]) h = (h + 1) & (cap - 1);
            t[h] = i + 1;
        }
        free(x->table);
        x->table = t;
        x->table_cap = cap;
    }
    size_t h = hash(usr) & (x->table_cap - 1);
    while (x->table[h]) {
        xref_entity *e = &x->ents[x->table[h] - 1];
        if (strcmp(e->usr, usr) == 0) return x->table[h] - 1;
        h = (h + 1) & (x->table_cap - 1);
    }
    if (!name) return (size_t)-1;
    if (x->nents == x->ents_cap) {
        x->ents_cap = x->ents_cap ? x->ents_cap * 2 : 1024;
        x->ents = sn_xrealloc(x->ents, x->ents_cap * sizeof *x->ents);
    }
    xref_entity *e = &x->ents[x->nents];
    memset(e, 0, sizeof *e);
    e->usr = sn_strdup(usr);
    e->name = sn_strdup(name);
    e->sig = sn_strdup(sig);
    e->kind = kind;
    x->table[h] = ++x->nents;
    return x->nents - 1;
}

static void add_place(const sn_xref *x, xref_place **list, size_t *n, size_t page, int line)
{
    *list = sn_xrealloc(*list, (*n + 1) * sizeof **list);
    (*list)[(*n)++] = (xref_place){page, line, xref_section(x, page, line)};
}

static int occ_order(const void *a, const void *b)
{
    const xref_occ *p = a, *q = b;
    if (p->line != q->line) return p->line < q->line ? -1 : 1;
    return (p->col > q->col) - (p->col < q->col);
}

/* Splits a record line into at most `max` tab-separated fields (in place). */
static int fields(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *c = line; *c && n < max; c++)
        if (*c == '\t') {
            *c = '\0';
            f[n++] = c + 1;
        }
    return n;
}

/* An entity record's kind is one of ours and its name one C could write
 * (the index and the tooltips print both without further checks). */
static int plausible_entity(const char *kind, const char *name)
{
    char *end;
    long k = strtol(kind, &end, 10);
    if (end == kind || *end || k < 0 || k >= XK_COUNT || !*name) return 0;
    for (const char *c = name; *c; c++)
        if ((unsigned char)*c < 0x20 || strchr("<>&\"' ", *c)) return 0;
    return 1;
}

/* The records of page p into the model; warnings printed. */
static void merge(sn_xref *x, size_t p, char *records, int warn)
{
    size_t cap = 0;
    for (char *line = records, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        char *f[6];
        int n = fields(line, f, 6);
        if (f[0][0] == 'X' && n >= 3) {
            if (warn)
                fprintf(stderr, "%s: warning: clang cannot parse this file (%s); its names are left unlinked\n",
                        f[1], f[2]);
            x->stats.failed++;
            x->nocc[p] = 0; /* all or nothing */
            return;
        }
        if (f[0][0] == 'E' && n == 5) {
            if (!plausible_entity(f[2], f[3])) continue; /* a damaged cache entry */
            size_t e = entity_for(x, f[1], atoi(f[2]), f[3], f[4]);
            if (!*x->ents[e].sig && *f[4]) {
                free(x->ents[e].sig);
                x->ents[e].sig = sn_strdup(f[4]);
            }
        } else if (f[0][0] == 'O' && n == 6) {
            size_t e = entity_for(x, f[5], 0, NULL, NULL);
            if (e == (size_t)-1) continue;
            xref_occ o = {atoi(f[1]), atoi(f[2]), atoi(f[3]), f[4][0], e};
            if (x->nocc[p] == cap) {
                cap = cap ? cap * 2 : 256;
                x->occ[p] = sn_xrealloc(x->occ[p], cap * sizeof *x->occ[p]);
            }
            x->occ[p][x->nocc[p]++] = o;
            xref_entity *en = &x->ents[e];
            if (o.role == XR_DEF) add_place(x, &en->defs, &en->ndefs, p, o.line);
            else if (o.role == XR_DECL) add_place(x, &en->decls, &en->ndecls, p, o.line);
            else add_place(x, &en->uses, &en->nuses, p, o.line);
        }
    }
    if (x->nocc[p]) qsort(x->occ[p], x->nocc[p], sizeof *x->occ[p], occ_order);
}

void xref_merge(sn_xref *x, size_t p, char *records, int warn) { merge(x, p, records, warn); }

/* ---- the stage --------------------------------------------------------- */

static int is_c_page(const sn_xref_page *pg)
{
    const char *path = pg->page->src->path;
    size_t n = strlen(path);
    return pg->page->src->kind == SN_SOURCE_C && n > 2 &&
           (strcmp(path + n - 2, ".c") == 0 || strcmp(path + n - 2, ".h") == 0);
}

/* One file to resolve: its flags and cache key, and what came of it. */
typedef struct {
    size_t page;
    const sn_source *src;
    char *real;
    char **args;
    size_t nargs;
    sn_buf key;
    char *records; /* from the cache; else parsed */
    int parsed;
    sn_buf deps;   /* when parsed: the files it read, the start of the value to cache */
} xref_job;

/* The files the cache did not answer are parsed by two threads (the
 * machine's cores; libclang is safe with an index per thread). The cache
 * is only touched by the calling thread, before and after. */
typedef struct {
    xref_job *jobs;
    size_t njobs;
    size_t next;
    pthread_mutex_t lock;
} parse_queue;

static void *parse_worker(void *arg)
{
    parse_queue *q = arg;
    CXIndex index = NULL;
    for (;;) {
        xref_job *j = NULL;
        pthread_mutex_lock(&q->lock);
        while (q->next < q->njobs && !j) {
            j = &q->jobs[q->next++];
            if (j->records) j = NULL;
        }
        pthread_mutex_unlock(&q->lock);
        if (!j) break;
        if (!index) index = clang_createIndex(0, 0);
        j->records = parse_file(index, j->real, j->src->file, j->src->text, j->src->len,
                                (const char *const *)j->args, (int)j->nargs, &j->deps);
        j->parsed = 1;
    }
    if (index) clang_disposeIndex(index);
    return NULL;
}

/* The job of page p: its flags (compile_commands.json's, else the defaults)
 * and its cache key. */
static void make_job(xref_job *j, size_t p, const sn_source *src, const flags_db *db)
{
    j->page = p;
    j->src = src;
    j->real = realpath(src->file, NULL);
    if (!j->real) j->real = sn_strdup(src->file);
    const flags_rec *fr = db->count ? flags_for(db, j->real) : NULL;
    if (fr) {
        for (char **a = fr->args; *a; a++) add_arg(&j->args, &j->nargs, sn_strdup(*a));
    } else {
        char *dir = sn_dirname(j->real);
        add_arg(&j->args, &j->nargs, sn_strdup("-std=gnu11"));
        add_arg(&j->args, &j->nargs, sn_strdup_printf("-I%s", *dir ? dir : "."));
        free(dir);
    }
    add_arg(&j->args, &j->nargs, sn_strdup("-w")); /* only errors matter here */
    sn_buf_puts(&j->key, j->real);
    for (size_t i = 0; i < j->nargs; i++) sn_buf_printf(&j->key, "\x1f%s", j->args[i]);
}

sn_xref *sn_xref_resolve(const sn_xref_config *cfg, const sn_xref_page *pages, size_t n, char **err)
{
    flags_db db = {0};
    if (cfg->compile_commands && load_flags(cfg->compile_commands, &db, err) != 0) return NULL;
    sn_xref *x = sn_xcalloc(1, sizeof *x);
    x->pages = pages;
    x->npages = n;
    x->occ = sn_xcalloc(n + 1, sizeof *x->occ);
    x->nocc = sn_xcalloc(n + 1, sizeof *x->nocc);
    CXString version = clang_getClangVersion();
    const char *ver = clang_getCString(version);
    parse_queue q = {sn_xcalloc(n + 1, sizeof *q.jobs), 0, 0, PTHREAD_MUTEX_INITIALIZER};
    size_t misses = 0;
    for (size_t p = 0; p < n; p++) {
        if (!is_c_page(&pages[p])) continue;
        xref_job *j = &q.jobs[q.njobs++];
        make_job(j, p, pages[p].page->src, &db);
        size_t vlen = 0;
        char *value = sn_cache_get(cfg->cache, XREF_TOOL, ver, j->key.data, j->src->text,
                                   j->src->len, &vlen);
        j->records = value ? still_valid(value, vlen) : NULL;
        free(value);
        misses += !j->records;
    }
    pthread_t threads[2];
    size_t nthreads = 0;
    for (size_t t = 0; t < 2 && t < misses; t++)
        if (pthread_create(&threads[nthreads], NULL, parse_worker, &q) == 0) nthreads++;
    if (misses && !nthreads) parse_worker(&q); /* no thread: here */
    for (size_t t = 0; t < nthreads; t++) pthread_join(threads[t], NULL);
    for (size_t i = 0; i < q.njobs; i++) {
        xref_job *j = &q.jobs[i];
        if (j->parsed) {
            sn_buf_puts(&j->deps, "--\n");
            sn_buf_puts(&j->deps, j->records);
            sn_cache_put(cfg->cache, XREF_TOOL, ver, j->key.data, j->src->text, j->src->len,
                         j->deps.data, j->deps.len);
            x->stats.parsed++;
        }
        merge(x, j->page, j->records, cfg->warn);
        free(j->records);
        sn_buf_free(&j->deps);
        sn_buf_free(&j->key);
        for (size_t a = 0; a < j->nargs; a++) free(j->args[a]);
        free(j->args);
        free(j->real);
    }
    free(q.jobs);
    clang_disposeString(version);
    flags_db_free(&db);
    for (size_t e = 0; e < x->nents; e++)
        if (x->ents[e].ndefs || x->ents[e].ndecls) x->stats.entities++;
    return x;
}

void sn_xref_free(sn_xref *x)
{
    if (!x) return;
    for (size_t e = 0; e < x->nents; e++) {
        xref_entity *en = &x->ents[e];
        free(en->usr);
        free(en->name);
        free(en->qualified);
        free(en->sig);
        free(en->href[0]);
        free(en->href[1]);
        free(en->defs);
        free(en->decls);
        free(en->uses);
    }
    free(x->ents);
    free(x->table);
    for (size_t p = 0; p < x->npages; p++) free(x->occ[p]);
    free(x->occ);
    free(x->nocc);
    free(x->on_page);
    free(x->by_name);
    free(x);
}

sn_xref_stats sn_xref_get_stats(const sn_xref *x) { return x->stats; }

void sn_xref_definitions(const sn_xref *x, size_t p, int first, int last, sn_strv *out)
{
    if (p >= x->npages) return;
    size_t from = out->count;
    for (size_t i = 0; i < x->nocc[p]; i++) {
        const xref_occ *o = &x->occ[p][i];
        if (o->line < first || o->line > last || o->role != XR_DEF) continue;
        const xref_entity *e = &x->ents[o->ent];
        if (e->kind == XK_MEMBER || e->kind == XK_PARAM || e->kind == XK_LOCAL) continue;
        int seen = 0;
        for (size_t j = from; j < out->count && !seen; j++) seen = strcmp(out->items[j], e->name) == 0;
        if (!seen) sn_strv_add(out, e->name);
    }
}

const char *sn_xref_library(void)
{
    static char path[4096];
    Dl_info info;
    if (!path[0] && dladdr((void *)clang_getClangVersion, &info) && info.dli_fname) {
        size_t n = strlen(info.dli_fname);
        if (n < sizeof path) memcpy(path, info.dli_fname, n + 1);
    }
    return path[0] ? path : NULL;
}
