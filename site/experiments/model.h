/*
---
title: Models interface
summary: An MLP and a small CNN, each with no normalization, BatchNorm or LayerNorm, as a list of layers over one flat parameter array.
---

# Models interface

Two networks for 28 × 28 grey images and 10 classes, each in three variants.
"norm" below is nothing, BatchNorm or LayerNorm, the same choice for every
place it appears:

* **MLP**: flatten → dense 784→256 → norm → ReLU → dense 256→128 → norm → ReLU
  → dense 128→10.
* **CNN**: conv 3×3, 1→16 → norm → ReLU → max-pool 2 → conv 3×3, 16→32 → norm
  → ReLU → max-pool 2 → flatten → dense 1568→128 → norm → ReLU → dense 128→10.

All parameters live in one flat array (and their gradients in another of the
same length), so that the optimiser is one loop over plain floats.
*/
#ifndef MODEL_H
#define MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "batch_norm.h"

typedef enum { MODEL_MLP, MODEL_CNN } model_kind;
typedef enum { NORM_NONE, NORM_BATCH, NORM_LAYER } norm_kind;

/*
How a forward pass treats BatchNorm. Training uses the statistics of the batch
and updates the running ones; evaluation uses the running statistics; the
third mode evaluates with the statistics of the batch being evaluated (and
changes nothing), to show what the running statistics are for. Without
BatchNorm the three are the same.
*/
typedef enum { MODE_TRAIN, MODE_EVAL, MODE_EVAL_BATCH_STATS } forward_mode;

typedef struct {
    model_kind kind;
    norm_kind norm;
    int channels, height, width; /* input: 1 × 28 × 28 */
    int classes;                 /* 10 */
    int mlp_hidden[2];           /* MLP widths: 256, 128 */
    int cnn_channels[2];         /* CNN filters: 16, 32 */
    int cnn_hidden;              /* CNN dense width: 128 */
    float eps;                   /* BN and LN epsilon: 1e-5 */
    float bn_momentum;           /* BN running-statistics momentum: 0.1 */
} model_config;

/* The defaults above for `kind` and `norm`. */
model_config model_default_config(model_kind kind, norm_kind norm);

typedef enum {
    LAYER_DENSE,
    LAYER_CONV,
    LAYER_BATCH_NORM,
    LAYER_LAYER_NORM,
    LAYER_RELU,
    LAYER_MAXPOOL
} layer_kind;

/*
One layer. Shapes are per example: a dense layer's input is (c) with h = w = 1.
Parameter pointers point into the model's flat arrays; activations are sized
for the model's largest batch.
*/
typedef struct {
    layer_kind kind;
    int c, h, w;          /* input shape */
    int oc, oh, ow;       /* output shape */
    float *weight, *bias; /* NULL when absent */
    float *dweight, *dbias;
    size_t weight_size, bias_size;
    float *out;          /* (batch, oc·oh·ow) */
    float *col;          /* convolution: the unfolded input */
    int32_t *arg;        /* max pooling: where each maximum was */
    batch_norm_state bn; /* BatchNorm: settings and running statistics */
    float *mean, *rstd;  /* statistics saved for backward: BN (C), LN (batch) */
} layer;

#define MODEL_MAX_LAYERS 16

typedef struct {
    model_config config;
    int nlayers;
    layer layers[MODEL_MAX_LAYERS];
    int max_batch;
    size_t nparams;
    float *params, *grads;  /* (nparams) each */
    float *buffers;         /* BN running statistics, all layers */
    float *grad_a, *grad_b; /* gradient ping-pong, (max_batch, largest activation) */
    float *scratch_tmp, *scratch_col; /* convolution scratch */
    void *allocation_list[64];        /* everything allocated, for model_free */
    int nallocations;
} model;

/*
Builds the layers for batches of up to `max_batch` examples and initialises
the weights from `seed`. Returns 0, or -1 with a message in `error` (256 bytes).
*/
int model_create(model *m, const model_config *config, int max_batch, uint64_t seed,
                 char error[256]);
void model_free(model *m);

/*
Forward pass over x (N, channels·height·width). On success returns the logits
(N, classes), owned by the model; on failure returns NULL with a message (the
normalization library refuses, for example, BatchNorm statistics of one value).
*/
const float *model_forward(model *m, const float *x, int N, forward_mode mode,
                           char error[256]);

/*
Backward pass after a MODE_TRAIN forward of the same x: sets `grads` to the
gradient of the loss whose logit gradient is `dlogits` (N, classes).
Returns 0, or -1 with a message.
*/
int model_backward(model *m, const float *x, const float *dlogits, int N,
                   char error[256]);

/*
After `model_backward`, two measures of the weight gradient of the first
layer (`first`) or of the last (the output layer):

* `norm`: its Euclidean norm, $\lVert \partial L / \partial W \rVert$;
* `active`: over how many of the layer's output units it is spread, the
  participation ratio $(\sum_j n_j)^2 / \sum_j n_j^2$ of the norms $n_j$ of
  its rows (one row per output unit). It is $K$ when $K$ units receive equal
  gradients and 1 when a single unit receives all of it.

The batch-size experiment uses them to show how much gradient reaches the
bottom of the network, and through how many units.
*/
typedef struct {
    double norm;
    double active;
} grad_stats;

grad_stats model_weight_grad_stats(const model *m, bool first);

#endif
