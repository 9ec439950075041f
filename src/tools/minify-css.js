// minify-css.js IN OUT — the site's stylesheet as the pages carry it:
// minified by clean-css (npm, pinned by package-lock.json) at build time,
// level 1 only (no merging or reordering of rules, so the cascade is the
// one templates/*.css is written in). Fails on any warning or error.
'use strict';
const fs = require('fs');
const path = require('path');
const CleanCSS = require(path.join(__dirname, '..', '..', 'node_modules', 'clean-css'));

const [input, output] = process.argv.slice(2);
const result = new CleanCSS({ level: 1, compatibility: '*' }).minify(fs.readFileSync(input, 'utf8'));
const problems = result.errors.concat(result.warnings);
if (problems.length) {
  process.stderr.write(problems.map((p) => `${input}: ${p}\n`).join(''));
  process.exit(1);
}
fs.writeFileSync(output, result.styles + '\n');
