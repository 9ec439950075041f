/* fs.c — see fs.h. Directory listings walk with opendir/readdir and a
 * path buffer passed down the recursion: no nftw, whose callback has no
 * user pointer and so needs a global. */
#include "fs.h"

#include "buf.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int sn_read_file(const char *path, char **data, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    sn_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) sn_buf_add(&b, chunk, n);
    int failed = ferror(f);
    int saved = errno;
    fclose(f);
    if (failed) {
        sn_buf_free(&b);
        errno = saved ? saved : EIO;
        return -1;
    }
    *len = b.len;
    *data = sn_buf_take(&b);
    return 0;
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

int sn_same_stat(const struct stat *a, const struct stat *b)
{
    return a->st_ino == b->st_ino && a->st_dev == b->st_dev && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
           a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

int sn_make_dirs(const char *dir)
{
    char *p = sn_strdup_printf("%s/.", dir);
    int rc = sn_make_parents(p, 0);
    free(p);
    return rc;
}

int sn_list_folder(const char *dir, int hidden, sn_strv *names)
{
    DIR *d = opendir(dir);
    if (!d) return -1;
    size_t first = names->count;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        const char *n = e->d_name;
        if (n[0] == '.' && (!hidden || n[1] == '\0' || (n[1] == '.' && n[2] == '\0'))) continue;
        sn_strv_add(names, n);
    }
    closedir(d);
    if (names->count > first)
        qsort(names->items + first, names->count - first, sizeof *names->items, sn_strcmp_ptr);
    return 0;
}

static void list_under(const char *root, const char *rel, const char *suffix, sn_strv *out)
{
    char *dir = *rel ? sn_strdup_printf("%s/%s", root, rel) : sn_strdup(root);
    sn_strv names = {0};
    sn_list_folder(dir, 0, &names); /* a missing folder lists nothing */
    size_t k = strlen(suffix);
    for (size_t i = 0; i < names.count; i++) {
        char *path = sn_strdup_printf("%s/%s", dir, names.items[i]);
        char *sub = *rel ? sn_strdup_printf("%s/%s", rel, names.items[i]) : sn_strdup(names.items[i]);
        struct stat st;
        if (lstat(path, &st) == 0) {
            size_t n = strlen(sub);
            if (S_ISDIR(st.st_mode)) list_under(root, sub, suffix, out);
            else if (S_ISREG(st.st_mode) && n > k && strcmp(sub + n - k, suffix) == 0)
                sn_strv_addn(out, sub, n - k);
        }
        free(sub);
        free(path);
    }
    sn_strv_free(&names);
    free(dir);
}

void sn_list_files(const char *dir, const char *suffix, sn_strv *out)
{
    size_t first = out->count;
    list_under(dir, "", suffix, out);
    if (out->count > first)
        qsort(out->items + first, out->count - first, sizeof *out->items, sn_strcmp_ptr);
}

int sn_remove_tree(const char *dir)
{
    sn_strv names = {0};
    sn_list_folder(dir, 1, &names); /* a missing folder: rmdir says so */
    for (size_t i = 0; i < names.count; i++) {
        char *path = sn_strdup_printf("%s/%s", dir, names.items[i]);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) sn_remove_tree(path);
        else unlink(path);
        free(path);
    }
    sn_strv_free(&names);
    return rmdir(dir);
}
