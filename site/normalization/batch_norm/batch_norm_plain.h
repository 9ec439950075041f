// ---
// title: "Batch Normalization, plainly: the interface"
// summary: The two functions of the plain batch normalization, their shapes, and what they assume of their arguments.
// order: 3
// ---

// # Batch Normalization, plainly: the interface
//
// The [plain version](batch_norm_plain.c.html) of batch normalization, the
// reference that the tests hold the [fast kernels](batch_norm.c.html) to.
// Arrays are flat floats of shape `(N, C, S)`, as for the fast kernels: value
// $(n, c, s)$ is at index $(nC + c)S + s$.
//
// The functions check nothing: sizes must be non-zero, pointers valid and
// arrays disjoint. Checking arguments is the fast library's job; here it would
// only hide the maths.
#ifndef BATCH_NORM_PLAIN_H
#define BATCH_NORM_PLAIN_H

#include <stdbool.h>
#include <stddef.h>

// ## Forward and running statistics
//
// * `x`, `y`: (N, C, S);
// * `gain`, `bias`: (C), or `NULL` for 1 and 0 (PyTorch's `affine=False`);
// * `mean`, `rstd`: (C), receive the $\mu_c$ and $1/\sqrt{\sigma_c^2+\epsilon}$
//   that were used;
// * `running_mean`, `running_var`: (C), or both `NULL` for no running
//   statistics (PyTorch's `track_running_stats=False`).
//
// With `training`, or without running statistics, the statistics are the
// batch's; with `training` and running statistics, those are updated with
// weight `momentum` (PyTorch's `momentum=None` is `momentum` $= 1/t$ at the
// $t$-th batch). Batch statistics need $NS \ge 2$.
void batch_norm_plain_forward(float *y, float *mean, float *rstd,
                              float *running_mean, float *running_var,
                              const float *x, const float *gain, const float *bias,
                              size_t N, size_t C, size_t S,
                              float eps, float momentum, bool training);

// ## Backward
//
// `batch_stats` says whether the forward pass used batch statistics; `mean`
// and `rstd` are what it saved.
//
// * `dx` (N, C, S) is overwritten with $\partial L/\partial x$;
// * `dgain`, `dbias` (C), when not `NULL`, are **added to**, like the fast
//   kernels' (zero them first);
// * `gain` (C), or `NULL` for 1.
void batch_norm_plain_backward(float *dx, float *dgain, float *dbias,
                               const float *dy, const float *x,
                               const float *mean, const float *rstd, const float *gain,
                               size_t N, size_t C, size_t S, bool batch_stats);

#endif

// ## Exercises
//
// 1. Why does the backward pass take `batch_stats` rather than `training`?
//    What should a caller pass?
//
//    > [!ANSWER]
//    > The gradient depends on which statistics the forward pass used, not
//    > on whether the network is training. Without running statistics
//    > (`track_running_stats=False`) the forward pass uses the batch's even at
//    > inference. Pass `training || running_mean == NULL`, the forward pass's
//    > own rule.
//
// 2. How do you get PyTorch's `momentum=None` (a plain average of all batch
//    statistics so far) from this interface?
//
//    > [!ANSWER]
//    > Pass `momentum` $= 1/t$ at the $t$-th training batch. By induction, if
//    > $\mu^{\mathrm{run}}_{t-1}$ is the average of the first $t-1$ batch
//    > means, then $(1 - \frac1t)\,\mu^{\mathrm{run}}_{t-1} + \frac1t\,\mu_t$
//    > is the average of the first $t$. The first batch ($t = 1$) replaces the
//    > initial values entirely.
//
// 3. Why are `dgain` and `dbias` added to instead of overwritten?
//
//    > [!ANSWER]
//    > A parameter used in several calls (the same layer applied to several
//    > parts of a batch, or shared between places in a network) has as
//    > gradient the sum of the gradients of its uses. Adding lets the caller
//    > form that sum without a temporary array. The fast kernels do the same,
//    > so the two are interchangeable.
//
// ## References
//
// * Ioffe, Szegedy (2015), *Batch Normalization*,
//   [arXiv:1502.03167](https://arxiv.org/abs/1502.03167): training with batch
//   statistics, inference with population statistics (its Algorithm 2).
// * PyTorch, [`torch.nn.BatchNorm2d`](https://pytorch.org/docs/stable/generated/torch.nn.BatchNorm2d.html):
//   `momentum=None` as a cumulative moving average, and
//   `track_running_stats=False` using batch statistics in evaluation too.
