// katex-worker.js — renders the formulas of a build with KaTeX, in one node
// process (see worker.h for the protocol).
//
//   node -e <this script> KATEX_DIR
//
// Says hello with KaTeX's version, then answers each request line
// {"items": [{"tex", "display"}]} with one line
// {"results": [{"html"} or {"error", "position"}]}, in order.
'use strict';
const path = require('path');

const lib = path.resolve(process.argv[1], 'katex.js');
const katex = require(lib);
process.stdout.write(JSON.stringify({version: katex.version, lib}) + '\n');

function render(item) {
  try {
    return {html: katex.renderToString(item.tex, {
      displayMode: item.display,
      throwOnError: true,
      output: 'htmlAndMathml',
      strict: 'ignore',
    })};
  } catch (e) {
    if (!(e instanceof katex.ParseError)) throw e;
    return {error: e.message, position: e.position === undefined ? -1 : e.position};
  }
}

let pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  let nl;
  while ((nl = pending.indexOf('\n')) >= 0) {
    const request = JSON.parse(pending.slice(0, nl));
    pending = pending.slice(nl + 1);
    process.stdout.write(JSON.stringify({results: request.items.map(render)}) + '\n');
  }
});
