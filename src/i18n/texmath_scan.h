/* texmath_scan.h — the scanner of texmath.h's rules (texmath_scan.c): one
 * pass over the Markdown that records each `$` or `$$` span; the math
 * finder (texmath_find.c) runs it until it agrees with cmark-gfm's blocks.
 * Private to the two, and to texmath.c (texmath_listed). */
#ifndef SN_TEXMATH_SCAN_H
#define SN_TEXMATH_SCAN_H

#include "eol.h"
#include "texmath.h"

#include <stddef.h>

/* A byte of the text and its 1-based line and column (characters). */
typedef struct {
    const char *s;
    size_t len;
    size_t at; /* position[line, col] is known for byte `at` */
    int line, col;
} position;

/* Moves the known position forward to byte `to` (never backward). */
void texmath_position_advance(position *p, size_t to);

/* Byte ranges [start, end), in order. */
typedef struct {
    size_t start, end;
} range;

typedef struct {
    range *items;
    size_t count, cap;
} ranges;
void texmath_ranges_add(ranges *r, size_t start, size_t end);

/* Is `at` in the sorted list of n? */
int texmath_listed(const size_t *list, size_t n, size_t at);

/* What the scan is told of the blocks (see texmath_scan.c). */
typedef struct {
    const size_t *not_open; /* sorted: backtick runs that open no code span */
    size_t nnot_open;
    const ranges *zones;    /* NULL: find fenced code by its fence lines */
    const size_t *not_math; /* sorted: dollars that open no math */
    size_t nnot_math;
    const ranges *prefixes; /* NULL, or in order: each line's block quote
                               markers, [line start, content start) */
    const size_t *quote_at; /* per prefix: where its innermost quote starts */
} layout;

/* The reserved placeholder characters anywhere: 0, or -1 and *err. */
int texmath_find_reserved(const char *s, size_t len, sn_error *err);

/* One pass of the scanner under `lay`: the spans into `out`, its code
 * spans into `code`, fenced code into `fences`. */
int texmath_scan(const char *s, size_t len, const layout *lay, sn_math_list *out, ranges *code,
                 ranges *fences);

#endif
