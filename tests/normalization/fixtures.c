// Reader for make_fixtures.py's text format: see fixtures.h.
#include "fixtures.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum kind { KIND_INT, KIND_REAL, KIND_FLOATS };

typedef struct entry {
    char key[64];
    enum kind kind;
    long i;
    double r;
    float *v;
    size_t n;
} entry;

struct fixture_case {
    char name[64];
    entry *e;
    size_t n, cap;
};

struct fixture_file {
    fixture_case *c;
    size_t n, cap;
};

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return p;
    size_t nc = *cap ? *cap * 2 : 8;
    while (nc < need) nc *= 2;
    void *q = realloc(p, nc * size);
    if (!q) { perror("realloc"); exit(2); }
    *cap = nc;
    return q;
}

void fixture_file_free(fixture_file *f)
{
    if (!f) return;
    for (size_t i = 0; i < f->n; i++) {
        for (size_t j = 0; j < f->c[i].n; j++) free(f->c[i].e[j].v);
        free(f->c[i].e);
    }
    free(f->c);
    free(f);
}

static int fail(char *err, size_t errlen, const char *path, long line, const char *fmt, ...)
{
    char what[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    snprintf(err, errlen, "%s:%ld: %s", path, line, what);
    return -1;
}

// Parses a float32 value (nan, inf, -inf included); 0 if the whole token is not one.
static int parse_float(const char *tok, float *out)
{
    char *end;
    errno = 0;
    float v = strtof(tok, &end);
    if (end == tok || *end != '\0') return 0;
    *out = v;
    return 1;
}

static int parse(fixture_file *f, FILE *in, const char *path, char *err, size_t errlen)
{
    char buf[4096];
    long line = 0;
    fixture_case *cur = NULL;
    entry *floats = NULL;   // the entry whose values are being read, until all are
    size_t have = 0;
    while (fgets(buf, sizeof buf, in)) {
        line++;
        if (!strchr(buf, '\n') && !feof(in))
            return fail(err, errlen, path, line, "line longer than %zu bytes", sizeof buf - 1);
        buf[strcspn(buf, "\r\n")] = '\0';
        if (floats && have < floats->n) {
            for (char *tok = strtok(buf, " \t"); tok; tok = strtok(NULL, " \t")) {
                if (have == floats->n)
                    return fail(err, errlen, path, line, "more than %zu values for '%s'", floats->n, floats->key);
                if (!parse_float(tok, &floats->v[have]))
                    return fail(err, errlen, path, line, "'%s' is not a number", tok);
                have++;
            }
            if (have == floats->n) floats = NULL;
            continue;
        }
        if (buf[0] == '#' || buf[0] == '\0') continue;
        char word[16], key[64], value[64];
        int got = sscanf(buf, "%15s %63s %63s", word, key, value);
        if (strcmp(word, "case") == 0 && got == 2) {
            if (cur) return fail(err, errlen, path, line, "case '%s' inside case '%s'", key, cur->name);
            f->c = grow(f->c, &f->cap, f->n + 1, sizeof *f->c);
            cur = &f->c[f->n++];
            memset(cur, 0, sizeof *cur);
            snprintf(cur->name, sizeof cur->name, "%s", key);
        } else if (strcmp(word, "end") == 0 && got == 1) {
            if (!cur) return fail(err, errlen, path, line, "'end' outside a case");
            cur = NULL;
        } else if (got == 3 && (strcmp(word, "int") == 0 || strcmp(word, "real") == 0 ||
                                strcmp(word, "floats") == 0)) {
            if (!cur) return fail(err, errlen, path, line, "'%s' outside a case", word);
            cur->e = grow(cur->e, &cur->cap, cur->n + 1, sizeof *cur->e);
            entry *e = &cur->e[cur->n++];
            memset(e, 0, sizeof *e);
            snprintf(e->key, sizeof e->key, "%s", key);
            char *end;
            errno = 0;
            if (word[0] == 'i') {
                e->kind = KIND_INT;
                e->i = strtol(value, &end, 10);
            } else if (word[0] == 'r') {
                e->kind = KIND_REAL;
                e->r = strtod(value, &end);
            } else {
                e->kind = KIND_FLOATS;
                long n = strtol(value, &end, 10);
                if (*end == '\0' && (n <= 0 || n > 100000000))
                    return fail(err, errlen, path, line, "bad count %ld for '%s'", n, key);
                e->n = (size_t)n;
                e->v = calloc(e->n, sizeof(float));
                if (!e->v) { perror("calloc"); exit(2); }
                floats = e;
                have = 0;
            }
            if (*end != '\0' || errno)
                return fail(err, errlen, path, line, "bad value '%s' for '%s'", value, key);
        } else {
            return fail(err, errlen, path, line, "cannot read '%.60s'", buf);
        }
    }
    if (floats && have < floats->n)
        return fail(err, errlen, path, line, "'%s' has %zu of %zu values", floats->key, have, floats->n);
    if (cur) return fail(err, errlen, path, line, "case '%s' has no 'end'", cur->name);
    return 0;
}

fixture_file *fixture_file_load(const char *path, char *err, size_t errlen)
{
    FILE *in = fopen(path, "r");
    if (!in) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    fixture_file *f = calloc(1, sizeof *f);
    if (!f) { perror("calloc"); exit(2); }
    int rc = parse(f, in, path, err, errlen);
    fclose(in);
    if (rc != 0) {
        fixture_file_free(f);
        return NULL;
    }
    return f;
}

size_t fixture_file_count(const fixture_file *f) { return f->n; }
const fixture_case *fixture_file_case(const fixture_file *f, size_t i) { return &f->c[i]; }
const char *fixture_case_name(const fixture_case *c) { return c->name; }

const fixture_case *fixture_file_find(const fixture_file *f, const char *name)
{
    for (size_t i = 0; i < f->n; i++)
        if (strcmp(f->c[i].name, name) == 0) return &f->c[i];
    return NULL;
}

static const entry *find(const fixture_case *c, const char *key)
{
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->e[i].key, key) == 0) return &c->e[i];
    return NULL;
}

int fixture_has(const fixture_case *c, const char *key) { return find(c, key) != NULL; }

static const entry *need(const fixture_case *c, const char *key, enum kind kind)
{
    const entry *e = find(c, key);
    if (!e || e->kind != kind) {
        fprintf(stderr, "fixture case '%s': no %s '%s'\n", c->name,
                kind == KIND_INT ? "int" : kind == KIND_REAL ? "real" : "floats", key);
        exit(1);
    }
    return e;
}

long fixture_int(const fixture_case *c, const char *key) { return need(c, key, KIND_INT)->i; }
double fixture_real(const fixture_case *c, const char *key) { return need(c, key, KIND_REAL)->r; }

const float *fixture_floats(const fixture_case *c, const char *key, size_t expect)
{
    const entry *e = need(c, key, KIND_FLOATS);
    if (expect && e->n != expect) {
        fprintf(stderr, "fixture case '%s': '%s' has %zu values, expected %zu\n", c->name, key, e->n, expect);
        exit(1);
    }
    return e->v;
}
