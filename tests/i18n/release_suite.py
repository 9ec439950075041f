"""Issue 12, point 1: a PO-only commit (a translation platform's bot) and an
English-only commit (an author) pass `./build.sh test`. The tests that only
our main must pass, because such commits make them fail on purpose until
the release step (site/ re-rendered, translations caught up), are in the
suite `release`, which build.sh runs only in strict mode; every other test
must hold on any branch.

    release_suite.py BUILD_DIR BUILD_SH
"""
import json
import os
import re
import sys

build, build_sh = sys.argv[1], sys.argv[2]
with open(os.path.join(build, "meson-info", "intro-tests.json")) as f:
    tests = {t["name"]: t["suite"] for t in json.load(f)}
problems = []
release_only = ["site is up to date", "i18n complete", "i18n catalogs, strict",
                "i18n canonical form, byte for byte"]
for name in release_only:
    if name not in tests:
        if name != "site is up to date":  # not in a generator-only build
            problems.append("no test %r" % name)
    elif not any(s.endswith("release") for s in tests[name]):
        problems.append("%r is not in the suite `release`: a PO-only or English-only commit "
                        "fails it" % name)
for name in ("i18n catalogs", "i18n msgfmt -c", "i18n canonical form"):
    if name in tests and any(s.endswith("release") for s in tests[name]):
        problems.append("%r is in the suite `release`: it must hold on every branch" % name)
text = open(build_sh).read()
m = re.search(r"suites\(\) \{ (.*) \}", text)
if not m or "--no-suite release" not in m.group(1) or "strict" not in m.group(1):
    problems.append("build.sh does not leave out the release suite unless strict")
if text.count("$(suites)") < 2:
    problems.append("build.sh: the plain and the ASan run must both use $(suites)")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("ok: %d release-only tests; the rest hold on any branch" % len(release_only))
