/*
---
title: Layers over CBLAS
summary: Dense layers as one matrix product each, convolutions as im2col plus one matrix product per batch, and their gradients.
---

# Layers over CBLAS

Nearly all the arithmetic of a small network is in matrix products, and a
tuned BLAS is built to do those fast: blocked for the caches and vectorised
(K. Goto and R. van de Geijn, *Anatomy of High-Performance Matrix
Multiplication*, ACM TOMS 34(3), 2008). We express the
dense and convolution layers as single `cblas_sgemm` calls over the whole
batch, and keep everything else (ReLU, pooling, the loss) as simple loops.

`cblas_sgemm(order, ta, tb, M, N, K, α, A, lda, B, ldb, β, C, ldc)` computes
$C \leftarrow \alpha\, \mathrm{op}(A)\, \mathrm{op}(B) + \beta C$ with
$\mathrm{op}(A)$ of shape $M \times K$ and $\mathrm{op}(B)$ of shape $K \times N$.
All our arrays are row-major.
*/
#include "layers.h"

#include <cblas.h>
#include <math.h>
#include <string.h>

/*
## Dense layer

For a batch $X$ of shape $(N, \text{in})$, weights $W$ of shape
$(\text{out}, \text{in})$ and bias $b$:

$$Y = X W^\top + \mathbf{1} b^\top$$

We write the bias into every row first and let the product add to it
($\beta = 1$).
*/
void dense_forward(float *y, const float *x, const float *w, const float *b, int N,
                   int in, int out)
{
    for (int n = 0; n < N; n++) {
        if (b != NULL)
            memcpy(y + (size_t)n * out, b, (size_t)out * sizeof(float));
        else
            memset(y + (size_t)n * out, 0, (size_t)out * sizeof(float));
    }
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, N, out, in, 1.0f, x, in, w, in,
                1.0f, y, out);
}

/*
With $G = \partial L / \partial Y$ of shape $(N, \text{out})$, the chain rule
gives three products:

$$\frac{\partial L}{\partial W} = G^\top X, \qquad
\frac{\partial L}{\partial b} = G^\top \mathbf{1}, \qquad
\frac{\partial L}{\partial X} = G W.$$

The first two sum over the batch (the inner dimension of $G^\top X$ is $N$). Both
are added to what `dw` and `db` already hold ($\beta = 1$, `+=`), because every
backward kernel accumulates into its parameter gradients ([layers.h](layers.h)).
*/
void dense_backward(float *dx, float *dw, float *db, const float *dy, const float *x,
                    const float *w, int N, int in, int out)
{
    cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, out, in, N, 1.0f, dy, out, x,
                in, 1.0f, dw, in);
    if (db != NULL) {
        for (int n = 0; n < N; n++)
            for (int j = 0; j < out; j++)
                db[j] += dy[(size_t)n * out + j];
    }
    if (dx != NULL)
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, N, in, out, 1.0f, dy,
                    out, w, in, 0.0f, dx, in);
}

/*
## Convolution as a matrix product

A $k \times k$ convolution with $K$ filters computes, at each output position,
the dot product of every filter with the $C \cdot k \cdot k$ input values under
it:

$$y_{n,f,i,j} = b_f + \sum_{c,u,v} w_{f,c,u,v}\; x_{n,c,\,i+u-p,\,j+v-p}$$

with $x = 0$ outside the image (zero padding $p$). If we copy the values under
each output position into a column, the whole convolution of the batch becomes
one product: weights $(K, Ckk)$ times columns $(Ckk, N H_o W_o)$. This copy is
"im2col". It costs memory ($k^2$ copies of the input) but turns the work into
the one operation BLAS does best.

Row $r = (c, u, v)$ of `col` holds, for every output position $(n, i, j)$, the
input value that filter tap $(c, u, v)$ sees there.
*/
static void im2col(float *col, const float *x, int N, int C, int H, int W, int k,
                   int pad)
{
    int Ho = H + 2 * pad - k + 1, Wo = W + 2 * pad - k + 1;
    size_t cols = (size_t)N * Ho * Wo;
    for (int c = 0; c < C; c++)
        for (int u = 0; u < k; u++)
            for (int v = 0; v < k; v++) {
                float *row = col + ((size_t)(c * k + u) * k + v) * cols;
                /* Output columns j in [lo, hi) read inside the image. */
                int lo = pad - v > 0 ? pad - v : 0;
                int hi = W + pad - v < Wo ? W + pad - v : Wo;
                for (int n = 0; n < N; n++) {
                    const float *img = x + ((size_t)n * C + c) * H * W;
                    for (int i = 0; i < Ho; i++) {
                        float *out = row + ((size_t)n * Ho + i) * Wo;
                        int yy = i + u - pad;
                        if (yy < 0 || yy >= H || hi <= lo) {
                            memset(out, 0, (size_t)Wo * sizeof(float));
                            continue;
                        }
                        for (int j = 0; j < lo; j++)
                            out[j] = 0.0f;
                        memcpy(out + lo, img + (size_t)yy * W + (lo + v - pad),
                               (size_t)(hi - lo) * sizeof(float));
                        for (int j = hi; j < Wo; j++)
                            out[j] = 0.0f;
                    }
                }
            }
}

/*
The reverse of im2col: each input value was copied into up to $k^2$ places, so
its gradient is the sum of the gradients of those copies.
*/
static void col2im(float *dx, const float *dcol, int N, int C, int H, int W, int k,
                   int pad)
{
    int Ho = H + 2 * pad - k + 1, Wo = W + 2 * pad - k + 1;
    size_t cols = (size_t)N * Ho * Wo;
    memset(dx, 0, (size_t)N * C * H * W * sizeof(float));
    for (int c = 0; c < C; c++)
        for (int u = 0; u < k; u++)
            for (int v = 0; v < k; v++) {
                const float *row = dcol + ((size_t)(c * k + u) * k + v) * cols;
                int lo = pad - v > 0 ? pad - v : 0;
                int hi = W + pad - v < Wo ? W + pad - v : Wo;
                for (int n = 0; n < N; n++) {
                    float *img = dx + ((size_t)n * C + c) * H * W;
                    for (int i = 0; i < Ho; i++) {
                        int yy = i + u - pad;
                        if (yy < 0 || yy >= H)
                            continue;
                        const float *in = row + ((size_t)n * Ho + i) * Wo;
                        float *dst = img + (size_t)yy * W + (v - pad);
                        for (int j = lo; j < hi; j++)
                            dst[j] += in[j];
                    }
                }
            }
}

/*
The product gives the output as (K, N, Ho·Wo), filters first; the next layer
wants (N, K, Ho·Wo). Swapping the two outer axes moves whole rows of Ho·Wo
values, and we add the bias on the way.
*/
void conv_forward(float *y, float *col, float *tmp, const float *x, const float *w,
                  const float *b, int N, int C, int H, int W, int K, int k, int pad)
{
    int Ho = H + 2 * pad - k + 1, Wo = W + 2 * pad - k + 1;
    int P = Ho * Wo, taps = C * k * k;
    im2col(col, x, N, C, H, W, k, pad);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, K, N * P, taps, 1.0f, w,
                taps, col, N * P, 0.0f, tmp, N * P);
    for (int n = 0; n < N; n++)
        for (int f = 0; f < K; f++) {
            const float *src = tmp + ((size_t)f * N + n) * P;
            float *dst = y + ((size_t)n * K + f) * P;
            float bias = b != NULL ? b[f] : 0.0f;
            for (int p = 0; p < P; p++)
                dst[p] = src[p] + bias;
        }
}

/*
Backward, with $G$ the output gradient rearranged to (K, N·Ho·Wo) and
$\mathrm{col}$ the unfolded input:

$$\frac{\partial L}{\partial W} = G\, \mathrm{col}^\top, \qquad
\frac{\partial L}{\partial b_f} = \sum_{n,i,j} G_{f,(n,i,j)}, \qquad
\frac{\partial L}{\partial \mathrm{col}} = W^\top G,$$

and col2im folds the last one back onto the input.
*/
void conv_backward(float *dx, float *dw, float *db, float *dcol, float *tmp,
                   const float *dy, const float *col, const float *w, int N, int C,
                   int H, int W, int K, int k, int pad)
{
    int Ho = H + 2 * pad - k + 1, Wo = W + 2 * pad - k + 1;
    int P = Ho * Wo, taps = C * k * k;
    for (int n = 0; n < N; n++)
        for (int f = 0; f < K; f++)
            memcpy(tmp + ((size_t)f * N + n) * P, dy + ((size_t)n * K + f) * P,
                   (size_t)P * sizeof(float));
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, K, taps, N * P, 1.0f, tmp,
                N * P, col, N * P, 1.0f, dw, taps);
    if (db != NULL)
        for (int f = 0; f < K; f++) {
            const float *g = tmp + (size_t)f * N * P;
            float s = 0.0f;
            for (size_t i = 0; i < (size_t)N * P; i++)
                s += g[i];
            db[f] += s;
        }
    if (dx != NULL) {
        cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, taps, N * P, K, 1.0f, w,
                    taps, tmp, N * P, 0.0f, dcol, N * P);
        col2im(dx, dcol, N, C, H, W, k, pad);
    }
}

/*
## ReLU

$y = \max(0, x)$; its derivative is 1 where $y > 0$ and 0 elsewhere (we take
0 at $x = 0$, as PyTorch does). Written as `x < 0 ? 0 : x`, a NaN input stays
NaN, as in PyTorch. `restrict` promises the compiler that input and output do
not overlap, so it can vectorise the loops without a run-time check.
*/
void relu_forward(float *restrict y, const float *restrict x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = x[i] < 0.0f ? 0.0f : x[i];
}

void relu_backward(float *restrict dx, const float *restrict dy,
                   const float *restrict y, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        float g = dy[i]; /* read unconditionally, so the loop has no branch */
        dx[i] = y[i] > 0.0f ? g : 0.0f;
    }
}

/*
## Max pooling

Each output is the largest of a 2 × 2 block. The gradient goes to that one
input and the other three get zero, so the forward pass records where the
maximum was (the first one on ties, row by row).
*/
void maxpool2_forward(float *y, int32_t *arg, const float *x, int N, int C, int H,
                      int W)
{
    int Ho = H / 2, Wo = W / 2;
    for (size_t plane = 0; plane < (size_t)N * C; plane++) {
        const float *in = x + plane * H * W;
        float *out = y + plane * Ho * Wo;
        int32_t *where = arg + plane * Ho * Wo;
        for (int i = 0; i < Ho; i++)
            for (int j = 0; j < Wo; j++) {
                int best = 2 * i * W + 2 * j;
                const int cand[3] = {best + 1, best + W, best + W + 1};
                for (int t = 0; t < 3; t++)
                    if (in[cand[t]] > in[best])
                        best = cand[t];
                out[i * Wo + j] = in[best];
                where[i * Wo + j] = best;
            }
    }
}

void maxpool2_backward(float *dx, const float *dy, const int32_t *arg, int N, int C,
                       int H, int W)
{
    int P = (H / 2) * (W / 2);
    memset(dx, 0, (size_t)N * C * H * W * sizeof(float));
    for (size_t plane = 0; plane < (size_t)N * C; plane++)
        for (int p = 0; p < P; p++)
            dx[plane * H * W + arg[plane * P + p]] += dy[plane * P + p];
}

/*
## Softmax cross-entropy

For logits $z$ of one example with label $t$, softmax gives probabilities
$p_i = e^{z_i} / \sum_j e^{z_j}$ and the loss is $\ell = -\log p_t$. Written as

$$\ell = \log \sum_j e^{z_j - m} - (z_t - m), \qquad m = \max_j z_j,$$

no exponential overflows. Its gradient is remarkably simple:
$\partial \ell / \partial z_i = p_i - [i = t]$. We average over the batch, so
each row of the gradient is divided by $N$. The sum of losses is kept in
double so that the mean of a large batch is not rounded twice.
*/
int argmax(const float *z, int n)
{
    int best = 0;
    for (int i = 1; i < n; i++)
        if (z[i] > z[best])
            best = i;
    return best;
}

float softmax_cross_entropy(float *dlogits, const float *logits, const uint8_t *labels,
                            int N, int classes, int *correct)
{
    double total = 0.0;
    int hits = 0;
    for (int n = 0; n < N; n++) {
        const float *z = logits + (size_t)n * classes;
        int best = argmax(z, classes);
        float m = z[best];
        float sum = 0.0f;
        for (int i = 0; i < classes; i++)
            sum += expf(z[i] - m);
        total += logf(sum) - (z[labels[n]] - m);
        hits += best == labels[n];
        if (dlogits != NULL) {
            float *g = dlogits + (size_t)n * classes;
            for (int i = 0; i < classes; i++)
                g[i] = (expf(z[i] - m) / sum - (i == labels[n])) / (float)N;
        }
    }
    if (correct != NULL)
        *correct = hits;
    return (float)(total / N);
}
