/*
---
title: Optimisers interface
summary: Adam and SGD with momentum over one flat parameter array, with a cosine learning-rate schedule.
---

# Optimisers interface
*/
#ifndef OPTIM_H
#define OPTIM_H

#include <stddef.h>

typedef enum { OPTIM_ADAM, OPTIM_SGD } optim_kind;

typedef struct {
    optim_kind kind;
    float beta1, beta2, eps; /* Adam: 0.9, 0.999, 1e-8 */
    float momentum;          /* SGD: 0.9 */
    float weight_decay;      /* L2 penalty added to the gradient: 0 */
    size_t n;
    float *m, *v; /* (n) each: Adam's moments; SGD uses m as velocity */
    long step;
} optimizer;

/* Returns 0, or -1 when out of memory. Moments start at zero. */
int optim_init(optimizer *o, optim_kind kind, size_t n);
void optim_free(optimizer *o);

/* One update of params (n) from grads (n) with learning rate lr. */
void optim_step(optimizer *o, float *params, const float *grads, float lr);

/* Learning rate at `step` of `total`: constant, or cosine from lr down to 0. */
float lr_at(float lr, long step, long total, int cosine);

#endif
