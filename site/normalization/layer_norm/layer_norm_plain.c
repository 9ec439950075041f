// ---
// title: Layer Normalization, plainly
// summary: Layer normalization as the textbook writes it, one loop per formula: the forward pass and the backward pass, and why there are no running statistics. The fast kernels are tested against it.
// order: 1
// ---

// # Layer Normalization, plainly
//
// Layer normalization (Ba, Kiros and Hinton, 2016) standardises each example
// with the mean and variance of its own features, then applies a learned
// gain and bias per feature. This page is the algorithm in plain loops, each
// formula beside the loop that computes it. The
// [fast kernels](layer_norm.c.html) compute the same numbers with blocks,
// vector instructions and threads; the tests compare them with this file on
// many shapes, and this file with PyTorch and with finite differences.
//
// The input is `rows` rows of $D$ features (a row is one example, or one
// token of a sequence). Compared with
// [batch normalization](../batch_norm/batch_norm_plain.c.html), the sums run
// along a row instead of down a channel; the
// [worked example](../worked_example.c.html) applies both to the same
// $4 \times 3$ input.
//
// Sums are taken in `double`, so that the reference is more accurate than the
// float kernels it checks.
#include "layer_norm_plain.h"

#include <math.h>

// ## Forward
//
// For row $i$:
//
// $$\mu_i = \frac{1}{D}\sum_j x_{ij}, \qquad
//   \sigma_i^2 = \frac{1}{D}\sum_j (x_{ij} - \mu_i)^2, \qquad
//   r_i = \frac{1}{\sqrt{\sigma_i^2 + \epsilon}},$$
//
// $$\hat x_{ij} = (x_{ij} - \mu_i)\, r_i, \qquad y_{ij} = g_j\,\hat x_{ij} + b_j.$$
//
// The variance is the biased one (divided by $D$), as in PyTorch. $\mu_i$ and
// $r_i$ are saved for the backward pass.
//
// There are **no running statistics**: a row's statistics are computed from
// that row alone, in training and at inference alike, so there is nothing to
// remember between batches and a batch of one row is fine.
void layer_norm_plain_forward(float *y, float *mean, float *rstd,
                              const float *x, const float *gain, const float *bias,
                              size_t rows, size_t D, float eps)
{
    for (size_t i = 0; i < rows; i++) {
        const float *xi = x + i * D;
        double sum = 0.0, sq = 0.0;
        for (size_t j = 0; j < D; j++) sum += xi[j];
        const double mu = sum / (double)D;
        for (size_t j = 0; j < D; j++) sq += (xi[j] - mu) * (xi[j] - mu);
        const double r = 1.0 / sqrt(sq / (double)D + eps);
        mean[i] = (float)mu;
        rstd[i] = (float)r;
        for (size_t j = 0; j < D; j++) {
            double g = gain ? gain[j] : 1.0, b = bias ? bias[j] : 0.0;
            y[i * D + j] = (float)(g * ((xi[j] - mu) * r) + b);
        }
    }
}

// ## Backward
//
// Given $\mathrm{dy}_{ij} = \partial L/\partial y_{ij}$, the gradients of the
// parameters and of the input. The input gradient is batch norm's
// [derivation](../batch_norm/backward.md) with the sum over a channel
// replaced by the sum over a row.
void layer_norm_plain_backward(float *dx, float *dgain, float *dbias,
                               const float *dy, const float *x,
                               const float *mean, const float *rstd, const float *gain,
                               size_t rows, size_t D)
{
    // Every row uses the same $g$ and $b$, so their gradients sum over the
    // rows, down each column:
    //
    // $$\frac{\partial L}{\partial b_j} = \sum_i \mathrm{dy}_{ij}, \qquad
    //   \frac{\partial L}{\partial g_j} = \sum_i \mathrm{dy}_{ij}\,\hat x_{ij}.$$
    for (size_t j = 0; j < D && (dgain || dbias); j++) {
        double dg = 0.0, db = 0.0;
        for (size_t i = 0; i < rows; i++) {
            dg += dy[i * D + j] * ((x[i * D + j] - mean[i]) * (double)rstd[i]);
            db += dy[i * D + j];
        }
        if (dgain) dgain[j] += (float)dg;
        if (dbias) dbias[j] += (float)db;
    }
    // The gain varies along the row, so it goes inside the sums: with
    // $h_{ij} = g_j\,\mathrm{dy}_{ij}$,
    //
    // $$\frac{\partial L}{\partial x_{ij}} = r_i\left(h_{ij}
    //   - \frac{1}{D}\sum_{k} h_{ik}
    //   - \hat x_{ij}\,\frac{1}{D}\sum_{k} h_{ik}\,\hat x_{ik}\right),$$
    //
    // the two means being `mean_h` and `mean_hx` below.
    for (size_t i = 0; i < rows; i++) {
        const double mu = mean[i], r = rstd[i];
        double mean_h = 0.0, mean_hx = 0.0;
        for (size_t j = 0; j < D; j++) {
            double h = (gain ? gain[j] : 1.0) * dy[i * D + j];
            mean_h += h / (double)D;
            mean_hx += h * ((x[i * D + j] - mu) * r) / (double)D;
        }
        for (size_t j = 0; j < D; j++) {
            double h = (gain ? gain[j] : 1.0) * dy[i * D + j];
            double xhat = (x[i * D + j] - mu) * r;
            dx[i * D + j] = (float)(r * (h - mean_h - xhat * mean_hx));
        }
    }
}

// ## Exercises
//
// 1. Can layer normalization, with some $g$ and $b$, be the identity map
//    $y = x$ for every input?
//
//    > [!ANSWER]
//    > No. Every row's output is $g \odot \hat x + b$, where $\hat x$ has mean
//    > 0 and mean square $\sigma^2 r^2 < 1$ whatever the row was: the row's
//    > own mean and norm are gone, and $g$, $b$ are the same for all rows, so
//    > they cannot give each row its own back. Two rows $x$ and $2x + 3$
//    > (with $\epsilon = 0$) give the same $y$. Batch normalization at
//    > inference is different: there $\mu_c$ and $\sigma_c$ are constants, and
//    > $\gamma_c = \sqrt{\sigma_c^2+\epsilon}$, $\beta_c = \mu_c$ undo it.
//
// 2. Show that every row of $\partial L/\partial x$ sums to zero, and that
//    for $\epsilon = 0$ it is orthogonal to the row's $\hat x$ (and nearly so
//    for $\sigma_i^2 \gg \epsilon$).
//
//    > [!ANSWER]
//    > Write $\overline{h}_i = \frac{1}{D}\sum_k h_{ik}$ and
//    > $\overline{h\hat x}_i = \frac{1}{D}\sum_k h_{ik}\hat x_{ik}$. Sum the
//    > bracket over $j$:
//    > $D\,\overline{h}_i - D\,\overline{h}_i - \overline{h\hat x}_i\sum_j \hat x_{ij} = 0$,
//    > since $\sum_j \hat x_{ij} = 0$. Multiply it by $\hat x_{ij}$ and sum:
//    > $D\,\overline{h\hat x}_i - 0 - \overline{h\hat x}_i \sum_j \hat x_{ij}^2$, which is zero when
//    > $\sum_j \hat x_{ij}^2 = D$, that is when $\epsilon = 0$ (for
//    > $\sigma_i^2 \gg \epsilon$ nearly so). Moving $x$ along its mean
//    > direction or along $\hat x$ does not change $y$, so the gradient has no
//    > component there.
//
// 3. RMSNorm (Zhang and Sennrich, 2019) skips the mean: $y_{ij} = g_j\,x_{ij}
//    / \sqrt{\frac{1}{D}\sum_k x_{ik}^2 + \epsilon}$. Change
//    `layer_norm_plain_forward` into it, and say what becomes of the
//    backward formula.
//
//    > [!ANSWER]
//    > In the forward pass set `mu = 0` instead of `sum / D` (the second loop
//    > then sums $x^2$) and drop the bias, or keep it as an option. In the
//    > backward pass nothing depends on a mean any more, so the
//    > $\frac{1}{D}\sum_k h_{ik}$ term goes:
//    > $\partial L/\partial x_{ij} = r_i\,(h_{ij} - \hat x_{ij}\,\frac{1}{D}\sum_k h_{ik}\hat x_{ik})$
//    > with $\hat x_{ij} = x_{ij}\, r_i$. One reduction fewer per row in each
//    > direction.
//
// 4. Layer normalization is applied at inference to a batch of one example.
//    What changes compared with training, and what would for batch
//    normalization?
//
//    > [!ANSWER]
//    > Nothing changes for layer normalization: the function above has no
//    > `training` argument, and a row's output depends on that row only. Batch
//    > normalization in training would need the batch's statistics, which one
//    > example with $S = 1$ does not have ($M = 1$, no variance); at inference
//    > it uses its running statistics instead.
//
// ## References
//
// * Ba, Kiros, Hinton (2016), *Layer Normalization*,
//   [arXiv:1607.06450](https://arxiv.org/abs/1607.06450): statistics over
//   the features of one example, the same computation in training and at
//   inference, and per-feature gain and bias.
// * Zhang, Sennrich (2019), *Root Mean Square Layer Normalization*,
//   [arXiv:1910.07467](https://arxiv.org/abs/1910.07467): RMSNorm, layer
//   normalization without the mean.
// * PyTorch, [`torch.nn.LayerNorm`](https://pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html):
//   the semantics matched here (biased variance, $\epsilon$ inside the square
//   root, default $10^{-5}$).
