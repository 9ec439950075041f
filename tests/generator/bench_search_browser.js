// bench_search_browser.js — the search box's speed in headless chromium,
// from file:// (run by bench_search.py):
//
//   node bench_search_browser.js SITE_DIR ROUNDS
//
// Per language, ROUNDS times in a fresh browser context: the first query
// (the box focused and its first character typed, until the results are in
// the page: loading the engine and the index included), then until the
// snippets are in (their text loads after the index), then each further
// keystroke of the query (the handler's time, the list's layout included).
// Wall times from performance.now() in the page; CPU times of the page's
// main thread from the DevTools protocol (Performance.getMetrics'
// ThreadTime, less what the same calls cost around nothing). The machine is
// shared: wall times include waiting for a core, CPU times do not.
// Prints one JSON line per language.
'use strict';
const path = require('path');
const { chromium } = require('playwright-core');

const [siteDir, rounds] = [path.resolve(process.argv[2]), Number(process.argv[3] || 5)];
const BN = 'normalization/batch_norm/batch_norm.c.html';
const cases = [['en', BN, 'running variance'], ['zh-Hans', `zh/${BN}`, '滑动平均'],
               ['ja', `ja/${BN}`, '移動平均'], ['ko', `ko/${BN}`, '이동 평균'],
               ['en', 'index.html', 'layer_norm_forward']];

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function threadTime(cdp) {
  const {metrics} = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  for (const [lang, rel, query] of cases) {
    const first = [], text = [], keys = [], firstCpu = [], keyCpu = [];
    for (let r = 0; r < rounds; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto('file://' + path.join(siteDir, rel), {waitUntil: 'load'});
      await page.waitForTimeout(100);
      // What the measuring itself costs the main thread: the calls around nothing.
      let t0 = await threadTime(cdp);
      await page.evaluate(() => 0);
      const idle = (await threadTime(cdp)) - t0;
      t0 = await threadTime(cdp);
      const t = await page.evaluate(async (q) => {
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
        const first = performance.now() - t0;
        await new Promise((res) => {
          // (A site whose index holds its text has nothing more to load.)
          const check = () => (!window.sidenotesSearchText || box.getAttribute('data-loaded') === 'text'
            ? res() : setTimeout(check, 1));
          check();
        });
        void list.offsetHeight;
        return {first, text: performance.now() - t0, results: list.children.length};
      }, query);
      firstCpu.push((await threadTime(cdp)) - t0 - idle);
      t0 = await threadTime(cdp);
      const k = await page.evaluate((q) => {
        const input = document.getElementById('search-input');
        const list = document.getElementById('search-results');
        const keys = [];
        for (let i = 2; i <= q.length; i++) {
          const t1 = performance.now();
          input.value = q.slice(0, i);
          input.dispatchEvent(new Event('input'));
          void list.offsetHeight;
          keys.push(performance.now() - t1);
        }
        return keys;
      }, query);
      keyCpu.push(((await threadTime(cdp)) - t0 - idle) / Math.max(1, k.length));
      first.push(t.first);
      text.push(t.text);
      keys.push(...k);
      await context.close();
    }
    console.log(JSON.stringify({lang, page: rel, query, first_ms: median(first), first_max_ms: Math.max(...first),
                                first_cpu_ms: median(firstCpu), text_ms: median(text),
                                key_ms: median(keys), key_max_ms: Math.max(...keys), key_cpu_ms: median(keyCpu),
                                keys: keys.length}));
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
