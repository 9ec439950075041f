// Comparing float arrays with a stated tolerance, for the normalization tests.
#ifndef NORMALIZATION_COMPARE_H
#define NORMALIZATION_COMPARE_H

#include <stddef.h>

// Unit roundoff of float32, 2^-24.
#define FLOAT_U 5.9604644775390625e-8

// Passes when, for every i, |got[i] - want[i]| <= rtol * (|want[i]| + rms(want)) + atol,
// and got[i] is NaN where want[i] is NaN and the same infinity where want[i] is
// infinite,
// where rms is taken over the finite reference values. The rms term makes the
// tolerance relative to the array's typical magnitude: a value near zero that
// comes out of a sum of O(1) terms carries an absolute error of that size.
// Prints the worst element on failure (and on success when verbose).
// Returns 1 on pass, 0 on fail.
int compare_floats(const char *test, const char *what, const float *got, const float *want,
                   size_t n, double rtol, double atol);

// The same against a double reference.
int compare_doubles(const char *test, const char *what, const float *got, const double *want,
                    size_t n, double rtol, double atol);

// Test bookkeeping: counts and the closing "N passed, N failed" line.
typedef struct test_tally {
    int passed, failed;
} test_tally;

void tally(test_tally *t, const char *name, int ok);
int tally_finish(const test_tally *t);

#endif
