/*
---
title: Reading IDX files with zlib
summary: A strict reader for the gzip'd IDX files of Fashion-MNIST: every size is checked before it is trusted.
---

# Reading IDX files

An IDX file is a header and a block of values:

| bytes | meaning |
| --- | --- |
| 0, 1 | zero |
| 2 | type of the values; `0x08` is unsigned byte |
| 3 | number of dimensions $d$ |
| $4 \ldots 4 + 4d - 1$ | the $d$ sizes, big-endian `uint32` |
| then | $\prod_i \text{size}_i$ values, row-major |

A training-images file has $d = 3$ and sizes $60000 \times 28 \times 28$;
a labels file has $d = 1$.

We read through zlib's `gzread`, which inflates gzip'd files and passes plain
files through unchanged. The reader trusts nothing: the sizes must multiply
without overflow, the data must be exactly as long as they say, and the gzip
trailer's CRC must match. Any failure gives a message that starts with the
file name.
*/
#include "idx.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* Writes "path: message" into `error`. */
static void fail(char error[IDX_ERROR_SIZE], const char *path, const char *fmt, ...)
{
    int n = snprintf(error, IDX_ERROR_SIZE, "%s: ", path);
    if (n < 0 || n >= IDX_ERROR_SIZE)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error + n, IDX_ERROR_SIZE - (size_t)n, fmt, ap);
    va_end(ap);
}

/*
## Reading exactly $n$ bytes

`gzread` may return fewer bytes than asked for: at the end of the stream, or on
an error. `gzerror` tells them apart. A gzip stream cut short is reported by
zlib as `Z_BUF_ERROR` ("unexpected end of file"), a plain file cut short as a
short read with no error: both are "truncated". Anything else is damage that
zlib found (a bad CRC, invalid compressed data) and we pass its words on.

`gzread` takes an `unsigned` length, so large blocks go in slices of 1 GiB.
*/
static void gz_failure(gzFile f, const char *what, const char *path,
                       char error[IDX_ERROR_SIZE])
{
    int code;
    const char *msg = gzerror(f, &code);
    size_t len = strlen(path); /* zlib's message repeats the path: drop it */
    if (strncmp(msg, path, len) == 0 && strncmp(msg + len, ": ", 2) == 0)
        msg += len + 2;
    if (code == Z_OK || code == Z_STREAM_END || code == Z_BUF_ERROR)
        fail(error, path, "truncated: the file ends inside the %s", what);
    else if (code == Z_ERRNO)
        fail(error, path, "read error in the %s (%s)", what, strerror(errno));
    else
        fail(error, path, "corrupt compressed data while reading the %s (%s)", what,
             msg);
}

static int read_exact(gzFile f, void *buf, size_t n, const char *what, const char *path,
                      char error[IDX_ERROR_SIZE])
{
    unsigned char *p = buf;
    while (n > 0) {
        unsigned chunk = n > (1u << 30) ? (1u << 30) : (unsigned)n;
        int got = gzread(f, p, chunk);
        if (got <= 0) {
            gz_failure(f, what, path, error);
            return -1;
        }
        p += got;
        n -= (size_t)got;
    }
    return 0;
}

/*
## The header

The magic number's first two bytes are zero; the third is the type. We accept
only unsigned bytes, the type of every MNIST-family file, and say so when we
see another. Sizes are big-endian: the first byte is the most significant.

The element count is the product of the sizes; we check each multiplication
against `SIZE_MAX` so that a corrupt header cannot make us allocate a wrapped,
too-small buffer. A zero size is refused too: no real data set is empty, and a
zero here means a damaged header.
*/
static int read_header(gzFile f, idx_array *out, const char *path,
                       char error[IDX_ERROR_SIZE])
{
    unsigned char magic[4];
    if (read_exact(f, magic, 4, "magic number", path, error) != 0)
        return -1;
    if (magic[0] != 0 || magic[1] != 0) {
        fail(error, path, "bad magic number %02x %02x %02x %02x (not an IDX file)",
             magic[0], magic[1], magic[2], magic[3]);
        return -1;
    }
    if (magic[2] != 0x08) {
        fail(error, path,
             "value type 0x%02x is not supported (expected 0x08, unsigned byte)",
             magic[2]);
        return -1;
    }
    if (magic[3] < 1 || magic[3] > IDX_MAX_DIMS) {
        fail(error, path, "%d dimensions; expected 1 to %d", magic[3], IDX_MAX_DIMS);
        return -1;
    }
    out->ndims = magic[3];
    out->count = 1;
    for (int i = 0; i < out->ndims; i++) {
        unsigned char b[4];
        if (read_exact(f, b, 4, "header", path, error) != 0)
            return -1;
        uint32_t size =
            (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
        if (size == 0) {
            fail(error, path, "dimension %d has size 0", i);
            return -1;
        }
        if (out->count > SIZE_MAX / size) {
            fail(error, path, "sizes overflow (dimension %d is %u)", i, (unsigned)size);
            return -1;
        }
        out->dims[i] = size;
        out->count *= size;
    }
    return 0;
}

/*
## The whole file

After the values, one more read must find the end of the stream. That read
also makes zlib check the gzip trailer (CRC-32 and length), so a file whose
compressed bytes were damaged is caught even when it inflates to the right
size. Extra bytes after the data mean the header's sizes are wrong.
*/
int idx_read(const char *path, idx_array *out, char error[IDX_ERROR_SIZE])
{
    memset(out, 0, sizeof *out);
    error[0] = '\0';
    gzFile f = gzopen(path, "rb");
    if (f == NULL) {
        fail(error, path, "cannot open (%s)",
             errno ? strerror(errno) : "out of memory");
        return -1;
    }
    idx_array a = {0};
    if (read_header(f, &a, path, error) != 0)
        goto fail_close;
    a.data = malloc(a.count);
    if (a.data == NULL) {
        fail(error, path, "out of memory for %zu bytes", a.count);
        goto fail_close;
    }
    if (read_exact(f, a.data, a.count, "data", path, error) != 0)
        goto fail_close;
    unsigned char extra;
    int got = gzread(f, &extra, 1);
    if (got < 0) {
        gz_failure(f, "gzip trailer", path, error);
        goto fail_close;
    }
    if (got > 0) {
        fail(error, path, "extra bytes after the %zu values the header announces",
             a.count);
        goto fail_close;
    }
    /* gzclose reports a gzip trailer cut short, which the reads above may not. */
    int closed = gzclose(f);
    if (closed != Z_OK) {
        if (closed == Z_BUF_ERROR)
            fail(error, path, "truncated: the file ends inside the gzip trailer");
        else
            fail(error, path, "error while closing (zlib code %d)", closed);
        free(a.data);
        return -1;
    }
    *out = a;
    return 0;

fail_close:
    free(a.data);
    gzclose(f);
    return -1;
}

void idx_free(idx_array *array)
{
    free(array->data);
    memset(array, 0, sizeof *array);
}
