/* po_tool.c — `sidenotes-po`, the translators' command.
 *
 *   sidenotes-po [-C DIR] extract SRC_DIR PO_DIR [--check]
 *   sidenotes-po [-C DIR] update  SRC_DIR PO_DIR
 *   sidenotes-po [-C DIR] status  PO_DIR [LANG...]
 *   sidenotes-po [-C DIR] check   SRC_DIR PO_DIR
 *   sidenotes-po [-C DIR] complete SRC_DIR PO_DIR RULES_FILE
 *
 * extract writes the English messages as templates (po_extract.h); update
 * extracts, then merges every template into every language of
 * PO_DIR/LINGUAS with gettext's msgmerge, so that changed English becomes
 * fuzzy and new English untranslated, creating the catalogs that are
 * missing; status counts, per page and language, the messages translated,
 * fuzzy and untranslated; check fails unless every catalog loads (syntax,
 * math, code, links: translate.h), and notes the templates and catalogs
 * that are behind the English and the translations that do not use the
 * words of their language's glossary (po_glossary.h); complete fails unless the catalogs that
 * RULES_FILE declares complete are 100% translated, with nothing fuzzy,
 * against the English as it is now.
 *
 * This file reads the command line and runs the subcommand; extract is
 * here, each other subcommand has a file of its own (po_commands.h).
 */
#include "po_commands.h"

#include "buf.h"
#include "po_extract.h"
#include "po_glossary.h"
#include "translate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *to)
{
    fputs("usage: sidenotes-po [-C DIR] COMMAND ...\n"
          "  -C DIR                            run in DIR first, like make -C\n"
          "  --version                         print the version\n"
          "  -h, --help                        show this help\n"
          "commands:\n"
          "  extract SRC_DIR PO_DIR [--check]  write PO_DIR/templates/<page>.pot from the sources\n"
          "  update SRC_DIR PO_DIR             extract, then msgmerge every template into every\n"
          "                                    language of PO_DIR/LINGUAS (creating missing catalogs)\n"
          "  status PO_DIR [LANG...]           translated / fuzzy / untranslated, per page and language\n"
          "  check SRC_DIR PO_DIR [--strict]   fail unless every catalog is valid; name the\n"
          "                                    templates and catalogs behind the English, files\n"
          "                                    that are never used, and translations that stray\n"
          "                                    from the glossary (--strict: fail on those too)\n"
          "  glossary PO_DIR LANG              print PO_DIR/LANG/glossary.md as TBX (for Weblate)\n"
          "  complete SRC_DIR PO_DIR RULES     fail unless the catalogs RULES declares complete are\n"
          "                                    fully translated against the current English\n",
          to);
}

/* ------------------------------------------------------------------------
 * extract */

int cmd_extract(const char *src_dir, const char *po_dir, int check_only)
{
    char *err = NULL;
    int changes = sn_po_extract(src_dir, po_dir, check_only, stdout, &err);
    if (changes < 0) {
        fprintf(stderr, "%s\n", err);
        free(err);
        return 1;
    }
    if (check_only && changes > 0) {
        fprintf(stderr, "%s/templates: %d template(s) stale against %s: run "
                        "`meson compile -C build po-update`\n", po_dir, changes, src_dir);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    sn_catalogs_read_bytewise(); /* translate.h */
    /* Whole lines on both streams, so that a note and an error never
     * splice into one line when both go to one pipe. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    setvbuf(stderr, NULL, _IOLBF, 0);
    int i = 1;
    if (i + 1 < argc && strcmp(argv[i], "-C") == 0) {
        if (chdir(argv[i + 1]) != 0) {
            fprintf(stderr, "sidenotes-po: cannot enter %s: %s\n", argv[i + 1], strerror(errno));
            return 2;
        }
        i += 2;
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[i++];
    int rest = argc - i;
    char **args = argv + i;
    if (strcmp(cmd, "extract") == 0 && (rest == 2 || (rest == 3 && strcmp(args[2], "--check") == 0)))
        return cmd_extract(args[0], args[1], rest == 3);
    if (strcmp(cmd, "update") == 0 && rest == 2) return cmd_update(args[0], args[1]);
    if (strcmp(cmd, "status") == 0 && rest >= 1) return cmd_status(args[0], args + 1, rest - 1);
    if (strcmp(cmd, "check") == 0 && (rest == 2 || (rest == 3 && strcmp(args[2], "--strict") == 0)))
        return cmd_check(args[0], args[1], rest == 3);
    if (strcmp(cmd, "glossary") == 0 && rest == 2) {
        char *path = sn_strdup_printf("%s/%s/glossary.md", args[0], args[1]), *err = NULL;
        sn_glossary *g = access(path, F_OK) == 0 ? sn_glossary_load(path, &err) : NULL;
        if (!g && err) fprintf(stderr, "%s\n", err);
        else if (!g) fprintf(stderr, "%s: error: no such file\n", path);
        else sn_glossary_write_tbx(g, args[1], stdout);
        sn_glossary_free(g);
        free(err);
        free(path);
        return g ? 0 : 1;
    }
    if (strcmp(cmd, "complete") == 0 && rest == 3) return cmd_complete(args[0], args[1], args[2]);
    if (strcmp(cmd, "--version") == 0) {
        printf("sidenotes-po %s\n", SN_VERSION);
        return 0;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    usage(stderr);
    return 2;
}
