// ---
// title: Batch Normalization, plainly
// summary: Batch normalization as the textbook writes it, one loop per formula: the forward pass, the running statistics and the backward pass. The fast kernels are tested against it.
// order: 1
// ---

// # Batch Normalization, plainly
//
// Batch normalization (Ioffe and Szegedy, 2015) standardises each channel of
// a layer's input with the mean and variance of that channel over the
// mini-batch, then lets the network rescale and shift it. This page is the
// whole algorithm in plain loops, each formula beside the loop that computes
// it. The [fast kernels](batch_norm.c.html) compute the same numbers with
// blocks, vector instructions and threads; the tests compare them with this
// file on many shapes, and this file with PyTorch and with finite differences.
//
// The input has shape $(N, C, S)$: $N$ examples, $C$ channels, $S$ positions
// per channel (the pixels of an image; $S = 1$ after a dense layer). Channel
// $c$ has $M = NS$ values, indexed here by $i = (n, s)$. The
// [interface](batch_norm_plain.h.html) gives the shapes of every argument, and
// the [worked example](../worked_example.c.html) runs these functions on a
// $4 \times 3$ input and prints every step.
//
// Sums are taken in `double`: a reference must be more accurate than what it
// checks, and a float sum of $10^5$ terms is not.
#include "batch_norm_plain.h"

#include <math.h>

// ## Forward
//
// Without running statistics, or in training, the channel's statistics come
// from the batch. At inference they are the running ones, so that an
// example's output does not depend on the rest of its batch.
void batch_norm_plain_forward(float *y, float *mean, float *rstd,
                              float *running_mean, float *running_var,
                              const float *x, const float *gain, const float *bias,
                              size_t N, size_t C, size_t S,
                              float eps, float momentum, bool training)
{
    const bool batch_stats = training || !running_mean;
    const double M = (double)N * (double)S;
    for (size_t c = 0; c < C; c++) {
        double mu, var;
        if (batch_stats) {
            // The mean and the *biased* variance (divided by $M$, not $M-1$):
            //
            // $$\mu_c = \frac{1}{M}\sum_i x_{ic}, \qquad
            //   \sigma_c^2 = \frac{1}{M}\sum_i (x_{ic} - \mu_c)^2.$$
            //
            // Two passes: the second subtracts the mean before squaring, so
            // that data far from zero loses no digits.
            double sum = 0.0, sq = 0.0;
            for (size_t n = 0; n < N; n++)
                for (size_t s = 0; s < S; s++) sum += x[(n * C + c) * S + s];
            mu = sum / M;
            for (size_t n = 0; n < N; n++)
                for (size_t s = 0; s < S; s++) {
                    double d = x[(n * C + c) * S + s] - mu;
                    sq += d * d;
                }
            var = sq / M;
            // ## Running statistics
            //
            // In training, with momentum $\alpha$ (PyTorch's default 0.1, the
            // weight of the *new* value; Keras's `momentum=0.99` is the weight
            // of the old one):
            //
            // $$\mu_c^{\mathrm{run}} \leftarrow (1-\alpha)\,\mu_c^{\mathrm{run}}
            //   + \alpha\,\mu_c,$$
            //
            // $$v_c^{\mathrm{run}} \leftarrow (1-\alpha)\,v_c^{\mathrm{run}}
            //   + \alpha\,\frac{M}{M-1}\,\sigma_c^2.$$
            //
            // The running variance estimates the population's, so it takes the
            // unbiased batch variance: $\sigma_c^2$ times $M/(M-1)$.
            if (training && running_mean) {
                double a = momentum;
                running_mean[c] = (float)((1.0 - a) * running_mean[c] + a * mu);
                running_var[c] = (float)((1.0 - a) * running_var[c] + a * var * M / (M - 1.0));
            }
        } else {
            mu = running_mean[c];
            var = running_var[c];
        }
        // ## Normalise, scale and shift
        //
        // $$r_c = \frac{1}{\sqrt{\sigma_c^2 + \epsilon}}, \qquad
        //   \hat x_{ic} = (x_{ic} - \mu_c)\, r_c, \qquad
        //   y_{ic} = \gamma_c\,\hat x_{ic} + \beta_c.$$
        //
        // $\epsilon$ keeps $r_c$ finite for a constant channel. $\mu_c$ and
        // $r_c$ are saved for the backward pass.
        const double r = 1.0 / sqrt(var + eps);
        const double g = gain ? gain[c] : 1.0, b = bias ? bias[c] : 0.0;
        mean[c] = (float)mu;
        rstd[c] = (float)r;
        for (size_t n = 0; n < N; n++)
            for (size_t s = 0; s < S; s++) {
                size_t k = (n * C + c) * S + s;
                y[k] = (float)(g * ((x[k] - mu) * r) + b);
            }
    }
}

// ## Backward
//
// Given $h_{ic} = \partial L/\partial y_{ic}$, the gradients of the
// parameters and of the input. With batch statistics, $\mu_c$ and $r_c$
// depend on every $x_{ic}$; the [derivation](backward.md) works through
// that dependence step by step.
void batch_norm_plain_backward(float *dx, float *dgain, float *dbias,
                               const float *dy, const float *x,
                               const float *mean, const float *rstd, const float *gain,
                               size_t N, size_t C, size_t S, bool batch_stats)
{
    const double M = (double)N * (double)S;
    for (size_t c = 0; c < C; c++) {
        const double mu = mean[c], r = rstd[c], g = gain ? gain[c] : 1.0;
        // The parameter gradients are sums over the channel:
        //
        // $$\frac{\partial L}{\partial\beta_c} = \sum_i h_{ic}, \qquad
        //   \frac{\partial L}{\partial\gamma_c} = \sum_i h_{ic}\,\hat x_{ic}.$$
        double dbeta = 0.0, dgamma = 0.0;
        for (size_t n = 0; n < N; n++)
            for (size_t s = 0; s < S; s++) {
                size_t k = (n * C + c) * S + s;
                dbeta += dy[k];
                dgamma += dy[k] * ((x[k] - mu) * r);
            }
        if (dbias) dbias[c] += (float)dbeta;
        if (dgain) dgain[c] += (float)dgamma;
        // With batch statistics, the same two sums give the input gradient:
        //
        // $$\frac{\partial L}{\partial x_{ic}} = \gamma_c\, r_c \left(h_{ic}
        //   - \frac{1}{M}\frac{\partial L}{\partial\beta_c}
        //   - \hat x_{ic}\,\frac{1}{M}\frac{\partial L}{\partial\gamma_c}\right),$$
        //
        // the upstream gradient with its mean and its component along
        // $\hat x$ removed. With running statistics $\mu_c$ and $r_c$ are
        // constants and $\partial L/\partial x_{ic} = \gamma_c\, r_c\, h_{ic}$.
        for (size_t n = 0; n < N; n++)
            for (size_t s = 0; s < S; s++) {
                size_t k = (n * C + c) * S + s;
                double xhat = (x[k] - mu) * r;
                double kept = batch_stats ? dy[k] - dbeta / M - xhat * dgamma / M : dy[k];
                dx[k] = (float)(g * r * kept);
            }
    }
}

// ## Exercises
//
// 1. A dense layer $z = Wu + d$ feeds batch norm in training. Show that
//    $\partial L/\partial d = 0$ whatever the loss.
//
//    > [!ANSWER]
//    > Adding $d_c$ to every value of channel $c$ adds $d_c$ to $\mu_c$ and
//    > leaves $x_{ic} - \mu_c$ and $\sigma_c^2$ unchanged, so $y$ does not
//    > depend on $d$. In the formula above:
//    > $\partial L/\partial d_c = \sum_i \partial L/\partial x_{ic}$, and the bracket sums to
//    > $\bigl(\sum_i h_{ic} - \partial L/\partial\beta_c\bigr) - \frac{1}{M}\frac{\partial L}{\partial\gamma_c}\sum_i \hat x_{ic} = 0$,
//    > since $\sum_i \hat x_{ic} = 0$. That is why layers before batch
//    > norm are built without a bias: $\beta$ takes its place.
//
// 2. With $M = 2$ values in a channel, what are $\hat x_{1c}$ and
//    $\hat x_{2c}$ (take $\epsilon = 0$ and $x_{1c} \ne x_{2c}$)? What does
//    the backward pass give for $\partial L/\partial x$?
//
//    > [!ANSWER]
//    > $\mu_c$ is the midpoint and $\sigma_c = |x_{1c} - x_{2c}|/2$, so
//    > $\hat x = \pm 1$ whatever the inputs. Then $h - \bar h - \hat x\,\overline{h \hat x}$
//    > is $h$ minus its projection on the span of $(1, 1)$ and $(1, -1)$,
//    > which is all of $\mathbb{R}^2$: $\partial L/\partial x = 0$. With
//    > $\epsilon > 0$ it is not exactly zero but small when
//    > $\sigma_c^2 \gg \epsilon$. A layer below a batch norm over two values
//    > receives almost no gradient, except through the rare channels whose two
//    > values nearly tie.
//
// 3. What does the running variance converge to when every batch has the same
//    $M$ values (and $M \ge 2$)? What is the ratio of the scale used at
//    inference to the scale used in training at $M = 2$?
//
//    > [!ANSWER]
//    > The update is a contraction towards $\frac{M}{M-1}\sigma_c^2$, the
//    > unbiased variance. In training $x - \mu_c$ is divided by
//    > $\sqrt{\sigma_c^2+\epsilon}$, at inference by
//    > $\sqrt{\frac{M}{M-1}\sigma_c^2+\epsilon}$; for $\sigma_c^2 \gg \epsilon$
//    > the ratio is $\sqrt{M/(M-1)}$, $\sqrt 2 \approx 1.41$ at $M = 2$, and
//    > $\hat x$ at inference is $1/\sqrt 2 \approx 0.71$ times $\hat x$ in training.
//
// 4. Scale the weights of the layer before batch norm by $a > 0$ (so
//    $x \to a x$). What happens to $y$ in training, and to
//    $\partial L/\partial x$?
//
//    > [!ANSWER]
//    > $\mu_c \to a\mu_c$ and $\sigma_c \to a\sigma_c$, so $\hat x$ and $y$
//    > do not change (exactly for $\epsilon = 0$). $r_c \to r_c/a$, so
//    > $\partial L/\partial x$ is divided by $a$, and so is the gradient of
//    > those weights: larger weights get smaller gradients. With weight decay
//    > this sets an effective learning rate that depends on the weights'
//    > norm (van Laarhoven, 2017).
//
// ## References
//
// * Ioffe, Szegedy (2015), *Batch Normalization: Accelerating Deep Network
//   Training by Reducing Internal Covariate Shift*,
//   [arXiv:1502.03167](https://arxiv.org/abs/1502.03167): the algorithm, its
//   backward pass, the running statistics for inference, and the unbiased
//   variance $\frac{M}{M-1}\sigma^2$ in them (its Algorithm 2).
// * Santurkar, Tsipras, Ilyas, Madry (2018), *How Does Batch Normalization
//   Help Optimization?*, [arXiv:1805.11604](https://arxiv.org/abs/1805.11604):
//   batch norm does not reduce internal covariate shift in their
//   measurements; it makes the loss smoother.
// * van Laarhoven (2017), *L2 Regularization versus Batch and Weight
//   Normalization*, [arXiv:1706.05350](https://arxiv.org/abs/1706.05350): the
//   output is invariant to the scale of the weights before batch norm, their
//   gradient scales as its inverse, and weight decay then acts on the
//   effective learning rate.
// * PyTorch, [`torch.nn.BatchNorm2d`](https://pytorch.org/docs/stable/generated/torch.nn.BatchNorm2d.html):
//   the semantics matched here (momentum 0.1 as the weight of the new value,
//   `momentum=None` as a cumulative average, biased variance for
//   normalising, unbiased for the running estimate); Keras,
//   [`BatchNormalization`](https://keras.io/api/layers/normalization_layers/batch_normalization/):
//   `momentum=0.99`, the weight of the old value.
