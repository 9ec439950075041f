// ---
// title: "Layer Normalization, plainly: the interface"
// summary: The two functions of the plain layer normalization, their shapes, and what they assume of their arguments.
// order: 2
// ---

// # Layer Normalization, plainly: the interface
//
// The [plain version](layer_norm_plain.c.html) of layer normalization, the
// reference that the tests hold the [fast kernels](layer_norm.c.html) to.
// Arrays are flat floats of `rows` rows of `D` values, as for the fast
// kernels: value $(i, j)$ is at index $iD + j$.
//
// The functions check nothing: sizes must be non-zero, pointers valid and
// arrays disjoint. Checking arguments is the fast library's job.
#ifndef LAYER_NORM_PLAIN_H
#define LAYER_NORM_PLAIN_H

#include <stddef.h>

// ## Forward
//
// * `x`, `y`: (rows, D);
// * `gain`, `bias`: (D), or `NULL` for 1 and 0 (PyTorch's
//   `elementwise_affine=False`);
// * `mean`, `rstd`: (rows), receive $\mu_i$ and $1/\sqrt{\sigma_i^2+\epsilon}$.
void layer_norm_plain_forward(float *y, float *mean, float *rstd,
                              const float *x, const float *gain, const float *bias,
                              size_t rows, size_t D, float eps);

// ## Backward
//
// * `dx` (rows, D) is overwritten with $\partial L/\partial x$;
// * `dgain`, `dbias` (D), when not `NULL`, are **added to**, like the fast
//   kernels' (zero them first);
// * `gain` (D), or `NULL` for 1; `mean`, `rstd` as the forward pass saved them.
void layer_norm_plain_backward(float *dx, float *dgain, float *dbias,
                               const float *dy, const float *x,
                               const float *mean, const float *rstd, const float *gain,
                               size_t rows, size_t D);

#endif
