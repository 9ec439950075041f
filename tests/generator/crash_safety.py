"""Crash-safe builds (issue 16): a build killed with SIGKILL at any point
leaves the previous site whole and the next build repairs everything; a
failed write is a clear error and the previous site stays; two builds into
one folder take turns; the cache survives a kill mid-write.

    crash_safety.py SIDENOTES

Site A is the `basic` fixture built; site B is what the sources make after
a page changed (with a new formula), a page was added and one deleted. Each
case starts from site A in the output folder and builds B:
  - killed by the write layer's test hook (SIDENOTES_KILL_AT_WRITE=N) before
    each of its writes in turn, then killed at times spread over a build that
    runs KaTeX and fills the cache: the folder holds exactly A or exactly B
    (never a mix, a half file, a stray file), the cache passes SQLite's
    integrity check, and one more build makes exactly B;
  - a write failing with ENOSPC (SIDENOTES_FAIL_WRITE=N): exit 1 with
    "file: error: cannot write: No space left on device", folder still A;
  - a file system that cannot swap two folders (SIDENOTES_NO_SWAP=1): the
    files replaced one by one make exactly B, and a file that cannot be
    renamed into place (SIDENOTES_FAIL_RENAME=1) is "cannot write", exit 1;
  - a lock held on the output folder: the build waits, leaving A, and
    finishes B once the lock is let go; two builds at once both succeed and
    leave B.
"""
import fcntl
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import harness

sidenotes = sys.argv[1]
LEFTOVERS = (".sidenotes-lock",)  # an empty lock file a killed build may leave


def snapshot(root):
    return {rel: harness.read(os.path.join(root, rel))
            for rel in harness.files_under(root) if rel not in LEFTOVERS}


def cache_ok(cache):
    db = sqlite3.connect(os.path.join(cache, "sidenotes-cache.sqlite3"))
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


with harness.Scratch() as tmp:
    src, out, cache = (os.path.join(tmp, d) for d in ("src", "out", "cache"))
    harness.copy_fixture("basic", src)
    harness.run(sidenotes, src, "-o", out, "--cache", cache, "-q")
    site_a = snapshot(out)
    cache_a = os.path.join(tmp, "cache-a")
    shutil.copytree(cache, cache_a)

    # The next version of the sources.
    notes = os.path.join(src, "sub", "notes.md")
    harness.write(notes, harness.read(notes).decode() + "\nAnd $n \\log n$ more.\n")
    harness.write(os.path.join(src, "sub", "added.md"), "# Added\n\nA new page, $a+b$.\n")
    pages = sorted(f for f in os.listdir(src) if f.endswith((".c", ".md")))
    os.remove(os.path.join(src, pages[0]))
    ref = os.path.join(tmp, "ref")
    harness.run(sidenotes, src, "-o", ref, "--cache", os.path.join(tmp, "cache-ref"), "-q")
    site_b = snapshot(ref)
    if site_a == site_b:
        harness.fail("the change made no difference to the site")

    def reset(fresh_cache=False):
        shutil.rmtree(out)
        shutil.copytree(os.path.join(tmp, "site-a"), out, symlinks=True)
        if fresh_cache:
            shutil.rmtree(cache)
            shutil.copytree(cache_a, cache)

    shutil.copytree(out, os.path.join(tmp, "site-a"), symlinks=True)

    def check_whole(what):
        got = snapshot(out)
        if got != site_a and got != site_b:
            extra = sorted(set(got) - set(site_a) - set(site_b))
            mixed = sorted(r for r in got if got[r] != site_a.get(r) and got[r] != site_b.get(r))
            harness.fail("%s: the output is neither the previous site nor the new one "
                         "(files of neither: %s; other content: %s)" % (what, extra, mixed))
        if not cache_ok(cache):
            harness.fail("%s: the cache fails SQLite's integrity check" % what)
        harness.run(sidenotes, src, "-o", out, "--cache", cache, "-q")
        if snapshot(out) != site_b or os.path.exists(os.path.join(tmp, ".out.sidenotes-new")) or \
                os.path.exists(os.path.join(out, ".sidenotes-lock")):
            harness.fail("%s: the next build did not repair the site" % what)
        return got == site_b

    # Killed before each write.
    kills, n = 0, 1
    while True:
        reset()
        env = dict(os.environ, SIDENOTES_KILL_AT_WRITE=str(n))
        proc = subprocess.run([sidenotes, src, "-o", out, "--cache", cache, "-q"], env=env,
                              capture_output=True)
        if proc.returncode == 0:
            break
        if proc.returncode != -signal.SIGKILL:
            harness.fail("kill at write %d: exit %d: %s" % (n, proc.returncode, proc.stderr))
        if check_whole("killed before write %d" % n):
            harness.fail("killed before write %d, the new site was already in place" % n)
        kills += 1
        n += 1
    if kills < 3:
        harness.fail("only %d writes to kill the build at" % kills)
    print("killed before each of %d writes: previous site whole each time, repaired" % kills)

    # Killed at times spread over a build that runs KaTeX and fills the cache.
    reset(fresh_cache=True)
    t0 = time.perf_counter()
    harness.run(sidenotes, src, "-o", out, "--cache", cache, "-q")
    duration = time.perf_counter() - t0
    outcome = {False: 0, True: 0}
    for k in range(12):
        reset(fresh_cache=True)
        proc = subprocess.Popen([sidenotes, src, "-o", out, "--cache", cache, "-q"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * (k + 0.5) / 12)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        outcome[check_whole("killed after %.3f s" % (duration * (k + 0.5) / 12))] += 1
    print("killed at 12 times over %.2f s: %d left the previous site, %d the new one; "
          "cache intact, repaired" % (duration, outcome[False], outcome[True]))

    # A failed write.
    for n in (1, 2, 5):
        reset()
        env = dict(os.environ, SIDENOTES_FAIL_WRITE=str(n))
        proc = harness.run(sidenotes, src, "-o", out, "--cache", cache, "-q", env=env, expect=1)
        if "error: cannot write: No space left on device" not in proc.stderr or \
                os.path.realpath(out) not in proc.stderr:
            harness.fail("a failed write gave: %s" % proc.stderr)
        if snapshot(out) != site_a or os.path.exists(os.path.join(tmp, ".out.sidenotes-new")):
            harness.fail("a failed write (write %d) changed the previous site" % n)
    print("a write failing with ENOSPC: clear error, previous site kept")

    # Where the two folders cannot be swapped (SIDENOTES_NO_SWAP=1 plays a
    # file system without RENAME_EXCHANGE), each file is replaced whole,
    # one by one: the same site, and a file that cannot be renamed into place
    # (SIDENOTES_FAIL_RENAME=1) is a clear error, not a silent success.
    no_swap = dict(os.environ, SIDENOTES_NO_SWAP="1")
    reset()
    harness.run(sidenotes, src, "-o", out, "--cache", cache, "-q", env=no_swap)
    if snapshot(out) != site_b:
        harness.fail("the file-by-file build did not make site B")
    reset()
    proc = harness.run(sidenotes, src, "-o", out, "--cache", cache, "-q",
                       env=dict(no_swap, SIDENOTES_FAIL_RENAME="1"), expect=1)
    if "error: cannot write: Invalid cross-device link" not in proc.stderr or \
            os.path.realpath(out) not in proc.stderr:
        harness.fail("a file that could not be put in place gave: %s" % proc.stderr)
    if any(".tmp-" in rel for rel in harness.files_under(out)):
        harness.fail("a file that could not be put in place left its temporary file")
    print("no folder swap: file by file, the same site; a file that cannot be renamed into place is an error")

    # A lock held on the output folder: the build waits.
    reset()
    lock = open(os.path.join(out, ".sidenotes-lock"), "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    proc = subprocess.Popen([sidenotes, src, "-o", out, "--cache", cache, "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # The build says it waits when it reaches the lock, after its tools
    # ran: read that line (or the end of its output, if it never waits)
    # rather than guess how long a loaded machine takes to get there.
    said = proc.stderr.readline()
    waiting = "waiting" in said and proc.poll() is None
    unchanged = snapshot(out) == site_a
    fcntl.flock(lock, fcntl.LOCK_UN)
    lock.close()
    err = said + proc.communicate()[1]
    if not waiting or not unchanged or proc.returncode != 0:
        harness.fail("with the lock held, the build did not wait (waiting %s, unchanged %s, "
                     "exit %s, stderr %r)" % (waiting, unchanged, proc.returncode, err))
    if snapshot(out) != site_b:
        harness.fail("the build that waited did not write the new site")
    # Two at once.
    reset()
    procs = [subprocess.Popen([sidenotes, src, "-o", out, "--cache", cache, "-q"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for _ in range(2)]
    if [p.wait() for p in procs] != [0, 0] or snapshot(out) != site_b:
        harness.fail("two builds at once did not both succeed with the new site")
    print("a held lock makes a build wait; two builds at once take turns")
