// ---
// title: Layer Normalization: the interface
// summary: The public header of the layer normalization library: two kernels over flat float arrays, their shapes, and how they report bad arguments.
// order: 30
// ---

// # Layer Normalization: the interface
//
// Two kernels, [forward and backward](layer_norm.c.html), over a flat array of
// `rows` rows of `D` floats each. Layer normalization normalises each row by its
// own mean and variance, so a row never sees another row.
//
// A tensor whose last dimensions are PyTorch's `normalized_shape` fits this
// layout as it is: `D` is the product of those dimensions and `rows` the product
// of the others. For `normalized_shape = (A, B)` on an input of shape
// `(N, A, B)`, pass `rows = N`, `D = A * B`.
#ifndef LAYER_NORM_H
#define LAYER_NORM_H

#include <stddef.h>

// ## Errors
//
// Every kernel returns an `int` status, `LAYER_NORM_OK` (zero) on success.
// On failure nothing has been written to any output, and if `message` is not
// `NULL`, `*message` points to a constant string that names the function and the
// bad argument, for example `"layer_norm_forward: eps is negative, NaN or infinite"`.
// The strings are string literals, so there is no global state, no allocation,
// and the kernels are safe to call from several threads at once.
enum layer_norm_status {
    LAYER_NORM_OK = 0,
    LAYER_NORM_ERR_NULL = 1,  // a required pointer is NULL
    LAYER_NORM_ERR_SIZE = 2,  // rows or D is zero, or rows * D does not fit in size_t
    LAYER_NORM_ERR_EPS = 3,   // eps is negative, NaN or infinite
    LAYER_NORM_ERR_NOMEM = 4, // scratch memory for the parameter gradients was not available
};

// A short, constant description of a status code ("ok", "NULL pointer", ...).
const char *layer_norm_status_string(int status);

// ## Forward
//
// $$y_{ij} = \frac{x_{ij} - \mu_i}{\sqrt{\sigma_i^2 + \epsilon}}\, g_j + b_j$$
//
// with the row mean $\mu_i$ and the biased row variance $\sigma_i^2$ (divided by
// $D$, as PyTorch does). Shapes:
//
// * `x`, `y`: (rows, D), must not overlap;
// * `gain`, `bias`: (D) or `NULL`; a `NULL` gain acts as all ones and a `NULL`
//   bias as all zeros (PyTorch's `elementwise_affine=False` is both `NULL`);
// * `mean`, `rstd`: (rows) or `NULL`; when given they receive $\mu_i$ and
//   $1/\sqrt{\sigma_i^2+\epsilon}$, which the backward pass needs.
//
// `eps` must be finite and $\ge 0$ (PyTorch's default is `1e-5`).
int layer_norm_forward(float *y, float *mean, float *rstd,
                       const float *x, const float *gain, const float *bias,
                       size_t rows, size_t D, float eps, const char **message);

// ## Backward
//
// Given $\partial L/\partial y$ (`dy`), the input `x` and the `mean` and `rstd`
// saved by the forward pass:
//
// * `dx` (rows, D) is **overwritten** with $\partial L/\partial x$;
// * `dgain`, `dbias` (D) are **accumulated into** (`+=`), like the gradients of
//   parameters shared by several calls; zero them before the first call of a
//   step. Either may be `NULL` when that gradient is not wanted.
// * `gain` (D) is the gain used in the forward pass, or `NULL` for none.
//
// `dx` must not overlap `dy` or `x`.
int layer_norm_backward(float *dx, float *dgain, float *dbias,
                        const float *dy, const float *x,
                        const float *mean, const float *rstd, const float *gain,
                        size_t rows, size_t D, const char **message);

// ## Exercises
//
// **1.** A transformer's activations have shape $(N, T, D)$ and
// `normalized_shape = (D,)`. What are `rows` and `D`?
//
// > [!ANSWER]
// > `rows` $= N \cdot T$, one row per token, and `D` $= D$.
//
// **2.** The same tensor with `normalized_shape = (T, D)`: what are `rows` and
// `D`, and what changes in what the layer means?
//
// > [!ANSWER]
// > `rows` $= N$ and `D` $= T \cdot D$: the statistics are those of a whole
// > sequence, so a token's output now depends on the other tokens of its
// > sequence, and the gain and bias have one value per position and feature.
//
// **3.** Why must `dx` not overlap `dy` or `x`?
//
// > [!ANSWER]
// > The kernel reads `dy` and `x` of a row twice (the sums, then `dx`) and
// > declares its pointers `restrict`, which lets the compiler vectorise and
// > reorder loads and stores on the promise that they do not alias. Writing
// > `dx` over `dy` would change the second read, and the promise would be
// > broken: the result is undefined.
//
// ## References
//
// * PyTorch, [`torch.nn.LayerNorm`](https://pytorch.org/docs/stable/generated/torch.nn.LayerNorm.html):
//   `normalized_shape`, `eps`, `elementwise_affine`.
// * J. L. Ba, J. R. Kiros, G. E. Hinton, 2016,
//   [arXiv:1607.06450](https://arxiv.org/abs/1607.06450): the layer.
#endif
