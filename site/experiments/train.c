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
the order of the examples in each epoch from another. OpenBLAS and the
OpenMP loops of the normalization libraries run on `--threads` threads (1 by
default); with a fixed seed and thread count, two runs give the same numbers
bit for bit, and the JSON output ends with a fingerprint of the trained
weights that shows it.
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
    int eval_batches[MAX_EVAL_BATCHES]; /* BN at inference: batch sizes to try */
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
"      --bn-eval-batches=LIST  BN only: after training, also evaluate with the\n"
"                           statistics of test batches of these sizes;\n"
"                           default 2,8,32,128 ('none' to skip)\n"
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
        bad_option("--bn-eval-batches: list too long");
    strcpy(buf, s);
    for (char *save = NULL, *tok = strtok_r(buf, ",", &save); tok;
         tok = strtok_r(NULL, ",", &save)) {
        if (o->n_eval_batches == MAX_EVAL_BATCHES)
            bad_option("--bn-eval-batches: at most %d sizes", MAX_EVAL_BATCHES);
        o->eval_batches[o->n_eval_batches++] =
            (int)parse_int("bn-eval-batches", tok, 1, 10000);
    }
    if (o->n_eval_batches == 0)
        bad_option("--bn-eval-batches: '%s' lists no sizes", s);
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
        {"bn-eval-batches", required_argument, NULL, OPT_EVAL},
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
which other programs running on the same machine do not inflate.
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
typedef struct {
    double loss;
    double accuracy;
} score;

static int evaluate(model *m, const dataset *d, const int *index, int B,
                    forward_mode mode, float *x, uint8_t *y, uint8_t *predicted,
                    score *s, char error[256])
{
    double loss = 0.0;
    long hits = 0;
    int n = d->count;
    for (int start = 0; start < n;) {
        int b = n - start < B ? n - start : B;
        if (mode == MODE_EVAL_BATCH_STATS && n - start - b == 1 &&
            b + 1 <= m->max_batch)
            b++;
        gather(x, y, d, index + start, b);
        const float *logits = model_forward(m, x, b, mode, error);
        if (logits == NULL)
            return -1;
        int correct;
        float batch_loss =
            softmax_cross_entropy(NULL, logits, y, b, DATASET_CLASSES, &correct);
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
## Output files

A result file is written next to its destination and renamed into place, so
a run that fails or is interrupted never leaves half a file behind.
*/
static int commit_file(FILE *f, const char *tmp, const char *path)
{
    int bad = ferror(f);
    if (fclose(f) != 0 || bad || rename(tmp, path) != 0) {
        fprintf(stderr, "train: %s: cannot write (%s)\n", path, strerror(errno));
        remove(tmp);
        return -1;
    }
    return 0;
}

static FILE *open_tmp(const char *path, char tmp[4096])
{
    snprintf(tmp, 4096, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (f == NULL)
        fprintf(stderr, "train: %s: cannot create (%s)\n", tmp, strerror(errno));
    return f;
}

static json_t *config_json(const options *o, const model *m, const dataset *train,
                           const dataset *test, float mean, float std)
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
    json_object_set_new(c, "train_examples", json_integer(train->count));
    json_object_set_new(c, "test_examples", json_integer(test->count));
    json_object_set_new(c, "data_dir", json_string(o->data_dir));
    json_object_set_new(c, "pixel_mean", json_real(mean));
    json_object_set_new(c, "pixel_std", json_real(std));
    json_object_set_new(c, "threads", json_integer(o->threads));
    json_object_set_new(c, "parameters", json_integer((json_int_t)m->nparams));
    json_object_set_new(c, "eps", json_real(m->config.eps));
    json_object_set_new(c, "bn_momentum", json_real(m->config.bn_momentum));
    if (o->model == MODEL_MLP)
        json_object_set_new(c, "hidden",
                            json_pack("[ii]", o->mlp_hidden[0], o->mlp_hidden[1]));
    else
        json_object_set_new(c, "layers",
                            json_pack("{s[ii]si}", "channels", o->cnn_channels[0],
                                      o->cnn_channels[1], "hidden", o->cnn_hidden));
    return c;
}

/*
## The program

Load, standardise with the training set's pixel statistics, build the model,
then for each epoch: shuffle, step through the batches, evaluate on the test
set. One step is: forward, softmax cross-entropy, backward, optimiser update
with the scheduled learning rate. The last incomplete batch of an epoch is
dropped, so every step sees exactly `B` examples.
*/
int main(int argc, char **argv)
{
    options o = parse_args(argc, argv);
    openblas_set_num_threads(o.threads);
    omp_set_num_threads(o.threads);
    char error[512];
    char images[4096], labels[4096];
    dataset train, test;
    snprintf(images, sizeof images, "%s/train-images-idx3-ubyte.gz", o.data_dir);
    snprintf(labels, sizeof labels, "%s/train-labels-idx1-ubyte.gz", o.data_dir);
    if (dataset_load(&train, images, labels, o.train_limit, error) != 0) {
        fprintf(stderr, "train: %s\n", error);
        return 1;
    }
    snprintf(images, sizeof images, "%s/t10k-images-idx3-ubyte.gz", o.data_dir);
    snprintf(labels, sizeof labels, "%s/t10k-labels-idx1-ubyte.gz", o.data_dir);
    if (dataset_load(&test, images, labels, o.test_limit, error) != 0) {
        fprintf(stderr, "train: %s\n", error);
        dataset_free(&train);
        return 1;
    }
    if (test.rows != train.rows || test.cols != train.cols) {
        fprintf(stderr, "train: %s: images are %d×%d, the training images %d×%d\n",
                images, test.rows, test.cols, train.rows, train.cols);
        return 1;
    }
    int B = o.batch_size;
    if (B > train.count) {
        fprintf(stderr,
                "train: --batch-size %d is larger than the %d training examples\n", B,
                train.count);
        return 1;
    }
    float mean, std;
    dataset_pixel_stats(&train, &mean, &std);
    dataset_standardize(&train, mean, std);
    dataset_standardize(&test, mean, std);

    model_config mc = model_default_config(o.model, o.variant);
    memcpy(mc.mlp_hidden, o.mlp_hidden, sizeof mc.mlp_hidden);
    memcpy(mc.cnn_channels, o.cnn_channels, sizeof mc.cnn_channels);
    mc.cnn_hidden = o.cnn_hidden;
    mc.height = train.rows;
    mc.width = train.cols;
    int eval_B = 250, max_batch = B > eval_B ? B : eval_B;
    for (int i = 0; i < o.n_eval_batches; i++)
        max_batch =
            o.eval_batches[i] + 1 > max_batch ? o.eval_batches[i] + 1 : max_batch;
    model m;
    if (model_create(&m, &mc, max_batch, o.seed, error) != 0) {
        fprintf(stderr, "train: %s\n", error);
        return 1;
    }
    optimizer opt;
    if (optim_init(&opt, o.optimizer, m.nparams) != 0) {
        fprintf(stderr, "train: out of memory\n");
        return 1;
    }
    opt.weight_decay = o.weight_decay;

    size_t pixels = (size_t)train.rows * train.cols;
    float *x = malloc((size_t)max_batch * pixels * sizeof(float));
    uint8_t *y = malloc((size_t)max_batch);
    float *dlogits = malloc((size_t)max_batch * DATASET_CLASSES * sizeof(float));
    int *order = malloc((size_t)train.count * sizeof(int));
    int *test_order = malloc((size_t)test.count * sizeof(int));
    uint8_t *pred_a = malloc((size_t)test.count), *pred_b = malloc((size_t)test.count);
    if (!x || !y || !dlogits || !order || !test_order || !pred_a || !pred_b) {
        fprintf(stderr, "train: out of memory\n");
        return 1;
    }
    for (int i = 0; i < test.count; i++)
        test_order[i] = i;

    json_t *root = json_object();
    json_object_set_new(root, "program", json_string("train"));
    json_object_set_new(root, "config", config_json(&o, &m, &train, &test, mean, std));
    json_t *epochs_json = json_array();
    json_t *curve_json = json_array();

    /*
    ### The loop

    Progress lines show the epoch, the step, the mean loss since the last line,
    the time so far and the time left. The time left is the time per step so
    far times the steps to go, plus as many test evaluations as remain at the
    average cost of those done.
    */
    int steps_per_epoch = train.count / B;
    long total_steps = (long)steps_per_epoch * o.epochs, step = 0;
    int points_per_epoch = steps_per_epoch < 10 ? steps_per_epoch : 10;
    rng shuffle_rng = rng_seed(o.seed, 2);
    double t0 = now(), last_print = t0, eval_time = 0.0;
    double point_loss = 0.0;
    int point_steps = 0;
    score final = {0, 0};
    for (int i = 0; i < train.count; i++)
        order[i] = i;
    for (int epoch = 1; epoch <= o.epochs; epoch++) {
        rng_shuffle(&shuffle_rng, order, (size_t)train.count);
        double epoch_loss = 0.0, window_loss = 0.0;
        long epoch_hits = 0;
        int window_steps = 0;
        for (int s = 0; s < steps_per_epoch; s++, step++) {
            gather(x, y, &train, order + (size_t)s * B, B);
            const float *logits = model_forward(&m, x, B, MODE_TRAIN, error);
            if (logits == NULL) {
                fprintf(stderr, "train: %s\n", error);
                return 1;
            }
            int correct;
            float loss =
                softmax_cross_entropy(dlogits, logits, y, B, DATASET_CLASSES, &correct);
            if (!isfinite(loss)) {
                fprintf(stderr,
                        "train: the loss became %f at epoch %d step %d; "
                        "try a smaller --lr\n",
                        loss, epoch, s + 1);
                return 1;
            }
            if (model_backward(&m, x, dlogits, B, error) != 0) {
                fprintf(stderr, "train: %s\n", error);
                return 1;
            }
            optim_step(&opt, m.params, m.grads,
                       lr_at(o.lr, step, total_steps, o.cosine));
            epoch_loss += loss;
            epoch_hits += correct;
            window_loss += loss;
            window_steps++;
            point_loss += loss;
            point_steps++;

            /* A point of the curve every tenth of an epoch. */
            if ((long)(s + 1) * points_per_epoch / steps_per_epoch !=
                (long)s * points_per_epoch / steps_per_epoch) {
                json_array_append_new(
                    curve_json,
                    json_pack("{sfsIsf}", "epoch", (double)(step + 1) / steps_per_epoch,
                              "step", (json_int_t)(step + 1), "train_loss",
                              point_loss / point_steps));
                point_loss = 0.0;
                point_steps = 0;
            }
            double t = now();
            if (!o.quiet && (t - last_print >= 2.0 || s + 1 == steps_per_epoch)) {
                double per_step = (t - t0 - eval_time) / (double)(step + 1);
                double per_eval =
                    epoch > 1 ? eval_time / (epoch - 1) : per_step * test.count / B / 3;
                double left = per_step * (double)(total_steps - step - 1) +
                              per_eval * (o.epochs - epoch + 1);
                char e[32], l[32];
                fprintf(
                    stderr, "epoch %d/%d  step %d/%d  loss %.4f  elapsed %s  left %s\n",
                    epoch, o.epochs, s + 1, steps_per_epoch, window_loss / window_steps,
                    duration(e, t - t0), duration(l, left));
                window_loss = 0.0;
                window_steps = 0;
                last_print = t;
            }
        }
        double te = now();
        score sc;
        if (evaluate(&m, &test, test_order, eval_B, MODE_EVAL, x, y, pred_a, &sc,
                     error)) {
            fprintf(stderr, "train: %s\n", error);
            return 1;
        }
        eval_time += now() - te;
        final = sc;
        double train_loss = epoch_loss / steps_per_epoch;
        double train_acc = (double)epoch_hits / ((double)steps_per_epoch * B);
        json_array_append_new(epochs_json,
                              json_pack("{sisfsfsfsfsf}", "epoch", epoch, "train_loss",
                                        train_loss, "train_accuracy", train_acc,
                                        "test_loss", sc.loss, "test_accuracy",
                                        sc.accuracy, "elapsed_s", now() - t0));
        if (!o.quiet)
            fprintf(
                stderr,
                "epoch %d/%d done  train loss %.4f acc %.4f  test loss %.4f acc %.4f\n",
                epoch, o.epochs, train_loss, train_acc, sc.loss, sc.accuracy);
    }
    /*
    A fingerprint of the trained weights (64-bit FNV-1a over their bytes): two
    runs that print the same fingerprint ended with bitwise the same model.
    */
    double train_seconds = now() - t0;
    uint64_t fnv = 1469598103934665603ull;
    const unsigned char *bytes = (const unsigned char *)m.params;
    for (size_t i = 0; i < m.nparams * sizeof(float); i++)
        fnv = (fnv ^ bytes[i]) * 1099511628211ull;
    char fingerprint[17];
    snprintf(fingerprint, sizeof fingerprint, "%016llx", (unsigned long long)fnv);
    json_object_set_new(root, "epochs", epochs_json);
    json_object_set_new(root, "curve", curve_json);
    json_object_set_new(root, "final",
                        json_pack("{sfsfsfsfss}", "test_loss", final.loss,
                                  "test_accuracy", final.accuracy, "train_seconds",
                                  train_seconds, "cpu_seconds",
                                  clock_seconds(CLOCK_PROCESS_CPUTIME_ID),
                                  "weights_fnv1a64", fingerprint));

    /*
    ### BatchNorm at inference

    After training, a BN model is evaluated twice more per batch size: with
    the statistics of each test batch instead of the running ones, once in the
    file's order and once shuffled. Predictions that differ between the two
    orders show that, with batch statistics, the answer for one image depends
    on which other images share its batch.
    */
    if (o.variant == NORM_BATCH && o.n_eval_batches > 0) {
        json_t *bn = json_array();
        int *shuffled = malloc((size_t)test.count * sizeof(int));
        if (shuffled == NULL) {
            fprintf(stderr, "train: out of memory\n");
            return 1;
        }
        for (int i = 0; i < test.count; i++)
            shuffled[i] = i;
        rng r = rng_seed(o.seed, 3);
        rng_shuffle(&r, shuffled, (size_t)test.count);
        json_array_append_new(bn, json_pack("{sssisfsfsf}", "statistics", "running",
                                            "batch_size", eval_B, "test_accuracy",
                                            final.accuracy, "test_loss", final.loss,
                                            "changed_predictions", 0.0));
        for (int i = 0; i < o.n_eval_batches; i++) {
            score sa, sb;
            int eb = o.eval_batches[i];
            if (evaluate(&m, &test, test_order, eb, MODE_EVAL_BATCH_STATS, x, y, pred_a,
                         &sa, error) != 0 ||
                evaluate(&m, &test, shuffled, eb, MODE_EVAL_BATCH_STATS, x, y, pred_b,
                         &sb, error) != 0) {
                fprintf(stderr, "train: BN evaluation with batches of %d: %s\n", eb,
                        error);
                return 1;
            }
            int changed = 0;
            for (int k = 0; k < test.count; k++)
                changed += pred_a[k] != pred_b[k];
            json_array_append_new(
                bn, json_pack("{sssisfsfsfsf}", "statistics", "batch", "batch_size", eb,
                              "test_accuracy", sa.accuracy, "test_loss", sa.loss,
                              "test_accuracy_shuffled", sb.accuracy,
                              "changed_predictions", (double)changed / test.count));
            if (!o.quiet)
                fprintf(
                    stderr,
                    "BN with batch statistics, test batches of %d: acc %.4f "
                    "(shuffled %.4f), %.2f%% of predictions change with the order\n",
                    eb, sa.accuracy, sb.accuracy, 100.0 * changed / test.count);
        }
        free(shuffled);
        json_object_set_new(root, "bn_inference", bn);
    }

    printf("%s-%s batch %d epochs %d seed %llu: test accuracy %.4f, test loss %.4f, "
           "%.1f s, "
           "weights %s\n",
           model_names[o.model], variant_names[o.variant], B, o.epochs,
           (unsigned long long)o.seed, final.accuracy, final.loss, train_seconds,
           fingerprint);

    int status = 0;
    char tmp[4096];
    if (o.out_json != NULL) {
        FILE *f = open_tmp(o.out_json, tmp);
        if (f == NULL ||
            json_dumpf(root, f, JSON_INDENT(1) | JSON_REAL_PRECISION(7)) != 0 ||
            fputc('\n', f) == EOF || commit_file(f, tmp, o.out_json) != 0)
            status = 1;
    }
    if (o.out_csv != NULL) {
        FILE *f = open_tmp(o.out_csv, tmp);
        if (f == NULL) {
            status = 1;
        } else {
            /* One row per curve point; the test columns are filled at epoch ends. */
            fprintf(f, "epoch,step,train_loss,test_loss,test_accuracy\n");
            size_t i;
            json_t *p;
            json_array_foreach(curve_json, i, p)
            {
                double ep = json_real_value(json_object_get(p, "epoch"));
                fprintf(f, "%.3f,%lld,%.6f", ep,
                        (long long)json_integer_value(json_object_get(p, "step")),
                        json_real_value(json_object_get(p, "train_loss")));
                long k = lround(ep);
                if (fabs(ep - (double)k) < 1e-9 && k >= 1) {
                    json_t *e = json_array_get(epochs_json, (size_t)k - 1);
                    fprintf(f, ",%.6f,%.6f\n",
                            json_real_value(json_object_get(e, "test_loss")),
                            json_real_value(json_object_get(e, "test_accuracy")));
                } else {
                    fprintf(f, ",NaN,NaN\n");
                }
            }
            if (commit_file(f, tmp, o.out_csv) != 0)
                status = 1;
        }
    }
    json_decref(root);
    optim_free(&opt);
    model_free(&m);
    dataset_free(&train);
    dataset_free(&test);
    free(x);
    free(y);
    free(dlogits);
    free(order);
    free(test_order);
    free(pred_a);
    free(pred_b);
    return status;
}
