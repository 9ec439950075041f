"""How long a save takes to show in the browser with `sidenotes serve`, on
the project's own site (every page in every language of po/), against the
peer: running `sidenotes` again by hand after the same save (a second copy
of the sources, edited the same way in the same round, its own cache).

    bench_serve.py SIDENOTES ANNOTATED_DIR [--po DIR] [--assets DIR] [--rounds N]

A copy of ANNOTATED_DIR is served. Each round appends to one page's notes,
in turn: a sentence (the cache answers every formula and piece of code), or
a sentence with a new formula (KaTeX must run). The time is from the write
to the moment the page, fetched after the `reload` event as a browser would,
has the change: the watcher's wait for the save to settle, the rebuild, the
event and the request. Target: 500 ms for one edited page. Prints the
median and the worst per kind, the CPU time the server and its kept workers
spent on the rebuild (less sensitive than wall time to other load on a
shared machine), and the one-shot command's wall time in the same rounds.
"""
import argparse
import os
import re
import shutil
import statistics
import sys
import subprocess
import tempfile
import time

import live

def cpu_ms(pid):
    """User + system CPU time of a process and its children still running
    (the kept KaTeX and Pygments workers), in ms."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    pids = [pid]
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
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total * 1000 / tick


def last_ms(line):
    """The last "N ms" of a line of the server's (its total), or NaN."""
    found = re.findall(rb"(\d+) ms", line or b"")
    return float(found[-1]) if found else float("nan")


ap = argparse.ArgumentParser()
ap.add_argument("sidenotes")
ap.add_argument("annotated")
ap.add_argument("--po")
ap.add_argument("--assets")
ap.add_argument("--rounds", type=int, default=6)
ap.add_argument("--page", default="normalization/layer_norm/layer_norm.c")
# Any other option (--strict, --compile-commands FILE, as the site target
# passes them) goes to sidenotes as it is.
# Not --strict: the site is served without its --section generator=src, so
# the home page's link to generator/ is a warning here.
args, passed_on = ap.parse_known_args()
passed_on = [a for a in passed_on if a != "--strict"]

tmp = tempfile.mkdtemp(prefix="sidenotes-bench-serve-")
server = None
try:
    src, out, cache = (os.path.join(tmp, d) for d in ("src", "out", "cache"))
    src2, out2, cache2 = (os.path.join(tmp, d) for d in ("src2", "out2", "cache2"))
    shutil.copytree(args.annotated, src)
    shutil.copytree(args.annotated, src2)
    extra = ["--cache", cache]
    if args.po:
        extra += ["--po", args.po]
    if args.assets and os.path.isdir(args.assets):
        extra += ["--assets", args.assets]
    extra += passed_on
    server = live.Server(args.sidenotes, src, "-o", out, *extra, timeout=300)
    peer_args = [args.sidenotes, src2, "-o", out2, "--cache", cache2, "-q"] + extra[2:]
    subprocess.run(peer_args, check=True, timeout=300)
    page_file = os.path.join(src, args.page)
    url = "/" + args.page + ".html"
    comment = "\n/* A note added by bench_serve.py, round %d: %s */\n"
    status, _, body = live.request(server.port, url)
    if status != 200:
        sys.exit("bench_serve: %s is not served (%d)" % (url, status))
    events = live.Events(server.port, live.generation(body))
    times = {"sentence": [], "formula": []}
    builds = {"sentence": [], "formula": []}
    wholes = {"sentence": [], "formula": []}
    cpu = {"sentence": [], "formula": []}
    peer = {"sentence": [], "formula": []}
    for r in range(2 * args.rounds):
        kind = "sentence" if r % 2 == 0 else "formula"
        marker = "marker-%d-%d" % (os.getpid(), r)
        text = marker if kind == "sentence" else "%s, $x_{%d} = %d^2$" % (marker, r, r)
        cpu0 = cpu_ms(server.proc.pid)
        t0 = time.monotonic()
        with open(page_file, "a") as f:
            f.write(comment % (r, text))
        ev = events.next_event(timeout=30)
        if ev is None or ev[0] != "reload":
            sys.exit("bench_serve: round %d: expected reload, got %r\n%s"
                     % (r, ev, server.log.decode(errors="replace")))
        status, _, body = live.request(server.port, url)
        elapsed = time.monotonic() - t0
        if marker.encode() not in body:
            sys.exit("bench_serve: round %d: the page lacks the edit" % r)
        times[kind].append(elapsed * 1000)
        # The rebuild's own time to the reload, as the server printed it
        # before the event: its pages written (the search index follows),
        # or, from a server that reloads after the whole build, the build.
        line = server.wait_output(rb"pages written in \d+ ms|files written.*; \d+ ms", timeout=30)
        whole = line if line and b"files written" in line else \
            server.wait_output(rb"files written.*; \d+ ms", timeout=30)
        builds[kind].append(last_ms(line))
        wholes[kind].append(last_ms(whole))
        # The CPU of the whole rebuild, the index included (done by now).
        cpu[kind].append(cpu_ms(server.proc.pid) - cpu0)
        # The peer: the same save to the second copy, then the command.
        with open(os.path.join(src2, args.page), "a") as f:
            f.write(comment % (r, text))
        t0 = time.monotonic()
        subprocess.run(peer_args, check=True, timeout=300)
        peer[kind].append((time.monotonic() - t0) * 1000)
        time.sleep(0.3)  # a pause between saves, as when typing
    events.close()
    rc = server.stop()
    if os.environ.get("BENCH_VERBOSE"):
        print(server.log.decode(errors="replace"))
    first = [l for l in server.log.decode(errors="replace").splitlines() if "pages in" in l][0]
    print("sidenotes serve, %s edited, %d rounds each; site: %s" % (args.page, args.rounds,
          first.split(" -> ")[0].replace("sidenotes: ", "")))
    print("save → page fetched with the change after `reload`; the rebuild to the reload (its "
          "pages written) as the server timed it in the same round; serve's own cost = the "
          "difference (watching, settling, event, request); the whole rebuild, the search index "
          "included, and its CPU")
    print("| edit | save to page, median (ms) | worst (ms) | rebuild to reload (ms) | serve's own (ms) | "
          "whole rebuild (ms) | CPU of the rebuild (ms) | `sidenotes` again (ms) | serve / again | "
          "target (ms) | met |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    med = statistics.median
    for kind, label in (("sentence", "a comment line"), ("formula", "a comment line with a new formula")):
        own = med(t - b for t, b in zip(times[kind], builds[kind]))
        print("| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f | 500 | %s |"
              % (label, med(times[kind]), max(times[kind]), med(builds[kind]), own,
                 med(wholes[kind]), med(cpu[kind]),
                 med(peer[kind]), med(t / p for t, p in zip(times[kind], peer[kind])),
                 "yes" if med(times[kind]) <= 500 else "no"))
    print("(medians; CPU = user + system time of the server and of its kept node and python3)")
    if rc != 0:
        sys.exit("bench_serve: serve exited with %r" % rc)
finally:
    if server and server.proc.poll() is None:
        server.proc.kill()
        server.proc.wait()
    shutil.rmtree(tmp, ignore_errors=True)
