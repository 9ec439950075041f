/* xref_inputs.h — what a file's resolution depends on besides its own
 * bytes: the flags it is compiled with (compile_commands.json) and the files
 * of the site it read. Private to xref.c and xref_inputs.c. */
#ifndef SN_XREF_INPUTS_H
#define SN_XREF_INPUTS_H

#include "buf.h"

#include <clang-c/Index.h>
#include <stddef.h>

/* The flags of one file from compile_commands.json: only those that change
 * what a name means (include paths, macros, the standard); the rest (-o,
 * dependency files, warnings, gcc's own options) would at best be ignored
 * and at worst stop clang. Relative include paths are made absolute. */
typedef struct {
    char *file;  /* real path */
    char **args; /* NULL-terminated */
} flags_rec;

typedef struct {
    flags_rec *items;
    size_t count;
} flags_db;

/* Reads the compile commands in `where` (compile_commands.json or its
 * folder) into *db; -1 and *err if it cannot. */
int load_flags(const char *where, flags_db *db, char **err);
void flags_db_free(flags_db *db);

/* Appends `a` to the NULL-terminated list *args of *n. */
void add_arg(char ***args, size_t *n, char *a);

/* The flags for `real` (a real path): its own command; for a header, that
 * of the .c file of the same name in its folder, else of any .c file there
 * (a header is compiled as part of those); else NULL. */
const flags_rec *flags_for(const flags_db *db, const char *real);

typedef struct {
    sn_buf *deps;
    CXTranslationUnit tu;
} deps_ctx;

/* The files of the site the main file read (not the system's), with their
 * bytes: a cached answer holds only while they are the same. */
void note_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data);

/* A cached value is the dependencies (path TAB size NL bytes NL, each),
 * a line "--", then the records. NULL when a dependency changed. */
char *still_valid(const char *value, size_t len);

#endif
