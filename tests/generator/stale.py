"""site/ must be what the sources make now: renders them again, with the
site target's own options, into a scratch folder and compares every file.

    stale.py SIDENOTES SITE_DIR -- SRC_DIR [options of the site target]
"""
import os
import sys

import harness

sidenotes, site = sys.argv[1], sys.argv[2]
args = sys.argv[sys.argv.index("--") + 1:]

with harness.Scratch() as tmp:
    out = os.path.join(tmp, "site")
    harness.run(sidenotes, *args, "-o", out, "-q")
    problems = harness.tree_differences(out, site)
    if problems:
        harness.fail("site/ is stale: %d files differ from what the sources make now.\n"
                     "Run `meson compile -C build site` and commit site/.\n\n%s"
                     % (len(problems), "\n".join(problems[:30])))
print("ok: site/ is up to date (%d files)" % len(harness.files_under(site)))
