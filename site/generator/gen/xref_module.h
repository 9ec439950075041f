/* xref_module.h — finding and loading the libclang module
 * (xref_parser.h), and libclang's version without loading it. Private to
 * xref.c and stamp.c.
 *
 * The module is looked for, in order: at `$SIDENOTES_CLANG_MODULE`; beside
 * the program (the build tree); where `meson install` puts it, relative to
 * the program (so that a --destdir or a moved installation finds its own);
 * at the installed path. It is loaded once per process and never unloaded:
 * `sidenotes serve` parses again at the next edit without loading LLVM
 * again. */
#ifndef SN_XREF_MODULE_H
#define SN_XREF_MODULE_H

#include "cache.h"
#include "xref_parser.h"

/* The cache's name for libclang's stamp (cache.h, sn_tool_stamp). */
#define SN_XREF_TOOL "libclang"

/* The path the module would be loaded from (the first candidate that
 * exists, else the installed path). Malloc'd. */
char *sn_xref_module_path(void);

/* Loads the module (once); its table, or NULL and a malloc'd *err saying
 * why (not found, not loadable, another ABI). */
const sn_xref_parser *sn_xref_module_load(char **err);

/* libclang's version for the cache's key: from the stamp the cache keeps
 * (the file libclang was loaded from, its size and time, the version
 * read from it) while that file is unchanged, without loading anything;
 * else from the loaded module, and the stamp is recorded. NULL and *err
 * when only the module could tell and it cannot be loaded. Malloc'd. */
char *sn_xref_clang_version(sn_cache *cache, char **err);

#endif
