#!/usr/bin/python3
"""The search index's figures (issue 11), printed against their targets:

    bench_search.py SIDENOTES ROUNDS -- SITE_INPUTS...

  - index size per language (static/search/LANG.js): target <= 250 KB;
  - the cold build of the site (empty cache, empty output folder) with the
    index and without it (SIDENOTES_NO_SEARCH=1), ROUNDS times each,
    interleaved; wall and CPU time (user + system, the generator and its
    workers): target, with / without <= 1.15;
  - a rebuild with nothing changed: target < 50 ms;
  - in headless chromium, from file:// (bench_search_browser.js): the first
    query, loading included, from the focus and first keystroke (at once,
    so nothing is loaded before it) to the frame that shows the results
    painted (target <= 50 ms: the load included, nothing started before
    the focus), and each keystroke after (target <= 5 ms:
    the handler and the list's layout; to the painted frame beside it);
    medians and maxima over ROUNDS fresh pages, wall and CPU (the page's
    main thread, painting included); and, beside them, the first query in
    a page whose index was loaded before it (the pointer over the box, a
    pause, then the query): what a reader gets who points at the box or
    tabs to it a moment before typing, the load not included.
"""
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sidenotes, rounds = os.path.abspath(sys.argv[1]), int(sys.argv[2])
inputs = sys.argv[sys.argv.index('--') + 1:]
# The site's own cache is not used: every cold build gets an empty one.
if '--cache' in inputs:
    i = inputs.index('--cache')
    del inputs[i:i + 2]
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix='bench-search-')


def build(out, cache, search=True):
    env = dict(os.environ)
    if not search:
        env['SIDENOTES_NO_SEARCH'] = '1'
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sidenotes] + inputs + ['-o', out, '--cache', cache, '-q'], env=env, check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


cold = {True: [], False: []}
for r in range(rounds):
    for search in ((True, False) if r % 2 == 0 else (False, True)):
        out, cache = os.path.join(work, 'site'), os.path.join(work, 'cache')
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        cold[search].append(build(out, cache, search))
# The last build made with the index is the one measured below.
out, cache = os.path.join(work, 'site'), os.path.join(work, 'cache')
shutil.rmtree(out, ignore_errors=True)
shutil.rmtree(cache, ignore_errors=True)
build(out, cache)
noop, noop_own = [], []
for _ in range(rounds):
    t0 = time.perf_counter()
    said = subprocess.run([sidenotes] + inputs + ['-o', out, '--cache', cache], capture_output=True,
                          text=True, check=True).stdout
    noop.append(time.perf_counter() - t0)
    if 'up to date' not in said:
        sys.exit(f'a rebuild with nothing changed was not a no-op: {said}')
    noop_own.append(float(said.rsplit(';', 1)[1].split()[0]) / 1000)  # "...; 6 ms"

print('search index sizes (target <= 250 KB; LANG.js is loaded on first use, LANG.text.js,')
print('the snippets\' text, after the first results):')
folder = os.path.join(out, 'static', 'search')
for name in sorted(f for f in os.listdir(folder) if not f.endswith('.text.js')):
    size = os.path.getsize(os.path.join(folder, name))
    text = os.path.getsize(os.path.join(folder, name[:-3] + '.text.js'))
    print(f'  {name:12} {size / 1024:7.1f} KB + text {text / 1024:6.1f} KB = {(size + text) / 1024:6.1f} KB  '
          f'{"met" if size + text <= 250 * 1024 else "MISSED"}')
print('  (LANG.js holds the engine, templates/search-engine.js, the queries: '
      f'{os.path.getsize(os.path.join(here, "..", "..", "templates", "search-engine.js")) / 1024:.1f} KB)')


def med(xs, k):
    return statistics.median(x[k] for x in xs)


w1, w0 = med(cold[True], 0), med(cold[False], 0)
c1, c0 = med(cold[True], 1), med(cold[False], 1)
print(f'cold build, medians of {rounds} interleaved rounds (target: with / without <= 1.15):')
print(f'  wall: {w1 * 1000:.0f} ms with the index, {w0 * 1000:.0f} ms without: {w1 / w0:.3f}')
print(f'  CPU (user + system): {c1 * 1000:.0f} ms with, {c0 * 1000:.0f} ms without: {c1 / c0:.3f}')
print(f'no-op rebuild (target < 50 ms): median {statistics.median(noop_own) * 1000:.1f} ms as sidenotes '
      f'reports it, {statistics.median(noop) * 1000:.1f} ms for the whole process ({rounds} runs)')

print('in headless chromium, from file:// (targets: first query <= 50 ms, keystroke <= 5 ms):')
res = subprocess.run(['node', os.path.join(here, 'bench_search_browser.js'), out, str(rounds)],
                     capture_output=True, text=True, check=True)
for line in res.stdout.splitlines():
    d = json.loads(line)
    print(f'  {d["lang"]:8} {d["query"]:20} first query painted {d["first_ms"]:6.1f} ms wall (max {d["first_max_ms"]:.1f}; '
          f'in the page {d["in_page_ms"]:.1f}), {d["first_cpu_ms"]:5.1f} ms CPU (all {d["first_all_cpu_ms"]:.1f}); '
          f'snippets in at {d["text_ms"]:6.1f} ms')
    print(f'  {"":8} {"":20} keystroke {d["key_ms"]:5.2f} ms wall (max {d["key_max_ms"]:.2f}; painted '
          f'{d["key_painted_ms"]:.2f}), {d["key_cpu_ms"]:5.2f} ms CPU (all {d["key_all_cpu_ms"]:.2f}; '
          f'{d["keys"]} keystrokes)')
    print(f'  {"":8} {"":20} first query with the index loaded before it (not the target\'s figure): '
          f'{d["loaded_ms"]:5.1f} ms wall (max {d["loaded_max_ms"]:.1f}), {d["loaded_cpu_ms"]:5.1f} ms CPU')
print('  (wall: performance.now() in the page, from the focus and first keystroke (typed at once) to the task after')
print('   the next frame is painted; "in the page": results in the DOM and laid out; keystroke: the handler with')
print('   the layout forced, "painted": to the next frame painted, its wait for the frame included; CPU: the page\'s')
print('   main-thread tasks and its compiling of scripts, from a trace, painting included; "all": every thread of')
print('   every process of the browser in that time, the compositor drawing the frames and the raster included)')
shutil.rmtree(work, ignore_errors=True)
