/*
---
title: Fashion-MNIST in memory
summary: Images and labels loaded from the IDX files, checked against each other, and standardised.
---

# Fashion-MNIST in memory

Fashion-MNIST has 60,000 training and 10,000 test images of clothes, 28 × 28
grey levels, in 10 classes (T-shirt, trouser, pullover, dress, coat, sandal,
shirt, sneaker, bag, ankle boot). We keep a whole split in memory as floats:
60,000 × 784 × 4 bytes is 188 MB.
*/
#ifndef DATASET_H
#define DATASET_H

#include <stdint.h>

#include "idx.h"

#define DATASET_CLASSES 10

typedef struct {
    int count;       /* number of examples */
    int rows, cols;  /* image size, 28 × 28 */
    float *images;   /* count × rows·cols, pixel values (see dataset_standardize) */
    uint8_t *labels; /* count, each below DATASET_CLASSES */
} dataset;

/*
Loads an images file and a labels file (IDX, gzip'd or plain). Checks that the
images are 3-D, the labels 1-D, that both hold the same number of examples and
that every label is a class. `limit` > 0 keeps only the first `limit` examples.
Pixels become floats in $[0, 1]$. Returns 0, or -1 with a message naming the
file.
*/
int dataset_load(dataset *d, const char *images_path, const char *labels_path,
                 int limit, char error[IDX_ERROR_SIZE]);

/* Mean and standard deviation of all pixels of `d`. */
void dataset_pixel_stats(const dataset *d, float *mean, float *std);

/* $x \leftarrow (x - \text{mean}) / \text{std}$ for every pixel. */
void dataset_standardize(dataset *d, float mean, float std);

void dataset_free(dataset *d);

#endif
