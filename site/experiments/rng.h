/*
---
title: A seeded random number generator
summary: SplitMix64, uniform and normal floats, and a Fisher-Yates shuffle: everything random in a run comes from the seed.
---

# A seeded random number generator

A run is reproducible only if every random choice (initial weights, the order
of the examples) comes from the seed. We use SplitMix64: a 64-bit counter
advanced by an odd constant and passed through a mixing function. It is tiny,
fast, and its authors found it adequate under the DieHarder and TestU01
statistical test batteries (Steele, Lea and Flood,
*Fast splittable pseudorandom number generators*, OOPSLA 2014,
[doi:10.1145/2660193.2660195](https://doi.org/10.1145/2660193.2660195)); more
than enough for initialising weights and shuffling.

Streams come from seeds that differ in a stream number, so that (for
example) changing the number of epochs does not change the initial weights.
They are not independent: stream $s + 1$ of a seed is stream $s$ started one
draw later, the same SplitMix64 sequence (its step adds the same constant
that the stream number multiplies). So an epoch's shuffle reuses the numbers
drawn for the weights, shifted by one draw; all this code needs is that a
new seed changes everything.
*/
#ifndef RNG_H
#define RNG_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t state;
} rng;

/* A stream for `seed`: stream s + 1 is stream s one draw later. */
static inline rng rng_seed(uint64_t seed, uint64_t stream)
{
    rng r = {seed * 0xd1342543de82ef95ull + stream * 0x9e3779b97f4a7c15ull + 1};
    return r;
}

static inline uint64_t rng_next(rng *r)
{
    uint64_t z = (r->state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Uniform in $[0, 1)$ from the top 24 bits: every value is an exact float. */
static inline float rng_uniform(rng *r)
{
    return (float)(rng_next(r) >> 40) * (1.0f / 16777216.0f);
}

/*
Standard normal by the Box-Muller transform: for $u_1, u_2$ uniform on
$(0, 1]$ and $[0, 1)$, $\sqrt{-2 \ln u_1} \cos(2 \pi u_2)$ is $\mathcal{N}(0, 1)$.
Computed in double so that the tails are right; one value per call.
*/
static inline float rng_normal(rng *r)
{
    double u1 = ((double)(rng_next(r) >> 11) + 1.0) * (1.0 / 9007199254740992.0);
    double u2 = (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
    return (float)(sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2));
}

/* Uniform integer in $[0, n)$; the modulo bias is below $n / 2^{64}$. */
static inline size_t rng_below(rng *r, size_t n)
{
    return (size_t)(rng_next(r) % n);
}

/* Fisher-Yates: every permutation of `a[0..n)` equally likely. */
static inline void rng_shuffle(rng *r, int *a, size_t n)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = rng_below(r, i);
        int t = a[i - 1];
        a[i - 1] = a[j];
        a[j] = t;
    }
}

#endif
