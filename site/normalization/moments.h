// ---
// title: Making it fast: accurate mean and variance
// summary: The statistics both normalizations need, accurate and fast: a shifted two-pass method over blocks that fit in L1, blocks merged with Chan's formula, sums vectorised without -ffast-math, prefetching and streaming stores.
// ---

// # Making it fast: accurate mean and variance
//
// Both [layer norm](layer_norm/layer_norm.c.html) and
// [batch norm](batch_norm/batch_norm.c.html) need the mean and the variance of
// many floats. This header computes them, and holds the tools both use to keep
// memory busy: wider vectors, prefetching and streaming stores. It is internal
// to the two libraries (every function is `static inline`).
//
// ## Why not $\mathbb{E}[x^2] - \mathbb{E}[x]^2$
//
// The textbook one-pass formula subtracts two large, nearly equal numbers when
// $|\mu| \gg \sigma$. In float, $\mathbb{E}[x^2]$ for values near $10^4$ is
// about $10^8$ and carries an absolute rounding error of several units, while
// the variance we want is about 1: every digit is lost, and the result can even
// be negative.
//
// The two-pass method first finds the mean $m$, then sums $(x_i - m)^2$. The
// squares are of small numbers, so nothing cancels. Its cost is a second pass,
// which is free if the data are still in the L1 cache.
//
// ## Shifting by the first value
//
// We also subtract a *shift* $K$, the first value, before anything else: the
// sums are of $x_i - K$, which are of the size of $\sigma$ rather than $|\mu|$.
// For $x_i$ within a factor of two of $K$, $x_i - K$ is exact in float
// (Sterbenz's lemma), so the mean of the shifted values is as accurate as if
// the data had been centred to begin with. The mean is $\mu = K + m$, where $m$
// is the mean of the shifted values.
//
// ## Blocks
//
// Data longer than `MOMENTS_BLOCK` floats are cut into blocks that fit in L1. Each
// block gets its own two-pass count $n_b$, mean $m_b$ and sum of squared
// deviations $Q_b = \sum (x_i - K - m_b)^2$, and blocks are merged in double with
// Chan's formula (below). Memory is read once; the second pass hits L1.
// (We write $Q$, not $M$: the [batch norm page](batch_norm/batch_norm.c) uses
// $M$ for the number of values of a channel.)
#ifndef NORMALIZATION_MOMENTS_H
#define NORMALIZATION_MOMENTS_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE__)
#include <xmmintrin.h>
#endif

// ## Wider vectors where the machine has them
//
// Without `-march` flags, GCC targets the x86-64 baseline, whose vectors are
// 4 floats wide (SSE2). `target_clones` compiles a function twice, for the
// baseline and for AVX2 (8 floats wide), and picks one when the program
// starts, according to the CPU. Which copy runs matters at one thread: when layer
// norm's statistics passes still called the baseline's out-of-line helper, 4
// wide, from inside the AVX2 copy, its forward pass on $(65536, 1024)$ took
// 66 ms of CPU time; with the helper inlined there, 8 wide, 38 ms (medians of
// 21 runs each on a busy machine, `results/cpu-time-2026-12-05.txt`). The width and the call changed together,
// so the run does not split the gain between them. The two copies give the same bits: every
// sum of these kernels has a fixed order (the 16 lanes below, also used by
// layer norm's backward pass), and neither copy contains an FMA, a multiply
// and an add fused with one rounding: `avx2` does not enable FMA instructions
// (as `-mavx2` does not imply `-mfma`). ISO C mode (`-std=c11`), which turns
// off such fusing, is a safeguard should a copy with FMA be added.
// Sanitizer builds and other compilers get the plain function, as does a
// build with `NORM_BASELINE_ONLY` (the test that compares the two copies).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && \
    !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_UNDEFINED__) && !defined(NORM_BASELINE_ONLY)
#define NORM_KERNEL __attribute__((target_clones("avx2", "default")))
#else
#define NORM_KERNEL
#endif

// A copy only speeds up the code compiled into it. A helper that GCC does not
// inline is compiled once, for the baseline, and both copies call it: so it was
// with `moments_add` below, the statistics passes, most of the work of the
// forward passes. `NORM_INLINE` has GCC inline it into each copy.
#if defined(__GNUC__)
#define NORM_INLINE __attribute__((always_inline)) inline
#else
#define NORM_INLINE inline
#endif

// A hint to the cache to start loading `p`; a no-op for other compilers.
#if defined(__GNUC__)
#define NORM_PREFETCH(p) __builtin_prefetch(p)
#else
#define NORM_PREFETCH(p) ((void)(p))
#endif

// 4096 floats are 16 KiB. While the second pass reads a block from L1, it
// prefetches as many floats of the data that come next (`next` below), so L1
// must hold 32 KiB: the L1 data cache of most x86 cores of the last decade.
#define MOMENTS_BLOCK 4096

// ## Vectorising a sum without `-ffast-math`
//
// A C compiler may not reorder float additions, because reordering changes
// the rounding. A loop `s += x[i]` is therefore one long chain of dependent
// additions, one result per floating-point add latency (3 to 4 cycles), no
// matter how wide the vector unit is. `-ffast-math` would let the compiler
// reorder, but it also lets it assume there are no NaNs or infinities, and
// PyTorch's NaN semantics are part of our contract.
//
// Instead we write the reordering ourselves: `MOMENTS_LANES` = 16 independent
// partial sums, element $i$ going to partial sum $i \bmod 16$. The inner loop
// over the 16 lanes has no dependence between iterations, so the compiler maps
// it onto vector registers (four 4-wide SSE registers, or two 8-wide AVX ones),
// and the four or two chains of additions overlap. The `omp simd` pragma states
// that the lanes are independent. Summing 16 partial sums also rounds less than
// one long sum: each partial sum is $1/16$ of the length.
#define MOMENTS_LANES 16

// The 16 partial sums are added pairwise at the end.
static inline float moments_fold(float acc[MOMENTS_LANES])
{
    for (int width = MOMENTS_LANES / 2; width > 0; width /= 2)
        for (int k = 0; k < width; k++)
            acc[k] += acc[k + width];
    return acc[0];
}

// $\sum_{i<n} (x_i - K)$
static inline float moments_shifted_sum(const float *restrict x, size_t n, float K)
{
    float acc[MOMENTS_LANES] = {0};
    size_t i = 0;
    for (; i + MOMENTS_LANES <= n; i += MOMENTS_LANES) {
#pragma omp simd
        for (int k = 0; k < MOMENTS_LANES; k++)
            acc[k] += x[i + k] - K;
    }
    for (; i < n; i++)
        acc[i % MOMENTS_LANES] += x[i] - K;
    return moments_fold(acc);
}

// $\sum_{i<n} (x_i - K - m)^2$. This pass reads from L1 and leaves memory
// idle, so it also asks for the data that will be read next: `next`, if not
// `NULL`, holds `n` floats, one cache line of which is prefetched per 16 values.
static inline float moments_shifted_sq_dev(const float *restrict x, size_t n, float K, float m,
                                           const float *next)
{
    float acc[MOMENTS_LANES] = {0};
    size_t i = 0;
    for (; i + MOMENTS_LANES <= n; i += MOMENTS_LANES) {
        if (next) NORM_PREFETCH(next + i);
#pragma omp simd
        for (int k = 0; k < MOMENTS_LANES; k++) {
            float d = (x[i + k] - K) - m;
            acc[k] += d * d;
        }
    }
    for (; i < n; i++) {
        float d = (x[i] - K) - m;
        acc[i % MOMENTS_LANES] += d * d;
    }
    return moments_fold(acc);
}

// ## Merging two sets of statistics
//
// A set of values is summarised by its count $n$, the mean $m$ of its shifted
// values and $Q = \sum (x_i - K - m)^2$. For two disjoint sets
// $a$ and $b$, with $\delta = m_b - m_a$ and $n = n_a + n_b$ (Chan, Golub and
// LeVeque):
//
// $$m = m_a + \delta \frac{n_b}{n}, \qquad Q = Q_a + Q_b + \delta^2 \frac{n_a n_b}{n}$$
//
// Every term of $Q$ is non-negative, so nothing cancels. With $n_b = 1$ this
// is Welford's one-value update. We keep the merged
// values in double: a channel of batch norm can hold millions of values.
typedef struct moments {
    double n;  // count
    double m;  // mean of x - K
    double Q;  // sum of squared deviations from the mean
} moments;

static inline void moments_merge(moments *a, double n_b, double m_b, double Q_b)
{
    double n = a->n + n_b;
    double delta = m_b - a->m;
    a->m += delta * (n_b / n);
    a->Q += Q_b + delta * delta * (a->n * n_b / n);
    a->n = n;
}

// ## Statistics of a run of floats
//
// Adds the $n$ values of `x` to `acc`, block by block. Within a block the first
// pass gives the block's mean $m_b = \frac{1}{n_b}\sum (x_i - K)$ and the
// second its $Q_b$; the block's values are still in L1 for the second pass.
// `next` (or `NULL`) holds the $n$ values the caller will read after these.
static NORM_INLINE void moments_add(moments *acc, const float *restrict x, size_t n, float K,
                                    const float *next)
{
    for (size_t start = 0; start < n; start += MOMENTS_BLOCK) {
        size_t nb = n - start < MOMENTS_BLOCK ? n - start : MOMENTS_BLOCK;
        float mb = moments_shifted_sum(x + start, nb, K) / (float)nb;
        float Qb = moments_shifted_sq_dev(x + start, nb, K, mb, next ? next + start : NULL);
        moments_merge(acc, (double)nb, mb, Qb);
    }
}

// ## From the variance to $1/\sqrt{\sigma^2+\epsilon}$
//
// In float, except for a variance beyond float's range (values of $10^{19}$
// and more, whose squares overflow), where float would give 0 and double gives
// an accurate result.
static inline float moments_rstd(double var, float eps)
{
    const float v = (float)var;
    if (isinf(v) && !isinf(var)) return (float)(1.0 / sqrt(var + eps));
    return 1.0f / sqrtf(v + eps);
}

// ## Streaming stores
//
// An ordinary store first brings the destination's cache line into the cache
// (a read from memory), then overwrites it; when the line is evicted it is
// written back. For an output much larger than the caches, that read is
// wasted: a store of 4 bytes costs 8 bytes of memory traffic, and a kernel that
// reads $x$ and writes $y$ moves 12 bytes per value instead of 8. A
// *non-temporal* store writes whole lines straight to memory.
//
// The catch: $y$ is then not in the cache, and the next layer must read it from
// memory. We expect that to lose little when the arrays the kernel reads and
// writes do not fit in the last-level cache together: sweeping through them,
// the kernel evicts the lines of $y$ it wrote first before it ends (a cache
// keeps roughly the lines used last), so a next layer that reads $y$ from the
// start finds them in memory anyway, while streamed lines of $y$ evict
// nothing. Just above the limit (32 MiB, below) a cache would still hold
// much of $y$, which streaming gives up; no run here measures what a next
// layer loses. So the
// kernels (all but batch norm's path for $(N, C)$ inputs, which never
// streams) stream when their arrays, counted as two for a forward pass and
// three for a backward pass, exceed `NORM_STREAM_BYTES` together: the
// last-level cache of the machine we measured on (32 MiB); a larger cache
// would call for a larger limit. They compute a piece of
// `NORM_PIECE` values into a small buffer in L1 and stream it out with SSE's
// `_mm_stream_ps`, four floats at a time. The destination must be 16-byte
// aligned and the piece a multiple of 4 floats; `norm_can_stream` checks
// that, and machines without SSE store normally.
#define NORM_STREAM_BYTES ((size_t)32 << 20)
#define NORM_PIECE 64

// Whether rows (or runs) of `len` floats starting at `y`, `count` of them,
// should be written with streaming stores by a kernel that reads and writes
// `arrays` arrays of that size.
static inline int norm_can_stream(const float *y, size_t len, size_t count, size_t arrays)
{
#if defined(__SSE__)
    return (uintptr_t)y % 16 == 0 && len % 4 == 0 &&
           count > NORM_STREAM_BYTES / sizeof(float) / len / arrays;
#else
    (void)y, (void)len, (void)count, (void)arrays;
    return 0;
#endif
}

// Writes the `n` floats of `piece` (in L1, 16-byte aligned) to `dst` with
// streaming stores; only called when `norm_can_stream` said yes.
static inline void norm_stream(float *dst, const float *piece, size_t n)
{
#if defined(__SSE__)
    for (size_t i = 0; i < n; i += 4)
        _mm_stream_ps(dst + i, _mm_load_ps(piece + i));
#else
    memcpy(dst, piece, n * sizeof(float));
#endif
}

// Streaming stores are weakly ordered: a fence makes them visible before the
// kernel returns and another thread reads the output.
static inline void norm_store_fence(int stream)
{
#if defined(__SSE__)
    if (stream) _mm_sfence();
#endif
    (void)stream;
}

// ## Exercises
//
// **1.** Floats near $10^8$ are 8 apart. Values near $10^4$ with a spread of
// 1 give $\mathbb{E}[x^2] \approx 10^8$. What is left of the variance in
// $\mathbb{E}[x^2] - \mathbb{E}[x]^2$ computed in float?
//
// > [!ANSWER]
// > Each of the two terms is rounded to a multiple of 8, with an error of up to
// > 4, so their difference is a multiple of 8 with an error of several units:
// > a multiple of 8, such as 0, 8 or $-8$, instead of about 1. No digit of the variance is left, and the
// > result may be negative.
//
// **2.** Derive the merge formula for $Q$. Hint: write
// $x_i - m = (x_i - m_a) + (m_a - m)$ for $i$ in $a$, and use
// $\sum_{i \in a}(x_i - m_a) = 0$.
//
// > [!ANSWER]
// > Over $a$: $\sum_a (x_i - m)^2 = Q_a + n_a (m_a - m)^2$, the cross term
// > vanishing. Likewise over $b$. With $m_a - m = -\delta n_b/n$ and
// > $m_b - m = \delta n_a/n$, the sum is
// > $Q_a + Q_b + \delta^2 (n_a n_b^2 + n_b n_a^2)/n^2 = Q_a + Q_b + \delta^2 n_a n_b/n$.
//
// **3.** A kernel reads $x$ and writes $y$, both 256 MiB. How many bytes of
// memory traffic per value with ordinary stores, and with streaming stores?
// What speed-up does that predict for a kernel bound by bandwidth?
//
// > [!ANSWER]
// > Ordinary stores: 4 bytes read of $x$, 4 read of $y$'s line before the
// > store, 4 written back: 12. Streaming: 8. At a fixed bandwidth the time
// > falls to 8/12, a speed-up of at most 1.5; the
// > [measurements](performance.md) show what the machine gives.
//
// ## References
//
// * T. F. Chan, G. H. Golub, R. J. LeVeque, *Algorithms for Computing the
//   Sample Variance: Analysis and Recommendations*, The American Statistician
//   37(3), 242-247, 1983, [JSTOR 2683386](https://www.jstor.org/stable/2683386):
//   the pairwise merge of counts, means and sums of squared deviations, and the
//   accuracy of the textbook, two-pass and shifted methods.
// * B. P. Welford, *Note on a Method for Calculating Corrected Sums of Squares
//   and Products*, Technometrics 4(3), 1962,
//   [doi:10.1080/00401706.1962.10490022](https://doi.org/10.1080/00401706.1962.10490022):
//   the one-value update, the merge with $n_b = 1$.
// * N. J. Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed.,
//   SIAM, 2002, chapters 2 and 4: Sterbenz's lemma, and the error of recursive
//   and blocked summation (why 16 partial sums round less than one).
// * GCC manual, [`target_clones`](https://gcc.gnu.org/onlinedocs/gcc/Common-Function-Attributes.html)
//   and [`-ffp-contract`](https://gcc.gnu.org/onlinedocs/gcc/Optimize-Options.html)
//   (off by default in ISO C modes such as `-std=c11`).
#endif
