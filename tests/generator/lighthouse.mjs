// lighthouse.mjs — the benchmark of the site as a browser sees it: Lighthouse
// (npm, pinned) scores, desktop and mobile, for each kind of page.
//
//   node lighthouse.mjs SIDENOTES SRC_DIR [sidenotes options...]
//
// LIGHTHOUSE_PAGES=REGEX runs only the pages whose path matches,
// LIGHTHOUSE_FORM=mobile (or desktop) only that form factor, and
// LIGHTHOUSE_RUNS=N each N times (the table then gives every score);
// LIGHTHOUSE_SAVE=DIR keeps each run's report (JSON) in DIR. Each run's
// metrics (FCP, LCP, TBT, CLS, Speed Index) go to stderr, with the load
// average before it (the table gives their range).
//
// The site is rendered as it would be published, with `--base-url` the
// address of a small server of our own (below) on 127.0.0.1, which serves it
// with gzip, as a static host would; Lighthouse drives Debian's chromium
// (CHROME_PATH, default /usr/bin/chromium; nothing is downloaded). Prints a
// Markdown table of the four category scores per page and form factor, and
// whether each reaches the target (95). Lighthouse's performance score is
// simulated (throttling modelled, not applied) but still varies from run to
// run on a shared machine; the other three do not depend on timing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const TARGET = 95;
const [sidenotes, ...renderArgs] = process.argv.slice(2);
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-site-'));
// One page of each kind: the home page, a folder with formulas and a figure,
// one with figures, the largest code page, the same in Chinese, a header.
const pages = [
  'index.html',
  'normalization/index.html',
  'experiments/index.html',
  'normalization/batch_norm/batch_norm.c.html',
  'zh/normalization/batch_norm/batch_norm.c.html',
  'normalization/layer_norm/layer_norm.h.html',
].filter((p) => !process.env.LIGHTHOUSE_PAGES || new RegExp(process.env.LIGHTHOUSE_PAGES).test(p));
const forms = ['desktop', 'mobile'].filter((f) => !process.env.LIGHTHOUSE_FORM || f === process.env.LIGHTHOUSE_FORM);
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || 1);

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.woff': 'font/woff',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.c': 'text/plain; charset=utf-8',
  '.h': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8',
};
const compressible = /^(text\/|image\/svg|application\/xml|font\/ttf)/;

// A static server: files under siteDir, gzip when asked for, 404.html for
// what is missing, a year's caching for static/ (as a host would set).
function serve() {
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    let file = path.join(siteDir, path.normalize(rel));
    let status = 200;
    if (!file.startsWith(siteDir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      file = path.join(siteDir, '404.html');
      status = 404;
    }
    const type = types[path.extname(file)] || 'application/octet-stream';
    let body = fs.readFileSync(file);
    const headers = { 'Content-Type': type, 'Cache-Control': rel.startsWith('/static/') ? 'public, max-age=31536000' : 'no-cache' };
    if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      body = zlib.gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
execFileSync(sidenotes, [...renderArgs, '-o', siteDir, '--base-url', base, '-q'], { stdio: 'inherit' });
for (const p of pages) if (!fs.existsSync(path.join(siteDir, p))) throw new Error(`${p} was not rendered`);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${fs.mkdtempSync(path.join(os.tmpdir(), 'lh-'))}`],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
let below = 0;
const started = Date.now();
const loads = [];
if (process.env.LIGHTHOUSE_SAVE) fs.mkdirSync(process.env.LIGHTHOUSE_SAVE, { recursive: true });
try {
  for (const rel of pages) {
    for (const form of forms) {
      const all = [];
      const lost = new Set();
      for (let run = 0; run < runs; run++) {
        // The machine is shared: the load each run met goes beside its figures.
        const load = os.loadavg()[0];
        loads.push(load);
        const result = await lighthouse(base + rel, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
          form === 'desktop' ? desktopConfig : undefined);
        const lhr = result.lhr;
        const scores = categories.map((c) => Math.round(100 * (lhr.categories[c].score ?? 0)));
        all.push(scores);
        // What costs points, for the reader of the table.
        for (const a of Object.values(lhr.audits))
          if (a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual') lost.add(a.id);
        // The figures the performance score is made of, for comparing runs.
        const m = (id, unit) => { const v = lhr.audits[id]?.numericValue; return v === undefined ? '-' : unit === 's' ? (v / 1000).toFixed(2) : v.toFixed(unit === '' ? 3 : 0); };
        process.stderr.write(`${form} ${rel}: ${scores.join(' ')}  FCP ${m('first-contentful-paint', 's')} s, LCP ${m('largest-contentful-paint', 's')} s, ` +
          `TBT ${m('total-blocking-time', 'ms')} ms, CLS ${m('cumulative-layout-shift', '')}, SI ${m('speed-index', 's')} s; load ${load.toFixed(1)}\n`);
        if (process.env.LIGHTHOUSE_SAVE)
          fs.writeFileSync(path.join(process.env.LIGHTHOUSE_SAVE, `${rel.replace(/\//g, '_')}.${form}.${run}.json`), JSON.stringify(lhr));
      }
      below += all.flat().filter((s) => s < TARGET).length;
      rows.push([rel, form, ...categories.map((c, i) => all.map((s) => s[i]).join(' ')), [...lost].slice(0, 6).join(', ')]);
    }
  }
} finally {
  await chrome.kill();
  server.close();
  fs.rmSync(siteDir, { recursive: true, force: true });
}

console.log(`Lighthouse ${JSON.parse(fs.readFileSync(new URL('../../node_modules/lighthouse/package.json', import.meta.url))).version}, ` +
  `Debian's chromium, served from 127.0.0.1 with gzip; ${os.cpus()[0].model.trim()}, ${os.cpus().length} cores; ` +
  `load average ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}; ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
console.log('| page | form | performance | accessibility | best practices | SEO | audits below 0.9 |');
console.log('|---|---|---:|---:|---:|---:|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(`\ntarget ${TARGET} in every category: ${below === 0 ? 'met' : `not met (${below} score(s) below)`}`);
