/* check.h — the few assertions the generator's unit tests need. Each failed
 * check prints file:line and what differed; main returns the failure count. */
#ifndef SN_CHECK_H
#define SN_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures;

#define CHECK(cond)                                                           \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__,  \
                    #cond);                                                   \
            check_failures++;                                                 \
        }                                                                     \
    } while (0)

#define CHECK_STR(got, want)                                                  \
    do {                                                                      \
        const char *got_ = (got), *want_ = (want);                            \
        if (!got_ || strcmp(got_, want_) != 0) {                              \
            fprintf(stderr, "%s:%d: %s\n  got:  \"%s\"\n  want: \"%s\"\n",    \
                    __FILE__, __LINE__, #got, got_ ? got_ : "(null)", want_); \
            check_failures++;                                                 \
        }                                                                     \
    } while (0)

#define CHECK_INT(got, want)                                                  \
    do {                                                                      \
        long long got_ = (long long)(got), want_ = (long long)(want);         \
        if (got_ != want_) {                                                  \
            fprintf(stderr, "%s:%d: %s is %lld, want %lld\n", __FILE__,       \
                    __LINE__, #got, got_, want_);                             \
            check_failures++;                                                 \
        }                                                                     \
    } while (0)

#endif
