/* write.c — see write.h. */
#include "write.h"
#include "markers.h"

#include "buf.h"
#include "fs.h"
#include "path.h"
#include "read.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static const char manifest_name[] = SN_MANIFEST_NAME;
static const char lock_name[] = SN_LOCK_NAME;
static const char staging_suffix[] = SN_STAGING_SUFFIX;

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

/* ------------------------------------------------------------------------
 * What the last write left (serve): each file's bytes, and its inode, size
 * and times once the write was done, sorted by path. */

typedef struct {
    char *path;
    struct stat st;
    char *data;
    size_t len;
} written_file;

struct sn_written {
    written_file *files;
    size_t count;
};

sn_written *sn_written_new(void)
{
    return sn_xcalloc(1, sizeof(sn_written));
}

static void written_clear(sn_written *w)
{
    for (size_t i = 0; i < w->count; i++) {
        free(w->files[i].path);
        free(w->files[i].data);
    }
    free(w->files);
    w->files = NULL;
    w->count = 0;
}

void sn_written_free(sn_written *w)
{
    if (!w) return;
    written_clear(w);
    free(w);
}

static int written_by_path(const void *a, const void *b)
{
    return strcmp(((const written_file *)a)->path, ((const written_file *)b)->path);
}

static written_file *written_find(const sn_written *w, const char *path)
{
    written_file key = {(char *)path, {0}, NULL, 0};
    return w && w->count ? bsearch(&key, w->files, w->count, sizeof key, written_by_path) : NULL;
}

/* After a good write: the files as they now are in `root`. A file's bytes
 * are copied only when they differ from the ones kept for it. */
static void written_record(sn_written *w, const char *root, const sn_output *files, size_t count)
{
    written_file *now = sn_xcalloc(count + 1, sizeof *now);
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        char *full = sn_strdup_printf("%s/%s", root, files[i].path);
        struct stat st;
        int ok = stat(full, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size == files[i].len;
        free(full);
        if (!ok) continue;
        written_file *was = written_find(w, files[i].path);
        written_file *f = &now[n++];
        f->path = sn_strdup(files[i].path);
        f->st = st;
        f->len = files[i].len;
        /* A file this write did not touch holds the bytes kept for it (it
         * was compared); one it replaced, the new ones. */
        if (was && was->data && was->len == f->len &&
            (sn_same_stat(&was->st, &st) || memcmp(was->data, files[i].data, f->len) == 0)) {
            f->data = was->data; /* moved: `was` is freed below */
            was->data = NULL;
        } else {
            f->data = sn_xmalloc(f->len + 1);
            memcpy(f->data, files[i].data, f->len);
        }
    }
    written_clear(w);
    w->files = now;
    w->count = n; /* in the order of `files`: by path */
}

/* Does the file already hold exactly these bytes? `known` (or NULL) may
 * say so without reading it; `path` is the file's path in the site. */
static int same_content(const sn_written *known, const char *path, const char *full,
                        const char *data, size_t len)
{
    struct stat st;
    if (stat(full, &st) != 0 || !S_ISREG(st.st_mode) || (size_t)st.st_size != len) return 0;
    const written_file *k = path ? written_find(known, path) : NULL;
    if (k && sn_same_stat(&k->st, &st)) return k->len == len && memcmp(k->data, data, len) == 0;
    char *old;
    size_t old_len;
    if (sn_read_file(full, &old, &old_len) != 0) return 0;
    int same = old_len == len && memcmp(old, data, len) == 0;
    free(old);
    return same;
}

/* Fault injection, for the tests of a full disk and of a killed build:
 * SIDENOTES_FAIL_WRITE=N makes the Nth file written fail with ENOSPC,
 * SIDENOTES_KILL_AT_WRITE=N sends the build SIGKILL just before it, and
 * SIDENOTES_NO_SWAP=1 makes the folder swap fail as on a file system that
 * cannot exchange two folders, so that the file-by-file path runs, and
 * SIDENOTES_FAIL_RENAME=1 then makes putting each file in place fail. */
typedef struct {
    long writes, fail_at, kill_at, no_swap, fail_rename;
} faults;

static long env_number(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? strtol(v, NULL, 10) : 0;
}

static int write_file(const char *full, const char *data, size_t len, faults *fl, char **err)
{
    fl->writes++;
    if (fl->kill_at && fl->writes == fl->kill_at) raise(SIGKILL);
    FILE *f = fopen(full, "wb");
    int ok = f && fwrite(data, 1, len, f) == len;
    if (f && fclose(f) != 0) ok = 0;
    if (ok && fl->fail_at && fl->writes == fl->fail_at) {
        errno = ENOSPC;
        ok = 0;
    }
    if (!ok) {
        *err = sn_error_at(full, 0, 0, "cannot write: %s", strerror(errno));
        unlink(full);
    }
    return ok ? 0 : -1;
}

static int write_atomically(const char *full, const char *data, size_t len, faults *fl, char **err)
{
    char *tmp = sn_strdup_printf("%s.tmp-%ld", full, (long)getpid());
    int rc = write_file(tmp, data, len, fl, err);
    if (rc == 0 && fl->fail_rename) errno = EXDEV;
    if (rc == 0 && (fl->fail_rename || rename(tmp, full) != 0)) {
        *err = sn_error_at(full, 0, 0, "cannot write: %s", strerror(errno));
        unlink(tmp);
        rc = -1;
    }
    free(tmp);
    return rc;
}

/* ------------------------------------------------------------------------
 * The paths of the previous build, from its manifest, sorted. */

typedef struct {
    char *text;
    char **paths;
    size_t count;
} manifest;

static int by_string(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void manifest_read(const char *out_dir, manifest *m)
{
    memset(m, 0, sizeof *m);
    char *path = sn_strdup_printf("%s/%s", out_dir, manifest_name);
    size_t len, cap = 0;
    if (sn_read_file(path, &m->text, &len) == 0) {
        for (char *line = m->text, *next; *line; line = next) {
            next = strchr(line, '\n');
            if (!next) break;
            *next++ = '\0';
            if (!sn_path_is_clean(line)) continue;
            if (m->count == cap) m->paths = sn_xrealloc(m->paths, (cap = cap ? cap * 2 : 64) * sizeof *m->paths);
            m->paths[m->count++] = line;
        }
        if (m->count) qsort(m->paths, m->count, sizeof *m->paths, by_string);
    }
    free(path);
}

static int manifest_has(const manifest *m, const char *path)
{
    return m->count && bsearch(&path, m->paths, m->count, sizeof *m->paths, by_string) != NULL;
}

static void manifest_free(manifest *m)
{
    free(m->text);
    free(m->paths);
}

static const sn_output *find_output(const sn_output *files, size_t count, const char *path)
{
    sn_output key = {(char *)path, NULL, 0};
    return count ? bsearch(&key, files, count, sizeof *files, by_path) : NULL;
}

/* Removes the files of the previous build that this one did not make, and
 * the folders that leaves empty. (The fallback, when folders cannot be
 * swapped.) */
static void remove_stale(const char *out_dir, const char *root, const sn_output *files, size_t count,
                         const manifest *old, sn_write_stats *stats)
{
    for (size_t i = 0; i < old->count; i++) {
        const char *line = old->paths[i];
        if (find_output(files, count, line)) continue;
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
}

/* ------------------------------------------------------------------------
 * The new site is made whole beside the old one, in .NAME.sidenotes-new
 * next to the output folder NAME:
 * every file this build writes, and a hard link to every other file of the
 * output folder (unchanged pages keep their inode and time stamp; files
 * that are not ours stay; stale files of the previous build are left out).
 * Then one renameat2(RENAME_EXCHANGE) swaps the two folders: a build killed
 * at any point leaves either the whole previous site or the whole new one,
 * and the next build removes what a killed one left beside it. */

typedef struct {
    const char *root, *stage;
    const sn_output *files;
    size_t count;
    const manifest *old;
    const sn_written *known;
    sn_write_stats *stats;
    char **err;
} staging;

/* Links the files of folder `rel` ("" for the top) of the old site into the
 * staging folder, but for those this build writes and the stale ones. */
static int link_old(staging *st, const char *rel)
{
    char *dir = *rel ? sn_strdup_printf("%s/%s", st->root, rel) : sn_strndup(st->root, strlen(st->root));
    sn_strv names = {0};
    if (sn_list_folder(dir, 1, &names) != 0) { /* the author's own dot files too */
        *st->err = sn_error_at(dir, 0, 0, "cannot read folder: %s", strerror(errno));
        free(dir);
        return -1;
    }
    int rc = 0, entries = 0;
    for (size_t i = 0; i < names.count && rc == 0; i++) {
        const char *name = names.items[i];
        entries++;
        char *path = *rel ? sn_strdup_printf("%s/%s", rel, name) : sn_strndup(name, strlen(name));
        char *from = sn_strdup_printf("%s/%s", st->root, path);
        char *to = sn_strdup_printf("%s/%s", st->stage, path);
        struct stat sb;
        if (lstat(from, &sb) != 0) {
            /* gone meanwhile: nothing to keep */
        } else if (S_ISDIR(sb.st_mode)) {
            rc = link_old(st, path);
        } else if (strcmp(path, manifest_name) == 0 || strcmp(path, lock_name) == 0 ||
                   find_output(st->files, st->count, path)) {
            /* written (or linked, when unchanged) by sn_write_outputs */
        } else if (manifest_has(st->old, path)) {
            st->stats->removed++; /* stale: left out of the new site */
        } else if (sn_make_parents(to, strlen(st->stage)) != 0 || link(from, to) != 0) {
            *st->err = sn_error_at(to, 0, 0, "cannot link: %s", strerror(errno));
            rc = -1;
        }
        free(to);
        free(from);
        free(path);
    }
    sn_strv_free(&names);
    if (rc == 0 && entries == 0 && *rel) { /* an empty folder of someone else's stays */
        char *to = sn_strdup_printf("%s/%s/", st->stage, rel);
        if (sn_make_parents(to, strlen(st->stage)) != 0) {
            *st->err = sn_error_at(to, 0, 0, "cannot create its folder: %s", strerror(errno));
            rc = -1;
        }
        free(to);
    }
    free(dir);
    return rc;
}

static int stage_outputs(staging *st, faults *fl)
{
    int rc = 0;
    for (size_t i = 0; i < st->count && rc == 0; i++) {
        char *full = sn_strdup_printf("%s/%s", st->root, st->files[i].path);
        char *to = sn_strdup_printf("%s/%s", st->stage, st->files[i].path);
        if (sn_make_parents(to, strlen(st->stage)) != 0) {
            *st->err = sn_error_at(full, 0, 0, "cannot create its folder: %s", strerror(errno));
            rc = -1;
        } else if (same_content(st->known, st->files[i].path, full, st->files[i].data, st->files[i].len) &&
                   link(full, to) == 0) {
            st->stats->unchanged++;
        } else if ((rc = write_file(to, st->files[i].data, st->files[i].len, fl, st->err)) == 0) {
            st->stats->written++;
        } else {
            /* the message names the staged file: name the real one */
            free(*st->err);
            *st->err = sn_error_at(full, 0, 0, "cannot write: %s", strerror(errno));
        }
        free(to);
        free(full);
    }
    return rc;
}

/* Is every output already there, byte for byte, and nothing stale? Then
 * the build writes nothing at all. */
static int nothing_to_do(const char *out_dir, const sn_output *files, size_t count, const manifest *old,
                         const sn_written *known)
{
    if (old->count != count) return 0;
    for (size_t i = 0; i < count; i++) {
        if (!manifest_has(old, files[i].path)) return 0;
        char *full = sn_strdup_printf("%s/%s", out_dir, files[i].path);
        int same = same_content(known, files[i].path, full, files[i].data, files[i].len);
        free(full);
        if (!same) return 0;
    }
    return 1;
}

/* The files replaced one by one, each whole (the fallback where folders
 * cannot be swapped, and serve's way: a preview's pages reload once the
 * write is done), the stale ones removed, and the manifest. */
static int write_in_place(const char *root, const sn_output *files, size_t count, const manifest *old,
                          const sn_written *known, const sn_buf *list, sn_write_stats *stats,
                          faults *fl, char **err)
{
    int rc = 0;
    for (size_t i = 0; i < count && rc == 0; i++) {
        char *full = sn_strdup_printf("%s/%s", root, files[i].path);
        if (same_content(known, files[i].path, full, files[i].data, files[i].len)) {
            stats->unchanged++;
        } else if (sn_make_parents(full, strlen(root)) != 0) {
            *err = sn_error_at(full, 0, 0, "cannot create its folder: %s", strerror(errno));
            rc = -1;
        } else if ((rc = write_atomically(full, files[i].data, files[i].len, fl, err)) == 0) {
            stats->written++;
        }
        free(full);
    }
    if (rc == 0) {
        remove_stale(root, root, files, count, old, stats);
        char *full = sn_strdup_printf("%s/%s", root, manifest_name);
        const char *text = list->data ? list->data : "";
        if (!same_content(NULL, NULL, full, text, list->len))
            rc = write_atomically(full, text, list->len, fl, err);
        free(full);
    }
    return rc;
}

/* Two builds into one folder take turns, holding a lock on
 * ROOT/.sidenotes-lock for the write. The file is removed at the end (the
 * new site does not hold it), so a build that waited on it checks, once it
 * has the lock, that the name still leads to the file it locked. */
static int lock_output(const char *root, int *fd, char **err)
{
    char *path = sn_strdup_printf("%s/%s", root, lock_name);
    int rc = 0, said = 0;
    for (;;) {
        struct stat held, named;
        *fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
        if (*fd < 0) {
            *err = sn_error_at(path, 0, 0, "cannot create the lock file: %s", strerror(errno));
            rc = -1;
            break;
        }
        if (flock(*fd, LOCK_EX | LOCK_NB) != 0) {
            if (!said++) fprintf(stderr, "sidenotes: another build is writing to %s; waiting for it\n", root);
            if (flock(*fd, LOCK_EX) != 0) {
                *err = sn_error_at(path, 0, 0, "cannot lock: %s", strerror(errno));
                rc = -1;
                break;
            }
        }
        if (fstat(*fd, &held) == 0 && stat(path, &named) == 0 && held.st_ino == named.st_ino &&
            held.st_dev == named.st_dev)
            break;
        close(*fd); /* the build before removed it: lock the new one */
    }
    if (rc != 0 && *fd >= 0) close(*fd), *fd = -1;
    free(path);
    return rc;
}

static void unlock_output(const char *root, int fd)
{
    if (fd < 0) return;
    char *path = sn_strdup_printf("%s/%s", root, lock_name);
    unlink(path);
    free(path);
    close(fd);
}

static int swap_folders(const char *a, const char *b, const faults *fl)
{
    if (fl->no_swap) {
        errno = EINVAL;
        return -1;
    }
#ifdef RENAME_EXCHANGE
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    (void)a, (void)b;
    errno = ENOSYS;
    return -1;
#endif
}

int sn_write_outputs(const char *out_dir, sn_output *files, size_t count, sn_write_stats *stats,
                     char **err)
{
    return sn_write_outputs_known(out_dir, files, count, NULL, stats, err);
}

int sn_write_outputs_known(const char *out_dir, sn_output *files, size_t count, sn_written *known,
                           sn_write_stats *stats, char **err)
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
    faults fl = {0, env_number("SIDENOTES_FAIL_WRITE"), env_number("SIDENOTES_KILL_AT_WRITE"),
                 env_number("SIDENOTES_NO_SWAP"), env_number("SIDENOTES_FAIL_RENAME")};
    int lock = -1;
    int rc = lock_output(root, &lock, err);
    /* What a killed build left beside the folder goes first. */
    /* Beside the folder, hidden: a source tree holding the output folder
     * ignores it (read.c skips dot files). */
    char *parent = sn_dirname(root);
    char *stage = sn_strdup_printf("%s/.%s%s", strcmp(root, "/") ? parent : "", sn_basename(root),
                                   staging_suffix);
    free(parent);
    if (rc == 0) sn_remove_tree(stage);
    for (size_t i = 0; i < count && rc == 0; i++) rc = check_path(out_dir, root, files[i].path, err);
    manifest old;
    manifest_read(root, &old);
    sn_buf list = {0};
    for (size_t i = 0; i < count; i++) sn_buf_printf(&list, "%s\n", files[i].path);
    if (rc == 0 && nothing_to_do(root, files, count, &old, known)) {
        stats->unchanged = count;
        goto done;
    }
    if (rc == 0 && known) {
        /* serve: only the files that changed are written (each replaced
         * whole, by a rename), as making the whole site again beside the
         * old one costs a folder and a link per file of it, at every save. */
        rc = write_in_place(root, files, count, &old, known, &list, stats, &fl, err);
    } else if (rc == 0) {
        struct stat st;
        staging sg = {root, stage, files, count, &old, known, stats, err};
        if (stat(root, &st) != 0 || mkdir(stage, st.st_mode & 07777) != 0) {
            *err = sn_error_at(stage, 0, 0, "cannot create the new site's folder: %s", strerror(errno));
            rc = -1;
        }
        if (rc == 0) rc = link_old(&sg, "");
        if (rc == 0) rc = stage_outputs(&sg, &fl);
        char *m = sn_strdup_printf("%s/%s", stage, manifest_name);
        char *was = sn_strdup_printf("%s/%s", root, manifest_name);
        const char *text = list.data ? list.data : "";
        if (rc == 0 && !(same_content(NULL, NULL, was, text, list.len) && link(was, m) == 0))
            rc = write_file(m, text, list.len, &fl, err);
        free(was);
        free(m);
        if (rc == 0 && swap_folders(stage, root, &fl) != 0) {
            /* A file system or a folder (a mount point) that cannot swap:
             * file by file, each replaced whole. */
            memset(stats, 0, sizeof *stats);
            rc = write_in_place(root, files, count, &old, known, &list, stats, &fl, err);
        }
        sn_remove_tree(stage); /* the old site after a swap, or a failed new one */
    }
done:
    if (known && rc == 0) written_record(known, root, files, count);
    else if (known) written_clear(known); /* what is there is not known now */
    sn_buf_free(&list);
    manifest_free(&old);
    free(stage);
    unlock_output(root, lock);
    free(root);
    return rc;
}
