"""How long a translator waits, under `sidenotes serve SRC -o OUT --po DIR`,
from saving a `.po` to the page showing the change (issue 12's closing
figure), against the peer: running `sidenotes` again by hand after the same
save (a second copy of po/, its own output, the same warm cache).

    bench_po_save.py SIDENOTES ANNOTATED_DIR PO_DIR [--lang ko] [--page P]
                     [--rounds N] [sidenotes options...]

Each round rewrites one translated paragraph of the page's catalog (a
marker word put in front of it) and saves the file as an editor does
(write a new file, rename it over the old). The time is from the rename to
the moment the page, fetched after the `reload` event as a browser would,
has the marker. Prints the median and the worst, the server's CPU time
(user + system, with its kept workers) and the peer's wall and CPU time.
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "serve"))
import live  # noqa: E402


def cpu_ms(pid):
    """User + system CPU of a process and its children still running."""
    tick = os.sysconf("SC_CLK_TCK")
    pids, total = [pid], 0
    for task in os.listdir("/proc/%d/task" % pid):
        try:
            pids += [int(c) for c in open("/proc/%d/task/%s/children" % (pid, task)).read().split()]
        except OSError:
            pass
    for p in pids:
        try:
            fields = open("/proc/%d/stat" % p).read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total * 1000 / tick


def save(path, marker):
    """The first one-line paragraph translation of the catalog, with
    `marker` in front (replacing the last round's), saved by rename."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r'^#\. paragraph,.*\n(?:#.*\n)*msgid .*\n(?:".*\n)*msgstr "(?:marker-\S+ )?(?=[^"\n])', text, re.M)
    if not m:
        sys.exit("bench_po_save: no one-line paragraph translation in %s" % path)
    head = re.sub(r'"marker-\S+ $', '"', m.group(0))
    new = text[:m.start()] + head + marker + " " + text[m.end():]
    tmp = path + ".saving"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(new)
    os.rename(tmp, path)


ap = argparse.ArgumentParser()
ap.add_argument("sidenotes")
ap.add_argument("annotated")
ap.add_argument("po")
ap.add_argument("--lang", default="ko")
ap.add_argument("--page", default="normalization/layer_norm/layer_norm.c")
ap.add_argument("--rounds", type=int, default=5)
args, passed_on = ap.parse_known_args()
passed_on = [a for a in passed_on if a != "--strict"]  # served without the generator section

tmp = tempfile.mkdtemp(prefix="sidenotes-bench-po-")
server = None
try:
    po, po2 = os.path.join(tmp, "po"), os.path.join(tmp, "po2")
    shutil.copytree(args.po, po)
    shutil.copytree(args.po, po2)
    out, out2 = os.path.join(tmp, "out"), os.path.join(tmp, "out2")
    cache = os.path.join(tmp, "cache")
    common = [args.annotated, "--cache", cache] + passed_on
    # warm the cache first, as a translator's second session is
    subprocess.run([args.sidenotes, args.annotated, "-o", out2, "--po", po2, "-q", "--cache", cache] + passed_on,
                   check=True, timeout=900, stderr=subprocess.DEVNULL)
    server = live.Server(args.sidenotes, args.annotated, "-o", out, "--po", po, "--cache", cache, *passed_on,
                         timeout=900)
    url = "/%s/%s.html" % (args.lang, args.page)
    status, _, body = live.request(server.port, url)
    if status != 200:
        sys.exit("bench_po_save: %s is not served (%d)" % (url, status))
    events = live.Events(server.port, live.generation(body))
    catalog = "%s/%s.po" % (args.lang, args.page)
    times, cpus, peer, peer_cpu = [], [], [], []
    for r in range(args.rounds):
        marker = "marker-%d-%d" % (os.getpid(), r)
        c0 = cpu_ms(server.proc.pid)
        t0 = time.monotonic()
        save(os.path.join(po, catalog), marker)
        ev = events.next_event(timeout=120)
        if ev is None or ev[0] != "reload":
            sys.exit("bench_po_save: round %d: expected reload, got %r\n%s"
                     % (r, ev, server.log.decode(errors="replace")[-3000:]))
        status, _, body = live.request(server.port, url)
        elapsed = time.monotonic() - t0
        if marker.encode() not in body:
            sys.exit("bench_po_save: round %d: %s lacks the edit" % (r, url))
        times.append(elapsed * 1000)
        cpus.append(cpu_ms(server.proc.pid) - c0)
        # the peer: the same save to the second copy, then the command
        save(os.path.join(po2, catalog), marker)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.monotonic()
        subprocess.run([args.sidenotes, args.annotated, "-o", out2, "--po", po2, "-q", "--cache", cache]
                       + passed_on, check=True, timeout=900, stderr=subprocess.DEVNULL)
        peer.append((time.monotonic() - t0) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        peer_cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
        time.sleep(0.3)
    events.close()
    server.stop()
    med = statistics.median
    print("sidenotes serve --po: %s saved, %s fetched, %d rounds; load average %.1f"
          % (catalog, url, args.rounds, os.getloadavg()[0]))
    print("| | median (ms) | worst (ms) | CPU, median (ms) |")
    print("| --- | ---: | ---: | ---: |")
    print("| serve: save .po → page with the change | %.0f | %.0f | %.0f |" % (med(times), max(times), med(cpus)))
    print("| `sidenotes` again by hand | %.0f | %.0f | %.0f |" % (med(peer), max(peer), med(peer_cpu)))
    print("serve / again (wall, median of the rounds' ratios): %.2f" % med(t / p for t, p in zip(times, peer)))
finally:
    if server and server.proc.poll() is None:
        server.proc.kill()
        server.proc.wait()
    shutil.rmtree(tmp, ignore_errors=True)
