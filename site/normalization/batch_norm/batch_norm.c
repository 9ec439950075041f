// ---
// title: Batch Normalization: making it fast
// summary: The batch normalization kernels that the tests and experiments use. Same maths as the plain version, same results as PyTorch, made fast: shifted statistics in blocks, (N, C) inputs row by row, streaming stores, threads.
// order: 20
// ---

// # Batch Normalization: making it fast
//
// Read [Batch Normalization, plainly](batch_norm_plain.c) first: it is the
// layer in textbook loops, with the maths beside them, and the tests hold
// these kernels to it and to PyTorch. The backward pass is derived step by
// step in [its own page](backward.md); why the layer exists, and what is known
// about why it works, is in the [overview](../readme.md). This page computes
// the same thing, aiming at the speed of memory; the
// [measurements](../performance.md) show how close it gets.
//
// ## What is computed
//
// For an input of shape $(N, C, S)$ the statistics of channel $c$ are taken over
// the $M = N S$ values $x_{ncs}$ with that $c$:
//
// $$\mu_c = \frac{1}{M}\sum_{n,s} x_{ncs}, \qquad
//   \sigma_c^2 = \frac{1}{M}\sum_{n,s} (x_{ncs} - \mu_c)^2,$$
//
// $$\hat x_{ncs} = \frac{x_{ncs} - \mu_c}{\sqrt{\sigma_c^2 + \epsilon}}, \qquad
//   y_{ncs} = \gamma_c \hat x_{ncs} + \beta_c.$$
//
// Below, $r_c = 1/\sqrt{\sigma_c^2+\epsilon}$, the value the kernels save as
// `rstd`. $M$ is always this count; the sum of squared deviations is called $Q$.
//
// ## Running statistics
//
// After each training batch the running statistics $\mu_c^{\mathrm{run}}$ and
// $v_c^{\mathrm{run}}$ move towards the batch's:
//
// $$\mu_c^{\mathrm{run}} \leftarrow (1-\alpha)\,\mu_c^{\mathrm{run}} + \alpha\,\mu_c,$$
//
// $$v_c^{\mathrm{run}} \leftarrow (1-\alpha)\,v_c^{\mathrm{run}} + \alpha\,\frac{M}{M-1}\sigma_c^2.$$
//
// $\alpha$ is PyTorch's `momentum`, default 0.1: the weight of the *new*
// value. Keras calls the weight of the *old* value momentum (default 0.99),
// so PyTorch's 0.1 corresponds to Keras's 0.9, not 0.1. With `momentum=None`,
// $\alpha = 1/t$ for the $t$-th batch, and the running values are plain
// averages of all batch statistics so far.
//
// The running variance estimates the population variance, so it takes the
// unbiased batch variance ($M-1$ in the denominator), while the batch itself is
// normalised with the biased one. Once the running variance has settled near
// the population variance, it is about $M/(M-1)$ times a typical batch's
// biased $\sigma_c^2$, so inference divides $x - \mu$ by about $\sqrt{M/(M-1)}$
// times what training divided it by (for $\sigma_c^2 \gg \epsilon$): $\hat x$
// shrinks by 1.41 at $M = 2$, 1.016 at $M = 32$, 1.004 at $M = 128$. One of
// the [experiments](../../experiments/readme.md) trains at $M = 2$, where this gap
// adds to a larger problem: the [overview](../readme.md#small-batches) shows
// that at $M = 2$ the layer passes gradient only through the rare features
// whose two values nearly tie.
#include "batch_norm.h"

#include "../moments.h"

#include <math.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include <stdint.h>
#include <stdlib.h>

// ## Status codes as text
//
// One short, constant string per status code, for callers that print it;
// the message returned through `message` says more.
const char *batch_norm_status_string(int status)
{
    switch (status) {
    case BATCH_NORM_OK: return "ok";
    case BATCH_NORM_ERR_NULL: return "NULL pointer";
    case BATCH_NORM_ERR_SIZE: return "bad size";
    case BATCH_NORM_ERR_EPS: return "bad eps";
    case BATCH_NORM_ERR_MOMENTUM: return "bad momentum";
    case BATCH_NORM_ERR_ONE_VALUE: return "one value per channel";
    case BATCH_NORM_ERR_NOMEM: return "out of memory";
    default: return "unknown status";
    }
}

#define FAIL(code, text)                  \
    do {                                  \
        if (message) *message = (text);   \
        return (code);                    \
    } while (0)

int batch_norm_state_init(batch_norm_state *state, size_t C,
                          float *running_mean, float *running_var,
                          const char **message)
{
    if (!state) FAIL(BATCH_NORM_ERR_NULL, "batch_norm_state_init: state is NULL");
    if (C == 0) FAIL(BATCH_NORM_ERR_SIZE, "batch_norm_state_init: C is zero");
    if (!running_mean != !running_var)
        FAIL(BATCH_NORM_ERR_NULL, "batch_norm_state_init: give both running_mean and running_var, or neither");
    *state = (batch_norm_state){
        .C = C, .eps = 1e-5f, .momentum = 0.1f, .cumulative = false, .affine = true,
        .track_running_stats = running_mean != NULL,
        .running_mean = running_mean, .running_var = running_var,
        .num_batches_tracked = 0,
    };
    for (size_t c = 0; running_mean && c < C; c++) {
        running_mean[c] = 0.0f;
        running_var[c] = 1.0f;
    }
    if (message) *message = NULL;
    return BATCH_NORM_OK;
}

bool batch_norm_uses_batch_stats(const batch_norm_state *state, bool training)
{
    return training || !state->track_running_stats;
}

// ## Checking the arguments
//
// Shared by both kernels: the state's fields, the sizes, and the running
// statistics when they will be read or written. The caller passes its own
// messages, made by `CHECK_MESSAGES` from its name, so that the message says
// which function refused. String literals side by side are joined by the
// compiler: the messages are constants, built at compile time.
#define CHECK_MESSAGES(fn)                                                               \
    {                                                                                    \
        fn ": state is NULL", fn ": x is NULL",                                          \
        fn ": N, S or state->C is zero, or N * C * S overflows",                         \
        fn ": state->eps is negative, NaN or infinite",                                  \
        fn ": state->momentum is NaN or outside [0, 1]",                                 \
        fn ": state->running_mean or state->running_var is NULL while tracking",         \
        fn ": N * S == 1, but batch statistics need more than 1 value per channel",      \
    }

static int check_common(const batch_norm_state *s, const float *x, size_t N, size_t S,
                        bool training, const char *const names[7], const char **message)
{
    if (!s) FAIL(BATCH_NORM_ERR_NULL, names[0]);
    if (!x) FAIL(BATCH_NORM_ERR_NULL, names[1]);
    if (s->C == 0 || N == 0 || S == 0 || N > SIZE_MAX / s->C || N * s->C > SIZE_MAX / S)
        FAIL(BATCH_NORM_ERR_SIZE, names[2]);
    if (!(s->eps >= 0.0f) || isinf(s->eps)) FAIL(BATCH_NORM_ERR_EPS, names[3]);
    if (!s->cumulative && !(s->momentum >= 0.0f && s->momentum <= 1.0f))
        FAIL(BATCH_NORM_ERR_MOMENTUM, names[4]);
    if (s->track_running_stats && (!s->running_mean || !s->running_var))
        FAIL(BATCH_NORM_ERR_NULL, names[5]);
    if (batch_norm_uses_batch_stats(s, training) && N * S == 1)
        FAIL(BATCH_NORM_ERR_ONE_VALUE, names[6]);
    return BATCH_NORM_OK;
}

// ## Statistics of one channel
//
// Channel $c$ of example $n$ is a contiguous run of $S$ floats starting at
// $(nC + c)S$: for images, a whole $H \times W$ plane. The channel's statistics
// merge the $N$ runs (see [moments](../moments.h.html)), all shifted by the
// channel's first value $K$. Each run is read from memory once; with
// $S = 56 \cdot 56$ a run is 12 KiB and its second pass hits L1. The runs of a
// channel are $C S$ floats apart (784 KiB for $(32, 64, 56, 56)$), a jump the
// hardware prefetcher does not follow: it tracks streams within one 4 KiB page
// (Drepper 2007, section 6.3.1). So the second pass over each run prefetches
// the next one. No run here measures what that prefetch gains.
NORM_KERNEL static moments channel_moments(const float *x, size_t N, size_t C, size_t S,
                               size_t c, float K)
{
    moments acc = {0, 0, 0};
    for (size_t n = 0; n < N; n++)
        moments_add(&acc, x + (n * C + c) * S, S, K,
                    n + 1 < N ? x + ((n + 1) * C + c) * S : NULL);
    return acc;
}

// ## Channels holding NaN or infinity
//
// PyTorch sums a channel in double and divides by the count: its mean is NaN
// when the channel holds a NaN or infinities of both signs, and otherwise the
// infinity it holds, wherever that sits; the sum of squared deviations is
// then NaN. The shifted sums above depend on where an infinity sits (as the
// shift $K$ it gives $\infty - \infty = \mathrm{NaN}$), so a channel whose
// statistics come out non-finite is summed again here PyTorch's way, in
// double, as is a channel of finite values whose float sums overflowed.
//
// `K`, `m` and `Q` are the shift, the mean of $x - K$ and the sum of squared
// deviations of channel $c$; when `m` or `Q` is not finite they are replaced
// by PyTorch's mean, 0 and PyTorch's $Q$.
static void channel_redo_nonfinite(const float *x, size_t N, size_t C, size_t S, size_t c,
                                   float *K, double *m, double *Q)
{
    if (isfinite(*m) && isfinite(*Q)) return;
    double sum = 0.0, q = 0.0;
    for (size_t n = 0; n < N; n++)
        for (size_t s = 0; s < S; s++) sum += x[(n * C + c) * S + s];
    const double mu = sum / ((double)N * (double)S);
    for (size_t n = 0; n < N; n++)
        for (size_t s = 0; s < S; s++) {
            const double d = x[(n * C + c) * S + s] - mu;
            q += d * d;
        }
    *K = (float)mu;
    *m = 0.0;
    *Q = q;
}

// ## Updating the running statistics
//
// After a training batch, channel $c$'s running statistics move towards the
// batch's mean and unbiased variance $Q/(M-1)$ with weight $\alpha$, in double.
static void update_running(batch_norm_state *st, size_t c, double batch_mean, double Q, double M,
                           double alpha)
{
    st->running_mean[c] = (float)((1.0 - alpha) * st->running_mean[c] + alpha * batch_mean);
    st->running_var[c] = (float)((1.0 - alpha) * st->running_var[c] + alpha * (Q / (M - 1.0)));
}

// ## Normalising one run
//
// $y = (x - \mu_c)\,\mathrm{scale}_c + \beta_c$ with
// $\mathrm{scale}_c = \gamma_c / \sqrt{\sigma_c^2 + \epsilon}$ over one run of
// $S$ values: one subtraction, one multiplication and one addition per value
// with running statistics ($K = \mu_c^{\mathrm{run}}$, $m = 0$). With batch
// statistics the subtraction is $(x - K) - m$, in that order, for the accuracy
// reason explained in [layer norm](../layer_norm/layer_norm.c). With streaming
// stores (`stream`, see [moments](../moments.h)) the run is written in
// pieces; otherwise in one loop.
static inline void normalize_piece(float *restrict out, const float *restrict in, size_t len,
                                   float K, float m, float scale, float shift)
{
    if (m != 0.0f) {
#pragma omp simd
        for (size_t s = 0; s < len; s++)
            out[s] = ((in[s] - K) - m) * scale + shift;
    } else {  // the same values: v - 0 == v
#pragma omp simd
        for (size_t s = 0; s < len; s++)
            out[s] = (in[s] - K) * scale + shift;
    }
}

NORM_KERNEL static void normalize_run(float *y, const float *x, size_t S, float K, float m,
                                      float scale, float shift, int stream)
{
    if (!stream) {  // in one loop: pieces would only add loop overhead
        normalize_piece(y, x, S, K, m, scale, shift);
        return;
    }
    _Alignas(64) float piece[NORM_PIECE];
    for (size_t s0 = 0; s0 < S; s0 += NORM_PIECE) {
        size_t len = S - s0 < NORM_PIECE ? S - s0 : NORM_PIECE;
        normalize_piece(piece, x + s0, len, K, m, scale, shift);
        norm_stream(y + s0, piece, len);
    }
}

// ## Evaluation: in memory order
//
// With running statistics every value is normalised on its own, so there is
// no reason to walk the tensor channel by channel, jumping $C S$ floats from
// one run to the next. The evaluation forward pass goes through memory in
// order, run after run, which the hardware prefetcher follows best; threads
// share out the $N C$ runs in equal parts fixed in advance, for the reason
// given in [layer norm](../layer_norm/layer_norm.c): each thread gets the same
// runs in every call, and finds in its own caches what the last call left.
static void forward_eval(const batch_norm_state *st, float *y, const float *x,
                         const float *gain, const float *bias, size_t N, size_t S)
{
    const size_t C = st->C;
    const int stream = norm_can_stream(y, S, N * C, 2);
#pragma omp parallel
    {
#pragma omp for schedule(static)
        for (size_t run = 0; run < N * C; run++) {
            size_t c = run % C;
            float r = 1.0f / sqrtf(st->running_var[c] + st->eps);
            float scale = st->affine ? gain[c] * r : r;
            float shift = st->affine ? bias[c] : 0.0f;
            normalize_run(y + run * S, x + run * S, S, st->running_mean[c], 0.0f, scale,
                          shift, stream);
        }
        norm_store_fence(stream);
    }
}

// ## Inputs of shape (N, C): row by row
//
// With $S = 1$ (a `BatchNorm1d` after a dense layer) each run above is one
// value, and the per-channel loops spend their time on overhead. For this
// shape the kernels walk the rows in order, vectorised over the channels,
// `NC_BLOCK` of them at a time. The statistics are those of
// [moments](../moments.h.html) turned sideways: `NC_ROWS` consecutive rows
// form a block, whose statistics per channel are summed in float in two
// shifted passes, and blocks are merged in double. A block of 64 rows of 256
// channels is 64 KiB, more than L1, so its second pass reads from L2.
//
// Threads share out the blocks of rows, not the channels, so that each thread
// reads whole rows, in memory order. (Shared out by channels, as before, each
// of two threads read half of every row, 512 bytes out of each 1 KiB. At
// (4096, 256) two threads took longer than one in three of the four timings
// of the training passes (forward and backward, in each of the run's two
// tables) in the run of that scheme, `../results/bench-2026-12-05-1229.log`,
// and less time in all four in the run of this one
// ([measurements](../performance.md));
// other changes to the kernels came between the two runs.) Each block's float
// statistics go to their own slot of a scratch array, and the merge then
// takes the slots in block order: the same arithmetic in the same order for
// any number of threads, so the same bits.
#define NC_BLOCK 256  // channels per pass at most: 1 KiB of a row
#define NC_ROWS 64    // rows per block of the statistics: 64 KiB for 256 channels, in L2
#define NC_MERGE 64   // channels per piece of the merge, which threads share out

static inline void nc_prefetch(const float *p, size_t len)  // one cache line per 16 floats
{
    for (size_t k = 0; k < len; k += 16) NORM_PREFETCH(p + k);
}

// The `nb` rows of one block: `mb` and `Qb` (C floats each) receive each
// channel's mean of $x - K$ and $Q$. `next` (or `NULL`) is the next block, of
// `next_nb` rows, which the second pass asks for.
//
// Each pass adds the rows, in order, into running sums of up to `NC_BLOCK`
// channels, too many for registers: each step loads and stores them. Steps of
// 4 rows do that once per 4 rows; the additions, and so the bits, are those
// of one row at a time (C adds `a + b + c` as `(a + b) + c`).
static inline float nc_sq_dev(float x, float k, float m)
{
    const float d = (x - k) - m;
    return d * d;
}

NORM_KERNEL static void nc_block_moments(float *restrict mb, float *restrict Qb,
                                         const float *restrict K, const float *x, size_t nb,
                                         size_t C, const float *next, size_t next_nb)
{
    for (size_t c0 = 0; c0 < C; c0 += NC_BLOCK) {
        const size_t len = C - c0 < NC_BLOCK ? C - c0 : NC_BLOCK;
        float *restrict m = mb + c0, *restrict q = Qb + c0;
        const float *restrict k = K + c0;
        for (size_t c = 0; c < len; c++) m[c] = q[c] = 0.0f;
        size_t n = 0;
        for (; n + 4 <= nb; n += 4) {  // first pass: from memory
            const float *restrict x0 = x + n * C + c0, *restrict x1 = x0 + C;
            const float *restrict x2 = x1 + C, *restrict x3 = x2 + C;
#pragma omp simd
            for (size_t c = 0; c < len; c++)
                m[c] = m[c] + (x0[c] - k[c]) + (x1[c] - k[c]) + (x2[c] - k[c]) + (x3[c] - k[c]);
        }
        for (; n < nb; n++) {
            const float *restrict xr = x + n * C + c0;
#pragma omp simd
            for (size_t c = 0; c < len; c++) m[c] += xr[c] - k[c];
        }
        for (size_t c = 0; c < len; c++) m[c] /= (float)nb;
        for (n = 0; n + 4 <= nb; n += 4) {  // second pass: from L2, asking for the next block
            const float *restrict x0 = x + n * C + c0, *restrict x1 = x0 + C;
            const float *restrict x2 = x1 + C, *restrict x3 = x2 + C;
            for (size_t j = n; j < n + 4 && j < next_nb; j++) nc_prefetch(next + j * C + c0, len);
#pragma omp simd
            for (size_t c = 0; c < len; c++)
                q[c] = q[c] + nc_sq_dev(x0[c], k[c], m[c]) + nc_sq_dev(x1[c], k[c], m[c]) +
                       nc_sq_dev(x2[c], k[c], m[c]) + nc_sq_dev(x3[c], k[c], m[c]);
        }
        for (; n < nb; n++) {
            const float *restrict xr = x + n * C + c0;
            if (n < next_nb) nc_prefetch(next + n * C + c0, len);
#pragma omp simd
            for (size_t c = 0; c < len; c++) q[c] += nc_sq_dev(xr[c], k[c], m[c]);
        }
    }
}

// `moments_merge` of the blocks' statistics, in block order, for channels
// c0 .. c0 + len - 1: `m` and `Q` receive each channel's mean of $x - K$ and
// $Q$ over all $N$ rows. `mb` and `Qb` hold C floats per block.
NORM_KERNEL static void nc_merge(double *restrict m, double *restrict Q, const float *restrict mb,
                                 const float *restrict Qb, size_t N, size_t C, size_t c0, size_t len)
{
    double count = 0.0;
    for (size_t c = 0; c < len; c++) m[c] = Q[c] = 0.0;
    for (size_t n0 = 0, blk = 0; n0 < N; n0 += NC_ROWS, blk++) {
        const size_t nb = N - n0 < NC_ROWS ? N - n0 : NC_ROWS;
        const float *restrict mbk = mb + blk * C + c0, *restrict Qbk = Qb + blk * C + c0;
        const double n_new = count + (double)nb, w_mean = (double)nb / n_new;
        const double w_sq = count * (double)nb / n_new;
#pragma omp simd
        for (size_t c = 0; c < len; c++) {
            const double delta = (double)mbk[c] - m[c];
            m[c] += delta * w_mean;
            Q[c] += (double)Qbk[c] + delta * delta * w_sq;
        }
        count = n_new;
    }
}

NORM_KERNEL static void nc_normalize(  // y = ((x - K) - m) * scale + shift, one block of channels
                                     float *y, const float *x, size_t N, size_t C, size_t c0,
                                     size_t len, const float *restrict K, const float *restrict m,
                                     const float *restrict scale, const float *restrict shift)
{
    for (size_t n = 0; n < N; n++) {
        const float *restrict xr = x + n * C + c0;
        float *restrict yr = y + n * C + c0;
        if (n + 4 < N) nc_prefetch(xr + 4 * C, len);
        if (m) {
#pragma omp simd
            for (size_t c = 0; c < len; c++)
                yr[c] = ((xr[c] - K[c]) - m[c]) * scale[c] + shift[c];
        } else {  // running statistics: m = 0, one array fewer to read
#pragma omp simd
            for (size_t c = 0; c < len; c++)
                yr[c] = (xr[c] - K[c]) * scale[c] + shift[c];
        }
    }
}

// Thread $t$ of $T$ (counted from 0) takes blocks `lo` to `hi - 1`, range $t$
// of $T$ equal ranges of blocks, in both steps that go by blocks, whatever
// order each step takes them in.
static void nc_my_blocks(size_t blocks, size_t *lo, size_t *hi)
{
    size_t t = 0, T = 1;
#ifdef _OPENMP
    t = (size_t)omp_get_thread_num(), T = (size_t)omp_get_num_threads();
#endif
    *lo = blocks * t / T, *hi = blocks * (t + 1) / T;
}

// The scratch array: `per_block` arrays of `blocks` slots of C floats (one
// slot per block of rows), then `per_channel` arrays of C floats; NULL if it
// does not fit in memory or in `size_t`.
static float *nc_scratch(size_t blocks, size_t per_block, size_t C, size_t per_channel)
{
    const size_t floats_max = SIZE_MAX / sizeof(float);
    if (blocks > 0 && per_block > (floats_max - per_channel * C) / blocks / C) return NULL;
    return malloc((blocks * per_block + per_channel) * C * sizeof(float));
}

// `batch_norm_forward` for $S = 1$ with batch statistics, in three steps that
// the threads share out: the blocks' statistics; the merge and each channel's
// scale and shift; the output, block by block, each thread the blocks it read
// in the first step, last block first: a thread's blocks of $(4096, 256)$ are
// 2 or 4 MiB, more than the 1 MiB L2 per core of the AMD EPYC the
// [measurements](../performance.md) ran on, which holds those it read last.
static int forward_nc(batch_norm_state *st, float *y, float *mean, float *rstd, const float *x,
                      const float *gain, const float *bias, size_t N, bool update, double alpha)
{
    const size_t C = st->C, blocks = (N + NC_ROWS - 1) / NC_ROWS;
    const double M = (double)N;
    float *scratch = nc_scratch(blocks, 2, C, 4);
    if (!scratch) return BATCH_NORM_ERR_NOMEM;
    float *mb = scratch, *Qb = mb + blocks * C;
    float *K = Qb + blocks * C, *m = K + C, *scale = m + C, *shift = scale + C;
    memcpy(K, x, C * sizeof(float));  // the shift: row 0
#pragma omp parallel
    {
        size_t lo, hi;
        nc_my_blocks(blocks, &lo, &hi);
        for (size_t blk = lo; blk < hi; blk++) {
            const size_t n0 = blk * NC_ROWS, nb = N - n0 < NC_ROWS ? N - n0 : NC_ROWS;
            const size_t next_nb = blk + 1 < blocks ? (N - n0 - nb < NC_ROWS ? N - n0 - nb : NC_ROWS) : 0;
            nc_block_moments(mb + blk * C, Qb + blk * C, K, x + n0 * C, nb, C, x + (n0 + nb) * C, next_nb);
        }
#pragma omp barrier
#pragma omp for schedule(static)
        for (size_t c0 = 0; c0 < C; c0 += NC_MERGE) {
            const size_t len = C - c0 < NC_MERGE ? C - c0 : NC_MERGE;
            double mm[NC_MERGE], Q[NC_MERGE];
            nc_merge(mm, Q, mb, Qb, N, C, c0, len);
            for (size_t i = 0; i < len; i++) {
                const size_t c = c0 + i;
                channel_redo_nonfinite(x, N, C, 1, c, &K[c], &mm[i], &Q[i]);  // NaN, infinity or overflow
                m[c] = (float)mm[i];
                const float r = moments_rstd(Q[i] / M, st->eps);
                if (update) update_running(st, c, (double)K[c] + mm[i], Q[i], M, alpha);
                if (mean) mean[c] = K[c] + m[c];
                if (rstd) rstd[c] = r;
                scale[c] = st->affine ? gain[c] * r : r;
                shift[c] = st->affine ? bias[c] : 0.0f;
            }
        }
        for (size_t blk = hi; blk-- > lo;) {  // last block first: the blocks read last are still in L2
            const size_t n0 = blk * NC_ROWS, nb = N - n0 < NC_ROWS ? N - n0 : NC_ROWS;
            for (size_t c0 = 0; c0 < C; c0 += NC_BLOCK)
                nc_normalize(y + n0 * C, x + n0 * C, nb, C, c0, C - c0 < NC_BLOCK ? C - c0 : NC_BLOCK, K + c0,
                             m + c0, scale + c0, shift + c0);
        }
    }
    free(scratch);
    return BATCH_NORM_OK;
}

// With running statistics every value is normalised on its own, so, as for
// $S > 1$, the tensor is walked in memory order: chunks of `NC_EVAL_ROWS` rows,
// shared out in equal parts fixed in advance. Each chunk takes the scale and
// shift of a block of channels at a time (one square root per channel per
// chunk, vectorised).
#define NC_EVAL_ROWS 256

NORM_KERNEL static void nc_eval_params(float *restrict scale, float *restrict shift,
                                       const float *restrict rv, const float *restrict gain,
                                       const float *restrict bias, float eps, size_t len)
{
    if (gain) {
#pragma omp simd
        for (size_t i = 0; i < len; i++) {
            scale[i] = gain[i] * (1.0f / sqrtf(rv[i] + eps));
            shift[i] = bias[i];
        }
    } else {
#pragma omp simd
        for (size_t i = 0; i < len; i++) {
            scale[i] = 1.0f / sqrtf(rv[i] + eps);
            shift[i] = 0.0f;
        }
    }
}

static void forward_eval_nc(const batch_norm_state *st, float *y, const float *x,
                            const float *gain, const float *bias, size_t N)
{
    const size_t C = st->C;
#pragma omp parallel for schedule(static)
    for (size_t n0 = 0; n0 < N; n0 += NC_EVAL_ROWS) {
        const size_t rows = N - n0 < NC_EVAL_ROWS ? N - n0 : NC_EVAL_ROWS;
        for (size_t c0 = 0; c0 < C; c0 += NC_BLOCK) {
            const size_t len = C - c0 < NC_BLOCK ? C - c0 : NC_BLOCK;
            float scale[NC_BLOCK], shift[NC_BLOCK];
            nc_eval_params(scale, shift, st->running_var + c0, st->affine ? gain + c0 : NULL,
                           st->affine ? bias + c0 : NULL, st->eps, len);
            nc_normalize(y + n0 * C, x + n0 * C, rows, C, c0, len, st->running_mean + c0, NULL, scale,
                         shift);
        }
    }
}

// ## Forward
//
// With running statistics, the passes above. With batch statistics, channels are
// independent, so threads share them out in equal parts fixed in advance
// (`schedule(static)`, as in [layer norm](../layer_norm/layer_norm.c)). For
// each channel: the
// batch statistics, the update of the running statistics, then one pass that
// writes $y$. With $N = 32$ and $S = 3136$ a channel is 392 KiB, less than the
// L2 cache of one core of a recent x86 CPU (512 KiB to 2 MiB), so the
// normalising pass can find in L2 what the statistics pass brought in; it
// writes the runs in reverse order, so that it starts with those read last.
int batch_norm_forward(batch_norm_state *state, float *y, float *mean, float *rstd,
                       const float *x, const float *gain, const float *bias,
                       size_t N, size_t S, bool training, const char **message)
{
    static const char *const names[7] = CHECK_MESSAGES("batch_norm_forward");
    int status = check_common(state, x, N, S, training, names, message);
    if (status != BATCH_NORM_OK) return status;
    if (!y) FAIL(BATCH_NORM_ERR_NULL, "batch_norm_forward: y is NULL");
    if (state->affine && !gain) FAIL(BATCH_NORM_ERR_NULL, "batch_norm_forward: gain is NULL while affine");
    if (state->affine && !bias) FAIL(BATCH_NORM_ERR_NULL, "batch_norm_forward: bias is NULL while affine");

    const size_t C = state->C;
    const bool batch_stats = batch_norm_uses_batch_stats(state, training);
    const bool update = training && state->track_running_stats;
    const double M = (double)N * (double)S;
    if (!batch_stats) {
        for (size_t c = 0; c < C; c++) {
            if (mean) mean[c] = state->running_mean[c];
            if (rstd) rstd[c] = 1.0f / sqrtf(state->running_var[c] + state->eps);
        }
        if (S == 1) forward_eval_nc(state, y, x, gain, bias, N);
        else forward_eval(state, y, x, gain, bias, N, S);
        if (message) *message = NULL;
        return BATCH_NORM_OK;
    }

// The weight of this batch in the running statistics: $\alpha$, or $1/t$
// for the cumulative average, $t$ counting this batch.
    if (update) state->num_batches_tracked++;
    const double alpha = state->cumulative ? 1.0 / (double)state->num_batches_tracked
                                           : (double)state->momentum;

    if (S == 1) {  // (N, C): row by row, see above
        if (forward_nc(state, y, mean, rstd, x, gain, bias, N, update, alpha) != BATCH_NORM_OK) {
            if (update) state->num_batches_tracked--;  // nothing was written: the batch does not count
            FAIL(BATCH_NORM_ERR_NOMEM, "batch_norm_forward: no memory for the scratch array of an (N, C) input");
        }
        if (message) *message = NULL;
        return BATCH_NORM_OK;
    }
    const int stream = norm_can_stream(y, S, N * C, 2);
#pragma omp parallel
    {
#pragma omp for schedule(static)
    for (size_t c = 0; c < C; c++) {
        float K = x[c * S];
        moments st = channel_moments(x, N, C, S, c, K);
        channel_redo_nonfinite(x, N, C, S, c, &K, &st.m, &st.Q);  // NaN, infinity or overflow
        const float m = (float)st.m;
        const float r = moments_rstd(st.Q / M, state->eps);
        if (update) update_running(state, c, (double)K + st.m, st.Q, M, alpha);
        if (mean) mean[c] = K + m;
        if (rstd) rstd[c] = r;
        const float scale = state->affine ? gain[c] * r : r;
        const float shift = state->affine ? bias[c] : 0.0f;
        for (size_t n = N; n-- > 0;)  // last run first: the runs read last are still in L1/L2
            normalize_run(y + (n * C + c) * S, x + (n * C + c) * S, S, K, m, scale, shift,
                          stream);
    }
    norm_store_fence(stream);
    }
    if (message) *message = NULL;
    return BATCH_NORM_OK;
}

// ## Backward, derived
//
// With batch statistics, [the backward pass, derived](backward.md) gives, with
// $h = \partial L/\partial y$ and $r_c = (\sigma_c^2+\epsilon)^{-1/2}$,
//
// $$\frac{\partial L}{\partial x_{ncs}} = \gamma_c r_c\left(h_{ncs}
//   - \frac{1}{M}\sum_{n',s'} h_{n'cs'}
//   - \hat x_{ncs}\,\frac{1}{M}\sum_{n',s'} h_{n'cs'}\hat x_{n'cs'}\right).$$
//
// Since $\gamma_c$ is one number per channel, it stays outside the sums, and
// they are the parameter gradients
// $\partial L/\partial\beta_c = \sum \partial L/\partial y$ and
// $\partial L/\partial\gamma_c = \sum \hat x\,\partial L/\partial y$,
// so one pass over the channel computes both, and a second one writes
// $\partial L/\partial x = \gamma_c r_c\,(\partial L/\partial y - \partial L/\partial\beta_c/M
// - \hat x\,\partial L/\partial\gamma_c/M)$.
//
// With running statistics (evaluation mode), $\mu_c$ and $r_c$ are constants:
// $\partial L/\partial x = \gamma_c\, r_c\, \partial L/\partial y$, one pass.
//
// ## Sums over one channel
//
// The two sums are accumulated per run in float, with 16 partial sums, and
// added up across runs in double: a channel of $128 \cdot 56 \cdot 56$ values is
// too long for a single float accumulator.
NORM_KERNEL static void channel_grad_sums(double *sum_dy, double *sum_dy_xhat,
                              const float *dy, const float *x, size_t N, size_t C,
                              size_t S, size_t c, float mu, float r)
{
    double a = 0.0, b = 0.0;
    for (size_t n = 0; n < N; n++) {
        const float *restrict dyr = dy + (n * C + c) * S;
        const float *restrict xr = x + (n * C + c) * S;
        float acc_a[MOMENTS_LANES] = {0}, acc_b[MOMENTS_LANES] = {0};
        size_t s = 0;
        for (; s + MOMENTS_LANES <= S; s += MOMENTS_LANES) {
#pragma omp simd
            for (int k = 0; k < MOMENTS_LANES; k++) {
                acc_a[k] += dyr[s + k];
                acc_b[k] += dyr[s + k] * ((xr[s + k] - mu) * r);
            }
        }
        for (; s < S; s++) {
            acc_a[s % MOMENTS_LANES] += dyr[s];
            acc_b[s % MOMENTS_LANES] += dyr[s] * ((xr[s] - mu) * r);
        }
        a += moments_fold(acc_a);
        b += moments_fold(acc_b);
    }
    *sum_dy = a;
    *sum_dy_xhat = b;
}

// ## The input gradient of one channel
//
// $\partial L/\partial x = \gamma_c r_c\,(\partial L/\partial y - a - \hat x\, b)$
// with $\hat x = (x - \mu_c)\,r_c$, where
// $a = \frac{1}{M}\sum \partial L/\partial y$ and
// $b = \frac{1}{M}\sum \hat x\,\partial L/\partial y$ with batch statistics;
// with running statistics $a = b = 0$ and the loop is a plain scaling.
NORM_KERNEL static void channel_dx(float *dx, const float *dy, const float *x, size_t N,
                                   size_t C, size_t S, size_t c, float mu, float r,
                                   float gr, float a, float b, bool batch_stats, int stream)
{
    _Alignas(64) float piece[NORM_PIECE];
    for (size_t n = 0; n < N; n++) {
        float *dxr = dx + (n * C + c) * S;
        const float *dyr = dy + (n * C + c) * S;
        const float *xr = x + (n * C + c) * S;
        for (size_t s0 = 0; s0 < S; s0 += NORM_PIECE) {
            size_t len = S - s0 < NORM_PIECE ? S - s0 : NORM_PIECE;
            float *restrict out = stream ? piece : dxr + s0;
            const float *restrict dyp = dyr + s0, *restrict xp = xr + s0;
            if (batch_stats) {
#pragma omp simd
                for (size_t s = 0; s < len; s++)
                    out[s] = gr * (dyp[s] - a - ((xp[s] - mu) * r) * b);
            } else {
#pragma omp simd
                for (size_t s = 0; s < len; s++)
                    out[s] = gr * dyp[s];
            }
            if (stream) norm_stream(dxr + s0, piece, len);
        }
    }
}

// ## Inputs of shape (N, C): the backward pass
//
// For $S = 1$ the two passes above also walk the rows in order, in the same
// blocks of `NC_ROWS` rows, which threads share out: the first pass sums
// $\partial L/\partial y$ and $\hat x\,\partial L/\partial y$ of every channel
// over a block in float, into the block's slot of the scratch array; the
// slots are added up in double, in block order; the second pass writes
// $\partial L/\partial x$, each thread for the blocks it read in the first,
// last block first.

// `rows_left` (at least `nb`) counts the rows from `x` to the end of the
// array: the prefetch 4 rows ahead runs on into the next block. (The second
// pass, which goes last block first, prefetches the same way, so at a
// block's end it fetches rows of `x` and `dy` of the block it did just
// before this one.)
NORM_KERNEL static void nc_block_grad_sums(  // sums of dy and dy * xhat per channel, over one block's nb rows
                                           float *restrict fa, float *restrict fb, const float *dy,
                                           const float *x, size_t nb, size_t rows_left, size_t C,
                                           const float *restrict mu, const float *restrict r)
{
    for (size_t c = 0; c < C; c++) fa[c] = fb[c] = 0.0f;
    size_t n = 0;
    for (; n + 4 <= nb; n += 4) {  // 4 rows per step, as in nc_block_moments
        const float *restrict d0 = dy + n * C, *restrict d1 = d0 + C, *restrict d2 = d1 + C, *restrict d3 = d2 + C;
        const float *restrict x0 = x + n * C, *restrict x1 = x0 + C, *restrict x2 = x1 + C, *restrict x3 = x2 + C;
        for (size_t j = n + 4; j < n + 8 && j < rows_left; j++) nc_prefetch(x + j * C, C), nc_prefetch(dy + j * C, C);
#pragma omp simd
        for (size_t c = 0; c < C; c++) {
            fa[c] = fa[c] + d0[c] + d1[c] + d2[c] + d3[c];
            fb[c] = fb[c] + d0[c] * ((x0[c] - mu[c]) * r[c]) + d1[c] * ((x1[c] - mu[c]) * r[c]) +
                    d2[c] * ((x2[c] - mu[c]) * r[c]) + d3[c] * ((x3[c] - mu[c]) * r[c]);
        }
    }
    for (; n < nb; n++) {
        const float *restrict dyr = dy + n * C, *restrict xr = x + n * C;
        if (n + 4 < rows_left) nc_prefetch(xr + 4 * C, C), nc_prefetch(dyr + 4 * C, C);
#pragma omp simd
        for (size_t c = 0; c < C; c++) {
            fa[c] += dyr[c];
            fb[c] += dyr[c] * ((xr[c] - mu[c]) * r[c]);
        }
    }
}

NORM_KERNEL static void nc_dx(  // dx = gr (dy - a - xhat b) for nb rows; a = b = 0 with running statistics
                              float *dx, const float *dy, const float *x, size_t nb, size_t rows_left,
                              size_t C, const float *restrict mu, const float *restrict r,
                              const float *restrict gr, const float *restrict a,
                              const float *restrict b, bool batch_stats)
{
    for (size_t n = 0; n < nb; n++) {
        const float *restrict dyr = dy + n * C, *restrict xr = x + n * C;
        float *restrict dxr = dx + n * C;
        if (n + 4 < rows_left) nc_prefetch(xr + 4 * C, C), nc_prefetch(dyr + 4 * C, C);
        if (batch_stats) {
#pragma omp simd
            for (size_t c = 0; c < C; c++)
                dxr[c] = gr[c] * (dyr[c] - a[c] - ((xr[c] - mu[c]) * r[c]) * b[c]);
        } else {
#pragma omp simd
            for (size_t c = 0; c < C; c++)
                dxr[c] = gr[c] * dyr[c];
        }
    }
}

static int backward_nc(  // batch_norm_backward for S = 1; threads take blocks of rows
                       const batch_norm_state *st, float *dx, float *dgain, float *dbias,
                       const float *dy, const float *x, const float *mean, const float *rstd,
                       const float *gain, size_t N, bool batch_stats, bool want_params)
{
    const size_t C = st->C, blocks = (N + NC_ROWS - 1) / NC_ROWS;
    const double M = (double)N;
    const bool sums = batch_stats || want_params;
    float *scratch = nc_scratch(sums ? blocks : 0, 2, C, 3);
    if (!scratch) return BATCH_NORM_ERR_NOMEM;
    float *fa = scratch, *fb = fa + (sums ? blocks * C : 0);
    float *gr = fb + (sums ? blocks * C : 0), *a = gr + C, *b = a + C;
#pragma omp parallel
    {
        size_t lo, hi;
        nc_my_blocks(blocks, &lo, &hi);
        for (size_t blk = lo; sums && blk < hi; blk++) {
            const size_t n0 = blk * NC_ROWS, nb = N - n0 < NC_ROWS ? N - n0 : NC_ROWS;
            nc_block_grad_sums(fa + blk * C, fb + blk * C, dy + n0 * C, x + n0 * C, nb, N - n0, C, mean, rstd);
        }
#pragma omp barrier
#pragma omp for schedule(static)
        for (size_t c0 = 0; c0 < C; c0 += NC_MERGE) {
            const size_t len = C - c0 < NC_MERGE ? C - c0 : NC_MERGE;
            double sa[NC_MERGE] = {0}, sb[NC_MERGE] = {0};
            for (size_t blk = 0; sums && blk < blocks; blk++) {
                const float *restrict fak = fa + blk * C + c0, *restrict fbk = fb + blk * C + c0;
#pragma omp simd
                for (size_t i = 0; i < len; i++) sa[i] += fak[i], sb[i] += fbk[i];
            }
            for (size_t i = 0; i < len; i++) {
                const size_t c = c0 + i;
                if (want_params && dgain) dgain[c] += (float)sb[i];
                if (want_params && dbias) dbias[c] += (float)sa[i];
                gr[c] = (st->affine ? gain[c] : 1.0f) * rstd[c];
                a[c] = batch_stats ? (float)(sa[i] / M) : 0.0f;
                b[c] = batch_stats ? (float)(sb[i] / M) : 0.0f;
            }
        }
        for (size_t blk = hi; blk-- > lo;) {  // last block first, as in the forward pass
            const size_t n0 = blk * NC_ROWS, nb = N - n0 < NC_ROWS ? N - n0 : NC_ROWS;
            nc_dx(dx + n0 * C, dy + n0 * C, x + n0 * C, nb, N - n0, C, mean, rstd, gr, a, b, batch_stats);
        }
    }
    free(scratch);
    return BATCH_NORM_OK;
}

// ## Backward
int batch_norm_backward(const batch_norm_state *state, float *dx, float *dgain, float *dbias,
                        const float *dy, const float *x,
                        const float *mean, const float *rstd, const float *gain,
                        size_t N, size_t S, bool training, const char **message)
{
    static const char *const names[7] = CHECK_MESSAGES("batch_norm_backward");
    int status = check_common(state, x, N, S, training, names, message);
    if (status != BATCH_NORM_OK) return status;
    if (!dx) FAIL(BATCH_NORM_ERR_NULL, "batch_norm_backward: dx is NULL");
    if (!dy) FAIL(BATCH_NORM_ERR_NULL, "batch_norm_backward: dy is NULL");
    if (!mean) FAIL(BATCH_NORM_ERR_NULL, "batch_norm_backward: mean is NULL");
    if (!rstd) FAIL(BATCH_NORM_ERR_NULL, "batch_norm_backward: rstd is NULL");
    if (state->affine && !gain) FAIL(BATCH_NORM_ERR_NULL, "batch_norm_backward: gain is NULL while affine");

    const size_t C = state->C;
    const bool batch_stats = batch_norm_uses_batch_stats(state, training);
    const bool want_params = state->affine && (dgain || dbias);
    const double M = (double)N * (double)S;

    if (S == 1) {  // (N, C): row by row, see above
        if (backward_nc(state, dx, dgain, dbias, dy, x, mean, rstd, gain, N, batch_stats, want_params) !=
            BATCH_NORM_OK)
            FAIL(BATCH_NORM_ERR_NOMEM, "batch_norm_backward: no memory for the scratch array of an (N, C) input");
        if (message) *message = NULL;
        return BATCH_NORM_OK;
    }

// Each channel belongs to one thread, so its `dgain` and `dbias` entries have
// a single writer and need no private copies.
    const int stream = norm_can_stream(dx, S, N * C, 3);
#pragma omp parallel
    {
#pragma omp for schedule(static)
    for (size_t c = 0; c < C; c++) {
        const float mu = mean[c], r = rstd[c];
        const float g = state->affine ? gain[c] : 1.0f;
        double sum_dy = 0.0, sum_dy_xhat = 0.0;
        if (batch_stats || want_params)
            channel_grad_sums(&sum_dy, &sum_dy_xhat, dy, x, N, C, S, c, mu, r);
        if (want_params && dgain) dgain[c] += (float)sum_dy_xhat;
        if (want_params && dbias) dbias[c] += (float)sum_dy;

// The second pass writes $\partial L/\partial x$ with the means $a$ and $b$ of
// the two sums (zero with running statistics).
        const float a = batch_stats ? (float)(sum_dy / M) : 0.0f;
        const float b = batch_stats ? (float)(sum_dy_xhat / M) : 0.0f;
        channel_dx(dx, dy, x, N, C, S, c, mu, r, g * r, a, b, batch_stats, stream);
    }
    norm_store_fence(stream);
    }
    if (message) *message = NULL;
    return BATCH_NORM_OK;
}

// ## Exercises
//
// **1.** A channel sees the same two values $x_1 < x_2$ in every training
// batch ($M = 2$; take $\gamma = 1$, $\beta = 0$, $\epsilon = 0$). What does
// training output for $x_1$? What do the running statistics converge to, and
// what does inference then output for $x_1$?
//
// > [!ANSWER]
// > Training: $\mu = (x_1+x_2)/2$, $\sigma^2 = (x_2-x_1)^2/4$, so $x_1$ gives
// > $-1$ (and $x_2$ gives $+1$, whatever the values). The running mean converges
// > to $\mu$ and the running variance to $\frac{M}{M-1}\sigma^2 = (x_2-x_1)^2/2$.
// > Inference gives $-\frac{(x_2-x_1)/2}{(x_2-x_1)/\sqrt 2} = -1/\sqrt 2 \approx -0.71$:
// > the gap of $\sqrt{M/(M-1)} = 1.41$.
//
// **2.** At inference a convolution with weights $W$ and bias $b$ is followed
// directly by this layer. Write the weights and bias of a single convolution
// that computes both. Why does this not work in training, nor when a ReLU sits
// between the two?
//
// > [!ANSWER]
// > With $r_c = 1/\sqrt{v_c^{\mathrm{run}} + \epsilon}$, output channel $c$ of the
// > new convolution has $W'_c = \gamma_c r_c W_c$ and
// > $b'_c = \gamma_c r_c (b_c - \mu_c^{\mathrm{run}}) + \beta_c$: the layer is an
// > affine map per channel, and an affine map of an affine map is affine. In
// > training $\mu_c$ and $r_c$ depend on the batch, so there are no constants to
// > fold. A ReLU between the two is not affine, so the composition is not a
// > convolution.
//
// **3.** Why is the evaluation backward pass (`training` false, tracking) a
// single pass over `dy`, while the training one needs two?
//
// > [!ANSWER]
// > With running statistics, $\mu_c$ and $r_c$ do not depend on $x$, so
// > $\partial L/\partial x = \gamma_c r_c\,\partial L/\partial y$ value by value.
// > With batch statistics each $\partial L/\partial x$ needs the two sums over
// > the whole channel, which a first pass must finish before the second writes.
//
// **4.** For an $(N, C)$ input, threads share out blocks of rows, so the
// statistics of one channel are summed by several threads. Why are the results
// the same bits with 1, 2 or 8 threads?
//
// > [!ANSWER]
// > Each block's float sums are computed by one thread from start to end, in
// > the same order whichever thread runs it, and go to the block's own slot of
// > the scratch array; the merge then takes the slots in block order, always
// > the same. No sum depends on which thread, or how many, computed it.
// > [Layer norm's backward pass](../layer_norm/layer_norm.c) is different: each
// > thread adds its rows into one private sum per parameter, so its parameter
// > gradients round differently with another number of threads.
//
// ## References
//
// * S. Ioffe, C. Szegedy, *Batch Normalization: Accelerating Deep Network
//   Training by Reducing Internal Covariate Shift*, 2015,
//   [arXiv:1502.03167](https://arxiv.org/abs/1502.03167): the layer, its
//   backward pass, and inference with population statistics whose variance is
//   the unbiased $\frac{M}{M-1}\mathbb{E}[\sigma_B^2]$ (their Algorithm 2).
// * PyTorch, [`torch.nn.BatchNorm2d`](https://pytorch.org/docs/stable/generated/torch.nn.BatchNorm2d.html):
//   `momentum` (default 0.1) is the weight of the new value, `momentum=None` a
//   cumulative average, and the running variance uses the unbiased estimator.
// * Keras, [`BatchNormalization`](https://keras.io/api/layers/normalization_layers/batch_normalization/):
//   `momentum` (default 0.99) is the weight of the old moving value.
// * T. F. Chan, G. H. Golub, R. J. LeVeque, *Algorithms for Computing the
//   Sample Variance: Analysis and Recommendations*, The American Statistician
//   37(3), 1983, [JSTOR 2683386](https://www.jstor.org/stable/2683386): merging
//   the statistics of blocks, as in [moments](../moments.h).
// * U. Drepper, [*What Every Programmer Should Know About Memory*](https://people.freebsd.org/~lstewart/articles/cpumemory.pdf),
//   2007, section 6.3.1: hardware prefetchers follow streams within a page,
//   not across a jump to another.
