/*
---
title: Loading Fashion-MNIST
summary: Two IDX files become one data set; their sizes must agree.
---

# Loading Fashion-MNIST
*/
#include "dataset.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
The images file must be $n \times r \times c$ and the labels file $n$, with the
same $n$; a mismatch means one of them belongs to another split or is damaged.
*/
int dataset_load(dataset *d, const char *images_path, const char *labels_path,
                 int limit, char error[IDX_ERROR_SIZE])
{
    memset(d, 0, sizeof *d);
    idx_array images, labels;
    if (idx_read(images_path, &images, error) != 0)
        return -1;
    if (idx_read(labels_path, &labels, error) != 0) {
        idx_free(&images);
        return -1;
    }
    int ok = 0;
    if (images.ndims != 3)
        snprintf(error, IDX_ERROR_SIZE,
                 "%s: expected 3 dimensions (count, rows, columns), found %d",
                 images_path, images.ndims);
    else if (labels.ndims != 1)
        snprintf(error, IDX_ERROR_SIZE, "%s: expected 1 dimension (count), found %d",
                 labels_path, labels.ndims);
    else if (images.dims[0] != labels.dims[0])
        snprintf(error, IDX_ERROR_SIZE, "%s: %u labels, but %s has %u images",
                 labels_path, (unsigned)labels.dims[0], images_path,
                 (unsigned)images.dims[0]);
    else if (images.dims[0] > 0x7fffffffu || images.dims[1] > 4096 ||
             images.dims[2] > 4096)
        snprintf(error, IDX_ERROR_SIZE, "%s: sizes %u × %u × %u are too large",
                 images_path, (unsigned)images.dims[0], (unsigned)images.dims[1],
                 (unsigned)images.dims[2]);
    else
        ok = 1;
    for (size_t i = 0; ok && i < labels.count; i++) {
        if (labels.data[i] >= DATASET_CLASSES) {
            snprintf(error, IDX_ERROR_SIZE,
                     "%s: label %u of example %zu is not a class (0 to %d)",
                     labels_path, labels.data[i], i, DATASET_CLASSES - 1);
            ok = 0;
        }
    }
    if (!ok) {
        idx_free(&images);
        idx_free(&labels);
        return -1;
    }

    int n = (int)images.dims[0];
    if (limit > 0 && limit < n)
        n = limit;
    size_t pixels = (size_t)images.dims[1] * images.dims[2];
    d->images = malloc((size_t)n * pixels * sizeof(float));
    d->labels = malloc((size_t)n);
    if (d->images == NULL || d->labels == NULL) {
        snprintf(error, IDX_ERROR_SIZE, "%s: out of memory", images_path);
        free(d->images);
        free(d->labels);
        memset(d, 0, sizeof *d);
        idx_free(&images);
        idx_free(&labels);
        return -1;
    }
    d->count = n;
    d->rows = (int)images.dims[1];
    d->cols = (int)images.dims[2];
    for (size_t i = 0; i < (size_t)n * pixels; i++)
        d->images[i] = images.data[i] * (1.0f / 255.0f);
    memcpy(d->labels, labels.data, (size_t)n);
    idx_free(&images);
    idx_free(&labels);
    return 0;
}

/*
## Standardising

Inputs with mean 0 and variance 1 suit the initialisation of the first layer
(its weights are scaled for unit-variance inputs). We compute the mean and
standard deviation over the training pixels loaded (all 60,000 images unless
`--train-limit` says fewer), in double, and apply the same two numbers to the
test set: the test set must not leak into the preprocessing. For all 60,000
training images of Fashion-MNIST they are about 0.286 and 0.353; for the first
10,000, 0.286 and 0.354.
*/
void dataset_pixel_stats(const dataset *d, float *mean, float *std)
{
    size_t n = (size_t)d->count * (size_t)d->rows * (size_t)d->cols;
    double sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += d->images[i];
    double m = n ? sum / (double)n : 0;
    double ss = 0;
    for (size_t i = 0; i < n; i++)
        ss += (d->images[i] - m) * (d->images[i] - m);
    *mean = (float)m;
    *std = n ? (float)sqrt(ss / (double)n) : 1.0f;
}

void dataset_standardize(dataset *d, float mean, float std)
{
    size_t n = (size_t)d->count * (size_t)d->rows * (size_t)d->cols;
    float inv = 1.0f / std;
    for (size_t i = 0; i < n; i++)
        d->images[i] = (d->images[i] - mean) * inv;
}

void dataset_free(dataset *d)
{
    free(d->images);
    free(d->labels);
    memset(d, 0, sizeof *d);
}
