"""Sharing and publishing (publish.h): with --base-url, absolute canonical
and hreflang URLs, Open Graph tags, sitemap.xml and robots.txt; without it,
nothing absolute and no sitemap. Always: a favicon, a 404 page, a meta
description of 1-160 characters on every page, images with their width and
height, and KaTeX's fonts as WOFF2 then TrueType with font-display: swap.

    publish.py SIDENOTES   (run with /usr/bin/python3)"""
import os
import re
import sys
import tempfile

import harness

sidenotes = sys.argv[1]
problems = []
BASIC = os.path.join(harness.FIXTURES, "basic")
PO = os.path.join(harness.FIXTURES, "po-basic")


def build(out, *extra):
    harness.run(sidenotes, BASIC, "-o", out, "--po", PO, "--no-cache", "-q", *extra)
    return [p for p in harness.files_under(out, skip=("static/",)) if p.endswith(".html")]


def not_found(rel):
    """A language's 404 page: 404.html or <lang>/404.html."""
    return rel == "404.html" or re.fullmatch(r"[a-z_]+/404\.html", rel) is not None


def text(out, rel):
    return harness.read(os.path.join(out, rel)).decode()


with tempfile.TemporaryDirectory() as tmp:
    # Without a base URL: everything relative.
    plain = os.path.join(tmp, "plain")
    pages = build(plain)
    if "404.html" not in pages or "zh/404.html" not in pages:
        problems.append("no 404.html or zh/404.html")
    if os.path.exists(os.path.join(plain, "sitemap.xml")):
        problems.append("a sitemap.xml without --base-url (its URLs must be absolute)")
    robots = text(plain, "robots.txt") if os.path.exists(os.path.join(plain, "robots.txt")) else ""
    if "User-agent: *" not in robots or "Sitemap" in robots:
        problems.append("robots.txt without --base-url: %r" % robots)
    if not os.path.exists(os.path.join(plain, "static", "favicon.svg")):
        problems.append("no static/favicon.svg")
    for rel in pages:
        html = text(plain, rel)
        if re.search(r'(href|content)="https?://', html):
            problems.append("%s: an absolute URL without --base-url" % rel)
        if 'rel="canonical"' in html or 'property="og:' in html or 'rel="preload"' in html:
            problems.append("%s: canonical, Open Graph or preload tags without --base-url" % rel)
        icon = re.search(r'<link rel="icon" href="([^"]*)"', html)
        if not icon or os.path.normpath(os.path.join(os.path.dirname(rel), icon.group(1))) != "static/favicon.svg":
            problems.append("%s: no favicon link to static/favicon.svg" % rel)
        d = re.search(r'<meta name="description" content="([^"]*)">', html)
        n = len(d.group(1)) if d else 0
        if not 1 <= n <= 160:
            problems.append("%s: meta description of %d characters" % (rel, n))
        for i, img in enumerate(re.findall(r"<img [^>]*>", html)):
            if ('loading="lazy"' in img) != (i > 0) or not re.search(r'width="\d+" height="\d+"', img):
                problems.append("%s: %s: no width and height, or lazy loading on the first "
                                "image or not on the others" % (rel, img))
    calc = text(plain, "index.html")
    if '<img width="40" height="20" decoding="async"' not in calc:
        problems.append("index.html: pic.svg (40 × 20) not given its size: %s"
                        % re.findall(r"<img [^>]*>", calc))
    if 'lang="zh-Hans"' not in text(plain, "zh/index.html"):
        problems.append('zh/index.html: not lang="zh-Hans"')
    css = text(plain, "static/katex/katex.min.css")
    faces = re.findall(r"@font-face\{[^}]*\}", css)
    if not faces:
        problems.append("no @font-face in KaTeX's CSS")
    for face in faces:
        urls = re.findall(r'url\(([^)]*)\) format\("([^"]*)"\)', face)
        if [f for _, f in urls] != ["woff2", "truetype"] or "font-display:swap" not in face:
            problems.append("KaTeX font not WOFF2 then TrueType with swap: " + face[:160])
        for url, _ in urls:
            if not os.path.exists(os.path.join(plain, "static", "katex", url)):
                problems.append("KaTeX's CSS names %s, which was not copied" % url)

    # With a base URL: absolute, shared, listed.
    base = "https://example.org/docs"
    pub = os.path.join(tmp, "pub")
    pages = build(pub, "--base-url", base)
    for rel in pages:
        if not_found(rel):
            continue
        html = text(pub, rel)
        url = base + "/" + rel
        for want in ('<link rel="canonical" href="%s">' % url, '<meta property="og:url" content="%s">' % url,
                     '<meta property="og:title" content="', '<meta property="og:type" content="article">'):
            if want not in html:
                problems.append("%s with --base-url: no %s" % (rel, want))
        preloads = re.findall(r'<link rel="preload" href="([^"]*)" as="font" type="font/woff2" crossorigin>', html)
        want_fonts = ["KaTeX_Main-Regular.woff2", "KaTeX_Math-Italic.woff2"] if 'class="katex"' in html else []
        if [os.path.basename(p) for p in preloads] != want_fonts:
            problems.append("%s with --base-url: preloads %s, expected %s" % (rel, preloads, want_fonts))
        for p in preloads:
            if not os.path.exists(os.path.normpath(os.path.join(pub, os.path.dirname(rel), p))):
                problems.append("%s: preloads %s, which is not there" % (rel, p))
        for href in re.findall(r'<link rel="alternate" hreflang="[^"]*" href="([^"]*)">', html):
            if not href.startswith(base + "/"):
                problems.append("%s with --base-url: hreflang alternate %s is not absolute" % (rel, href))
        if 'href="../' not in html and "/" in rel:
            problems.append("%s with --base-url: its own links are no longer relative" % rel)
    sitemap = text(pub, "sitemap.xml")
    listed = re.findall(r"<loc>([^<]*)</loc>", sitemap)
    want = sorted(base + "/" + p for p in pages if not not_found(p))
    if sorted(listed) != want:
        problems.append("sitemap.xml lists %s, expected %s" % (listed, want))
    if "Sitemap: %s/sitemap.xml" % base not in text(pub, "robots.txt"):
        problems.append("robots.txt does not name the sitemap")
    for rel, folder in (("404.html", "/"), ("zh/404.html", "/zh/")):
        if '<base href="%s%s">' % (base, folder) not in text(pub, rel):
            problems.append("%s with --base-url has no <base> of its folder (its links would "
                            "break below the top)" % rel)

    # A base URL that is not one: an error naming the option, nothing written.
    bad = os.path.join(tmp, "bad")
    proc = harness.run(sidenotes, BASIC, "-o", bad, "--no-cache", "--base-url", "example.org", expect=2)
    if "--base-url" not in proc.stderr or os.path.exists(bad):
        problems.append("--base-url example.org: %r, output written: %s" % (proc.stderr, os.path.exists(bad)))

if problems:
    harness.fail("\n".join(problems))
print("ok: publishing with and without --base-url")
