// ---
// title: Batch Normalization: the interface
// summary: The public header of the batch normalization library: the state that holds the running statistics, forward and backward kernels over (N, C, S) float arrays, and how they report bad arguments.
// order: 30
// ---

// # Batch Normalization: the interface
//
// The [kernels](batch_norm.c.html) take a flat float array of shape `(N, C, S)`:
// `N` examples, `C` channels, and `S` values per channel of each example.
// PyTorch's three modules all fit this layout:
//
// | PyTorch module | input | here |
// | --- | --- | --- |
// | `BatchNorm1d` | `(N, C)` | `S = 1` |
// | `BatchNorm1d` | `(N, C, L)` | `S = L` |
// | `BatchNorm2d` | `(N, C, H, W)` | `S = H * W` |
//
// The statistics of channel $c$ are taken over the $M = N \cdot S$ values that
// share that channel.
#ifndef BATCH_NORM_H
#define BATCH_NORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// ## Errors
//
// Every function returns an `int` status, `BATCH_NORM_OK` (zero) on success. On
// failure nothing has been written to any output or to the state, and if
// `message` is not `NULL`, `*message` points to a constant string that names the
// function and the bad argument, for example
// `"batch_norm_forward: x is NULL"`. The strings are string literals: no global
// state, no allocation.
enum batch_norm_status {
    BATCH_NORM_OK = 0,
    BATCH_NORM_ERR_NULL = 1,      // a required pointer is NULL
    BATCH_NORM_ERR_SIZE = 2,      // N, C or S is zero, or N * C * S does not fit in size_t
    BATCH_NORM_ERR_EPS = 3,       // eps is negative, NaN or infinite
    BATCH_NORM_ERR_MOMENTUM = 4,  // momentum is NaN or outside [0, 1]
    BATCH_NORM_ERR_ONE_VALUE = 5, // batch statistics of a single value per channel (N * S == 1)
    BATCH_NORM_ERR_NOMEM = 6,     // no memory for the scratch array of an (N, C) input (S == 1)
};

// A short, constant description of a status code ("ok", "NULL pointer", ...).
const char *batch_norm_status_string(int status);

// ## State
//
// What PyTorch's `BatchNorm` module keeps besides its learned parameters.
// The running statistics live in arrays of `C` floats owned by the caller;
// the state only points to them. The learned gain $\gamma$ and bias $\beta$ are
// not part of the state: they are passed to the kernels like any other
// parameter, so that an optimiser can treat them like the others.
typedef struct batch_norm_state {
    size_t C;                    // number of channels
    float eps;                   // added to the variance under the square root (1e-5)
    float momentum;              // weight of the new batch in the running statistics (0.1)
    bool cumulative;             // PyTorch's momentum=None: a plain average over all batches
    bool affine;                 // use gain and bias (true)
    bool track_running_stats;    // keep running statistics (true when the arrays are given)
    float *running_mean;         // (C), starts at 0
    float *running_var;          // (C), starts at 1; an estimate of the unbiased variance
    int64_t num_batches_tracked; // training batches seen so far
} batch_norm_state;

// Sets PyTorch's defaults: `eps = 1e-5`, `momentum = 0.1`, not cumulative,
// affine. Pass both `running_mean` and `running_var` (arrays of `C` floats,
// filled here with 0 and 1) to track running statistics, or both `NULL` for
// `track_running_stats=False`. Change the fields afterwards to get other
// settings; every kernel checks them.
int batch_norm_state_init(batch_norm_state *state, size_t C,
                          float *running_mean, float *running_var,
                          const char **message);

// Whether a call with this `training` flag normalises with the statistics of
// the batch (true) or with the running statistics (false). It is
// `training || !state->track_running_stats`, PyTorch's rule.
bool batch_norm_uses_batch_stats(const batch_norm_state *state, bool training);

// ## Forward
//
// $$y_{ncs} = \frac{x_{ncs} - \mu_c}{\sqrt{\sigma_c^2 + \epsilon}}\, \gamma_c + \beta_c$$
//
// * `x`, `y`: (N, C, S), must not overlap;
// * `gain`, `bias`: (C), read only when `state->affine` (then both are required);
// * `mean`, `rstd`: (C) or `NULL`; when given they receive the $\mu_c$ and
//   $1/\sqrt{\sigma_c^2+\epsilon}$ that were used, which the backward pass needs.
//
// With batch statistics (see `batch_norm_uses_batch_stats`), $\mu_c$ and the
// biased $\sigma_c^2$ come from `x`, and when `training` and tracking, the running
// statistics are updated with the unbiased variance and `num_batches_tracked` is
// incremented. Otherwise the running statistics are used and nothing changes.
// Batch statistics over a single value per channel are refused
// (`BATCH_NORM_ERR_ONE_VALUE`), as PyTorch refuses them. For $S = 1$ the
// forward and backward passes allocate a scratch array of at most
// $(2\lceil N/64\rceil + 4)\,C$ floats, and return `BATCH_NORM_ERR_NOMEM` when it
// cannot be had.
int batch_norm_forward(batch_norm_state *state, float *y, float *mean, float *rstd,
                       const float *x, const float *gain, const float *bias,
                       size_t N, size_t S, bool training, const char **message);

// ## Backward
//
// Pass the same `training` flag as to the forward call, and the `mean` and
// `rstd` it saved.
//
// * `dx` (N, C, S) is **overwritten** with $\partial L/\partial x$; it must not
//   overlap `dy` or `x`;
// * `dgain`, `dbias` (C) are **accumulated into** (`+=`); zero them before the
//   first call of a step. Either may be `NULL`; both are ignored unless
//   `state->affine`.
// * `gain` (C) is read when `state->affine`.
//
// With batch statistics the gradient flows through $\mu_c$ and $\sigma_c$ too;
// with running statistics they are constants and
// $\partial L/\partial x = \gamma\,\mathrm{rstd}\,\partial L/\partial y$.
int batch_norm_backward(const batch_norm_state *state, float *dx, float *dgain, float *dbias,
                        const float *dy, const float *x,
                        const float *mean, const float *rstd, const float *gain,
                        size_t N, size_t S, bool training, const char **message);

// ## Exercises
//
// **1.** In training mode, which of these inputs does `batch_norm_forward`
// accept: $(1, 16, 8, 8)$, $(1, 16, 1, 1)$, $(2, 16)$?
//
// > [!ANSWER]
// > $(1, 16, 8, 8)$: yes, $N \cdot S = 64$ values per channel. $(1, 16, 1, 1)$:
// > no, $N \cdot S = 1$, `BATCH_NORM_ERR_ONE_VALUE`. $(2, 16)$: yes, two values
// > per channel, although at $N \cdot S = 2$ every $\hat x$ is close to
// > $\pm 1$ (see the [overview](../readme.md)).
//
// **2.** A state with `track_running_stats` false is called with `training`
// false. Which statistics normalise the input, and why?
//
// > [!ANSWER]
// > The batch's: `batch_norm_uses_batch_stats` is
// > `training || !track_running_stats`, true here, because there are no
// > running statistics to use. PyTorch does the same.
//
// **3.** Why do `dgain` and `dbias` accumulate (`+=`) instead of being
// overwritten, while `dx` is overwritten?
//
// > [!ANSWER]
// > $\gamma$ and $\beta$ are parameters: if the layer is applied to several
// > inputs in one step, the loss depends on them through every call and their
// > gradients add up. `dx` belongs to one input of one call.
//
// ## References
//
// * PyTorch, [`torch.nn.BatchNorm2d`](https://pytorch.org/docs/stable/generated/torch.nn.BatchNorm2d.html)
//   and [`BatchNorm1d`](https://pytorch.org/docs/stable/generated/torch.nn.BatchNorm1d.html):
//   the shapes, the defaults, and batch statistics when
//   `track_running_stats=False`.
// * S. Ioffe, C. Szegedy, 2015,
//   [arXiv:1502.03167](https://arxiv.org/abs/1502.03167): the layer.
#endif
