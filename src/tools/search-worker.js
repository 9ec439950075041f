// search-worker.js — builds the search index of each language, in one node
// process (see worker.h for the protocol). The generator runs
//
//   node -e <MiniSearch's UMD build, then this script>
//
// MiniSearch is the reference: with SIDENOTES_SEARCH_CHECK=1 the index is
// also built by MiniSearch's own add() and the two compared (check()); the
// page searches the index with templates/search-engine.js, which scores as
// MiniSearch does (the `search index` test compares their results). Says
// hello with a JSON line (versions), then answers each request line, one
// language's documents
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
// 移動平均 is 移動 + 平均. search.js cuts a CJK query against this index's
// own words (longest match first), not with the browser's segmenter, whose
// creation costs more than the rest of the first query. Korean is written with spaces, but not always in the same
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
const cjkOrHangul = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]/;

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

// The segmenter's words of each run are kept: titles and headings come
// back once per document, and a run met again is not cut again.
function tokenizer(lang) {
  const segmenter = new Intl.Segmenter(lang, {granularity: 'word'});
  const korean = lang.startsWith('ko');
  const seen = new Map();
  return (text, field) => {
    // An identifier is one term.
    if (field === 'ids') return text ? text.split(' ') : [];
    const out = [];
    for (const w of text.normalize('NFKC').toLowerCase().split(split)) {
      if (!w) continue;
      if (!cjk.test(w)) { out.push(korean ? stem(w) : w); continue; }
      let words = seen.get(w);
      if (!words) {
        words = [];
        for (const s of segmenter.segment(w)) if (s.isWordLike) words.push(s.segment);
        seen.set(w, words);
      }
      for (const s of words) out.push(s);
    }
    return out;
  };
}

// The postings' code (templates/search-engine.js reads it): per field, the
// field's id, then per document the gap from the one before times 2, plus 1
// when the term is there more than once, and then that count less 2; each
// number in base 45, least significant digit first, digits 45-89 of DIGITS
// saying that more follow. A gap below 23 is one character, below 1,012 two:
// about half the bytes of base-36 numbers between commas.
const DIGITS = [...Array(94)].map((_, i) => String.fromCharCode(33 + i)).filter((c) => !'"\\|;'.includes(c)).join('');
const BASE = 45;
function number(v) {
  let out = '';
  for (; v >= BASE; v = Math.floor(v / BASE)) out += DIGITS[BASE + (v % BASE)];
  return out + DIGITS[v];
}

// One term's postings, per field [doc, count, doc, count...] (an empty
// list: the term is not in that field).
function encodePostings(perField) {
  const fields = [];
  perField.forEach((list, f) => {
    if (!list.length) return;
    let prev = 0, out = String(f);
    for (let i = 0; i < list.length; i += 2) {
      const n = list[i + 1];
      out += number((list[i] - prev) * 2 + (n > 1 ? 1 : 0)) + (n > 1 ? number(n - 2) : '');
      prev = list[i];
    }
    fields.push(out);
  });
  return fields.join(';');
}

// MiniSearch's own serialization (toJSON) in the page's form (for check();
// direct() writes that form itself); document ids are 0, 1, 2... (checked),
// so they are left out.
function compact(js) {
  for (const [shortId, id] of Object.entries(js.documentIds))
    if (String(id) !== shortId) throw new Error(`search index: document ${shortId} has id ${id}`);
  const terms = [], postings = [];
  for (const [term, data] of js.index) {
    if (term.includes(' ')) throw new Error(`search index: a term with a space: ${term}`);
    terms.push(term);
    const perField = [];
    for (const field of Object.keys(data)) {
      const ids = Object.keys(data[field]).map(Number).sort((a, b) => a - b);
      perField[Number(field)] = ids.flatMap((id) => [id, data[field][id]]);
    }
    postings.push(encodePostings(Array.from(perField, (l) => l || [])));
  }
  return {
    documentCount: js.documentCount, nextId: js.nextId, fieldIds: js.fieldIds,
    averageFieldLength: js.averageFieldLength, dirtCount: js.dirtCount,
    serializationVersion: js.serializationVersion,
    fieldLength: Object.keys(js.documentIds).map((id) => js.fieldLength[id]),
    terms: terms.join(' '), postings: postings.join('|'),
  };
}

const processTerm = (t) => (STOP.has(t) ? null : t);

// The index as MiniSearch's add() makes it, built directly: documents in
// order, ids 0, 1, 2..., per field the number of distinct tokens and the
// running average of it (MiniSearch's formula, to the last bit), per term
// and field the count in each document. MiniSearch's own add() and
// toJSON() spend four fifths of their time on its radix tree and garbage,
// which only the browser needs; SIDENOTES_SEARCH_CHECK=1 builds the index
// both ways and stops if they differ (the `search index` test does).
function direct(documents, tokenize) {
  const postings = new Map(); // term → per field [doc, count, doc, count...]
  const fieldLength = [], average = [0, 0, 0, 0];
  documents.forEach((document, doc) => {
    const lengths = [];
    FIELDS.forEach((field, f) => {
      const tokens = tokenize(document[field], field);
      lengths[f] = new Set(tokens).size;
      average[f] = (average[f] * doc + lengths[f]) / (doc + 1);
      for (const token of tokens) {
        const term = processTerm(token);
        if (!term) continue;
        let p = postings.get(term);
        if (!p) postings.set(term, p = [[], [], [], []]);
        const list = p[f];
        if (list.length && list[list.length - 2] === doc) list[list.length - 1]++;
        else list.push(doc, 1);
      }
    });
    fieldLength.push(lengths);
  });
  // Terms in code-unit order: the page looks them up by binary search
  // (templates/search-engine.js).
  const terms = [], lists = [];
  for (const term of [...postings.keys()].sort()) {
    if (term.includes(' ')) throw new Error(`search index: a term with a space: ${term}`);
    terms.push(term);
    lists.push(encodePostings(postings.get(term)));
  }
  // The longest CJK or Hangul word, the most search.js's cut() tries at once.
  const longest = terms.reduce((n, t) => (cjkOrHangul.test(t) && t.length > n ? t.length : n), 1);
  return {
    documentCount: documents.length, longest,
    fieldIds: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
    averageFieldLength: average, fieldLength, terms: terms.join(' '), postings: lists.join('|'), block: BLOCK,
  };
}

// The check: MiniSearch's own index, compacted, term by term the same.
function check(documents, tokenize, built) {
  const ms = new MiniSearch({fields: FIELDS, tokenize, processTerm});
  ms.addAll(documents.map((d, id) => ({id, ...d})));
  const theirs = compact(ms.toJSON());
  const byTerm = (c) => {
    const m = new Map();
    const ps = c.postings.split('|');
    c.terms.split(' ').forEach((t, i) => m.set(t, ps[i]));
    return m;
  };
  const a = byTerm(built), b = byTerm(theirs);
  for (const key of ['documentCount', 'fieldIds', 'averageFieldLength', 'fieldLength'])
    if (JSON.stringify(built[key]) !== JSON.stringify(theirs[key]))
      throw new Error(`search index: ${key} differs from MiniSearch's`);
  if (a.size !== b.size) throw new Error(`search index: ${a.size} terms, MiniSearch has ${b.size}`);
  for (const [t, p] of a)
    if (b.get(t) !== p) throw new Error(`search index: term ${t}: ${p}, MiniSearch has ${b.get(t)}`);
}

// One tokenizer per language for the worker's life: a worker kept by
// `sidenotes serve` indexes the same texts again at every save, and their
// segmented runs are then known.
const tokenizers = new Map();

// The sorted terms front-coded, for the page: each term as the number of
// leading characters it shares with the one before (one base-36 digit, at
// most 35) and the rest ("batch batches" → "0batch 5es"), the first of each
// block of BLOCK terms as it is ("0..."). A third smaller for Korean (a
// Hangul syllable is three bytes), a fifth for Japanese; the page finds a
// term by a binary search over the blocks' first terms and decodes only the
// block it lands in (search-engine.js), and its postings come in blocks of
// the same size.
const BLOCK = 32;
function frontCode(terms) {
  let prev = '';
  return terms.split(' ').map((t, i) => {
    let j = 0;
    if (i % BLOCK) while (j < 35 && j < prev.length && j < t.length && prev.charCodeAt(j) === t.charCodeAt(j)) j++;
    prev = t;
    return j.toString(36) + t.slice(j);
  }).join(' ');
}

function build(request) {
  if (!tokenizers.has(request.lang)) tokenizers.set(request.lang, tokenizer(request.lang));
  const tokenize = tokenizers.get(request.lang);
  const docs = [], documents = [];
  let heading = '';
  let lastPage = -1;
  const heads = [], headIndex = new Map();
  for (const [page, section, own, text, ids] of request.docs) {
    const first = page !== lastPage; // the page's title is indexed once, with its first part
    if (first) heading = request.pages[page][0];
    lastPage = page;
    if (own) heading = own;
    if (!headIndex.has(heading)) {
      headIndex.set(heading, heads.length);
      heads.push(heading);
    }
    documents.push({title: first ? request.pages[page][0] : '', heading: own, ids: ids.join(' '), text});
    docs.push([page, section, headIndex.get(heading)]); // the text goes in LANG.text.js (search.c)
  }
  const index = direct(documents, tokenize);
  if (process.env.SIDENOTES_SEARCH_CHECK === '1') check(documents, tokenize, index);
  if (index.terms) index.terms = frontCode(index.terms);
  // Where each block of terms and of postings starts (offsets in UTF-16
  // code units, as the page's strings count): the page would otherwise
  // scan both strings for them before its first query.
  const starts = (str, sep) => {
    const out = [0];
    let n = 1;
    for (let at = str.indexOf(sep); at >= 0; at = str.indexOf(sep, at + 1)) if (n++ % BLOCK === 0) out.push(at + 1);
    return out;
  };
  index.count = index.terms ? index.terms.split(' ').length : 0;
  index.termStarts = starts(index.terms, ' ');
  index.postingStarts = starts(index.postings, '|');
  const data = {lang: request.lang, pages: request.pages, heads, docs, index};
  return `sidenotesSearchLoaded(${JSON.stringify(data)});\n`;
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
