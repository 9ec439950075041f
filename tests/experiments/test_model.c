// The example programs' models against PyTorch and against finite differences.
//
// reference.txt (made by make_reference.py with PyTorch 1.13) holds, for tiny
// versions of the MLP and the CNN in each variant, the parameters, a batch,
// and PyTorch's logits, loss, parameter gradients, BatchNorm running
// statistics after the step, and eval-mode logits; and two steps of Adam and
// of SGD with momentum.
//
// Tolerances. Everything is float32 on values of order 1; PyTorch and OpenBLAS
// sum in different orders, so results differ by a few units in the last place
// of the largest partial sums (float epsilon is 1.2e-7, sums have at most a few
// hundred terms). We allow |ours - ref| <= 1e-5 + 1e-4 |ref|. Gradients pass
// through BatchNorm's 1/std on batches of 4 to 6, which can amplify rounding by
// about 10, hence 2e-5 + 1e-3 |ref| for them. The optimiser is elementwise:
// 1e-6 + 1e-5 |ref|.
//
// Finite differences, on every parameter: central differences D(h) with
// h = 2e-3 and 1e-3, combined as (4 D(h/2) - D(h)) / 3 (Richardson), which
// cancels the h^2 error term; LayerNorm rows of small variance make the loss
// curved enough for that term to matter. The loss is float32 (~2.4 of size,
// rounding ~2.4e-7), so each difference has a rounding error of about 1.2e-4
// and the combination about 2e-4. Where a ReLU input changes sign or a
// max-pooling window changes its winner inside [p - 2h, p + 2h], the loss is
// not smooth and the difference means nothing: such parameters are skipped
// (detected by comparing the kink pattern, at most 25% of them), and every
// other one must agree within 1e-3 + 2e-2 |g|.
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "layers.h"
#include "model.h"
#include "optim.h"



// ---- reference.txt: "<case> <name> <count> <values...>" per line ----
typedef struct {
    char tag[64];
    int count;
    float *values;
} array;

static array arrays[256];
static int narrays;

static void load_reference(const char *path)
{
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        perror(path);
        exit(1);
    }
    char case_name[32], name[32];
    int c;
    while ((c = fgetc(f)) != EOF) {
        if (c == '#') {
            while ((c = fgetc(f)) != EOF && c != '\n') {
            }
            continue;
        }
        ungetc(c, f);
        array *a = &arrays[narrays];
        if (fscanf(f, "%31s %31s %d", case_name, name, &a->count) != 3 || a->count <= 0 ||
            narrays == 255) {
            fprintf(stderr, "%s: bad line %d\n", path, narrays + 1);
            exit(1);
        }
        snprintf(a->tag, sizeof a->tag, "%s/%s", case_name, name);
        a->values = malloc((size_t)a->count * sizeof(float));
        for (int i = 0; i < a->count; i++)
            if (fscanf(f, "%f", &a->values[i]) != 1) {
                fprintf(stderr, "%s: %s: short array\n", path, a->tag);
                exit(1);
            }
        while ((c = fgetc(f)) != EOF && c != '\n') {
        }
        narrays++;
    }
    fclose(f);
}

static const array *get(const char *case_name, const char *name)
{
    char tag[64];
    snprintf(tag, sizeof tag, "%s/%s", case_name, name);
    for (int i = 0; i < narrays; i++)
        if (strcmp(arrays[i].tag, tag) == 0)
            return &arrays[i];
    return NULL;
}

// Largest violation of |a - b| <= abs_tol + rel_tol |b|, as a ratio (<= 1 passes).
static double compare(const float *a, const float *b, int n, double abs_tol, double rel_tol,
                      int *worst)
{
    double ratio = 0.0;
    for (int i = 0; i < n; i++) {
        double r = fabs((double)a[i] - b[i]) / (abs_tol + rel_tol * fabs((double)b[i]));
        if (!(r <= ratio)) {
            ratio = r;
            *worst = i;
        }
    }
    return ratio;
}

#define EXPECT_CLOSE(ours, ref, n, abs_tol, rel_tol, what)                                         \
    do {                                                                                           \
        int w_ = 0;                                                                                \
        double r_ = compare(ours, ref, n, abs_tol, rel_tol, &w_);                                  \
        CHECK(r_ <= 1.0, "%s: %s [%d] = %.9g, PyTorch %.9g", case_name, what, w_,                 \
              (double)(ours)[w_], (double)(ref)[w_]);                                              \
        printf("  %-10s %-12s max error / tolerance = %.3f\n", case_name, what, r_);              \
    } while (0)

static model_config tiny_config(model_kind kind, norm_kind norm)
{
    model_config c = model_default_config(kind, norm);
    c.classes = 5;
    if (kind == MODEL_MLP) {
        c.height = c.width = 4;
        c.mlp_hidden[0] = 8;
        c.mlp_hidden[1] = 6;
    } else {
        c.height = c.width = 8;
        c.cnn_channels[0] = 3;
        c.cnn_channels[1] = 4;
        c.cnn_hidden = 6;
    }
    return c;
}

// Which side of every kink the last forward pass was on: the sign of each ReLU
// input and the winner of each max-pooling window, hashed (FNV-1a).
static uint64_t kink_pattern(const model *m, int N)
{
    uint64_t hash = 1469598103934665603ull;
    for (int i = 0; i < m->nlayers; i++) {
        const layer *l = &m->layers[i];
        size_t n = (size_t)N * l->oc * l->oh * l->ow;
        for (size_t j = 0; j < n && (l->kind == LAYER_RELU || l->kind == LAYER_MAXPOOL); j++) {
            uint64_t v = l->kind == LAYER_RELU ? l->out[j] > 0.0f : (uint64_t)l->arg[j];
            hash = (hash ^ v) * 1099511628211ull;
        }
    }
    return hash;
}

static float loss_of(model *m, const float *x, const uint8_t *labels, int N, uint64_t *pattern)
{
    char error[256];
    const float *logits = model_forward(m, x, N, MODE_TRAIN, error);
    if (logits == NULL) {
        fprintf(stderr, "forward failed: %s\n", error);
        exit(1);
    }
    *pattern = kink_pattern(m, N);
    return softmax_cross_entropy(NULL, logits, labels, N, m->config.classes, NULL);
}

static void test_case(model_kind kind, norm_kind norm, const char *case_name)
{
    const array *params = get(case_name, "params"), *x = get(case_name, "x"),
                *lab = get(case_name, "labels"), *logits_ref = get(case_name, "logits"),
                *loss_ref = get(case_name, "loss"), *grads_ref = get(case_name, "grads"),
                *eval_ref = get(case_name, "eval_logits"), *running = get(case_name, "running");
    if (!params || !x || !lab || !logits_ref || !loss_ref || !grads_ref || !eval_ref) {
        CHECK(0, "%s: missing reference arrays", case_name);
        return;
    }
    model_config config = tiny_config(kind, norm);
    int N = lab->count;
    model m;
    char error[256];
    if (model_create(&m, &config, N, 1, error) != 0) {
        CHECK(0, "%s: model_create: %s", case_name, error);
        return;
    }
    CHECK((int)m.nparams == params->count, "%s: %zu parameters, PyTorch has %d", case_name,
          m.nparams, params->count);
    if ((int)m.nparams != params->count) {
        model_free(&m);
        return;
    }
    memcpy(m.params, params->values, m.nparams * sizeof(float));
    uint8_t labels[16];
    for (int i = 0; i < N; i++)
        labels[i] = (uint8_t)lab->values[i];

    // Training-mode forward and backward.
    const float *logits = model_forward(&m, x->values, N, MODE_TRAIN, error);
    CHECK(logits != NULL, "%s: forward: %s", case_name, error);
    if (logits == NULL) {
        model_free(&m);
        return;
    }
    EXPECT_CLOSE(logits, logits_ref->values, logits_ref->count, 1e-5, 1e-4, "logits");
    float dlogits[16 * 5];
    float loss = softmax_cross_entropy(dlogits, logits, labels, N, 5, NULL);
    EXPECT_CLOSE(&loss, loss_ref->values, 1, 1e-5, 1e-4, "loss");
    CHECK(model_backward(&m, x->values, dlogits, N, error) == 0, "%s: backward: %s", case_name,
          error);
    EXPECT_CLOSE(m.grads, grads_ref->values, grads_ref->count, 2e-5, 1e-3, "gradients");
    if (running != NULL)
        EXPECT_CLOSE(m.buffers, running->values, running->count, 1e-5, 1e-4, "running stats");

    // Eval mode: BatchNorm switches to the running statistics just updated.
    const float *eval = model_forward(&m, x->values, N, MODE_EVAL, error);
    CHECK(eval != NULL, "%s: eval forward: %s", case_name, error);
    if (eval != NULL)
        EXPECT_CLOSE(eval, eval_ref->values, eval_ref->count, 1e-5, 1e-4, "eval logits");

    // Finite differences on every parameter, independent of PyTorch.
    float *grads = malloc(m.nparams * sizeof(float));
    memcpy(grads, m.grads, m.nparams * sizeof(float));
    uint64_t base;
    loss_of(&m, x->values, labels, N, &base);
    int bad = 0, skipped = 0;
    double worst = 0.0;
    const float h = 1e-3f;
    for (size_t i = 0; i < m.nparams; i++) {
        float p = m.params[i];
        double d[2];
        bool smooth = true;
        for (int k = 0; k < 2; k++) {
            float step = k == 0 ? 2 * h : h;
            uint64_t pattern_p, pattern_m;
            m.params[i] = p + step;
            float lp = loss_of(&m, x->values, labels, N, &pattern_p);
            m.params[i] = p - step;
            float lm = loss_of(&m, x->values, labels, N, &pattern_m);
            d[k] = ((double)lp - lm) / (2.0 * step);
            smooth = smooth && pattern_p == base && pattern_m == base;
        }
        m.params[i] = p;
        if (!smooth) { // a kink inside [p - 2h, p + 2h]: the difference means nothing
            skipped++;
            continue;
        }
        double fd = (4.0 * d[1] - d[0]) / 3.0; // Richardson: cancels the h^2 term
        double r = fabs(fd - grads[i]) / (1e-3 + 2e-2 * fabs((double)grads[i]));
        if (r > 1.0) {
            bad++;
            printf("    %s parameter %zu: finite differences %.6g, backward %.6g\n", case_name,
                   i, fd, (double)grads[i]);
        } else if (r > worst) {
            worst = r;
        }
    }
    CHECK(bad == 0, "%s: %d of %zu parameters disagree with finite differences", case_name, bad,
          m.nparams);
    CHECK(skipped <= (int)(0.25 * (double)m.nparams), "%s: %d of %zu parameters sit at a kink",
          case_name, skipped, m.nparams);
    printf("  %-10s finite diff: %zu parameters, %d skipped at a kink, worst error / tolerance "
           "%.3f\n", case_name, m.nparams, skipped, worst);
    free(grads);
    model_free(&m);
}

static void test_optimisers(void)
{
    const char *case_name = "optim";
    const array *start = get("optim", "start"), *grads = get("optim", "grads"),
                *adam = get("optim", "adam_after2"), *sgd = get("optim", "sgd_after2");
    if (!start || !grads || !adam || !sgd) {
        CHECK(0, "optim: missing reference arrays");
        return;
    }
    size_t n = (size_t)start->count;
    float *p = malloc(n * sizeof(float));
    optimizer o;
    CHECK(optim_init(&o, OPTIM_ADAM, n) == 0, "optim_init");
    memcpy(p, start->values, n * sizeof(float));
    optim_step(&o, p, grads->values, 0.01f);
    optim_step(&o, p, grads->values, 0.01f);
    EXPECT_CLOSE(p, adam->values, (int)n, 1e-6, 1e-5, "adam");
    optim_free(&o);
    CHECK(optim_init(&o, OPTIM_SGD, n) == 0, "optim_init");
    memcpy(p, start->values, n * sizeof(float));
    optim_step(&o, p, grads->values, 0.1f);
    optim_step(&o, p, grads->values, 0.1f);
    EXPECT_CLOSE(p, sgd->values, (int)n, 1e-6, 1e-5, "sgd");
    optim_free(&o);
    free(p);
}

// BatchNorm with batch statistics refuses one value per channel, through the model.
static void test_bn_one_example(void)
{
    model_config config = tiny_config(MODEL_MLP, NORM_BATCH);
    model m;
    char error[256];
    CHECK(model_create(&m, &config, 4, 1, error) == 0, "model_create: %s", error);
    float x[16] = {0};
    CHECK(model_forward(&m, x, 1, MODE_TRAIN, error) == NULL && strstr(error, "layer") != NULL,
          "a batch of one in training must be refused");
    CHECK(model_forward(&m, x, 1, MODE_EVAL, error) != NULL, "eval of one example: %s", error);
    CHECK(model_forward(&m, x, 5, MODE_EVAL, error) == NULL, "a batch above max_batch is refused");
    model_free(&m);
}

// A batch of N tiny images and labels from a fixed generator, for the tests below.
static void tiny_batch(float *x, uint8_t *labels, int N, int pixels, int classes)
{
    uint64_t state = 12345;
    for (int i = 0; i < N * pixels; i++) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        x[i] = (float)((double)(state >> 11) / 9007199254740992.0 * 4.0 - 2.0);
    }
    for (int i = 0; i < N; i++)
        labels[i] = (uint8_t)(i % classes);
}

static void forward_backward(model *m, const float *x, const uint8_t *labels, int N)
{
    char error[256];
    float dlogits[16 * 5];
    const float *logits = model_forward(m, x, N, MODE_TRAIN, error);
    CHECK(logits != NULL, "forward: %s", error);
    if (logits == NULL)
        return;
    softmax_cross_entropy(dlogits, logits, labels, N, m->config.classes, NULL);
    CHECK(model_backward(m, x, dlogits, N, error) == 0, "backward: %s", error);
}

// The gradient measures of train.c (norm and units reached) against the same
// measures of a finite-difference gradient of the first and the last layer's
// weights. Central differences in float with h = 1e-3 err by about 2e-4 per
// weight (see above); over the few dozen weights of a layer the norm is
// within 1% and the participation ratio within 2%.
static void test_grad_stats(void)
{
    model_config config = tiny_config(MODEL_MLP, NORM_NONE);
    model m;
    char error[256];
    const int N = 4, pixels = 16;
    CHECK(model_create(&m, &config, N, 3, error) == 0, "model_create: %s", error);
    float x[4 * 16];
    uint8_t labels[4];
    tiny_batch(x, labels, N, pixels, config.classes);
    forward_backward(&m, x, labels, N);
    for (int which = 1; which >= 0; which--) {
        grad_stats got = model_weight_grad_stats(&m, which);
        layer *l = &m.layers[which ? 0 : m.nlayers - 1];
        size_t rows = (size_t)l->oc, cols = l->weight_size / rows;
        double sum = 0.0, sum_sq = 0.0;
        const float h = 1e-3f;
        for (size_t j = 0; j < rows; j++) {
            double row_sq = 0.0;
            for (size_t i = 0; i < cols; i++) {
                float *w = &l->weight[j * cols + i], keep = *w;
                uint64_t pattern;
                *w = keep + h;
                float lp = loss_of(&m, x, labels, N, &pattern);
                *w = keep - h;
                float lm = loss_of(&m, x, labels, N, &pattern);
                *w = keep;
                double g = ((double)lp - lm) / (2.0 * h);
                row_sq += g * g;
            }
            sum += sqrt(row_sq);
            sum_sq += row_sq;
        }
        double norm = sqrt(sum_sq), active = sum * sum / sum_sq;
        CHECK(fabs(got.norm - norm) <= 1e-2 * norm,
              "%s layer: gradient norm %.6g, finite differences %.6g", which ? "first" : "last",
              got.norm, norm);
        CHECK(fabs(got.active - active) <= 2e-2 * active,
              "%s layer: units reached %.4g, finite differences %.4g", which ? "first" : "last",
              got.active, active);
        CHECK(got.active >= 1.0 && got.active <= (double)rows, "units reached %.4g of %zu",
              got.active, rows);
        printf("  grad stats %s layer: norm %.6g (finite differences %.6g), units %.3f (%.3f)\n",
               which ? "first" : "last", got.norm, norm, got.active, active);
    }
    model_free(&m);
}

// The collapse the batch-size experiment shows. With two examples, BatchNorm
// after a dense layer maps each feature to x̂ = ±d/√(d² + ε) with d half the
// difference of the two values, and its backward pass multiplies the
// difference of the two output gradients by (γ/2)·ε/(d² + ε)^(3/2): about
// 1e-5 for d of order 1 (more where the two values nearly tie). Measured on
// this tiny MLP: the first layer's gradient is 0.0033 of the output layer's,
// against 2.1 without normalization and 1.1 with BatchNorm on 8 examples; we
// require below 0.01 and above 0.3.
static void test_bn_batch_of_two(void)
{
    double ratio[3];
    const norm_kind norms[3] = {NORM_BATCH, NORM_NONE, NORM_BATCH};
    const int sizes[3] = {2, 2, 8};
    for (int k = 0; k < 3; k++) {
        model_config config = tiny_config(MODEL_MLP, norms[k]);
        model m;
        char error[256];
        CHECK(model_create(&m, &config, 8, 5, error) == 0, "model_create: %s", error);
        float x[8 * 16];
        uint8_t labels[8];
        tiny_batch(x, labels, sizes[k], 16, config.classes);
        forward_backward(&m, x, labels, sizes[k]);
        ratio[k] = model_weight_grad_stats(&m, true).norm / model_weight_grad_stats(&m, false).norm;
        model_free(&m);
    }
    printf("  first / last layer gradient norm: BN batch 2 %.3g, none batch 2 %.3g, "
           "BN batch 8 %.3g\n", ratio[0], ratio[1], ratio[2]);
    CHECK(ratio[0] < 1e-2, "BN, batch of 2: first / last layer gradient %.3g", ratio[0]);
    CHECK(ratio[1] > 0.3, "none, batch of 2: first / last layer gradient %.3g", ratio[1]);
    CHECK(ratio[2] > 0.3, "BN, batch of 8: first / last layer gradient %.3g", ratio[2]);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_model reference.txt\n");
        return 2;
    }
    load_reference(argv[1]);
    const char *variants[] = {"none", "bn", "ln"};
    for (int v = 0; v < 3; v++) {
        char name[32];
        snprintf(name, sizeof name, "mlp-%s", variants[v]);
        test_case(MODEL_MLP, (norm_kind)v, name);
        snprintf(name, sizeof name, "cnn-%s", variants[v]);
        test_case(MODEL_CNN, (norm_kind)v, name);
    }
    test_optimisers();
    test_bn_one_example();
    test_grad_stats();
    test_bn_batch_of_two();
    for (int i = 0; i < narrays; i++)
        free(arrays[i].values);
    if (failures) {
        fprintf(stderr, "%d failure(s)\n", failures);
        return 1;
    }
    printf("all model checks passed\n");
    return 0;
}
