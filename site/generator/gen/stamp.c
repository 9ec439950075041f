/* stamp.c — see stamp.h. */
#include "stamp.h"
#include "markers.h"
#include "xref_module.h"

#include "fs.h"
#include "strv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void stamp_file(sn_buf *out, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        sn_buf_printf(out, "%s -\n", path);
        return;
    }
    sn_buf_printf(out, "%s %lld %lld.%09ld\n", path, (long long)st.st_size,
                  (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

/* Every entry under `dir`, in name order; a folder's own time changes
 * when an entry is added, removed or renamed. `skip` is the output folder
 * when it lies inside. */
static void stamp_tree(sn_buf *out, const char *dir, const char *skip)
{
    stamp_file(out, dir);
    char *settings = sn_strdup_printf("%s/" SN_FOLDER_SETTINGS, dir); /* read.h */
    stamp_file(out, settings);
    free(settings);
    sn_strv names = {0};
    if (sn_list_folder(dir, 0, &names) != 0) return;
    for (size_t i = 0; i < names.count; i++) {
        char *path = sn_strdup_printf("%s/%s", dir, names.items[i]);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            char *real = skip ? realpath(path, NULL) : NULL;
            if (!real || strcmp(real, skip) != 0) stamp_tree(out, path, skip);
            free(real);
        } else {
            stamp_file(out, path);
        }
        free(path);
    }
    sn_strv_free(&names);
}

void sn_stamp_sources(const sn_site_options *o, sn_buf *out)
{
    char *skip = realpath(o->out_dir, NULL);
    stamp_tree(out, o->src_dir, skip);
    free(skip);
    for (size_t i = 0; i < o->nassets; i++) stamp_tree(out, o->assets[i], NULL);
    for (size_t i = 0; i < o->nsections; i++) {
        sn_buf_printf(out, "section %s\n", o->sections[i]);
        const char *eq = strchr(o->sections[i], '=');
        if (eq) stamp_tree(out, eq + 1, NULL);
    }
    if (o->po_dir) stamp_tree(out, o->po_dir, NULL);
    if (o->templates_dir) stamp_tree(out, o->templates_dir, NULL);
    stamp_tree(out, o->katex_dir, NULL);
}

void sn_stamp_compute(const sn_site_options *o, sn_cache *cache, sn_buf *out)
{
    sn_buf_printf(out, "options %s|%s|%s|%s|%s|%s\n", o->src_dir, o->out_dir,
                  o->po_dir ? o->po_dir : "", o->templates_dir ? o->templates_dir : "",
                  o->node, o->python);
    sn_buf_printf(out, "base-url %s\n", o->base_url ? o->base_url : "");
    sn_buf_printf(out, "rendering strict=%d no-math=%d unsafe=%d\n", o->strict, o->no_math, o->unsafe_html);
    sn_buf_printf(out, "reading tab-width %d\n", o->tab_width);
    for (size_t i = 0; i < o->nexclude; i++) sn_buf_printf(out, "exclude %s\n", o->exclude[i]);
    for (size_t i = 0; i < o->nplain_notes; i++) sn_buf_printf(out, "plain %s\n", o->plain_notes[i]);
    /* The names' flags, and the libclang that resolved them (xref.h). */
    sn_buf_printf(out, "compile-commands %s\n", o->compile_commands ? o->compile_commands : "");
    sn_buf_printf(out, "xref-max-kb %ld xref %d\n", o->xref_max_kb, o->xref);
    if (o->compile_commands) {
        stamp_file(out, o->compile_commands);
        char *json = sn_strdup_printf("%s/compile_commands.json", o->compile_commands);
        stamp_file(out, json); /* when the option names the folder */
        free(json);
    }
    /* The libclang module and the libclang it loaded when the cache last
     * saw it (xref_module.h): found without loading either. */
    char *module = sn_xref_module_path();
    stamp_file(out, module);
    sn_tool_stamp clang = {0};
    if (sn_cache_stamp_get(cache, SN_XREF_TOOL, module, &clang)) stamp_file(out, clang.lib);
    sn_tool_stamp_free(&clang);
    free(module);
    stamp_file(out, "/proc/self/exe");
    sn_stamp_sources(o, out);
    /* Pygments, where the cache last saw it. */
    sn_tool_stamp pyg = {0};
    if (sn_cache_stamp_get(cache, SN_TOOL_PYGMENTS, o->python, &pyg)) stamp_file(out, pyg.lib);
    sn_tool_stamp_free(&pyg);
    /* What the last build wrote, as it is now. */
    char *manifest = sn_strdup_printf("%s/" SN_MANIFEST_NAME, o->out_dir);
    stamp_file(out, manifest);
    FILE *f = fopen(manifest, "r");
    if (f) {
        char line[4096];
        while (fgets(line, sizeof line, f)) {
            line[strcspn(line, "\n")] = '\0';
            char *path = sn_strdup_printf("%s/%s", o->out_dir, line);
            stamp_file(out, path);
            free(path);
        }
        fclose(f);
    }
    free(manifest);
}
