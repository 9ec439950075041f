// search-engine.js — queries over the index search-worker.js writes, as it
// is: no tree built, no posting decoded before a query needs it.
//
// The index (per language, static/search/LANG.js): `terms`, every term in
// code-unit order joined by spaces, front-coded (decodeTerms), and `postings`, the postings of each
// term in the same order joined by "|"; a term's postings are per field
// "fieldId" then the gaps between document ids in base 36, "*count" when
// the count is above 1 ("0c,3*2,k;2c"). Plus the number of documents, each
// document's field lengths (distinct terms per field) and their averages.
//
// Why not MiniSearch in the page: its loadJS rebuilds a radix tree and a
// Map per posting before the first query, 50-150 ms of CPU and most of it
// garbage collection even for our 3,000-4,500 terms. Here a lookup is a
// binary search over the sorted terms, a prefix is the range after it, and
// a fuzzy match walks the sorted terms as a trie (the rows of the edit
// distance are shared by terms with a common prefix, and a prefix already
// too far skips every term under it). The scoring and the query tree are
// MiniSearch 7.2.0's (BM25+, k 1.2, b 0.7, d 0.5; prefix weight 0.375,
// fuzzy 0.45; AND/OR of sub-queries), and the `search index` test checks
// that both give the same results, score for score, on our indexes.
(function (root) {
  'use strict';

  var BM25 = {k: 1.2, b: 0.7, d: 0.5};
  var PREFIX_WEIGHT = 0.375, FUZZY_WEIGHT = 0.45, MAX_FUZZY = 6;

  // The terms as search-worker.js front-codes them: each one the number of
  // leading characters shared with the term before (a base-36 digit), then
  // the rest.
  function decodeTerms(coded) {
    var parts = coded ? coded.split(' ') : [], prev = '';
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i], c = p.charCodeAt(0), k = c < 58 ? c - 48 : c - 87; // 0-9, a-z
      prev = parts[i] = k ? prev.slice(0, k) + p.slice(1) : p.slice(1);
    }
    return parts;
  }

  function SearchIndex(index, fields, boost) {
    this.terms = decodeTerms(index.terms);
    this.postings = index.postings.split('|');
    this.decoded = new Array(this.terms.length);
    this.memo = new Map();
    this.count = index.documentCount;
    this.fieldLength = index.fieldLength;
    this.average = index.averageFieldLength;
    // [field name, field id, boost], in the order of `fields`.
    this.fields = fields.map(function (f) { return [f, index.fieldIds[f], boost[f] || 1]; });
  }

  // The first position whose term is not below `t`.
  SearchIndex.prototype.lowerBound = function (t, from) {
    var lo = from || 0, hi = this.terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (this.terms[mid] < t) lo = mid + 1; else hi = mid;
    }
    return lo;
  };

  SearchIndex.prototype.find = function (t) {
    var i = this.lowerBound(t);
    return i < this.terms.length && this.terms[i] === t ? i : -1;
  };

  SearchIndex.prototype.has = function (t) { return this.find(t) >= 0; };

  // A term's postings: per field id, [doc, count, doc, count...].
  SearchIndex.prototype.posting = function (i) {
    var p = this.decoded[i];
    if (p) return p;
    p = this.decoded[i] = {};
    var fields = this.postings[i].split(';');
    for (var j = 0; j < fields.length; j++) {
      var f = fields[j], list = [], doc = 0, gaps = f.slice(1).split(',');
      for (var k = 0; k < gaps.length; k++) {
        var g = gaps[k], star = g.indexOf('*');
        doc += parseInt(star < 0 ? g : g.slice(0, star), 36);
        list.push(doc, star < 0 ? 1 : parseInt(g.slice(star + 1), 36));
      }
      p[f.charAt(0)] = list;
    }
    return p;
  };

  // Terms within `max` edits (insert, delete, substitute) of `q`, as
  // [position, distance] pairs. Row j of the edit table is q against the
  // term's first j letters; only the cells within `max` of the diagonal can
  // stay within `max`, so only those are computed (the cells just outside
  // hold max + 1).
  SearchIndex.prototype.fuzzy = function (q, max) {
    var out = [], terms = this.terms, n = q.length, far = max + 1;
    var rows = [new Int32Array(n + 2)];
    for (var k = 0; k <= n; k++) rows[0][k] = Math.min(k, far);
    rows[0][n + 1] = far;
    var prev = '', valid = 0; // rows[0..valid] hold the edit rows of prev's first `valid` letters
    for (var i = 0; i < terms.length;) {
      var t = terms[i], j = 0, stop = Math.min(valid, t.length);
      while (j < stop && t.charCodeAt(j) === prev.charCodeAt(j)) j++;
      var cut = -1;
      for (; j < t.length; j++) {
        var above = rows[j], row = rows[j + 1] || (rows[j + 1] = new Int32Array(n + 2)), c = t.charCodeAt(j);
        var lo = Math.max(1, j + 1 - max), hi = Math.min(n, j + 1 + max);
        row[0] = Math.min(j + 1, far);
        var min = lo === 1 ? row[0] : far;
        row[lo - 1] = lo === 1 ? row[0] : far;
        for (k = lo; k <= hi; k++) {
          var v = above[k - 1] + (q.charCodeAt(k - 1) === c ? 0 : 1);
          if (above[k] + 1 < v) v = above[k] + 1;
          if (row[k - 1] + 1 < v) v = row[k - 1] + 1;
          row[k] = v;
          if (v < min) min = v;
        }
        if (hi < n) row[hi + 1] = far;
        if (min > max) { cut = j + 1; break; }
      }
      prev = t;
      if (cut >= 0) { // every term that starts with t's first `cut` letters is too far
        valid = cut;
        var stem = t.slice(0, cut), next = i + 1;
        while (next < terms.length && terms[next].lastIndexOf(stem, 0) === 0) next++;
        i = next;
        continue;
      }
      valid = t.length;
      if (Math.abs(t.length - n) <= max && rows[t.length][n] <= max) out.push([i, rows[t.length][n]]);
      i++;
    }
    return out;
  };

  // One term's documents into `results` (MiniSearch's termResults).
  SearchIndex.prototype.termResults = function (source, i, weight, results) {
    var p = this.posting(i), derived = this.terms[i];
    for (var f = 0; f < this.fields.length; f++) {
      var field = this.fields[f], list = p[field[1]];
      if (!list) continue;
      var matching = list.length / 2, avg = this.average[field[1]];
      var idf = Math.log(1 + (this.count - matching + 0.5) / (matching + 0.5));
      for (var j = 0; j < list.length; j += 2) {
        var doc = list[j], tf = list[j + 1], len = this.fieldLength[doc][field[1]];
        var raw = idf * (BM25.d + tf * (BM25.k + 1) / (tf + BM25.k * (1 - BM25.b + BM25.b * len / avg)));
        var score = weight * field[2] * raw;
        var r = results.get(doc);
        if (r) {
          r.score += score;
          if (r.terms.indexOf(source) < 0) r.terms.push(source);
          if (Object.prototype.hasOwnProperty.call(r.match, derived)) r.match[derived].push(field[0]);
          else r.match[derived] = [field[0]];
        } else {
          var match = {};
          match[derived] = [field[0]];
          results.set(doc, {score: score, terms: [source], match: match});
        }
      }
    }
    return results;
  };

  // The index's terms that one term of a query matches, exact, and as a
  // prefix or with typos if asked, as [position, weight] pairs. Kept for
  // the next keystrokes, which mostly repeat the words before the last.
  SearchIndex.prototype.matches = function (q, prefix, fuzzy) {
    var key = q + ' ' + prefix + ' ' + fuzzy, out = this.memo.get(key);
    if (out) return out;
    out = [];
    var at = this.find(q);
    if (at >= 0) out.push([at, 1]);
    var near = null;
    if (fuzzy) {
      var max = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(q.length * fuzzy)) : fuzzy;
      if (max) near = this.fuzzy(q, max);
    }
    var byPrefix = {};
    if (prefix) {
      for (var i = at >= 0 ? at + 1 : this.lowerBound(q); i < this.terms.length && this.terms[i].lastIndexOf(q, 0) === 0; i++) {
        var t = this.terms[i], distance = t.length - q.length;
        if (!distance) continue;
        byPrefix[i] = true;
        out.push([i, PREFIX_WEIGHT * t.length / (t.length + 0.3 * distance)]);
      }
    }
    if (near) {
      for (var j = 0; j < near.length; j++) {
        var k = near[j][0], d = near[j][1];
        if (!d || byPrefix[k]) continue;
        var len = this.terms[k].length;
        out.push([k, FUZZY_WEIGHT * len / (len + d)]);
      }
    }
    if (this.memo.size > 500) this.memo.clear();
    this.memo.set(key, out);
    return out;
  };

  SearchIndex.prototype.term = function (q, prefix, fuzzy) {
    var results = new Map(), m = this.matches(q, prefix, fuzzy);
    for (var i = 0; i < m.length; i++) this.termResults(q, m[i][0], m[i][1], results);
    return results;
  };

  function assignUnique(target, source) {
    for (var i = 0; i < source.length; i++) if (target.indexOf(source[i]) < 0) target.push(source[i]);
  }

  function combine(a, b, how) {
    if (how === 'AND') {
      var both = new Map();
      b.forEach(function (r, doc) {
        var e = a.get(doc);
        if (!e) return;
        assignUnique(e.terms, r.terms);
        both.set(doc, {score: e.score + r.score, terms: e.terms, match: Object.assign(e.match, r.match)});
      });
      return both;
    }
    b.forEach(function (r, doc) {
      var e = a.get(doc);
      if (!e) { a.set(doc, r); return; }
      e.score += r.score;
      e.match = Object.assign(e.match, r.match);
      assignUnique(e.terms, r.terms);
    });
    return a;
  }

  // A query tree as MiniSearch takes it: a term (a string, searched with
  // the prefix and fuzzy options of the nodes above), or {queries: [...],
  // combineWith: 'AND' | 'OR', prefix, fuzzy}.
  SearchIndex.prototype.execute = function (query, options) {
    if (typeof query === 'string') return this.term(query, options.prefix, options.fuzzy);
    var o = {
      prefix: 'prefix' in query ? query.prefix : options.prefix,
      fuzzy: 'fuzzy' in query ? query.fuzzy : options.fuzzy,
      combineWith: query.combineWith || options.combineWith,
    };
    var self = this, parts = query.queries.map(function (q) { return self.execute(q, o); });
    if (!parts.length) return new Map();
    return parts.reduce(function (a, b) { return combine(a, b, String(o.combineWith).toUpperCase()); });
  };

  // Results, best first: {id, score, terms (the index's terms matched),
  // queryTerms, match (term → fields)}, as MiniSearch's search().
  SearchIndex.prototype.search = function (query) {
    var out = [];
    this.execute(query, {combineWith: 'OR', prefix: false, fuzzy: false}).forEach(function (r, doc) {
      var quality = r.terms.length || 1;
      out.push({id: doc, score: r.score * quality, terms: Object.keys(r.match), queryTerms: r.terms, match: r.match});
    });
    return out.sort(function (a, b) { return b.score - a.score; });
  };

  SearchIndex.decodeTerms = decodeTerms;
  if (typeof module === 'object' && module.exports) module.exports = SearchIndex;
  else root.SidenotesSearchIndex = SearchIndex;
})(this);
