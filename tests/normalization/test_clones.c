// The kernels are compiled twice, for the x86-64 baseline and for AVX2
// (NORM_KERNEL in moments.h), and the program runs the copy its CPU supports.
// Their results must be the same bit for bit, or a result would depend on the
// machine. This test builds a second, baseline-only copy of each library into
// itself (the sources included with their public names renamed and
// NORM_BASELINE_ONLY set) and compares every output of the two copies, on
// shapes with long rows and channels, 1 and 2 threads. Where the dispatcher
// picks the baseline copy itself (a CPU without AVX2, or a sanitizer build,
// which has no clones), both sides are the same code and the test passes
// trivially.
#define _POSIX_C_SOURCE 200809L
#include "batch_norm.h"
#include "compare.h"
#include "layer_norm.h"

#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The baseline copies, with their own names.
#define NORM_BASELINE_ONLY
#define layer_norm_forward baseline_layer_norm_forward
#define layer_norm_backward baseline_layer_norm_backward
#define layer_norm_status_string baseline_layer_norm_status_string
#include "../../annotated/normalization/layer_norm/layer_norm.c"
#undef FAIL
#define batch_norm_forward baseline_batch_norm_forward
#define batch_norm_backward baseline_batch_norm_backward
#define batch_norm_status_string baseline_batch_norm_status_string
#define batch_norm_state_init baseline_batch_norm_state_init
#define batch_norm_uses_batch_stats baseline_batch_norm_uses_batch_stats
#include "../../annotated/normalization/batch_norm/batch_norm.c"
#undef layer_norm_forward
#undef layer_norm_backward
#undef batch_norm_forward
#undef batch_norm_backward
#undef batch_norm_state_init

static float *filled(size_t n, unsigned seed)
{
    float *p = malloc(n * sizeof(float));
    if (!p) { perror("malloc"); exit(2); }
    unsigned h = seed;
    for (size_t i = 0; i < n; i++) {
        h = h * 1664525u + 1013904223u;
        p[i] = (float)(h >> 8) * (1.0f / 16777216.0f) * 4.0f - 1.5f;
    }
    return p;
}

static int same(const char *test, const char *what, const float *a, const float *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (memcmp(&a[i], &b[i], sizeof(float)) != 0) {
            fprintf(stderr, "%s: %s[%zu] = %.9g (dispatched copy), %.9g (baseline copy)\n", test, what, i,
                    a[i], b[i]);
            return 0;
        }
    return 1;
}

static int layer_norm_same(size_t rows, size_t D)
{
    size_t n = rows * D;
    float *x = filled(n, 1), *dy = filled(n, 2), *g = filled(D, 3), *b = filled(D, 4);
    float *y[2], *mean[2], *rstd[2], *dx[2], *dg[2], *db[2];
    for (int k = 0; k < 2; k++) {
        y[k] = filled(n, 5), mean[k] = filled(rows, 6), rstd[k] = filled(rows, 7);
        dx[k] = filled(n, 8), dg[k] = filled(D, 9), db[k] = filled(D, 10);
    }
    int ok = layer_norm_forward(y[0], mean[0], rstd[0], x, g, b, rows, D, 1e-5f, NULL) == 0;
    ok &= baseline_layer_norm_forward(y[1], mean[1], rstd[1], x, g, b, rows, D, 1e-5f, NULL) == 0;
    ok &= layer_norm_backward(dx[0], dg[0], db[0], dy, x, mean[0], rstd[0], g, rows, D, NULL) == 0;
    ok &= baseline_layer_norm_backward(dx[1], dg[1], db[1], dy, x, mean[0], rstd[0], g, rows, D, NULL) == 0;
    ok = ok && same("layer norm", "y", y[0], y[1], n) && same("layer norm", "mean", mean[0], mean[1], rows) &&
         same("layer norm", "rstd", rstd[0], rstd[1], rows) && same("layer norm", "dx", dx[0], dx[1], n) &&
         same("layer norm", "dgain", dg[0], dg[1], D) && same("layer norm", "dbias", db[0], db[1], D);
    // Without gain: the other loops of the backward pass.
    ok = ok && layer_norm_backward(dx[0], NULL, db[0], dy, x, mean[0], rstd[0], NULL, rows, D, NULL) == 0 &&
         baseline_layer_norm_backward(dx[1], NULL, db[1], dy, x, mean[0], rstd[0], NULL, rows, D, NULL) == 0 &&
         same("layer norm without gain", "dx", dx[0], dx[1], n);
    free(x); free(dy); free(g); free(b);
    for (int k = 0; k < 2; k++) {
        free(y[k]); free(mean[k]); free(rstd[k]); free(dx[k]); free(dg[k]); free(db[k]);
    }
    return ok;
}

static int batch_norm_same(size_t N, size_t C, size_t S)
{
    size_t n = N * C * S;
    float *x = filled(n, 11), *dy = filled(n, 12), *g = filled(C, 13), *b = filled(C, 14);
    float *y[2], *mean[2], *rstd[2], *dx[2], *dg[2], *db[2], *rm[2], *rv[2];
    int ok = 1;
    for (int k = 0; k < 2; k++) {
        y[k] = filled(n, 15), mean[k] = filled(C, 16), rstd[k] = filled(C, 17);
        dx[k] = filled(n, 18), dg[k] = filled(C, 19), db[k] = filled(C, 20);
        rm[k] = filled(C, 21), rv[k] = filled(C, 22);
        batch_norm_state st;
        ok &= batch_norm_state_init(&st, C, rm[k], rv[k], NULL) == 0;
        int (*fwd)(batch_norm_state *, float *, float *, float *, const float *, const float *, const float *,
                   size_t, size_t, bool, const char **) = k ? baseline_batch_norm_forward : batch_norm_forward;
        int (*bwd)(const batch_norm_state *, float *, float *, float *, const float *, const float *,
                   const float *, const float *, const float *, size_t, size_t, bool, const char **) =
            k ? baseline_batch_norm_backward : batch_norm_backward;
        for (int training = 1; training >= 0; training--) {
            ok &= fwd(&st, y[k], mean[k], rstd[k], x, g, b, N, S, training, NULL) == 0;
            ok &= bwd(&st, dx[k], dg[k], db[k], dy, x, mean[k], rstd[k], g, N, S, training, NULL) == 0;
        }
    }
    ok = ok && same("batch norm", "y", y[0], y[1], n) && same("batch norm", "dx", dx[0], dx[1], n) &&
         same("batch norm", "dgain", dg[0], dg[1], C) && same("batch norm", "dbias", db[0], db[1], C) &&
         same("batch norm", "running_mean", rm[0], rm[1], C) && same("batch norm", "running_var", rv[0], rv[1], C);
    free(x); free(dy); free(g); free(b);
    for (int k = 0; k < 2; k++) {
        free(y[k]); free(mean[k]); free(rstd[k]); free(dx[k]); free(dg[k]); free(db[k]); free(rm[k]); free(rv[k]);
    }
    return ok;
}

int main(void)
{
    test_tally t = {0, 0};
    for (int threads = 1; threads <= 2; threads++) {
        omp_set_num_threads(threads);
        char name[96];
        snprintf(name, sizeof name, "layer norm (64, 1000), %d thread(s): same bits", threads);
        tally(&t, name, layer_norm_same(64, 1000));
        snprintf(name, sizeof name, "layer norm (16, 4100), %d thread(s): same bits", threads);
        tally(&t, name, layer_norm_same(16, 4100));
        snprintf(name, sizeof name, "batch norm (8, 6, 1000), %d thread(s): same bits", threads);
        tally(&t, name, batch_norm_same(8, 6, 1000));
        snprintf(name, sizeof name, "batch norm (300, 70), %d thread(s): same bits", threads);
        tally(&t, name, batch_norm_same(300, 70, 1));
    }
    return tally_finish(&t);
}
