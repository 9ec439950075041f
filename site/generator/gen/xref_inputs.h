/* xref_inputs.h — what a file's resolution depends on besides its own
 * bytes: the flags it is compiled with (compile_commands.json, read with
 * Jansson: no libclang needed to know a file's cache key) and the files of
 * the site it read (recorded by the parser, xref_parser.c). Private to
 * xref.c, xref_pch.c and xref_inputs.c. */
#ifndef SN_XREF_INPUTS_H
#define SN_XREF_INPUTS_H

#include "buf.h"

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

/* What is parsed and cached of a C file: its text with every comment's
 * characters made spaces (every byte keeps its offset: clang's names of
 * macros hold their offset in the file, which must be the same in this
 * file's records and in those of the files that include it) and the blank
 * end of the file cut. An edit of the notes that moves no byte of code (a
 * comment added after the code, a word changed for another as long)
 * leaves it as it was, and the cache answers. Malloc'd, in *len. */
char *code_of(const char *text, size_t len, size_t *out_len);

/* A cached value is the dependencies (path TAB size NL bytes NL, each),
 * a line "--", then the records. NULL when a dependency changed. */
char *still_valid(const char *value, size_t len);

#endif
