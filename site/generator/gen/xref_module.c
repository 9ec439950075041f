/* xref_module.c — see xref_module.h. */
#include "xref_module.h"

#include "error.h"
#include "path.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MODULE_NAME "sidenotes-clang.so"

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *sn_xref_module_path(void)
{
    const char *env = getenv("SIDENOTES_CLANG_MODULE");
    if (env && *env) return sn_strdup(env);
    char *exe = realpath("/proc/self/exe", NULL);
    if (exe) {
        char *dir = sn_dirname(exe);
        free(exe);
        char *beside = sn_strdup_printf("%s/" MODULE_NAME, dir);
        char *installed = sn_strdup_printf("%s/" SN_CLANG_MODULE_REL "/" MODULE_NAME, dir);
        free(dir);
        if (exists(beside)) {
            free(installed);
            return beside;
        }
        free(beside);
        if (exists(installed)) return installed;
        free(installed);
    }
    return sn_strdup(SN_CLANG_MODULE_DIR "/" MODULE_NAME);
}

const sn_xref_parser *sn_xref_module_load(char **err)
{
    char *path = sn_xref_module_path();
    /* Never closed: libLLVM is not made to be unloaded, and a kept handle
     * makes the next dlopen of the same file (serve's next build) free. */
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        *err = sn_strdup_printf("cannot load the libclang module: %s", why ? why : path);
        free(path);
        return NULL;
    }
    sn_xref_parser_get_fn get = (sn_xref_parser_get_fn)dlsym(handle, SN_XREF_PARSER_SYMBOL);
    const sn_xref_parser *api = get ? get() : NULL;
    if (!api || api->abi != SN_XREF_PARSER_ABI) {
        *err = sn_strdup_printf("%s: not a libclang module of this sidenotes (interface %d, "
                                "expected %d)", path, api ? api->abi : -1, SN_XREF_PARSER_ABI);
        free(path);
        return NULL;
    }
    free(path);
    return api;
}

static int unchanged(const sn_tool_stamp *s)
{
    struct stat st;
    return stat(s->lib, &st) == 0 && st.st_size == s->size &&
           (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec == s->mtime_ns;
}

char *sn_xref_clang_version(sn_cache *cache, char **err)
{
    char *module = sn_xref_module_path();
    sn_tool_stamp seen = {0};
    char *version = NULL;
    /* The module's own file is stamped too: a rebuilt module may answer
     * differently. The stamp's lib is libclang's file, its version
     * "VERSION\nMODULE-SIZE MODULE-MTIME". */
    struct stat ms;
    char *module_id = stat(module, &ms) == 0
                          ? sn_strdup_printf("%lld %lld.%09ld", (long long)ms.st_size,
                                             (long long)ms.st_mtim.tv_sec, ms.st_mtim.tv_nsec)
                          : sn_strdup("-");
    if (sn_cache_stamp_get(cache, SN_XREF_TOOL, module, &seen) && unchanged(&seen)) {
        char *nl = strchr(seen.version, '\n');
        if (nl && strcmp(nl + 1, module_id) == 0) version = sn_strndup(seen.version, (size_t)(nl - seen.version));
    }
    sn_tool_stamp_free(&seen);
    if (!version) {
        const sn_xref_parser *api = sn_xref_module_load(err);
        if (api) {
            version = api->version();
            char *lib = api->library();
            struct stat st;
            if (lib && stat(lib, &st) == 0) {
                char *v = sn_strdup_printf("%s\n%s", version, module_id);
                sn_tool_stamp s = {lib, (long long)st.st_size,
                                   (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec, v};
                sn_cache_stamp_put(cache, SN_XREF_TOOL, module, &s);
                free(v);
            }
            free(lib);
        }
    }
    free(module_id);
    free(module);
    return version;
}
