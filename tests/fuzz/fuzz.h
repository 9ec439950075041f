/* fuzz.h — what the libFuzzer targets share: a check that stops the run
 * with the property that failed (libFuzzer then saves the input), and the
 * input as a NUL-terminated string. */
#ifndef SN_FUZZ_H
#define SN_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(cond)                                                          \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                    \
            abort();                                                           \
        }                                                                      \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input as a malloc'd C string: bytes up to the first NUL. */
static inline char *fuzz_string(const uint8_t *data, size_t size, size_t *len)
{
    const uint8_t *nul = memchr(data, 0, size);
    *len = nul ? (size_t)(nul - data) : size;
    char *s = malloc(*len + 1);
    memcpy(s, data, *len);
    s[*len] = '\0';
    return s;
}

/* Do the two byte ranges hold the same bytes? */
static inline int same_bytes(const char *a, size_t na, const char *b, size_t nb)
{
    return na == nb && memcmp(a, b, na) == 0;
}

#endif
