// ---
// title: Layer Normalization: making it fast
// summary: The layer normalization kernels that the tests and experiments use. Same maths as the plain version, same results as PyTorch, made fast: one read of each row from memory, shifted statistics, prefetching, streaming stores, threads.
// order: 20
// ---

// # Layer Normalization: making it fast
//
// Read [Layer Normalization, plainly](layer_norm_plain.c) first: it is the
// layer in textbook loops, with the maths beside them, and the tests hold
// these kernels to it and to PyTorch. What the layer is for, and how it
// compares with batch normalization, is in the [overview](../readme.md). This
// page computes the same thing, aiming at the speed of memory.
//
// ## What is computed
//
// For one row $x \in \mathbb{R}^D$, the activations of one token or one
// example in a layer (Ba, Kiros and Hinton, 2016),
//
// $$\mu = \frac{1}{D}\sum_{j} x_j, \qquad
//   \sigma^2 = \frac{1}{D}\sum_{j} (x_j - \mu)^2,$$
//
// $$\hat x_j = \frac{x_j - \mu}{\sqrt{\sigma^2 + \epsilon}}, \qquad
//   y_j = g_j \hat x_j + b_j.$$
//
// The gain $g$ and bias $b$ are learned, one per feature, and start at 1 and 0.
// They are the same for every row, so they cannot give a row back its own
// mean and scale: every $\hat x$ has mean 0 and
// $\sum_j \hat x_j^2 = D\sigma^2/(\sigma^2+\epsilon)$, close to $D$, whatever the
// row's mean and the norm of $x - \mu$ were. Those two numbers per example are
// discarded, and no choice of $g, b$ makes the layer the identity. (Batch
// normalization can be undone at inference, where $\mu_c$ and $\sigma_c$ are
// fixed; see the [overview](../readme.md).) $\epsilon$ (PyTorch's default
// $10^{-5}$) keeps the division finite when a row is constant.
//
// ## The layout
//
// `x` holds `rows` rows of `D` contiguous floats. A row of 768 or 1024 floats
// (3 or 4 KiB) fits in the L1 cache, so each kernel reads a row from memory
// once and makes its further passes over it in L1. Memory bandwidth is the
// bound the kernels aim at; the [measurements](../performance.md) show how
// close to it they get.
#include "layer_norm.h"

#include "../moments.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef _OPENMP
#include <omp.h>
#endif

// ## Status codes as text
//
// One short, constant string per status code, for callers that print it;
// the message returned through `message` says more.
const char *layer_norm_status_string(int status)
{
    switch (status) {
    case LAYER_NORM_OK: return "ok";
    case LAYER_NORM_ERR_NULL: return "NULL pointer";
    case LAYER_NORM_ERR_SIZE: return "bad size";
    case LAYER_NORM_ERR_EPS: return "bad eps";
    case LAYER_NORM_ERR_NOMEM: return "out of memory";
    default: return "unknown status";
    }
}

// ## Checking the arguments
//
// Every pointer, size and `eps` is checked before anything is written, and the
// message names the argument. `rows * D` must fit in `size_t`, or indexing
// would wrap around.
#define FAIL(code, text)                  \
    do {                                  \
        if (message) *message = (text);   \
        return (code);                    \
    } while (0)

static int check_sizes(size_t rows, size_t D)
{
    return rows > 0 && D > 0 && rows <= SIZE_MAX / D;
}

// ## Writing a piece of the output
//
// $y_j = ((x_j - K) - m)\, r\, g_j + b_j$ for $n$ values: a row or a piece. Four
// loops, one per combination of gain and bias, so that the loop that runs has
// no test inside.
static inline void write_piece(float *restrict y, const float *restrict x,
                               const float *restrict g, const float *restrict b,
                               float K, float m, float r, size_t n)
{
    if (g && b) {
#pragma omp simd
        for (size_t j = 0; j < n; j++)
            y[j] = ((x[j] - K) - m) * r * g[j] + b[j];
    } else if (g) {
#pragma omp simd
        for (size_t j = 0; j < n; j++)
            y[j] = ((x[j] - K) - m) * r * g[j];
    } else if (b) {
#pragma omp simd
        for (size_t j = 0; j < n; j++)
            y[j] = ((x[j] - K) - m) * r + b[j];
    } else {
#pragma omp simd
        for (size_t j = 0; j < n; j++)
            y[j] = ((x[j] - K) - m) * r;
    }
}

// ## Rows holding NaN or infinity
//
// PyTorch computes a row's statistics with Welford's method, in 8 lanes of
// vectors, in chunks of 16 vectors, and merges the pieces in a fixed order:
// the values past the last whole vector (the tail) first, then the chunks
// pairwise, then the 8 lanes in order. Adding an infinity makes the running
// mean infinite; any later step adds $c\,(v - \infty)$ to it, which is NaN
// even for $c = 0$. So PyTorch's saved mean is NaN unless the row's only
// non-finite value is an infinity at the one position added last, where it is
// that infinity; rstd is NaN in every such row. (This is PyTorch 1.13 with 8
// floats per vector, its AVX2 and default code; its AVX-512 code uses 16.)
//
// `pytorch_last_added` gives that position, or $D$ for rows shorter than a
// vector, which have none.
static size_t pytorch_last_added(size_t D)
{
    const size_t lanes = 8, chunk = 16;
    size_t vectors = D / lanes, chunks = (vectors + chunk - 1) / chunk;
    if (vectors == 0) return D;
    size_t depth = 1;  // levels of the pairwise merge of chunks: ceil(log2(chunks)), at least 1
    while (((size_t)1 << depth) < chunks) depth++;
    // The chunk whose merge comes last: with one level, the last chunk; else
    // the one that completes the top level, 2^depth - 1 or 2^(depth-1) - 1.
    size_t last = depth == 1 || chunks == (size_t)1 << depth ? chunks - 1
                                                              : ((size_t)1 << (depth - 1)) - 1;
    size_t in_last = vectors - chunk * last < chunk ? vectors - chunk * last : chunk;
    return lanes * (chunk * last + in_last - 1) + lanes - 1;  // last lane of its last vector
}

// The shifted sums of the fast path give NaN or infinity depending on where
// the infinity is, so a row whose statistics come out non-finite gets them
// here: its mean and variance. Rows of finite values whose float sums
// overflowed come here too, and are summed again in double (PyTorch's float
// Welford sums give NaN for some of them).
static void nonfinite_row_stats(const float *x, size_t D, float *mu, double *var)
{
    size_t bad = 0, at = 0;
    for (size_t j = 0; j < D; j++)
        if (!isfinite(x[j])) bad++, at = j;
    if (bad > 0) {
        *mu = bad == 1 && isinf(x[at]) && at == pytorch_last_added(D) ? x[at] : NAN;
        *var = NAN;
        return;
    }
    double sum = 0.0, sq_dev = 0.0;
    for (size_t j = 0; j < D; j++) sum += x[j];
    const double mean = sum / (double)D;
    for (size_t j = 0; j < D; j++) sq_dev += (x[j] - mean) * (x[j] - mean);
    *mu = (float)mean;
    *var = sq_dev / (double)D;
}

// ## Forward, one row
//
// With the row's first value as the shift $K$ (see [moments](../moments.h.html)),
// the statistics come from the shifted values $x_j - K$: their mean $m$ and
// $Q = \sum_j (x_j - K - m)^2$, so that
//
// $$\mu = K + m, \qquad \sigma^2 = \frac{Q}{D}, \qquad
//   r = \frac{1}{\sqrt{\sigma^2 + \epsilon}}.$$
//
// The output uses $x_j - \mu = (x_j - K) - m$, computed in that order: when
// $|\mu| \gg \sigma$ this keeps the digits that subtracting a rounded $\mu$
// would lose. The saved mean $\mu$ is rounded to float; the saved $r$ is exact
// to float rounding.
//
// The variance is *biased* (divided by $D$, not $D-1$), as in PyTorch, and
// $\epsilon$ is added *inside* the square root, so $r \le 1/\sqrt{\epsilon}
// \approx 316$. A variant found in tutorials divides by $s + \epsilon'$, with $s$
// the *unbiased* standard deviation (`x.std()`, divided by $D-1$) and
// $\epsilon' = 10^{-6}$. For $\sigma^2 \gg \epsilon$ its output is ours times
// $\sqrt{(D-1)/D}$ (0.99935 for $D = 768$), a constant factor that the gain can
// absorb; for rows of small spread it multiplies $x_j - \mu$ by up to
// $1/\epsilon' = 10^6$. The [overview](../readme.md#epsilon) compares the two.
// Matching PyTorch's outputs needs PyTorch's formula.
//
// ### Keeping memory busy
//
// A row is read from memory by the first statistics pass only; the second
// statistics pass and the output pass work from L1. While they run, nothing
// would be loading: the hardware prefetcher reacts to the loads it sees, and
// follows a stream only within one 4 KiB page (Drepper 2007, section 6.3.1),
// while these passes make no load from memory. So the second pass asks for the
// next row (`next`), one 64-byte cache line per 16 values (see
// [moments](../moments.h.html)), and the next row's first pass finds it in
// cache or on its way: reading overlaps with computing. No run here measures
// what that prefetch gains.
//
// With `stream` set, the output goes out in pieces of `NORM_PIECE` values,
// each computed into `piece`, in L1, and sent to memory with streaming stores;
// otherwise the row is written in one loop.
NORM_KERNEL static void forward_row(float *restrict y, float *mean, float *rstd,
                                    const float *restrict x, const float *next,
                                    const float *restrict g, const float *restrict b,
                                    size_t D, float eps, int stream)
{
    float K = x[0];
    moments s = {0, 0, 0};
    moments_add(&s, x, D, K, next);
    float m = (float)s.m;
    double var = s.Q / (double)D;
    if (!isfinite(s.m) || !isfinite(s.Q)) {  // NaN, infinity or overflow: see above
        nonfinite_row_stats(x, D, &K, &var);
        m = 0.0f;
    }
    float r = moments_rstd(var, eps);
    if (mean) *mean = K + m;
    if (rstd) *rstd = r;

    if (!stream) {
        write_piece(y, x, g, b, K, m, r, D);
        return;
    }
    _Alignas(64) float piece[NORM_PIECE];
    for (size_t j0 = 0; j0 < D; j0 += NORM_PIECE) {
        size_t n = D - j0 < NORM_PIECE ? D - j0 : NORM_PIECE;
        write_piece(piece, x + j0, g ? g + j0 : NULL, b ? b + j0 : NULL, K, m, r, n);
        norm_stream(y + j0, piece, n);
    }
}

// ## Forward
//
// Rows are independent, so threads share them out in equal parts fixed in
// advance (`schedule(static)`): each of $T$ threads takes one run of $1/T$ of
// the rows, the same rows in every call of the same shape and thread count. So when a
// kernel that splits the rows the same way comes next (the backward pass, the
// next layer, or this one again, as in a benchmark), each thread finds in its
// own core's caches what it last touched, as far as they hold it. Handed out
// on demand (`schedule(dynamic)`, chunks of 16 rows, as this kernel did
// before), a chunk went to whichever thread asked first, which could leave
// its rows in the other core's caches. The price: on a busy machine a
// thread that the operating system pauses holds up the call, as no other
// thread takes over its rows. Each row's result is the same whichever thread
// computes it.
int layer_norm_forward(float *y, float *mean, float *rstd,
                       const float *x, const float *gain, const float *bias,
                       size_t rows, size_t D, float eps, const char **message)
{
    if (!y) FAIL(LAYER_NORM_ERR_NULL, "layer_norm_forward: y is NULL");
    if (!x) FAIL(LAYER_NORM_ERR_NULL, "layer_norm_forward: x is NULL");
    if (!check_sizes(rows, D))
        FAIL(LAYER_NORM_ERR_SIZE, "layer_norm_forward: rows or D is zero, or rows * D overflows");
    if (!(eps >= 0.0f) || isinf(eps))
        FAIL(LAYER_NORM_ERR_EPS, "layer_norm_forward: eps is negative, NaN or infinite");

    const int stream = norm_can_stream(y, D, rows, 2);
#pragma omp parallel
    {
#pragma omp for schedule(static)
        for (size_t i = 0; i < rows; i++)
            forward_row(y + i * D, mean ? mean + i : NULL, rstd ? rstd + i : NULL, x + i * D,
                        i + 1 < rows ? x + (i + 1) * D : NULL, gain, bias, D, eps, stream);
        norm_store_fence(stream);
    }
    if (message) *message = NULL;
    return LAYER_NORM_OK;
}

// ## Backward, derived
//
// Take one row and write $r = (\sigma^2+\epsilon)^{-1/2}$, so
// $\hat x_j = (x_j - \mu)\,r$ and $y_j = g_j \hat x_j + b_j$. Given
// $\partial L/\partial y_j$, the parameter gradients are immediate:
//
// $$\frac{\partial L}{\partial g_j} = \sum_{\text{rows}} \frac{\partial L}{\partial y_j}\hat x_j,
//   \qquad \frac{\partial L}{\partial b_j} = \sum_{\text{rows}} \frac{\partial L}{\partial y_j}.$$
//
// For the input, let $h_j = \partial L/\partial \hat x_j = g_j\,\partial L/\partial y_j$.
// Every $\hat x_j$ depends on every $x_k$ through $\mu$ and $r$:
//
// $$\frac{\partial \mu}{\partial x_k} = \frac{1}{D}, \qquad
//   \frac{\partial \sigma^2}{\partial x_k} = \frac{2}{D}(x_k - \mu), \qquad
//   \frac{\partial r}{\partial x_k} = -\frac{r^3}{D}(x_k - \mu).$$
//
// (The middle one uses $\sum_j (x_j - \mu) = 0$.) By the product rule,
//
// $$\frac{\partial \hat x_j}{\partial x_k}
//   = r\left(\delta_{jk} - \frac{1}{D}\right) - (x_j - \mu)\frac{r^3}{D}(x_k - \mu)
//   = \frac{r}{D}\left(D\,\delta_{jk} - 1 - \hat x_j \hat x_k\right),$$
//
// and summing over $j$ with the weights $h_j$,
//
// $$\frac{\partial L}{\partial x_k}
//   = r\left(h_k - \frac{1}{D}\sum_j h_j - \hat x_k \frac{1}{D}\sum_j h_j \hat x_j\right).$$
//
// Up to the factor $r$, the gradient is $h$ with two components removed: its
// mean, and its projection on $\hat x$ (exactly so when $\epsilon = 0$, where
// $\sum_j \hat x_j^2 = D$). Those are the directions in which a change of $x$
// does not change $\hat x$ (shifting a row, scaling it).
//
// So each row needs two sums, $\sum_j h_j$ and $\sum_j h_j \hat x_j$: one pass
// to get them, a second one to write $\partial L/\partial x$. Like the
// forward pass, the first pass reads the row from memory and the second from L1.
//
// ## Backward, one row
//
// `dg` and `db` are this thread's own partial sums of the parameter gradients
// (or `NULL`); they are added to the caller's arrays at the end. $\hat x_j$ is
// recomputed from $x$, $\mu$ and $r$ instead of being stored by the forward
// pass: storing it would cost a write and a read of a whole array.
//
// The two sums, $\sum_j h_j$ and $\sum_j h_j \hat x_j$, go to 16 partial sums,
// value $j$ to partial sum $j \bmod 16$, as in [moments](../moments.h.html): a
// fixed order, so that the baseline and AVX2 copies give the same bits (a
// compiler's `simd reduction` would follow the vector width). With
// `with_params` the same pass adds this row's terms to `dg` and `db`.
//
// GCC vectorises the 16-lane loop only if it has no branch, and
// `g ? g[j] * dy[j] : dy[j]` is one (a load that may not happen; GCC's
// `-fopt-info-vec` says "control flow in loop"). So `row_sums` tests `g` once
// and calls `row_sums_loop` with `g` or with `NULL`: inlined, each copy's test
// is decided at compile time, and the AVX2 copy adds 8 values per instruction
// instead of one.
static inline void row_sums_loop(float *restrict acc_h, float *restrict acc_hx, float *restrict dg,
                                 float *restrict db, const float *restrict dy, const float *restrict x,
                                 const float *restrict g, float mu, float r, size_t D, int with_params)
{
    size_t j = 0;
    for (; j + MOMENTS_LANES <= D; j += MOMENTS_LANES) {
#pragma omp simd
        for (int k = 0; k < MOMENTS_LANES; k++) {
            const float xhat = (x[j + k] - mu) * r;
            const float h = g ? g[j + k] * dy[j + k] : dy[j + k];
            acc_h[k] += h;
            acc_hx[k] += h * xhat;
            if (with_params) dg[j + k] += dy[j + k] * xhat, db[j + k] += dy[j + k];
        }
    }
    for (; j < D; j++) {
        const float xhat = (x[j] - mu) * r;
        const float h = g ? g[j] * dy[j] : dy[j];
        acc_h[j % MOMENTS_LANES] += h;
        acc_hx[j % MOMENTS_LANES] += h * xhat;
        if (with_params) dg[j] += dy[j] * xhat, db[j] += dy[j];
    }
}

static inline void row_sums(float *restrict acc_h, float *restrict acc_hx, float *restrict dg,
                            float *restrict db, const float *restrict dy, const float *restrict x,
                            const float *restrict g, float mu, float r, size_t D, int with_params)
{
    if (g) row_sums_loop(acc_h, acc_hx, dg, db, dy, x, g, mu, r, D, with_params);
    else row_sums_loop(acc_h, acc_hx, dg, db, dy, x, NULL, mu, r, D, with_params);
}

NORM_KERNEL static void backward_row(float *restrict dx, float *restrict dg, float *restrict db,
                                     const float *restrict dy, const float *restrict x,
                                     const float *next_dy, const float *next_x,
                                     float mu, float r, const float *restrict g, size_t D,
                                     int stream)
{
    float acc_h[MOMENTS_LANES] = {0}, acc_hx[MOMENTS_LANES] = {0};
    if (dg && db) {
        // The usual case, in one pass: both sums and both parameter gradients.
        row_sums(acc_h, acc_hx, dg, db, dy, x, g, mu, r, D, 1);
    } else {
        row_sums(acc_h, acc_hx, NULL, NULL, dy, x, g, mu, r, D, 0);
        if (dg) {
#pragma omp simd
            for (size_t j = 0; j < D; j++)
                dg[j] += dy[j] * ((x[j] - mu) * r);
        }
        if (db) {
#pragma omp simd
            for (size_t j = 0; j < D; j++)
                db[j] += dy[j];
        }
    }
    float sum_h = moments_fold(acc_h), sum_hx = moments_fold(acc_hx);

// With $a = \frac{1}{D}\sum_j h_j$ and $c = \frac{1}{D}\sum_j h_j \hat x_j$,
// $\partial L/\partial x_j = r\,(h_j - a - \hat x_j\,c)$, in pieces as in the
// forward pass: prefetching the next row's `x` and `dy`, streaming when asked.
    float a = sum_h / (float)D, c = sum_hx / (float)D;
    _Alignas(64) float piece[NORM_PIECE];
    for (size_t j0 = 0; j0 < D; j0 += NORM_PIECE) {
        size_t n = D - j0 < NORM_PIECE ? D - j0 : NORM_PIECE;
        for (size_t j = 0; next_x && j < n; j += 16) {
            NORM_PREFETCH(next_x + j0 + j);
            NORM_PREFETCH(next_dy + j0 + j);
        }
        float *restrict out = stream ? piece : dx + j0;
        const float *restrict xp = x + j0, *restrict dyp = dy + j0;
        if (g) {
            const float *restrict gp = g + j0;
#pragma omp simd
            for (size_t j = 0; j < n; j++)
                out[j] = r * (gp[j] * dyp[j] - a - (xp[j] - mu) * r * c);
        } else {
#pragma omp simd
            for (size_t j = 0; j < n; j++)
                out[j] = r * (dyp[j] - a - (xp[j] - mu) * r * c);
        }
        if (stream) norm_stream(dx + j0, piece, n);
    }
}

// ## Backward
//
// Rows are shared out among threads as in the forward pass. The parameter
// gradients are sums over all rows, so several threads would add into the same
// $D$ floats: each thread sums its rows into a private pair of arrays, and the
// pairs are added into `dgain` and `dbias` at the end, in thread order. Here
// the equal parts fixed in advance (`schedule(static)`) are needed for the
// result too, not only for the caches: which rows a thread sums decides how
// the sums are rounded, and the result must not depend on timing.
int layer_norm_backward(float *dx, float *dgain, float *dbias,
                        const float *dy, const float *x,
                        const float *mean, const float *rstd, const float *gain,
                        size_t rows, size_t D, const char **message)
{
    if (!dx) FAIL(LAYER_NORM_ERR_NULL, "layer_norm_backward: dx is NULL");
    if (!dy) FAIL(LAYER_NORM_ERR_NULL, "layer_norm_backward: dy is NULL");
    if (!x) FAIL(LAYER_NORM_ERR_NULL, "layer_norm_backward: x is NULL");
    if (!mean) FAIL(LAYER_NORM_ERR_NULL, "layer_norm_backward: mean is NULL");
    if (!rstd) FAIL(LAYER_NORM_ERR_NULL, "layer_norm_backward: rstd is NULL");
    if (!check_sizes(rows, D))
        FAIL(LAYER_NORM_ERR_SIZE, "layer_norm_backward: rows or D is zero, or rows * D overflows");

    int threads = 1;
#ifdef _OPENMP
    threads = omp_get_max_threads();
#endif
    size_t per_thread = (dgain ? D : 0) + (dbias ? D : 0);
    float *scratch = NULL;
    if (per_thread > 0) {
        if ((size_t)threads > SIZE_MAX / sizeof(float) / per_thread)
            FAIL(LAYER_NORM_ERR_NOMEM, "layer_norm_backward: no memory for the dgain/dbias partial sums");
        scratch = calloc((size_t)threads * per_thread, sizeof(float));
        if (!scratch)
            FAIL(LAYER_NORM_ERR_NOMEM, "layer_norm_backward: no memory for the dgain/dbias partial sums");
    }

    const int stream = norm_can_stream(dx, D, rows, 3);
#pragma omp parallel num_threads(threads)
    {
        int t = 0;
#ifdef _OPENMP
        t = omp_get_thread_num();
#endif
        float *mine = scratch ? scratch + (size_t)t * per_thread : NULL;
        float *dg = dgain ? mine : NULL;
        float *db = dbias ? mine + (dgain ? D : 0) : NULL;
#pragma omp for schedule(static)
        for (size_t i = 0; i < rows; i++) {
            int last = i + 1 == rows;
            backward_row(dx + i * D, dg, db, dy + i * D, x + i * D,
                         last ? NULL : dy + (i + 1) * D, last ? NULL : x + (i + 1) * D,
                         mean[i], rstd[i], gain, D, stream);
        }
        norm_store_fence(stream);
    }

    for (int t = 0; t < threads && scratch; t++) {
        const float *mine = scratch + (size_t)t * per_thread;
        if (dgain)
            for (size_t j = 0; j < D; j++) dgain[j] += mine[j];
        if (dbias)
            for (size_t j = 0; j < D; j++) dbias[j] += mine[(dgain ? D : 0) + j];
    }
    free(scratch);
    if (message) *message = NULL;
    return LAYER_NORM_OK;
}

// ## Exercises
//
// **1.** Show that for $a > 0$ and any $c$, the row $a x + c$ gives the same
// $\hat x$ as $x$ when $\epsilon = 0$. What does that say about
// $\partial L/\partial x$?
//
// > [!ANSWER]
// > The mean becomes $a\mu + c$ and the deviations $a(x_j - \mu)$, so
// > $\sigma$ becomes $a\sigma$ and $\hat x$ is unchanged. Moving $x$ along
// > $(1, \dots, 1)$ or along $x - \mu$ therefore does not change the loss, and
// > $\partial L/\partial x$ has no component in those two directions: it is
// > orthogonal to both, as the formula for `dx` shows (it removes the mean of
// > $h$ and its projection on $\hat x$).
//
// **2.** Show that every row of `dx` sums to zero, for any gain and any
// $\epsilon$.
//
// > [!ANSWER]
// > $\sum_k \partial L/\partial x_k = r\,(\sum_k h_k - D\,a - c\sum_k \hat x_k)$,
// > and $D\,a = \sum_k h_k$ while $\sum_k \hat x_k = 0$ (the deviations from the
// > mean sum to zero, whatever $\epsilon$), so the sum is $r\,(0 - c \cdot 0) = 0$.
//
// **3.** RMSNorm (Zhang and Sennrich, 2019) drops the mean:
// $y_j = g_j\,x_j / \sqrt{\frac{1}{D}\sum_k x_k^2 + \epsilon}$. Which lines of
// `forward_row` and `backward_row` change, and what is its `dx`?
//
// > [!ANSWER]
// > Forward: no mean, so $m = 0$ and $K = 0$, and the sum of squares is of
// > $x_j$ itself: $r = 1/\sqrt{\sum_j x_j^2/D + \epsilon}$, $y_j = g_j x_j r$.
// > Backward: with $\hat x_j = x_j r$ and $h_j = g_j\,\partial L/\partial y_j$,
// > $\partial L/\partial x_k = r\,(h_k - \hat x_k \frac{1}{D}\sum_j h_j \hat x_j)$:
// > the term $a$, which came from the mean, disappears, so one row sum is
// > enough. The gradient still removes the projection on $\hat x$ (RMSNorm is
// > invariant to scaling a row, not to shifting it).
//
// **4.** Both passes share rows out with `schedule(static)`. The forward pass
// would give the same bits with `schedule(dynamic)`, which hands rows to
// whichever thread asks first; the backward pass would not. Why?
//
// > [!ANSWER]
// > Each forward row is computed by one thread from start to end, so its result
// > does not depend on which thread ran it. In the backward pass each thread adds
// > its rows into private `dgain`, `dbias` sums, which are then added in thread
// > order: which rows a thread got decides how those float sums round. A fixed
// > split keeps the rounding, and the result, the same on every run with the
// > same number of threads.
//
// ## References
//
// * J. L. Ba, J. R. Kiros, G. E. Hinton, *Layer Normalization*, 2016,
//   [arXiv:1607.06450](https://arxiv.org/abs/1607.06450): the layer, statistics
//   per example and the same computation in training and inference.
// * B. Zhang, R. Sennrich, *Root Mean Square Layer Normalization*, 2019,
//   [arXiv:1910.07467](https://arxiv.org/abs/1910.07467): RMSNorm, without
//   re-centring (exercise 3).
// * PyTorch, [`torch.nn.LayerNorm`](https://pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html):
//   biased variance, $\epsilon = 10^{-5}$ inside the square root.
// * Harvard NLP, [*The Annotated Transformer*](http://nlp.seas.harvard.edu/annotated-transformer/):
//   a layer norm that divides by `x.std() + eps` with `eps = 1e-6`, the variant
//   compared above.
// * U. Drepper, [*What Every Programmer Should Know About Memory*](https://people.freebsd.org/~lstewart/articles/cpumemory.pdf),
//   2007, section 6.3.1: hardware prefetchers follow streams within a page
//   and react to the loads they see.
