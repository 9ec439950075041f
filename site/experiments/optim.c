/*
---
title: Optimisers
summary: Adam and SGD with momentum, written as PyTorch defines them, and a cosine schedule.
---

# Optimisers

Both optimisers see the parameters as one flat array, so one loop updates
every weight, bias, gain and normalization bias of the model alike.
*/
#include "optim.h"

#include <math.h>
#include <stdlib.h>

int optim_init(optimizer *o, optim_kind kind, size_t n)
{
    *o = (optimizer){.kind = kind,
                     .beta1 = 0.9f,
                     .beta2 = 0.999f,
                     .eps = 1e-8f,
                     .momentum = 0.9f,
                     .n = n};
    o->m = calloc(n ? n : 1, sizeof(float));
    o->v = calloc(n ? n : 1, sizeof(float));
    if (o->m == NULL || o->v == NULL) {
        optim_free(o);
        return -1;
    }
    return 0;
}

void optim_free(optimizer *o)
{
    free(o->m);
    free(o->v);
    o->m = o->v = NULL;
}

/*
## Adam

Adam keeps running averages of the gradient $g$ and of its square, and steps
each parameter by their ratio, so every parameter moves at a similar pace
whatever the scale of its gradient. At step $t = 1, 2, \ldots$:

$$m \leftarrow \beta_1 m + (1 - \beta_1) g, \qquad
v \leftarrow \beta_2 v + (1 - \beta_2) g^2,$$
$$\hat m = \frac{m}{1 - \beta_1^t}, \qquad \hat v = \frac{v}{1 - \beta_2^t}, \qquad
\theta \leftarrow \theta - \eta\, \frac{\hat m}{\sqrt{\hat v} + \epsilon}.$$

The divisions by $1 - \beta^t$ undo the pull towards zero of averages that
started at zero.

## SGD with momentum

The velocity $u$ sums past gradients with decay $\mu$, and the parameter moves
along it (PyTorch's form, without dampening):

$$u \leftarrow \mu u + g, \qquad \theta \leftarrow \theta - \eta u.$$

A weight decay $\lambda$, when set, adds $\lambda \theta$ to $g$ first.
*/
void optim_step(optimizer *o, float *params, const float *grads, float lr)
{
    o->step++;
    float wd = o->weight_decay;
    if (o->kind == OPTIM_ADAM) {
        float b1 = o->beta1, b2 = o->beta2;
        float c1 = 1.0f - powf(b1, (float)o->step),
              c2 = 1.0f - powf(b2, (float)o->step);
        for (size_t i = 0; i < o->n; i++) {
            float g = grads[i] + wd * params[i];
            o->m[i] = b1 * o->m[i] + (1.0f - b1) * g;
            o->v[i] = b2 * o->v[i] + (1.0f - b2) * g * g;
            params[i] -= lr * (o->m[i] / c1) / (sqrtf(o->v[i] / c2) + o->eps);
        }
    } else {
        for (size_t i = 0; i < o->n; i++) {
            float g = grads[i] + wd * params[i];
            o->m[i] = o->momentum * o->m[i] + g;
            params[i] -= lr * o->m[i];
        }
    }
}

/*
## Learning-rate schedule

Large steps early make fast progress; small steps late let the weights settle
into a minimum instead of bouncing around it. The cosine schedule does both
smoothly:

$$\eta_t = \frac{\eta}{2} \left(1 + \cos \frac{\pi t}{T}\right),$$

from $\eta$ at $t = 0$ towards 0 at $t = T$; the last step, $t = T - 1$, still uses a
small positive rate.
*/
float lr_at(float lr, long step, long total, int cosine)
{
    if (!cosine || total <= 0)
        return lr;
    return 0.5f * lr *
           (1.0f + (float)cos(3.141592653589793 * (double)step / (double)total));
}
