/* serve.c — see serve.h. Three parts: the state the server threads share
 * (the build's generation and last error), the HTTP side (files, the event
 * stream, the reload script), and the loop that watches and rebuilds. */
#include "serve.h"

#include "buf.h"
#include "memory.h"
#include "tools.h"
#include "watch.h"
#include "write.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define EVENTS_PATH "/__sidenotes/events"

/* ---- shared state ------------------------------------------------------ */

typedef struct {
    const char *out_real; /* the output folder's real path */
    pthread_mutex_t lock;
    pthread_cond_t changed;
    unsigned long generation; /* +1 at every build, good or bad */
    char *error;              /* the last build's error, or NULL */
    int stopping;
} server;

/* ---- HTTP: the reload script and the error banner ---------------------- */

/* Added before </body> of each served HTML page. `since` is the generation
 * the page was served at: a build finished before the stream opens is not
 * missed. */
static void add_live_script(sn_buf *b, unsigned long since, const char *error)
{
    static const char banner_style[] =
        "position:fixed;left:0;right:0;bottom:0;z-index:9999;max-height:50vh;overflow:auto;"
        "margin:0;padding:1em;background:#fff0f0;color:#900;border-top:3px solid #c00;"
        "font:14px/1.4 monospace;white-space:pre-wrap";
    if (error) {
        sn_buf_printf(b, "<pre id=\"sidenotes-serve-error\" role=\"alert\" style=\"%s\">",
                      banner_style);
        sn_buf_puts(b, "sidenotes serve: the last build failed; this is the last good page.\n");
        sn_buf_add_html(b, error, strlen(error));
        sn_buf_puts(b, "</pre>\n");
    }
    sn_buf_printf(b,
                  "<script>/* sidenotes serve: reload when the site is rebuilt */\n"
                  "(function(){var s=new EventSource(\"" EVENTS_PATH "?since=%lu\");\n"
                  "s.addEventListener(\"reload\",function(){s.close();location.reload();});\n"
                  "s.addEventListener(\"builderror\",function(e){"
                  "var d=document.getElementById(\"sidenotes-serve-error\");"
                  "if(!d){d=document.createElement(\"pre\");d.id=\"sidenotes-serve-error\";"
                  "d.setAttribute(\"role\",\"alert\");d.setAttribute(\"style\",\"%s\");"
                  "document.body.appendChild(d);}"
                  "d.textContent=\"sidenotes serve: the last build failed; this is the last "
                  "good page.\\n\"+e.data;});})();</script>\n",
                  since, banner_style);
}

/* The page with the script inserted before its last </body>. */
static char *inject(const char *html, size_t len, server *s, size_t *out_len)
{
    pthread_mutex_lock(&s->lock);
    sn_buf extra = {0};
    add_live_script(&extra, s->generation, s->error);
    pthread_mutex_unlock(&s->lock);
    size_t at = len;
    for (size_t i = len; i >= 7; i--)
        if (strncasecmp(html + i - 7, "</body>", 7) == 0) {
            at = i - 7;
            break;
        }
    sn_buf b = {0};
    sn_buf_add(&b, html, at);
    sn_buf_add(&b, extra.data, extra.len);
    sn_buf_add(&b, html + at, len - at);
    sn_buf_free(&extra);
    *out_len = b.len;
    return sn_buf_take(&b);
}

/* ---- HTTP: the event stream ------------------------------------------- */

typedef struct {
    server *s;
    unsigned long seen;
} stream;

/* One server-sent event per build after `seen`: "reload" after a good
 * build, "builderror" with the message after a bad one; a comment every
 * 15 s keeps proxies and browsers from dropping the stream. Runs in the
 * connection's own thread, so it may wait. */
static ssize_t stream_read(void *cls, uint64_t pos, char *out, size_t max)
{
    (void)pos;
    stream *st = cls;
    server *s = st->s;
    sn_buf ev = {0};
    pthread_mutex_lock(&s->lock);
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 15;
    while (!s->stopping && s->generation == st->seen)
        if (pthread_cond_timedwait(&s->changed, &s->lock, &until) == ETIMEDOUT) break;
    if (s->stopping) {
        pthread_mutex_unlock(&s->lock);
        return MHD_CONTENT_READER_END_OF_STREAM;
    }
    if (s->generation == st->seen) {
        sn_buf_puts(&ev, ": still here\n\n");
    } else if (s->error) {
        sn_buf_printf(&ev, "event: builderror\nid: %lu\n", s->generation);
        for (const char *line = s->error; *line;) {
            size_t n = strcspn(line, "\n");
            sn_buf_printf(&ev, "data: %.*s\n", (int)n, line);
            line += n + (line[n] == '\n');
        }
        sn_buf_puts(&ev, "\n");
    } else {
        sn_buf_printf(&ev, "event: reload\nid: %lu\ndata: %lu\n\n", s->generation, s->generation);
    }
    st->seen = s->generation;
    pthread_mutex_unlock(&s->lock);
    /* An event larger than MHD's buffer is cut short rather than split:
     * the stream keeps its framing. */
    size_t n = ev.len < max ? ev.len : max;
    if (n < ev.len && n >= 2) {
        ev.data[n - 2] = '\n';
        ev.data[n - 1] = '\n';
    }
    memcpy(out, ev.data, n);
    sn_buf_free(&ev);
    return (ssize_t)n;
}

static enum MHD_Result open_stream(server *s, struct MHD_Connection *c)
{
    stream *st = sn_xcalloc(1, sizeof *st);
    st->s = s;
    const char *since = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "since");
    pthread_mutex_lock(&s->lock);
    st->seen = since ? strtoul(since, NULL, 10) : s->generation;
    if (st->seen > s->generation) st->seen = 0; /* a page from an earlier server: reload */
    pthread_mutex_unlock(&s->lock);
    struct MHD_Response *r =
        MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 64 * 1024, stream_read, st, free);
    MHD_add_response_header(r, "Content-Type", "text/event-stream");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
    MHD_destroy_response(r);
    return ret;
}

/* ---- HTTP: files under the output folder ------------------------------- */

static const char *content_type(const char *path)
{
    static const struct {
        const char *ext, *type;
    } types[] = {
        {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"}, {".svg", "image/svg+xml"},
        {".png", "image/png"}, {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"},
        {".gif", "image/gif"}, {".webp", "image/webp"}, {".ttf", "font/ttf"},
        {".woff", "font/woff"}, {".woff2", "font/woff2"}, {".json", "application/json"},
    };
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        size_t k = strlen(types[i].ext);
        if (n > k && strcasecmp(path + n - k, types[i].ext) == 0) return types[i].type;
    }
    return "text/plain; charset=utf-8"; /* sources (.c, .h, .md) and the rest */
}

static enum MHD_Result send_text(struct MHD_Connection *c, unsigned status, const char *html,
                                 server *s)
{
    size_t len;
    char *page = inject(html, strlen(html), s, &len);
    struct MHD_Response *r = MHD_create_response_from_buffer(len, page, MHD_RESPMEM_MUST_FREE);
    MHD_add_response_header(r, "Content-Type", "text/html; charset=utf-8");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result refuse(struct MHD_Connection *c, unsigned status, server *s)
{
    return send_text(c, status,
                     status == MHD_HTTP_FORBIDDEN
                         ? "<!DOCTYPE html><title>403</title><body><h1>403 Forbidden</h1>"
                           "<p>Only files of the site are served.</p></body>"
                         : "<!DOCTYPE html><title>404</title><body><h1>404 Not Found</h1></body>",
                     s);
}

/* A request path names a file under the output folder when, once decoded
 * (libmicrohttpd decodes %XX), none of its segments is "..", and the real
 * path of what it names (symbolic links followed) is still inside the
 * output folder. */
static int escapes(const char *url)
{
    for (const char *p = url; *p;) {
        while (*p == '/') p++;
        size_t n = strcspn(p, "/");
        if (n == 2 && p[0] == '.' && p[1] == '.') return 1;
        p += n;
    }
    return 0;
}

static enum MHD_Result redirect_to_folder(struct MHD_Connection *c, const char *url)
{
    sn_buf loc = {0};
    for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("/-._~", *p))
            sn_buf_putc(&loc, (char)*p);
        else
            sn_buf_printf(&loc, "%%%02X", *p);
    }
    sn_buf_putc(&loc, '/');
    struct MHD_Response *r = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, "Location", loc.data);
    enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_MOVED_PERMANENTLY, r);
    MHD_destroy_response(r);
    sn_buf_free(&loc);
    return ret;
}

static enum MHD_Result send_file(server *s, struct MHD_Connection *c, const char *url)
{
    if (url[0] != '/' || escapes(url)) return refuse(c, MHD_HTTP_FORBIDDEN, s);
    size_t n = strlen(url);
    char *path = sn_strdup_printf("%s%s%s", s->out_real, url, url[n - 1] == '/' ? "index.html" : "");
    char *real = realpath(path, NULL);
    free(path);
    if (!real && strcmp(url, "/favicon.ico") == 0) { /* browsers ask; sites need not have one */
        struct MHD_Response *r = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
        enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_NO_CONTENT, r);
        MHD_destroy_response(r);
        return ret;
    }
    if (!real) return refuse(c, MHD_HTTP_NOT_FOUND, s);
    size_t k = strlen(s->out_real);
    if (strncmp(real, s->out_real, k) != 0 || (real[k] != '/' && real[k] != '\0')) {
        free(real);
        return refuse(c, MHD_HTTP_FORBIDDEN, s);
    }
    struct stat st;
    int fd = open(real, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || fstat(fd, &st) != 0 || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) {
        if (fd >= 0) close(fd);
        free(real);
        return refuse(c, MHD_HTTP_NOT_FOUND, s);
    }
    if (S_ISDIR(st.st_mode)) {
        close(fd);
        free(real);
        return redirect_to_folder(c, url);
    }
    const char *type = content_type(real);
    struct MHD_Response *r;
    if (strncmp(type, "text/html", 9) == 0) {
        char *html = sn_xmalloc((size_t)st.st_size + 1);
        size_t got = 0;
        ssize_t m;
        while (got < (size_t)st.st_size && (m = read(fd, html + got, (size_t)st.st_size - got)) > 0)
            got += (size_t)m;
        close(fd);
        size_t len;
        char *page = inject(html, got, s, &len);
        free(html);
        r = MHD_create_response_from_buffer(len, page, MHD_RESPMEM_MUST_FREE);
    } else {
        r = MHD_create_response_from_fd((uint64_t)st.st_size, fd); /* closes fd */
    }
    free(real);
    MHD_add_response_header(r, "Content-Type", type);
    MHD_add_response_header(r, "Cache-Control", "no-store");
    enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result answer(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **state)
{
    (void)version;
    (void)upload;
    (void)upload_size;
    (void)state;
    server *s = cls;
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
        struct MHD_Response *r = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(r, "Allow", "GET, HEAD");
        enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_METHOD_NOT_ALLOWED, r);
        MHD_destroy_response(r);
        return ret;
    }
    if (strcmp(url, EVENTS_PATH) == 0) return open_stream(s, c);
    return send_file(s, c, url);
}

/* ---- build, watch, rebuild -------------------------------------------- */

/* A new generation: the open pages reload (error NULL) or show `error`. */
static void announce(server *s, char *error)
{
    pthread_mutex_lock(&s->lock);
    free(s->error);
    s->error = error;
    s->generation++;
    pthread_cond_broadcast(&s->changed);
    pthread_mutex_unlock(&s->lock);
}

/* The build's pages_written (site.h): the pages are on disk, the search
 * index follows. The open pages reload now, not after the index, which
 * is most of a save's work; a page's search box loads the index only when
 * it is used. */
typedef struct {
    server *s;
    int quiet;
    int announced;
    struct timespec t0;
} early;

static void pages_written(void *ctx)
{
    early *e = ctx;
    announce(e->s, NULL);
    e->announced = 1;
    if (!e->quiet) {
        struct timespec t;
        clock_gettime(CLOCK_MONOTONIC, &t);
        printf("sidenotes: pages written in %.0f ms; the search index follows\n",
               (double)(t.tv_sec - e->t0.tv_sec) * 1e3 + (double)(t.tv_nsec - e->t0.tv_nsec) / 1e6);
        fflush(stdout);
    }
}

static void build(server *s, const sn_site_options *o)
{
    char *err = NULL;
    early e = {s, o->quiet, 0, {0, 0}};
    clock_gettime(CLOCK_MONOTONIC, &e.t0);
    sn_site_options with = *o;
    with.pages_written = pages_written;
    with.pages_written_ctx = &e;
    int rc = sn_site_build(&with, &err);
    if (rc != 0) {
        if (!err) err = sn_strdup_printf("error: the build failed");
        fprintf(stderr, "%s%s\n", strncmp(err, "error:", 6) == 0 ? "sidenotes: " : "", err);
    }
    fflush(stdout);
    /* Pages told to reload already are not told again for the index. */
    if (rc != 0 || !e.announced) announce(s, err);
}

/* The folders whose changes make a new build. */
static const char **watched_roots(const sn_site_options *o)
{
    const char **roots = sn_xcalloc(o->nassets + 4, sizeof *roots);
    size_t n = 0;
    roots[n++] = o->src_dir;
    if (o->po_dir) roots[n++] = o->po_dir;
    if (o->templates_dir) roots[n++] = o->templates_dir;
    for (size_t i = 0; i < o->nassets; i++) roots[n++] = o->assets[i];
    return roots;
}

static int parse_address(const char *bind, const char *port, struct sockaddr_in *sa)
{
    memset(sa, 0, sizeof *sa);
    sa->sin_family = AF_INET;
    char *end;
    errno = 0;
    unsigned long p = strtoul(port, &end, 10);
    if (!*port || *end || errno || p > 65535) {
        fprintf(stderr, "sidenotes: error: --port %s: not a port number (0 to 65535)\n", port);
        return -1;
    }
    sa->sin_port = htons((uint16_t)p);
    if (inet_pton(AF_INET, bind, &sa->sin_addr) != 1) {
        fprintf(stderr, "sidenotes: error: --bind %s: not an IPv4 address\n", bind);
        return -1;
    }
    return 0;
}

/* Waits for the burst of events a save makes (a temporary file, a rename,
 * a change of times) to end: 25 ms without one, 250 ms at most. */
static void settle(sn_watch *w)
{
    struct pollfd p = {sn_watch_fd(w), POLLIN, 0};
    for (int i = 0; i < 10 && poll(&p, 1, 25) > 0; i++) sn_watch_read(w, NULL);
}

/* libmicrohttpd's messages, less the one for a reader who left: a reload or
 * a closed tab ends the page's event stream, which is not an error. */
static void log_server_error(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    if (strstr(fmt, "Failed to send") && strstr(fmt, "chunked")) return;
    vfprintf(stderr, fmt, ap);
}

int sn_serve(const sn_site_options *o, const char *bind, const char *port)
{
    struct sockaddr_in sa;
    if (parse_address(bind, port, &sa) != 0) return 2;
    /* The output folder exists from the start, so that its real path is
     * known to the watcher (which must ignore it) and to the server. */
    char *out_slash = sn_strdup_printf("%s/", o->out_dir);
    int made = sn_make_parents(out_slash, 0);
    free(out_slash);
    char *out_real = made == 0 ? realpath(o->out_dir, NULL) : NULL;
    if (!out_real) {
        fprintf(stderr, "%s: error: cannot make the output folder: %s\n", o->out_dir, strerror(errno));
        return 1;
    }
    char *cache_real = NULL;
    if (o->cache_dir) {
        char *cache_slash = sn_strdup_printf("%s/", o->cache_dir);
        if (sn_make_parents(cache_slash, 0) == 0) cache_real = realpath(o->cache_dir, NULL);
        free(cache_slash);
    }
    /* SIGINT and SIGTERM arrive through a descriptor, in the loop; the
     * server's threads, started after this, never see them. */
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    int sigfd = signalfd(-1, &sigs, SFD_CLOEXEC);

    server s = {.out_real = out_real, .lock = PTHREAD_MUTEX_INITIALIZER,
                .changed = PTHREAD_COND_INITIALIZER};
    const char **roots = watched_roots(o);
    const char *skip[] = {out_real, cache_real, NULL};
    char *err = NULL;
    int rc = 1;
    struct MHD_Daemon *d = NULL;
    /* node and python3 stay running from one build to the next. */
    sn_site_options kept = *o;
    kept.pool = sn_tools_pool_new();
    kept.memory = sn_site_memory_new();
    o = &kept;
    sn_watch *w = sn_watch_new(roots, skip, &err);
    if (!w) {
        fprintf(stderr, "%s\n", err);
        free(err);
        goto done;
    }
    build(&s, o);
    d = MHD_start_daemon(MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD |
                             MHD_USE_ERROR_LOG,
                         0, NULL, NULL, answer, &s,
                         /* the logger first, or libmicrohttpd says so on stderr */
                         MHD_OPTION_EXTERNAL_LOGGER, log_server_error, NULL,
                         MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "sidenotes: error: cannot listen on %s:%s (%s)\n", bind, port,
                errno ? strerror(errno) : "is the port in use?");
        goto done;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    printf("sidenotes: serving %s at http://%s:%u/ (watching for changes; Ctrl-C stops)\n",
           o->out_dir, bind, info ? (unsigned)info->port : (unsigned)ntohs(sa.sin_port));
    fflush(stdout);
    for (;;) {
        struct pollfd p[2] = {{sigfd, POLLIN, 0}, {sn_watch_fd(w), POLLIN, 0}};
        if (poll(p, 2, -1) < 0 && errno != EINTR) break;
        if (p[0].revents) break;
        if (!(p[1].revents & POLLIN)) continue;
        char *what = NULL;
        if (!sn_watch_read(w, &what)) continue;
        settle(w);
        if (!o->quiet) printf("sidenotes: %s changed\n", what);
        free(what);
        build(&s, o);
    }
    if (!o->quiet) printf("sidenotes: stopped\n");
    rc = 0;
done:
    pthread_mutex_lock(&s.lock);
    s.stopping = 1;
    pthread_cond_broadcast(&s.changed);
    pthread_mutex_unlock(&s.lock);
    if (d) MHD_stop_daemon(d);
    sn_watch_free(w);
    sn_tools_pool_free(kept.pool);
    sn_site_memory_free(kept.memory);
    free(roots);
    free(s.error);
    free(cache_real);
    free(out_real);
    if (sigfd >= 0) close(sigfd);
    return rc;
}
