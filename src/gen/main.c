/* main.c — the command line of `sidenotes`, the site generator.
 *
 *   sidenotes SRC_DIR -o OUT_DIR [options]
 *
 * renders every annotated C file and Markdown page under SRC_DIR into a
 * side-by-side HTML site in OUT_DIR; `sidenotes serve SRC_DIR -o OUT_DIR`
 * also serves it and rebuilds it on every save (serve.h). See
 * `sidenotes --help` and site.h. */
#include "buf.h"
#include "publish.h"
#include "serve.h"
#include "site.h"
#include "translate.h"

#include <getopt.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
    "usage: sidenotes SRC_DIR -o OUT_DIR [options]\n"
    "       sidenotes serve SRC_DIR -o OUT_DIR [options] [--port N] [--bind ADDR]\n"
    "\n"
    "Renders the annotated sources (C, C++, Python, shell, Go) and Markdown (.md)\n"
    "files under SRC_DIR into a side-by-side HTML site in OUT_DIR: notes and math\n"
    "on the left, the code they explain on the right. Images under SRC_DIR are\n"
    "copied beside the pages.\n"
    "`serve` builds the site, serves OUT_DIR over HTTP, and rebuilds it and reloads\n"
    "the open pages whenever a source, catalog or template is saved.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR     where the site goes (required)\n"
    "  --po DIR             translations: DIR/<lang>/<page source>.po and\n"
    "                       DIR/<lang>/site.po; each <lang> gets OUT_DIR/<lang>/\n"
    "  --assets DIR         copy the images under DIR too, to the same paths\n"
    "                       (repeatable; for images made at build time)\n"
    "  --section NAME=DIR   render the sources under DIR too, as the folder NAME\n"
    "                       of the site, in English only (repeatable)\n"
    "  --templates DIR      page.html, section.html, index.html, entry.html,\n"
    "                       parts/*.html, site.css, site.js, search.css,\n"
    "                       search.js, xref.css, xref.js, favicon.svg found in\n"
    "                       DIR replace the built-in ones\n"
    "  --base-url URL       where the site will be published (http:// or https://):\n"
    "                       absolute canonical and hreflang URLs, Open Graph tags,\n"
    "                       sitemap.xml; without it every link stays relative\n"
    "  --cache DIR          keep KaTeX and Pygments results in DIR\n"
    "                       (default: $XDG_CACHE_HOME/sidenotes or ~/.cache/sidenotes)\n"
    "  --no-cache           keep no results between builds\n"
    "  --compile-commands FILE  resolve the names of C code (links, tooltips, the\n"
    "                       index) with the flags of FILE, meson's compile_commands.json\n"
    "  --xref               resolve them without it: each file's own folder as -I\n"
    "                       (without either option, names are not resolved)\n"
    "  --xref-max-kb N      resolve the names of C files up to N KB only (default\n"
    "                       512; 0: every file); a bigger file's code is not linked\n"
    "  --katex DIR          the folder holding katex.js and katex.min.css\n"
    "                       (default: /usr/share/javascript/katex)\n"
    "  --node CMD           the node that runs KaTeX (default: node)\n"
    "  --python CMD         the python3 that runs Pygments (default: /usr/bin/python3)\n"
    "  --strict             make every warning an error (a `$` that makes no formula,\n"
    "                       a file that is not UTF-8, a broken translation, ...)\n"
    "  --no-math            no math: `$` is a dollar sign in every page (one page:\n"
    "                       `math: off` in its front matter)\n"
    "  --unsafe             let raw HTML in notes through, for a trusted site\n"
    "                       (default: shown as text; each note block closed)\n"
    "  --strings            print the interface strings to translate (a POT file)\n"
    "  --exclude GLOB       leave out what GLOB matches: without a `/`, a file or\n"
    "                       folder name at any depth (`build`, `*.pb.h`); with one,\n"
    "                       a path from SRC_DIR (`third_party/*`) (repeatable)\n"
    "  --plain-notes GLOB   the comments of the pages GLOB matches (as --exclude) are\n"
    "                       plain text: line breaks kept, no Markdown, no math\n"
    "                       (repeatable; or `notes: plain` in a page's front matter)\n"
    "  --tab-width N        tab stops every N columns in source files (default 8)\n"
    "  --dump-work DIR      write the KaTeX and Pygments requests of a build from\n"
    "                       scratch to DIR, with the worker scripts, and stop\n"
    "                       (used by the benchmark to time the tools alone)\n"
    "  --min-translated N   offer a language in the switcher only when N% of its\n"
    "                       messages are translated (default 50); it is built anyway\n"
    "  -q, --quiet          print nothing but errors and warnings (and no progress line)\n"
    "  --port N             serve: the TCP port (default 8000; 0 picks a free one)\n"
    "  --bind ADDR          serve: the IPv4 address to listen on (default 127.0.0.1,\n"
    "                       this machine only)\n"
    "  --version            print the version\n"
    "  -h, --help           show this help\n";

/* The default cache folder, malloc'd, or NULL when there is no home. */
static char *default_cache(void)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    if (xdg && *xdg) return sn_strdup_printf("%s/sidenotes", xdg);
    const char *home = getenv("HOME");
    if (home && *home) return sn_strdup_printf("%s/.cache/sidenotes", home);
    return NULL;
}

int main(int argc, char **argv)
{
    /* A big page's buffers (its HTML, a worker's answer) grow by realloc to
     * megabytes. Past glibc's mmap threshold each growth is a new mapping
     * whose pages fault in again, and a freed one goes back to the kernel:
     * on a 40,000-line file that was an eighth of the generator's CPU. Kept
     * in the heap they are faulted in once. */
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    enum { PO = 256, ASSETS, TEMPLATES, CACHE, NO_CACHE, KATEX, NODE, PYTHON, STRINGS, DUMP,
           SECTION, PORT, BIND, VERSION, BASE_URL, STRICT, NO_MATH, UNSAFE, MIN_TRANSLATED,
           EXCLUDE, PLAIN_NOTES, TAB_WIDTH, COMPILE_COMMANDS, XREF_MAX_KB, XREF };
    static const struct option long_options[] = {
        {"output", required_argument, NULL, 'o'},  {"po", required_argument, NULL, PO},
        {"assets", required_argument, NULL, ASSETS}, {"templates", required_argument, NULL, TEMPLATES},
        {"cache", required_argument, NULL, CACHE},  {"no-cache", no_argument, NULL, NO_CACHE},
        {"katex", required_argument, NULL, KATEX},  {"node", required_argument, NULL, NODE},
        {"python", required_argument, NULL, PYTHON}, {"strings", no_argument, NULL, STRINGS},
        {"dump-work", required_argument, NULL, DUMP}, {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},           {"port", required_argument, NULL, PORT},
        {"bind", required_argument, NULL, BIND},    {"version", no_argument, NULL, VERSION},
        {"section", required_argument, NULL, SECTION},
        {"base-url", required_argument, NULL, BASE_URL},
        {"strict", no_argument, NULL, STRICT},      {"no-math", no_argument, NULL, NO_MATH},
        {"unsafe", no_argument, NULL, UNSAFE},
        {"xref-max-kb", required_argument, NULL, XREF_MAX_KB},
        {"xref", no_argument, NULL, XREF},
        {"min-translated", required_argument, NULL, MIN_TRANSLATED},
        {"exclude", required_argument, NULL, EXCLUDE},
        {"plain-notes", required_argument, NULL, PLAIN_NOTES},
        {"tab-width", required_argument, NULL, TAB_WIDTH},
        {"compile-commands", required_argument, NULL, COMPILE_COMMANDS},
        {NULL, 0, NULL, 0},
    };
    sn_catalogs_read_bytewise(); /* translate.h */
    sn_site_options o = {0};
    o.katex_dir = "/usr/share/javascript/katex";
    o.node = "node";
    o.python = "/usr/bin/python3";
    o.min_translated = 50;
    const char **assets = sn_xcalloc((size_t)argc, sizeof *assets);
    const char **sections = sn_xcalloc((size_t)argc, sizeof *sections);
    const char **exclude = sn_xcalloc((size_t)argc, sizeof *exclude);
    const char **plain = sn_xcalloc((size_t)argc, sizeof *plain);
    char *cache = NULL, *base_url = NULL;
    int no_cache = 0, strings = 0, c;
    const char *port = NULL, *bind = NULL;
    while ((c = getopt_long(argc, argv, "o:qh", long_options, NULL)) != -1) {
        switch (c) {
        case 'o': o.out_dir = optarg; break;
        case PO: o.po_dir = optarg; break;
        case ASSETS: assets[o.nassets++] = optarg; break;
        case TEMPLATES: o.templates_dir = optarg; break;
        case CACHE: free(cache); cache = sn_strndup(optarg, strlen(optarg)); break;
        case NO_CACHE: no_cache = 1; break;
        case COMPILE_COMMANDS: o.compile_commands = optarg; break;
        case XREF: o.xref = 1; break;
        case KATEX: o.katex_dir = optarg; break;
        case NODE: o.node = optarg; break;
        case PYTHON: o.python = optarg; break;
        case STRINGS: strings = 1; break;
        case DUMP: o.dump_dir = optarg; break;
        case SECTION: sections[o.nsections++] = optarg; break;
        case EXCLUDE: exclude[o.nexclude++] = optarg; break;
        case PLAIN_NOTES: plain[o.nplain_notes++] = optarg; break;
        case STRICT: o.strict = 1; break;
        case TAB_WIDTH: {
            char *stop;
            long n = strtol(optarg, &stop, 10);
            if (!*optarg || *stop || n < 1 || n > 64) {
                fprintf(stderr, "sidenotes: error: --tab-width %s: a number from 1 to 64\n", optarg);
                o.tab_width = -1;
            } else {
                o.tab_width = (int)n;
            }
            break;
        }
        case XREF_MAX_KB: {
            char *stop;
            long n = strtol(optarg, &stop, 10);
            if (!*optarg || *stop || n < 0 || n > 1L << 30) {
                fprintf(stderr, "sidenotes: error: --xref-max-kb %s: a number of KB (0: no limit)\n", optarg);
                o.tab_width = -1; /* the usage error, as --tab-width's */
            } else {
                o.xref_max_kb = n ? n : -1;
            }
            break;
        }
        case BASE_URL: {
            char *msg = NULL;
            free(base_url);
            if (!(base_url = sn_base_url_check(optarg, &msg))) {
                fprintf(stderr, "sidenotes: %s\n", msg);
                free(msg);
                free(assets);
                free(sections);
                free(exclude);
                free(plain);
                free(cache);
                return 2;
            }
            o.base_url = base_url;
            break;
        }
        case NO_MATH: o.no_math = 1; break;
        case UNSAFE: o.unsafe_html = 1; break;
        case 'q': o.quiet = 1; break;
        case MIN_TRANSLATED: {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 0 || n > 100) {
                fprintf(stderr, "sidenotes: --min-translated %s: not a percentage (0 to 100)\n", optarg);
                free(assets); free(sections); free(exclude); free(plain); free(cache); free(base_url);
                return 2;
            }
            o.min_translated = (int)n;
            break;
        }
        case PORT: port = optarg; break;
        case BIND: bind = optarg; break;
        case VERSION: printf("sidenotes %s\n", SN_VERSION); free(assets); free(sections); free(exclude); free(plain); free(cache); free(base_url); return 0;
        case 'h': fputs(usage, stdout); free(assets); free(sections); free(exclude); free(plain); free(cache); free(base_url); return 0;
        default: fputs(usage, stderr); free(assets); free(sections); free(exclude); free(plain); free(cache); free(base_url); return 2;
        }
    }
    o.assets = assets;
    o.sections = sections;
    o.exclude = exclude;
    o.plain_notes = plain;
    /* `serve` is the first operand: getopt_long has moved the operands last. */
    int serve = optind < argc && strcmp(argv[optind], "serve") == 0;
    optind += serve;
    o.progress = !o.quiet && isatty(STDERR_FILENO);
    /* The cold build without the search index, for bench_search.py only. */
    o.no_search = getenv("SIDENOTES_NO_SEARCH") && strcmp(getenv("SIDENOTES_NO_SEARCH"), "1") == 0;
    char *err = NULL;
    int rc = 0;
    if (o.tab_width < 0) {
        rc = 2;
    } else if (!serve && (port || bind)) {
        fputs("sidenotes: error: --port and --bind are options of `sidenotes serve`\n", stderr);
        rc = 2;
    } else if (strings) {
        char *pot = sn_site_strings(&o, &err);
        if (pot) fputs(pot, stdout);
        else rc = 1;
        free(pot);
    } else if (optind != argc - 1 || !o.out_dir) {
        fputs(optind < argc - 1 ? "sidenotes: error: one SRC_DIR only\n"
                                : "sidenotes: error: SRC_DIR and -o OUT_DIR are required\n",
              stderr);
        fputs(usage, stderr);
        rc = 2;
    } else {
        o.src_dir = argv[optind];
        if (!cache && !no_cache) cache = default_cache();
        o.cache_dir = no_cache ? NULL : cache;
        /* A worker that dies must be reported, not kill us on write. */
        signal(SIGPIPE, SIG_IGN);
        if (serve) rc = sn_serve(&o, bind ? bind : "127.0.0.1", port ? port : "8000");
        else rc = sn_site_build(&o, &err) == 0 ? 0 : 1;
    }
    if (err) {
        /* Messages that name no file name the program. */
        fprintf(stderr, "%s%s\n", strncmp(err, "error:", 6) == 0 ? "sidenotes: " : "", err);
        free(err);
    }
    free(assets);
    free(sections);
    free(exclude);
    free(plain);
    free(cache);
    free(base_url);
    return rc;
}
