// The IDX reader and the data set loader on good, truncated and corrupt files.
//
// Every file is made here, in a fresh temporary directory, with zlib: a good
// gzip'd file and a good plain one, then copies damaged in one way each. A
// damaged file must be refused with a message that names the file and says
// what is wrong, and must leave nothing to free.
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "check.h"
#include "dataset.h"
#include "idx.h"

static char dir[256];


static const char *path_of(const char *name)
{
    static char buf[8][512];
    static int next = 0;
    char *p = buf[next++ % 8];
    snprintf(p, 512, "%s/%s", dir, name);
    return p;
}

// An IDX image of `count` items of rows x cols bytes (or labels when rows == 0).
static size_t make_idx(unsigned char *out, unsigned count, unsigned rows, unsigned cols)
{
    size_t n = 0;
    int ndims = rows ? 3 : 1;
    out[n++] = 0;
    out[n++] = 0;
    out[n++] = 0x08;
    out[n++] = (unsigned char)ndims;
    unsigned dims[3] = {count, rows, cols};
    for (int i = 0; i < ndims; i++)
        for (int b = 3; b >= 0; b--)
            out[n++] = (unsigned char)(dims[i] >> (8 * b));
    size_t values = (size_t)count * (rows ? rows * cols : 1);
    for (size_t i = 0; i < values; i++)
        out[n++] = rows ? (unsigned char)(i * 7 % 256) : (unsigned char)(i % 10);
    return n;
}

static void write_plain(const char *path, const unsigned char *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL || fwrite(data, 1, n, f) != n || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
}

static void write_gz(const char *path, const unsigned char *data, size_t n)
{
    gzFile f = gzopen(path, "wb");
    if (f == NULL || gzwrite(f, data, (unsigned)n) != (int)n || gzclose(f) != Z_OK) {
        fprintf(stderr, "%s: cannot write\n", path);
        exit(1);
    }
}

static unsigned char *read_all(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf = malloc(1 << 20);
    *n = fread(buf, 1, 1 << 20, f);
    fclose(f);
    return buf;
}

// The reader must fail, name the file, and say `expected`.
static void expect_error(const char *name, const char *expected)
{
    idx_array a;
    char error[IDX_ERROR_SIZE];
    const char *path = path_of(name);
    int status = idx_read(path, &a, error);
    CHECK(status == -1, "%s: accepted, expected an error containing '%s'", name, expected);
    CHECK(strstr(error, path) == error, "%s: message does not start with the path: %s", name,
          error);
    CHECK(strstr(error, expected) != NULL, "%s: message '%s' lacks '%s'", name, error, expected);
    CHECK(a.data == NULL && a.count == 0, "%s: output not left empty", name);
    printf("  %-22s -> %s\n", name, error);
    if (status == 0)
        idx_free(&a);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/test_idx.XXXXXX");
    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    static unsigned char good[1 << 16], buf[1 << 16];
    size_t n = make_idx(good, 20, 5, 7); // 16-byte header + 700 values

    // Good files, gzip'd and plain, read the same.
    write_gz(path_of("good.gz"), good, n);
    write_plain(path_of("good.idx"), good, n);
    const char *goods[] = {"good.gz", "good.idx"};
    for (int g = 0; g < 2; g++) {
        idx_array a;
        char error[IDX_ERROR_SIZE];
        int status = idx_read(path_of(goods[g]), &a, error);
        CHECK(status == 0, "%s: %s", goods[g], error);
        if (status != 0)
            continue;
        CHECK(a.ndims == 3 && a.dims[0] == 20 && a.dims[1] == 5 && a.dims[2] == 7 && a.count == 700,
              "%s: wrong shape %d: %u %u %u", goods[g], a.ndims, a.dims[0], a.dims[1], a.dims[2]);
        CHECK(memcmp(a.data, good + 16, 700) == 0, "%s: wrong values", goods[g]);
        idx_free(&a);
        CHECK(a.data == NULL && a.count == 0, "idx_free must empty the array");
    }

    // Missing.
    expect_error("missing.gz", "cannot open");

    // Truncated: plain and gzip'd, inside the header and inside the data.
    write_plain(path_of("short-header.idx"), good, 10);
    expect_error("short-header.idx", "truncated");
    write_plain(path_of("short-data.idx"), good, n - 1);
    expect_error("short-data.idx", "truncated");
    write_plain(path_of("empty.idx"), good, 0);
    expect_error("empty.idx", "truncated");
    size_t gzn;
    unsigned char *gz = read_all(path_of("good.gz"), &gzn);
    write_plain(path_of("cut.gz"), gz, gzn / 2);
    expect_error("cut.gz", "truncated");
    write_plain(path_of("no-trailer.gz"), gz, gzn - 4);
    expect_error("no-trailer.gz", "truncated");

    // Corrupt compressed data: a flipped bit in the CRC, and in the deflate stream.
    memcpy(buf, gz, gzn);
    buf[gzn - 6] ^= 0x10;
    write_plain(path_of("bad-crc.gz"), buf, gzn);
    expect_error("bad-crc.gz", "corrupt");
    memcpy(buf, gz, gzn);
    buf[10] ^= 0xff;
    write_plain(path_of("bad-deflate.gz"), buf, gzn);
    expect_error("bad-deflate.gz", "corrupt");

    // Corrupt headers.
    memcpy(buf, good, n);
    buf[0] = 0x1f;
    write_gz(path_of("bad-magic.gz"), buf, n);
    expect_error("bad-magic.gz", "bad magic number");
    memcpy(buf, good, n);
    buf[2] = 0x0d; // float32
    write_gz(path_of("float-type.gz"), buf, n);
    expect_error("float-type.gz", "not supported");
    memcpy(buf, good, n);
    buf[3] = 0;
    write_gz(path_of("zero-dims.gz"), buf, n);
    expect_error("zero-dims.gz", "dimensions");
    memcpy(buf, good, n);
    buf[7] = 21; // 21 items announced, 20 present
    write_gz(path_of("count-too-big.gz"), buf, n);
    expect_error("count-too-big.gz", "truncated");
    memcpy(buf, good, n);
    buf[7] = 19; // 19 items announced, 20 present
    write_gz(path_of("count-too-small.gz"), buf, n);
    expect_error("count-too-small.gz", "extra bytes");
    memcpy(buf, good, n);
    memset(buf + 4, 0xff, 12); // sizes whose product overflows 64 bits
    write_gz(path_of("overflow.gz"), buf, n);
    expect_error("overflow.gz", "overflow");
    memcpy(buf, good, n);
    memset(buf + 8, 0, 4);
    write_gz(path_of("zero-size.gz"), buf, n);
    expect_error("zero-size.gz", "size 0");

    // The data set: images and labels must agree.
    unsigned char labels[64];
    size_t ln = make_idx(labels, 20, 0, 0);
    write_gz(path_of("labels.gz"), labels, ln);
    dataset d;
    char error[IDX_ERROR_SIZE];
    CHECK(dataset_load(&d, path_of("good.gz"), path_of("labels.gz"), 0, error) == 0, "%s", error);
    CHECK(d.count == 20 && d.rows == 5 && d.cols == 7, "data set shape");
    CHECK(fabsf(d.images[1] - 7.0f / 255.0f) < 1e-7f && d.labels[13] == 3, "data set values");
    dataset_free(&d);
    CHECK(dataset_load(&d, path_of("good.gz"), path_of("labels.gz"), 5, error) == 0 && d.count == 5,
          "limit keeps the first examples");
    dataset_free(&d);

    size_t ln19 = make_idx(labels, 19, 0, 0);
    write_gz(path_of("labels19.gz"), labels, ln19);
    CHECK(dataset_load(&d, path_of("good.gz"), path_of("labels19.gz"), 0, error) == -1 &&
              strstr(error, "19 labels") && strstr(error, path_of("labels19.gz")),
          "count mismatch: %s", error);
    printf("  %-22s -> %s\n", "labels19.gz", error);
    make_idx(labels, 20, 0, 0);
    labels[8 + 4] = 10;
    write_gz(path_of("label10.gz"), labels, ln);
    CHECK(dataset_load(&d, path_of("good.gz"), path_of("label10.gz"), 0, error) == -1 &&
              strstr(error, "not a class") && strstr(error, path_of("label10.gz")),
          "label out of range: %s", error);
    printf("  %-22s -> %s\n", "label10.gz", error);
    CHECK(dataset_load(&d, path_of("labels.gz"), path_of("labels.gz"), 0, error) == -1 &&
              strstr(error, "expected 3 dimensions"),
          "labels as images: %s", error);
    CHECK(dataset_load(&d, path_of("good.gz"), path_of("cut.gz"), 0, error) == -1 &&
              strstr(error, path_of("cut.gz")),
          "a bad labels file is named: %s", error);

    free(gz);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "warning: could not remove %s\n", dir);
    if (failures) {
        fprintf(stderr, "%d failure(s)\n", failures);
        return 1;
    }
    printf("all IDX checks passed\n");
    return 0;
}
