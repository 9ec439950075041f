/*
---
title: A calculator
summary: Adds and scales, with notes.
order: 1
---
*/

// # A calculator
//
// The mean of $n$ values is $\bar x = \frac{1}{n}\sum_i x_i$; `mean` below
// computes it in one pass, with a `double` accumulator.
#include <stddef.h>

/* One pass over `x`:
 *
 * $$\bar x = \frac{1}{n}\sum_{i=0}^{n-1} x_i$$
 */
double mean(const float *x, size_t n)
{
    double sum = 0; // the accumulator
    for (size_t i = 0; i < n; i++)
        sum += x[i];
    // Dividing by zero is the caller's problem: $n > 0$.
    return sum / (double)n;
}

/* Not notes: */ static const char *kind = "/* not a comment */";

// Code in notes keeps its dollars: `printf("$%d", n)`, and
//
// ```c
// int cost = 5; /* $5 */
// ```
const char *kind_of(void) { return kind; }
