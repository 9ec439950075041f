// browser.js — the rendered site in a real browser (Debian's chromium,
// driven by playwright-core), at a desktop width and a phone width.
//
//   node browser.js SITE_DIR SCREENSHOT_DIR
//
// Every page: no console error, no failed request, no request to anything
// but a local file, every formula rendered by KaTeX (no `$` left in the
// notes). Code pages: notes beside their code at 1280px, above it at 390px.
// A `#section-N` link scrolls to its section. Clicking a name marks its
// other occurrences; the theme toggle is remembered. Screenshots of a few
// pages at both widths are saved in SCREENSHOT_DIR.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const [siteDir, shotDir] = process.argv.slice(2).map((p) => path.resolve(p));
const problems = [];
const fail = (msg) => problems.push(msg);

function pagesUnder(dir, rel = '') {
  let out = [];
  for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
    const r = path.join(rel, name);
    if (fs.statSync(path.join(dir, r)).isDirectory()) {
      if (r !== 'static') out = out.concat(pagesUnder(dir, r));
    } else if (name.endsWith('.html')) {
      out.push(r);
    }
  }
  return out;
}

// A tab that records everything that goes wrong in it, and loads pages
// one after another (a new tab per page would be slower).
async function tab(context) {
  const page = await context.newPage();
  let rel = '';
  page.on('console', (m) => { if (m.type() === 'error') fail(`${rel}: console error: ${m.text()}`); });
  page.on('pageerror', (e) => fail(`${rel}: script error: ${e.message}`));
  page.on('requestfailed', (r) => fail(`${rel}: request failed: ${r.url()} (${r.failure().errorText})`));
  page.on('request', (r) => { if (!r.url().startsWith('file://') && !r.url().startsWith('data:')) fail(`${rel}: request to another host: ${r.url()}`); });
  page.load = async (where, hash = '') => {
    rel = where;
    await page.goto('file://' + path.join(siteDir, where) + hash, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
  };
  return page;
}

async function open(context, rel, hash = '') {
  const page = await tab(context);
  await page.load(rel, hash);
  return page;
}

// Notes that still hold a `$` outside code and outside rendered math.
async function rawDollars(page) {
  return page.evaluate(() => {
    const found = [];
    for (const docs of document.querySelectorAll('.docs')) {
      const walker = document.createTreeWalker(docs, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement.closest('code, pre, .katex') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.includes('$')) found.push(n.data.trim().slice(0, 60));
    }
    return found;
  });
}

// Where the notes and code of the first section with both are.
async function firstPair(page) {
  return page.evaluate(() => {
    for (const s of document.querySelectorAll('.section')) {
      const docs = s.querySelector('.docs');
      const code = s.querySelector('.code pre');
      if (docs && code && !s.classList.contains('no-notes') && !s.classList.contains('no-code')) {
        const d = docs.getBoundingClientRect();
        const c = code.getBoundingClientRect();
        return { id: s.id, docs: { left: d.left, right: d.right, top: d.top, bottom: d.bottom }, code: { left: c.left, right: c.right, top: c.top } };
      }
    }
    return null;
  });
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(shotDir, { recursive: true });
  const pages = pagesUnder(siteDir);
  const codePages = pages.filter((p) => p.endsWith('.c.html') || p.endsWith('.h.html'));
  if (pages.length === 0) fail(`no pages under ${siteDir}`);
  if (codePages.length === 0) fail('no code pages');

  // Every page, at desktop width.
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let formulas = 0;
  const reader = await tab(desktop);
  for (const rel of pages) {
    const page = reader;
    await page.load(rel);
    formulas += await page.locator('.katex').count();
    for (const text of await rawDollars(page)) fail(`${rel}: a $ was not rendered as math: "${text}"`);
    if (codePages.includes(rel)) {
      const pair = await firstPair(page);
      if (!pair) fail(`${rel}: no section with both notes and code`);
      else if (!(pair.docs.right <= pair.code.left + 1 && Math.abs(pair.docs.top - pair.code.top) < 40))
        fail(`${rel} at 1280px: notes and code of #${pair.id} are not side by side: ${JSON.stringify(pair)}`);
    }
  }
  await reader.close();
  if (formulas === 0) fail('no .katex element on any page');

  // Code pages on a phone: notes above their code (the English ones: the
  // layout is the same in every language).
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const mobile = await tab(phone);
  for (const rel of codePages.filter((p) => !/^(zh|ja|ko)\//.test(p))) {
    const page = mobile;
    await page.load(rel);
    const pair = await firstPair(page);
    if (pair && !(pair.code.top >= pair.docs.bottom - 1 && pair.code.left < pair.docs.right))
      fail(`${rel} at 390px: notes and code of #${pair.id} are not stacked: ${JSON.stringify(pair)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) fail(`${rel} at 390px: the page is ${overflow}px wider than the screen`);
  }
  await mobile.close();

  // The page with the most sections: anchors, name marking, theme.
  let richest = codePages[0];
  let most = 0;
  for (const rel of codePages) {
    const n = (fs.readFileSync(path.join(siteDir, rel), 'utf8').match(/id="section-\d+"/g) || []).length;
    if (n > most) { most = n; richest = rel; }
  }
  if (richest) {
    const n = Math.min(most - 1, 5);
    const page = await open(desktop, richest, `#section-${n}`);
    const top = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, `section-${n}`);
    const scrolled = await page.evaluate(() => window.scrollY);
    if (!(scrolled > 0 && top >= -1 && top < 120)) fail(`${richest}#section-${n}: section top at ${top}px after scrolling ${scrolled}px`);
    // The `#` link of a section points at it and scrolls there.
    await page.evaluate(() => window.scrollTo(0, 0));
    const link = page.locator(`#section-${n} .section-link`);
    await link.click({ force: true });
    const hash = await page.evaluate(() => location.hash);
    if (hash !== `#section-${n}`) fail(`${richest}: the # link of section ${n} leads to "${hash}"`);

    // Clicking a name that occurs more than once marks every occurrence.
    const name = await page.evaluate(() => {
      const counts = new Map();
      for (const el of document.querySelectorAll('.code span.n')) counts.set(el.textContent, (counts.get(el.textContent) || 0) + 1);
      let best = null;
      for (const [t, c] of counts) if (c > 2 && (!best || c > counts.get(best))) best = t;
      return best;
    });
    if (name) {
      await page.locator('.code span.n', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first().click();
      const marked = await page.locator('.hl').count();
      const total = await page.evaluate((t) => [...document.querySelectorAll('.code span.n, .docs code span.n')].filter((e) => e.textContent === t).length, name);
      if (marked !== total || marked < 2) fail(`${richest}: clicking "${name}" marked ${marked} of ${total} occurrences`);
    } else {
      fail(`${richest}: no name occurs three times in the code`);
    }

    // The theme toggle flips the theme and is remembered across pages.
    const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.locator('.theme-toggle').click();
    const after = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const chosen = await page.evaluate(() => document.documentElement.dataset.theme);
    if (before === after || !chosen) fail(`the theme toggle did not change the page (${before} -> ${after})`);
    const other = await open(desktop, 'index.html');
    const kept = await other.evaluate(() => document.documentElement.dataset.theme);
    if (kept !== chosen) fail(`the chosen theme "${chosen}" was not remembered (got "${kept}")`);
    await other.evaluate(() => localStorage.removeItem('sidenotes-theme'));
    await other.close();
    await page.close();
  }

  // Screenshots, light and dark, for people to look at.
  const shots = ['index.html', richest, codePages.find((p) => /^normalization\/layer_norm\/layer_norm\.c/.test(p)) || codePages[1]]
    .filter((p, i, all) => p && all.indexOf(p) === i && fs.existsSync(path.join(siteDir, p)));
  const zh = 'zh/' + richest;
  if (fs.existsSync(path.join(siteDir, zh))) shots.push(zh);
  for (const [context, width] of [[desktop, 1280], [phone, 390]]) {
    for (const rel of shots) {
      const page = await open(context, rel);
      await page.screenshot({ path: path.join(shotDir, `${rel.replace(/\//g, '_')}-${width}.png`) });
      await page.close();
    }
  }
  const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const page = await open(dark, richest);
  await page.screenshot({ path: path.join(shotDir, `${richest.replace(/\//g, '_')}-1280-dark.png`) });
  await browser.close();

  if (problems.length) {
    console.error(`FAIL: ${problems.length} problems\n` + problems.join('\n'));
    process.exit(1);
  }
  console.log(`ok: ${pages.length} pages, ${codePages.length} code pages, ${formulas} formulas; screenshots in ${shotDir}`);
})().catch((e) => { console.error(e); process.exit(1); });
