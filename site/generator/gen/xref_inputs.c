/* xref_inputs.c — the inputs of a file's resolution besides its own
 * bytes: its flags from compile_commands.json (read with Jansson), and
 * the files of the site it read, recorded while it is parsed
 * (xref_parser.c) and compared before a cached answer is used. */
#include "xref_inputs.h"

#include "fs.h"
#include "path.h"

#include <jansson.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- flags ------------------------------------------------------------- */

static int takes_value(const char *a)
{
    return !strcmp(a, "-I") || !strcmp(a, "-D") || !strcmp(a, "-U") || !strcmp(a, "-isystem") ||
           !strcmp(a, "-iquote") || !strcmp(a, "-include") || !strcmp(a, "-idirafter");
}

static int kept_flag(const char *a)
{
    return !strncmp(a, "-I", 2) || !strncmp(a, "-D", 2) || !strncmp(a, "-U", 2) ||
           !strncmp(a, "-std=", 5) || !strcmp(a, "-isystem") || !strcmp(a, "-iquote") ||
           !strcmp(a, "-include") || !strcmp(a, "-idirafter") || !strcmp(a, "-pthread") ||
           !strcmp(a, "-funsigned-char") || !strcmp(a, "-fsigned-char");
}

static char *absolute_in(const char *dir, const char *path)
{
    if (path[0] == '/') return sn_strdup(path);
    char *joined = sn_strdup_printf("%s/%s", dir, path);
    char *real = realpath(joined, NULL);
    if (real) {
        free(joined);
        return real;
    }
    return joined;
}

void add_arg(char ***args, size_t *n, char *a)
{
    *args = sn_xrealloc(*args, (*n + 2) * sizeof **args);
    (*args)[(*n)++] = a;
    (*args)[*n] = NULL;
}

/* A "command" split into words as a POSIX shell would (meson quotes with
 * single quotes, other tools with double quotes or backslashes). */
static void split_command(const char *cmd, char ***args, size_t *n)
{
    const char *p = cmd;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n') p++;
        if (!*p) return;
        sn_buf w = {0};
        sn_buf_puts(&w, ""); /* '' is a word too */
        for (; *p && *p != ' ' && *p != '\t' && *p != '\n'; p++) {
            if (*p == '\'') {
                const char *e = strchr(p + 1, '\'');
                if (!e) e = p + strlen(p);
                sn_buf_add(&w, p + 1, (size_t)(e - p - 1));
                p = *e ? e : e - 1;
            } else if (*p == '"') {
                for (p++; *p && *p != '"'; p++) {
                    if (*p == '\\' && p[1] && strchr("\"\\$`\n", p[1])) p++;
                    sn_buf_putc(&w, *p);
                }
                if (!*p) p--;
            } else if (*p == '\\' && p[1]) {
                sn_buf_putc(&w, *++p);
            } else {
                sn_buf_putc(&w, *p);
            }
        }
        add_arg(args, n, sn_buf_take(&w));
    }
}

/* One entry of compile_commands.json: {"directory", "file", and "arguments"
 * (a list) or "command" (a shell line)}, its flags kept (kept_flag) and its
 * paths made absolute. 0, or -1 when it is not one. */
static int read_entry(json_t *e, flags_rec *r)
{
    const char *d = json_string_value(json_object_get(e, "directory"));
    const char *file = json_string_value(json_object_get(e, "file"));
    json_t *list = json_object_get(e, "arguments");
    const char *command = json_string_value(json_object_get(e, "command"));
    if (!d || !file || (!json_is_array(list) && !command)) return -1;
    char **words = NULL;
    size_t nwords = 0;
    if (json_is_array(list)) {
        for (size_t k = 0; k < json_array_size(list); k++) {
            const char *a = json_string_value(json_array_get(list, k));
            if (!a) break;
            add_arg(&words, &nwords, sn_strdup(a));
        }
    } else {
        split_command(command, &words, &nwords);
    }
    r->file = absolute_in(d, file);
    size_t na = 0;
    add_arg(&r->args, &na, NULL), na = 0; /* an empty, terminated list */
    for (size_t k = 1; k < nwords; k++) { /* words[0] is the compiler */
        const char *a = words[k];
        if (!kept_flag(a)) continue;
        int path_flag = !strncmp(a, "-I", 2) || !strcmp(a, "-isystem") || !strcmp(a, "-iquote") ||
                        !strcmp(a, "-idirafter") || !strcmp(a, "-include");
        if (takes_value(a) && k + 1 < nwords) {
            add_arg(&r->args, &na, sn_strdup(a));
            const char *val = words[++k];
            add_arg(&r->args, &na, path_flag ? absolute_in(d, val) : sn_strdup(val));
        } else if (!strncmp(a, "-I", 2)) {
            char *abs = absolute_in(d, a + 2);
            add_arg(&r->args, &na, sn_strdup_printf("-I%s", abs));
            free(abs);
        } else {
            add_arg(&r->args, &na, sn_strdup(a));
        }
    }
    for (size_t k = 0; k < nwords; k++) free(words[k]);
    free(words);
    return 0;
}

int load_flags(const char *where, flags_db *db, char **err)
{
    size_t wl = strlen(where);
    static const char name[] = "compile_commands.json";
    char *json = wl >= sizeof name - 1 && strcmp(where + wl - (sizeof name - 1), name) == 0
                     ? sn_strdup(where)
                     : sn_strdup_printf("%s/%s", where, name);
    char *text = NULL;
    size_t len = 0;
    if (sn_read_file(json, &text, &len) != 0) {
        *err = sn_strdup_printf("--compile-commands %s: cannot read %s: %s", where, json,
                                strerror(errno));
        free(json);
        return -1;
    }
    json_error_t je;
    json_t *all = json_loadb(text, len, 0, &je);
    free(text);
    if (!json_is_array(all)) {
        *err = all ? sn_strdup_printf("%s:1: error: not a list of compile commands", json)
                   : sn_strdup_printf("%s:%d: error: %s", json, je.line, je.text);
        json_decref(all);
        free(json);
        return -1;
    }
    size_t n = json_array_size(all);
    db->items = sn_xcalloc(n + 1, sizeof *db->items);
    for (size_t i = 0; i < n; i++) {
        if (read_entry(json_array_get(all, i), &db->items[db->count]) != 0) {
            *err = sn_strdup_printf("%s: error: entry %zu is not a compile command (it needs "
                                    "\"directory\", \"file\", and \"arguments\" or \"command\")",
                                    json, i + 1);
            json_decref(all);
            free(json);
            flags_db_free(db);
            memset(db, 0, sizeof *db);
            return -1;
        }
        db->count++;
    }
    json_decref(all);
    free(json);
    return 0;
}

void flags_db_free(flags_db *db)
{
    for (size_t i = 0; i < db->count; i++) {
        free(db->items[i].file);
        for (char **a = db->items[i].args; a && *a; a++) free(*a);
        free(db->items[i].args);
    }
    free(db->items);
}

/* The flags for `real` (a real path): its own command; for a header, that
 * of the .c file of the same name in its folder, else of any .c file there
 * (a header is compiled as part of those); else NULL. */
const flags_rec *flags_for(const flags_db *db, const char *real)
{
    for (size_t i = 0; i < db->count; i++)
        if (strcmp(db->items[i].file, real) == 0) return &db->items[i];
    size_t len = strlen(real);
    if (len < 2 || strcmp(real + len - 2, ".h") != 0) return NULL;
    char *twin = sn_strdup(real);
    twin[len - 1] = 'c';
    const flags_rec *found = NULL;
    for (size_t i = 0; i < db->count && !found; i++)
        if (strcmp(db->items[i].file, twin) == 0) found = &db->items[i];
    free(twin);
    char *dir = sn_dirname(real);
    for (size_t i = 0; i < db->count && !found; i++) {
        char *d = sn_dirname(db->items[i].file);
        if (strcmp(d, dir) == 0) found = &db->items[i];
        free(d);
    }
    free(dir);
    return found;
}

/* ---- the files it read ------------------------------------------------- */

/* A cached value is the dependencies (path TAB size NL bytes NL, each),
 * a line "--", then the records. NULL when a dependency changed. */
char *still_valid(const char *value, size_t len)
{
    const char *s = value, *end = value + len;
    while (s < end && !(end - s >= 3 && memcmp(s, "--\n", 3) == 0)) {
        const char *tab = memchr(s, '\t', (size_t)(end - s));
        if (!tab) return NULL;
        char *path = sn_strndup(s, (size_t)(tab - s));
        size_t size = strtoull(tab + 1, NULL, 10);
        const char *nl = memchr(tab, '\n', (size_t)(end - tab));
        if (!nl || (size_t)(end - nl - 1) < size + 1) {
            free(path);
            return NULL;
        }
        char *now = NULL;
        size_t now_len = 0;
        int same = sn_read_file(path, &now, &now_len) == 0 && now_len == size &&
                   memcmp(now, nl + 1, size) == 0;
        free(now);
        free(path);
        if (!same) return NULL;
        s = nl + 1 + size + 1;
    }
    if (s >= end) return NULL;
    return sn_strndup(s + 3, (size_t)(end - s - 3));
}

/* ---- the code of a file ----------------------------------------------- */

char *code_of(const char *text, size_t len, size_t *out_len)
{
    char *c = sn_xmalloc(len + 2);
    memcpy(c, text, len);
    enum { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR } state = CODE;
    for (size_t i = 0; i < len; i++) {
        char ch = text[i], next = i + 1 < len ? text[i + 1] : '\0';
        switch (state) {
        case CODE:
            if (ch == '/' && next == '/') state = LINE_COMMENT;
            else if (ch == '/' && next == '*') state = BLOCK_COMMENT;
            else if (ch == '"') state = STRING;
            else if (ch == '\'') state = CHAR;
            if (state == LINE_COMMENT || state == BLOCK_COMMENT) c[i] = c[i + 1] = ' ', i++;
            break;
        case LINE_COMMENT: /* a backslash before the line's end continues it */
            if (ch == '\\' && (next == '\n' || (next == '\r' && i + 2 < len && text[i + 2] == '\n'))) {
                c[i] = ' ';
                i += next == '\r';
                i++;
            } else if (ch == '\n') {
                state = CODE;
            } else if (ch != '\r') {
                c[i] = ' ';
            }
            break;
        case BLOCK_COMMENT:
            if (ch == '*' && next == '/') {
                c[i] = c[i + 1] = ' ';
                i++;
                state = CODE;
            } else if (ch != '\n' && ch != '\r') {
                c[i] = ' ';
            }
            break;
        case STRING:
        case CHAR:
            if (ch == '\\') i++;
            else if (ch == (state == STRING ? '"' : '\'') || ch == '\n') state = CODE;
            break;
        }
    }
    size_t n = len;
    while (n && (c[n - 1] == ' ' || c[n - 1] == '\n' || c[n - 1] == '\r' || c[n - 1] == '\t')) n--;
    c[n++] = '\n';
    c[n] = '\0';
    *out_len = n;
    return c;
}
