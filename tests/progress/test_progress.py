"""The progress line of a long build: on a terminal, a build still running
after a second shows the stage, pages rendered of the total and the tools
still running, redrawn in place and erased before the summary; nothing of
it when stderr is not a terminal, with -q, or for a build that has nothing
to do. The build is made long by interpreters that wait 2.5 s before they
start KaTeX and Pygments, so the test needs no large tree.

    test_progress.py SIDENOTES
"""
import os
import pty
import re
import select
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "generator"))
import harness  # noqa: E402

sidenotes = sys.argv[1]


def slow(tmp, name, real):
    path = os.path.join(tmp, name)
    harness.write(path, "#!/bin/sh\nsleep 2.5\nexec %s \"$@\"\n" % real)
    os.chmod(path, 0o755)
    return path


def on_terminal(args, timeout=60):
    """Runs sidenotes with stdout and stderr on a pseudo-terminal; returns
    (exit status, everything it wrote)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sidenotes, *args], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    out = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if select.select([master], [], [], 0.5)[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed: the program is done
                break
            if not chunk:
                break
            out += chunk
        elif proc.poll() is not None:
            break
    os.close(master)
    try:
        rc = proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        rc = None
    return rc, out.decode(errors="replace")


with harness.Scratch() as tmp:
    src = os.path.join(tmp, "src")
    harness.copy_fixture("basic", src)
    node, python = slow(tmp, "node", "node"), slow(tmp, "python", "/usr/bin/python3")

    def args(out, *more, cache="--no-cache"):
        return [src, "-o", os.path.join(tmp, out), "--node", node, "--python", python,
                *(["--cache", cache] if cache != "--no-cache" else [cache]), *more]

    rc, text = on_terminal(args("out1"))
    if rc != 0:
        harness.fail("the slow build failed (%r):\n%s" % (rc, text))
    lines = [l for l in text.split("\r") if l.startswith("sidenotes: ") and "pages rendered" in l]
    if not lines:
        harness.fail("no progress line on a terminal in a 2.5 s build:\n%r" % text)
    if not any(re.search(r"waiting for the tools; 4 of 4 pages rendered; running (katex|pygments)", l)
               for l in lines):
        harness.fail("no progress line shows the pages rendered of the total and a tool running:\n%r"
                     % lines)
    summary = text.rfind("sidenotes: 4 pages in 1 language")
    if summary < 0 or text.rfind("\r\x1b[K", 0, summary) < text.rfind("pages rendered", 0, summary):
        harness.fail("the progress line is not erased before the summary:\n%r" % text)
    if "pages rendered" in text[summary:]:
        harness.fail("the progress line is drawn after the summary:\n%r" % text)

    rc, text = on_terminal(args("out2", "-q"))
    if rc != 0 or text.strip():
        harness.fail("-q on a terminal printed %r (status %r)" % (text, rc))

    proc = subprocess.run([sidenotes, *args("out3")], capture_output=True, text=True, timeout=60)
    if proc.returncode != 0 or "\r" in proc.stderr or "pages rendered" in proc.stderr:
        harness.fail("stderr not a terminal: no progress line, got %r" % proc.stderr)

    # Nothing to do (the up-to-date check needs the cache): no line.
    cached = args("out4", cache=os.path.join(tmp, "cache"))
    subprocess.run([sidenotes, *cached], capture_output=True, timeout=60, check=True)
    rc, text = on_terminal(cached)
    if rc != 0 or "pages rendered" in text or "up to date" not in text:
        harness.fail("a build with nothing to do showed a progress line: %r" % text)
    print("progress line: shown on a terminal, erased before the summary; quiet with -q, "
          "off a terminal, and when up to date")
