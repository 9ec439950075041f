"""Every link and image of the rendered site leads to a file of the site,
no page loads anything from another host, and every page has one <h1>.

    links.py SITE_DIR
"""
import sys

import harness

pages = [p for p in harness.files_under(sys.argv[1]) if p.endswith(".html")]
problems = harness.site_problems(sys.argv[1]) if pages else ["no pages in " + sys.argv[1]]
if problems:
    harness.fail("%d problems:\n%s" % (len(problems), "\n".join(problems)))
print("ok: every link of %s resolves, every page has one <h1>" % sys.argv[1])
