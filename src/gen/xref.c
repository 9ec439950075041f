/* xref.c — see xref.h: resolving the names of every C page with libclang.
 *
 * A file's resolution is a short text, one record a line, which is what
 * the cache stores:
 *
 *   E <usr> <kind> <name> <declaration>    an entity the file names
 *   O <line> <col> <len> <role> <usr>      an identifier and what it names
 *   X <file:line> <message>                clang could not parse the file
 *
 * (fields separated by tabs). The parser that writes them is a module of
 * its own (xref_parser.h), loaded only when a file is not in the cache.
 * The records of all files are then merged by USR into the entities of
 * the site (xref_model.h). */
#include "xref_model.h"
#include "xref_inputs.h"
#include "xref_module.h"
#include "xref_pch.h"

#include "error.h"
#include "path.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- merging ----------------------------------------------------------- */

static size_t hash(const char *s)
{
    size_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static size_t entity_for(sn_xref *x, const char *usr, int kind, const char *name, const char *sig)
{
    if (x->nents * 2 >= x->table_cap) {
        size_t cap = x->table_cap ? x->table_cap * 2 : 1024;
        size_t *t = sn_xcalloc(cap, sizeof *t);
        for (size_t i = 0; i < x->nents; i++) {
            size_t h = hash(x->ents[i].usr) & (cap - 1);
            while (t[h]) h = (h + 1) & (cap - 1);
            t[h] = i + 1;
        }
        free(x->table);
        x->table = t;
        x->table_cap = cap;
    }
    size_t h = hash(usr) & (x->table_cap - 1);
    while (x->table[h]) {
        xref_entity *e = &x->ents[x->table[h] - 1];
        if (strcmp(e->usr, usr) == 0) return x->table[h] - 1;
        h = (h + 1) & (x->table_cap - 1);
    }
    if (!name) return (size_t)-1;
    if (x->nents == x->ents_cap) {
        x->ents_cap = x->ents_cap ? x->ents_cap * 2 : 1024;
        x->ents = sn_xrealloc(x->ents, x->ents_cap * sizeof *x->ents);
    }
    xref_entity *e = &x->ents[x->nents];
    memset(e, 0, sizeof *e);
    e->usr = sn_strdup(usr);
    e->name = sn_strdup(name);
    e->sig = sn_strdup(sig);
    e->kind = kind;
    x->table[h] = ++x->nents;
    return x->nents - 1;
}

/* The list grows to the next power of two when it is full (one more each
 * time copied a much-used name's list once per use). */
static void add_place(const xref_lines *sections, xref_place **list, size_t *n, size_t page, int line)
{
    if ((*n & (*n - 1)) == 0) *list = sn_xrealloc(*list, (*n ? 2 * *n : 1) * sizeof **list);
    (*list)[(*n)++] = (xref_place){page, line, xref_lines_section(sections, line)};
}

static int occ_order(const void *a, const void *b)
{
    const xref_occ *p = a, *q = b;
    if (p->line != q->line) return p->line < q->line ? -1 : 1;
    return (p->col > q->col) - (p->col < q->col);
}

/* Splits a record line into at most `max` tab-separated fields (in place). */
static int fields(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *c = line; *c && n < max; c++)
        if (*c == '\t') {
            *c = '\0';
            f[n++] = c + 1;
        }
    return n;
}

/* An entity record's kind is one of ours and its name one C could write
 * (the index and the tooltips print both without further checks). */
static int plausible_entity(const char *kind, const char *name)
{
    char *end;
    long k = strtol(kind, &end, 10);
    if (end == kind || *end || k < 0 || k >= XK_COUNT || !*name) return 0;
    for (const char *c = name; *c; c++)
        if ((unsigned char)*c < 0x20 || strchr("<>&\"' ", *c)) return 0;
    return 1;
}

/* The records of page p into the model; warnings printed. */
static void merge(sn_xref *x, size_t p, char *records, int warn)
{
    size_t cap = 0;
    x->ids_made = 0;
    xref_lines sections;
    xref_lines_build(x, p, &sections);
    for (char *line = records, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        char *f[6];
        int n = fields(line, f, 6);
        if (f[0][0] == 'X' && n >= 3) {
            if (warn)
                fprintf(stderr, "%s: warning: clang cannot parse this file (%s); its names are left unlinked\n",
                        f[1], f[2]);
            x->stats.failed++;
            x->nocc[p] = 0; /* all or nothing */
            xref_lines_free(&sections);
            return;
        }
        if (f[0][0] == 'E' && n == 5) {
            if (!plausible_entity(f[2], f[3])) continue; /* a damaged cache entry */
            size_t e = entity_for(x, f[1], atoi(f[2]), f[3], f[4]);
            if (!*x->ents[e].sig && *f[4]) {
                free(x->ents[e].sig);
                x->ents[e].sig = sn_strdup(f[4]);
            }
        } else if (f[0][0] == 'O' && n == 6) {
            size_t e = entity_for(x, f[5], 0, NULL, NULL);
            if (e == (size_t)-1) continue;
            xref_occ o = {atoi(f[1]), atoi(f[2]), atoi(f[3]), f[4][0], e};
            if (x->nocc[p] == cap) {
                cap = cap ? cap * 2 : 256;
                x->occ[p] = sn_xrealloc(x->occ[p], cap * sizeof *x->occ[p]);
            }
            x->occ[p][x->nocc[p]++] = o;
            xref_entity *en = &x->ents[e];
            if (o.role == XR_DEF) add_place(&sections, &en->defs, &en->ndefs, p, o.line);
            else if (o.role == XR_DECL) add_place(&sections, &en->decls, &en->ndecls, p, o.line);
            else add_place(&sections, &en->uses, &en->nuses, p, o.line);
        }
    }
    xref_lines_free(&sections);
    if (x->nocc[p]) qsort(x->occ[p], x->nocc[p], sizeof *x->occ[p], occ_order);
    if (records) x->resolved[p] = 1;
}

void xref_merge(sn_xref *x, size_t p, char *records, int warn) { merge(x, p, records, warn); }

/* ---- the stage --------------------------------------------------------- */

static int is_c_page(const sn_xref_page *pg)
{
    const char *path = pg->page->src->path;
    size_t n = strlen(path);
    return pg->page->src->kind == SN_SOURCE_C && n > 2 &&
           (strcmp(path + n - 2, ".c") == 0 || strcmp(path + n - 2, ".h") == 0);
}

/* One file to resolve: its flags and cache key, and what came of it. */
typedef struct {
    size_t page;
    const sn_source *src;
    char *real;
    char **args;
    size_t nargs;
    sn_buf key;
    char *code;    /* the text parsed and cached: its comments blanked (code_of) */
    size_t code_len;
    char *records; /* from the cache; else parsed */
    int parsed;
    int again;     /* parsed again without its PCH, whose answer was in doubt */
    int unparsed;  /* no parser could be loaded: its records are empty, not resolved */
    sn_buf deps;   /* when parsed: the files it read, the start of the value to cache */
    int group;     /* its PCH's group (xref_pch.h), or -1 */
    long host;     /* a header resolved within the parse of this job (a .c file), or -1 */
    size_t *hosted; /* a .c file: the jobs of the headers it resolves too */
    size_t nhosted;
} xref_job;

/* The files the cache did not answer are parsed by two threads (the
 * machine's cores; libclang is safe with an index per thread). The cache
 * is only touched by the calling thread, before and after. */
typedef struct {
    const sn_xref_parser *parser;
    xref_job *jobs;
    size_t njobs;
    size_t next;
    pthread_mutex_t lock;
    xref_pch *pch;
} parse_queue;

/* Parses job j (its hosted headers' records into `also_out`, or NULL). */
static char *parse_one(parse_queue *q, xref_job *j, void *index, const char *const *args, int nargs,
                       sn_buf *deps, const char *const *also, char **also_out)
{
    return q->parser->parse(index, j->real, j->src->file, j->code, j->code_len, args, nargs, deps,
                            also, (int)j->nhosted, also_out);
}

/* Parses job j: with its group's PCH when there is one, and again without
 * when it does not parse with it (xref_pch.h). The headers it hosts get
 * their records from the same parse; those it did not include after all
 * are parsed alone. */
static char *parse_job(parse_queue *q, xref_job *j, void *index)
{
    const char **also = sn_xcalloc(j->nhosted + 1, sizeof *also);
    char **also_out = sn_xcalloc(j->nhosted + 1, sizeof *also_out);
    for (size_t h = 0; h < j->nhosted; h++) also[h] = q->jobs[j->hosted[h]].real;
    const char *pch = xref_pch_get(q->pch, j->group, q->parser, index);
    char *records = NULL;
    if (pch) {
        const char **args = sn_xcalloc(j->nargs + 3, sizeof *args);
        memcpy(args, j->args, j->nargs * sizeof *args);
        args[j->nargs] = "-include-pch";
        args[j->nargs + 1] = pch;
        sn_buf deps = {0};
        records = parse_one(q, j, index, args, (int)j->nargs + 2, &deps, also, also_out);
        free(args);
        if (records[0] != 'X') {
            if (deps.len) sn_buf_add(&j->deps, deps.data, deps.len);
        } else {
            free(records);
            records = NULL;
        }
        sn_buf_free(&deps);
    }
    if (pch && !records) j->again = 1;
    if (!records)
        records = parse_one(q, j, index, (const char *const *)j->args, (int)j->nargs, &j->deps, also, also_out);
    for (size_t h = 0; h < j->nhosted; h++) {
        xref_job *hj = &q->jobs[j->hosted[h]];
        if (also_out[h]) {
            /* Its answer holds while the files this parse read hold, the
             * .c file included (its lines before the #include count). */
            sn_buf_printf(&hj->deps, "%s\t%zu\n", j->real, j->src->len);
            sn_buf_add(&hj->deps, j->src->text, j->src->len);
            sn_buf_putc(&hj->deps, '\n');
            if (j->deps.len) sn_buf_add(&hj->deps, j->deps.data, j->deps.len);
            hj->records = also_out[h];
        } else {
            hj->records = parse_one(q, hj, index, (const char *const *)hj->args, (int)hj->nargs,
                                    &hj->deps, NULL, NULL);
        }
        hj->parsed = 1;
    }
    free(also);
    free(also_out);
    return records;
}

static void *parse_worker(void *arg)
{
    parse_queue *q = arg;
    void *index = NULL;
    for (;;) {
        xref_job *j = NULL;
        pthread_mutex_lock(&q->lock);
        while (q->next < q->njobs && !j) {
            j = &q->jobs[q->next++];
            /* A hosted header is parsed with its .c file (whose thread may be
             * writing its records: not read here). */
            if (j->host >= 0 || j->records) j = NULL;
        }
        pthread_mutex_unlock(&q->lock);
        if (!j) break;
        if (!index) index = q->parser->index_new();
        j->records = parse_job(q, j, index);
        j->parsed = 1;
    }
    if (index) q->parser->index_free(index);
    return NULL;
}

/* The job of page p: its flags (compile_commands.json's, else the defaults)
 * and its cache key. */
static void make_job(xref_job *j, size_t p, const sn_source *src, const flags_db *db)
{
    j->page = p;
    j->host = -1;
    j->src = src;
    j->real = realpath(src->file, NULL);
    if (!j->real) j->real = sn_strdup(src->file);
    const flags_rec *fr = db->count ? flags_for(db, j->real) : NULL;
    if (fr) {
        for (char **a = fr->args; *a; a++) add_arg(&j->args, &j->nargs, sn_strdup(*a));
    } else {
        char *dir = sn_dirname(j->real);
        add_arg(&j->args, &j->nargs, sn_strdup("-std=gnu11"));
        add_arg(&j->args, &j->nargs, sn_strdup_printf("-I%s", *dir ? dir : "."));
        free(dir);
    }
    add_arg(&j->args, &j->nargs, sn_strdup("-w")); /* only errors matter here */
    sn_buf_puts(&j->key, j->real);
    for (size_t i = 0; i < j->nargs; i++) sn_buf_printf(&j->key, "\x1f%s", j->args[i]);
    j->code = code_of(src->text, src->len, &j->code_len);
}

/* Files the cache did not answer and no parser could be loaded for: each
 * rendered unlinked, with a warning (an error under --strict). */
static void unparsed(sn_xref *x, const sn_xref_config *cfg, parse_queue *q, const char *why)
{
    for (size_t i = 0; i < q->njobs; i++) {
        xref_job *j = &q->jobs[i];
        if (j->records) continue;
        j->records = sn_strdup("");
        j->unparsed = 1;
        x->stats.failed++;
        if (cfg->diags)
            sn_diags_warn(cfg->diags, j->src->file, "its names are left unlinked: %s", why);
        else if (cfg->warn)
            fprintf(stderr, "%s: warning: its names are left unlinked: %s\n", j->src->file, why);
    }
}

/* The files to parse grouped by the system headers they share (xref_pch.h). */
static void plan_pch(parse_queue *q)
{
    xref_pch_file *files = sn_xcalloc(q->njobs + 1, sizeof *files);
    int *group = sn_xcalloc(q->njobs + 1, sizeof *group);
    size_t n = 0;
    for (size_t i = 0; i < q->njobs; i++)
        if (!q->jobs[i].records && q->jobs[i].host < 0) files[n++] = (xref_pch_file){q->jobs[i].code, q->jobs[i].args, q->jobs[i].nargs};
    q->pch = xref_pch_plan(files, n, group);
    n = 0;
    for (size_t i = 0; i < q->njobs; i++) q->jobs[i].group = q->jobs[i].records || q->jobs[i].host >= 0 ? -1 : group[n++];
    free(group);
    free(files);
}

static int ends_with(const char *s, const char *end)
{
    size_t n = strlen(s), m = strlen(end);
    return n >= m && strcmp(s + n - m, end) == 0;
}

/* Does the .c file's code include `name` (a header's file name) itself,
 * with nothing but other #include lines before it? Then the header is read
 * in its parse as a parse of its own would read it: no macro or
 * declaration of the .c file comes before. */
static int includes_first(const char *code, const char *name)
{
    size_t nlen = strlen(name);
    for (const char *s = code; *s;) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        size_t lead = strspn(s, " \t\r");
        if (lead < n) {
            const char *d = s + lead;
            if (*d != '#') return 0;
            d += 1 + strspn(d + 1, " \t");
            if (strncmp(d, "include", 7) != 0) return 0;
            d += 7 + strspn(d + 7, " \t");
            if (*d == '"') {
                const char *close = memchr(d + 1, '"', (size_t)(s + n - d - 1));
                if (close) {
                    const char *base = close;
                    while (base > d + 1 && base[-1] != '/') base--;
                    if ((size_t)(close - base) == nlen && memcmp(base, name, nlen) == 0) return 1;
                }
            }
        }
        s = e ? e + 1 : s + n;
    }
    return 0;
}

static int same_args(const xref_job *a, const xref_job *b)
{
    if (a->nargs != b->nargs) return 0;
    for (size_t i = 0; i < a->nargs; i++)
        if (strcmp(a->args[i], b->args[i]) != 0) return 0;
    return 1;
}

/* Each header to parse whose names a .c file to parse can resolve (same
 * flags; it includes the header first, includes_first) is resolved within
 * that file's parse: a parse's fixed cost and the system headers' is paid
 * once, not twice. The .c file of the header's own name is preferred. */
static void plan_hosts(parse_queue *q)
{
    for (size_t i = 0; i < q->njobs; i++) q->jobs[i].host = -1;
    for (size_t i = 0; i < q->njobs; i++) {
        xref_job *h = &q->jobs[i];
        if (h->records || !ends_with(h->real, ".h")) continue;
        const char *name = strrchr(h->real, '/');
        name = name ? name + 1 : h->real;
        long best = -1;
        for (size_t k = 0; k < q->njobs; k++) {
            xref_job *c = &q->jobs[k];
            if (c->records || !ends_with(c->real, ".c") || !same_args(c, h) || !includes_first(c->code, name))
                continue;
            const char *cname = strrchr(c->real, '/');
            cname = cname ? cname + 1 : c->real;
            int own = strlen(cname) == strlen(name) && strncmp(cname, name, strlen(name) - 1) == 0;
            if (best < 0 || own) best = (long)k;
            if (own) break;
        }
        if (best < 0) continue;
        xref_job *c = &q->jobs[best];
        h->host = best;
        c->hosted = sn_xrealloc(c->hosted, (c->nhosted + 1) * sizeof *c->hosted);
        c->hosted[c->nhosted++] = i;
    }
}

/* A resolution under way: the jobs, and the threads parsing the misses
 * while the caller goes on (sn_xref_start, sn_xref_finish). */
struct xref_parsing {
    parse_queue q;
    pthread_t threads[2];
    size_t nthreads;
    int warn;
    sn_cache *cache;
    char *ver;
};

sn_xref *sn_xref_start(const sn_xref_config *cfg, const sn_xref_page *pages, size_t n, char **err)
{
    flags_db db = {0};
    if (cfg->compile_commands && load_flags(cfg->compile_commands, &db, err) != 0) return NULL;
    sn_xref *x = sn_xcalloc(1, sizeof *x);
    x->pages = pages;
    x->npages = n;
    x->occ = sn_xcalloc(n + 1, sizeof *x->occ);
    x->nocc = sn_xcalloc(n + 1, sizeof *x->nocc);
    x->resolved = sn_xcalloc(n + 1, 1);
    struct xref_parsing *ps = x->parsing = sn_xcalloc(1, sizeof *ps);
    parse_queue *q = &ps->q;
    *q = (parse_queue){NULL, sn_xcalloc(n + 1, sizeof *q->jobs), 0, 0, PTHREAD_MUTEX_INITIALIZER, NULL};
    ps->warn = cfg->warn;
    ps->cache = cfg->cache;
    for (size_t p = 0; p < n; p++) {
        if (!is_c_page(&pages[p])) continue;
        if (cfg->off) {
            x->stats.off++; /* counted, so that the summary can say how to link them */
            continue;
        }
        const sn_source *src = pages[p].page->src;
        if (cfg->max_bytes && src->len > cfg->max_bytes) {
            x->stats.too_big++;
            if (cfg->warn) /* a note, not a warning: the limit is chosen */
                fprintf(stderr, "%s: note: %zu KB, over the %zu KB limit: its names are not "
                        "cross-referenced (--xref-max-kb raises the limit)\n",
                        src->file, (src->len + 1023) / 1024, cfg->max_bytes / 1024);
            continue;
        }
        make_job(&q->jobs[q->njobs++], p, src, &db);
    }
    flags_db_free(&db);
    /* libclang's version, for the key: known from the cache's stamp on a
     * rebuild, so that nothing is loaded when every file is a hit. */
    char *why = NULL;
    ps->ver = q->njobs ? sn_xref_clang_version(cfg->cache, &why) : NULL;
    size_t misses = 0;
    for (size_t i = 0; i < q->njobs && ps->ver; i++) {
        xref_job *j = &q->jobs[i];
        size_t vlen = 0;
        char *value = sn_cache_get(cfg->cache, SN_XREF_TOOL, ps->ver, j->key.data, j->code, j->code_len, &vlen);
        j->records = value ? still_valid(value, vlen) : NULL;
        free(value);
        misses += !j->records;
    }
    if (misses) q->parser = sn_xref_module_load(&why);
    if (!ps->ver || (misses && !q->parser)) {
        unparsed(x, cfg, q, why);
        misses = 0;
    }
    free(why);
    if (misses) {
        plan_hosts(q);
        plan_pch(q);
    }
    for (size_t t = 0; t < 2 && t < misses; t++)
        if (pthread_create(&ps->threads[ps->nthreads], NULL, parse_worker, q) == 0) ps->nthreads++;
    if (misses && !ps->nthreads) parse_worker(q); /* no thread: here */
    return x;
}

void sn_xref_finish(sn_xref *x)
{
    struct xref_parsing *ps = x->parsing;
    if (!ps) return;
    x->parsing = NULL;
    for (size_t t = 0; t < ps->nthreads; t++) pthread_join(ps->threads[t], NULL);
    parse_queue *q = &ps->q;
    /* The benchmark's parses that asked nothing (xref_parser.c) are not
     * a file's records, and must not answer a later build. */
    const char *only = getenv("SIDENOTES_XREF_PARSE_ONLY");
    int keep = !(only && strcmp(only, "1") == 0);
    for (size_t i = 0; i < q->njobs; i++) {
        xref_job *j = &q->jobs[i];
        if (j->parsed) {
            sn_buf_puts(&j->deps, "--\n");
            sn_buf_puts(&j->deps, j->records);
            if (keep) sn_cache_put(ps->cache, SN_XREF_TOOL, ps->ver, j->key.data, j->code, j->code_len,
                         j->deps.data, j->deps.len);
            x->stats.parsed++;
            x->stats.again += (size_t)j->again;
        }
        merge(x, j->page, j->records, ps->warn);
        if (j->unparsed) x->resolved[j->page] = 0;
        free(j->records);
        free(j->code);
        sn_buf_free(&j->deps);
        sn_buf_free(&j->key);
        for (size_t a = 0; a < j->nargs; a++) free(j->args[a]);
        free(j->args);
        free(j->real);
        free(j->hosted);
    }
    free(q->jobs);
    xref_pch_free(q->pch);
    free(ps->ver);
    free(ps);
    for (size_t e = 0; e < x->nents; e++)
        if (x->ents[e].ndefs || x->ents[e].ndecls) x->stats.entities++;
}

void sn_xref_free(sn_xref *x)
{
    if (!x) return;
    sn_xref_finish(x); /* a build that failed meanwhile: its threads joined */
    for (size_t e = 0; e < x->nents; e++) {
        xref_entity *en = &x->ents[e];
        free(en->usr);
        free(en->name);
        free(en->qualified);
        free(en->sig);
        free(en->href[0]);
        free(en->href[1]);
        free(en->defs);
        free(en->decls);
        free(en->uses);
    }
    free(x->ents);
    free(x->table);
    for (size_t p = 0; p < x->npages; p++) free(x->occ[p]);
    free(x->occ);
    free(x->nocc);
    free(x->resolved);
    free(x->on_page);
    free(x->by_name);
    free(x);
}

sn_xref_stats sn_xref_get_stats(const sn_xref *x) { return x->stats; }

int sn_xref_resolved(const sn_xref *x, size_t p) { return p < x->npages && x->resolved[p]; }

void sn_xref_definitions(const sn_xref *x, size_t p, int first, int last, sn_strv *out)
{
    if (p >= x->npages) return;
    size_t from = out->count;
    /* The first name on line `first`, by bisection: the names are in line
     * order, and a big file has thousands of sections to ask about. */
    size_t lo = 0, hi = x->nocc[p];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->occ[p][mid].line < first) lo = mid + 1;
        else hi = mid;
    }
    for (size_t i = lo; i < x->nocc[p] && x->occ[p][i].line <= last; i++) {
        const xref_occ *o = &x->occ[p][i];
        if (o->role != XR_DEF) continue;
        const xref_entity *e = &x->ents[o->ent];
        if (e->kind == XK_MEMBER || e->kind == XK_PARAM || e->kind == XK_LOCAL) continue;
        sn_strv_add(out, e->name);
    }
    sn_strv_unique_from(out, from); /* a section may define thousands */
}
