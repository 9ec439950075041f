// bench_search_browser.js — the search box's speed in headless chromium,
// from file:// (run by bench_search.py):
//
//   node bench_search_browser.js SITE_DIR ROUNDS [SITE_DIR...]
//
// (Several sites: measured in turn within each round, for a before/after
// comparison in one run; each JSON line then names its site.)
//
// Per language, ROUNDS times in a fresh browser context: the first query
// (the box focused and its first character typed at the same instant, so
// that nothing is loaded before the keystroke, until the results are
// painted: loading the engine and the index included; painted is the task
// after the next animation frame, which runs once the frame's paint is
// done; "in the page" is when the results are in the DOM and laid out),
// then until the snippets are in (their text loads after the index), then
// each further keystroke of the query: the handler's time with the list's
// layout forced, and separately until the next frame is painted (which
// includes waiting for that frame, up to 16.7 ms at 60 Hz). Then, in
// another fresh page, the first query with the index loaded before it (the
// pointer over the box starts the loading; the query comes once it is in):
// the load is not included in that one.
// Wall times from performance.now() in the page; CPU times from a trace of
// the page (category `toplevel`): the thread time of every task of the
// page's main thread that ran between two marks around what is measured,
// plus, for the first query, the time other threads of the page spent
// parsing scripts (category `devtools.timeline`: the index script is parsed
// off the main thread), less what the same trace gives around nothing; and,
// beside it, the CPU of every thread of every process of the browser in the
// same time (the compositor, the raster workers, the file reads: "all
// CPU"). (Performance.getMetrics'
// ThreadTime, used before, lagged behind the tasks it should count: 0.04 ms
// for a keystroke whose handler alone runs longer.) The machine is shared:
// wall times include waiting for a core, CPU times do not.
// Prints one JSON line per language.
'use strict';
const path = require('path');
const { chromium } = require('playwright-core');

const [siteDir, rounds] = [path.resolve(process.argv[2]), Number(process.argv[3] || 5)];
const sites = [siteDir].concat(process.argv.slice(4).map((d) => path.resolve(d)));
const BN = 'normalization/batch_norm/batch_norm.c.html';
const cases = [['en', BN, 'running variance'], ['zh-Hans', `zh/${BN}`, '滑动平均'],
               ['ja', `ja/${BN}`, '移動平均'], ['ko', `ko/${BN}`, '이동 평균'],
               ['en', 'index.html', 'layer_norm_forward']];

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// Runs `fn(arg)` in the page, traced; returns [its result, the CPU in ms
// of the page's main-thread tasks between the marks around it, and of the
// compiling of scripts on the page's other threads in that time; the CPU
// of every task of every thread of the browser in that time: the page's
// raster workers, the compositor drawing the frames in the GPU process
// (software, without a GPU), the browser process reading the files].
// The last is what the page's figure leaves out and what competes with it
// for the machine's cores: a backdrop blur redrawn with each frame of
// results once cost the compositor more than the page's whole keystroke.
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const ANY_TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'ThreadPool_RunTask',
                          'SingleThreadTaskGraphRunner::RunTaskWithLockAcquired']);
async function traced(browser, page, categories, fn, arg) {
  await browser.startTracing(page, {categories: ['toplevel', 'blink.user_timing'].concat(categories)});
  const result = await page.evaluate(fn, arg);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const at = {};
  let pid, tid;
  for (const e of events) if (e.name === 'bench-start' || e.name === 'bench-end') { at[e.name] = e.ts; pid = e.pid; tid = e.tid; }
  let cpu = 0;
  const tasks = new Map(); // per thread of any process, its tasks in the time
  for (const e of events) {
    if (e.ph !== 'X' || e.tdur === undefined || e.ts > at['bench-end'] || e.ts + e.dur < at['bench-start']) continue;
    if (ANY_TASK.has(e.name)) {
      const k = e.pid + ':' + e.tid;
      (tasks.get(k) || tasks.set(k, []).get(k)).push(e);
    }
    if (e.pid !== pid) continue;
    if (e.tid === tid ? TASK.has(e.name) : e.name === 'v8.parseOnBackground') cpu += e.tdur / 1000;
  }
  let all = 0; // a task run within another of the same thread is counted once
  for (const list of tasks.values()) {
    list.sort((a, b) => a.ts - b.ts);
    let end = -Infinity;
    for (const e of list) if (e.ts >= end) { end = e.ts + e.dur; all += e.tdur / 1000; }
  }
  return [result, cpu, all];
}

// The first query: the box focused and its first character typed at once,
// until the results are painted, and then until the snippets are in.
async function firstQuery(q) {
  performance.mark('bench-start');
  const input = document.getElementById('search-input');
  const box = document.querySelector('.search');
  const list = document.getElementById('search-results');
  const done = new Promise((res) => box.addEventListener('search-results', res, {once: true}));
  const t0 = performance.now();
  input.focus();
  input.value = q[0];
  input.dispatchEvent(new Event('input'));
  await done;
  void list.offsetHeight;
  const inPage = performance.now() - t0;
  await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
  const first = performance.now() - t0;
  performance.mark('bench-end');
  await new Promise((res) => {
    // (A site whose index holds its text has nothing more to load.)
    const check = () => (!window.sidenotesSearchText || box.getAttribute('data-loaded') === 'text'
      ? res() : setTimeout(check, 1));
    check();
  });
  void list.offsetHeight;
  return {first, inPage, text: performance.now() - t0, results: list.children.length};
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  for (const [lang, rel, query] of cases) {
    const per = sites.map(() => ({first: [], inPage: [], text: [], keys: [], keysPainted: [], firstCpu: [], keyCpu: [], loaded: [], loadedCpu: [],
                                  firstAll: [], keyAll: []}));
    for (let r = 0; r < rounds; r++) for (let si = 0; si < sites.length; si++) {
      const siteDir = sites[si];
      const {first, inPage, text, keys, keysPainted, firstCpu, keyCpu, loaded, loadedCpu, firstAll, keyAll} = per[si];
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto('file://' + path.join(siteDir, rel), {waitUntil: 'load'});
      await page.waitForTimeout(100);
      // What the measuring itself costs: the same trace around nothing.
      const nothing = () => { performance.mark('bench-start'); performance.mark('bench-end'); };
      const [, idle, idleAll] = await traced(browser, page, ['devtools.timeline'], nothing);
      const [, idleKeys, idleKeysAll] = await traced(browser, page, [], nothing);
      const [t, firstCpuMs, firstAllMs] = await traced(browser, page, ['devtools.timeline'], firstQuery, query);
      firstCpu.push(firstCpuMs - idle);
      firstAll.push(firstAllMs - idleAll);
      const [k, keysCpuMs, keysAllMs] = await traced(browser, page, [], async (q) => {
        const frame = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
        await frame();
        performance.mark('bench-start');
        const input = document.getElementById('search-input');
        const list = document.getElementById('search-results');
        const keys = [], painted = [];
        for (let i = 2; i <= q.length; i++) {
          const t1 = performance.now();
          input.value = q.slice(0, i);
          input.dispatchEvent(new Event('input'));
          void list.offsetHeight;
          keys.push(performance.now() - t1);
          await frame();
          painted.push(performance.now() - t1);
        }
        performance.mark('bench-end');
        return {keys, painted};
      }, query);
      keyCpu.push((keysCpuMs - idleKeys) / Math.max(1, k.keys.length));
      keyAll.push((keysAllMs - idleKeysAll) / Math.max(1, k.keys.length));
      await context.close();
      // The first query again, in a fresh page whose index was loaded
      // before it: the pointer over the box (which starts the loading, as
      // focusing it does), then a pause, then the same focus and keystroke.
      // What a reader gets who points at the box, or tabs to it, a moment
      // before typing; the figure above is the one with the load included.
      const context2 = await browser.newContext();
      const page2 = await context2.newPage();
      await page2.goto('file://' + path.join(siteDir, rel), {waitUntil: 'load'});
      await page2.dispatchEvent('.search', 'pointerenter');
      await page2.waitForSelector('.search[data-loaded="text"]', {state: 'attached'});
      await page2.waitForTimeout(100);
      const idle2 = (await traced(browser, page2, ['devtools.timeline'], nothing))[1];
      const [t2, loadedCpuMs] = await traced(browser, page2, ['devtools.timeline'], firstQuery, query);
      loaded.push(t2.first);
      loadedCpu.push(loadedCpuMs - idle2);
      await context2.close();
      first.push(t.first);
      inPage.push(t.inPage);
      text.push(t.text);
      keys.push(...k.keys);
      keysPainted.push(...k.painted);
    }
    sites.forEach((site, si) => {
      const {first, inPage, text, keys, keysPainted, firstCpu, keyCpu, loaded, loadedCpu, firstAll, keyAll} = per[si];
      console.log(JSON.stringify({site, lang, page: rel, query, first_ms: median(first), first_max_ms: Math.max(...first),
                                  in_page_ms: median(inPage), first_cpu_ms: median(firstCpu), first_all_cpu_ms: median(firstAll),
                                  text_ms: median(text),
                                  key_ms: median(keys), key_max_ms: Math.max(...keys), key_painted_ms: median(keysPainted),
                                  key_cpu_ms: median(keyCpu), key_all_cpu_ms: median(keyAll), keys: keys.length,
                                  loaded_ms: median(loaded), loaded_max_ms: Math.max(...loaded), loaded_cpu_ms: median(loadedCpu)}));
    });
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
