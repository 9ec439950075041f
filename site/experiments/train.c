/*
---
title: Training on Fashion-MNIST
summary: The example program: command line, data, the training loop with progress and time left, evaluation with running or batch statistics, and results as JSON and CSV.
---

# Training on Fashion-MNIST

```
train --model cnn --variant bn --epochs 6 --out cnn-bn.json --history cnn-bn.csv
```

trains one network and writes what happened. `train --help` lists every
option. The [experiments](readme.md) run this program many times and plot
what it wrote.

Everything random comes from `--seed`: the initial weights from one stream,
the order of the examples in each epoch from another (the weights' sequence
shifted by one draw, see [rng.h](rng.h)). OpenBLAS and the
OpenMP loops of the normalization libraries run on `--threads` threads (1 by
default). The JSON output ends with a fingerprint of the trained weights:
with the same seed, options and thread count, two runs on the same machine
print the same one, and so did an AMD EPYC and an Intel Xeon on which
OpenBLAS used the same kernel set (and the normalization kernels their AVX2
copy). On another CPU OpenBLAS may choose another set, which sums in
another order; training carries the rounding differences on, so the weights
differ well beyond their last bits, and the accuracies by little, except in a
training as unstable as BatchNorm at batch 2 (see
[Reproducing](readme.md#reproducing)). The JSON output names the set.
*/
#define _POSIX_C_SOURCE 200809L
#include <cblas.h>
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <omp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dataset.h"
#include "layers.h"
#include "model.h"
#include "optim.h"
#include "rng.h"

/*
## Options

One struct holds every setting, with its default. They all go into the JSON
output, so a result file says exactly how it was made.
*/
#define MAX_EVAL_BATCHES 8

typedef struct {
    model_kind model;
    norm_kind variant;
    int batch_size;
    int epochs;
    uint64_t seed;
    optim_kind optimizer;
    float lr; /* < 0: the optimiser's default */
    float weight_decay;
    bool cosine;
    int train_limit, test_limit; /* 0: all */
    const char *data_dir;
    const char *out_json, *out_csv;
    int threads;
    bool quiet;
    int eval_batches[MAX_EVAL_BATCHES]; /* test batch sizes to try after training */
    int n_eval_batches;
    int mlp_hidden[2], cnn_channels[2], cnn_hidden;
} options;

static const char *model_names[] = {"mlp", "cnn"};
static const char *variant_names[] = {"none", "bn", "ln"};
static const char *optim_names[] = {"adam", "sgd"};

static void usage(FILE *f)
{
    fprintf(f,
"Usage: train [OPTION]...\n"
"Train an MLP or a small CNN on Fashion-MNIST, with no normalization,\n"
"BatchNorm or LayerNorm, and report loss and test accuracy.\n"
"\n"
"  -m, --model=NAME         mlp (784-256-128-10) or cnn (two 3x3 convolutions);\n"
"                           default mlp\n"
"  -v, --variant=NAME       none, bn (BatchNorm) or ln (LayerNorm); default bn\n"
"  -b, --batch-size=N       examples per step; default 64\n"
"  -e, --epochs=N           passes over the training set; default 10\n"
"  -s, --seed=N             seed of the weights and of the data order; default 1\n"
"  -o, --out=FILE           write configuration and results as JSON\n"
"      --history=FILE       write the training curve as CSV\n"
"      --optimizer=NAME     adam or sgd (with momentum 0.9); default adam\n"
"      --lr=X               learning rate; default 0.001 (adam), 0.05 (sgd)\n"
"      --schedule=NAME      cosine (decay to 0) or constant; default cosine\n"
"      --weight-decay=X     L2 penalty; default 0\n"
"      --eval-batches=LIST  after training, evaluate again in test batches of\n"
"                           these sizes, in file order and shuffled (BN with\n"
"                           the batch's statistics); default 2,8,32,128\n"
"                           ('none' to skip)\n"
"      --mlp-hidden=A,B     MLP hidden widths; default 256,128\n"
"      --cnn-channels=A,B   CNN filters of the two convolutions; default 16,32\n"
"      --cnn-hidden=N       CNN dense hidden width; default 128\n"
"      --train-limit=N      use only the first N training examples\n"
"      --test-limit=N       use only the first N test examples\n"
"      --data-dir=DIR       where the *-ubyte.gz files are;\n"
"                           default /usr/share/datasets/fashion-mnist\n"
"      --threads=N          OpenBLAS threads; default 1\n"
"  -q, --quiet              no progress lines\n"
"  -h, --help               show this help and exit\n"
"\n"
"Progress goes to standard error; a summary line to standard output.\n"
"Exit status: 0 on success, 1 on an error, 2 on bad options.\n");
}

/* A bad option: say which and why, point at --help, exit with status 2. */
static void bad_option(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "train: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nTry 'train --help' for more information.\n");
    va_end(ap);
    exit(2);
}

static long parse_int(const char *name, const char *s, long min, long max)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < min || v > max)
        bad_option("--%s: '%s' is not an integer from %ld to %ld", name, s, min, max);
    return v;
}

static float parse_float(const char *name, const char *s, double min, double max)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno != 0 || end == s || *end != '\0' || !(v >= min && v <= max))
        bad_option("--%s: '%s' is not a number from %g to %g", name, s, min, max);
    return (float)v;
}

static int parse_name(const char *name, const char *s, const char **names, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    char list[128] = "";
    for (int i = 0; i < n; i++) {
        strcat(list, i ? ", " : "");
        strcat(list, names[i]);
    }
    bad_option("--%s: '%s' is not one of %s", name, s, list);
    return -1;
}

static void parse_batches(options *o, const char *s)
{
    o->n_eval_batches = 0;
    if (strcmp(s, "none") == 0)
        return;
    char buf[256];
    if (strlen(s) >= sizeof buf)
        bad_option("--eval-batches: list too long");
    strcpy(buf, s);
    for (char *save = NULL, *tok = strtok_r(buf, ",", &save); tok;
         tok = strtok_r(NULL, ",", &save)) {
        if (o->n_eval_batches == MAX_EVAL_BATCHES)
            bad_option("--eval-batches: at most %d sizes", MAX_EVAL_BATCHES);
        o->eval_batches[o->n_eval_batches++] =
            (int)parse_int("eval-batches", tok, 1, 10000);
    }
    if (o->n_eval_batches == 0)
        bad_option("--eval-batches: '%s' lists no sizes", s);
}

/* "A,B": two positive integers. */
static void parse_pair(const char *name, const char *s, int pair[2])
{
    char buf[64];
    const char *comma = strchr(s, ',');
    if (comma == NULL || strlen(s) >= sizeof buf)
        bad_option("--%s: '%s' is not two sizes like 64,32", name, s);
    strcpy(buf, s);
    buf[comma - s] = '\0';
    pair[0] = (int)parse_int(name, buf, 1, 4096);
    pair[1] = (int)parse_int(name, buf + (comma - s) + 1, 1, 4096);
}

static options parse_args(int argc, char **argv)
{
    options o = {
        .model = MODEL_MLP,
        .variant = NORM_BATCH,
        .batch_size = 64,
        .epochs = 10,
        .seed = 1,
        .optimizer = OPTIM_ADAM,
        .lr = -1.0f,
        .cosine = true,
        .data_dir = "/usr/share/datasets/fashion-mnist",
        .threads = 1,
        .eval_batches = {2, 8, 32, 128},
        .n_eval_batches = 4,
    };
    /* Layer widths: the models' own defaults, unless changed below. */
    model_config widths = model_default_config(MODEL_MLP, NORM_BATCH);
    memcpy(o.mlp_hidden, widths.mlp_hidden, sizeof o.mlp_hidden);
    memcpy(o.cnn_channels, widths.cnn_channels, sizeof o.cnn_channels);
    o.cnn_hidden = widths.cnn_hidden;
    enum {
        OPT_HISTORY = 256,
        OPT_OPTIM,
        OPT_LR,
        OPT_SCHEDULE,
        OPT_WD,
        OPT_EVAL,
        OPT_TRAIN_LIMIT,
        OPT_TEST_LIMIT,
        OPT_DATA,
        OPT_THREADS,
        OPT_MLP_HIDDEN,
        OPT_CNN_CHANNELS,
        OPT_CNN_HIDDEN
    };
    static const struct option longopts[] = {
        {"model", required_argument, NULL, 'm'},
        {"variant", required_argument, NULL, 'v'},
        {"batch-size", required_argument, NULL, 'b'},
        {"epochs", required_argument, NULL, 'e'},
        {"seed", required_argument, NULL, 's'},
        {"out", required_argument, NULL, 'o'},
        {"history", required_argument, NULL, OPT_HISTORY},
        {"optimizer", required_argument, NULL, OPT_OPTIM},
        {"lr", required_argument, NULL, OPT_LR},
        {"schedule", required_argument, NULL, OPT_SCHEDULE},
        {"weight-decay", required_argument, NULL, OPT_WD},
        {"eval-batches", required_argument, NULL, OPT_EVAL},
        {"mlp-hidden", required_argument, NULL, OPT_MLP_HIDDEN},
        {"cnn-channels", required_argument, NULL, OPT_CNN_CHANNELS},
        {"cnn-hidden", required_argument, NULL, OPT_CNN_HIDDEN},
        {"train-limit", required_argument, NULL, OPT_TRAIN_LIMIT},
        {"test-limit", required_argument, NULL, OPT_TEST_LIMIT},
        {"data-dir", required_argument, NULL, OPT_DATA},
        {"threads", required_argument, NULL, OPT_THREADS},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    static const char *schedules[] = {"constant", "cosine"};
    opterr = 0; /* we print our own messages */
    int c;
    while ((c = getopt_long(argc, argv, ":m:v:b:e:s:o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'm':
            o.model = parse_name("model", optarg, model_names, 2);
            break;
        case 'v':
            o.variant = parse_name("variant", optarg, variant_names, 3);
            break;
        case 'b':
            o.batch_size = (int)parse_int("batch-size", optarg, 1, 60000);
            break;
        case 'e':
            o.epochs = (int)parse_int("epochs", optarg, 1, 10000);
            break;
        case 's':
            o.seed = (uint64_t)parse_int("seed", optarg, 0, 0x7fffffffL);
            break;
        case 'o':
            o.out_json = optarg;
            break;
        case OPT_HISTORY:
            o.out_csv = optarg;
            break;
        case OPT_OPTIM:
            o.optimizer = parse_name("optimizer", optarg, optim_names, 2);
            break;
        case OPT_LR:
            o.lr = parse_float("lr", optarg, 1e-9, 10.0);
            break;
        case OPT_SCHEDULE:
            o.cosine = parse_name("schedule", optarg, schedules, 2) == 1;
            break;
        case OPT_WD:
            o.weight_decay = parse_float("weight-decay", optarg, 0.0, 1.0);
            break;
        case OPT_EVAL:
            parse_batches(&o, optarg);
            break;
        case OPT_MLP_HIDDEN:
            parse_pair("mlp-hidden", optarg, o.mlp_hidden);
            break;
        case OPT_CNN_CHANNELS:
            parse_pair("cnn-channels", optarg, o.cnn_channels);
            break;
        case OPT_CNN_HIDDEN:
            o.cnn_hidden = (int)parse_int("cnn-hidden", optarg, 1, 4096);
            break;
        case OPT_TRAIN_LIMIT:
            o.train_limit = (int)parse_int("train-limit", optarg, 1, 60000);
            break;
        case OPT_TEST_LIMIT:
            o.test_limit = (int)parse_int("test-limit", optarg, 1, 10000);
            break;
        case OPT_DATA:
            o.data_dir = optarg;
            break;
        case OPT_THREADS:
            o.threads = (int)parse_int("threads", optarg, 1, 256);
            break;
        case 'q':
            o.quiet = true;
            break;
        case 'h':
            usage(stdout);
            exit(0);
        case ':':
            bad_option("option '%s' needs a value", argv[optind - 1]);
            break;
        default:
            if (optopt)
                bad_option("unknown option '-%c'", optopt);
            bad_option("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind < argc)
        bad_option("unexpected argument '%s'", argv[optind]);
    if (o.lr < 0)
        o.lr = o.optimizer == OPTIM_ADAM ? 1e-3f : 0.05f;
    return o;
}
/*
## Time

Wall-clock seconds from a monotonic clock, and a compact form for progress
lines ("42s", "3m07s"). The results also give the CPU time of the process,
which other programs running on the same machine inflate much less than the
wall-clock time (they still compete for caches and memory bandwidth).
*/
static double clock_seconds(clockid_t id)
{
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static double now(void)
{
    return clock_seconds(CLOCK_MONOTONIC);
}

static const char *duration(char buf[32], double s)
{
    if (s < 60)
        snprintf(buf, 32, "%.1fs", s);
    else if (s < 3600)
        snprintf(buf, 32, "%dm%02ds", (int)(s / 60), (int)s % 60);
    else
        snprintf(buf, 32, "%dh%02dm", (int)(s / 3600), (int)(s / 60) % 60);
    return buf;
}

/*
## What a run keeps

Everything the run measures is kept in memory in these records, and both
output files are written from them at the end: the JSON file in full, the CSV
file as the curve alone.

A point of the curve every tenth of an epoch: the mean training loss and
accuracy over the steps since the last point (with BatchNorm these are
computed with the batch's statistics, the network as it trains), and the
mean norm of the weight gradient of the first and of the last layer over
sampled steps of that stretch.
*/
typedef struct {
    double epoch; /* fractional: 0.1, 0.2, ... */
    long step;
    double train_loss, train_accuracy;
    double grad_first, active_first, grad_last;
} curve_point;

typedef struct {
    double loss;
    double accuracy;
} score;

typedef struct {
    double train_loss, train_accuracy; /* over the epoch's steps */
    score test;
    double elapsed;
} epoch_record;

/* The test set evaluated again in batches of `batch_size`, in two orders. */
typedef struct {
    int batch_size;
    score in_order, shuffled;
    double changed; /* share of predictions that differ between the orders */
} batching_record;

/*
Everything a run holds. It starts zeroed, and `run_free` releases whatever
has been allocated so far, so every step can fail and return to one cleanup
path in `main`.
*/
typedef struct {
    dataset train, test;
    float pixel_mean, pixel_std;
    model m;
    optimizer opt;
    int eval_B; /* test batch size with running statistics */
    float *x, *dlogits;
    uint8_t *y, *pred_a, *pred_b;
    int *order, *test_order, *shuffled;
    curve_point *curve;
    size_t ncurve, curve_capacity;
    epoch_record *epochs;
    int nepochs;
    batching_record batching[MAX_EVAL_BATCHES];
    int nbatching;
    score final;
    long diverged_at; /* the step whose loss was not finite, or 0 */
    double train_seconds;
    char fingerprint[17];
} run;

static void run_free(run *r)
{
    optim_free(&r->opt);
    model_free(&r->m);
    dataset_free(&r->train);
    dataset_free(&r->test);
    free(r->x);
    free(r->dlogits);
    free(r->y);
    free(r->pred_a);
    free(r->pred_b);
    free(r->order);
    free(r->test_order);
    free(r->shuffled);
    free(r->curve);
    free(r->epochs);
}

typedef char message[512];

/* Writes the message of a failed step and returns -1, the failure status. */
static int fail(message error, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(error, sizeof(message), fmt, ap);
    va_end(ap);
    return -1;
}

/*
## Data

Both sets, standardised with the training set's pixel statistics.
*/
static int load_data(run *r, const options *o, message error)
{
    char images[4096], labels[4096];
    snprintf(images, sizeof images, "%s/train-images-idx3-ubyte.gz", o->data_dir);
    snprintf(labels, sizeof labels, "%s/train-labels-idx1-ubyte.gz", o->data_dir);
    if (dataset_load(&r->train, images, labels, o->train_limit, error) != 0)
        return -1;
    snprintf(images, sizeof images, "%s/t10k-images-idx3-ubyte.gz", o->data_dir);
    snprintf(labels, sizeof labels, "%s/t10k-labels-idx1-ubyte.gz", o->data_dir);
    if (dataset_load(&r->test, images, labels, o->test_limit, error) != 0)
        return -1;
    if (r->test.rows != r->train.rows || r->test.cols != r->train.cols) {
        return fail(error, "%s: images are %d×%d, the training images %d×%d",
                 images, r->test.rows, r->test.cols, r->train.rows, r->train.cols);
    }
    if (o->batch_size > r->train.count) {
        snprintf(error, sizeof(message),
                 "--batch-size %d is larger than the %d training examples", o->batch_size,
                 r->train.count);
        return -1;
    }
    dataset_pixel_stats(&r->train, &r->pixel_mean, &r->pixel_std);
    dataset_standardize(&r->train, r->pixel_mean, r->pixel_std);
    dataset_standardize(&r->test, r->pixel_mean, r->pixel_std);
    return 0;
}

/*
## The model and its buffers

Activations are sized for the largest batch the run will use: the training
batch, the test batch of 250, or one more than the largest evaluation batch
(the evaluation may merge a last batch of one into the one before).
*/
static int build(run *r, const options *o, message error)
{
    model_config mc = model_default_config(o->model, o->variant);
    memcpy(mc.mlp_hidden, o->mlp_hidden, sizeof mc.mlp_hidden);
    memcpy(mc.cnn_channels, o->cnn_channels, sizeof mc.cnn_channels);
    mc.cnn_hidden = o->cnn_hidden;
    mc.height = r->train.rows;
    mc.width = r->train.cols;
    r->eval_B = 250;
    int max_batch = o->batch_size > r->eval_B ? o->batch_size : r->eval_B;
    for (int i = 0; i < o->n_eval_batches; i++)
        if (o->eval_batches[i] + 1 > max_batch)
            max_batch = o->eval_batches[i] + 1;
    if (model_create(&r->m, &mc, max_batch, o->seed, error) != 0)
        return -1;
    if (optim_init(&r->opt, o->optimizer, r->m.nparams) != 0)
        goto out_of_memory;
    r->opt.weight_decay = o->weight_decay;

    size_t pixels = (size_t)r->train.rows * r->train.cols, n_test = (size_t)r->test.count;
    r->x = malloc((size_t)max_batch * pixels * sizeof(float));
    r->y = malloc((size_t)max_batch);
    r->dlogits = malloc((size_t)max_batch * DATASET_CLASSES * sizeof(float));
    r->order = malloc((size_t)r->train.count * sizeof(int));
    r->test_order = malloc(n_test * sizeof(int));
    r->shuffled = malloc(n_test * sizeof(int));
    r->pred_a = malloc(n_test);
    r->pred_b = malloc(n_test);
    r->epochs = calloc((size_t)o->epochs, sizeof *r->epochs);
    if (!r->x || !r->y || !r->dlogits || !r->order || !r->test_order || !r->shuffled ||
        !r->pred_a || !r->pred_b || !r->epochs)
        goto out_of_memory;
    for (int i = 0; i < r->train.count; i++)
        r->order[i] = i;
    for (int i = 0; i < r->test.count; i++)
        r->test_order[i] = r->shuffled[i] = i;
    rng shuffle = rng_seed(o->seed, 3);
    rng_shuffle(&shuffle, r->shuffled, n_test);
    return 0;
out_of_memory:
    return fail(error, "out of memory");
}

/*
## Batches

A step trains on `B` examples picked through a permutation of the training set,
a fresh one each epoch. Copying them into one contiguous batch lets every layer
work on a plain array.
*/
static void gather(float *x, uint8_t *y, const dataset *d, const int *index, int B)
{
    size_t pixels = (size_t)d->rows * d->cols;
    for (int i = 0; i < B; i++) {
        memcpy(x + (size_t)i * pixels, d->images + (size_t)index[i] * pixels,
               pixels * sizeof(float));
        y[i] = d->labels[index[i]];
    }
}

/*
## Evaluation

Runs the test set through the model in batches of `B` examples taken in the
order `index`, and stores each prediction. In `MODE_EVAL` the batch size
changes nothing but speed; with `MODE_EVAL_BATCH_STATS` it changes the
statistics BatchNorm normalises with, and so the predictions. The last batch
takes what is left; a batch of one example is merged with the one before when
BatchNorm needs several values per channel.
*/
static int evaluate(run *r, const int *index, int B, forward_mode mode, uint8_t *predicted,
                    score *s, message error)
{
    const dataset *d = &r->test;
    double loss = 0.0;
    long hits = 0;
    int n = d->count;
    for (int start = 0; start < n;) {
        int b = n - start < B ? n - start : B;
        if (mode == MODE_EVAL_BATCH_STATS && n - start - b == 1 && b + 1 <= r->m.max_batch)
            b++;
        gather(r->x, r->y, d, index + start, b);
        const float *logits = model_forward(&r->m, r->x, b, mode, error);
        if (logits == NULL)
            return -1;
        int correct;
        float batch_loss =
            softmax_cross_entropy(NULL, logits, r->y, b, DATASET_CLASSES, &correct);
        loss += (double)batch_loss * b;
        hits += correct;
        for (int i = 0; i < b; i++)
            predicted[index[start + i]] =
                (uint8_t)argmax(logits + (size_t)i * DATASET_CLASSES, DATASET_CLASSES);
        start += b;
    }
    s->loss = loss / n;
    s->accuracy = (double)hits / n;
    return 0;
}

/*
## Training

One step is: forward, softmax cross-entropy, backward, optimiser update with
the scheduled learning rate. The last incomplete batch of an epoch is
dropped, so every step sees exactly `B` examples.

The gradient norms are taken on every `stride`-th step, so that batches of 2
(30,000 steps an epoch of the full set) do not spend their time on them: below `B = 32`
one step in $32/B$ is measured, one measured step per 32 examples; from 32
on, every step is measured.

A loss that is not finite ends the training: a learning rate can be too large,
and that is a result (the learning-rate sweep counts such runs), not an
error. The run records the step, and no test score.
*/
typedef struct {
    double loss, hits, grad_first, active_first, grad_last;
    long steps, grad_samples;
} window;

static int add_point(run *r, double epoch, long step, window *w, int B)
{
    if (r->ncurve == r->curve_capacity) {
        size_t cap = r->curve_capacity ? 2 * r->curve_capacity : 64;
        curve_point *c = realloc(r->curve, cap * sizeof *c);
        if (c == NULL)
            return -1;
        r->curve = c;
        r->curve_capacity = cap;
    }
    double samples = w->grad_samples ? (double)w->grad_samples : NAN;
    r->curve[r->ncurve++] = (curve_point){
        .epoch = epoch,
        .step = step,
        .train_loss = w->loss / (double)w->steps,
        .train_accuracy = w->hits / ((double)w->steps * B),
        .grad_first = w->grad_first / samples,
        .active_first = w->active_first / samples,
        .grad_last = w->grad_last / samples,
    };
    *w = (window){0};
    return 0;
}

/*
Progress lines show the epoch, the step, the mean loss since the last line,
the time so far and the time left. The time left is the time per step so
far times the steps to go, plus as many test evaluations as remain at the
average cost of those done.
*/
static void progress(const options *o, const run *r, int epoch, int s, int steps_per_epoch,
                     long step, long total_steps, double t0, double eval_time,
                     double window_loss)
{
    double t = now();
    double per_step = (t - t0 - eval_time) / (double)(step + 1);
    double per_eval = epoch > 1 ? eval_time / (epoch - 1)
                                : per_step * r->test.count / o->batch_size / 3;
    double left =
        per_step * (double)(total_steps - step - 1) + per_eval * (o->epochs - epoch + 1);
    char e[32], l[32];
    fprintf(stderr, "epoch %d/%d  step %d/%d  loss %.4f  elapsed %s  left %s\n", epoch,
            o->epochs, s + 1, steps_per_epoch, window_loss, duration(e, t - t0),
            duration(l, left));
}

static int train(run *r, const options *o, message error)
{
    int B = o->batch_size;
    int steps_per_epoch = r->train.count / B;
    long total_steps = (long)steps_per_epoch * o->epochs, step = 0;
    int points_per_epoch = steps_per_epoch < 10 ? steps_per_epoch : 10;
    long stride = B >= 32 ? 1 : 32 / B;
    rng shuffle_rng = rng_seed(o->seed, 2);
    double t0 = now(), last_print = t0, eval_time = 0.0;
    window point = {0};
    for (int epoch = 1; epoch <= o->epochs; epoch++) {
        rng_shuffle(&shuffle_rng, r->order, (size_t)r->train.count);
        double epoch_loss = 0.0, window_loss = 0.0;
        long epoch_hits = 0;
        int window_steps = 0;
        for (int s = 0; s < steps_per_epoch; s++, step++) {
            gather(r->x, r->y, &r->train, r->order + (size_t)s * B, B);
            const float *logits = model_forward(&r->m, r->x, B, MODE_TRAIN, error);
            if (logits == NULL)
                return -1;
            int correct;
            float loss = softmax_cross_entropy(r->dlogits, logits, r->y, B, DATASET_CLASSES,
                                               &correct);
            if (!isfinite(loss)) {
                r->diverged_at = step + 1;
                fprintf(stderr, "train: the loss became %f at epoch %d step %d: stopped\n",
                        loss, epoch, s + 1);
                r->train_seconds = now() - t0;
                return 0;
            }
            if (model_backward(&r->m, r->x, r->dlogits, B, error) != 0)
                return -1;
            if (step % stride == 0) {
                grad_stats first = model_weight_grad_stats(&r->m, true);
                point.grad_first += first.norm;
                point.active_first += first.active;
                point.grad_last += model_weight_grad_stats(&r->m, false).norm;
                point.grad_samples++;
            }
            optim_step(&r->opt, r->m.params, r->m.grads,
                       lr_at(o->lr, step, total_steps, o->cosine));
            epoch_loss += loss;
            epoch_hits += correct;
            window_loss += loss;
            window_steps++;
            point.loss += loss;
            point.hits += correct;
            point.steps++;

            /* A point of the curve every tenth of an epoch. */
            if ((long)(s + 1) * points_per_epoch / steps_per_epoch !=
                    (long)s * points_per_epoch / steps_per_epoch &&
                add_point(r, (double)(step + 1) / steps_per_epoch, step + 1, &point, B) != 0) {
                return fail(error, "out of memory");
            }
            double t = now();
            if (!o->quiet && (t - last_print >= 2.0 || s + 1 == steps_per_epoch)) {
                progress(o, r, epoch, s, steps_per_epoch, step, total_steps, t0, eval_time,
                         window_loss / window_steps);
                window_loss = 0.0;
                window_steps = 0;
                last_print = t;
            }
        }
        double te = now();
        epoch_record *e = &r->epochs[r->nepochs];
        if (evaluate(r, r->test_order, r->eval_B, MODE_EVAL, r->pred_a, &e->test, error))
            return -1;
        eval_time += now() - te;
        e->train_loss = epoch_loss / steps_per_epoch;
        e->train_accuracy = (double)epoch_hits / ((double)steps_per_epoch * B);
        e->elapsed = now() - t0;
        r->nepochs++;
        r->final = e->test;
        if (!o->quiet)
            fprintf(
                stderr,
                "epoch %d/%d done  train loss %.4f acc %.4f  test loss %.4f acc %.4f\n",
                epoch, o->epochs, e->train_loss, e->train_accuracy, e->test.loss,
                e->test.accuracy);
    }
    r->train_seconds = now() - t0;
    return 0;
}

/*
A fingerprint of the trained weights (64-bit FNV-1a over their bytes): two
runs that print the same fingerprint almost certainly ended with bitwise the
same model (two different models share a 64-bit fingerprint with a chance of
about $2^{-64}$), and two different fingerprints certainly mean different
weights.
*/
static void fingerprint(run *r)
{
    uint64_t fnv = 1469598103934665603ull;
    const unsigned char *bytes = (const unsigned char *)r->m.params;
    for (size_t i = 0; i < r->m.nparams * sizeof(float); i++)
        fnv = (fnv ^ bytes[i]) * 1099511628211ull;
    snprintf(r->fingerprint, sizeof r->fingerprint, "%016llx", (unsigned long long)fnv);
}

/*
## Does the answer depend on the batch?

After training, the test set is evaluated again per batch size, once in the
file's order and once shuffled. A BatchNorm model normalises with the
statistics of each test batch here instead of the running ones; the other
variants run as at inference. Predictions that differ between the two orders
show that the answer for one image depends on which other images share its
batch.
*/
static int evaluate_batching(run *r, const options *o, message error)
{
    forward_mode mode = o->variant == NORM_BATCH ? MODE_EVAL_BATCH_STATS : MODE_EVAL;
    for (int i = 0; i < o->n_eval_batches; i++) {
        batching_record *b = &r->batching[r->nbatching];
        b->batch_size = o->eval_batches[i];
        if (evaluate(r, r->test_order, b->batch_size, mode, r->pred_a, &b->in_order, error) ||
            evaluate(r, r->shuffled, b->batch_size, mode, r->pred_b, &b->shuffled, error)) {
            char why[sizeof(message)];
            snprintf(why, sizeof why, "%s", error);
            return fail(error, "evaluation with batches of %d: %s",
                     b->batch_size, why);
        }
        int changed = 0;
        for (int k = 0; k < r->test.count; k++)
            changed += r->pred_a[k] != r->pred_b[k];
        b->changed = (double)changed / r->test.count;
        r->nbatching++;
        if (!o->quiet)
            fprintf(stderr,
                    "test batches of %d%s: acc %.4f (shuffled %.4f), %.2f%% of predictions "
                    "change with the order\n",
                    b->batch_size, mode == MODE_EVAL_BATCH_STATS ? ", batch statistics" : "",
                    b->in_order.accuracy, b->shuffled.accuracy, 100.0 * b->changed);
    }
    return 0;
}

/*
## Output files

The JSON file holds the exact configuration, every record above and the
fingerprint; the CSV file one row per curve point, with the test columns
filled at epoch ends. A file is written next to its destination and renamed
into place, so a run that fails or is interrupted never leaves half a file
behind.
*/
static json_t *config_json(const options *o, const run *r)
{
    json_t *c = json_object();
    json_object_set_new(c, "model", json_string(model_names[o->model]));
    json_object_set_new(c, "variant", json_string(variant_names[o->variant]));
    json_object_set_new(c, "batch_size", json_integer(o->batch_size));
    json_object_set_new(c, "epochs", json_integer(o->epochs));
    json_object_set_new(c, "seed", json_integer((json_int_t)o->seed));
    json_object_set_new(c, "optimizer", json_string(optim_names[o->optimizer]));
    json_object_set_new(c, "lr", json_real(o->lr));
    json_object_set_new(c, "schedule", json_string(o->cosine ? "cosine" : "constant"));
    json_object_set_new(c, "weight_decay", json_real(o->weight_decay));
    json_object_set_new(c, "train_examples", json_integer(r->train.count));
    json_object_set_new(c, "test_examples", json_integer(r->test.count));
    json_object_set_new(c, "data_dir", json_string(o->data_dir));
    json_object_set_new(c, "pixel_mean", json_real(r->pixel_mean));
    json_object_set_new(c, "pixel_std", json_real(r->pixel_std));
    json_object_set_new(c, "threads", json_integer(o->threads));
    json_object_set_new(c, "parameters", json_integer((json_int_t)r->m.nparams));
    json_object_set_new(c, "eps", json_real(r->m.config.eps));
    json_object_set_new(c, "bn_momentum", json_real(r->m.config.bn_momentum));
    if (o->model == MODEL_MLP)
        json_object_set_new(c, "hidden",
                            json_pack("[ii]", o->mlp_hidden[0], o->mlp_hidden[1]));
    else
        json_object_set_new(c, "layers",
                            json_pack("{s[ii]si}", "channels", o->cnn_channels[0],
                                      o->cnn_channels[1], "hidden", o->cnn_hidden));
    return c;
}

/* A number, or null where there is none (a gradient never sampled). */
static json_t *number(double v)
{
    return isfinite(v) ? json_real(v) : json_null();
}

static json_t *results_json(const options *o, const run *r)
{
    json_t *root = json_object();
    json_object_set_new(root, "program", json_string("train"));
    json_object_set_new(root, "config", config_json(o, r));
    /* The kernels OpenBLAS chose for this CPU (or were told to use, with
     * OPENBLAS_CORETYPE): other kernels sum in another order, and the
     * weights differ in their last bits, then more (experiments page). */
    json_object_set_new(root, "openblas_core", json_string(openblas_get_corename()));
    json_t *epochs = json_array();
    for (int i = 0; i < r->nepochs; i++) {
        const epoch_record *e = &r->epochs[i];
        json_array_append_new(
            epochs, json_pack("{sisfsfsfsfsf}", "epoch", i + 1, "train_loss", e->train_loss,
                              "train_accuracy", e->train_accuracy, "test_loss", e->test.loss,
                              "test_accuracy", e->test.accuracy, "elapsed_s", e->elapsed));
    }
    json_object_set_new(root, "epochs", epochs);
    json_t *curve = json_array();
    for (size_t i = 0; i < r->ncurve; i++) {
        const curve_point *p = &r->curve[i];
        json_array_append_new(
            curve, json_pack("{sfsIsfsfsososo}", "epoch", p->epoch, "step", (json_int_t)p->step,
                             "train_loss", p->train_loss, "train_accuracy", p->train_accuracy,
                             "grad_norm_first", number(p->grad_first), "active_units_first",
                             number(p->active_first), "grad_norm_last",
                             number(p->grad_last)));
    }
    json_object_set_new(root, "curve", curve);
    bool done = r->diverged_at == 0;
    json_t *final = json_pack(
        "{sosososfsfss}", "test_loss", done ? json_real(r->final.loss) : json_null(),
        "test_accuracy", done ? json_real(r->final.accuracy) : json_null(),
        "diverged_at_step", done ? json_null() : json_integer((json_int_t)r->diverged_at),
        "train_seconds", r->train_seconds, "cpu_seconds",
        clock_seconds(CLOCK_PROCESS_CPUTIME_ID), "weights_fnv1a64", r->fingerprint);
    json_object_set_new(root, "final", final);
    if (r->nbatching > 0) {
        json_t *batching = json_array();
        for (int i = 0; i < r->nbatching; i++) {
            const batching_record *b = &r->batching[i];
            json_array_append_new(
                batching,
                json_pack("{sisbsfsfsfsf}", "batch_size", b->batch_size, "batch_statistics",
                          o->variant == NORM_BATCH, "test_accuracy", b->in_order.accuracy,
                          "test_loss", b->in_order.loss, "test_accuracy_shuffled",
                          b->shuffled.accuracy, "changed_predictions", b->changed));
        }
        json_object_set_new(root, "batching", batching);
    }
    return root;
}

static FILE *open_tmp(const char *path, char tmp[4096], message error)
{
    snprintf(tmp, 4096, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (f == NULL)
        fail(error, "%s: cannot create (%s)", tmp, strerror(errno));
    return f;
}

static int commit_file(FILE *f, const char *tmp, const char *path, message error)
{
    int bad = ferror(f);
    if (fclose(f) != 0 || bad || rename(tmp, path) != 0) {
        fail(error, "%s: cannot write (%s)", path, strerror(errno));
        remove(tmp);
        return -1;
    }
    return 0;
}

static int write_json(const char *path, const options *o, const run *r, message error)
{
    json_t *root = results_json(o, r);
    if (root == NULL) {
        return fail(error, "%s: out of memory", path);
    }
    char tmp[4096];
    int status = -1;
    FILE *f = open_tmp(path, tmp, error);
    if (f != NULL) {
        if (json_dumpf(root, f, JSON_INDENT(1) | JSON_REAL_PRECISION(7)) != 0 ||
            fputc('\n', f) == EOF) {
            fail(error, "%s: cannot write (%s)", tmp, strerror(errno));
            fclose(f);
            remove(tmp);
        } else {
            status = commit_file(f, tmp, path, error);
        }
    }
    json_decref(root);
    return status;
}

/* The curve as CSV; an epoch's last point also carries that epoch's test score. */
static int write_csv(const char *path, const run *r, int points_per_epoch, message error)
{
    char tmp[4096];
    FILE *f = open_tmp(path, tmp, error);
    if (f == NULL)
        return -1;
    fprintf(f, "epoch,step,train_loss,train_accuracy,grad_norm_first,active_units_first,"
               "grad_norm_last,test_loss,test_accuracy\n");
    for (size_t i = 0; i < r->ncurve; i++) {
        const curve_point *p = &r->curve[i];
        fprintf(f, "%.3f,%ld,%.6f,%.6f", p->epoch, p->step, p->train_loss, p->train_accuracy);
        if (isfinite(p->grad_first)) /* no step of this stretch was measured: NaN */
            fprintf(f, ",%.6g,%.4g,%.6g", p->grad_first, p->active_first, p->grad_last);
        else
            fprintf(f, ",NaN,NaN,NaN");
        size_t epoch = (i + 1) / (size_t)points_per_epoch;
        if ((i + 1) % (size_t)points_per_epoch == 0 && epoch <= (size_t)r->nepochs)
            fprintf(f, ",%.6f,%.6f\n", r->epochs[epoch - 1].test.loss,
                    r->epochs[epoch - 1].test.accuracy);
        else
            fprintf(f, ",NaN,NaN\n");
    }
    return commit_file(f, tmp, path, error);
}

/*
## The program

Each step above returns 0, or -1 with a message; the first failure skips the
rest, and every path ends in the same cleanup.
*/
int main(int argc, char **argv)
{
    options o = parse_args(argc, argv);
    openblas_set_num_threads(o.threads);
    omp_set_num_threads(o.threads);
    run r = {0};
    message error = "";
    int status = load_data(&r, &o, error) || build(&r, &o, error) || train(&r, &o, error);
    if (status == 0) {
        fingerprint(&r);
        if (r.diverged_at == 0)
            status = evaluate_batching(&r, &o, error) != 0;
    }
    if (status == 0) {
        printf("%s-%s batch %d epochs %d seed %llu: ", model_names[o.model],
               variant_names[o.variant], o.batch_size, o.epochs,
               (unsigned long long)o.seed);
        if (r.diverged_at)
            printf("diverged at step %ld", r.diverged_at);
        else
            printf("test accuracy %.4f, test loss %.4f", r.final.accuracy, r.final.loss);
        printf(", %.1f s, weights %s\n", r.train_seconds, r.fingerprint);
        int steps = r.train.count / o.batch_size;
        status = (o.out_json && write_json(o.out_json, &o, &r, error) != 0) ||
                 (o.out_csv && write_csv(o.out_csv, &r, steps < 10 ? steps : 10, error) != 0);
    }
    if (status != 0)
        fprintf(stderr, "train: %s\n", error);
    run_free(&r);
    return status;
}
