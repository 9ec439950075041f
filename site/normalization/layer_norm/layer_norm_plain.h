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

// ## Exercises
//
// 1. A transformer's activations have shape $(N, T, C)$: $N$ sequences of
//    $T$ tokens of $C$ features. What are `rows` and `D` for PyTorch's
//    `LayerNorm(C)`, and for `LayerNorm((T, C))`?
//
//    > [!ANSWER]
//    > `LayerNorm(C)` normalises each token: `rows` $= NT$, `D` $= C$.
//    > `LayerNorm((T, C))` normalises each whole sequence: `rows` $= N$,
//    > `D` $= TC$. The array is the same in both cases; only the split
//    > changes, since the normalised dimensions are the last ones.
//
// 2. Batch normalization's interface has `momentum`, `running_mean` and a
//    `training` flag. Why does this one have none of them?
//
//    > [!ANSWER]
//    > A row's statistics come from that row alone, so nothing has to be
//    > carried from one call to the next, and the computation at inference is
//    > the one used in training.
//
// 3. The forward pass ran without gain and bias (`NULL`, `NULL`). What do
//    you pass to the backward pass?
//
//    > [!ANSWER]
//    > `gain = NULL` (it acts as all ones, so $h_{ij} = \partial L/\partial y_{ij}$) and
//    > `dgain = dbias = NULL`: there are no parameters to receive gradients.
//
// ## References
//
// * Ba, Kiros, Hinton (2016), *Layer Normalization*,
//   [arXiv:1607.06450](https://arxiv.org/abs/1607.06450): per-example
//   statistics, the same in training and at inference.
// * PyTorch, [`torch.nn.LayerNorm`](https://pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html):
//   `normalized_shape` as the last dimensions of the input, and
//   `elementwise_affine=False`.
