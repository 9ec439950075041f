// The plain reference implementations (batch_norm_plain.c, layer_norm_plain.c)
// against PyTorch: every case of fixtures/batch_norm.txt and
// fixtures/layer_norm.txt, except those that test refused arguments (the plain
// functions check none).
//
// Tolerances, as in test_batch_norm.c and test_layer_norm.c (compare.h gives
// the formula rtol * (|want| + rms) + atol):
// * rtol = 1e-5 on every output: float32 PyTorch and our double sums differ
//   by a few float roundings, ~1e-7; a wrong formula (eps outside the root,
//   an unbiased variance, a missing term of dx) is off by 1e-3 or more.
// * atol = 8 u kappa, kappa = max |mean| * rstd * |gain|: PyTorch rounds the
//   mean to float, an error the normalization magnifies by kappa.
// * y, mean and rstd are also compared with PyTorch's float64 results with
//   atol 0: the plain versions sum in double, so they must match those even
//   where float32 PyTorch loses digits (|mean| >> std).
// * Running statistics: atol 8 u |running mean| and 8 u kappa^2 |running var|.
#include "batch_norm_plain.h"
#include "compare.h"
#include "fixtures.h"
#include "layer_norm_plain.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RTOL 1e-5

static float *alloc(size_t n)
{
    float *p = calloc(n ? n : 1, sizeof(float));
    if (!p) { perror("calloc"); exit(2); }
    return p;
}

// max over sets of |mean| * rstd * max|gain|, finite values only.
static double kappa(const float *mean, const float *rstd, size_t sets, const float *gain, size_t ngain)
{
    double g = gain ? 0.0 : 1.0, k = 0.0;
    for (size_t j = 0; gain && j < ngain; j++) g = fmax(g, fabs(gain[j]));
    for (size_t i = 0; i < sets; i++)
        if (isfinite(mean[i]) && isfinite(rstd[i])) k = fmax(k, fabs(mean[i]) * rstd[i] * g);
    return k;
}

static double max_finite(const float *a, size_t n)
{
    double m = 0.0;
    for (size_t i = 0; i < n; i++) if (isfinite(a[i])) m = fmax(m, fabs(a[i]));
    return m;
}

// The parameter gradients of two backward calls (they are added to, so they
// hold twice the gradient) against the fixture's.
static int compare_param_grads(const fixture_case *c, const char *label, float *dgain, float *dbias,
                               const char *gkey, const char *bkey, size_t n, double atol)
{
    for (size_t k = 0; k < n; k++) { dgain[k] /= 2; dbias[k] /= 2; }
    return compare_floats(label, gkey, dgain, fixture_floats(c, gkey, n), n, RTOL, atol) &
           compare_floats(label, bkey, dbias, fixture_floats(c, bkey, n), n, RTOL, 0.0);
}

// ---------------------------------------------------------------- layer norm

static int ln_case(const fixture_case *c)
{
    const char *name = fixture_case_name(c);
    size_t rows = (size_t)fixture_int(c, "rows"), D = (size_t)fixture_int(c, "D"), n = rows * D;
    int affine = (int)fixture_int(c, "affine");
    const float *x = fixture_floats(c, "x", n);
    const float *gain = affine ? fixture_floats(c, "gain", D) : NULL;
    const float *bias = affine ? fixture_floats(c, "bias", D) : NULL;
    const float *want_mean = fixture_floats(c, "mean", rows), *want_rstd = fixture_floats(c, "rstd", rows);
    double atol = 8 * FLOAT_U * kappa(want_mean, want_rstd, rows, gain, D);
    float *y = alloc(n), *mean = alloc(rows), *rstd = alloc(rows);
    layer_norm_plain_forward(y, mean, rstd, x, gain, bias, rows, D, (float)fixture_real(c, "eps"));
    int ok = compare_floats(name, "y", y, fixture_floats(c, "y", n), n, RTOL, atol);
    ok &= compare_floats(name, "y vs float64", y, fixture_floats(c, "y64", n), n, RTOL, 0.0);
    // A row holding an infinity: the plain sum gives a mean of +-Inf where
    // PyTorch's Welford update gives NaN. The saved mean is the one value
    // whose non-finite semantics the plain version does not copy (y, rstd and
    // dx still agree); the fast kernels match PyTorch exactly there too.
    int finite_input = 1;
    for (size_t i = 0; i < n; i++) finite_input &= isfinite(x[i]) != 0;
    if (finite_input)
        ok &= compare_floats(name, "mean vs float64", mean, fixture_floats(c, "mean64", rows), rows, RTOL, 0.0);
    ok &= compare_floats(name, "rstd vs float64", rstd, fixture_floats(c, "rstd64", rows), rows, RTOL, 0.0);
    if (fixture_has(c, "dy")) {
        float *dx = alloc(n), *dgain = alloc(D), *dbias = alloc(D);
        // Twice: dx is overwritten, dgain and dbias are added to.
        for (int rep = 0; rep < 2; rep++)
            layer_norm_plain_backward(dx, affine ? dgain : NULL, affine ? dbias : NULL,
                                      fixture_floats(c, "dy", n), x, mean, rstd, gain, rows, D);
        ok &= compare_floats(name, "dx", dx, fixture_floats(c, "dx", n), n, RTOL, atol);
        if (affine) ok &= compare_param_grads(c, name, dgain, dbias, "dgain", "dbias", D, atol);
        free(dx); free(dgain); free(dbias);
    }
    free(y); free(mean); free(rstd);
    return ok;
}

// ---------------------------------------------------------------- batch norm

// One forward and backward step. The fixture's keys are prefix + name +
// suffix: "x0", "dy2" for training step k, "eval_x" for the inference step;
// `y64` names the step's float64 forward, if any.
static int bn_step(const fixture_case *c, const char *label, size_t N, size_t C, size_t S,
                   float *rm, float *rv, float momentum, int training, const char *prefix,
                   const char *suffix, const char *y64)
{
    size_t n = N * C * S;
    char xk[48], yk[48], dyk[48], dxk[48], dgk[48], dbk[48];
    snprintf(xk, sizeof xk, "%sx%s", prefix, suffix);
    snprintf(yk, sizeof yk, "%sy%s", prefix, suffix);
    snprintf(dyk, sizeof dyk, "%sdy%s", prefix, suffix);
    snprintf(dxk, sizeof dxk, "%sdx%s", prefix, suffix);
    snprintf(dgk, sizeof dgk, "%sdgain%s", prefix, suffix);
    snprintf(dbk, sizeof dbk, "%sdbias%s", prefix, suffix);
    int affine = (int)fixture_int(c, "affine");
    const float *x = fixture_floats(c, xk, n), *dy = fixture_floats(c, dyk, n);
    const float *gain = affine ? fixture_floats(c, "gain", C) : NULL;
    const float *bias = affine ? fixture_floats(c, "bias", C) : NULL;
    float *y = alloc(n), *mean = alloc(C), *rstd = alloc(C), *dx = alloc(n), *dg = alloc(C), *db = alloc(C);
    batch_norm_plain_forward(y, mean, rstd, rm, rv, x, gain, bias, N, C, S, (float)fixture_real(c, "eps"),
                             momentum, training);
    double atol = 8 * FLOAT_U * kappa(mean, rstd, C, gain, C);
    int ok = compare_floats(label, yk, y, fixture_floats(c, yk, n), n, RTOL, atol);
    if (y64 && fixture_has(c, y64))
        ok &= compare_floats(label, y64, y, fixture_floats(c, y64, n), n, RTOL, 0.0);
    // Twice: dx is overwritten, dgain and dbias are added to.
    for (int rep = 0; rep < 2; rep++)
        batch_norm_plain_backward(dx, affine ? dg : NULL, affine ? db : NULL, dy, x, mean, rstd, gain, N, C,
                                  S, training || !rm);
    ok &= compare_floats(label, dxk, dx, fixture_floats(c, dxk, n), n, RTOL, atol);
    if (affine) ok &= compare_param_grads(c, label, dg, db, dgk, dbk, C, atol);
    free(y); free(mean); free(rstd); free(dx); free(dg); free(db);
    return ok;
}

static int bn_case(const fixture_case *c)
{
    const char *name = fixture_case_name(c);
    size_t N = (size_t)fixture_int(c, "N"), C = (size_t)fixture_int(c, "C"), S = (size_t)fixture_int(c, "S");
    int track = (int)fixture_int(c, "track");
    float *rm = alloc(C), *rv = alloc(C);
    for (size_t k = 0; k < C; k++) rv[k] = 1.0f;
    double momentum = fixture_real(c, "momentum");  // < 0: PyTorch's momentum=None
    int training = 1, ok = 1;
    if (fixture_has(c, "running_mean_start")) {  // an eval-only case
        memcpy(rm, fixture_floats(c, "running_mean_start", C), C * sizeof(float));
        memcpy(rv, fixture_floats(c, "running_var_start", C), C * sizeof(float));
        training = 0;
    }
    long steps = fixture_int(c, "steps");
    for (long t = 0; t < steps; t++) {
        char suffix[24], y64[32], rmk[40], rvk[40];
        snprintf(suffix, sizeof suffix, "%ld", t);
        snprintf(y64, sizeof y64, "y64_%ld", t);
        float alpha = momentum < 0 ? (float)(1.0 / (double)(t + 1)) : (float)momentum;
        ok &= bn_step(c, name, N, C, S, track ? rm : NULL, track ? rv : NULL, alpha, training, "", suffix, y64);
        if (!track) continue;
        snprintf(rmk, sizeof rmk, "running_mean%ld", t);
        snprintf(rvk, sizeof rvk, "running_var%ld", t);
        const float *want_rm = fixture_floats(c, rmk, C), *want_rv = fixture_floats(c, rvk, C);
        double k2 = 0.0;
        for (size_t k = 0; k < C; k++)
            if (isfinite(want_rm[k]) && isfinite(want_rv[k]) && want_rv[k] > 0)
                k2 = fmax(k2, want_rm[k] * (double)want_rm[k] / want_rv[k]);
        ok &= compare_floats(name, rmk, rm, want_rm, C, RTOL, 8 * FLOAT_U * max_finite(want_rm, C));
        ok &= compare_floats(name, rvk, rv, want_rv, C, RTOL, 8 * FLOAT_U * k2 * max_finite(want_rv, C));
    }
    if (fixture_has(c, "has_eval"))
        ok &= bn_step(c, name, (size_t)fixture_int(c, "eval_N"), C, S, track ? rm : NULL, track ? rv : NULL,
                      0.0f, 0, "eval_", "", NULL);
    free(rm); free(rv);
    return ok;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s fixtures/batch_norm.txt fixtures/layer_norm.txt\n", argv[0]);
        return 2;
    }
    test_tally t = {0, 0};
    for (int which = 1; which <= 2; which++) {
        char err[512];
        fixture_file *f = fixture_file_load(argv[which], err, sizeof err);
        if (!f) {
            fprintf(stderr, "%s\n", err);
            return 1;
        }
        size_t ran = 0;
        for (size_t i = 0; i < fixture_file_count(f); i++) {
            const fixture_case *c = fixture_file_case(f, i);
            if (fixture_has(c, "refused")) continue;  // argument checks: the fast library's
            char name[96];
            snprintf(name, sizeof name, "plain %s", fixture_case_name(c));
            tally(&t, name, which == 1 ? bn_case(c) : ln_case(c));
            ran++;
        }
        // A fixture file that lost its cases must not pass by testing nothing.
        tally(&t, which == 1 ? "batch norm cases present" : "layer norm cases present", ran >= 8);
        fixture_file_free(f);
    }
    return tally_finish(&t);
}
