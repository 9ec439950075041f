/* xref_inputs.c — the inputs of a file's resolution besides its own
 * bytes: its flags from compile_commands.json (read with libclang's
 * compilation database), and the files of the site it read, recorded while
 * it is parsed and compared before a cached answer is used. */
#include "xref_inputs.h"

#include "fs.h"
#include "path.h"

#include <clang-c/CXCompilationDatabase.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- flags ------------------------------------------------------------- */

static int takes_value(const char *a)
{
    return !strcmp(a, "-I") || !strcmp(a, "-D") || !strcmp(a, "-U") || !strcmp(a, "-isystem") ||
           !strcmp(a, "-iquote") || !strcmp(a, "-include") || !strcmp(a, "-idirafter");
}

static int kept_flag(const char *a)
{
    return !strncmp(a, "-I", 2) || !strncmp(a, "-D", 2) || !strncmp(a, "-U", 2) ||
           !strncmp(a, "-std=", 5) || !strcmp(a, "-isystem") || !strcmp(a, "-iquote") ||
           !strcmp(a, "-include") || !strcmp(a, "-idirafter") || !strcmp(a, "-pthread") ||
           !strcmp(a, "-funsigned-char") || !strcmp(a, "-fsigned-char");
}

static char *absolute_in(const char *dir, const char *path)
{
    if (path[0] == '/') return sn_strdup(path);
    char *joined = sn_strdup_printf("%s/%s", dir, path);
    char *real = realpath(joined, NULL);
    if (real) {
        free(joined);
        return real;
    }
    return joined;
}

void add_arg(char ***args, size_t *n, char *a)
{
    *args = sn_xrealloc(*args, (*n + 2) * sizeof **args);
    (*args)[(*n)++] = a;
    (*args)[*n] = NULL;
}

int load_flags(const char *where, flags_db *db, char **err)
{
    char *dir = NULL;
    size_t wl = strlen(where);
    static const char name[] = "compile_commands.json";
    if (wl >= sizeof name - 1 && strcmp(where + wl - (sizeof name - 1), name) == 0) {
        dir = sn_dirname(where);
        if (!*dir) {
            free(dir);
            dir = sn_strdup(".");
        }
    } else {
        dir = sn_strdup(where);
    }
    char *json = sn_strdup_printf("%s/%s", dir, name);
    FILE *f = fopen(json, "r");
    if (!f) {
        *err = sn_strdup_printf("--compile-commands %s: cannot read %s: %s", where, json,
                                strerror(errno));
        free(json);
        free(dir);
        return -1;
    }
    fclose(f);
    CXCompilationDatabase_Error e;
    CXCompilationDatabase cdb = clang_CompilationDatabase_fromDirectory(dir, &e);
    if (e != CXCompilationDatabase_NoError) {
        *err = sn_strdup_printf("--compile-commands %s: libclang cannot read %s", where, json);
        free(json);
        free(dir);
        return -1;
    }
    CXCompileCommands all = clang_CompilationDatabase_getAllCompileCommands(cdb);
    unsigned n = clang_CompileCommands_getSize(all);
    db->items = sn_xcalloc(n + 1, sizeof *db->items);
    for (unsigned i = 0; i < n; i++) {
        CXCompileCommand cc = clang_CompileCommands_getCommand(all, i);
        CXString cdir = clang_CompileCommand_getDirectory(cc);
        CXString cfile = clang_CompileCommand_getFilename(cc);
        const char *d = clang_getCString(cdir);
        flags_rec *r = &db->items[db->count++];
        r->file = absolute_in(d, clang_getCString(cfile));
        size_t na = 0;
        add_arg(&r->args, &na, NULL), na = 0; /* an empty, terminated list */
        unsigned nargs = clang_CompileCommand_getNumArgs(cc);
        for (unsigned k = 1; k < nargs; k++) {
            CXString s = clang_CompileCommand_getArg(cc, k);
            const char *a = clang_getCString(s);
            if (kept_flag(a)) {
                int path_flag = !strncmp(a, "-I", 2) || !strcmp(a, "-isystem") ||
                                !strcmp(a, "-iquote") || !strcmp(a, "-idirafter") ||
                                !strcmp(a, "-include");
                if (takes_value(a) && k + 1 < nargs) {
                    add_arg(&r->args, &na, sn_strdup(a));
                    CXString v = clang_CompileCommand_getArg(cc, ++k);
                    const char *val = clang_getCString(v);
                    add_arg(&r->args, &na, path_flag ? absolute_in(d, val) : sn_strdup(val));
                    clang_disposeString(v);
                } else if (!strncmp(a, "-I", 2)) {
                    char *abs = absolute_in(d, a + 2);
                    add_arg(&r->args, &na, sn_strdup_printf("-I%s", abs));
                    free(abs);
                } else {
                    add_arg(&r->args, &na, sn_strdup(a));
                }
            }
            clang_disposeString(s);
        }
        clang_disposeString(cdir);
        clang_disposeString(cfile);
    }
    clang_CompileCommands_dispose(all);
    clang_CompilationDatabase_dispose(cdb);
    free(json);
    free(dir);
    return 0;
}

void flags_db_free(flags_db *db)
{
    for (size_t i = 0; i < db->count; i++) {
        free(db->items[i].file);
        for (char **a = db->items[i].args; a && *a; a++) free(*a);
        free(db->items[i].args);
    }
    free(db->items);
}

/* The flags for `real` (a real path): its own command; for a header, that
 * of the .c file of the same name in its folder, else of any .c file there
 * (a header is compiled as part of those); else NULL. */
const flags_rec *flags_for(const flags_db *db, const char *real)
{
    for (size_t i = 0; i < db->count; i++)
        if (strcmp(db->items[i].file, real) == 0) return &db->items[i];
    size_t len = strlen(real);
    if (len < 2 || strcmp(real + len - 2, ".h") != 0) return NULL;
    char *twin = sn_strdup(real);
    twin[len - 1] = 'c';
    const flags_rec *found = NULL;
    for (size_t i = 0; i < db->count && !found; i++)
        if (strcmp(db->items[i].file, twin) == 0) found = &db->items[i];
    free(twin);
    char *dir = sn_dirname(real);
    for (size_t i = 0; i < db->count && !found; i++) {
        char *d = sn_dirname(db->items[i].file);
        if (strcmp(d, dir) == 0) found = &db->items[i];
        free(d);
    }
    free(dir);
    return found;
}

/* ---- the files it read ------------------------------------------------- */

/* The files of the site the main file read (not the system's), with their
 * bytes: a cached answer holds only while they are the same. */
void note_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
    deps_ctx *d = data;
    if (depth == 0 || clang_Location_isInSystemHeader(stack[0])) return;
    CXString name = clang_getFileName(f);
    const char *path = clang_getCString(name);
    size_t size = 0;
    const char *text = clang_getFileContents(d->tu, f, &size);
    if (path && text && strncmp(path, "/usr/", 5) != 0) {
        char *real = realpath(path, NULL);
        sn_buf_printf(d->deps, "%s\t%zu\n", real ? real : path, size);
        sn_buf_add(d->deps, text, size);
        sn_buf_putc(d->deps, '\n');
        free(real);
    }
    clang_disposeString(name);
}

/* A cached value is the dependencies (path TAB size NL bytes NL, each),
 * a line "--", then the records. NULL when a dependency changed. */
char *still_valid(const char *value, size_t len)
{
    const char *s = value, *end = value + len;
    while (s < end && !(end - s >= 3 && memcmp(s, "--\n", 3) == 0)) {
        const char *tab = memchr(s, '\t', (size_t)(end - s));
        if (!tab) return NULL;
        char *path = sn_strndup(s, (size_t)(tab - s));
        size_t size = strtoull(tab + 1, NULL, 10);
        const char *nl = memchr(tab, '\n', (size_t)(end - tab));
        if (!nl || (size_t)(end - nl - 1) < size + 1) {
            free(path);
            return NULL;
        }
        char *now = NULL;
        size_t now_len = 0;
        int same = sn_read_file(path, &now, &now_len) == 0 && now_len == size &&
                   memcmp(now, nl + 1, size) == 0;
        free(now);
        free(path);
        if (!same) return NULL;
        s = nl + 1 + size + 1;
    }
    if (s >= end) return NULL;
    return sn_strndup(s + 3, (size_t)(end - s - 3));
}
