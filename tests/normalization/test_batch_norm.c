// Batch norm against PyTorch: every case in fixtures/batch_norm.txt, made by
// make_fixtures.py, with 1 and with 2 threads. A case runs `steps` training
// steps (forward, backward, running statistics) and then, when it has one, an
// evaluation step (forward and backward with the running statistics).
//
// Tolerances: the same as test_layer_norm.c, for the same reasons.
// * rtol = 1e-5 on every output (float32 rounding differences are ~1e-7 here).
// * atol = 8 u kappa with kappa = max over channels of |mean| * rstd * max|gain|:
//   the float32 rounding of the mean, magnified by the normalization. It only
//   matters for bn_large_mean.
// * Each training forward is also compared, with rtol 1e-5 and no atol, with a
//   float64 computation of the same batch statistics made by the script.
// * The running variance is a sum of two terms each accurate to a few
//   u relative; rtol 1e-5 covers it, plus 8 u kappa^2 relative (PyTorch's own
//   float32 variance of data with |mean| >> std).
#include "batch_norm.h"
#include "compare.h"
#include "fixtures.h"

#include <math.h>
#include <omp.h>
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

static double kappa(const float *mean, const float *rstd, size_t C, const float *gain)
{
    double k = 0.0;
    for (size_t c = 0; c < C; c++)
        if (isfinite(mean[c]) && isfinite(rstd[c]))
            k = fmax(k, fabs(mean[c]) * rstd[c] * (gain ? fabs(gain[c]) : 1.0));
    return k;
}

// One forward + backward step, compared with the fixture's values under the
// given key names (x0/y0/... for training step 0, eval_x/eval_y/... for eval).
static int step(const char *name, const fixture_case *c, batch_norm_state *st, size_t N, size_t S,
                bool training, const char *xk, const char *yk, const char *dyk, const char *dxk,
                const char *dgk, const char *dbk, const char *y64k, const char *meank, const char *rstdk)
{
    size_t C = st->C, n = N * C * S;
    const float *x = fixture_floats(c, xk, n);
    const float *gain = st->affine ? fixture_floats(c, "gain", C) : NULL;
    const float *bias = st->affine ? fixture_floats(c, "bias", C) : NULL;
    float *y = alloc(n), *mean = alloc(C), *rstd = alloc(C);
    const char *msg = "unset";
    int ok = batch_norm_forward(st, y, mean, rstd, x, gain, bias, N, S, training, &msg) == BATCH_NORM_OK;
    if (!ok) fprintf(stderr, "%s: forward failed: %s\n", name, msg);
    double k = kappa(mean, rstd, C, gain);
    double atol = 8 * FLOAT_U * k;
    ok &= compare_floats(name, yk, y, fixture_floats(c, yk, n), n, RTOL, atol);
    if (y64k && fixture_has(c, y64k))
        ok &= compare_floats(name, y64k, y, fixture_floats(c, y64k, n), n, RTOL, 0.0);
    // The saved statistics, NaN and infinities included (PyTorch's mean of a
    // channel holding infinities of one sign is that infinity, wherever they sit).
    if (meank && fixture_has(c, meank)) {
        const float *want_mean = fixture_floats(c, meank, C), *want_rstd = fixture_floats(c, rstdk, C);
        ok &= compare_floats(name, meank, mean, want_mean, C, RTOL, 0.0);
        double rstd_atol = 0.0;
        for (size_t i = 0; i < C; i++)
            if (isfinite(want_rstd[i])) rstd_atol = fmax(rstd_atol, 8 * FLOAT_U * k * want_rstd[i]);
        ok &= compare_floats(name, rstdk, rstd, want_rstd, C, RTOL, rstd_atol);
    }

    const float *dy = fixture_floats(c, dyk, n);
    float *dx = alloc(n), *dgain = alloc(C), *dbias = alloc(C);
    // Twice: dx is overwritten, dgain and dbias accumulate.
    for (int rep = 0; rep < 2; rep++)
        ok &= batch_norm_backward(st, dx, dgain, dbias, dy, x, mean, rstd, gain, N, S, training, &msg) ==
              BATCH_NORM_OK;
    ok &= compare_floats(name, dxk, dx, fixture_floats(c, dxk, n), n, RTOL, atol);
    if (st->affine) {
        for (size_t i = 0; i < C; i++) { dgain[i] /= 2; dbias[i] /= 2; }
        ok &= compare_floats(name, dgk, dgain, fixture_floats(c, dgk, C), C, RTOL, atol);
        ok &= compare_floats(name, dbk, dbias, fixture_floats(c, dbk, C), C, RTOL, 0.0);
    }
    free(y); free(mean); free(rstd); free(dx); free(dgain); free(dbias);
    return ok;
}

static int run_case(const fixture_case *c, int threads)
{
    char name[96];
    snprintf(name, sizeof name, "%s/%dt", fixture_case_name(c), threads);
    omp_set_num_threads(threads);
    size_t N = (size_t)fixture_int(c, "N"), C = (size_t)fixture_int(c, "C"), S = (size_t)fixture_int(c, "S");
    float *rm = alloc(C), *rv = alloc(C);
    bool track = fixture_int(c, "track");
    batch_norm_state st;
    if (batch_norm_state_init(&st, C, track ? rm : NULL, track ? rv : NULL, NULL) != BATCH_NORM_OK) return 0;
    int ok = !track || (rm[0] == 0.0f && rv[0] == 1.0f && st.track_running_stats);
    st.eps = (float)fixture_real(c, "eps");
    double momentum = fixture_real(c, "momentum");
    st.cumulative = momentum < 0;
    if (!st.cumulative) st.momentum = (float)momentum;
    st.affine = fixture_int(c, "affine");
    bool training = true;
    if (fixture_has(c, "running_mean_start")) {  // an eval-only case
        memcpy(rm, fixture_floats(c, "running_mean_start", C), C * sizeof(float));
        memcpy(rv, fixture_floats(c, "running_var_start", C), C * sizeof(float));
        training = false;
    }
    long steps = fixture_int(c, "steps");
    for (long k = 0; k < steps; k++) {
        char xk[32], yk[32], dyk[32], dxk[32], dgk[32], dbk[32], y64k[32], rmk[32], rvk[32], nbk[48];
        char meank[32], rstdk[32];
        snprintf(meank, sizeof meank, "mean%ld", k);
        snprintf(rstdk, sizeof rstdk, "rstd%ld", k);
        snprintf(xk, sizeof xk, "x%ld", k);
        snprintf(yk, sizeof yk, "y%ld", k);
        snprintf(dyk, sizeof dyk, "dy%ld", k);
        snprintf(dxk, sizeof dxk, "dx%ld", k);
        snprintf(dgk, sizeof dgk, "dgain%ld", k);
        snprintf(dbk, sizeof dbk, "dbias%ld", k);
        snprintf(y64k, sizeof y64k, "y64_%ld", k);
        snprintf(rmk, sizeof rmk, "running_mean%ld", k);
        snprintf(rvk, sizeof rvk, "running_var%ld", k);
        snprintf(nbk, sizeof nbk, "num_batches_tracked%ld", k);
        ok &= step(name, c, &st, N, S, training, xk, yk, dyk, dxk, dgk, dbk, y64k, meank, rstdk);
        if (track) {
            const float *want_rm = fixture_floats(c, rmk, C);
            // Running mean: rounding of the batch mean, u |mean| each step.
            double big = 0.0;
            for (size_t i = 0; i < C; i++) if (isfinite(want_rm[i])) big = fmax(big, fabs(want_rm[i]));
            ok &= compare_floats(name, rmk, rm, want_rm, C, RTOL, 8 * FLOAT_U * big);
            // Running variance of data with |mean| >> std: PyTorch's float32
            // variance carries u kappa^2 relative error; kappa from the
            // running statistics (exact enough for a tolerance).
            const float *want_rv = fixture_floats(c, rvk, C);
            double k2 = 0.0;
            for (size_t i = 0; i < C; i++)
                if (isfinite(want_rm[i]) && isfinite(want_rv[i]) && want_rv[i] > 0)
                    k2 = fmax(k2, want_rm[i] * (double)want_rm[i] / want_rv[i]);
            double rvmax = 0.0;
            for (size_t i = 0; i < C; i++) if (isfinite(want_rv[i])) rvmax = fmax(rvmax, want_rv[i]);
            ok &= compare_floats(name, rvk, rv, want_rv, C, RTOL, 8 * FLOAT_U * k2 * rvmax);
            long want_nb = fixture_int(c, nbk);
            if (st.num_batches_tracked != want_nb) {
                fprintf(stderr, "%s: num_batches_tracked = %lld, want %ld\n", name,
                        (long long)st.num_batches_tracked, want_nb);
                ok = 0;
            }
        }
    }
    if (fixture_has(c, "has_eval"))
        ok &= step(name, c, &st, (size_t)fixture_int(c, "eval_N"), S, false, "eval_x", "eval_y", "eval_dy",
                   "eval_dx", "eval_dgain", "eval_dbias", NULL, NULL, NULL);
    free(rm); free(rv);
    return ok;
}

// PyTorch refuses to train on one value per channel; so must we, without
// touching the output or the state.
static int run_refused(const fixture_case *c)
{
    size_t N = (size_t)fixture_int(c, "N"), C = (size_t)fixture_int(c, "C"), S = (size_t)fixture_int(c, "S");
    if (!fixture_int(c, "refused")) return 0;  // PyTorch must have refused too
    float *rm = alloc(C), *rv = alloc(C), *x = alloc(N * C * S), *y = alloc(N * C * S);
    float *g = alloc(C), *b = alloc(C);
    for (size_t i = 0; i < N * C * S; i++) { x[i] = (float)i; y[i] = -7.0f; }
    batch_norm_state st;
    batch_norm_state_init(&st, C, rm, rv, NULL);
    const char *msg = NULL;
    int rc = batch_norm_forward(&st, y, NULL, NULL, x, g, b, N, S, true, &msg);
    int ok = rc == BATCH_NORM_ERR_ONE_VALUE && msg && strstr(msg, "more than 1 value per channel");
    ok = ok && st.num_batches_tracked == 0 && rm[0] == 0.0f && rv[0] == 1.0f;
    for (size_t i = 0; i < N * C * S; i++) ok = ok && y[i] == -7.0f;
    // In eval mode with running statistics the same input is fine.
    ok = ok && batch_norm_forward(&st, y, NULL, NULL, x, g, b, N, S, false, NULL) == BATCH_NORM_OK;
    // Without running statistics, eval uses batch statistics: refused again.
    batch_norm_state_init(&st, C, NULL, NULL, NULL);
    ok = ok && batch_norm_forward(&st, y, NULL, NULL, x, g, b, N, S, false, NULL) == BATCH_NORM_ERR_ONE_VALUE;
    free(rm); free(rv); free(x); free(y); free(g); free(b);
    return ok;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s fixtures/batch_norm.txt\n", argv[0]);
        return 2;
    }
    char err[512];
    fixture_file *f = fixture_file_load(argv[1], err, sizeof err);
    if (!f) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    test_tally t = {0, 0};
    const char *required[] = {"bn1d_nc", "bn1d_ncl", "bn2d", "bn_c1", "bn_three_steps", "bn_momentum_none",
                              "bn_momentum_half", "bn_eval", "bn_no_tracking", "bn_affine_off",
                              "bn_zero_var", "bn_large_mean", "bn_nan_inf", "bn_one_value_nc",
                              "bn_one_value_nc1", "bn1d_nc_wide", "bn1d_nc_large_mean", "bn1d_nc_special",
                              "bn1d_nc_momentum_none", "bn1d_nc_no_tracking", "bn1d_nc_affine_off",
                              "bn1d_nc_eval", "bn1d_nc_300", "bn_inf_positions", "bn1d_nc_inf_positions"};
    for (size_t i = 0; i < sizeof required / sizeof *required; i++)
        if (!fixture_file_find(f, required[i])) tally(&t, required[i], 0);
    for (size_t i = 0; i < fixture_file_count(f); i++) {
        const fixture_case *c = fixture_file_case(f, i);
        if (fixture_has(c, "refused")) {
            tally(&t, fixture_case_name(c), run_refused(c));
            continue;
        }
        for (int threads = 1; threads <= 2; threads++) {
            char name[96];
            snprintf(name, sizeof name, "%s/%dt", fixture_case_name(c), threads);
            tally(&t, name, run_case(c, threads));
        }
    }
    // Eval on (N, C) walks chunks of rows and blocks of channels: on (600, 300),
    // several of each, every value must be (x - running_mean) * scale + bias
    // with scale = gain / sqrt(running_var + eps), bit for bit.
    for (int threads = 1; threads <= 2; threads++) {
        enum { N = 600, C = 300 };
        float *x = alloc(N * C), *y = alloc(N * C), *g = alloc(C), *b = alloc(C), *rm = alloc(C), *rv = alloc(C);
        for (size_t i = 0; i < N * C; i++) x[i] = (float)((i * 7919) % 1000) * 1e-3f - 0.5f;
        batch_norm_state st;
        batch_norm_state_init(&st, C, rm, rv, NULL);
        for (size_t c = 0; c < C; c++)
            g[c] = 0.5f + (float)c * 1e-3f, b[c] = (float)c * 1e-2f, rm[c] = (float)c * 1e-3f, rv[c] = 0.5f + (float)c * 1e-2f;
        omp_set_num_threads(threads);
        int ok = batch_norm_forward(&st, y, NULL, NULL, x, g, b, N, 1, false, NULL) == BATCH_NORM_OK;
        for (size_t n = 0; n < N && ok; n++)
            for (size_t c = 0; c < C && ok; c++) {
                float scale = g[c] * (1.0f / sqrtf(rv[c] + st.eps));
                float want = (x[n * C + c] - rm[c]) * scale + b[c];
                if (memcmp(&want, &y[n * C + c], sizeof want) != 0) {
                    fprintf(stderr, "bn eval (N, C): y[%zu, %zu] = %.9g, want %.9g\n", n, c, y[n * C + c], want);
                    ok = 0;
                }
            }
        tally(&t, threads == 1 ? "bn eval (600, 300), 1 thread: every value" : "bn eval (600, 300), 2 threads: every value", ok);
        free(x); free(y); free(g); free(b); free(rm); free(rv);
    }
    // Finite values whose squares overflow float, in channel 0 of (4, 2, 4) and
    // of (16, 2): the statistics are summed again in double and match a double
    // computation (float sums would give rstd = 0).
    for (int shape = 0; shape < 2; shape++) {
        enum { C = 2, COUNT = 32 };
        size_t S = shape == 0 ? 4 : 1, N = 16 / S;
        float x[COUNT], y[COUNT], mean[C], rstd[C], rm[C], rv[C];
        for (size_t i = 0; i < COUNT; i++) x[i] = 1.0f + 0.25f * (float)(i % 5);
        x[0] = 1e20f, x[C * S + 1 - (S == 1)] = -3e20f;  // both in channel 0
        batch_norm_state st;
        batch_norm_state_init(&st, C, rm, rv, NULL);
        st.affine = false;
        int ok = batch_norm_forward(&st, y, mean, rstd, x, NULL, NULL, N, S, true, NULL) == BATCH_NORM_OK;
        for (size_t c = 0; c < C; c++) {
            double sum = 0.0, q = 0.0;
            for (size_t n = 0; n < N; n++)
                for (size_t s = 0; s < S; s++) sum += x[(n * C + c) * S + s];
            double mu = sum / 16;
            for (size_t n = 0; n < N; n++)
                for (size_t s = 0; s < S; s++) q += (x[(n * C + c) * S + s] - mu) * (x[(n * C + c) * S + s] - mu);
            float want_mean = (float)mu, want_rstd = (float)(1.0 / sqrt(q / 16 + 1e-5));
            float want_rv = (float)(0.9 + 0.1 * q / 15);
            ok &= compare_floats("bn_overflow", "mean", mean + c, &want_mean, 1, 1e-6, 0.0);
            ok &= compare_floats("bn_overflow", "rstd", rstd + c, &want_rstd, 1, 1e-6, 0.0);
            ok &= compare_floats("bn_overflow", "running_var", rv + c, &want_rv, 1, 1e-6, 0.0);
        }
        for (size_t i = 0; i < COUNT; i++) ok &= isfinite(y[i]);
        tally(&t, S == 1 ? "bn_overflow (N, C): finite channel whose float sums overflow"
                         : "bn_overflow (N, C, S): finite channel whose float sums overflow", ok);
    }
    fixture_file_free(f);
    return tally_finish(&t);
}
