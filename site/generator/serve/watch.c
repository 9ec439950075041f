/* watch.c — see watch.h. */
#include "watch.h"

#include "buf.h"
#include "fs.h"
#include "markers.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

/* Saving a file is a write and close, or (most editors) a write to another
 * name and a rename; touch(1) changes only its times. A new folder is
 * watched as it appears. */
#define WATCH_MASK                                                                        \
    (IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | \
     IN_DELETE_SELF | IN_ONLYDIR)

typedef struct {
    int wd;
    char *path;
} watched;

struct sn_watch {
    int fd;
    watched *dirs;
    size_t ndirs;
    char **skip;
};

static int skipped(const sn_watch *w, const char *path)
{
    for (char **s = w->skip; s && *s; s++) {
        size_t n = strlen(*s);
        if (strncmp(path, *s, n) == 0 && (path[n] == '\0' || path[n] == '/')) return 1;
    }
    return 0;
}

static int ignored_name(const char *name)
{
    size_t n = strlen(name);
    if (strcmp(name, SN_FOLDER_SETTINGS) == 0) return 0; /* a folder's settings (read.h) */
    return name[0] == '.' || (n && name[n - 1] == '~');
}

/* Watches `dir` and the folders under it. Folders that cannot be read are
 * left out (a build will report them); only the root must exist. */
static int add_tree(sn_watch *w, const char *dir, int root, char **err)
{
    char *real = realpath(dir, NULL);
    if (!real || skipped(w, real)) {
        if (!real && root) *err = sn_strdup_printf("%s: error: cannot watch: %s", dir, strerror(errno));
        free(real);
        return real || !root ? 0 : -1;
    }
    free(real);
    int wd = inotify_add_watch(w->fd, dir, WATCH_MASK);
    if (wd < 0) {
        if (!root && errno != ENOSPC) return 0;
        *err = sn_strdup_printf("%s: error: cannot watch: %s%s", dir, strerror(errno),
                                errno == ENOSPC ? " (raise fs.inotify.max_user_watches)" : "");
        return -1;
    }
    w->dirs = sn_xrealloc(w->dirs, (w->ndirs + 1) * sizeof *w->dirs);
    w->dirs[w->ndirs++] = (watched){wd, sn_strndup(dir, strlen(dir))};
    sn_strv names = {0};
    if (sn_list_folder(dir, 0, &names) != 0) return 0;
    int rc = 0;
    for (size_t i = 0; i < names.count && rc == 0; i++) {
        char *path = sn_strdup_printf("%s/%s", dir, names.items[i]);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) rc = add_tree(w, path, 0, err);
        free(path);
    }
    sn_strv_free(&names);
    return rc;
}

sn_watch *sn_watch_new(const char *const *roots, const char *const *skip, char **err)
{
    sn_watch *w = sn_xcalloc(1, sizeof *w);
    w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (w->fd < 0) {
        *err = sn_strdup_printf("error: inotify: %s", strerror(errno));
        free(w);
        return NULL;
    }
    size_t n = 0;
    while (skip && skip[n]) n++;
    w->skip = sn_xcalloc(n + 1, sizeof *w->skip);
    for (size_t i = 0; i < n; i++) w->skip[i] = sn_strndup(skip[i], strlen(skip[i]));
    for (const char *const *r = roots; *r; r++)
        if (add_tree(w, *r, 1, err) != 0) {
            sn_watch_free(w);
            return NULL;
        }
    return w;
}

void sn_watch_free(sn_watch *w)
{
    if (!w) return;
    close(w->fd);
    for (size_t i = 0; i < w->ndirs; i++) free(w->dirs[i].path);
    free(w->dirs);
    for (char **s = w->skip; s && *s; s++) free(*s);
    free(w->skip);
    free(w);
}

int sn_watch_fd(const sn_watch *w) { return w->fd; }

static const char *dir_of(const sn_watch *w, int wd)
{
    for (size_t i = 0; i < w->ndirs; i++)
        if (w->dirs[i].wd == wd) return w->dirs[i].path;
    return NULL;
}

int sn_watch_read(sn_watch *w, char **what)
{
    _Alignas(struct inotify_event) char buf[16384];
    int changed = 0;
    ssize_t n;
    while ((n = read(w->fd, buf, sizeof buf)) > 0) {
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *e = (const struct inotify_event *)p;
            p += sizeof *e + e->len;
            const char *dir = dir_of(w, e->wd);
            if (e->mask & IN_Q_OVERFLOW) {
                changed = 1; /* events were lost: rebuild to be safe */
                continue;
            }
            if (!dir) continue;
            const char *name = e->len ? e->name : "";
            if (*name && ignored_name(name)) continue;
            char *path = *name ? sn_strdup_printf("%s/%s", dir, name) : sn_strndup(dir, strlen(dir));
            char *real = realpath(path, NULL);
            int skip = real && skipped(w, real);
            free(real);
            /* A file just made by open(2) is still empty: the close that
             * follows is the change. A new link or symlink has no close. */
            struct stat st;
            if (!skip && (e->mask & IN_CREATE) && !(e->mask & IN_ISDIR) && lstat(path, &st) == 0 &&
                S_ISREG(st.st_mode) && st.st_nlink == 1)
                skip = 1;
            if (!skip) {
                if ((e->mask & (IN_CREATE | IN_MOVED_TO)) && (e->mask & IN_ISDIR)) {
                    char *ignore = NULL;
                    add_tree(w, path, 0, &ignore);
                    free(ignore);
                }
                if (!changed && what) *what = sn_strndup(path, strlen(path));
                changed = 1;
            }
            free(path);
        }
    }
    return changed;
}
