// Benchmark of the normalization kernels against the machine's memory bandwidth.
//
//   bench_normalization            the whole table, 1 and 2 threads
//   bench_normalization --row K --threads T
//                                  one row only; prints "seconds <best time>"
//                                  (used by bench_pytorch.py)
//
// Bandwidth is measured in the same run with STREAM's copy (a = b) and triad
// (a = b + s c) loops over arrays of 32 Mi floats (128 MiB each, 4 times the
// 32 MiB L3). The machine is shared and its load changes within seconds, so
// each row measures STREAM again, alternating STREAM and kernel runs, and
// divides by the bandwidth of the same moment. Bytes are counted STREAM's way: each array read or written once,
// no write-allocate traffic. A kernel's effective GB/s counts the bytes it must
// move at least, the same way: forward passes read x and write y (8 bytes per
// value, like copy), backward passes read x and dy and write dx (12 bytes,
// like triad); the per-row or per-channel vectors are counted too. The
// fraction is of copy for forward passes and of triad for backward passes.
// Each time is the best of several repetitions after one warm-up run.
#define _POSIX_C_SOURCE 200809L  // posix_memalign, clock_gettime

#include "batch_norm.h"
#include "layer_norm.h"

#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static float *make(size_t n, uint32_t seed)
{
    float *p = NULL;
    if (posix_memalign((void **)&p, 64, n * sizeof(float)) != 0) {
        fprintf(stderr, "bench: out of memory for %zu floats\n", n);
        exit(2);
    }
    // Filled in parallel, so that each thread's pages are its own first touch.
#pragma omp parallel for schedule(static)
    for (size_t i = 0; i < n; i++) {
        uint32_t h = (uint32_t)i * 2654435761u ^ seed;
        h ^= h >> 15;
        p[i] = 0.5f + (float)(h % 1000u) * 1e-3f;
    }
    return p;
}

// ---------------------------------------------------------------- STREAM

#define STREAM_N (32u << 20)

typedef struct stream {
    float *a, *b, *c;
} stream;

static double stream_copy(stream *s)
{
    double t = now();
#pragma omp parallel for schedule(static)
    for (size_t i = 0; i < STREAM_N; i++) s->a[i] = s->b[i];
    return now() - t;
}

static double stream_triad(stream *s)
{
    double t = now();
#pragma omp parallel for schedule(static)
    for (size_t i = 0; i < STREAM_N; i++) s->a[i] = s->b[i] + 3.0f * s->c[i];
    return now() - t;
}

// ---------------------------------------------------------------- kernels

enum kind { LN_FWD, LN_BWD, BN_TRAIN_FWD, BN_TRAIN_BWD, BN_EVAL_FWD };

typedef struct row {
    enum kind kind;
    const char *name;
    size_t a, b, c, d;  // LN: rows, D; BN: N, C, H, W
    double target;      // fraction of STREAM the issue asks for (1 thread), 0 for none
} row;

static const row rows[] = {
    {LN_FWD, "LN forward", 4096, 768, 0, 0, 0.8},
    {LN_FWD, "LN forward", 65536, 1024, 0, 0, 0.8},
    {LN_BWD, "LN backward", 4096, 768, 0, 0, 0.8},
    {LN_BWD, "LN backward", 65536, 1024, 0, 0, 0.8},
    {BN_TRAIN_FWD, "BN train forward", 32, 64, 56, 56, 0.6},
    {BN_TRAIN_FWD, "BN train forward", 128, 64, 56, 56, 0.6},
    {BN_TRAIN_BWD, "BN train backward", 32, 64, 56, 56, 0.7},
    {BN_TRAIN_BWD, "BN train backward", 128, 64, 56, 56, 0.7},
    {BN_EVAL_FWD, "BN eval forward", 32, 64, 56, 56, 0.9},
    {BN_EVAL_FWD, "BN eval forward", 128, 64, 56, 56, 0.9},
    // (N, C) after a dense layer (S = 1): no target in the issue (0 = none).
    {BN_TRAIN_FWD, "BN train forward", 4096, 256, 1, 1, 0.0},
    {BN_TRAIN_BWD, "BN train backward", 4096, 256, 1, 1, 0.0},
    {BN_EVAL_FWD, "BN eval forward", 4096, 256, 1, 1, 0.0},
};
#define NROWS (sizeof rows / sizeof *rows)

typedef struct buffers {
    float *x, *y, *dy, *dx, *gain, *bias, *mean, *rstd, *dgain, *dbias, *rm, *rv;
} buffers;

static size_t values(const row *r)
{
    return r->kind <= LN_BWD ? r->a * r->b : r->a * r->b * r->c * r->d;
}

static size_t channels(const row *r) { return r->kind <= LN_BWD ? r->b : r->b; }
static size_t stats(const row *r) { return r->kind <= LN_BWD ? r->a : r->b; }

// The least number of bytes a kernel must move.
static double bytes(const row *r)
{
    double n = (double)values(r), v = (double)channels(r), s = (double)stats(r);
    switch (r->kind) {
    case LN_FWD: return 4 * (2 * n + 2 * v + 2 * s);        // x, y; gain, bias; mean, rstd
    case LN_BWD: return 4 * (3 * n + 3 * v + 2 * s);        // x, dy, dx; gain, dgain, dbias; mean, rstd
    case BN_TRAIN_FWD: return 4 * (2 * n + 6 * v);          // x, y; gain, bias, mean, rstd, running x2
    case BN_TRAIN_BWD: return 4 * (3 * n + 5 * v);          // x, dy, dx; gain, mean, rstd, dgain, dbias
    case BN_EVAL_FWD: return 4 * (2 * n + 4 * v);           // x, y; gain, bias, running x2
    }
    return 0;
}

static void run(const row *r, buffers *B, batch_norm_state *st)
{
    int rc = 0;
    size_t S = r->c * r->d;
    switch (r->kind) {
    case LN_FWD:
        rc = layer_norm_forward(B->y, B->mean, B->rstd, B->x, B->gain, B->bias, r->a, r->b, 1e-5f, NULL);
        break;
    case LN_BWD:
        rc = layer_norm_backward(B->dx, B->dgain, B->dbias, B->dy, B->x, B->mean, B->rstd, B->gain, r->a, r->b,
                                 NULL);
        break;
    case BN_TRAIN_FWD:
        rc = batch_norm_forward(st, B->y, B->mean, B->rstd, B->x, B->gain, B->bias, r->a, S, true, NULL);
        break;
    case BN_TRAIN_BWD:
        rc = batch_norm_backward(st, B->dx, B->dgain, B->dbias, B->dy, B->x, B->mean, B->rstd, B->gain, r->a, S,
                                 true, NULL);
        break;
    case BN_EVAL_FWD:
        rc = batch_norm_forward(st, B->y, NULL, NULL, B->x, B->gain, B->bias, r->a, S, false, NULL);
        break;
    }
    if (rc != 0) {
        fprintf(stderr, "bench: %s failed with status %d\n", r->name, rc);
        exit(1);
    }
}

// Best time of at least `reps` runs, repeated until they total 0.3 s or
// reach 50, after one warm-up.
// With a STREAM buffer set `s`, each run of the kernel is followed by one of
// copy and one of triad, and their best times are returned too.
static double best_time(const row *r, buffers *B, batch_norm_state *st, int reps, stream *s,
                        double *copy_best, double *triad_best)
{
    run(r, B, st);
    double best = 1e30, total = 0.0;
    if (s) *copy_best = *triad_best = 1e30;
    for (int k = 0; k < reps || (total < 0.3 && k < 50); k++) {
        double t = now();
        run(r, B, st);
        t = now() - t;
        total += t;
        if (t < best) best = t;
        if (s) {
            double c = stream_copy(s), tr = stream_triad(s);
            if (c < *copy_best) *copy_best = c;
            if (tr < *triad_best) *triad_best = tr;
        }
    }
    return best;
}

static buffers alloc_buffers(const row *r, batch_norm_state *st)
{
    size_t n = values(r), v = channels(r), s = stats(r);
    buffers B = {
        make(n, 1), make(n, 2), make(n, 3), make(n, 4), make(v, 5), make(v, 6),
        make(s, 7), make(s, 8), make(v, 9), make(v, 10), make(v, 11), make(v, 12),
    };
    if (r->kind >= BN_TRAIN_FWD) {
        batch_norm_state_init(st, v, B.rm, B.rv, NULL);
        // mean and rstd as the backward pass would get them
        batch_norm_forward(st, B.y, B.mean, B.rstd, B.x, B.gain, B.bias, r->a, r->c * r->d, true, NULL);
    } else {
        layer_norm_forward(B.y, B.mean, B.rstd, B.x, B.gain, B.bias, r->a, r->b, 1e-5f, NULL);
    }
    return B;
}

static void free_buffers(buffers *B)
{
    float **p = (float **)B;
    for (size_t i = 0; i < sizeof *B / sizeof(float *); i++) free(p[i]);
}

static void shape(char *out, size_t len, const row *r)
{
    if (r->kind <= LN_BWD || (r->c == 1 && r->d == 1)) snprintf(out, len, "(%zu, %zu)", r->a, r->b);
    else snprintf(out, len, "(%zu, %zu, %zu, %zu)", r->a, r->b, r->c, r->d);
}

int main(int argc, char **argv)
{
    int only = -1, only_threads = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--row") == 0 && i + 1 < argc) only = atoi(argv[++i]);
        else if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) only_threads = atoi(argv[++i]);
        else if (strcmp(argv[i], "--list") == 0) {
            for (size_t k = 0; k < NROWS; k++) {
                char sh[64];
                shape(sh, sizeof sh, &rows[k]);
                printf("%zu\t%s\t%s\n", k, rows[k].name, sh);
            }
            return 0;
        } else {
            fprintf(stderr, "usage: %s [--list] [--row K --threads T]\n", argv[0]);
            return 2;
        }
    }
    if (only >= 0) {
        if ((size_t)only >= NROWS || only_threads < 1) {
            fprintf(stderr, "bench: --row must be below %zu and --threads at least 1\n", NROWS);
            return 2;
        }
        omp_set_num_threads(only_threads);
        batch_norm_state st;
        buffers B = alloc_buffers(&rows[only], &st);
        printf("seconds %.9f\n", best_time(&rows[only], &B, &st, 5, NULL, NULL, NULL));
        free_buffers(&B);
        return 0;
    }

    stream s = {make(STREAM_N, 21), make(STREAM_N, 22), make(STREAM_N, 23)};
    // Every cell that changes from run to run is a number (or a dash), so that
    // a new run of the table gives the translators no new text.
    printf("| kernel | shape | threads | time (ms) | GB/s | STREAM copy GB/s | STREAM triad GB/s | fraction "
           "| of | target (1 thread) | met |\n");
    printf("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (size_t k = 0; k < NROWS; k++) {
        const row *r = &rows[k];
        batch_norm_state st;
        buffers B = alloc_buffers(r, &st);
        for (int threads = 1; threads <= 2; threads++) {
            omp_set_num_threads(threads);
            double tc, tt;
            double t = best_time(r, &B, &st, 5, &s, &tc, &tt);
            double copy = 4.0 * 2 * STREAM_N / tc * 1e-9, triad = 4.0 * 3 * STREAM_N / tt * 1e-9;
            double gbs = bytes(r) / t * 1e-9;
            int backward = r->kind == LN_BWD || r->kind == BN_TRAIN_BWD;
            double frac = gbs / (backward ? triad : copy);
            char sh[64];
            shape(sh, sizeof sh, r);
            char target[16] = "–";
            if (r->target > 0) snprintf(target, sizeof target, "%.1f", r->target);
            const char *met = r->target > 0 && threads == 1 ? (frac >= r->target ? "yes" : "no") : "–";
            printf("| %s | %s | %d | %.2f | %.1f | %.1f | %.1f | %.3f | %s | %s | %s |\n", r->name, sh, threads,
                   t * 1e3, gbs, copy, triad, frac, backward ? "triad" : "copy", target, met);
            fflush(stdout);
        }
        free_buffers(&B);
    }
    free(s.a); free(s.b); free(s.c);
    return 0;
}
