// Gradients by central finite differences in double precision, independent of
// PyTorch.
//
// For a fixed random weight w (used as dL/dy), the loss L = sum(w * y) is
// computed by a plain double-precision implementation of each forward pass,
// written from the definitions here and sharing no code with the libraries.
// Its derivative along each input coordinate,
//     (L(v + h e_k) - L(v - h e_k)) / (2h),
// has truncation error O(h^2) ~ 1e-8 and rounding error ~ 1e-16 |L| / h ~ 1e-11
// with h = 1e-4, so it is exact to far better than float32. The libraries'
// float32 backward passes must match it with rtol = 1e-5 (compare.h: relative to
// each value plus the array's rms): float32 rounding in sums of up to 8400 terms
// gives errors of ~1e-6 at most, and a wrong term of the derivation gives O(1).
//
// The plain reference implementations (batch_norm_plain.c, layer_norm_plain.c)
// are checked the same way, on the same cases, with the same tolerance.
//
// Shapes cross the libraries' internal limits: rows and runs longer than one
// 4096-float block (merged with Chan's formula), lengths that are not multiples
// of 16 lanes, data with |mean| >> std, S = 1 (also with more than one
// block of channels). Large cases check a random
// subset of coordinates.
#include "batch_norm.h"
#include "batch_norm_plain.h"
#include "compare.h"
#include "layer_norm.h"
#include "layer_norm_plain.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RTOL 1e-5
#define H 1e-4

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static double uniform(void)  // in [0, 1)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (double)(rng >> 11) / 9007199254740992.0;
}

static double normal(void)
{
    double u = uniform() + 1e-300, v = uniform();
    return sqrt(-2.0 * log(u)) * cos(6.283185307179586 * v);
}

static void *xalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) { perror("calloc"); exit(2); }
    return p;
}

// ---------------------------------------------------------------- references

// Layer norm in double: L = sum_ij w_ij y_ij.
static double ln_loss(const double *x, const double *g, const double *b, const double *w,
                      size_t rows, size_t D, double eps, double *y_out)
{
    double L = 0.0;
    for (size_t i = 0; i < rows; i++) {
        const double *xr = x + i * D;
        double mu = 0.0, var = 0.0;
        for (size_t j = 0; j < D; j++) mu += xr[j];
        mu /= (double)D;
        for (size_t j = 0; j < D; j++) var += (xr[j] - mu) * (xr[j] - mu);
        var /= (double)D;
        for (size_t j = 0; j < D; j++) {
            double y = (xr[j] - mu) / sqrt(var + eps) * (g ? g[j] : 1.0) + (b ? b[j] : 0.0);
            if (y_out) y_out[i * D + j] = y;
            L += w[i * D + j] * y;
        }
    }
    return L;
}

// Batch norm in double on (N, C, S). With batch statistics when rm == NULL,
// else with the running statistics rm, rv (constants).
static double bn_loss(const double *x, const double *g, const double *b, const double *w,
                      size_t N, size_t C, size_t S, double eps, const double *rm, const double *rv,
                      double *y_out)
{
    double L = 0.0;
    for (size_t c = 0; c < C; c++) {
        double mu, var;
        if (rm) {
            mu = rm[c];
            var = rv[c];
        } else {
            double M = (double)(N * S);
            mu = 0.0;
            var = 0.0;
            for (size_t n = 0; n < N; n++)
                for (size_t s = 0; s < S; s++) mu += x[(n * C + c) * S + s];
            mu /= M;
            for (size_t n = 0; n < N; n++)
                for (size_t s = 0; s < S; s++) {
                    double d = x[(n * C + c) * S + s] - mu;
                    var += d * d;
                }
            var /= M;
        }
        for (size_t n = 0; n < N; n++)
            for (size_t s = 0; s < S; s++) {
                size_t i = (n * C + c) * S + s;
                double y = (x[i] - mu) / sqrt(var + eps) * (g ? g[c] : 1.0) + (b ? b[c] : 0.0);
                if (y_out) y_out[i] = y;
                L += w[i] * y;
            }
    }
    return L;
}

// ---------------------------------------------------------------- checking

typedef double (*loss_fn)(void *ctx);

// Central difference of loss along v[k] for the coordinates in `which`.
static double fd(loss_fn f, void *ctx, double *v, size_t k)
{
    double keep = v[k];
    double h = H * fmax(1.0, fabs(keep));
    v[k] = keep + h;
    double up = f(ctx);
    v[k] = keep - h;
    double down = f(ctx);
    v[k] = keep;
    return (up - down) / (2.0 * h);
}

// Compares analytic (float) with finite differences on `count` coordinates
// of v (all of them when count >= n, else a random subset).
static int check_grad(const char *test, const char *what, loss_fn f, void *ctx, double *v, size_t n,
                      const float *analytic, size_t count)
{
    size_t m = count < n ? count : n;
    float *got = xalloc(m, sizeof(float));
    double *want = xalloc(m, sizeof(double));
    for (size_t t = 0; t < m; t++) {
        size_t k = count < n ? (size_t)(uniform() * (double)n) : t;
        got[t] = analytic[k];
        want[t] = fd(f, ctx, v, k);
    }
    int ok = compare_doubles(test, what, got, want, m, RTOL, 0.0);
    free(got);
    free(want);
    return ok;
}

// ---------------------------------------------------------------- layer norm

typedef struct ln_ctx {
    double *x, *g, *b, *w;
    size_t rows, D;
    double eps;
} ln_ctx;

static double ln_f(void *p)
{
    ln_ctx *c = p;
    return ln_loss(c->x, c->g, c->b, c->w, c->rows, c->D, c->eps, NULL);
}

static int ln_case(const char *name, size_t rows, size_t D, double offset, bool affine, size_t sample)
{
    size_t n = rows * D;
    float *x = xalloc(n, 4), *g = xalloc(D, 4), *b = xalloc(D, 4), *w = xalloc(n, 4);
    float *y = xalloc(n, 4), *mean = xalloc(rows, 4), *rstd = xalloc(rows, 4);
    float *dx = xalloc(n, 4), *dg = xalloc(D, 4), *db = xalloc(D, 4);
    ln_ctx c = {xalloc(n, 8), xalloc(D, 8), xalloc(D, 8), xalloc(n, 8), rows, D, 1e-5};
    double *y64 = xalloc(n, 8);
    for (size_t i = 0; i < n; i++) {
        x[i] = (float)(offset + normal() * (1.0 + 0.1 * (double)(i / D)));
        w[i] = (float)normal();
        c.x[i] = x[i];
        c.w[i] = w[i];
    }
    for (size_t j = 0; j < D; j++) {
        g[j] = (float)(1.0 + 0.5 * normal());
        b[j] = (float)(0.2 * normal());
        c.g[j] = g[j];
        c.b[j] = b[j];
    }
    const float *gp = affine ? g : NULL, *bp = affine ? b : NULL;
    double *cg = c.g, *cb = c.b;
    if (!affine) c.g = c.b = NULL;
    int ok = layer_norm_forward(y, mean, rstd, x, gp, bp, rows, D, 1e-5f, NULL) == 0;
    ln_loss(c.x, c.g, c.b, c.w, rows, D, c.eps, y64);
    ok &= compare_doubles(name, "y vs double", y, y64, n, RTOL, 0.0);
    ok &= layer_norm_backward(dx, affine ? dg : NULL, affine ? db : NULL, w, x, mean, rstd, gp, rows, D,
                              NULL) == 0;
    ok &= check_grad(name, "dx", ln_f, &c, c.x, n, dx, sample);
    if (affine) {
        ok &= check_grad(name, "dgain", ln_f, &c, c.g, D, dg, sample);
        ok &= check_grad(name, "dbias", ln_f, &c, c.b, D, db, sample);
    }
    // The plain reference, on the same case.
    memset(dg, 0, D * sizeof *dg);
    memset(db, 0, D * sizeof *db);
    layer_norm_plain_forward(y, mean, rstd, x, gp, bp, rows, D, 1e-5f);
    ok &= compare_doubles(name, "plain y vs double", y, y64, n, RTOL, 0.0);
    layer_norm_plain_backward(dx, affine ? dg : NULL, affine ? db : NULL, w, x, mean, rstd, gp, rows, D);
    ok &= check_grad(name, "plain dx", ln_f, &c, c.x, n, dx, sample);
    if (affine) {
        ok &= check_grad(name, "plain dgain", ln_f, &c, c.g, D, dg, sample);
        ok &= check_grad(name, "plain dbias", ln_f, &c, c.b, D, db, sample);
    }
    free(x); free(g); free(b); free(w); free(y); free(mean); free(rstd); free(dx); free(dg); free(db);
    free(c.x); free(c.w); free(y64); free(cg); free(cb);
    return ok;
}

// ---------------------------------------------------------------- batch norm

typedef struct bn_ctx {
    double *x, *g, *b, *w, *rm, *rv;
    size_t N, C, S;
    double eps;
} bn_ctx;

static double bn_f(void *p)
{
    bn_ctx *c = p;
    return bn_loss(c->x, c->g, c->b, c->w, c->N, c->C, c->S, c->eps, c->rm, c->rv, NULL);
}

static int bn_case(const char *name, size_t N, size_t C, size_t S, double offset, bool affine,
                   bool training, size_t sample)
{
    size_t n = N * C * S;
    float *x = xalloc(n, 4), *g = xalloc(C, 4), *b = xalloc(C, 4), *w = xalloc(n, 4), *y = xalloc(n, 4);
    float *mean = xalloc(C, 4), *rstd = xalloc(C, 4), *dx = xalloc(n, 4), *dg = xalloc(C, 4), *db = xalloc(C, 4);
    float *rm = xalloc(C, 4), *rv = xalloc(C, 4);
    bn_ctx c = {xalloc(n, 8), xalloc(C, 8), xalloc(C, 8), xalloc(n, 8), NULL, NULL, N, C, S, 1e-5};
    double *y64 = xalloc(n, 8), *rm64 = xalloc(C, 8), *rv64 = xalloc(C, 8);
    for (size_t i = 0; i < n; i++) {
        x[i] = (float)(offset + normal() * (1.0 + 0.3 * (double)((i / S) % C)));
        w[i] = (float)normal();
        c.x[i] = x[i];
        c.w[i] = w[i];
    }
    batch_norm_state st;
    batch_norm_state_init(&st, C, rm, rv, NULL);
    st.affine = affine;
    for (size_t k = 0; k < C; k++) {
        g[k] = (float)(1.0 + 0.5 * normal());
        b[k] = (float)(0.2 * normal());
        c.g[k] = g[k];
        c.b[k] = b[k];
        rm[k] = (float)(offset + normal());
        rv[k] = (float)(0.5 + uniform());
        rm64[k] = rm[k];
        rv64[k] = rv[k];
    }
    if (!training) { c.rm = rm64; c.rv = rv64; }
    double *cg = c.g, *cb = c.b;
    if (!affine) c.g = c.b = NULL;
    int ok = batch_norm_forward(&st, y, mean, rstd, x, g, b, N, S, training, NULL) == 0;
    bn_loss(c.x, c.g, c.b, c.w, N, C, S, c.eps, c.rm, c.rv, y64);
    ok &= compare_doubles(name, "y vs double", y, y64, n, RTOL, 0.0);
    ok &= batch_norm_backward(&st, dx, dg, db, w, x, mean, rstd, g, N, S, training, NULL) == 0;
    ok &= check_grad(name, "dx", bn_f, &c, c.x, n, dx, sample);
    if (affine) {
        ok &= check_grad(name, "dgain", bn_f, &c, c.g, C, dg, sample);
        ok &= check_grad(name, "dbias", bn_f, &c, c.b, C, db, sample);
    }
    // The plain reference, on the same case (running statistics as the
    // fast kernel found them: training updated only the copies in rm, rv).
    memset(dg, 0, C * sizeof *dg);
    memset(db, 0, C * sizeof *db);
    for (size_t k = 0; k < C; k++) { rm[k] = (float)rm64[k]; rv[k] = (float)rv64[k]; }
    const float *gp = affine ? g : NULL, *bp = affine ? b : NULL;
    batch_norm_plain_forward(y, mean, rstd, rm, rv, x, gp, bp, N, C, S, 1e-5f, 0.1f, training);
    ok &= compare_doubles(name, "plain y vs double", y, y64, n, RTOL, 0.0);
    batch_norm_plain_backward(dx, affine ? dg : NULL, affine ? db : NULL, w, x, mean, rstd, gp, N, C, S, training);
    ok &= check_grad(name, "plain dx", bn_f, &c, c.x, n, dx, sample);
    if (affine) {
        ok &= check_grad(name, "plain dgain", bn_f, &c, c.g, C, dg, sample);
        ok &= check_grad(name, "plain dbias", bn_f, &c, c.b, C, db, sample);
    }
    free(x); free(g); free(b); free(w); free(y); free(mean); free(rstd); free(dx); free(dg); free(db);
    free(rm); free(rv); free(c.x); free(cg); free(cb); free(c.w); free(y64); free(rm64); free(rv64);
    return ok;
}

int main(void)
{
    test_tally t = {0, 0};
    tally(&t, "ln (3, 7) affine", ln_case("ln (3, 7)", 3, 7, 0.5, true, SIZE_MAX));
    tally(&t, "ln (4, 33) no affine", ln_case("ln (4, 33) no affine", 4, 33, -2.0, false, SIZE_MAX));
    tally(&t, "ln (2, 1) D = 1", ln_case("ln (2, 1)", 2, 1, 0.0, true, SIZE_MAX));
    tally(&t, "ln (2, 4100) mean 100", ln_case("ln (2, 4100)", 2, 4100, 100.0, true, 48));
    tally(&t, "bn (3, 2, 5) training", bn_case("bn (3, 2, 5) train", 3, 2, 5, 0.3, true, true, SIZE_MAX));
    tally(&t, "bn (6, 3) S = 1 training", bn_case("bn (6, 3, 1) train", 6, 3, 1, -1.0, true, true, SIZE_MAX));
    tally(&t, "bn (4, 3, 6) no affine", bn_case("bn (4, 3, 6) no aff", 4, 3, 6, 0.0, false, true, SIZE_MAX));
    tally(&t, "bn (2, 3, 4) eval", bn_case("bn (2, 3, 4) eval", 2, 3, 4, 1.0, true, false, SIZE_MAX));
    tally(&t, "bn (3, 2, 4200) mean 50", bn_case("bn (3, 2, 4200)", 3, 2, 4200, 50.0, true, true, 48));
    // S = 1: the row-by-row path, over one or more blocks of up to 256 channels
    // (with 2 threads, blocks of C / 2 rounded up to 16).
    tally(&t, "bn (7, 70) S = 1 training", bn_case("bn (7, 70, 1) train", 7, 70, 1, 0.5, true, true, SIZE_MAX));
    tally(&t, "bn (300, 67) S = 1 mean 20", bn_case("bn (300, 67, 1)", 300, 67, 1, 20.0, true, true, 64));
    tally(&t, "bn (5, 70) S = 1 no affine", bn_case("bn (5, 70, 1) no aff", 5, 70, 1, -1.0, false, true, SIZE_MAX));
    tally(&t, "bn (3, 70) S = 1 eval", bn_case("bn (3, 70, 1) eval", 3, 70, 1, 1.0, true, false, SIZE_MAX));
    tally(&t, "bn (3, 300) S = 1 training", bn_case("bn (3, 300, 1) train", 3, 300, 1, 2.0, true, true, 96));
    tally(&t, "bn (150, 70) S = 1 eval", bn_case("bn (150, 70, 1) eval", 150, 70, 1, -3.0, true, false, 64));
    return tally_finish(&t);
}
