// Layer norm against PyTorch: every case in fixtures/layer_norm.txt, made by
// make_fixtures.py, run with 1 and with 2 threads.
//
// Tolerances (see compare.h for the formula rtol * (|want| + rms) + atol):
// * rtol = 1e-5 on every output. Ours and PyTorch's results are both float32
//   computations of the same formula in different orders of summation; they
//   differ by a few units of float rounding (2^-24 = 6e-8) times the square
//   root of the length of the sums, far below 1e-5 for these sizes. 1e-5 still
//   catches a wrong formula: eps outside the square root changes y by 3e-2 in
//   ln_eps, an unbiased variance by 1/D relative.
// * atol = 8 u kappa, with kappa = max over rows of |mean| * rstd * max|gain|:
//   both sides round the mean (or x - mean) to float, an error of u |mean| that
//   the normalization multiplies by rstd * gain. This is 0 for centred data and
//   dominates only for ln_large_mean (|mean| = 1e4, so about 5e-3).
// * The saved rstd gets atol = 8 u kappa rstd: PyTorch's float32 variance of a
//   row with |mean| >> std carries that relative error.
// * The saved mean gets atol = 8 u max|x|: a mean near zero of values of size
//   |x| carries a rounding error of a few u |x|.
// * Our forward (y, mean, rstd) is also compared with PyTorch's float64 result
//   (rounded to float32) with rtol 1e-5 and atol 0 (the mean's atol as above),
//   which holds even for ln_large_mean: the shifted statistics of moments.h keep
//   the digits that float32 PyTorch loses.
// * Non-finite values must match exactly: NaN for NaN, the same infinity.
#include "compare.h"
#include "fixtures.h"
#include "layer_norm.h"

#include <math.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RTOL 1e-5

static float *alloc(size_t n)
{
    float *p = calloc(n, sizeof(float));
    if (!p) { perror("calloc"); exit(2); }
    return p;
}

static double kappa(const float *mean, const float *rstd, size_t rows, const float *gain, size_t D)
{
    double gmax = 1.0;
    if (gain) {
        gmax = 0.0;
        for (size_t j = 0; j < D; j++) gmax = fmax(gmax, fabs(gain[j]));
    }
    double k = 0.0;
    for (size_t i = 0; i < rows; i++)
        if (isfinite(mean[i]) && isfinite(rstd[i])) k = fmax(k, fabs(mean[i]) * rstd[i] * gmax);
    return k;
}

static int run_case(const fixture_case *c, int threads)
{
    char name[96];
    snprintf(name, sizeof name, "%s/%dt", fixture_case_name(c), threads);
    omp_set_num_threads(threads);
    size_t rows = (size_t)fixture_int(c, "rows"), D = (size_t)fixture_int(c, "D"), n = rows * D;
    float eps = (float)fixture_real(c, "eps");
    int affine = (int)fixture_int(c, "affine");
    const float *x = fixture_floats(c, "x", n);
    const float *gain = affine ? fixture_floats(c, "gain", D) : NULL;
    const float *bias = affine ? fixture_floats(c, "bias", D) : NULL;
    const float *want_mean = fixture_floats(c, "mean", rows);
    const float *want_rstd = fixture_floats(c, "rstd", rows);
    double atol = 8 * FLOAT_U * kappa(want_mean, want_rstd, rows, gain, D);

    float *y = alloc(n), *mean = alloc(rows), *rstd = alloc(rows);
    const char *msg = "unset";
    int ok = layer_norm_forward(y, mean, rstd, x, gain, bias, rows, D, eps, &msg) == LAYER_NORM_OK;
    ok = ok && msg == NULL;
    ok &= compare_floats(name, "y", y, fixture_floats(c, "y", n), n, RTOL, atol);
    // The saved statistics of a row holding NaN or Inf are exactly PyTorch's:
    // NaN, or the infinity itself when PyTorch's merge order adds it last
    // (see layer_norm.c); rstd is NaN.
    // A mean near zero of values of size |x| carries a rounding error of a few
    // u |x| in either computation: atol = 8 u max|x|.
    double xmax = 0.0;
    for (size_t i = 0; i < n; i++)
        if (isfinite(x[i])) xmax = fmax(xmax, fabs(x[i]));
    ok &= compare_floats(name, "mean", mean, want_mean, rows, RTOL, 8 * FLOAT_U * xmax);
    // PyTorch's float32 variance loses u * kappa relative when |mean| >> std.
    double rstd_atol = 0.0;
    for (size_t i = 0; i < rows; i++)
        if (isfinite(want_rstd[i])) rstd_atol = fmax(rstd_atol, 8 * FLOAT_U * kappa(want_mean, want_rstd, rows, gain, D) * want_rstd[i]);
    ok &= compare_floats(name, "rstd", rstd, want_rstd, rows, RTOL, rstd_atol);
    ok &= compare_floats(name, "y vs float64", y, fixture_floats(c, "y64", n), n, RTOL, 0.0);
    // For a row with NaN or Inf, PyTorch's float64 computation (4 doubles per
    // vector, not 8 floats) puts a lone infinity elsewhere in its merge order;
    // the float32 answer above is the one for float input, so those rows are
    // compared with it.
    float *mean64 = alloc(rows), *rstd64 = alloc(rows);
    memcpy(mean64, fixture_floats(c, "mean64", rows), rows * sizeof(float));
    memcpy(rstd64, fixture_floats(c, "rstd64", rows), rows * sizeof(float));
    for (size_t i = 0; i < rows; i++)
        if (!isfinite(want_mean[i]) || !isfinite(want_rstd[i])) mean64[i] = want_mean[i], rstd64[i] = want_rstd[i];
    ok &= compare_floats(name, "mean vs float64", mean, mean64, rows, RTOL, 8 * FLOAT_U * xmax);
    ok &= compare_floats(name, "rstd vs float64", rstd, rstd64, rows, RTOL, 0.0);
    free(mean64); free(rstd64);

    if (fixture_has(c, "dy")) {
        const float *dy = fixture_floats(c, "dy", n);
        float *dx = alloc(n), *dgain = alloc(D), *dbias = alloc(D);
        // Called twice: dx is overwritten, dgain and dbias accumulate, so they
        // must hold twice PyTorch's gradients.
        for (int k = 0; k < 2; k++)
            ok &= layer_norm_backward(dx, affine ? dgain : NULL, affine ? dbias : NULL, dy, x, mean,
                                      rstd, gain, rows, D, &msg) == LAYER_NORM_OK;
        ok &= compare_floats(name, "dx", dx, fixture_floats(c, "dx", n), n, RTOL, atol);
        if (affine) {
            for (size_t j = 0; j < D; j++) { dgain[j] /= 2; dbias[j] /= 2; }
            ok &= compare_floats(name, "dgain", dgain, fixture_floats(c, "dgain", D), D, RTOL, atol);
            ok &= compare_floats(name, "dbias", dbias, fixture_floats(c, "dbias", D), D, RTOL, 0.0);
        }
        free(dx); free(dgain); free(dbias);
    }
    free(y); free(mean); free(rstd);
    return ok;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s fixtures/layer_norm.txt\n", argv[0]);
        return 2;
    }
    char err[512];
    fixture_file *f = fixture_file_load(argv[1], err, sizeof err);
    if (!f) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    test_tally t = {0, 0};
    // Every case the issue lists must be present: a fixture file that lost
    // one fails here instead of silently testing less.
    const char *required[] = {"ln_basic", "ln_no_affine", "ln_2d_shape", "ln_d1", "ln_zero_var",
                              "ln_large_mean", "ln_nan_inf", "ln_eps", "ln_inf_positions_16",
                              "ln_inf_positions_21", "ln_inf_positions_5", "ln_inf_positions_320",
                              "ln_inf_positions_512"};
    for (size_t i = 0; i < sizeof required / sizeof *required; i++)
        if (!fixture_file_find(f, required[i])) tally(&t, required[i], 0);
    for (size_t i = 0; i < fixture_file_count(f); i++)
        for (int threads = 1; threads <= 2; threads++) {
            const fixture_case *c = fixture_file_case(f, i);
            char name[96];
            snprintf(name, sizeof name, "%s/%dt", fixture_case_name(c), threads);
            tally(&t, name, run_case(c, threads));
        }

    // Zero variance: y must be exactly the bias.
    const fixture_case *z = fixture_file_find(f, "ln_zero_var");
    if (z) {
        size_t D = (size_t)fixture_int(z, "D");
        float y[64];
        const float *x = fixture_floats(z, "x", 0), *bias = fixture_floats(z, "bias", D);
        int ok = D <= 64 && layer_norm_forward(y, NULL, NULL, x + D, fixture_floats(z, "gain", D), bias, 1, D,
                                               1e-5f, NULL) == 0;
        for (size_t j = 0; ok && j < D; j++) ok = y[j] == bias[j];
        tally(&t, "ln_zero_var: constant row gives exactly the bias", ok);
    }
    // Finite values whose squares overflow float: the statistics are summed
    // again in double, and match a double computation (float sums would give
    // rstd = 0; PyTorch gives NaN).
    {
        enum { D = 16 };
        float x[2 * D], y[2 * D], mean[2], rstd[2];
        for (size_t j = 0; j < 2 * D; j++) x[j] = 1.0f + 0.25f * (float)(j % 5);
        x[3] = 1e20f, x[7] = -3e20f, x[D + 15] = 3e38f;
        int ok = layer_norm_forward(y, mean, rstd, x, NULL, NULL, 2, D, 1e-5f, NULL) == LAYER_NORM_OK;
        for (size_t i = 0; i < 2; i++) {
            double sum = 0.0, q = 0.0;
            for (size_t j = 0; j < D; j++) sum += x[i * D + j];
            double mu = sum / D;
            for (size_t j = 0; j < D; j++) q += (x[i * D + j] - mu) * (x[i * D + j] - mu);
            float want_mean = (float)mu, want_rstd = (float)(1.0 / sqrt(q / D + 1e-5));
            ok &= compare_floats("ln_overflow", "mean", mean + i, &want_mean, 1, 1e-6, 0.0);
            ok &= compare_floats("ln_overflow", "rstd", rstd + i, &want_rstd, 1, 1e-6, 0.0);
            for (size_t j = 0; j < D; j++) ok &= isfinite(y[i * D + j]);
        }
        tally(&t, "ln_overflow: finite rows whose float sums overflow", ok);
    }
    fixture_file_free(f);
    return tally_finish(&t);
}
