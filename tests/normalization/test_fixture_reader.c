// The fixture reader refuses a corrupt file with "path:line: what" instead of
// testing against garbage. Each case writes a small file and loads it.
#define _POSIX_C_SOURCE 200809L
#include "compare.h"
#include "fixtures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int expect_error(test_tally *t, const char *name, const char *text, const char *want)
{
    char path[] = "/tmp/norm_fixture_XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) { perror("mkstemp"); exit(2); }
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    char err[512] = "", expected[600];
    fixture_file *ff = fixture_file_load(path, err, sizeof err);
    snprintf(expected, sizeof expected, "%s:%s", path, want);
    int ok = ff == NULL && strstr(err, expected) == err;
    if (!ok) fprintf(stderr, "%s: got '%s', want it to start with '%s'\n", name, err, expected);
    fixture_file_free(ff);
    unlink(path);
    tally(t, name, ok);
    return ok;
}

int main(void)
{
    test_tally t = {0, 0};
    expect_error(&t, "bad number", "case a\nfloats x 2\n1.0 zz\nend\n", "3: 'zz' is not a number");
    expect_error(&t, "too few values", "case a\nfloats x 3\n1 2\n", "3: 'x' has 2 of 3 values");
    expect_error(&t, "too many values", "case a\nfloats x 1\n1 2\nend\n", "3: more than 1 values");
    expect_error(&t, "no end", "case a\nint n 3\n", "2: case 'a' has no 'end'");
    expect_error(&t, "end outside case", "end\n", "1: 'end' outside a case");
    expect_error(&t, "nested case", "case a\ncase b\n", "2: case 'b' inside case 'a'");
    expect_error(&t, "unknown line", "case a\nbogus x 1\nend\n", "2: cannot read 'bogus x 1'");
    expect_error(&t, "bad int", "case a\nint n 3x\nend\n", "2: bad value '3x' for 'n'");
    expect_error(&t, "bad count", "case a\nfloats x -4\nend\n", "2: bad count -4 for 'x'");

    // A good file, with NaN and infinities, reads back exactly.
    char path[] = "/tmp/norm_fixture_XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) { perror("mkstemp"); return 2; }
    FILE *f = fdopen(fd, "w");
    fputs("# comment\ncase a\nint n 3\nreal eps 1e-05\nfloats x 4\n0.1 nan\ninf -inf\nend\n", f);
    fclose(f);
    char err[512];
    fixture_file *ff = fixture_file_load(path, err, sizeof err);
    unlink(path);
    int ok = ff && fixture_file_count(ff) == 1;
    if (ok) {
        const fixture_case *c = fixture_file_find(ff, "a");
        const float *x = c ? fixture_floats(c, "x", 4) : NULL;
        ok = c && fixture_int(c, "n") == 3 && fixture_real(c, "eps") == 1e-05 && x[0] == 0.1f &&
             x[1] != x[1] && x[2] > 3e38f && x[3] < -3e38f && !fixture_has(c, "y");
    }
    fixture_file_free(ff);
    tally(&t, "good file", ok);
    return tally_finish(&t);
}
