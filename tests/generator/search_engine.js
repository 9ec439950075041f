// search_engine.js — the page's search engine (templates/search-engine.js)
// against MiniSearch 7.2.0, the library whose scoring it follows, on the
// indexes of a rendered site:
//
//   node search_engine.js ENGINE_JS MINISEARCH_CJS SITE_DIR
//
// Each language's static/search/LANG.js is loaded into both (MiniSearch
// through loadJS, from the index expanded back into its serialization), and
// a set of queries, exact, prefix, fuzzy and AND/OR trees as search.js
// builds them, plus every 40th term of the index as prefix and fuzzy, must
// give the same documents in the same order with the same scores (to 1e-9,
// relative; documents of equal score may come in either order) and the
// same matched terms. Also: terms sorted (the engine's binary search needs
// it), and the fuzzy walk finds what a plain edit distance over every term
// finds.
'use strict';
const fs = require('fs');
const path = require('path');

const [engineJs, miniJs, siteDir] = process.argv.slice(2);
const SearchIndex = require(path.resolve(engineJs));
const MiniSearch = require(path.resolve(miniJs));
const FIELDS = ['title', 'heading', 'ids', 'text'];
const BOOST = {title: 3, heading: 2, ids: 6};
const problems = [];

// The compact index back into MiniSearch's toJSON() form.
function expand(c) {
  const terms = SearchIndex.decodeTerms(c.terms), postings = c.postings.split('|');
  const index = terms.map((t, i) => {
    const data = {};
    for (const f of postings[i].split(';')) {
      const entry = {}, list = SearchIndex.decodePosting(f, 1);
      for (let j = 0; j < list.length; j += 2) entry[list[j]] = list[j + 1];
      data[f[0]] = entry;
    }
    return [t, data];
  });
  const documentIds = {}, fieldLength = {};
  c.fieldLength.forEach((l, n) => { documentIds[n] = n; fieldLength[n] = l; });
  return {documentCount: c.documentCount, nextId: c.documentCount, fieldIds: c.fieldIds,
          averageFieldLength: c.averageFieldLength, dirtCount: 0, serializationVersion: 2,
          documentIds, fieldLength, storedFields: {}, index};
}

function levenshtein(a, b) {
  let row = Array.from({length: b.length + 1}, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let k = 1; k <= b.length; k++)
      next[k] = Math.min(row[k] + 1, next[k - 1] + 1, row[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

const leaf = (t, prefix, fuzzy) => ({queries: [t], prefix, fuzzy, combineWith: 'OR'});
const queries = {
  en: [leaf('variance', false, false), leaf('var', true, false), leaf('varaince', true, 0.2),
       leaf('layer_norm_forward', true, 0.2), leaf('qqzzxv', true, 0.2), leaf('normalisation', false, 0.2),
       {combineWith: 'AND', queries: [leaf('running', true, 0.2), leaf('variance', true, 0.2)]},
       {combineWith: 'OR', queries: [leaf('batch', true, false), leaf('mean', false, 0.2)]}],
  'zh-Hans': [leaf('滑动', true, false), {combineWith: 'OR', queries: [leaf('滑动平均', true, false),
              {combineWith: 'AND', queries: [leaf('滑动', true, false), leaf('平均', true, false)]}]}],
  ja: [leaf('移動', true, false), {combineWith: 'AND', queries: [leaf('移動', true, false), leaf('平均', true, false)]}],
  ko: [leaf('평균', true, false), {combineWith: 'OR', queries: [
         {combineWith: 'AND', queries: [leaf('이동', true, false), leaf('평균', true, false)]},
         leaf('이동평균', true, false)]}],
};

// A query's words (SearchIndex.words, search.js's) are the worker's:
// /[^\p{L}\p{N}_]+/u after NFKC and lower case, whichever class cuts them;
// every character of the Basic Multilingual Plane between two letters, and
// queries of each script.
{
  const theirs = (t) => t.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
  const texts = ['running variance', 'layer_norm_forward', '滑动平均', '移動平均・分散', '이동 평균', 'Ｒｕｎｎｉｎｇ　ｖａｒ',
                 'ｶﾀｶﾅ', 'ゔぁ〜ー', '「平均」。', 'é naïve', 'x²+y₂', ''];
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) texts.push('a' + String.fromCharCode(c) + '平');
  let differ = 0;
  for (const t of texts) {
    const a = JSON.stringify(SearchIndex.words(t)), b = JSON.stringify(theirs(t));
    if (a !== b && differ++ < 10) problems.push(`words of ${JSON.stringify(t)}: ${a}, the worker's ${b}`);
  }
}

for (const name of fs.readdirSync(path.join(siteDir, 'static', 'search')).filter((n) => !n.endsWith('.text.js'))) {
  const lang = name.replace(/\.js$/, '');
  let data;
  global.sidenotesSearchLoaded = (d) => { data = d; };
  eval(fs.readFileSync(path.join(siteDir, 'static', 'search', name), 'utf8'));
  const ours = new SearchIndex(data.index, FIELDS, BOOST);
  const theirs = MiniSearch.loadJS(expand(data.index), {fields: FIELDS, searchOptions: {
    boost: BOOST, tokenize: (s) => [s], processTerm: (t) => t}});
  const terms = SearchIndex.decodeTerms(data.index.terms);
  if (terms.length !== ours.count) problems.push(`${lang}: ${ours.count} terms, ${terms.length} decoded`);
  // Every term found where it is, by the blocks' binary search.
  terms.forEach((t, i) => { if (ours.find(t) !== i) problems.push(`${lang}: ${t} found at ${ours.find(t)}, not ${i}`); });
  for (let i = 1; i < terms.length; i++)
    if (!(terms[i - 1] < terms[i])) { problems.push(`${lang}: terms not sorted at ${terms[i]}`); break; }
  const qs = (queries[lang] || []).slice();
  for (let i = 0; i < terms.length; i += 40) {
    qs.push(leaf(terms[i].slice(0, Math.max(2, terms[i].length - 2)), true, false));
    qs.push(leaf(terms[i], false, 0.2));
    if (terms[i].length > 4) qs.push(leaf(terms[i].slice(1), true, 0.25));
  }
  let compared = 0, nonEmpty = 0;
  // search.js asks for typos only as a fallback (`fallback` n, not
  // MiniSearch's): a fuzzy term in n documents or more, exactly or as a
  // prefix, must give MiniSearch's results without the typos, one in fewer
  // MiniSearch's with them. The same tree with that applied, for MiniSearch.
  const FALLBACK = 8;
  const matches = (t, prefix) => ours.search({queries: [t], prefix, fuzzy: false}).length >= FALLBACK;
  const resolve = (q, o) => {
    if (typeof q === 'string') return {queries: [q], prefix: o.prefix, fuzzy: o.fuzzy && !matches(q, o.prefix) ? o.fuzzy : false};
    const p = {prefix: 'prefix' in q ? q.prefix : o.prefix, fuzzy: 'fuzzy' in q ? q.fuzzy : o.fuzzy};
    return {combineWith: q.combineWith, queries: q.queries.map((x) => resolve(x, p))};
  };
  const withFallback = (q) => (typeof q === 'string' ? q : {...q, fallback: FALLBACK, queries: q.queries.map(withFallback)});
  const pairs = qs.map((q) => [q, q]);
  for (const q of qs) pairs.push([withFallback(q), resolve(q, {prefix: false, fuzzy: false})]);
  pairs.push([withFallback({combineWith: 'AND', queries: [leaf('running', true, 0.2), leaf('varaince', true, 0.2)]}),
              {combineWith: 'AND', queries: [leaf('running', true, false), leaf('varaince', true, 0.2)]}]);
  let fellBack = 0;
  for (const [q, theirsQ] of pairs) {
    const a = ours.search(q), b = theirs.search(theirsQ);
    compared++;
    if (a.length) nonEmpty++;
    if (q.fallback && JSON.stringify(theirsQ).includes('"fuzzy":0.')) fellBack++;
    const what = `${lang}: ${JSON.stringify(q)}`;
    if (a.length !== b.length) { problems.push(`${what}: ${a.length} results, MiniSearch ${b.length}`); continue; }
    const close = (x, y) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
    const byId = new Map(b.map((r) => [r.id, r]));
    for (let i = 0; i < a.length; i++) {
      const r = byId.get(a[i].id);
      if (!r || !close(a[i].score, r.score)) { problems.push(`${what}: document ${a[i].id} scores ${a[i].score}, MiniSearch ${r && r.score}`); break; }
      if (!close(a[i].score, b[i].score)) { problems.push(`${what}: rank ${i} differs`); break; }
      if (a[i].terms.slice().sort().join() !== r.terms.slice().sort().join()) { problems.push(`${what}: terms ${a[i].terms}, MiniSearch ${r.terms}`); break; }
    }
  }
  // The fuzzy walk against a plain edit distance over every term.
  for (const q of ['varaince', 'normalise', '이동평', '평균을', 'layer_nrom', 'gama']) {
    for (const max of [1, 2]) {
      const got = ours.fuzzy(q, max).map(([i]) => terms[i]).sort().join(' ');
      const want = terms.filter((t) => levenshtein(q, t) <= max).sort().join(' ');
      if (got !== want) problems.push(`${lang}: fuzzy ${q} ${max}: ${got}, want ${want}`);
    }
  }
  if (nonEmpty < compared / 2) problems.push(`${lang}: only ${nonEmpty} of ${compared} queries found anything`);
  if (lang === 'en' && !fellBack) problems.push(`${lang}: no query fell back to typos`);
  // The blocks' starts the index brings are those the engine finds by
  // scanning its strings.
  const scanned = new SearchIndex({...data.index, termStarts: undefined, postingStarts: undefined, count: undefined}, FIELDS, BOOST);
  for (const k of ['termStarts', 'postingStarts', 'count'])
    if (JSON.stringify(scanned[k]) !== JSON.stringify(ours[k])) problems.push(`${lang}: ${k} in the index differs from the scan's`);
  if (!data.index.termStarts) problems.push(`${lang}: the index brings no termStarts`);
  console.log(`${lang}: ${compared} queries, the same results as MiniSearch`);
}
if (problems.length) {
  console.error(problems.slice(0, 30).join('\n'));
  process.exit(1);
}
