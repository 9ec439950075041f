// Reader for the fixture files written by make_fixtures.py (format described
// there). A malformed file is reported with its path and line number.
#ifndef NORMALIZATION_FIXTURES_H
#define NORMALIZATION_FIXTURES_H

#include <stddef.h>

typedef struct fixture_case fixture_case;
typedef struct fixture_file fixture_file;

// Loads a whole file. Returns NULL and fills err (path:line: what) on failure.
fixture_file *fixture_file_load(const char *path, char *err, size_t errlen);
void fixture_file_free(fixture_file *f);

size_t fixture_file_count(const fixture_file *f);
const fixture_case *fixture_file_case(const fixture_file *f, size_t i);
const fixture_case *fixture_file_find(const fixture_file *f, const char *name);

const char *fixture_case_name(const fixture_case *c);
// Whether the case has a value called key (of any kind).
int fixture_has(const fixture_case *c, const char *key);
// These abort the test with a message naming the case and key if it is missing.
long fixture_int(const fixture_case *c, const char *key);
double fixture_real(const fixture_case *c, const char *key);
// The floats of key; *count receives their number. A mismatch with `expect`
// (when expect != 0) aborts the test too.
const float *fixture_floats(const fixture_case *c, const char *key, size_t expect);

#endif
