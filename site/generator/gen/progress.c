/* progress.c — see progress.h. */
#include "progress.h"

#include "buf.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_TOOLS 4
#define SHOW_AFTER_MS 1000
#define REDRAW_MS 200

struct sn_progress {
    pthread_mutex_t lock;
    pthread_cond_t wake;
    pthread_t thread;
    struct timespec t0;
    const char *stage;
    size_t rendered, assembled, total;
    const char *tools[MAX_TOOLS]; /* running, by name; NULL slots free */
    int stopping, drawn;
};

static double ms_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) * 1e3 + (double)(t.tv_nsec - t0->tv_nsec) / 1e6;
}

/* The line, from the state (the lock held). \r and "erase to the end of
 * the line" redraw it in place. */
static void draw(sn_progress *p)
{
    sn_buf b = {0};
    sn_buf_printf(&b, "\rsidenotes: %s", p->stage ? p->stage : "starting");
    if (p->total) sn_buf_printf(&b, "; %zu of %zu pages rendered", p->rendered, p->total);
    if (p->assembled) sn_buf_printf(&b, ", %zu assembled", p->assembled);
    int n = 0;
    for (int i = 0; i < MAX_TOOLS; i++)
        if (p->tools[i]) sn_buf_printf(&b, "%s%s", n++ ? ", " : "; running ", p->tools[i]);
    sn_buf_printf(&b, "; %.1f s\033[K", ms_since(&p->t0) / 1e3);
    fputs(b.data, stderr);
    fflush(stderr);
    sn_buf_free(&b);
    p->drawn = 1;
}

static void *drawer(void *arg)
{
    sn_progress *p = arg;
    pthread_mutex_lock(&p->lock);
    while (!p->stopping) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += REDRAW_MS * 1000000L;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&p->wake, &p->lock, &until);
        if (!p->stopping && ms_since(&p->t0) >= SHOW_AFTER_MS) draw(p);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

sn_progress *sn_progress_start(int enabled)
{
    if (!enabled) return NULL;
    sn_progress *p = sn_xcalloc(1, sizeof *p);
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->wake, NULL);
    clock_gettime(CLOCK_MONOTONIC, &p->t0);
    if (pthread_create(&p->thread, NULL, drawer, p) != 0) {
        pthread_mutex_destroy(&p->lock);
        pthread_cond_destroy(&p->wake);
        free(p);
        return NULL; /* no progress line; the build goes on */
    }
    return p;
}

void sn_progress_end(sn_progress *p)
{
    if (!p) return;
    pthread_mutex_lock(&p->lock);
    p->stopping = 1;
    pthread_cond_signal(&p->wake);
    pthread_mutex_unlock(&p->lock);
    pthread_join(p->thread, NULL);
    if (p->drawn) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->wake);
    free(p);
}

void sn_progress_stage(sn_progress *p, const char *stage)
{
    if (!p) return;
    pthread_mutex_lock(&p->lock);
    p->stage = stage;
    pthread_mutex_unlock(&p->lock);
}

void sn_progress_total(sn_progress *p, size_t total)
{
    if (!p) return;
    pthread_mutex_lock(&p->lock);
    p->total = total;
    pthread_mutex_unlock(&p->lock);
}

void sn_progress_rendered(sn_progress *p)
{
    if (!p) return;
    pthread_mutex_lock(&p->lock);
    p->rendered++;
    pthread_mutex_unlock(&p->lock);
}

void sn_progress_assembled(sn_progress *p)
{
    if (!p) return;
    pthread_mutex_lock(&p->lock);
    p->assembled++;
    pthread_mutex_unlock(&p->lock);
}

void sn_progress_tool(sn_progress *p, const char *name, int running)
{
    if (!p) return;
    pthread_mutex_lock(&p->lock);
    int slot = -1;
    for (int i = 0; i < MAX_TOOLS; i++) {
        if (p->tools[i] && strcmp(p->tools[i], name) == 0) slot = i;
        if (slot < 0 && !p->tools[i] && running) slot = i;
    }
    if (slot >= 0) p->tools[slot] = running ? name : NULL;
    pthread_mutex_unlock(&p->lock);
}
