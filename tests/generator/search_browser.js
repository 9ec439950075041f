// search_browser.js — the search box in a real browser (Debian's chromium
// driven by playwright-core), from file://, on a site rendered for the test:
//
//   node search_browser.js SIDENOTES OUT_DIR SCREENSHOT_DIR -- SITE_INPUTS...
//
// Renders SITE_INPUTS (annotated/, --po, --assets, --section, --cache: what
// the `site` target renders) into OUT_DIR, then checks, typing as a reader
// does:
//   - "running variance" → first result: the BN page's running-statistics
//     section; 滑动平均 (zh), 移動平均 (ja), 이동 평균 and 이동평균 (ko) → the
//     same section of that language's page, among the first three;
//   - `layer_norm_forward` → first result: the section that defines it;
//   - "varaince" (misspelt) → a normalization page first;
//   - a query with no match → "no results" in the list and the live region;
//   - `/` focuses the box; arrows move aria-activedescendant; Enter opens
//     the chosen result at its #section-N; Escape closes the list;
//   - no console error, no failed request, no request but local files, no
//     fetch, the index loaded only once the box is used;
//   - while the box is used the bar has no backdrop blur (it was redrawn
//     with every frame of results), and on a Japanese page the list is set
//     in the page's Japanese text font.
// Screenshots of the open list (light and dark, 1280 and 390 px wide) go to
// SCREENSHOT_DIR.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const [sidenotes, outDir, shotDir] = args.slice(0, 3).map((p) => path.resolve(p));
const inputs = args.slice(args.indexOf('--') + 1);
const problems = [];
const fail = (msg) => { problems.push(msg); };

const BN = 'normalization/batch_norm/batch_norm.c.html';
const LN = 'normalization/layer_norm/layer_norm.c.html';

// The section of page `rel` (under `root`) whose notes have a heading `text`.
function sectionWithHeading(root, rel, text) {
  const html = fs.readFileSync(path.join(root, rel), 'utf8');
  const re = /<section class="section[^"]*" id="(section-\d+)">([\s\S]*?)<\/section>/g;
  for (let m; (m = re.exec(html));) {
    const hs = m[2].match(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/g) || [];
    if (hs.some((h) => h.replace(/<[^>]+>/g, '').trim() === text)) return m[1];
  }
  throw new Error(`${rel}: no section headed "${text}"`);
}

// The section of page `rel` whose code defines the function `name`.
function sectionDefining(root, rel, name) {
  const html = fs.readFileSync(path.join(root, rel), 'utf8');
  const re = /<section class="section[^"]*" id="(section-\d+)">([\s\S]*?)<\/section>/g;
  for (let m; (m = re.exec(html));) {
    const code = m[2].replace(/<[^>]+>/g, '');
    if (new RegExp(`^\\w[\\w\\s*]*\\b${name}\\(`, 'm').test(code)) return m[1];
  }
  throw new Error(`${rel}: no section defines ${name}`);
}

async function main() {
  fs.rmSync(outDir, {recursive: true, force: true});
  const r = spawnSync(sidenotes, inputs.concat(['-o', outDir, '-q']), {stdio: 'inherit'});
  if (r.status !== 0) throw new Error(`sidenotes exited with ${r.status}`);
  fs.mkdirSync(shotDir, {recursive: true});

  const running = {
    en: sectionWithHeading(outDir, BN, 'Running statistics'),
  };
  const headings = {zh: '滑动统计量', ja: '移動統計量', ko: '이동 통계량'};
  for (const l of Object.keys(headings)) running[l] = sectionWithHeading(outDir, `${l}/${BN}`, headings[l]);
  const lnForward = sectionDefining(outDir, LN, 'layer_norm_forward');

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  page.setDefaultTimeout(60000);
  let where = '';
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') fail(`${where}: console error: ${m.text()}`); });
  page.on('pageerror', (e) => fail(`${where}: script error: ${e.message}`));
  page.on('requestfailed', (q) => {
    // Aborted because the test went on to the next page, of a file that is there.
    const file = q.url().startsWith('file://') ? decodeURIComponent(new URL(q.url()).pathname) : '';
    if (q.failure().errorText === 'net::ERR_ABORTED' && file && fs.existsSync(file)) return;
    fail(`${where}: request failed: ${q.url()} (${q.failure().errorText})`);
  });
  page.on('request', (q) => {
    requests.push(q.url());
    if (!q.url().startsWith('file://') && !q.url().startsWith('data:'))
      fail(`${where}: request to ${q.url()}`);
    if (q.resourceType() === 'fetch' || q.resourceType() === 'xhr') fail(`${where}: fetch of ${q.url()}`);
  });
  const url = (rel) => 'file://' + path.join(outDir, rel);

  // Types `text` into the box of page `rel` and returns the results shown.
  async function search(rel, text) {
    where = `${rel} "${text}"`;
    await page.goto(url(rel));
    await page.keyboard.press('/');
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    if (focused !== 'search-input') fail(`${where}: "/" did not focus the box (${focused})`);
    await page.waitForFunction(() => window.SidenotesSearchIndex !== undefined);
    await page.keyboard.type(text);
    await page.waitForSelector('#search-results:not([hidden])');
    // The snippets' text comes after the first results (LANG.text.js).
    await page.waitForSelector('.search[data-loaded="text"]');
    await page.waitForFunction((t) => document.querySelector('#search-input').value === t, text);
    return page.$$eval('#search-results [role="option"] a', (as) => as.map((a) => ({
      href: a.href, title: a.querySelector('.search-title').textContent,
      snippet: a.querySelector('.search-snippet').innerHTML,
    })));
  }

  function expectAt(results, text, target, within) {
    const i = results.findIndex((x) => x.href === url(target));
    if (i < 0 || i >= within)
      fail(`${where}: expected ${target} within the first ${within}, got\n    ` +
           results.map((x) => x.href.replace('file://' + outDir + '/', '')).join('\n    '));
  }

  // Before the box is used, no index is loaded.
  where = 'first load';
  requests.length = 0;
  await page.goto(url(BN));
  const early = requests.filter((u) => /\/static\/search\//.test(u));
  if (early.length) fail(`the index was loaded before the box was used: ${early.join(', ')}`);

  let res = await search(BN, 'running variance');
  expectAt(res, 'running variance', `${BN}#${running.en}`, 1);
  if (!res.length || !/<mark>running<\/mark>/i.test(res[0].snippet)) fail(`${where}: no marked match in the snippet`);

  res = await search(`zh/${BN}`, '滑动平均');
  expectAt(res, '滑动平均', `zh/${BN}#${running.zh}`, 3);
  res = await search(`ja/${BN}`, '移動平均');
  expectAt(res, '移動平均', `ja/${BN}#${running.ja}`, 3);
  // While the box is in use the bar is drawn without its backdrop blur
  // (search.css: with it, every frame of new results redrew the blur), and
  // with it again once the box is left; on a Japanese page the list is set
  // in the page's text font, the Japanese fonts first, not the bar's.
  const looks = await page.evaluate(() => {
    const bar = document.querySelector('.masthead'), list = document.getElementById('search-results');
    const first = (families) => families.split(',')[0].trim();
    const inUse = getComputedStyle(bar).backdropFilter;
    const font = first(getComputedStyle(list).fontFamily);
    document.activeElement.blur();
    return {inUse, font, left: getComputedStyle(bar).backdropFilter,
            text: first(getComputedStyle(document.documentElement).getPropertyValue('--text')),
            bar: first(getComputedStyle(bar).fontFamily)};
  });
  if (looks.inUse !== 'none') fail(`${where}: the bar keeps its backdrop filter (${looks.inUse}) while the box is used`);
  if (!/blur/.test(looks.left)) fail(`${where}: the bar has no blur once the box is left (${looks.left})`);
  if (looks.font !== looks.text || looks.font === looks.bar)
    fail(`${where}: the list's font begins with ${looks.font}, not the page's text font ${looks.text}`);
  res = await search(`ko/${BN}`, '이동 평균');
  expectAt(res, '이동 평균', `ko/${BN}#${running.ko}`, 3);
  res = await search(`ko/${BN}`, '이동평균');
  expectAt(res, '이동평균', `ko/${BN}#${running.ko}`, 3);
  // Results stay in the page's language.
  if (res.some((x) => !x.href.startsWith(url('ko/')))) fail(`${where}: a result outside ko/`);

  res = await search('index.html', 'layer_norm_forward');
  expectAt(res, 'layer_norm_forward', `${LN}#${lnForward}`, 1);

  res = await search('index.html', 'varaince');
  if (!res.length || !res[0].href.startsWith(url('normalization/')))
    fail(`${where}: first result not a normalization page: ${res.length ? res[0].href : 'none'}`);

  res = await search(BN, 'qqzzxv');
  const none = await page.$eval('#search-results', (l) => l.textContent);
  const said = await page.$eval('.search [role="status"]', (s) => s.textContent);
  if (res.length || !/no results/i.test(none) || !/no results/i.test(said))
    fail(`${where}: no "no results" (list: "${none}", status: "${said}")`);

  // The keyboard: arrows, Escape, Enter opens the chosen result.
  res = await search(BN, 'running variance');
  const count = await page.$eval('.search [role="status"]', (s) => s.textContent);
  if (!/\d+ results?/.test(count)) fail(`${where}: result count not announced: "${count}"`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const activeId = await page.$eval('#search-input', (i) => i.getAttribute('aria-activedescendant'));
  if (activeId !== 'search-option-1') fail(`${where}: ArrowDown twice chose ${activeId}`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  if (!(await page.$eval('#search-results', (l) => l.hidden))) fail(`${where}: Escape left the list open`);
  if ((await page.$eval('#search-input', (i) => i.getAttribute('aria-expanded'))) !== 'false')
    fail(`${where}: aria-expanded not false after Escape`);
  await page.keyboard.press('ArrowDown'); // opens again
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  if (page.url() !== res[0].href) fail(`${where}: Enter opened ${page.url()}, not ${res[0].href}`);

  // Screenshots of the open list.
  for (const [w, h] of [[1280, 900], [390, 844]])
    for (const theme of ['light', 'dark']) {
      await page.setViewportSize({width: w, height: h});
      await page.emulateMedia({colorScheme: theme});
      await search(`ja/${BN}`, '移動平均');
      await page.screenshot({path: path.join(shotDir, `search-${theme}-${w}.png`)});
    }

  await browser.close();
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('search in the browser: all checks passed');
}

main().catch((e) => { console.error(e); process.exit(1); });
