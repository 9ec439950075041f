/*
---
title: Models with and without normalization
summary: The MLP and the CNN as lists of layers; where BatchNorm and LayerNorm go, how they are called, and how the weights start.
---

# Models with and without normalization

A model is a list of layers run in order. The forward pass keeps every layer's
output; the backward pass walks the list in reverse, turning the gradient of a
layer's output into the gradient of its input and of its parameters.

The normalization layers come from the project's libraries:
[BatchNorm](../normalization/batch_norm/batch_norm.h) and
[LayerNorm](../normalization/layer_norm/layer_norm.h).
*/
#include "model.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layer_norm.h"
#include "layers.h"
#include "rng.h"

model_config model_default_config(model_kind kind, norm_kind norm)
{
    model_config c = {
        .kind = kind,
        .norm = norm,
        .channels = 1,
        .height = 28,
        .width = 28,
        .classes = 10,
        .mlp_hidden = {256, 128},
        .cnn_channels = {16, 32},
        .cnn_hidden = 128,
        .eps = 1e-5f,
        .bn_momentum = 0.1f,
    };
    return c;
}

/*
## Building the list

`add` appends a layer whose input is the previous layer's output. It only
records shapes and sizes here; memory comes later, once we know the total.
*/
static layer *add(model *m, layer_kind kind, int oc, int oh, int ow)
{
    layer *prev = m->nlayers > 0 ? &m->layers[m->nlayers - 1] : NULL;
    layer *l = &m->layers[m->nlayers++];
    memset(l, 0, sizeof *l);
    l->kind = kind;
    l->c = prev ? prev->oc : m->config.channels;
    l->h = prev ? prev->oh : m->config.height;
    l->w = prev ? prev->ow : m->config.width;
    l->oc = oc;
    l->oh = oh;
    l->ow = ow;
    return l;
}

static size_t in_size(const layer *l)
{
    return (size_t)l->c * l->h * l->w;
}
static size_t out_size(const layer *l)
{
    return (size_t)l->oc * l->oh * l->ow;
}

/*
A dense layer sees its input flattened: (C, H, W) becomes C·H·W features.

**No bias before BatchNorm.** BatchNorm subtracts the batch mean of each
feature, which removes any constant added to that feature, so a bias there
would have zero gradient and do nothing; BatchNorm's own $\beta$ takes its
place. LayerNorm subtracts the mean *across* features instead, which removes
only the average of the biases, so before LayerNorm the bias stays.
*/
static void add_dense(model *m, int out, bool bias)
{
    const model_config *c = &m->config;
    const layer *prev = m->nlayers > 0 ? &m->layers[m->nlayers - 1] : NULL;
    int in = prev ? prev->oc * prev->oh * prev->ow : c->channels * c->height * c->width;
    layer *l = add(m, LAYER_DENSE, out, 1, 1);
    l->c = in;
    l->h = l->w = 1;
    l->weight_size = (size_t)out * in;
    l->bias_size = bias ? (size_t)out : 0;
}

/* A 3 × 3 convolution with padding 1 keeps the image size. */
static void add_conv(model *m, int filters, bool bias)
{
    layer *prev = m->nlayers > 0 ? &m->layers[m->nlayers - 1] : NULL;
    int c = prev ? prev->oc : m->config.channels;
    int h = prev ? prev->oh : m->config.height, w = prev ? prev->ow : m->config.width;
    layer *l = add(m, LAYER_CONV, filters, h, w);
    l->weight_size = (size_t)filters * c * 9;
    l->bias_size = bias ? (size_t)filters : 0;
}

/*
The normalization after a dense or convolution layer, if any.

* BatchNorm has one $\gamma$ and one $\beta$ per channel (per feature after a
  dense layer), and statistics per channel over the batch and the positions.
* LayerNorm normalises each example over all its values, (C, H, W) after a
  convolution, and, like PyTorch's `LayerNorm([C, H, W])`, has one gain and
  one bias per value.
*/
static void add_norm(model *m)
{
    layer *prev = &m->layers[m->nlayers - 1];
    int c = prev->oc, h = prev->oh, w = prev->ow;
    if (m->config.norm == NORM_BATCH) {
        layer *l = add(m, LAYER_BATCH_NORM, c, h, w);
        l->weight_size = l->bias_size = (size_t)c;
    } else if (m->config.norm == NORM_LAYER) {
        layer *l = add(m, LAYER_LAYER_NORM, c, h, w);
        l->weight_size = l->bias_size = (size_t)c * h * w;
    }
}

static void add_relu(model *m)
{
    layer *prev = &m->layers[m->nlayers - 1];
    add(m, LAYER_RELU, prev->oc, prev->oh, prev->ow);
}

static void add_maxpool(model *m)
{
    layer *prev = &m->layers[m->nlayers - 1];
    add(m, LAYER_MAXPOOL, prev->oc, prev->oh / 2, prev->ow / 2);
}

static void build_layers(model *m)
{
    const model_config *c = &m->config;
    bool bias = c->norm != NORM_BATCH;
    if (c->kind == MODEL_MLP) {
        add_dense(m, c->mlp_hidden[0], bias);
        add_norm(m);
        add_relu(m);
        add_dense(m, c->mlp_hidden[1], bias);
        add_norm(m);
        add_relu(m);
        add_dense(m, c->classes, true);
    } else {
        add_conv(m, c->cnn_channels[0], bias);
        add_norm(m);
        add_relu(m);
        add_maxpool(m);
        add_conv(m, c->cnn_channels[1], bias);
        add_norm(m);
        add_relu(m);
        add_maxpool(m);
        add_dense(m, c->cnn_hidden, bias);
        add_norm(m);
        add_relu(m);
        add_dense(m, c->classes, true);
    }
}

/*
## Initial weights

Weights start as $\mathcal{N}(0, 2 / \text{fan-in})$ (He initialisation: He,
Zhang, Ren and Sun, *Delving Deep into Rectifiers*, 2015,
[arXiv:1502.01852](https://arxiv.org/abs/1502.01852)): with
ReLU after a layer, this keeps the variance of the activations roughly constant
from layer to layer, so a deep stack neither explodes nor fades at the start.
The last layer has no ReLU after it and gets $\mathcal{N}(0, 1 / \text{fan-in})$.
Biases start at 0; normalization gains at 1 and biases at 0, so at the start
they pass the normalised values through unchanged.
*/
static void init_params(model *m, uint64_t seed)
{
    rng r = rng_seed(seed, 1);
    for (int i = 0; i < m->nlayers; i++) {
        layer *l = &m->layers[i];
        if (l->kind == LAYER_DENSE || l->kind == LAYER_CONV) {
            size_t fan_in = l->weight_size / (size_t)l->oc;
            float gain = i == m->nlayers - 1 ? 1.0f : 2.0f;
            float std = sqrtf(gain / (float)fan_in);
            for (size_t j = 0; j < l->weight_size; j++)
                l->weight[j] = std * rng_normal(&r);
            if (l->bias != NULL)
                memset(l->bias, 0, l->bias_size * sizeof(float));
        } else if (l->kind == LAYER_BATCH_NORM || l->kind == LAYER_LAYER_NORM) {
            for (size_t j = 0; j < l->weight_size; j++)
                l->weight[j] = 1.0f;
            memset(l->bias, 0, l->bias_size * sizeof(float));
        }
    }
}

/*
## Memory

Everything is allocated once, for the largest batch, and listed for
`model_free`.
*/
static void *alloc(model *m, size_t count, size_t size)
{
    if (m->nallocations ==
        (int)(sizeof m->allocation_list / sizeof m->allocation_list[0]))
        return NULL;
    void *p = calloc(count ? count : 1, size);
    if (p != NULL)
        m->allocation_list[m->nallocations++] = p;
    return p;
}

int model_create(model *m, const model_config *config, int max_batch, uint64_t seed,
                 char error[256])
{
    memset(m, 0, sizeof *m);
    m->config = *config;
    m->max_batch = max_batch;
    if (max_batch < 1 || config->classes < 2 || config->channels < 1 ||
        config->height < 4 || config->width < 4 ||
        (config->kind == MODEL_CNN && (config->height % 4 || config->width % 4))) {
        snprintf(error, 256,
                 "model_create: bad sizes (batch %d, input %d×%d×%d, %d classes)",
                 max_batch, config->channels, config->height, config->width,
                 config->classes);
        return -1;
    }
    build_layers(m);

    /* Parameters, then gradients: one flat array each. */
    size_t largest = 0, tmp = 0, col = 0, buffers = 0;
    for (int i = 0; i < m->nlayers; i++) {
        layer *l = &m->layers[i];
        m->nparams += l->weight_size + l->bias_size;
        largest = in_size(l) > largest ? in_size(l) : largest;
        largest = out_size(l) > largest ? out_size(l) : largest;
        if (l->kind == LAYER_CONV) {
            size_t positions = (size_t)max_batch * l->oh * l->ow;
            tmp = positions * l->oc > tmp ? positions * l->oc : tmp;
            col = positions * l->c * 9 > col ? positions * l->c * 9 : col;
        }
        if (l->kind == LAYER_BATCH_NORM)
            buffers += 2 * (size_t)l->oc;
    }
    m->params = alloc(m, m->nparams, sizeof(float));
    m->grads = alloc(m, m->nparams, sizeof(float));
    m->buffers = alloc(m, buffers, sizeof(float));
    m->grad_a = alloc(m, (size_t)max_batch * largest, sizeof(float));
    m->grad_b = alloc(m, (size_t)max_batch * largest, sizeof(float));
    m->scratch_tmp = alloc(m, tmp, sizeof(float));
    m->scratch_col = alloc(m, col, sizeof(float));
    bool ok = m->params && m->grads && m->buffers && m->grad_a && m->grad_b &&
              m->scratch_tmp && m->scratch_col;

    size_t offset = 0, boffset = 0;
    for (int i = 0; ok && i < m->nlayers; i++) {
        layer *l = &m->layers[i];
        if (l->weight_size) {
            l->weight = m->params + offset;
            l->dweight = m->grads + offset;
            offset += l->weight_size;
        }
        if (l->bias_size) {
            l->bias = m->params + offset;
            l->dbias = m->grads + offset;
            offset += l->bias_size;
        }
        l->out = alloc(m, (size_t)max_batch * out_size(l), sizeof(float));
        ok = l->out != NULL;
        if (ok && l->kind == LAYER_CONV)
            ok = (l->col = alloc(m, (size_t)max_batch * l->oh * l->ow * l->c * 9,
                                 sizeof(float))) != NULL;
        if (ok && l->kind == LAYER_MAXPOOL)
            ok = (l->arg = alloc(m, (size_t)max_batch * out_size(l),
                                 sizeof(int32_t))) != NULL;
        if (ok && l->kind == LAYER_BATCH_NORM) {
            l->mean = alloc(m, (size_t)l->oc, sizeof(float));
            l->rstd = alloc(m, (size_t)l->oc, sizeof(float));
            ok = l->mean && l->rstd;
            const char *msg = NULL;
            float *rm = m->buffers + boffset, *rv = rm + l->oc;
            boffset += 2 * (size_t)l->oc;
            if (ok && batch_norm_state_init(&l->bn, (size_t)l->oc, rm, rv, &msg) != 0) {
                snprintf(error, 256, "%s", msg);
                model_free(m);
                return -1;
            }
            l->bn.eps = config->eps;
            l->bn.momentum = config->bn_momentum;
        }
        if (ok && l->kind == LAYER_LAYER_NORM) {
            l->mean = alloc(m, (size_t)max_batch, sizeof(float));
            l->rstd = alloc(m, (size_t)max_batch, sizeof(float));
            ok = l->mean && l->rstd;
        }
    }
    if (!ok) {
        snprintf(error, 256, "model_create: out of memory for batch %d", max_batch);
        model_free(m);
        return -1;
    }
    init_params(m, seed);
    return 0;
}

void model_free(model *m)
{
    for (int i = 0; i < m->nallocations; i++)
        free(m->allocation_list[i]);
    memset(m, 0, sizeof *m);
}

/*
## Forward

Each layer reads the previous layer's output (the first reads `x`) and writes
its own. For BatchNorm, `S` is the number of positions per channel: 1 after a
dense layer, H·W after a convolution. The mode decides which statistics it
uses:

* `MODE_TRAIN`: the batch's, and the running statistics are updated;
* `MODE_EVAL`: the running statistics;
* `MODE_EVAL_BATCH_STATS`: the batch's, with the running statistics left
  alone. The library has no flag for that, but its rule "batch statistics
  when training or when not tracking" gives it: we pass a copy of the state
  with tracking off and `training` false.

LayerNorm has no such choice: every example is normalised by its own
statistics, in training and at inference alike.
*/
const float *model_forward(model *m, const float *x, int N, forward_mode mode,
                           char error[256])
{
    if (N < 1 || N > m->max_batch) {
        snprintf(error, 256, "model_forward: batch of %d, the model holds 1 to %d", N,
                 m->max_batch);
        return NULL;
    }
    const float *in = x;
    for (int i = 0; i < m->nlayers; i++) {
        layer *l = &m->layers[i];
        const char *msg = NULL;
        int status = 0;
        switch (l->kind) {
        case LAYER_DENSE:
            dense_forward(l->out, in, l->weight, l->bias, N, (int)in_size(l), l->oc);
            break;
        case LAYER_CONV:
            conv_forward(l->out, l->col, m->scratch_tmp, in, l->weight, l->bias, N,
                         l->c, l->h, l->w, l->oc, 3, 1);
            break;
        case LAYER_BATCH_NORM: {
            batch_norm_state frozen = l->bn;
            frozen.track_running_stats = false;
            batch_norm_state *state = mode == MODE_EVAL_BATCH_STATS ? &frozen : &l->bn;
            status = batch_norm_forward(state, l->out, l->mean, l->rstd, in, l->weight,
                                        l->bias, (size_t)N, (size_t)l->h * l->w,
                                        mode == MODE_TRAIN, &msg);
            break;
        }
        case LAYER_LAYER_NORM:
            status =
                layer_norm_forward(l->out, l->mean, l->rstd, in, l->weight, l->bias,
                                   (size_t)N, in_size(l), m->config.eps, &msg);
            break;
        case LAYER_RELU:
            relu_forward(l->out, in, (size_t)N * in_size(l));
            break;
        case LAYER_MAXPOOL:
            maxpool2_forward(l->out, l->arg, in, N, l->c, l->h, l->w);
            break;
        }
        if (status != 0) {
            snprintf(error, 256, "layer %d: %s", i, msg ? msg : "normalization failed");
            return NULL;
        }
        in = l->out;
    }
    return in;
}

/*
## Backward

The gradient flows from the logits back to the first layer through two
buffers used in turn: each layer reads the gradient of its output from one and
writes the gradient of its input into the other. The first layer's input is
the data, whose gradient nobody needs, so it gets `NULL`.

BatchNorm's backward is told the same `training` flag as its forward: in
training, $\mu$ and $\sigma$ depend on every example of the batch, and the
gradient flows through them too.
*/
int model_backward(model *m, const float *x, const float *dlogits, int N,
                   char error[256])
{
    memset(m->grads, 0, m->nparams * sizeof(float));
    const float *dy = dlogits;
    float *buffers[2] = {m->grad_a, m->grad_b};
    for (int i = m->nlayers - 1; i >= 0; i--) {
        layer *l = &m->layers[i];
        const float *in = i > 0 ? m->layers[i - 1].out : x;
        float *dx = i > 0 ? buffers[i % 2] : NULL;
        const char *msg = NULL;
        int status = 0;
        switch (l->kind) {
        case LAYER_DENSE:
            dense_backward(dx, l->dweight, l->dbias, dy, in, l->weight, N,
                           (int)in_size(l), l->oc);
            break;
        case LAYER_CONV:
            conv_backward(dx, l->dweight, l->dbias, m->scratch_col, m->scratch_tmp, dy,
                          l->col, l->weight, N, l->c, l->h, l->w, l->oc, 3, 1);
            break;
        case LAYER_BATCH_NORM:
            status = batch_norm_backward(&l->bn, dx, l->dweight, l->dbias, dy, in,
                                         l->mean, l->rstd, l->weight, (size_t)N,
                                         (size_t)l->h * l->w, true, &msg);
            break;
        case LAYER_LAYER_NORM:
            status =
                layer_norm_backward(dx, l->dweight, l->dbias, dy, in, l->mean, l->rstd,
                                    l->weight, (size_t)N, in_size(l), &msg);
            break;
        case LAYER_RELU:
            relu_backward(dx, dy, l->out, (size_t)N * in_size(l));
            break;
        case LAYER_MAXPOOL:
            maxpool2_backward(dx, dy, l->arg, N, l->c, l->h, l->w);
            break;
        }
        if (status != 0) {
            snprintf(error, 256, "layer %d: %s", i, msg ? msg : "normalization failed");
            return -1;
        }
        if (dx == NULL)
            break;
        dy = dx;
    }
    return 0;
}

/*
## Gradient norms

Sums in double: at batch 2 under BatchNorm most rows of the first layer's
gradient are far below the largest (the gradient is spread over about 2 of
256 units, [experiments](readme.md)), and the sums must not lose them.
*/
grad_stats model_weight_grad_stats(const model *m, bool first)
{
    const layer *l = &m->layers[first ? 0 : m->nlayers - 1];
    size_t rows = (size_t)l->oc, cols = l->weight_size / rows;
    double sum = 0.0, sum_sq = 0.0;
    for (size_t j = 0; j < rows; j++) {
        double row_sq = 0.0;
        for (size_t i = 0; i < cols; i++)
            row_sq += (double)l->dweight[j * cols + i] * l->dweight[j * cols + i];
        sum += sqrt(row_sq);
        sum_sq += row_sq;
    }
    return (grad_stats){.norm = sqrt(sum_sq), .active = sum_sq > 0 ? sum * sum / sum_sq : 0};
}
