"""How long a save takes to show in the browser with `sidenotes serve`, on
the project's own site (every page in every language of po/).

    bench_serve.py SIDENOTES ANNOTATED_DIR [--po DIR] [--assets DIR] [--rounds N]

A copy of ANNOTATED_DIR is served. Each round appends to one page's notes,
in turn: a sentence (the cache answers every formula and piece of code), or
a sentence with a new formula (KaTeX must run). The time is from the write
to the moment the page, fetched after the `reload` event as a browser would,
has the change: the watcher's wait for the save to settle, the rebuild, the
event and the request. Target: 500 ms for one edited page. Prints the
median and the worst per kind.
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

import live

ap = argparse.ArgumentParser()
ap.add_argument("sidenotes")
ap.add_argument("annotated")
ap.add_argument("--po")
ap.add_argument("--assets")
ap.add_argument("--rounds", type=int, default=6)
ap.add_argument("--page", default="normalization/layer_norm/layer_norm.c")
args = ap.parse_args()

tmp = tempfile.mkdtemp(prefix="sidenotes-bench-serve-")
server = None
try:
    src, out, cache = (os.path.join(tmp, d) for d in ("src", "out", "cache"))
    shutil.copytree(args.annotated, src)
    extra = ["--cache", cache]
    if args.po:
        extra += ["--po", args.po]
    if args.assets and os.path.isdir(args.assets):
        extra += ["--assets", args.assets]
    server = live.Server(args.sidenotes, src, "-o", out, *extra, timeout=300)
    page_file = os.path.join(src, args.page)
    url = "/" + args.page + ".html"
    comment = "\n/* A note added by bench_serve.py, round %d: %s */\n"
    status, _, body = live.request(server.port, url)
    if status != 200:
        sys.exit("bench_serve: %s is not served (%d)" % (url, status))
    events = live.Events(server.port, live.generation(body))
    times = {"sentence": [], "formula": []}
    builds = {"sentence": [], "formula": []}
    for r in range(2 * args.rounds):
        kind = "sentence" if r % 2 == 0 else "formula"
        marker = "marker-%d-%d" % (os.getpid(), r)
        text = marker if kind == "sentence" else "%s, $x_{%d} = %d^2$" % (marker, r, r)
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
        # The rebuild's own time, as the server printed it before the event.
        line = server.wait_output(rb"files written.*; \d+ ms", timeout=5)
        builds[kind].append(float(line.rsplit(b";", 1)[1].split()[0]) if line else float("nan"))
        time.sleep(0.3)  # a pause between saves, as when typing
    events.close()
    rc = server.stop()
    if os.environ.get("BENCH_VERBOSE"):
        print(server.log.decode(errors="replace"))
    first = [l for l in server.log.decode(errors="replace").splitlines() if "pages in" in l][0]
    print("sidenotes serve, %s edited, %d rounds each; site: %s" % (args.page, args.rounds,
          first.split(" -> ")[0].replace("sidenotes: ", "")))
    print("save → page fetched with the change after `reload`; the rebuild alone as the server "
          "timed it in the same round; serve's own cost = the difference (watching, settling, "
          "event, request)")
    print("| edit | save to page, median (ms) | worst (ms) | rebuild, median (ms) | "
          "serve's own, median (ms) | target (ms) | met |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for kind, label in (("sentence", "a comment line"), ("formula", "a comment line with a new formula")):
        med, worst = statistics.median(times[kind]), max(times[kind])
        own = statistics.median(t - b for t, b in zip(times[kind], builds[kind]))
        print("| %s | %.0f | %.0f | %.0f | %.0f | 500 | %s |"
              % (label, med, worst, statistics.median(builds[kind]), own,
                 "yes" if med <= 500 else "no"))
    if rc != 0:
        sys.exit("bench_serve: serve exited with %r" % rc)
finally:
    if server and server.proc.poll() is None:
        server.proc.kill()
        server.proc.wait()
    shutil.rmtree(tmp, ignore_errors=True)
