/* xref_model.h — what xref.c (resolving names with libclang) hands to
 * xref_html.c (links, tooltips, the index). Private to the generator's
 * cross-references (xref_parser.c for its constants, and the fuzz target
 * fuzz_xref.c, which builds the model by hand). */
#ifndef SN_XREF_MODEL_H
#define SN_XREF_MODEL_H

#include "xref.h"

/* Kinds of entities, in the order of sn_xref_labels.kind. */
enum { XK_FUNCTION, XK_MACRO, XK_TYPE, XK_MEMBER, XK_ENUM_CONSTANT, XK_GLOBAL, XK_PARAM,
       XK_LOCAL, XK_COUNT };

/* A place in the site: page and 1-based source line. */
typedef struct {
    size_t page;
    int line;
    size_t section; /* of the page, holding the line */
} xref_place;

typedef struct {
    char *usr;   /* clang's unified symbol resolution: the key */
    char *name;  /* as written; for a member "struct.member" in the index */
    char *qualified;
    char *sig;   /* the declaration shown in the tooltip */
    int kind;
    xref_place *defs;  /* definitions in the site (several: `main` of each program) */
    size_t ndefs;
    xref_place *decls; /* declarations that are not definitions (prototypes) */
    size_t ndecls;
    xref_place *uses;
    size_t nuses;
    size_t page_mark; /* 1 + the page whose tooltips name it (sn_xref_tooltips) */
    char *href[2];    /* on that page: where a use and where the definition link */
    char id[32];      /* in the pages: data-x, the tooltips' keys, the index's #x (xref_ids) */
} xref_entity;

/* An identifier in a file: where, what, and its role there. */
enum { XR_DEF = 'D', XR_DECL = 'd', XR_USE = 'r' };
typedef struct {
    int line, col, len; /* 1-based line, 1-based byte column, bytes */
    int role;
    size_t ent;
} xref_occ;

struct sn_xref {
    const sn_xref_page *pages;
    size_t npages;
    xref_entity *ents;
    size_t nents, ents_cap;
    size_t *table; /* open addressing on the USR: 1 + index, 0 empty */
    size_t table_cap;
    xref_occ **occ; /* per page, in order of line and column */
    size_t *nocc;
    size_t *by_name; /* the entities with a definition, sorted by name */
    size_t nby_name;
    size_t *on_page; /* the entities the current page named (for tooltips) */
    size_t non_page, on_page_cap;
    int ids_made; /* every entity has its id (xref_ids; a merge undoes it) */
    sn_xref_stats stats;
    unsigned char *resolved; /* per page: its names came from libclang (sn_xref_resolved) */
    struct xref_parsing *parsing; /* until sn_xref_finish (xref.c) */
};

/* The place entity e is linked to from page p: the definition nearest to
 * p (same page, else the longest common folder), else a declaration.
 * Returns 0 when it has neither. */
int xref_target(const sn_xref *x, const xref_entity *e, size_t p, xref_place *out);
/* Gives each entity its id, from what it is rather than from where it
 * came in the merge (xref_html.c): adding a name to one file changes
 * only the pages that use it. Does nothing when they have them. */
void xref_ids(sn_xref *x);
/* The section of page p holding each source line (xref_html.c). */
typedef struct {
    size_t *of; /* by 1-based line */
    int nlines;
    size_t after; /* for a line past the last section's code */
} xref_lines;
void xref_lines_build(const sn_xref *x, size_t p, xref_lines *t);
size_t xref_lines_section(const xref_lines *t, int line);
void xref_lines_free(xref_lines *t);

/* Merges the records of page p (xref.c's cache format) into the model,
 * as the stage does; the fuzz target (tests/fuzz/fuzz_xref.c) drives it. */
void xref_merge(sn_xref *x, size_t p, char *records, int warn);

#endif
