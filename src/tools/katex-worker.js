// katex-worker.js — renders the formulas of a build with KaTeX, in one node
// process (see worker.h for the protocol).
//
//   node -e <this script> KATEX_DIR
//
// Says hello with KaTeX's version (a JSON line), then answers each request
// line {"items": [{"tex", "display"}]} with "results N\n" and, per item in
// order, "html LEN\n" or "error LEN\n" and then LEN bytes of HTML or of
// KaTeX's message (framed, not JSON: the generator need not decode it).
'use strict';
const path = require('path');

// A failure is one line for the generator to report, never a stack trace:
// KaTeX that cannot be loaded is said in the hello line ({"error"}), and
// anything else that goes wrong on stderr, on one line.
process.on('uncaughtException', (e) => {
  process.stderr.write(`sidenotes: the KaTeX worker failed: ${String(e && e.message).split('\n')[0]}\n`);
  process.exit(70);
});
const lib = path.resolve(process.argv[1], 'katex.js');
let katex;
try {
  katex = require(lib);
} catch (e) {
  process.stdout.write(JSON.stringify({error: `cannot load ${lib}: ${String(e.message).split('\n')[0]}`}) + '\n');
  process.exit(0);
}
process.stdout.write(JSON.stringify({version: katex.version, lib}) + '\n');

function render(item) {
  let kind = 'html', text;
  try {
    text = katex.renderToString(item.tex, {
      displayMode: item.display,
      throwOnError: true,
      output: 'htmlAndMathml',
      strict: 'ignore',
    });
  } catch (e) {
    if (!(e instanceof katex.ParseError)) throw e;
    kind = 'error';
    text = e.message;
  }
  return `${kind} ${Buffer.byteLength(text)}\n${text}`;
}

let pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  let nl;
  while ((nl = pending.indexOf('\n')) >= 0) {
    const request = JSON.parse(pending.slice(0, nl));
    pending = pending.slice(nl + 1);
    process.stdout.write(`results ${request.items.length}\n` + request.items.map(render).join(''));
  }
});
