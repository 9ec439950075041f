/*
---
title: IDX reader interface
summary: Load an IDX file of unsigned bytes, gzip'd or plain, with an error that names the file.
---

# IDX reader interface

[MNIST](http://yann.lecun.com/exdb/mnist/) and Fashion-MNIST ship in the IDX
format: a 4-byte magic number, one big-endian 32-bit size per dimension, then
the values in row-major order. Debian's `dataset-fashion-mnist` package stores
the four files gzip'd; zlib reads both gzip'd and plain files, so the reader
accepts either.
*/
#ifndef IDX_H
#define IDX_H

#include <stddef.h>
#include <stdint.h>

/* Room for an error message; it always starts with the file name. */
#define IDX_ERROR_SIZE 512
/* IDX allows up to 255 dimensions; image and label files use 3 and 1. */
#define IDX_MAX_DIMS 4

/*
An array of unsigned bytes read from an IDX file. `dims[0]` is the number of
items (images or labels); `count` is the product of all dimensions, the length
of `data`.
*/
typedef struct {
    int ndims;
    uint32_t dims[IDX_MAX_DIMS];
    size_t count;
    uint8_t *data;
} idx_array;

/*
Reads `path` into `out`. Returns 0, or -1 with a message in `error` when the
file is missing, truncated, not gzip-valid, has a bad magic number, a type
other than unsigned byte, or more or fewer bytes than its header says.
On error `out` is left empty (nothing to free).
*/
int idx_read(const char *path, idx_array *out, char error[IDX_ERROR_SIZE]);

/* Frees the data of `array` and empties it. Safe on an empty array. */
void idx_free(idx_array *array);

#endif
