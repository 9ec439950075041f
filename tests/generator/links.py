"""Every link and image of the rendered site leads to a file of the site,
and no page loads anything from another host.

    links.py SITE_DIR
"""
import sys

import harness

pages = [p for p in harness.files_under(sys.argv[1]) if p.endswith(".html")]
problems = harness.site_problems(sys.argv[1]) if pages else ["no pages in " + sys.argv[1]]
if problems:
    harness.fail("%d broken links:\n%s" % (len(problems), "\n".join(problems)))
print("ok: every link of %s resolves" % sys.argv[1])
