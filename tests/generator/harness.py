"""Helpers shared by the generator's script tests: run `sidenotes`, compare
trees of files, make throwaway folders. Run with /usr/bin/python3."""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")
KATEX = "/usr/share/javascript/katex"


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def run(sidenotes, *args, env=None, expect=0):
    """Runs sidenotes; fails the test unless it exits with `expect`
    (None: any). Returns the CompletedProcess."""
    proc = subprocess.run([sidenotes, *args], capture_output=True, text=True, env=env)
    if expect is not None and proc.returncode != expect:
        fail("sidenotes %s exited with %d, expected %d\nstdout:\n%s\nstderr:\n%s"
             % (" ".join(args), proc.returncode, expect, proc.stdout, proc.stderr))
    return proc


def files_under(root, skip=()):
    """Relative paths of the files under root, sorted, skipping any that
    start with one of the prefixes in `skip`."""
    out = []
    for dirpath, _, names in os.walk(root):
        for name in names:
            rel = os.path.relpath(os.path.join(dirpath, name), root)
            if not any(rel.startswith(s) for s in skip):
                out.append(rel)
    return sorted(out)


def snapshot(root):
    """Every file under root with its bytes and modification time."""
    out = {}
    for rel in files_under(root):
        path = os.path.join(root, rel)
        out[rel] = (read(path), os.stat(path).st_mtime_ns)
    return out


def read(path):
    with open(path, "rb") as f:
        return f.read()


def tree_differences(got, want, skip=()):
    """A human-readable list of differences between two trees, or []."""
    a, b = files_under(got, skip), files_under(want, skip)
    problems = []
    for rel in sorted(set(a) - set(b)):
        problems.append("unexpected file " + rel)
    for rel in sorted(set(b) - set(a)):
        problems.append("missing file " + rel)
    for rel in sorted(set(a) & set(b)):
        x, y = read(os.path.join(got, rel)), read(os.path.join(want, rel))
        if x != y:
            try:
                diff = difflib.unified_diff(y.decode().splitlines(), x.decode().splitlines(),
                                            "expected/" + rel, "got/" + rel, lineterm="", n=1)
                problems.append("differs: %s\n%s" % (rel, "\n".join(list(diff)[:40])))
            except UnicodeDecodeError:
                problems.append("differs (binary): " + rel)
    return problems


def fold_inline_css(tree):
    """Every page's <style> elements as `<style>…</style>`, as golden/ keeps
    them (the CSS every page carries inline; golden.py checks it)."""
    for d, _, fs in os.walk(tree):
        for f in fs:
            if f.endswith(".html"):
                page = os.path.join(d, f)
                html = read(page).decode()
                with open(page, "w", encoding="utf-8") as w:
                    w.write(re.sub(r"<style>.*?</style>", "<style>…</style>", html, flags=re.S))


class Scratch:
    """A temporary folder, removed at the end of a `with` block."""

    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="sidenotes-test-")
        return self.path

    def __exit__(self, *exc):
        shutil.rmtree(self.path, ignore_errors=True)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)


def copy_fixture(name, dest):
    shutil.copytree(os.path.join(FIXTURES, name), dest)


def links_of(html):
    """The href and src attribute values of a page."""
    import re
    return re.findall(r'\s(?:href|src)="([^"]*)"', html)


def site_problems(root):
    """Checks every page of a rendered site: it has exactly one <h1> (axe's
    page-has-heading-one, and no second), each relative link and image leads
    to a file of the site, a link's #fragment names an id (or name) of the
    page it leads to, and nothing is loaded from another host."""
    import re
    from urllib.parse import unquote
    problems = []
    ids = {}

    def ids_of(page):
        if page not in ids:
            ids[page] = set(re.findall(r'\b(?:id|name)="([^"]+)"', read(page).decode()))
        return ids[page]

    for rel in files_under(root):
        if not rel.endswith(".html"):
            continue
        html = read(os.path.join(root, rel)).decode()
        h1 = len(re.findall(r"<h1[ >]", html))
        if h1 != 1:
            problems.append("%s has %d <h1> headings, not one" % (rel, h1))
        for url in links_of(html):
            if re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I) or url.startswith("//"):
                if url.startswith(("http:", "https:", "//")) and re.search(
                        r'<(?:link|script|img|iframe|source)\b[^>]*(?:href|src)="%s"' % re.escape(url), html):
                    problems.append("%s loads %s from another host" % (rel, url))
                continue
            path = unquote(url.split("#")[0].split("?")[0])
            if not path:
                continue
            target = os.path.normpath(os.path.join(os.path.dirname(os.path.join(root, rel)), path))
            if not target.startswith(os.path.abspath(root)) and not target.startswith(root):
                problems.append("%s links outside the site: %s" % (rel, url))
            elif not os.path.exists(target):
                problems.append("%s links to a missing file: %s" % (rel, url))
            elif "#" in url and url.split("#", 1)[1]:
                page = os.path.join(target, "index.html") if os.path.isdir(target) else target
                fragment = unquote(url.split("#", 1)[1])
                if page.endswith(".html") and os.path.exists(page) and fragment not in ids_of(page):
                    problems.append("%s links to %s, which has no id %s" % (rel, url, fragment))
    return problems
