/* write.c — see write.h. */
#include "write.h"

#include "buf.h"
#include "path.h"
#include "read.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char manifest_name[] = ".sidenotes-manifest";

static int by_path(const void *a, const void *b)
{
    return strcmp(((const sn_output *)a)->path, ((const sn_output *)b)->path);
}

/* Is `real` (a resolved path) the folder `root` or inside it? */
static int inside(const char *real, const char *root)
{
    size_t n = strlen(root);
    return strncmp(real, root, n) == 0 && (real[n] == '\0' || real[n] == '/' || n == 1);
}

/* Checks that `path` stays in the output folder: it is clean, and the
 * deepest part of it that already exists resolves inside `root`. */
static int check_path(const char *out_dir, const char *root, const char *path, char **err)
{
    char *full = sn_strdup_printf("%s/%s", out_dir, path);
    if (!sn_path_is_clean(path)) {
        *err = sn_error_at(full, 0, 0, "output path would leave the output folder");
        free(full);
        return -1;
    }
    char *probe = sn_dirname(full);
    size_t keep = strlen(out_dir);
    int rc = 0;
    for (;;) {
        struct stat st;
        if (lstat(probe, &st) == 0) {
            char *real = realpath(probe, NULL);
            if (!real || !inside(real, root)) {
                *err = sn_error_at(full, 0, 0, "output path would leave the output folder "
                                   "(%s leads to %s)", probe, real ? real : "nowhere");
                rc = -1;
            }
            free(real);
            break;
        }
        char *slash = strrchr(probe, '/');
        if (!slash || (size_t)(slash - probe) < keep) break;
        *slash = '\0';
    }
    free(probe);
    free(full);
    return rc;
}

int sn_make_parents(const char *full, size_t from)
{
    char *p = sn_strndup(full, strlen(full));
    char *slash = strrchr(p, '/');
    struct stat st;
    if (slash) { /* most files go where an earlier one went */
        *slash = '\0';
        int exists = stat(p, &st) == 0 && S_ISDIR(st.st_mode);
        *slash = '/';
        if (exists) {
            free(p);
            return 0;
        }
    }
    for (char *s = p + from + 1; *s; s++) {
        if (*s != '/') continue;
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    free(p);
    return 0;
}

/* Does the file already hold exactly these bytes? */
static int same_content(const char *full, const char *data, size_t len)
{
    struct stat st;
    if (stat(full, &st) != 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size != len) return 0;
    char *old;
    size_t old_len;
    if (sn_read_file(full, &old, &old_len) != 0) return 0;
    int same = old_len == len && memcmp(old, data, len) == 0;
    free(old);
    return same;
}

static int write_atomically(const char *full, const char *data, size_t len, char **err)
{
    char *tmp = sn_strdup_printf("%s.tmp-%ld", full, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(data, 1, len, f) == len;
    if (f && fclose(f) != 0) ok = 0;
    if (ok && rename(tmp, full) != 0) ok = 0;
    if (!ok) {
        *err = sn_error_at(full, 0, 0, "cannot write: %s", strerror(errno));
        unlink(tmp);
    }
    free(tmp);
    return ok ? 0 : -1;
}

/* Removes the files of the previous build that this one did not make, and
 * the folders that leaves empty. */
static void remove_stale(const char *out_dir, const char *root, const sn_output *files, size_t count,
                         sn_write_stats *stats)
{
    char *path = sn_strdup_printf("%s/%s", out_dir, manifest_name);
    char *old;
    size_t len;
    if (sn_read_file(path, &old, &len) != 0) {
        free(path);
        return;
    }
    free(path);
    for (char *line = old, *next; *line; line = next) {
        next = strchr(line, '\n');
        if (!next) break;
        *next++ = '\0';
        sn_output key = {line, NULL, 0};
        if (!sn_path_is_clean(line) || (count && bsearch(&key, files, count, sizeof *files, by_path)))
            continue;
        char *full = sn_strdup_printf("%s/%s", out_dir, line);
        char *dir = sn_dirname(full);
        char *real = realpath(dir, NULL);
        if (real && inside(real, root) && unlink(full) == 0) {
            stats->removed++;
            /* Empty folders up to the output folder go too. */
            while (strlen(dir) > strlen(out_dir) && rmdir(dir) == 0) {
                char *up = sn_dirname(dir);
                free(dir);
                dir = up;
            }
        }
        free(real);
        free(dir);
        free(full);
    }
    free(old);
}

int sn_write_outputs(const char *out_dir, sn_output *files, size_t count, sn_write_stats *stats,
                     char **err)
{
    memset(stats, 0, sizeof *stats);
    if (count) qsort(files, count, sizeof *files, by_path);
    for (size_t i = 1; i < count; i++) {
        if (strcmp(files[i - 1].path, files[i].path) == 0) {
            *err = sn_error_at(files[i].path, 0, 0, "two sources would be written to the same "
                               "output file (a page and a copied file, or readme.md and index.md?)");
            return -1;
        }
    }
    if (sn_make_parents(out_dir, 0) != 0 || (mkdir(out_dir, 0777) != 0 && errno != EEXIST)) {
        *err = sn_error_at(out_dir, 0, 0, "cannot create the output folder: %s", strerror(errno));
        return -1;
    }
    char *root = realpath(out_dir, NULL);
    if (!root) {
        *err = sn_error_at(out_dir, 0, 0, "cannot use the output folder: %s", strerror(errno));
        return -1;
    }
    int rc = 0;
    for (size_t i = 0; i < count && rc == 0; i++) rc = check_path(out_dir, root, files[i].path, err);
    for (size_t i = 0; i < count && rc == 0; i++) {
        char *full = sn_strdup_printf("%s/%s", out_dir, files[i].path);
        if (same_content(full, files[i].data, files[i].len)) {
            stats->unchanged++;
        } else if (sn_make_parents(full, strlen(out_dir)) != 0) {
            *err = sn_error_at(full, 0, 0, "cannot create its folder: %s", strerror(errno));
            rc = -1;
        } else if ((rc = write_atomically(full, files[i].data, files[i].len, err)) == 0) {
            stats->written++;
        }
        free(full);
    }
    if (rc == 0) {
        remove_stale(out_dir, root, files, count, stats);
        sn_buf manifest = {0};
        for (size_t i = 0; i < count; i++) sn_buf_printf(&manifest, "%s\n", files[i].path);
        char *full = sn_strdup_printf("%s/%s", out_dir, manifest_name);
        if (!same_content(full, manifest.data ? manifest.data : "", manifest.len))
            rc = write_atomically(full, manifest.data ? manifest.data : "", manifest.len, err);
        free(full);
        sn_buf_free(&manifest);
    }
    free(root);
    return rc;
}
