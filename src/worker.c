/* worker.c — see worker.h. */
#include "worker.h"

#include "buf.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

struct sn_worker {
    char *name;
    pid_t pid;
    int to, from;  /* our ends of its stdin and stdout; -1 once closed */
    sn_buf output; /* read but not yet handed over */
};

sn_worker *sn_worker_start(const char *name, char *const argv[], char **err)
{
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0) goto pipe_failed;
    if (pipe2(out, O_CLOEXEC) != 0) {
        close(in[0]);
        close(in[1]);
        goto pipe_failed;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(in[0]);
    close(out[1]);
    if (rc != 0) {
        close(in[1]);
        close(out[0]);
        *err = sn_strdup_printf("error: cannot start %s (%s): %s", name, argv[0], strerror(rc));
        return NULL;
    }
    sn_worker *w = sn_xcalloc(1, sizeof *w);
    w->name = sn_strndup(name, strlen(name));
    w->pid = pid;
    w->to = in[1];
    w->from = out[0];
    return w;
pipe_failed:
    *err = sn_strdup_printf("error: cannot start %s: %s", name, strerror(errno));
    return NULL;
}

/* Reads more output; 0 at end of file, -1 on error. */
static ssize_t read_more(sn_worker *w)
{
    sn_buf_grow(&w->output, 65536);
    ssize_t n;
    do n = read(w->from, w->output.data + w->output.len, 65536);
    while (n < 0 && errno == EINTR);
    if (n > 0) {
        w->output.len += (size_t)n;
        w->output.data[w->output.len] = '\0';
    }
    return n;
}

/* Waits for the worker and describes how it ended, or NULL for status 0. */
static char *reap(sn_worker *w)
{
    int status;
    pid_t r;
    do r = waitpid(w->pid, &status, 0);
    while (r < 0 && errno == EINTR);
    w->pid = 0;
    if (r < 0) return sn_strdup_printf("error: %s vanished: %s", w->name, strerror(errno));
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return NULL;
    if (WIFEXITED(status))
        return sn_strdup_printf("error: %s died (exit status %d)", w->name, WEXITSTATUS(status));
    return sn_strdup_printf("error: %s died (killed by signal %d, %s)", w->name, WTERMSIG(status),
                            strsignal(WTERMSIG(status)));
}

char *sn_worker_read_line(sn_worker *w, char **err)
{
    char *nl;
    while (!(nl = w->output.data ? memchr(w->output.data, '\n', w->output.len) : NULL)) {
        if (read_more(w) <= 0) {
            close(w->from);
            w->from = -1;
            char *how = reap(w);
            *err = how ? how : sn_strdup_printf("error: %s stopped before saying hello", w->name);
            return NULL;
        }
    }
    size_t n = (size_t)(nl - w->output.data);
    char *line = sn_strndup(w->output.data, n);
    memmove(w->output.data, nl + 1, w->output.len - n - 1);
    w->output.len -= n + 1;
    w->output.data[w->output.len] = '\0';
    return line;
}

int sn_worker_send(sn_worker *w, const char *data, size_t len, char **err)
{
    while (len > 0) {
        ssize_t n = write(w->to, data, len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            /* EPIPE: it died; sn_worker_finish will tell how. */
            close(w->to);
            w->to = -1;
            if (errno == EPIPE) return 0;
            *err = sn_strdup_printf("error: cannot write to %s: %s", w->name, strerror(errno));
            return -1;
        }
        data += n;
        len -= (size_t)n;
    }
    close(w->to);
    w->to = -1;
    return 0;
}

char *sn_worker_finish(sn_worker *w, size_t *len, char **err)
{
    if (w->to >= 0) close(w->to);
    ssize_t n;
    while ((n = read_more(w)) > 0) {}
    close(w->from);
    char *how = reap(w);
    char *out = NULL;
    if (how) *err = how;
    else if (n < 0) *err = sn_strdup_printf("error: cannot read from %s: %s", w->name, strerror(errno));
    else {
        *len = w->output.len;
        out = sn_buf_take(&w->output);
    }
    sn_buf_free(&w->output);
    free(w->name);
    free(w);
    return out;
}

void sn_worker_abandon(sn_worker *w)
{
    if (!w) return;
    if (w->to >= 0) close(w->to);
    if (w->from >= 0) close(w->from);
    if (w->pid > 0) {
        kill(w->pid, SIGTERM);
        int status;
        while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR) {}
    }
    sn_buf_free(&w->output);
    free(w->name);
    free(w);
}
