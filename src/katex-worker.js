// katex-worker.js — renders every formula of a build with KaTeX, in one
// node process (see worker.h for the protocol).
//
//   node -e <this script> KATEX_DIR
//
// Says hello with KaTeX's version, then reads {"items": [{"tex", "display"}]}
// and answers {"results": [{"html"} or {"error", "position"}]}, in order.
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

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  process.stdout.write(JSON.stringify({results: request.items.map(render)}));
});
