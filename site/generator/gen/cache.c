/* cache.c — see cache.h. */
#include "cache.h"

#include "buf.h"
#include "fs.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct sn_cache {
    sqlite3 *db;    /* NULL: remembers nothing */
    sqlite3_stmt *get, *put;
    int in_transaction;
    int failed;     /* a put failed; reported by sn_cache_commit */
    char *error;
};

static const char schema[] =
    "PRAGMA page_size=65536;" /* before WAL: a big file's HTML in 16x fewer pages */
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "CREATE TABLE IF NOT EXISTS result("
    "  tool TEXT, version TEXT, options TEXT, input BLOB, output BLOB,"
    "  PRIMARY KEY(tool, version, options, input)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS stamp("
    "  tool TEXT, interp TEXT, lib TEXT, size INTEGER, mtime_ns INTEGER, version TEXT,"
    "  PRIMARY KEY(tool, interp));"
    "CREATE TABLE IF NOT EXISTS build(out TEXT PRIMARY KEY, stamp BLOB);";

sn_cache *sn_cache_open(const char *dir, char **err)
{
    sn_cache *c = sn_xcalloc(1, sizeof *c);
    if (!dir) return c;
    if (sn_make_dirs(dir) != 0) {
        *err = sn_error_at(dir, 0, 0, "cannot create the cache folder: %s", strerror(errno));
        free(c);
        return NULL;
    }
    char *path = sn_strdup_printf("%s/sidenotes-cache.sqlite3", dir);
    int rc = sqlite3_open(path, &c->db);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(c->db, 30000);
        rc = sqlite3_exec(c->db, schema, NULL, NULL, NULL);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(c->db,
                                "SELECT output FROM result WHERE tool=?1 AND version=?2 "
                                "AND options=?3 AND input=?4", -1, &c->get, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO result VALUES(?1,?2,?3,?4,?5)",
                                -1, &c->put, NULL);
    if (rc != SQLITE_OK) {
        *err = sn_error_at(path, 0, 0, "cannot open the cache: %s",
                           c->db ? sqlite3_errmsg(c->db) : sqlite3_errstr(rc));
        free(path);
        sn_cache_close(c);
        return NULL;
    }
    free(path);
    return c;
}

void sn_cache_close(sn_cache *c)
{
    if (!c) return;
    if (c->db && c->in_transaction) sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_finalize(c->get);
    sqlite3_finalize(c->put);
    sqlite3_close(c->db);
    free(c->error);
    free(c);
}

static char *column_text(sqlite3_stmt *st, int i)
{
    const unsigned char *s = sqlite3_column_text(st, i);
    return sn_strndup(s ? (const char *)s : "", (size_t)sqlite3_column_bytes(st, i));
}

int sn_cache_stamp_get(sn_cache *c, const char *tool, const char *interp, sn_tool_stamp *out)
{
    sqlite3_stmt *st;
    int found = 0;
    if (!c->db || sqlite3_prepare_v2(c->db, "SELECT lib, size, mtime_ns, version FROM stamp "
                                            "WHERE tool=?1 AND interp=?2", -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, tool, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, interp, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        out->lib = column_text(st, 0);
        out->size = sqlite3_column_int64(st, 1);
        out->mtime_ns = sqlite3_column_int64(st, 2);
        out->version = column_text(st, 3);
        found = 1;
    }
    sqlite3_finalize(st);
    return found;
}

void sn_cache_stamp_put(sn_cache *c, const char *tool, const char *interp, const sn_tool_stamp *s)
{
    sqlite3_stmt *st;
    if (!c->db || sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO stamp VALUES(?1,?2,?3,?4,?5,?6)",
                                     -1, &st, NULL) != SQLITE_OK)
        return;
    sqlite3_bind_text(st, 1, tool, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, interp, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, s->lib, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, s->size);
    sqlite3_bind_int64(st, 5, s->mtime_ns);
    sqlite3_bind_text(st, 6, s->version, -1, SQLITE_STATIC);
    sqlite3_step(st); /* a stamp that is not saved only costs a tool start */
    sqlite3_finalize(st);
}

void sn_tool_stamp_free(sn_tool_stamp *s)
{
    free(s->lib);
    free(s->version);
    s->lib = s->version = NULL;
}

static void bind_key(sqlite3_stmt *st, const char *tool, const char *version, const char *options,
                     const char *input, size_t len)
{
    sqlite3_bind_text(st, 1, tool, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, version, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, options, -1, SQLITE_STATIC);
    sqlite3_bind_blob64(st, 4, input, len, SQLITE_STATIC);
}

char *sn_cache_get(sn_cache *c, const char *tool, const char *version, const char *options,
                   const char *input, size_t len, size_t *out_len)
{
    if (!c->db) return NULL;
    char *out = NULL;
    bind_key(c->get, tool, version, options, input, len);
    if (sqlite3_step(c->get) == SQLITE_ROW) {
        *out_len = (size_t)sqlite3_column_bytes(c->get, 0);
        out = sn_strndup(sqlite3_column_blob(c->get, 0), *out_len);
    }
    sqlite3_reset(c->get);
    sqlite3_clear_bindings(c->get);
    return out;
}

void sn_cache_put(sn_cache *c, const char *tool, const char *version, const char *options,
                  const char *input, size_t len, const char *output, size_t out_len)
{
    if (!c->db || c->failed) return;
    if (!c->in_transaction) {
        if (sqlite3_exec(c->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) goto fail;
        c->in_transaction = 1;
    }
    bind_key(c->put, tool, version, options, input, len);
    sqlite3_bind_blob64(c->put, 5, output, out_len, SQLITE_STATIC);
    int rc = sqlite3_step(c->put);
    sqlite3_reset(c->put);
    sqlite3_clear_bindings(c->put);
    if (rc == SQLITE_DONE) return;
fail:
    c->failed = 1;
    c->error = sn_strdup_printf("cannot write the cache: %s", sqlite3_errmsg(c->db));
}

int sn_cache_commit(sn_cache *c, char **err)
{
    if (!c->db) return 0;
    if (c->in_transaction) {
        int rc = sqlite3_exec(c->db, c->failed ? "ROLLBACK" : "COMMIT", NULL, NULL, NULL);
        c->in_transaction = 0;
        if (rc != SQLITE_OK && !c->failed) {
            c->failed = 1;
            c->error = sn_strdup_printf("cannot write the cache: %s", sqlite3_errmsg(c->db));
        }
    }
    if (c->failed) {
        *err = sn_strndup(c->error, strlen(c->error));
        return -1;
    }
    return 0;
}

char *sn_cache_build_get(sn_cache *c, const char *out_dir)
{
    sqlite3_stmt *st;
    char *stamp = NULL;
    if (!c->db || sqlite3_prepare_v2(c->db, "SELECT stamp FROM build WHERE out=?1", -1, &st,
                                     NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_text(st, 1, out_dir, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        stamp = sn_strndup(sqlite3_column_blob(st, 0), (size_t)sqlite3_column_bytes(st, 0));
    sqlite3_finalize(st);
    return stamp;
}

void sn_cache_build_put(sn_cache *c, const char *out_dir, const char *stamp)
{
    sqlite3_stmt *st;
    if (!c->db || sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO build VALUES(?1, ?2)", -1, &st,
                                     NULL) != SQLITE_OK)
        return;
    sqlite3_bind_text(st, 1, out_dir, -1, SQLITE_STATIC);
    sqlite3_bind_blob64(st, 2, stamp, strlen(stamp), SQLITE_STATIC);
    sqlite3_step(st); /* a stamp not saved only costs a full build next time */
    sqlite3_finalize(st);
}
