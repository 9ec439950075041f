/* syntax.c — see syntax.h. */
#include "syntax.h"

#include <stddef.h>
#include <string.h>

#define ENDINGS(...) ((const char *const[]){__VA_ARGS__, NULL})

static const sn_syntax table[] = {
    {"C", ENDINGS(".c", ".h"), SN_COMMENTS_C, "c"},
    {"C++", ENDINGS(".cc", ".cpp", ".cxx", ".C", ".hh", ".hpp", ".hxx", ".h++", ".c++"),
     SN_COMMENTS_C, "cpp"},
    {"Python", ENDINGS(".py"), SN_COMMENTS_PYTHON, "python"},
    {"Shell", ENDINGS(".sh", ".bash"), SN_COMMENTS_HASH, "bash"},
    {"Go", ENDINGS(".go"), SN_COMMENTS_C, "go"},
};

const sn_syntax *sn_syntax_of(const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        for (const char *const *e = table[i].endings; *e; e++) {
            size_t k = strlen(*e);
            if (n > k && strcmp(name + n - k, *e) == 0) return &table[i];
        }
    return NULL;
}
