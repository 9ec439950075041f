/* worker.c — see worker.h. */
#include "worker.h"

#include "buf.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* Large pipes let a whole batch go out, or come back, without waiting. */
enum { PIPE_BYTES = 1 << 20 };

struct sn_worker {
    char *name;
    pid_t pid;
    int to, from;  /* our ends of its stdin and stdout; -1 once closed */
    sn_buf output; /* everything it wrote so far */
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
    fcntl(in[1], F_SETPIPE_SZ, PIPE_BYTES); /* a smaller pipe only costs waiting */
    fcntl(out[0], F_SETPIPE_SZ, PIPE_BYTES);
    fcntl(in[1], F_SETFL, O_NONBLOCK); /* our end only: see sn_worker_send */
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

/* Reads what the worker has written; 0 at end of file, -1 on error. */
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

int sn_worker_send(sn_worker *w, const char *data, size_t len, char **err)
{
    while (len > 0 && w->to >= 0) {
        /* Wait until the worker can take more, reading its answers
         * meanwhile: a worker blocked on a full output pipe reads nothing. */
        struct pollfd fds[2] = {{w->to, POLLOUT, 0}, {w->from, POLLIN, 0}};
        if (poll(fds, w->from >= 0 ? 2 : 1, -1) < 0) {
            if (errno == EINTR) continue;
            *err = sn_strdup_printf("error: cannot wait for %s: %s", w->name, strerror(errno));
            return -1;
        }
        if (fds[1].revents & (POLLIN | POLLHUP)) {
            if (read_more(w) <= 0) { /* it closed its output: it is gone */
                close(w->from);
                w->from = -1;
            }
        }
        if (fds[0].revents & (POLLERR | POLLHUP)) break;
        if (!(fds[0].revents & POLLOUT)) continue;
        ssize_t n = write(w->to, data, len);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
        if (n < 0 && errno == EPIPE) break;
        if (n < 0) {
            *err = sn_strdup_printf("error: cannot write to %s: %s", w->name, strerror(errno));
            return -1;
        }
        data += n;
        len -= (size_t)n;
    }
    if (len > 0 && w->to >= 0) { /* the worker died: finish tells how */
        close(w->to);
        w->to = -1;
    }
    return 0;
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

char *sn_worker_finish(sn_worker *w, size_t *len, char **err)
{
    if (w->to >= 0) close(w->to);
    w->to = -1;
    ssize_t n = 0;
    if (w->from >= 0) {
        while ((n = read_more(w)) > 0) {}
        close(w->from);
        w->from = -1;
    }
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

const char *sn_worker_output(const sn_worker *w, size_t *len)
{
    *len = w->output.len;
    return w->output.data ? w->output.data : "";
}

int sn_worker_read(sn_worker *w, char **err)
{
    ssize_t n = w->from >= 0 ? read_more(w) : 0;
    if (n > 0) return 0;
    if (n < 0) {
        *err = sn_strdup_printf("error: cannot read from %s: %s", w->name, strerror(errno));
        return -1;
    }
    char *how = reap(w);
    *err = how ? how : sn_strdup_printf("error: %s stopped answering", w->name);
    return -1;
}

void sn_worker_drop(sn_worker *w, size_t n)
{
    if (!n) return;
    memmove(w->output.data, w->output.data + n, w->output.len - n + 1);
    w->output.len -= n;
}

void sn_worker_abandon(sn_worker *w)
{
    if (!w) return;
    if (w->pid > 0) kill(w->pid, SIGTERM); /* before closing its stdin: no complaint */
    if (w->to >= 0) close(w->to);
    if (w->from >= 0) close(w->from);
    if (w->pid > 0) {
        int status;
        while (waitpid(w->pid, &status, 0) < 0 && errno == EINTR) {}
    }
    sn_buf_free(&w->output);
    free(w->name);
    free(w);
}
