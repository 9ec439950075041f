// Invalid arguments: each is refused with its own status and a message that
// names the function and the argument, before anything is written. Outputs are
// filled with a sentinel beforehand and must still hold it afterwards; the
// batch norm state must be unchanged. Run under ASan/UBSan this also shows
// that no bad argument leads to an out-of-bounds access.
#include "batch_norm.h"
#include "compare.h"
#include "layer_norm.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define SENTINEL -12345.0f
enum { ROWS = 3, D = 4, N = 2, C = 3, S = 2 };

static float x[24], y[24], dy[24], dx[24], g[8], b[8], mean[8], rstd[8], dg[8], db[8], rm[8], rv[8];

static void reset(void)
{
    for (int i = 0; i < 24; i++) { x[i] = (float)i * 0.25f; dy[i] = 1.0f; y[i] = dx[i] = SENTINEL; }
    for (int i = 0; i < 8; i++) { g[i] = 1.0f; b[i] = 0.0f; mean[i] = rstd[i] = dg[i] = db[i] = SENTINEL; }
}

static int untouched(void)
{
    for (int i = 0; i < 24; i++) if (y[i] != SENTINEL || dx[i] != SENTINEL) return 0;
    for (int i = 0; i < 8; i++)
        if (mean[i] != SENTINEL || rstd[i] != SENTINEL || dg[i] != SENTINEL || db[i] != SENTINEL) return 0;
    return 1;
}

// The call returned `want`, set a message containing `needle`, and wrote nothing.
// (The message is read through a pointer after the call has returned.)
static int refused(test_tally *t, const char *name, int got, const char **mp, int want, const char *needle)
{
    const char *msg = *mp;
    int ok = got == want && msg && strstr(msg, needle) && untouched();
    if (!ok) fprintf(stderr, "%s: status %d (want %d), message '%s' (want '%s')\n", name, got, want,
                     msg ? msg : "(null)", needle);
    tally(t, name, ok);
    reset();
    return ok;
}

int main(void)
{
    test_tally t = {0, 0};
    const char *m;
    reset();

    // Layer norm forward.
    m = NULL; refused(&t, "ln fwd y NULL", layer_norm_forward(NULL, mean, rstd, x, g, b, ROWS, D, 1e-5f, &m), &m, LAYER_NORM_ERR_NULL, "y is NULL");
    m = NULL; refused(&t, "ln fwd x NULL", layer_norm_forward(y, mean, rstd, NULL, g, b, ROWS, D, 1e-5f, &m), &m, LAYER_NORM_ERR_NULL, "x is NULL");
    m = NULL; refused(&t, "ln fwd rows 0", layer_norm_forward(y, mean, rstd, x, g, b, 0, D, 1e-5f, &m), &m, LAYER_NORM_ERR_SIZE, "rows or D");
    m = NULL; refused(&t, "ln fwd D 0", layer_norm_forward(y, mean, rstd, x, g, b, ROWS, 0, 1e-5f, &m), &m, LAYER_NORM_ERR_SIZE, "rows or D");
    m = NULL; refused(&t, "ln fwd rows*D overflow", layer_norm_forward(y, mean, rstd, x, g, b, SIZE_MAX / 2, 3, 1e-5f, &m), &m, LAYER_NORM_ERR_SIZE, "overflows");
    m = NULL; refused(&t, "ln fwd eps negative", layer_norm_forward(y, mean, rstd, x, g, b, ROWS, D, -1e-5f, &m), &m, LAYER_NORM_ERR_EPS, "eps");
    m = NULL; refused(&t, "ln fwd eps NaN", layer_norm_forward(y, mean, rstd, x, g, b, ROWS, D, NAN, &m), &m, LAYER_NORM_ERR_EPS, "eps");
    m = NULL; refused(&t, "ln fwd eps Inf", layer_norm_forward(y, mean, rstd, x, g, b, ROWS, D, INFINITY, &m), &m, LAYER_NORM_ERR_EPS, "eps");
    // NULL message pointer is allowed; the status still says what happened.
    tally(&t, "ln fwd message NULL", layer_norm_forward(NULL, mean, rstd, x, g, b, ROWS, D, 1e-5f, NULL) == LAYER_NORM_ERR_NULL && untouched());
    // Optional outputs may be NULL; eps = 0 is allowed.
    tally(&t, "ln fwd mean/rstd/gain/bias NULL ok", layer_norm_forward(y, NULL, NULL, x, NULL, NULL, ROWS, D, 0.0f, &m) == LAYER_NORM_OK && m == NULL && y[0] != SENTINEL);
    reset();

    // Layer norm backward.
    layer_norm_forward(y, mean, rstd, x, g, b, ROWS, D, 1e-5f, NULL);
    float saved_mean[ROWS], saved_rstd[ROWS];
    memcpy(saved_mean, mean, sizeof saved_mean);
    memcpy(saved_rstd, rstd, sizeof saved_rstd);
    reset();
    m = NULL; refused(&t, "ln bwd dx NULL", layer_norm_backward(NULL, dg, db, dy, x, saved_mean, saved_rstd, g, ROWS, D, &m), &m, LAYER_NORM_ERR_NULL, "dx is NULL");
    m = NULL; refused(&t, "ln bwd dy NULL", layer_norm_backward(dx, dg, db, NULL, x, saved_mean, saved_rstd, g, ROWS, D, &m), &m, LAYER_NORM_ERR_NULL, "dy is NULL");
    m = NULL; refused(&t, "ln bwd x NULL", layer_norm_backward(dx, dg, db, dy, NULL, saved_mean, saved_rstd, g, ROWS, D, &m), &m, LAYER_NORM_ERR_NULL, "x is NULL");
    m = NULL; refused(&t, "ln bwd mean NULL", layer_norm_backward(dx, dg, db, dy, x, NULL, saved_rstd, g, ROWS, D, &m), &m, LAYER_NORM_ERR_NULL, "mean is NULL");
    m = NULL; refused(&t, "ln bwd rstd NULL", layer_norm_backward(dx, dg, db, dy, x, saved_mean, NULL, g, ROWS, D, &m), &m, LAYER_NORM_ERR_NULL, "rstd is NULL");
    m = NULL; refused(&t, "ln bwd D 0", layer_norm_backward(dx, dg, db, dy, x, saved_mean, saved_rstd, g, ROWS, 0, &m), &m, LAYER_NORM_ERR_SIZE, "rows or D");
    m = NULL; refused(&t, "ln bwd overflow", layer_norm_backward(dx, dg, db, dy, x, saved_mean, saved_rstd, g, 3, SIZE_MAX / 2, &m), &m, LAYER_NORM_ERR_SIZE, "overflows");
    tally(&t, "ln status strings", strcmp(layer_norm_status_string(LAYER_NORM_ERR_EPS), "bad eps") == 0 &&
                                       strcmp(layer_norm_status_string(99), "unknown status") == 0);

    // Batch norm: state init.
    batch_norm_state st;
    m = NULL; refused(&t, "bn init state NULL", batch_norm_state_init(NULL, C, rm, rv, &m), &m, BATCH_NORM_ERR_NULL, "state is NULL");
    m = NULL; refused(&t, "bn init C 0", batch_norm_state_init(&st, 0, rm, rv, &m), &m, BATCH_NORM_ERR_SIZE, "C is zero");
    m = NULL; refused(&t, "bn init one running array", batch_norm_state_init(&st, C, rm, NULL, &m), &m, BATCH_NORM_ERR_NULL, "running_var");

    // Batch norm forward and backward: each bad state field and argument.
    struct {
        const char *name;
        void (*spoil)(batch_norm_state *);
        int status;
        const char *needle;
    } bad_state[] = {
        {"C 0", NULL, BATCH_NORM_ERR_SIZE, "state->C is zero"},
        {"eps negative", NULL, BATCH_NORM_ERR_EPS, "state->eps"},
        {"eps NaN", NULL, BATCH_NORM_ERR_EPS, "state->eps"},
        {"momentum NaN", NULL, BATCH_NORM_ERR_MOMENTUM, "state->momentum"},
        {"momentum 1.5", NULL, BATCH_NORM_ERR_MOMENTUM, "state->momentum"},
        {"momentum -0.1", NULL, BATCH_NORM_ERR_MOMENTUM, "state->momentum"},
        {"running_var NULL", NULL, BATCH_NORM_ERR_NULL, "running_var is NULL"},
    };
    for (int k = 0; k < 7; k++) {
        for (int pass = 0; pass < 2; pass++) {
            batch_norm_state_init(&st, C, rm, rv, NULL);
            switch (k) {
            case 0: st.C = 0; break;
            case 1: st.eps = -1.0f; break;
            case 2: st.eps = NAN; break;
            case 3: st.momentum = NAN; break;
            case 4: st.momentum = 1.5f; break;
            case 5: st.momentum = -0.1f; break;
            case 6: st.running_var = NULL; break;
            }
            batch_norm_state before = st;
            char name[96];
            snprintf(name, sizeof name, "bn %s %s", pass ? "bwd" : "fwd", bad_state[k].name);
            m = NULL;
            int rc = pass ? batch_norm_backward(&st, dx, dg, db, dy, x, g, g, g, N, S, true, &m)
                          : batch_norm_forward(&st, y, mean, rstd, x, g, b, N, S, true, &m);
            int same = memcmp(&before, &st, sizeof st) == 0;
            if (!same) tally(&t, "bn state unchanged after refusal", 0);
            refused(&t, name, rc, &m, bad_state[k].status, bad_state[k].needle);
        }
    }
    batch_norm_state_init(&st, C, rm, rv, NULL);
    m = NULL; refused(&t, "bn fwd state NULL", batch_norm_forward(NULL, y, mean, rstd, x, g, b, N, S, true, &m), &m, BATCH_NORM_ERR_NULL, "state is NULL");
    m = NULL; refused(&t, "bn fwd x NULL", batch_norm_forward(&st, y, mean, rstd, NULL, g, b, N, S, true, &m), &m, BATCH_NORM_ERR_NULL, "x is NULL");
    m = NULL; refused(&t, "bn fwd y NULL", batch_norm_forward(&st, NULL, mean, rstd, x, g, b, N, S, true, &m), &m, BATCH_NORM_ERR_NULL, "y is NULL");
    m = NULL; refused(&t, "bn fwd gain NULL", batch_norm_forward(&st, y, mean, rstd, x, NULL, b, N, S, true, &m), &m, BATCH_NORM_ERR_NULL, "gain is NULL");
    m = NULL; refused(&t, "bn fwd bias NULL", batch_norm_forward(&st, y, mean, rstd, x, g, NULL, N, S, true, &m), &m, BATCH_NORM_ERR_NULL, "bias is NULL");
    m = NULL; refused(&t, "bn fwd N 0", batch_norm_forward(&st, y, mean, rstd, x, g, b, 0, S, true, &m), &m, BATCH_NORM_ERR_SIZE, "N, S");
    m = NULL; refused(&t, "bn fwd S 0", batch_norm_forward(&st, y, mean, rstd, x, g, b, N, 0, true, &m), &m, BATCH_NORM_ERR_SIZE, "N, S");
    m = NULL; refused(&t, "bn fwd N*C*S overflow", batch_norm_forward(&st, y, mean, rstd, x, g, b, SIZE_MAX / 4, 2, true, &m), &m, BATCH_NORM_ERR_SIZE, "overflows");
    m = NULL; refused(&t, "bn fwd one value", batch_norm_forward(&st, y, mean, rstd, x, g, b, 1, 1, true, &m), &m, BATCH_NORM_ERR_ONE_VALUE, "more than 1 value");
    tally(&t, "bn fwd refusals left the state alone", st.num_batches_tracked == 0 && rm[0] == 0.0f && rv[0] == 1.0f);
    m = NULL; refused(&t, "bn bwd dx NULL", batch_norm_backward(&st, NULL, dg, db, dy, x, g, g, g, N, S, true, &m), &m, BATCH_NORM_ERR_NULL, "dx is NULL");
    m = NULL; refused(&t, "bn bwd dy NULL", batch_norm_backward(&st, dx, dg, db, NULL, x, g, g, g, N, S, true, &m), &m, BATCH_NORM_ERR_NULL, "dy is NULL");
    m = NULL; refused(&t, "bn bwd mean NULL", batch_norm_backward(&st, dx, dg, db, dy, x, NULL, g, g, N, S, true, &m), &m, BATCH_NORM_ERR_NULL, "mean is NULL");
    m = NULL; refused(&t, "bn bwd rstd NULL", batch_norm_backward(&st, dx, dg, db, dy, x, g, NULL, g, N, S, true, &m), &m, BATCH_NORM_ERR_NULL, "rstd is NULL");
    m = NULL; refused(&t, "bn bwd gain NULL", batch_norm_backward(&st, dx, dg, db, dy, x, g, g, NULL, N, S, true, &m), &m, BATCH_NORM_ERR_NULL, "gain is NULL");
    m = NULL; refused(&t, "bn bwd one value", batch_norm_backward(&st, dx, dg, db, dy, x, g, g, g, 1, 1, true, &m), &m, BATCH_NORM_ERR_ONE_VALUE, "more than 1 value");
    // Without affine, gain and bias are not read and may be NULL.
    st.affine = false;
    tally(&t, "bn affine off: gain/bias NULL ok",
          batch_norm_forward(&st, y, mean, rstd, x, NULL, NULL, N, S, true, &m) == BATCH_NORM_OK && m == NULL &&
              batch_norm_backward(&st, dx, NULL, NULL, dy, x, mean, rstd, NULL, N, S, true, &m) == BATCH_NORM_OK);
    tally(&t, "bn status strings", strcmp(batch_norm_status_string(BATCH_NORM_ERR_ONE_VALUE), "one value per channel") == 0 &&
                                       strcmp(batch_norm_status_string(BATCH_NORM_ERR_NOMEM), "out of memory") == 0 &&
                                       strcmp(batch_norm_status_string(-1), "unknown status") == 0);
    return tally_finish(&t);
}
