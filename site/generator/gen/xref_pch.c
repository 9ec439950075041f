/* xref_pch.c — see xref_pch.h. */
#include "xref_pch.h"
#include "xref_inputs.h"

#include "error.h"
#include "strv.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    char *key;    /* the flags but -I, joined */
    char **args;  /* the PCH's flags: those, then -x c-header */
    size_t nargs;
    sn_strv dirs; /* the -I folders of its files */
    sn_buf text;  /* the header precompiled */
    char *path;   /* the PCH, once built: /proc/self/fd/N of `fd` */
    int fd;       /* the PCH file, open but already removed; or -1 */
    int state;    /* 0 not built, 1 built, -1 not to be used */
    pthread_mutex_t lock;
} pch_group;

struct xref_pch {
    pch_group *groups;
    size_t ngroups;
};

/* ---- reading a file's directives --------------------------------------- */

/* The word at s (letters, digits, _), its length. */
static size_t word(const char *s)
{
    size_t n = 0;
    while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9') ||
           s[n] == '_')
        n++;
    return n;
}

/* The headers `code` includes with <...>, into *names; 0 when the file may
 * be parsed with a PCH (xref_pch.h), -1 when not. */
static int angle_includes(const char *code, sn_strv *names)
{
    const char *guard = NULL; /* the name of the last #ifndef, while a #define may follow it */
    size_t guard_len = 0;
    int late_define = 0;      /* a #define or #undef seen, not a guard's */
    for (const char *s = code; *s;) {
        const char *eol = strchr(s, '\n');
        if (!eol) eol = s + strlen(s);
        const char *p = s + strspn(s, " \t");
        if (*p == '#') {
            p += 1 + strspn(p + 1, " \t");
            size_t d = word(p);
            const char *arg = p + d + strspn(p + d, " \t");
            if (d == 7 && !strncmp(p, "include", 7) && *arg == '<') {
                const char *end = memchr(arg, '>', (size_t)(eol - arg));
                if (!end || late_define) return -1;
                sn_strv_addn(names, arg + 1, (size_t)(end - arg - 1));
            } else if ((d == 6 && !strncmp(p, "define", 6)) || (d == 5 && !strncmp(p, "undef", 5))) {
                size_t n = word(arg);
                if (!(d == 6 && guard && n == guard_len && !strncmp(arg, guard, n))) late_define = 1;
            } else if ((d == 12 && !strncmp(p, "include_next", 12)) || (d == 6 && !strncmp(p, "import", 6))) {
                return -1;
            }
            guard = d == 6 && !strncmp(p, "ifndef", 6) ? arg : NULL;
            guard_len = guard ? word(arg) : 0;
        } else if (p < eol) {
            guard = NULL;
        }
        s = *eol ? eol + 1 : eol;
    }
    return 0;
}

/* ---- grouping ------------------------------------------------------------ */

/* Whether v holds s (v in the order met: a short list). */
static int has(const sn_strv *v, const char *s)
{
    for (size_t i = 0; i < v->count; i++)
        if (!strcmp(v->items[i], s)) return 1;
    return 0;
}

static int is_dir_flag(char *const *args, size_t i, size_t n, const char **dir)
{
    if (!strcmp(args[i], "-I")) {
        *dir = i + 1 < n ? args[i + 1] : "";
        return 2;
    }
    if (!strncmp(args[i], "-I", 2)) {
        *dir = args[i] + 2;
        return 1;
    }
    return 0;
}

/* File f's group: the files whose flags, the -I folders aside, are the
 * same (the folders only decide where a file's own headers are found). */
static int group_of(xref_pch *pch, const xref_pch_file *f)
{
    sn_buf key = {0};
    char **args = NULL;
    size_t nargs = 0;
    sn_buf_puts(&key, "");
    for (size_t i = 0; i < f->nargs;) {
        const char *dir;
        int k = is_dir_flag(f->args, i, f->nargs, &dir);
        if (k) {
            i += (size_t)k;
            continue;
        }
        if (!strcmp(f->args[i], "-include") || !strcmp(f->args[i], "-include-pch")) {
            for (size_t a = 0; a < nargs; a++) free(args[a]);
            free(args);
            sn_buf_free(&key);
            return -1;
        }
        add_arg(&args, &nargs, sn_strdup(f->args[i]));
        sn_buf_printf(&key, "%s\x1f", f->args[i++]);
    }
    for (size_t g = 0; g < pch->ngroups; g++)
        if (!strcmp(pch->groups[g].key, key.data)) {
            for (size_t a = 0; a < nargs; a++) free(args[a]);
            free(args);
            sn_buf_free(&key);
            return (int)g;
        }
    pch->groups = sn_xrealloc(pch->groups, (pch->ngroups + 1) * sizeof *pch->groups);
    pch_group *gr = &pch->groups[pch->ngroups];
    memset(gr, 0, sizeof *gr);
    pthread_mutex_init(&gr->lock, NULL);
    gr->key = sn_buf_take(&key);
    gr->args = args;
    gr->nargs = nargs;
    gr->fd = -1;
    add_arg(&gr->args, &gr->nargs, sn_strdup("-x"));
    add_arg(&gr->args, &gr->nargs, sn_strdup("c-header"));
    return (int)pch->ngroups++;
}

/* Whether a file `name` is in one of the folders. */
static int in_dirs(const sn_strv *dirs, const char *name)
{
    struct stat st;
    for (size_t d = 0; d < dirs->count; d++) {
        char *path = sn_strdup_printf("%s/%s", dirs->items[d], name);
        int found = stat(path, &st) == 0;
        free(path);
        if (found) return 1;
    }
    return 0;
}

xref_pch *xref_pch_plan(const xref_pch_file *files, size_t n, int *group)
{
    xref_pch *pch = sn_xcalloc(1, sizeof *pch);
    sn_strv *names = sn_xcalloc(n + 1, sizeof *names);
    for (size_t i = 0; i < n; i++) {
        group[i] = angle_includes(files[i].code, &names[i]) == 0 ? group_of(pch, &files[i]) : -1;
        if (group[i] < 0) continue;
        pch_group *gr = &pch->groups[group[i]];
        for (size_t a = 0; a < files[i].nargs;) {
            const char *dir;
            int k = is_dir_flag(files[i].args, a, files[i].nargs, &dir);
            if (k && !has(&gr->dirs, dir)) sn_strv_add(&gr->dirs, dir);
            a += k ? (size_t)k : 1;
        }
    }
    for (size_t g = 0; g < pch->ngroups; g++) {
        pch_group *gr = &pch->groups[g];
        /* The headers two files or more include, in the order first met. */
        sn_strv seen = {0}, shared = {0};
        size_t members = 0;
        for (size_t i = 0; i < n; i++) {
            if (group[i] != (int)g) continue;
            members++;
            for (size_t h = 0; h < names[i].count; h++) {
                const char *name = names[i].items[h];
                if (has(&shared, name)) continue;
                if (!has(&seen, name)) sn_strv_add(&seen, name);
                else if (strcmp(name, "assert.h") != 0 && !in_dirs(&gr->dirs, name)) sn_strv_add(&shared, name);
            }
        }
        for (size_t h = 0; h < shared.count; h++)
            sn_buf_printf(&gr->text, "#if __has_include(<%s>)\n#include <%s>\n#endif\n", shared.items[h],
                          shared.items[h]);
        if (members < 3 || !shared.count) gr->state = -1;
        sn_strv_free(&seen);
        sn_strv_free(&shared);
    }
    for (size_t i = 0; i < n; i++) {
        if (group[i] >= 0 && pch->groups[group[i]].state < 0) group[i] = -1;
        sn_strv_free(&names[i]);
    }
    free(names);
    return pch;
}

/* ---- building ----------------------------------------------------------- */

/* Whether a -I folder holds a file that one of `files` (real paths, one a
 * line) could be found as: its name, or its name with the folders above.
 * A name with folders ("bits/types/time_t.h") can only be in a -I folder
 * that holds its first one ("bits"), so each folder's entries are read
 * once and only those names are looked for: asking every folder for every
 * tail of every path the PCH read was 15,000 failed stat()s for the
 * generator's group of 10 folders and 200 headers. */
static int shadowed(const pch_group *gr, const char *files)
{
    sn_strv *entries = sn_xcalloc(gr->dirs.count + 1, sizeof *entries);
    int *unread = sn_xcalloc(gr->dirs.count + 1, sizeof *unread); /* a folder to ask each time */
    for (size_t d = 0; d < gr->dirs.count; d++) {
        DIR *dir = opendir(gr->dirs.items[d]);
        unread[d] = !dir;
        for (struct dirent *e; dir && (e = readdir(dir)) != NULL;) sn_strv_add(&entries[d], e->d_name);
        if (dir) closedir(dir);
        sn_strv_sort(&entries[d]);
    }
    int hit = 0;
    for (const char *s = files; *s && !hit;) {
        const char *eol = strchr(s, '\n');
        if (!eol) break;
        char *path = sn_strndup(s, (size_t)(eol - s));
        for (char *c = path + strlen(path); c > path && !hit; c--) {
            if (c[-1] != '/') continue;
            char *first = sn_strndup(c, strcspn(c, "/"));
            for (size_t d = 0; d < gr->dirs.count && !hit; d++) {
                struct stat st;
                if (!unread[d] && !sn_strv_find(&entries[d], first)) continue;
                char *candidate = sn_strdup_printf("%s/%s", gr->dirs.items[d], c);
                hit = stat(candidate, &st) == 0;
                free(candidate);
            }
            free(first);
        }
        free(path);
        s = eol + 1;
    }
    for (size_t d = 0; d < gr->dirs.count; d++) sn_strv_free(&entries[d]);
    free(entries);
    free(unread);
    return hit;
}

/* The PCH file is removed as soon as it is written, and read through the
 * descriptor kept open (/proc/self/fd/N): a build killed meanwhile leaves
 * nothing in `$TMPDIR`; the file is there only while libclang writes it. */
static void build(pch_group *gr, const sn_xref_parser *parser, void *index)
{
    gr->state = -1;
    const char *tmp = getenv("TMPDIR");
    char *path = sn_strdup_printf("%s/sidenotes-xref-XXXXXX.pch", tmp && *tmp ? tmp : "/tmp");
    int fd = mkstemps(path, 4);
    if (fd < 0) {
        free(path);
        return;
    }
    close(fd);
    char *name = sn_strdup_printf("%.*s.h", (int)(strlen(path) - 4), path);
    char *files = parser->precompile(index, name, gr->text.data, gr->text.len, (const char *const *)gr->args,
                                     (int)gr->nargs, path);
    free(name);
    int kept = files && !shadowed(gr, files) ? open(path, O_RDONLY | O_CLOEXEC) : -1;
    unlink(path);
    free(path);
    if (kept >= 0) {
        gr->fd = kept;
        gr->path = sn_strdup_printf("/proc/self/fd/%d", kept);
        gr->state = 1;
    }
    free(files);
}

const char *xref_pch_get(xref_pch *pch, int g, const sn_xref_parser *parser, void *index)
{
    if (g < 0 || (size_t)g >= pch->ngroups) return NULL;
    pch_group *gr = &pch->groups[g];
    pthread_mutex_lock(&gr->lock);
    if (gr->state == 0) build(gr, parser, index);
    const char *path = gr->state > 0 ? gr->path : NULL;
    pthread_mutex_unlock(&gr->lock);
    return path;
}

void xref_pch_free(xref_pch *pch)
{
    if (!pch) return;
    for (size_t g = 0; g < pch->ngroups; g++) {
        pch_group *gr = &pch->groups[g];
        if (gr->path) close(gr->fd);
        free(gr->path);
        free(gr->key);
        for (size_t a = 0; a < gr->nargs; a++) free(gr->args[a]);
        free(gr->args);
        sn_strv_free(&gr->dirs);
        sn_buf_free(&gr->text);
        pthread_mutex_destroy(&gr->lock);
    }
    free(pch->groups);
    free(pch);
}
