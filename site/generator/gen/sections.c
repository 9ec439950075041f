/* sections.c — more source roots besides SRC_DIR (--section NAME=DIR): the
 * sources under DIR become the folder NAME/ of the site, as if they were in
 * SRC_DIR/NAME/. A section is rendered in English only: the translation
 * catalogs are made by sidenotes-po from SRC_DIR alone, so a section has
 * none, and a page with no catalog would show every paragraph marked as
 * not yet translated. Links to a section's pages from a translated page go
 * to the English page. The site uses one section: the generator's own
 * sources (src/), as "How this site is made". */
#include "site_model.h"

#include "read.h"

#include <stdlib.h>
#include <string.h>

/* The length of NAME in "NAME=DIR", or 0 when it is not a usable folder
 * name. */
static size_t name_length(const char *spec)
{
    const char *eq = strchr(spec, '=');
    if (!eq || eq == spec || !eq[1]) return 0;
    size_t n = (size_t)(eq - spec);
    if (memchr(spec, '/', n) || spec[0] == '.') return 0;
    return n;
}

int site_in_section(const site *s, const char *path)
{
    for (size_t i = 0; i < s->o->nsections; i++) {
        size_t n = name_length(s->o->sections[i]);
        if (strncmp(path, s->o->sections[i], n) == 0 && (path[n] == '/' || path[n] == '\0'))
            return 1;
    }
    return 0;
}

/* Appends the sources of each section to s->sources, their paths under the
 * section's name. */
int site_read_sections(site *s, const char *skip, char **err)
{
    for (size_t i = 0; i < s->o->nsections; i++) {
        const char *spec = s->o->sections[i];
        size_t n = name_length(spec);
        if (!n) {
            *err = sn_error_at(spec, 0, 0, "a section is NAME=DIR, NAME a folder name of the site");
            return -1;
        }
        for (size_t k = 0; k < s->sources.count; k++) {
            const char *path = s->sources.items[k].path;
            if (strncmp(path, spec, n) == 0 && path[n] == '/') {
                *err = sn_error_at(s->sources.items[k].file, 0, 0, "the section `%.*s` (%s) would "
                                   "be written where this source goes", (int)n, spec, spec + n + 1);
                return -1;
            }
        }
        sn_sources more;
        sn_read_options ro = site_read_options(s, skip);
        if (sn_read_tree_with(spec + n + 1, &ro, &more, err) != 0) return -1;
        s->sources.unknown += more.unknown;
        s->sources.warnings += more.warnings;
        s->sources.items = sn_xrealloc(s->sources.items,
                                       (s->sources.count + more.count + 1) * sizeof *s->sources.items);
        for (size_t k = 0; k < more.count; k++) {
            sn_source *src = &more.items[k];
            char *path = sn_strdup_printf("%.*s/%s", (int)n, spec, src->path);
            free(src->path);
            src->path = path;
            s->sources.items[s->sources.count++] = *src;
        }
        free(more.items);
    }
    return 0;
}
