#!/usr/bin/python3
"""mutants.py — a mutation pass over the generator (issue 13, point 4).

    mutants.py BUILD_DIR [NAME...]

Each mutant below turns off one thing the generator promises: one exact
replacement in one source file. For each, the script applies it, rebuilds,
runs the generator's, the translators' and the server's tests (the fast
suites; the browser test and the fuzz suite are left out for time), and
restores the file, whatever happens. A mutant is *caught* when some test
fails, *survives* when they all pass, and *does not build* when the
compiler refuses it (counted apart). The first eight are the mutants that
survived the code review (shared/reviews/code.md, "Tests"); the others
cover the rest of the pipeline.

It is a development tool, not a test: it takes minutes per mutant. It
refuses to start on a source tree with uncommitted changes to src/, so
that a restore can never lose work.
"""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# (name, file, original text, replacement). The original must occur once.
MUTANTS = [
    # The eight survivors of the code review.
    ("CRLF and lone CR normalised", "src/gen/read.c",
     "s[o++] = s[i] == '\\r' ? '\\n' : s[i];", "s[o++] = s[i];"),
    ("identical tool requests merged", "src/gen/tools.c",
     "if (leaders && same_request(all[leaders - 1], all[i]))",
     "if (0 && leaders && same_request(all[leaders - 1], all[i]))"),
    ("broken-link warning", "src/gen/links.c",
     "sn_diags_warn(s->diags, where, \"link to `%s`, which is neither",
     "if (0) sn_diags_warn(s->diags, where, \"link to `%s`, which is neither"),
    ("second readme in one folder", "src/gen/site.c",
     "if (f->readme >= 0) {", "if (0 && f->readme >= 0) {"),
    ("language folder clashes with a source folder", "src/gen/languages.c",
     "if (strncmp(p, code, n) == 0 && (p[n] == '\\0' || p[n] == '/')) {",
     "if (0 && strncmp(p, code, n) == 0 && (p[n] == '\\0' || p[n] == '/')) {"),
    ("static/ collision", "src/gen/static_files.c",
     "if (site_folder_index(s, \"static\") >= 0) {", "if (0 && site_folder_index(s, \"static\") >= 0) {"),
    ("two sources, one output", "src/gen/write.c",
     "if (strcmp(files[i - 1].path, files[i].path) == 0) {",
     "if (0 && strcmp(files[i - 1].path, files[i].path) == 0) {"),
    ("closing $ not followed by a digit", "src/i18n/texmath_scan.c",
     "!(j + 1 < len && s[j + 1] >= '0' && s[j + 1] <= '9')", "1"),
    # The rest of the pipeline.
    ("byte-order mark dropped", "src/gen/read.c",
     "if (n >= 3 && memcmp(s, \"\\xEF\\xBB\\xBF\", 3) == 0) i = 3;", ";"),
    ("< escaped in HTML", "src/core/buf.c",
     "case '<': entity = \"&lt;\"; break;", "case '<': entity = \"<\"; break;"),
    ("a path cannot climb above its root", "src/core/path.c",
     "if (!n) { ok = 0; break; }", "if (!n) { continue; }"),
    ("serve refuses .. segments", "src/serve/serve.c",
     "if (n == 2 && p[0] == '.' && p[1] == '.') return 1;", "(void)n;"),
    ("raw HTML in notes is escaped by default", "src/gen/markdown.c",
     "sn_notes_raw_html(doc, ctx->unsafe_html, ctx->lang != NULL);",
     "sn_notes_raw_html(doc, 1, ctx->lang != NULL);"),
    ("a broken translation falls back to English", "src/gen/translate.c",
     "if (why && p->forgiving) { /* the block falls back to English */",
     "if (0 && why && p->forgiving) { /* the block falls back to English */"),
    ("a heading starts a search part", "src/gen/search.c",
     "if (type == CMARK_NODE_HEADING) { /* a heading starts a part */",
     "if (0 && type == CMARK_NODE_HEADING) { /* a heading starts a part */"),
    ("an unknown template variable is an error", "src/gen/template.c",
     "            if (found < 0) {\n                sn_buf known = {0};",
     "            if (found < 0 && 0) {\n                sn_buf known = {0};"),
    ("front matter sets the title", "src/gen/frontmatter.c",
     "if (klen == 5 && memcmp(k, \"title\", 5) == 0) slot = &fm->title;",
     "if (klen == 5 && memcmp(k, \"title\", 5) == 0) slot = NULL;"),
    ("an unclosed backtick in a translation is caught", "src/i18n/po_check.c",
     "if (!why && tr.loose_ticks > en.loose_ticks)", "if (0 && !why && tr.loose_ticks > en.loose_ticks)"),
    ("two builds at once wait for the lock", "src/gen/write.c",
     "if (flock(*fd, LOCK_EX | LOCK_NB) != 0) {", "if (0 && flock(*fd, LOCK_EX | LOCK_NB) != 0) {"),
    ("a failed rename is an error", "src/gen/write.c",
     "if (rc == 0 && (fl->fail_rename || rename(tmp, full) != 0)) {",
     "if (rc == 0 && (fl->fail_rename || rename(tmp, full) != 0) && 0) {"),
    ("notes never link another file's static", "src/gen/xref_html.c",
     "if ((en->kind == XK_FUNCTION || en->kind == XK_GLOBAL) && strncmp(en->usr, \"c:@\", 3) != 0)",
     "if ((en->kind == XK_FUNCTION || en->kind == XK_GLOBAL) && strncmp(en->usr, \"c:@\", 3) != 0 && 0)"),
    ("notes never link across into an English-only section", "src/gen/xref_html.c",
     "if (en->ndefs && x->pages[en->defs[0].page].english_only != x->pages[p].english_only) continue;",
     "(void)0;"),
    ("a no-op build is recognised by its stamp", "src/gen/site.c",
     "int up_to_date = last && stamp.data && strcmp(last, stamp.data) == 0;",
     "int up_to_date = 0 && last && stamp.data && strcmp(last, stamp.data) == 0;"),
    ("a changed tree is rebuilt", "src/gen/site.c",
     "int up_to_date = last && stamp.data && strcmp(last, stamp.data) == 0;",
     "int up_to_date = last && stamp.data;"),
]


def run(cmd, **kw):
    return subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


def main():
    build = sys.argv[1]
    only = set(sys.argv[2:])
    dirty = run(["git", "status", "--porcelain", "--", "src"]).stdout.strip()
    if dirty:
        sys.exit("mutants.py: src/ has uncommitted changes; commit or stash them first:\n" + dirty)
    tally = {"caught": 0, "survived": 0, "does not build": 0, "not applicable": 0}
    for name, rel, old, new in MUTANTS:
        if only and name not in only:
            continue
        path = os.path.join(ROOT, rel)
        text = open(path, encoding="utf-8").read()
        if text.count(old) != 1:
            print("%-48s not applicable (the text occurs %d times in %s)" % (name, text.count(old), rel))
            tally["not applicable"] += 1
            continue
        start = time.time()
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.replace(old, new))
            if run(["meson", "compile", "-C", build]).returncode != 0:
                verdict, failed = "does not build", ""
            else:
                r = run(["meson", "test", "-C", build, "--no-rebuild", "--maxfail", "1", "--suite", "generator", "--suite", "i18n",
                         "--suite", "serve", "--suite", "install", "--no-suite", "slow", "--no-suite", "release"])
                failed = ", ".join(line.split(" / ", 1)[1].split("  ")[0].strip()
                                   for line in r.stdout.splitlines() if " FAIL " in line and " / " in line)
                verdict = "caught" if r.returncode != 0 else "survived"
        finally:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        tally[verdict] += 1
        print("%-48s %-9s %5.0f s  %s" % (name, verdict, time.time() - start, failed[:120]), flush=True)
    run(["meson", "compile", "-C", build])
    print("\n" + ", ".join("%s: %d" % kv for kv in tally.items()))


main()
