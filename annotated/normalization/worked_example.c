// ---
// title: A worked example
// summary: One 4 × 3 tensor through batch normalization and through layer normalization, step by step: mean, variance, normalised values, output, running statistics and the backward pass, with the numbers this program prints.
// order: 1
// ---

// # A worked example
//
// This program takes one small input, 4 examples of 3 features, through
// batch normalization and through layer normalization, and prints every
// intermediate value. The boxes of output on this page are what it printed
// when the site was built; nothing in them was typed by hand. Run it yourself,
// whole or one part at a time:
//
// ```sh
// cd build/annotated/normalization
// ./worked_example
// ./worked_example bn-forward
// ```
//
// Each step is computed here with its own loop, in `double`, straight from the
// formula beside it. At the end of each pass the program calls the library's
// plain versions ([batch norm](batch_norm/batch_norm_plain.c.html),
// [layer norm](layer_norm/layer_norm_plain.c.html)) on the same input and
// prints how far their float results are from these.
#include "batch_norm_plain.h"
#include "layer_norm_plain.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

// ## The data
//
// The same matrix serves both layers. Batch normalization reads it as
// $(N, C) = (4, 3)$, 4 examples of 3 channels, and takes statistics down each
// **column**. Layer normalization reads it as 4 rows of $D = 3$ features and
// takes statistics along each **row**. The gain and bias have one value per
// column in both cases. `dy` plays the upstream gradient
// $\partial L/\partial y$, as if $L = \sum_{ij} \mathrm{dy}_{ij}\, y_{ij}$.
enum { ROWS = 4, COLS = 3 };
static const float x[ROWS * COLS] = {
    1.0f, -2.0f, 2.0f,
    3.0f,  0.0f, 0.5f,
    5.0f,  2.0f, 1.0f,
   -1.0f,  4.0f, 4.5f,
};
static const float gain[COLS] = {1.0f, 0.5f, 2.0f};
static const float bias[COLS] = {0.0f, 0.5f, -1.0f};
static const float dy[ROWS * COLS] = {
    0.1f, -0.2f,  0.3f,
   -0.4f,  0.5f,  0.0f,
    0.2f,  0.1f, -0.1f,
    0.3f, -0.3f,  0.2f,
};
static const float eps = 1e-5f, momentum = 0.1f;

// ## Printing
//
// `part` is the part of the output asked for on the command line, or `NULL`
// for all of them; the site shows each part beside the code that prints it.
static bool shown(const char *part, const char *name)
{
    return !part || strcmp(part, name) == 0;
}

static void print_matrix(const char *title, const double *a)
{
    printf("%s\n", title);
    for (int i = 0; i < ROWS; i++)
        printf("  %8.4f %8.4f %8.4f\n", a[i * COLS], a[i * COLS + 1], a[i * COLS + 2]);
}

static void print_values(const char *title, const double *a, int n)
{
    printf("%s\n ", title);
    for (int k = 0; k < n; k++) printf(" %8.4f", a[k]);
    printf("\n");
}

static double largest_difference(const float *a, const double *b, int n)
{
    double d = 0.0;
    for (int k = 0; k < n; k++) d = fmax(d, fabs(a[k] - b[k]));
    return d;
}

// ## One set of values
//
// Both layers standardise sets of values; they differ only in which values
// form a set. This function takes the `count` values `v[0]`, `v[stride]`,
// `v[2 * stride]`, ... (a column of `x` has stride `COLS`, a row stride 1)
// and returns their mean, biased variance and $r = 1/\sqrt{\sigma^2+\epsilon}$,
// and writes each value's $\hat x = (x - \mu)\,r$ at the same place in `xhat`.
static void standardize(const float *v, int stride, int count, double *mu, double *var,
                        double *r, double *xhat)
{
    double sum = 0.0, sq = 0.0;
    for (int k = 0; k < count; k++) sum += v[k * stride];
    *mu = sum / count;
    for (int k = 0; k < count; k++) sq += (v[k * stride] - *mu) * (v[k * stride] - *mu);
    *var = sq / count;
    *r = 1.0 / sqrt(*var + eps);
    for (int k = 0; k < count; k++) xhat[k * stride] = (v[k * stride] - *mu) * *r;
}

// ## Batch normalization
//
// ### Mean and variance of each column
//
// $M = N = 4$ values per channel:
// $\mu_c = \frac{1}{M}\sum_n x_{nc}$ and
// $\sigma_c^2 = \frac{1}{M}\sum_n (x_{nc} - \mu_c)^2$.
//
// ### Normalise, scale, shift
//
// $r_c = 1/\sqrt{\sigma_c^2 + \epsilon}$, $\hat x_{nc} = (x_{nc} - \mu_c)\,r_c$
// and $y_{nc} = \gamma_c\,\hat x_{nc} + \beta_c$. Each column of $\hat x$ now has
// mean 0 and variance $\sigma_c^2/(\sigma_c^2+\epsilon)$, just under 1.
//
// ```output worked_example_bn_forward.txt
// ```
static void batch_norm_walk(const char *part)
{
    const double M = ROWS;
    double mu[COLS], var[COLS], r[COLS], xhat[ROWS * COLS], y[ROWS * COLS];
    for (int c = 0; c < COLS; c++) {
        standardize(x + c, COLS, ROWS, &mu[c], &var[c], &r[c], xhat + c);
        for (int n = 0; n < ROWS; n++)
            y[n * COLS + c] = gain[c] * xhat[n * COLS + c] + bias[c];
    }
    if (shown(part, "bn-forward")) {
        double xd[ROWS * COLS];
        for (int k = 0; k < ROWS * COLS; k++) xd[k] = x[k];
        print_matrix("x, 4 examples (rows), 3 channels:", xd);
        print_values("mu, per column:", mu, COLS);
        print_values("var, per column:", var, COLS);
        print_values("r = 1/sqrt(var + eps):", r, COLS);
        print_matrix("xhat = (x - mu) * r:", xhat);
        print_matrix("y = gamma * xhat + beta:", y);
    }
    // ### The running statistics
    //
    // They start at $\mu^{\mathrm{run}} = 0$ and $v^{\mathrm{run}} = 1$. One
    // training batch moves them a fraction $\alpha = 0.1$ of the way to this
    // batch's statistics, the variance taken unbiased:
    // $\mu_c^{\mathrm{run}} \leftarrow 0.9\,\mu_c^{\mathrm{run}} + 0.1\,\mu_c$ and
    // $v_c^{\mathrm{run}} \leftarrow 0.9\,v_c^{\mathrm{run}} + 0.1\,\frac{M}{M-1}\sigma_c^2$,
    // where $M/(M-1) = 4/3$ here.
    //
    // ```output worked_example_bn_running.txt
    // ```
    double run_mean[COLS], run_var[COLS];
    for (int c = 0; c < COLS; c++) {
        run_mean[c] = (1.0 - momentum) * 0.0 + momentum * mu[c];
        run_var[c] = (1.0 - momentum) * 1.0 + momentum * var[c] * M / (M - 1.0);
    }
    if (shown(part, "bn-running")) {
        print_values("running mean:", run_mean, COLS);
        print_values("running var:", run_var, COLS);
    }
    // ### Backward
    //
    // The parameter gradients sum down each column:
    // $\partial L/\partial\beta_c = \sum_n \mathrm{dy}_{nc}$ and
    // $\partial L/\partial\gamma_c = \sum_n \mathrm{dy}_{nc}\,\hat x_{nc}$. The
    // input gradient, [derived here](batch_norm/backward.md), is
    //
    // $$\frac{\partial L}{\partial x_{nc}} = \gamma_c\, r_c \left(\mathrm{dy}_{nc}
    //   - \frac{1}{M}\frac{\partial L}{\partial\beta_c}
    //   - \hat x_{nc}\,\frac{1}{M}\frac{\partial L}{\partial\gamma_c}\right).$$
    //
    // The last lines check the geometric picture: each column of
    // $\partial L/\partial x$ has no mean and no component along that column of
    // $\hat x$ (up to rounding, and to $\epsilon$, which makes
    // $\sum_n \hat x_{nc}^2$ slightly less than $M$). Then the library's plain
    // batch norm, run on the same input, agrees to float rounding.
    //
    // ```output worked_example_bn_backward.txt
    // ```
    double dbeta[COLS], dgamma[COLS], dx[ROWS * COLS], sum_dx[COLS], dot_dx[COLS];
    for (int c = 0; c < COLS; c++) {
        dbeta[c] = dgamma[c] = 0.0;
        for (int n = 0; n < ROWS; n++) {
            dbeta[c] += dy[n * COLS + c];
            dgamma[c] += dy[n * COLS + c] * xhat[n * COLS + c];
        }
        sum_dx[c] = dot_dx[c] = 0.0;
        for (int n = 0; n < ROWS; n++) {
            int k = n * COLS + c;
            dx[k] = gain[c] * r[c] * (dy[k] - dbeta[c] / M - xhat[k] * dgamma[c] / M);
            sum_dx[c] += dx[k];
            dot_dx[c] += dx[k] * xhat[k];
        }
    }
    float y_lib[ROWS * COLS], mean_lib[COLS], rstd_lib[COLS], dx_lib[ROWS * COLS];
    float rm_lib[COLS] = {0, 0, 0}, rv_lib[COLS] = {1, 1, 1};
    batch_norm_plain_forward(y_lib, mean_lib, rstd_lib, rm_lib, rv_lib, x, gain, bias,
                             ROWS, COLS, 1, eps, momentum, true);
    batch_norm_plain_backward(dx_lib, NULL, NULL, dy, x, mean_lib, rstd_lib, gain,
                              ROWS, COLS, 1, true);
    if (shown(part, "bn-backward")) {
        print_values("dL/dbeta = sum of dy:", dbeta, COLS);
        print_values("dL/dgamma = sum of dy * xhat:", dgamma, COLS);
        print_matrix("dL/dx:", dx);
        printf("sum of dL/dx, per column:\n  %8.1e %8.1e %8.1e\n", sum_dx[0], sum_dx[1], sum_dx[2]);
        printf("sum of dL/dx * xhat, per column:\n  %8.1e %8.1e %8.1e\n", dot_dx[0], dot_dx[1], dot_dx[2]);
        printf("batch_norm_plain_* differs by\n  %.1e in y,\n  %.1e in dL/dx,\n  %.1e in running var\n",
               largest_difference(y_lib, y, ROWS * COLS), largest_difference(dx_lib, dx, ROWS * COLS),
               largest_difference(rv_lib, run_var, COLS));
    }
}

// ## Layer normalization
//
// ### Forward
//
// The same matrix, normalised along each **row** over its $D = 3$ features:
// $\mu_i = \frac{1}{D}\sum_j x_{ij}$,
// $\sigma_i^2 = \frac{1}{D}\sum_j (x_{ij} - \mu_i)^2$,
// $\hat x_{ij} = (x_{ij} - \mu_i)\,r_i$ with $r_i = 1/\sqrt{\sigma_i^2+\epsilon}$,
// and $y_{ij} = g_j\,\hat x_{ij} + b_j$. Now each *row* of $\hat x$ has mean 0,
// and the columns have not; compare with batch norm's $\hat x$ above.
//
// There is no running update: at inference the same row gives the same
// output, computed the same way.
//
// ```output worked_example_ln_forward.txt
// ```
static void layer_norm_walk(const char *part)
{
    const double D = COLS;
    double mu[ROWS], var[ROWS], r[ROWS], xhat[ROWS * COLS], y[ROWS * COLS];
    for (int i = 0; i < ROWS; i++) {
        standardize(x + i * COLS, 1, COLS, &mu[i], &var[i], &r[i], xhat + i * COLS);
        for (int j = 0; j < COLS; j++)
            y[i * COLS + j] = gain[j] * xhat[i * COLS + j] + bias[j];
    }
    if (shown(part, "ln-forward")) {
        print_values("mu, per row:", mu, ROWS);
        print_values("var, per row:", var, ROWS);
        print_values("r = 1/sqrt(var + eps):", r, ROWS);
        print_matrix("xhat = (x - mu) * r:", xhat);
        print_matrix("y = g * xhat + b:", y);
    }
    // ### Backward
    //
    // The gain differs along a row, so it enters the sums: with
    // $h_{ij} = g_j\,\mathrm{dy}_{ij}$,
    //
    // $$\frac{\partial L}{\partial x_{ij}} = r_i\left(h_{ij} - \frac{1}{D}\sum_k h_{ik}
    //   - \hat x_{ij}\,\frac{1}{D}\sum_k h_{ik}\,\hat x_{ik}\right),$$
    //
    // while $\partial L/\partial g_j = \sum_i \mathrm{dy}_{ij}\,\hat x_{ij}$ and
    // $\partial L/\partial b_j = \sum_i \mathrm{dy}_{ij}$ still sum down the
    // columns: each parameter is shared by all rows. Each *row* of
    // $\partial L/\partial x$ sums to zero.
    //
    // ```output worked_example_ln_backward.txt
    // ```
    double dg[COLS] = {0, 0, 0}, db[COLS] = {0, 0, 0}, dx[ROWS * COLS], sum_dx[ROWS];
    for (int i = 0; i < ROWS; i++) {
        double mean_h = 0.0, mean_hx = 0.0;
        for (int j = 0; j < COLS; j++) {
            double h = gain[j] * dy[i * COLS + j];
            mean_h += h / D;
            mean_hx += h * xhat[i * COLS + j] / D;
            dg[j] += dy[i * COLS + j] * xhat[i * COLS + j];
            db[j] += dy[i * COLS + j];
        }
        sum_dx[i] = 0.0;
        for (int j = 0; j < COLS; j++) {
            int k = i * COLS + j;
            dx[k] = r[i] * (gain[j] * dy[k] - mean_h - xhat[k] * mean_hx);
            sum_dx[i] += dx[k];
        }
    }
    float y_lib[ROWS * COLS], mean_lib[ROWS], rstd_lib[ROWS], dx_lib[ROWS * COLS];
    layer_norm_plain_forward(y_lib, mean_lib, rstd_lib, x, gain, bias, ROWS, COLS, eps);
    layer_norm_plain_backward(dx_lib, NULL, NULL, dy, x, mean_lib, rstd_lib, gain, ROWS, COLS);
    if (shown(part, "ln-backward")) {
        print_values("dL/db = sum of dy:", db, COLS);
        print_values("dL/dg = sum of dy * xhat:", dg, COLS);
        print_matrix("dL/dx:", dx);
        printf("sum of dL/dx, per row:\n  %8.1e %8.1e %8.1e %8.1e\n", sum_dx[0], sum_dx[1],
               sum_dx[2], sum_dx[3]);
        printf("layer_norm_plain_* differs by\n  %.1e in y,\n  %.1e in dL/dx\n",
               largest_difference(y_lib, y, ROWS * COLS), largest_difference(dx_lib, dx, ROWS * COLS));
    }
}

// ## The command line
//
// No argument prints every part; one argument prints that part only.
int main(int argc, char **argv)
{
    static const char *const parts[] = {"bn-forward", "bn-running", "bn-backward", "ln-forward",
                                        "ln-backward"};
    const char *part = argc > 1 ? argv[1] : NULL;
    bool known = !part;
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++) known |= part && strcmp(part, parts[k]) == 0;
    if (argc > 2 || !known) {
        fprintf(stderr, "usage: %s [bn-forward|bn-running|bn-backward|ln-forward|ln-backward]\n", argv[0]);
        return 2;
    }
    batch_norm_walk(part);
    layer_norm_walk(part);
    return 0;
}

// ## Exercises
//
// 1. Add 10 to every value in the first column of `x`. Which printed numbers
//    change, for batch normalization and for layer normalization?
//
//    > [!ANSWER]
//    > Batch norm: besides $x$ itself, only $\mu_0$ (by 10) and the running
//    > mean of channel 0 (by $\alpha \cdot 10 = 1$). The differences
//    > $x - \mu$, and with them $\sigma^2$, $\hat x$, $y$ and every gradient,
//    > are unchanged. Layer norm: every row changes in one of its features, so
//    > every row's $\mu_i$, $\sigma_i^2$, $\hat x$, $y$ and
//    > $\partial L/\partial x$ change, and with $\hat x$ the gain's gradient;
//    > only the bias's gradient, the column sums of `dy`, stays. Layer norm's
//    > check lines change too, in digits at the level of rounding; batch
//    > norm's do not, since the shifted column and its mean are exact, and
//    > so are the deviations.
//
// 2. Set every value of `dy` to 1. Predict batch norm's and layer norm's
//    $\partial L/\partial x$ before running the program.
//
//    > [!ANSWER]
//    > Batch norm: 0. In each column $h$ is constant, so it lies along
//    > $\mathbf{1}$, which the backward pass removes. Layer norm: not 0. The
//    > sums run along a row, where $h_{ij} = g_j \cdot 1$ takes the values
//    > 1, 0.5 and 2; only its components along $\mathbf{1}$ and along the
//    > row's $\hat x$ are removed. With equal gains it would be 0.
//
// 3. The check lines print the sums of $\partial L/\partial x$ as numbers
//    no larger than about $10^{-16}$, and the sums of
//    $\hat x\,\partial L/\partial x$ as numbers from $10^{-7}$ to a few
//    $10^{-6}$. Why the difference?
//
//    > [!ANSWER]
//    > $\sum_i \partial L/\partial x_i = 0$ holds exactly for any $\epsilon$;
//    > what is printed is rounding. $\sum_i \hat x_i\,\partial L/\partial x_i$ is
//    > zero only for $\epsilon = 0$: with $\epsilon > 0$ it equals
//    > $\gamma r \frac{\epsilon}{\sigma^2+\epsilon}\sum_i \mathrm{dy}_i\,\hat x_i$, of order
//    > $\epsilon/\sigma^2 = 10^{-5}/\sigma^2$ (see the
//    > [derivation](batch_norm/backward.md)).
//
// 4. After how many identical training batches does the running mean reach
//    90% of the batch mean?
//
//    > [!ANSWER]
//    > After $k$ batches it is $(1 - 0.9^k)\,\mu$. $0.9^k \le 0.1$ needs
//    > $k \ge \ln 0.1/\ln 0.9 \approx 21.9$, so 22 batches.
//
// ## References
//
// * Ioffe, Szegedy (2015), *Batch Normalization*,
//   [arXiv:1502.03167](https://arxiv.org/abs/1502.03167): the forward pass
//   (its Algorithm 1), inference with population statistics and the unbiased
//   variance $M/(M-1)\,\sigma^2$ (Algorithm 2; frameworks approximate it by
//   the running average computed here), and the backward pass.
// * Ba, Kiros, Hinton (2016), *Layer Normalization*,
//   [arXiv:1607.06450](https://arxiv.org/abs/1607.06450): statistics over
//   the features of one example, identical in training and inference.
