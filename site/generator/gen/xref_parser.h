/* xref_parser.h — the one part of the cross-references that needs
 * libclang: parsing a C file into records (xref.c says what they are).
 *
 * libclang drags libLLVM in, and loading the two costs 80-100 ms at every
 * start of the program, cache hit or not. So the parser is a module of its
 * own, sidenotes-clang.so (xref_parser.c, the only file linked with
 * libclang), which xref_module.c loads with dlopen() the first time a file
 * must really be parsed: a rebuild whose C files all come from the cache,
 * `--version` and every other command never map libclang. The module
 * exports one function, which hands out the table below. */
#ifndef SN_XREF_PARSER_H
#define SN_XREF_PARSER_H

#include "buf.h"

#include <stddef.h>

/* Bumped whenever the table changes: a module from another build of
 * sidenotes is refused rather than called wrongly. */
#define SN_XREF_PARSER_ABI 3
#define SN_XREF_PARSER_SYMBOL "sn_xref_parser_get"

typedef struct {
    int abi;
    /* libclang's version ("Debian clang version 14.0.6"): part of the
     * cache's key. Malloc'd. */
    char *(*version)(void);
    /* The file libclang was loaded from (a new one may resolve
     * differently): malloc'd, or NULL. */
    char *(*library)(void);
    /* An index per thread (libclang is safe with one each), and what the
     * thread's parses share (the real paths of the files they read). */
    void *(*index_new)(void);
    void (*index_free)(void *index);
    /* Parses `file` (real path; its bytes are `text`, `len`) with `args`;
     * returns its records, malloc'd; `shown` names it in messages. The
     * files of the site it read, with their bytes, are appended to *deps
     * (xref_inputs.h, still_valid). A file that does not parse gives one X
     * record. The headers `also` (real paths) are resolved in the same
     * parse: also_out[i] gets header i's records, as a parse of its own
     * would give them, when `file` includes it itself and nothing else
     * does (else NULL: it is parsed alone). */
    char *(*parse)(void *index, const char *file, const char *shown, const char *text, size_t len,
                   const char *const *args, int nargs, sn_buf *deps, const char *const *also,
                   int nalso, char **also_out);
    /* Writes to `out` a precompiled header (PCH) of the header `text`
     * (named `name`, which need not exist) parsed with `args`; returns the
     * real paths of the files it read, one a line, malloc'd; NULL when it
     * does not parse or cannot be written. xref.c passes it to the files
     * that share those system headers (-include-pch), so that each does
     * not parse them again. */
    char *(*precompile)(void *index, const char *name, const char *text, size_t len,
                        const char *const *args, int nargs, const char *out);
} sn_xref_parser;

typedef const sn_xref_parser *(*sn_xref_parser_get_fn)(void);

#endif
