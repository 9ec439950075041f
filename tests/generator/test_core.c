#define _GNU_SOURCE /* mkdtemp, symlink */
/* Unit tests of the shared core (src/core/): the sorted file listing, mkdir
 * -p, removing a scratch tree, string vectors, and errors as values. Works in
 * a fresh folder under $TMPDIR (or /tmp) and removes it. */
#include "error.h"
#include "fs.h"
#include "strv.h"
#include "buf.h"
#include "check.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static void touch(const char *root, const char *rel)
{
    char *path = sn_strdup_printf("%s/%s", root, rel);
    CHECK_INT(sn_make_parents(path, 0), 0);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (f) fclose(f);
    free(path);
}

static char *joined(const sn_strv *v)
{
    sn_buf b = {0};
    for (size_t i = 0; i < v->count; i++) sn_buf_printf(&b, "%s%s", i ? " " : "", v->items[i]);
    return sn_buf_take(&b);
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    char *root = sn_strdup_printf("%s/sn-core-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(root)) {
        perror(root);
        return 1;
    }

    /* A listing: files ending in the suffix, relative, suffix cut, sorted
     * by path whatever order the folder gives them in; dot files, other
     * suffixes and symbolic links left out. */
    touch(root, "zh/b.po");
    touch(root, "zh/a.c.po");
    touch(root, "zh/sub/deep/c.po");
    touch(root, "zh/.hidden.po");
    touch(root, "zh/notes.pot");
    touch(root, "zh/Z.po");
    char *dir = sn_strdup_printf("%s/zh", root);
    char *link = sn_strdup_printf("%s/zh/link.po", root);
    CHECK_INT(symlink("b.po", link), 0);
    sn_strv v = {0};
    sn_list_files(dir, ".po", &v);
    char *got = joined(&v);
    CHECK_STR(got, "Z a.c b sub/deep/c");
    free(got);
    CHECK(sn_strv_find(&v, "sub/deep/c"));
    CHECK(!sn_strv_find(&v, "link"));
    sn_strv_free(&v);
    CHECK_INT(v.count, 0);

    /* Duplicates dropped from an index on, the first of each kept in
     * place; what comes before the index is left alone. */
    const char *names[] = {"k", "b", "a", "b", "c", "a", "k", "b"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) sn_strv_add(&v, names[i]);
    sn_strv_unique_from(&v, 1);
    got = joined(&v);
    CHECK_STR(got, "k b a c k");
    free(got);
    sn_strv_unique_from(&v, 0);
    got = joined(&v);
    CHECK_STR(got, "k b a c");
    free(got);
    sn_strv_unique_from(&v, 9); /* past the end: nothing */
    CHECK_INT(v.count, 4);
    sn_strv_free(&v);

    /* A missing folder lists nothing; an empty suffix lists every file. */
    char *missing = sn_strdup_printf("%s/none", root);
    sn_list_files(missing, ".po", &v);
    CHECK_INT(v.count, 0);
    sn_list_files(dir, "", &v);
    got = joined(&v);
    CHECK_STR(got, "Z.po a.c.po b.po notes.pot sub/deep/c.po");
    free(got);
    sn_strv_free(&v);

    /* One folder's entries, the walks' one way of reading a folder: sorted,
     * folders and links included, dot files only when asked for; a missing
     * folder is an error with errno. */
    sn_list_folder(dir, 0, &v);
    got = joined(&v);
    CHECK_STR(got, "Z.po a.c.po b.po link.po notes.pot sub");
    free(got);
    sn_strv_free(&v);
    CHECK_INT(sn_list_folder(dir, 1, &v), 0);
    got = joined(&v);
    CHECK_STR(got, ".hidden.po Z.po a.c.po b.po link.po notes.pot sub");
    free(got);
    sn_strv_free(&v);
    errno = 0;
    CHECK_INT(sn_list_folder(missing, 0, &v), -1);
    CHECK_INT(errno, ENOENT);
    CHECK_INT(v.count, 0);

    /* mkdir -p of a deep folder, twice (the second finds it there). */
    char *deep = sn_strdup_printf("%s/x/y/z", root);
    CHECK_INT(sn_make_dirs(deep), 0);
    CHECK_INT(sn_make_dirs(deep), 0);
    struct stat st;
    CHECK(stat(deep, &st) == 0 && S_ISDIR(st.st_mode));

    /* Reading a whole file, and the error of a missing one. */
    char *data = NULL;
    size_t len = 99;
    char *file = sn_strdup_printf("%s/zh/b.po", root);
    CHECK_INT(sn_read_file(file, &data, &len), 0);
    CHECK_INT(len, 0);
    CHECK_STR(data, "");
    free(data);
    CHECK_INT(sn_read_file(missing, &data, &len), -1);

    /* Removing the scratch tree removes it all, not what a link points to. */
    CHECK_INT(sn_remove_tree(root), 0);
    CHECK(stat(root, &st) != 0);

    /* String vectors sort by bytes and find by bisection. */
    sn_strv_add(&v, "b");
    sn_strv_addn(&v, "abc", 1);
    sn_strv_add(&v, "B");
    sn_strv_sort(&v);
    got = joined(&v);
    CHECK_STR(got, "B a b");
    free(got);
    CHECK(sn_strv_find(&v, "a"));
    CHECK(!sn_strv_find(&v, "abc"));
    sn_strv_free(&v);

    /* Errors as values: the place stays numbers; text only at the end. */
    sn_error e = {0};
    sn_error_set(&e, NULL, 3, 6, "display math `%s` is never closed", "$$");
    CHECK_INT(e.line, 3);
    CHECK_INT(e.col, 6);
    got = sn_error_text(&e);
    CHECK_STR(got, "3:6: display math `$$` is never closed");
    free(got);
    sn_error_set(&e, "a.c", 7, 0, "bad");
    got = sn_error_text(&e);
    CHECK_STR(got, "a.c:7: error: bad");
    free(got);
    sn_error_free(&e);
    CHECK(e.message == NULL && e.file == NULL);

    free(root);
    free(dir);
    free(link);
    free(missing);
    free(deep);
    free(file);
    return check_failures != 0;
}
