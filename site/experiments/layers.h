/*
---
title: Layers interface
summary: Dense and convolution layers over CBLAS, ReLU, 2 × 2 max pooling and softmax cross-entropy, as plain functions over flat float arrays.
---

# Layers interface

Each kernel is a plain function over flat `float` arrays; the comment above it
gives the shapes. Batches come first: `(N, features)` for dense layers and
`(N, C, H, W)` for images, PyTorch's layouts. Weight layouts are PyTorch's too,
so a tensor copied from PyTorch can be used as it is.

Sizes are `int`, the type CBLAS takes its dimensions in, so that they pass
to `cblas_sgemm` unchanged; the elementwise kernels, which call no BLAS, take
a `size_t` count like the normalization kernels.

Backward kernels **accumulate** into the parameter gradients (`+=`), and
**overwrite** the input gradient. A `NULL` input gradient means "not needed"
(the first layer of a network has no use for it).
*/
#ifndef LAYERS_H
#define LAYERS_H

#include <stddef.h>
#include <stdint.h>

/*
## Dense (fully connected)

y (N, out) = x (N, in) · wᵀ + b, with w (out, in) and b (out) or `NULL`.
*/
void dense_forward(float *y, const float *x, const float *w, const float *b, int N,
                   int in, int out);
/* dx (N, in) or NULL; dw (out, in) +=; db (out) += unless NULL. */
void dense_backward(float *dx, float *dw, float *db, const float *dy, const float *x,
                    const float *w, int N, int in, int out);

/*
## Convolution, stride 1, zero padding `pad`

x (N, C, H, W), w (K, C, k, k), b (K) or `NULL`, y (N, K, Ho, Wo) with
Ho = H + 2·pad − k + 1, Wo likewise.
`col` (C·k·k, N·Ho·Wo) receives the unfolded input and must be kept for the
backward pass; `tmp` is scratch of K·N·Ho·Wo floats.
*/
void conv_forward(float *y, float *col, float *tmp, const float *x, const float *w,
                  const float *b, int N, int C, int H, int W, int K, int k, int pad);
/* dx (N, C, H, W) or NULL; dw, db +=; `col` as left by conv_forward; `tmp`
   scratch of K·N·Ho·Wo floats; `dcol` scratch of C·k·k·N·Ho·Wo floats. */
void conv_backward(float *dx, float *dw, float *db, float *dcol, float *tmp,
                   const float *dy, const float *col, const float *w, int N, int C,
                   int H, int W, int K, int k, int pad);

/* ## ReLU, elementwise over n values; backward reads the forward output y. */
void relu_forward(float *restrict y, const float *restrict x, size_t n);
void relu_backward(float *restrict dx, const float *restrict dy,
                   const float *restrict y, size_t n);

/*
## 2 × 2 max pooling, stride 2

x (N, C, H, W) with H and W even, y (N, C, H/2, W/2); `arg` (N, C, H/2, W/2)
records which input each output came from.
*/
void maxpool2_forward(float *y, int32_t *arg, const float *x, int N, int C, int H,
                      int W);
void maxpool2_backward(float *dx, const float *dy, const int32_t *arg, int N, int C,
                       int H, int W);

/* Index of the largest of z[0..n), the first one on ties: the predicted class. */
int argmax(const float *z, int n);

/*
## Softmax cross-entropy

logits (N, classes), labels (N). Returns the mean loss over the batch. When
`dlogits` is not `NULL` it receives the gradient of that mean. `correct`, when
not `NULL`, receives how many rows have their largest logit at the label.
*/
float softmax_cross_entropy(float *dlogits, const float *logits, const uint8_t *labels,
                            int N, int classes, int *correct);

#endif
