// The fast kernels (batch_norm.c, layer_norm.c) against the plain reference
// implementations (batch_norm_plain.c, layer_norm_plain.c) on many shapes,
// with 1 and 2 threads: every output of forward, running statistics and
// backward.
//
// The shapes cross every path of the fast kernels: S = 1 (the row-by-row
// (N, C) path, with fewer and more than 256 channels), runs and rows shorter
// than 16 lanes, not multiples of 16, longer than one 4096-float block, a
// single example, a single channel; data centred and with |mean| >> std.
// Modes: training with and without running statistics, three training steps
// then inference with the running statistics, affine on and off,
// momentum=None.
//
// Tolerance (compare.h: rtol * (|want| + rms) + atol): rtol = 1e-5, atol =
// 8 u kappa with kappa = max |mean| * rstd * |gain|, as in the PyTorch tests;
// for the mean and the running mean, atol = 8 u max|x|.
// The plain versions sum in double; the fast ones in float with 16 partial
// sums, shifted by a sample of the data, and merged in double, so for these
// sizes they differ by a few float roundings (~1e-7 relative). A kernel that
// drops a term, mixes up channels or mishandles a block edge is off by far
// more than 1e-5.
#include "batch_norm.h"
#include "batch_norm_plain.h"
#include "compare.h"
#include "layer_norm.h"
#include "layer_norm_plain.h"

#include <math.h>
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RTOL 1e-5

// Knuth's MMIX linear congruential generator; the top 53 bits, in [0, 1).
static uint64_t rng = 1;
static double uniform(void)
{
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return (double)(rng >> 11) / 9007199254740992.0;
}

static float *fill(size_t n, double offset, double spread)
{
    float *p = calloc(n ? n : 1, sizeof(float));
    if (!p) { perror("calloc"); exit(2); }
    for (size_t i = 0; i < n; i++) p[i] = (float)(offset + spread * (2.0 * uniform() - 1.0));
    return p;
}

static float *zeros(size_t n) { return fill(n, 0.0, 0.0); }

// The largest |x|: a mean or running mean carries a float rounding error of
// about u max|x|, whatever its own size (a mean near 0 of values near +-2).
static double max_abs(const float *x, size_t n)
{
    double m = 0.0;
    for (size_t i = 0; i < n; i++) m = fmax(m, fabs(x[i]));
    return m;
}

static double kappa(const float *mean, const float *rstd, size_t sets, const float *gain, size_t ngain)
{
    double g = gain ? 0.0 : 1.0, k = 0.0;
    for (size_t j = 0; gain && j < ngain; j++) g = fmax(g, fabs(gain[j]));
    for (size_t i = 0; i < sets; i++) k = fmax(k, fabs(mean[i]) * rstd[i] * g);
    return k;
}

// ---------------------------------------------------------------- batch norm

typedef struct {
    size_t N, C, S;
    double offset;
    int affine, track, cumulative;
} bn_shape;

// Three training steps (each compared), then one inference step.
static int bn_compare(const bn_shape *sh, int threads)
{
    char name[128];
    snprintf(name, sizeof name, "bn (%zu, %zu, %zu) offset %g%s%s%s %dt", sh->N, sh->C, sh->S, sh->offset,
             sh->affine ? "" : " no affine", sh->track ? "" : " untracked", sh->cumulative ? " cumulative" : "",
             threads);
    omp_set_num_threads(threads);
    size_t N = sh->N, C = sh->C, S = sh->S, n = N * C * S;
    float *gain = fill(C, 1.0, 0.5), *bias = fill(C, 0.0, 0.3);
    const float *g = sh->affine ? gain : NULL, *b = sh->affine ? bias : NULL;
    float *rm_fast = zeros(C), *rv_fast = zeros(C), *rm_plain = zeros(C), *rv_plain = zeros(C);
    batch_norm_state st;
    batch_norm_state_init(&st, C, sh->track ? rm_fast : NULL, sh->track ? rv_fast : NULL, NULL);
    st.affine = sh->affine;
    st.cumulative = sh->cumulative;
    for (size_t c = 0; c < C; c++) rv_plain[c] = 1.0f;
    int ok = 1;
    for (int step = 0; step < 4; step++) {
        int training = step < 3;
        float *x = fill(n, sh->offset, 1.0 + step), *dy = fill(n, 0.0, 1.0);
        float *y1 = zeros(n), *m1 = zeros(C), *r1 = zeros(C), *dx1 = zeros(n), *dg1 = zeros(C), *db1 = zeros(C);
        float *y2 = zeros(n), *m2 = zeros(C), *r2 = zeros(C), *dx2 = zeros(n), *dg2 = zeros(C), *db2 = zeros(C);
        const char *msg = NULL;
        ok &= batch_norm_forward(&st, y1, m1, r1, x, gain, bias, N, S, training, &msg) == BATCH_NORM_OK;
        ok &= batch_norm_backward(&st, dx1, dg1, db1, dy, x, m1, r1, gain, N, S, training, &msg) == BATCH_NORM_OK;
        float alpha = sh->cumulative ? 1.0f / (float)(step + 1) : 0.1f;
        batch_norm_plain_forward(y2, m2, r2, sh->track ? rm_plain : NULL, sh->track ? rv_plain : NULL, x, g, b,
                                 N, C, S, 1e-5f, alpha, training);
        batch_norm_plain_backward(dx2, sh->affine ? dg2 : NULL, sh->affine ? db2 : NULL, dy, x, m2, r2, g, N, C,
                                  S, training || !sh->track);
        double atol = 8 * FLOAT_U * kappa(m2, r2, C, g, C);
        ok &= compare_floats(name, "y", y1, y2, n, RTOL, atol);
        ok &= compare_floats(name, "mean", m1, m2, C, RTOL, 8 * FLOAT_U * max_abs(x, n));
        ok &= compare_floats(name, "rstd", r1, r2, C, RTOL, 0.0);
        ok &= compare_floats(name, "dx", dx1, dx2, n, RTOL, atol);
        if (sh->affine) {
            ok &= compare_floats(name, "dgain", dg1, dg2, C, RTOL, atol);
            ok &= compare_floats(name, "dbias", db1, db2, C, RTOL, 0.0);
        }
        if (sh->track) {
            ok &= compare_floats(name, "running mean", rm_fast, rm_plain, C, RTOL, 8 * FLOAT_U * max_abs(x, n));
            ok &= compare_floats(name, "running var", rv_fast, rv_plain, C, RTOL, 0.0);
        }
        free(x); free(dy); free(y1); free(m1); free(r1); free(dx1); free(dg1); free(db1);
        free(y2); free(m2); free(r2); free(dx2); free(dg2); free(db2);
    }
    free(gain); free(bias); free(rm_fast); free(rv_fast); free(rm_plain); free(rv_plain);
    return ok;
}

// ---------------------------------------------------------------- layer norm

static int ln_compare(size_t rows, size_t D, double offset, int affine, int threads)
{
    char name[128];
    snprintf(name, sizeof name, "ln (%zu, %zu) offset %g%s %dt", rows, D, offset, affine ? "" : " no affine",
             threads);
    omp_set_num_threads(threads);
    size_t n = rows * D;
    float *x = fill(n, offset, 2.0), *dy = fill(n, 0.0, 1.0), *gain = fill(D, 1.0, 0.5), *bias = fill(D, 0.0, 0.3);
    const float *g = affine ? gain : NULL, *b = affine ? bias : NULL;
    float *y1 = zeros(n), *m1 = zeros(rows), *r1 = zeros(rows), *dx1 = zeros(n), *dg1 = zeros(D), *db1 = zeros(D);
    float *y2 = zeros(n), *m2 = zeros(rows), *r2 = zeros(rows), *dx2 = zeros(n), *dg2 = zeros(D), *db2 = zeros(D);
    int ok = layer_norm_forward(y1, m1, r1, x, g, b, rows, D, 1e-5f, NULL) == LAYER_NORM_OK;
    ok &= layer_norm_backward(dx1, affine ? dg1 : NULL, affine ? db1 : NULL, dy, x, m1, r1, g, rows, D, NULL) ==
          LAYER_NORM_OK;
    layer_norm_plain_forward(y2, m2, r2, x, g, b, rows, D, 1e-5f);
    layer_norm_plain_backward(dx2, affine ? dg2 : NULL, affine ? db2 : NULL, dy, x, m2, r2, g, rows, D);
    double atol = 8 * FLOAT_U * kappa(m2, r2, rows, g, D);
    ok &= compare_floats(name, "y", y1, y2, n, RTOL, atol);
    ok &= compare_floats(name, "mean", m1, m2, rows, RTOL, 8 * FLOAT_U * max_abs(x, n));
    ok &= compare_floats(name, "rstd", r1, r2, rows, RTOL, 0.0);
    ok &= compare_floats(name, "dx", dx1, dx2, n, RTOL, atol);
    if (affine) {
        ok &= compare_floats(name, "dgain", dg1, dg2, D, RTOL, atol);
        ok &= compare_floats(name, "dbias", db1, db2, D, RTOL, 0.0);
    }
    free(x); free(dy); free(gain); free(bias); free(y1); free(m1); free(r1); free(dx1); free(dg1); free(db1);
    free(y2); free(m2); free(r2); free(dx2); free(dg2); free(db2);
    return ok;
}

int main(void)
{
    test_tally t = {0, 0};
    static const bn_shape bn[] = {
        // (N, C): the row-by-row path
        {2, 3, 1, 0.0, 1, 1, 0}, {8, 5, 1, 0.0, 1, 1, 0}, {7, 70, 1, 2.0, 1, 1, 0},
        {300, 67, 1, 20.0, 1, 1, 0}, {3, 300, 1, 0.0, 0, 1, 0}, {5, 257, 1, -3.0, 1, 0, 0},
        {9, 16, 1, 0.0, 1, 1, 1}, {4, 1, 1, 1.0, 1, 1, 0},
        // (N, C, S): runs of S values
        {1, 3, 7, 0.0, 1, 1, 0}, {2, 3, 5, 0.5, 1, 1, 0}, {5, 3, 16, 0.0, 0, 1, 0},
        {2, 5, 17, 100.0, 1, 1, 0}, {4, 16, 49, 0.0, 1, 0, 0}, {3, 2, 4200, 50.0, 1, 1, 0},
        {1, 2, 8193, 0.0, 1, 1, 1}, {16, 8, 3136, 1.0, 1, 1, 0},
    };
    for (size_t i = 0; i < sizeof bn / sizeof *bn; i++)
        for (int threads = 1; threads <= 2; threads++) {
            char name[64];
            snprintf(name, sizeof name, "bn shape %zu, %d thread%s", i, threads, threads > 1 ? "s" : "");
            tally(&t, name, bn_compare(&bn[i], threads));
        }
    static const struct { size_t rows, D; double offset; int affine; } ln[] = {
        {1, 1, 0.0, 1}, {3, 7, 0.5, 1}, {4, 16, 0.0, 0}, {5, 17, -2.0, 1}, {2, 33, 0.0, 1},
        {64, 768, 0.0, 1}, {7, 1000, 1000.0, 1}, {2, 4100, 100.0, 0}, {3, 8197, 0.0, 1}, {300, 3, 0.0, 1},
    };
    for (size_t i = 0; i < sizeof ln / sizeof *ln; i++)
        for (int threads = 1; threads <= 2; threads++) {
            char name[64];
            snprintf(name, sizeof name, "ln shape %zu, %d thread%s", i, threads, threads > 1 ? "s" : "");
            tally(&t, name, ln_compare(ln[i].rows, ln[i].D, ln[i].offset, ln[i].affine, threads));
        }
    return tally_finish(&t);
}
