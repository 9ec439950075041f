// A kernel writes its output with streaming stores when the arrays it reads
// and writes together exceed NORM_STREAM_BYTES (32 MiB; moments.h); the
// fixture and finite-difference tests use small arrays and never take that
// path. Here each kernel runs on arrays just above the limit, and its output
// is compared with the same values computed through the ordinary path (a
// small call on a part of the data, which must agree bit for bit because the
// arithmetic is the same), or, where a small call would change the
// statistics, with a double-precision computation (rtol 1e-5 as in
// test_gradcheck.c).
#define _POSIX_C_SOURCE 200809L
#include "batch_norm.h"
#include "compare.h"
#include "layer_norm.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static float *big(size_t n, unsigned seed)
{
    float *p = NULL;
    if (posix_memalign((void **)&p, 64, n * sizeof(float)) != 0) {
        perror("posix_memalign");
        exit(2);
    }
    unsigned h = seed;
    for (size_t i = 0; i < n; i++) {
        h = h * 1664525u + 1013904223u;
        p[i] = (float)(h >> 8) * (1.0f / 16777216.0f) * 2.0f - 1.0f + 3.0f * (float)(seed % 3);
    }
    return p;
}

static int same_bits(const char *what, const float *a, const float *b, size_t n)
{
    if (memcmp(a, b, n * sizeof(float)) == 0) return 1;
    for (size_t i = 0; i < n; i++)
        if (memcmp(&a[i], &b[i], sizeof(float)) != 0) {
            fprintf(stderr, "%s: [%zu] = %.9g, ordinary path gives %.9g\n", what, i, a[i], b[i]);
            break;
        }
    return 0;
}

// Layer norm on `ROWS` rows of 1024 floats (4 KiB each).
static int layer_norm_streaming(size_t ROWS)
{
    enum { D = 1024, PART = 24 };
    size_t n = ROWS * D;
    float *x = big(n, 1), *y = big(n, 4), *dy = big(n, 2), *dx = big(n, 5);
    float *g = big(D, 7), *b = big(D, 8), *mean = big(ROWS, 9), *rstd = big(ROWS, 10);
    float ys[PART * D], dxs[PART * D], ms[PART], rs[PART];
    int ok = layer_norm_forward(y, mean, rstd, x, g, b, ROWS, D, 1e-5f, NULL) == 0;
    ok &= layer_norm_backward(dx, NULL, NULL, dy, x, mean, rstd, g, ROWS, D, NULL) == 0;
    // The last PART rows through the ordinary path.
    size_t off = (ROWS - PART) * D;
    ok &= layer_norm_forward(ys, ms, rs, x + off, g, b, PART, D, 1e-5f, NULL) == 0;
    ok &= layer_norm_backward(dxs, NULL, NULL, dy + off, x + off, ms, rs, g, PART, D, NULL) == 0;
    ok &= same_bits("ln y", y + off, ys, (size_t)PART * D);
    ok &= same_bits("ln dx", dx + off, dxs, (size_t)PART * D);
    free(x); free(y); free(dy); free(dx); free(g); free(b); free(mean); free(rstd);
    return ok;
}

static int batch_norm_streaming(void)
{
    enum { N = 43, C = 64, S = 3136 };  // 43 * 64 * 3136 * 4 bytes > 32 MiB
    size_t n = (size_t)N * C * S;
    float *x = big(n, 1), *y = big(n, 4), *dy = big(n, 2), *dx = big(n, 5);
    float g[C], b[C], mean[C], rstd[C], dg[C] = {0}, db[C] = {0}, rm[C], rv[C];
    for (int c = 0; c < C; c++) { g[c] = 1.0f + 0.01f * (float)c; b[c] = 0.1f * (float)c; }
    batch_norm_state st;
    batch_norm_state_init(&st, C, rm, rv, NULL);
    int ok = batch_norm_forward(&st, y, mean, rstd, x, g, b, N, S, true, NULL) == 0;
    ok &= batch_norm_backward(&st, dx, dg, db, dy, x, mean, rstd, g, N, S, true, NULL) == 0;

    // Channel 5 in double precision: statistics, y and dx.
    enum { c = 5 };
    double M = (double)N * S, mu = 0.0, var = 0.0, sdy = 0.0, sdyx = 0.0;
    for (size_t k = 0; k < N; k++)
        for (size_t s = 0; s < S; s++) mu += x[(k * C + c) * S + s];
    mu /= M;
    for (size_t k = 0; k < N; k++)
        for (size_t s = 0; s < S; s++) var += pow(x[(k * C + c) * S + s] - mu, 2);
    var /= M;
    double r = 1.0 / sqrt(var + 1e-5);
    for (size_t k = 0; k < N; k++)
        for (size_t s = 0; s < S; s++) {
            size_t i = (k * C + c) * S + s;
            sdy += dy[i];
            sdyx += dy[i] * (x[i] - mu) * r;
        }
    double *ywant = malloc(N * S * sizeof(double)), *dxwant = malloc(N * S * sizeof(double));
    float *ygot = malloc(N * S * sizeof(float)), *dxgot = malloc(N * S * sizeof(float));
    if (!ywant || !dxwant || !ygot || !dxgot) { perror("malloc"); exit(2); }
    for (size_t k = 0; k < N; k++)
        for (size_t s = 0; s < S; s++) {
            size_t i = (k * C + c) * S + s, j = k * S + s;
            double xh = (x[i] - mu) * r;
            ywant[j] = xh * g[c] + b[c];
            dxwant[j] = g[c] * r * (dy[i] - sdy / M - xh * sdyx / M);
            ygot[j] = y[i];
            dxgot[j] = dx[i];
        }
    ok &= compare_doubles("bn streaming", "y channel 5", ygot, ywant, N * S, 1e-5, 0.0);
    ok &= compare_doubles("bn streaming", "dx channel 5", dxgot, dxwant, N * S, 1e-5, 0.0);
    free(ywant); free(dxwant); free(ygot); free(dxgot);

    // Evaluation mode is elementwise: the first two examples alone, through
    // the ordinary path, must give the same bits.
    ok &= batch_norm_forward(&st, y, NULL, NULL, x, g, b, N, S, false, NULL) == 0;
    ok &= batch_norm_backward(&st, dx, NULL, NULL, dy, x, mean, rstd, g, N, S, false, NULL) == 0;
    float *ys = malloc(2 * C * S * sizeof(float)), *dxs = malloc(2 * C * S * sizeof(float));
    if (!ys || !dxs) { perror("malloc"); exit(2); }
    ok &= batch_norm_forward(&st, ys, NULL, NULL, x, g, b, 2, S, false, NULL) == 0;
    ok &= batch_norm_backward(&st, dxs, NULL, NULL, dy, x, mean, rstd, g, 2, S, false, NULL) == 0;
    ok &= same_bits("bn eval y", y, ys, 2 * C * S);
    ok &= same_bits("bn eval dx", dx, dxs, 2 * C * S);
    free(ys); free(dxs);
    free(x); free(y); free(dy); free(dx);
    return ok;
}

int main(void)
{
    test_tally t = {0, 0};
    // 8200 rows: x and y are 32.03 MiB each, both passes stream. 2800 rows:
    // x, dy and dx are 10.9 MiB each, 32.8 MiB together, so the backward pass
    // streams and the forward pass (x and y, 21.9 MiB) does not.
    tally(&t, "layer norm, streamed output = ordinary output", layer_norm_streaming(8200));
    tally(&t, "layer norm, backward streamed, three arrays over the limit", layer_norm_streaming(2800));
    tally(&t, "batch norm, streamed output", batch_norm_streaming());
    return tally_finish(&t);
}
