// browser_serve.js — `sidenotes serve` in a real browser (Debian's chromium
// through playwright-core): the page's script reloads it after a save, shows
// a build error without reloading, and reloads again after the fix; no
// console error, no failed request. Loopback only, bounded waits.
//
//   node browser_serve.js SIDENOTES FIXTURE_DIR
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { chromium } = require('playwright-core');

const [sidenotes, fixture] = process.argv.slice(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sidenotes-serve-browser-'));
fs.cpSync(fixture, path.join(tmp, 'src'), { recursive: true });
const page = path.join(tmp, 'src', 'sub', 'notes.md');

function fail(message) {
  console.error('FAIL: ' + message);
  process.exitCode = 1;
  throw new Error(message);
}

(async () => {
  const server = spawn(sidenotes, ['serve', path.join(tmp, 'src'), '-o', path.join(tmp, 'out'),
    // --strict: the broken formula below is an error (without it, a warning
    // and the formula shown as written).
    '--cache', path.join(tmp, 'cache'), '--port', '0', '-q', '--strict'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout.on('data', (d) => { log += d; });
  server.stderr.on('data', (d) => { log += d; });
  let browser;
  try {
    const port = await new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('serve did not start:\n' + log)), 60000);
      const poll = setInterval(() => {
        const m = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
        if (m) { clearTimeout(t); clearInterval(poll); resolve(m[1]); }
      }, 50);
    });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    const tab = await browser.newPage();
    const problems = [];
    tab.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    // A reload ends the page's event stream: that one is aborted, not failed.
    tab.on('requestfailed', (r) => {
      if (!(r.url().includes('/__sidenotes/events') && /ABORTED/.test(r.failure().errorText)))
        problems.push('request failed: ' + r.url() + ' ' + r.failure().errorText);
    });
    tab.on('response', (r) => { if (r.status() >= 400) problems.push(r.status() + ' ' + r.url()); });
    // Each save waits for the page to be idle: a reload aborts the fonts and
    // the icon a page fetches after its load event, which a reader never sees
    // but the check of failed requests would.
    await tab.goto(`http://127.0.0.1:${port}/sub/notes.html`, { waitUntil: 'networkidle' });

    // A save: the page reloads by itself and shows it.
    let reloaded = tab.waitForEvent('load', { timeout: 30000 });
    fs.appendFileSync(page, '\nA line saved while the browser watched: heron-5521.\n');
    await reloaded;
    await tab.waitForLoadState('networkidle');
    if (!(await tab.content()).includes('heron-5521')) fail('the reloaded page lacks the edit');

    // A broken save: the error appears on the open page, which stays.
    fs.appendFileSync(page, '\nBroken: $$\\frac{1}{$$\n');
    const banner = await tab.waitForSelector('#sidenotes-serve-error', { timeout: 30000 });
    const text = await banner.textContent();
    if (!/notes\.md:\d+:\d+: error/.test(text)) fail('the error shown lacks file:line:col: ' + text);
    if (!(await tab.content()).includes('heron-5521')) fail('the page changed after a failed build');

    // The fix: reload, and the error is gone.
    reloaded = tab.waitForEvent('load', { timeout: 30000 });
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('$$\\frac{1}{$$', '$\\frac{1}{2}$'));
    await reloaded;
    await tab.waitForLoadState('networkidle');
    if (await tab.$('#sidenotes-serve-error')) fail('the error is still shown after the fix');
    if (problems.length) fail('problems in the browser:\n  ' + problems.join('\n  '));
    console.log('serve in chromium: reload on save, error shown live, reload after the fix: ok');
  } catch (e) {
    if (!process.exitCode) { console.error(e.stack || e); process.exitCode = 1; }
  } finally {
    if (browser) await browser.close();
    server.kill('SIGINT');
    await new Promise((resolve) => server.on('exit', resolve));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
})();
