#include "compare.h"

#include <math.h>
#include <stdio.h>

static double rms_finite(const float *f, const double *d, size_t n)
{
    double s = 0.0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        double v = f ? (double)f[i] : d[i];
        if (isfinite(v)) { s += v * v; k++; }
    }
    return k ? sqrt(s / (double)k) : 0.0;
}

static int compare(const char *test, const char *what, const float *got, const float *wf,
                   const double *wd, size_t n, double rtol, double atol)
{
    double rms = rms_finite(wf, wd, n);
    double worst = -1.0;  // worst error / allowed error
    size_t at = 0;
    int ok = 1;
    for (size_t i = 0; i < n; i++) {
        double w = wf ? (double)wf[i] : wd[i], g = (double)got[i];
        if (!isfinite(w)) {
            int match = isnan(w) ? isnan(g) : g == w;
            if (!match) {
                if (ok) fprintf(stderr, "%s: %s[%zu] = %g, want %g\n", test, what, i, g, w);
                ok = 0;
            }
            continue;
        }
        double allowed = rtol * (fabs(w) + rms) + atol;
        double err = fabs(g - w);
        if (!(err <= allowed)) {  // also catches a NaN in got
            if (ok) fprintf(stderr, "%s: %s[%zu] = %.9g, want %.9g (error %.3g > allowed %.3g)\n",
                            test, what, i, g, w, err, allowed);
            ok = 0;
        }
        double ratio = allowed > 0 ? err / allowed : (err > 0 ? INFINITY : 0.0);
        if (ratio > worst) { worst = ratio; at = i; }
    }
    if (ok && worst >= 0)
        printf("  %-24s %-14s worst error %.2f of the tolerance (at %zu)\n", test, what, worst, at);
    return ok;
}

int compare_floats(const char *test, const char *what, const float *got, const float *want,
                   size_t n, double rtol, double atol)
{
    return compare(test, what, got, want, NULL, n, rtol, atol);
}

int compare_doubles(const char *test, const char *what, const float *got, const double *want,
                    size_t n, double rtol, double atol)
{
    return compare(test, what, got, NULL, want, n, rtol, atol);
}

void tally(test_tally *t, const char *name, int ok)
{
    if (ok) t->passed++;
    else t->failed++;
    printf("%s %s\n", ok ? "PASS" : "FAIL", name);
}

int tally_finish(const test_tally *t)
{
    printf("%d passed, %d failed\n", t->passed, t->failed);
    return t->failed ? 1 : 0;
}
