// search-worker.js — builds the search index of each language with MiniSearch,
// in one node process (see worker.h for the protocol). The generator runs
//
//   node -e <MiniSearch's UMD build, then this script>
//
// so `MiniSearch` is the library the pages load (static/minisearch.js), the
// same bytes. Says hello with a JSON line (versions), then answers each
// request line, one language's documents
//
//   {"lang": "zh-Hans", "pages": [[title, url]...],
//    "docs": [[page, section, heading, text, [identifier...]]...]}
//
// (a document is the part of a section's notes under one heading; heading
// is "" for the part before a section's first heading, which goes under the
// heading before it; identifiers are the names the section's code defines),
// with "index LEN\n" and LEN bytes of JavaScript: the script
// static/search/LANG.js, which hands the index to the page's search.js.
//
// Words: letters, digits and `_` (so layer_norm_forward is one word, as a
// reader types it); runs of Chinese or Japanese characters are cut into words
// by Intl.Segmenter with the language's rules (ICU's dictionaries), so
// 移動平均 is 移動 + 平均. The browser's ICU may cut a query differently, so
// search.js also cuts CJK queries against this index's own words (longest
// match first). Korean is written with spaces, but not always in the same
// places (이동 평균, 이동평균): search.js tries the words of a query both
// apart and joined, and cuts a joined one at this index's words. Only CJK
// runs go through the segmenter: for the rest a regular expression does
// the same job ten times faster.
'use strict';

const icu = process.versions.icu || 'none';
process.stdout.write(JSON.stringify({version: `icu ${icu}`}) + '\n');

// The fields, in the order search.js boosts them.
const FIELDS = ['title', 'heading', 'ids', 'text'];

// Words too common to be worth an entry (English and the particles of
// Chinese and Japanese that the segmenter leaves alone).
const STOP = new Set(('a an and are as at be by for from in is it its of on or that the this to ' +
  'was with which we our 的 了 是 在 和 与 或 也 都 就 而 及 の は を に が で と も た て へ や か な だ す る')
  .split(' '));

const cjk = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const split = /[^\p{L}\p{N}_]+/u;

// Korean particles, longest first, taken off a word of three syllables or
// more (평균을, 평균은 → 평균), which halves the Korean vocabulary; search.js
// takes them off a query's words the same way.
const PARTICLES = ('에서는 으로는 에게서 에서 으로 에게 까지 부터 보다 처럼 에는 로는 이나 이며 이고 ' +
  '을 를 이 가 은 는 의 에 로 와 과 도 만').split(' ');
const hangul = /^[\uac00-\ud7a3]+$/;
function stem(w) {
  if (!hangul.test(w)) return w;
  for (const p of PARTICLES)
    if (w.length - p.length >= 2 && w.endsWith(p)) return w.slice(0, -p.length);
  return w;
}

function tokenizer(lang) {
  const segmenter = new Intl.Segmenter(lang, {granularity: 'word'});
  const korean = lang.startsWith('ko');
  return (text, field) => {
    // An identifier is one term.
    if (field === 'ids') return text ? text.split(' ') : [];
    const out = [];
    for (const w of text.normalize('NFKC').toLowerCase().split(split)) {
      if (!w) continue;
      if (!cjk.test(w)) out.push(korean ? stem(w) : w);
      else for (const s of segmenter.segment(w)) if (s.isWordLike) out.push(s.segment);
    }
    return out;
  };
}

function build(request) {
  const tokenize = tokenizer(request.lang);
  const ms = new MiniSearch({
    fields: FIELDS,
    tokenize,
    processTerm: (t) => (STOP.has(t) ? null : t),
  });
  const docs = [];
  let heading = '';
  let lastPage = -1;
  const heads = [], headIndex = new Map();
  request.docs.forEach(([page, section, own, text, ids], id) => {
    const first = page !== lastPage; // the page's title is indexed once, with its first part
    if (first) heading = request.pages[page][0];
    lastPage = page;
    if (own) heading = own;
    if (!headIndex.has(heading)) {
      headIndex.set(heading, heads.length);
      heads.push(heading);
    }
    ms.add({
      id,
      title: first ? request.pages[page][0] : '',
      heading: own,
      ids: ids.join(' '),
      text,
    });
    docs.push([page, section, headIndex.get(heading), text]);
  });
  const data = {lang: request.lang, pages: request.pages, heads, docs, index: compact(ms.toJSON())};
  return `sidenotesSearchLoaded(${JSON.stringify(data)});\n`;
}

// MiniSearch's own serialization (toJSON), made smaller for the page: its
// postings, {"fieldId": {"docId": count}} per term, become "fieldId" then
// the gaps between doc ids in base 36, with "*count" when above 1
// ("0c,3*2,k;2c"); document ids are 0, 1, 2... (checked), so they are left
// out. search.js rebuilds the object and hands it to MiniSearch.loadJS.
// A third of the size; the rebuilding takes a few milliseconds.
function compact(js) {
  for (const [shortId, id] of Object.entries(js.documentIds))
    if (String(id) !== shortId) throw new Error(`search index: document ${shortId} has id ${id}`);
  const terms = [], postings = [];
  for (const [term, data] of js.index) {
    if (term.includes(' ')) throw new Error(`search index: a term with a space: ${term}`);
    terms.push(term);
    postings.push(Object.keys(data).map((field) => {
      let prev = 0;
      const ids = Object.keys(data[field]).map(Number).sort((a, b) => a - b);
      return field + ids.map((id) => {
        const n = data[field][id];
        const gap = (id - prev).toString(36) + (n > 1 ? '*' + n.toString(36) : '');
        prev = id;
        return gap;
      }).join(',');
    }).join(';'));
  }
  return {
    documentCount: js.documentCount, nextId: js.nextId, fieldIds: js.fieldIds,
    averageFieldLength: js.averageFieldLength, dirtCount: js.dirtCount,
    serializationVersion: js.serializationVersion,
    fieldLength: Object.keys(js.documentIds).map((id) => js.fieldLength[id]),
    terms: terms.join(' '), postings: postings.join('|'),
  };
}

let pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  let nl;
  while ((nl = pending.indexOf('\n')) >= 0) {
    const request = JSON.parse(pending.slice(0, nl));
    pending = pending.slice(nl + 1);
    const js = build(request);
    process.stdout.write(`index ${Buffer.byteLength(js)}\n${js}`);
  }
});
