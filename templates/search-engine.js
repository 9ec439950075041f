// search-engine.js — queries over the index search-worker.js writes, as it
// is: no tree built, no term or posting decoded before a query needs it.
//
// The index (per language, static/search/LANG.js): `terms`, every term in
// code-unit order joined by spaces, front-coded in blocks of `block` terms
// (each term the number of leading characters it shares with the one
// before, a base-36 digit, then the rest; the first of a block shares
// none), and `postings`, the postings of each term in the same order
// joined by "|": per field, joined by ";", the field's id, then for each
// document the gap from the one before times 2, plus 1 when the term is
// there more than once, and then that count less 2, each number in the
// self-delimiting base-45 code of DIGITS (digits 45-89 continue a number,
// 0-44 end it; least significant first). Plus the number of documents,
// each document's field lengths (distinct terms per field) and their
// averages.
//
// At load nothing is split or decoded: the two strings are scanned for
// where each block starts (two indexOf loops). A lookup is a binary search
// over the blocks' first terms, then within the one block it decodes; a
// prefix is the range after it; a fuzzy match walks the coded terms as a
// trie, in place (the shared prefix the coding gives is the part of the
// edit table kept from the term before, and a prefix already too far skips
// every term under it). Decoding every term when the index came cost the
// first query 2-10 ms of CPU (Korean the most: 4,400 terms of two-byte
// characters), the most of any step of the engine.
//
// Why not MiniSearch in the page: its loadJS rebuilds a radix tree and a
// Map per posting before the first query, 50-150 ms of CPU and most of it
// garbage collection even for our 3,000-4,500 terms. The scoring and the
// query tree are MiniSearch 7.2.0's (BM25+, k 1.2, b 0.7, d 0.5; prefix
// weight 0.375, fuzzy 0.45; AND/OR of sub-queries), and the `search index`
// test checks that both give the same results, score for score, on our
// indexes.
(function (root) {
  'use strict';

  var BM25 = {k: 1.2, b: 0.7, d: 0.5};
  var PREFIX_WEIGHT = 0.375, FUZZY_WEIGHT = 0.45, MAX_FUZZY = 6;

  // The postings' digits: printable ASCII but for the quote and backslash
  // (which JSON would escape) and the two separators.
  var DIGITS = '', VALUE = new Int8Array(128).fill(-1), BASE = 45;
  for (var c = 33; c < 127; c++) {
    var ch = String.fromCharCode(c);
    if ('"\\|;'.indexOf(ch) >= 0) continue;
    VALUE[c] = DIGITS.length;
    DIGITS += ch;
  }

  // One field's postings (the part after its id) as [doc, count, ...].
  function decodePosting(s, from) {
    var list = [], doc = 0, n = -1, v = 0, scale = 1;
    for (var i = from || 0; i < s.length; i++) {
      var d = VALUE[s.charCodeAt(i)];
      if (d >= BASE) { v += (d - BASE) * scale; scale *= BASE; continue; }
      v += d * scale;
      if (n >= 0) { list[n] = v + 2; n = -1; }
      else { doc += v >> 1; list.push(doc, 1); if (v & 1) n = list.length - 1; }
      v = 0; scale = 1;
    }
    return list;
  }

  // Every term, decoded (for the tests and tools; the engine decodes a
  // block at a time).
  function decodeTerms(coded) {
    var parts = coded ? coded.split(' ') : [], prev = '';
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i], c = p.charCodeAt(0), k = c < 58 ? c - 48 : c - 87; // 0-9, a-z
      prev = parts[i] = k ? prev.slice(0, k) + p.slice(1) : p.slice(1);
    }
    return parts;
  }

  // Where each block of `size` items of `s` (joined by `sep`) starts, and
  // how many items there are.
  function blockStarts(s, sep, size) {
    var starts = [0], n = 1;
    for (var at = s.indexOf(sep); at >= 0; at = s.indexOf(sep, at + 1)) if (n++ % size === 0) starts.push(at + 1);
    return {starts: starts, count: s ? n : 0};
  }

  function SearchIndex(index, fields, boost) {
    this.block = index.block;
    this.coded = index.terms;
    this.codedPostings = index.postings;
    // Where each block starts comes with the index (search-worker.js):
    // scanning the two strings for it was a loop over every term that the
    // page ran, not yet compiled, on the first query's path.
    if (index.termStarts) {
      this.termStarts = index.termStarts;
      this.count = index.count;
      this.postingStarts = index.postingStarts;
    } else {
      var t = blockStarts(index.terms, ' ', this.block);
      this.termStarts = t.starts;
      this.count = t.count;
      this.postingStarts = blockStarts(index.postings, '|', this.block).starts;
    }
    this.blocks = [];        // decoded blocks of terms
    this.postingBlocks = []; // blocks of postings, split
    this.heads = [];         // each block's first term
    this.decoded = new Array(this.count);
    this.memo = new Map();
    this.documentCount = index.documentCount;
    this.fieldLength = index.fieldLength;
    this.average = index.averageFieldLength;
    // [field name, field id, boost], in the order of `fields`.
    this.fields = fields.map(function (f) { return [f, index.fieldIds[f], boost[f] || 1]; });
  }

  // Part b of a string cut into blocks at `starts`.
  function part(s, starts, b) {
    return s.slice(starts[b], b + 1 < starts.length ? starts[b + 1] - 1 : s.length);
  }

  SearchIndex.prototype.head = function (b) {
    var h = this.heads[b];
    if (h === undefined) {
      var at = this.termStarts[b] + 1, end = this.coded.indexOf(' ', at);
      h = this.heads[b] = this.coded.slice(at, end < 0 ? this.coded.length : end);
    }
    return h;
  };

  SearchIndex.prototype.termsOf = function (b) {
    return this.blocks[b] || (this.blocks[b] = decodeTerms(part(this.coded, this.termStarts, b)));
  };

  SearchIndex.prototype.termAt = function (i) {
    return this.termsOf((i / this.block) | 0)[i % this.block];
  };

  // The first position whose term is not below `t`: the last block whose
  // first term is below it, then within that block.
  SearchIndex.prototype.lowerBound = function (t) {
    var lo = 0, hi = this.termStarts.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (this.head(mid) < t) lo = mid + 1; else hi = mid;
    }
    if (!lo) return 0;
    var terms = this.termsOf(lo - 1);
    var a = 0, z = terms.length;
    while (a < z) {
      var m = (a + z) >> 1;
      if (terms[m] < t) a = m + 1; else z = m;
    }
    return (lo - 1) * this.block + a;
  };

  SearchIndex.prototype.find = function (t) {
    var i = this.lowerBound(t);
    return i < this.count && this.termAt(i) === t ? i : -1;
  };

  SearchIndex.prototype.has = function (t) { return this.find(t) >= 0; };

  // A term's postings: per field id, [doc, count, doc, count...].
  SearchIndex.prototype.posting = function (i) {
    var p = this.decoded[i];
    if (p) return p;
    var b = (i / this.block) | 0;
    var block = this.postingBlocks[b] || (this.postingBlocks[b] = part(this.codedPostings, this.postingStarts, b).split('|'));
    p = this.decoded[i] = {};
    var fields = block[i % this.block].split(';');
    for (var j = 0; j < fields.length; j++) p[fields[j].charAt(0)] = decodePosting(fields[j], 1);
    return p;
  };

  // Terms within `max` edits (insert, delete, substitute) of `q`, as
  // [position, distance] pairs, walking the coded terms in place: `buf`
  // holds the term's code units, of which the first k (its coded shared
  // prefix) are the term's before. Row j of the edit table is q against the
  // term's first j letters; only the cells within `max` of the diagonal can
  // stay within `max`, so only those are computed (the cells just outside
  // hold max + 1).
  SearchIndex.prototype.fuzzy = function (q, max) {
    var out = [], s = this.coded, n = q.length, far = max + 1, buf = [];
    var rows = [new Int32Array(n + 2)];
    for (var k = 0; k <= n; k++) rows[0][k] = Math.min(k, far);
    rows[0][n + 1] = far;
    var valid = 0; // rows[0..valid] hold the edit rows of the last term walked's first `valid` letters
    var at = 0;
    for (var i = 0; i < this.count;) {
      var end = s.indexOf(' ', at);
      if (end < 0) end = s.length;
      var c0 = s.charCodeAt(at), shared = c0 < 58 ? c0 - 48 : c0 - 87;
      var len = shared + end - at - 1;
      for (var x = at + 1, y = shared; x < end; x++, y++) buf[y] = s.charCodeAt(x);
      at = end + 1;
      var cut = -1, j = Math.min(valid, shared);
      for (; j < len; j++) {
        var above = rows[j], row = rows[j + 1] || (rows[j + 1] = new Int32Array(n + 2)), c = buf[j];
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
      i++;
      if (cut >= 0) {
        // Every term after that shares `cut` letters with it (its coded
        // prefix says so) is too far too.
        valid = cut;
        while (i < this.count && at < s.length) {
          c0 = s.charCodeAt(at);
          if ((c0 < 58 ? c0 - 48 : c0 - 87) < cut) break;
          end = s.indexOf(' ', at);
          at = end < 0 ? s.length : end + 1;
          i++;
        }
        continue;
      }
      valid = len;
      if (Math.abs(len - n) <= max && rows[len][n] <= max) out.push([i - 1, rows[len][n]]);
    }
    return out;
  };

  // One term's documents into `results` (MiniSearch's termResults).
  SearchIndex.prototype.termResults = function (source, i, weight, results) {
    var p = this.posting(i), derived = this.termAt(i);
    for (var f = 0; f < this.fields.length; f++) {
      var field = this.fields[f], list = p[field[1]];
      if (!list) continue;
      var matching = list.length / 2, avg = this.average[field[1]];
      var idf = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
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
  // With `fallback` n (not MiniSearch's: search.js's), the typos are looked
  // for only when the term's exact and prefix matches are in fewer than n
  // documents.
  SearchIndex.prototype.matches = function (q, prefix, fuzzy, fallback) {
    var key = q + ' ' + prefix + ' ' + fuzzy + ' ' + fallback, out = this.memo.get(key);
    if (out) return out;
    out = [];
    var at = this.find(q);
    if (at >= 0) out.push([at, 1]);
    var byPrefix = {};
    if (prefix) {
      for (var i = at >= 0 ? at + 1 : this.lowerBound(q); i < this.count && this.termAt(i).lastIndexOf(q, 0) === 0; i++) {
        var t = this.termAt(i), distance = t.length - q.length;
        if (!distance) continue;
        byPrefix[i] = true;
        out.push([i, PREFIX_WEIGHT * t.length / (t.length + 0.3 * distance)]);
      }
    }
    var near = null;
    if (fuzzy && !(fallback && this.documents(out, fallback) >= fallback)) {
      var max = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(q.length * fuzzy)) : fuzzy;
      if (max) near = this.fuzzy(q, max);
    }
    if (near) {
      for (var j = 0; j < near.length; j++) {
        var k = near[j][0], d = near[j][1];
        if (!d || byPrefix[k]) continue;
        var len = this.termAt(k).length;
        out.push([k, FUZZY_WEIGHT * len / (len + d)]);
      }
    }
    if (this.memo.size > 500) this.memo.clear();
    this.memo.set(key, out);
    return out;
  };

  // How many documents the terms at `found` ([position, weight] pairs) are
  // in, counting up to `enough`.
  SearchIndex.prototype.documents = function (found, enough) {
    var docs = new Set();
    for (var i = 0; i < found.length && docs.size < enough; i++) {
      var p = this.posting(found[i][0]);
      for (var f in p) for (var j = 0; j < p[f].length; j += 2) docs.add(p[f][j]);
    }
    return docs.size;
  };

  SearchIndex.prototype.term = function (q, prefix, fuzzy, fallback) {
    var results = new Map(), m = this.matches(q, prefix, fuzzy, fallback);
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
  // combineWith: 'AND' | 'OR', prefix, fuzzy, fallback (see matches())}.
  SearchIndex.prototype.execute = function (query, options) {
    if (typeof query === 'string') return this.term(query, options.prefix, options.fuzzy, options.fallback);
    var o = {
      prefix: 'prefix' in query ? query.prefix : options.prefix,
      fuzzy: 'fuzzy' in query ? query.fuzzy : options.fuzzy,
      fallback: 'fallback' in query ? query.fallback : options.fallback,
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

  // A query's words as search-worker.js cuts the documents into them:
  // NFKC, lower case, split at what is not a letter, a digit or `_`
  // (/[^\p{L}\p{N}_]+/u). That expression's Unicode classes cost a fresh
  // page 3-20 ms to compile on its first query and again, to native code,
  // on a later keystroke; text of ASCII, kana, the CJK ideographs, Hangul
  // syllables and the common CJK punctuation (nearly every query) is cut
  // by a plain class that is the same there (the `search index` test checks
  // every character of those ranges), the rest by the Unicode one.
  var COMMON = /^[\0-\x7f\u3001-\u3002\u3008-\u3011\u3041-\u3096\u309d-\u309f\u30a1-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]*$/;
  var COMMON_SPLIT = /[^0-9A-Z_a-z\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]+/;
  var unicodeSplit = null;
  function words(text) {
    var t = text.normalize('NFKC').toLowerCase();
    var split = COMMON.test(t) ? COMMON_SPLIT : (unicodeSplit || (unicodeSplit = new RegExp('[^\\p{L}\\p{N}_]+', 'u')));
    return t.split(split).filter(Boolean);
  }

  SearchIndex.words = words;
  SearchIndex.decodeTerms = decodeTerms;
  SearchIndex.decodePosting = decodePosting;
  SearchIndex.DIGITS = DIGITS;
  if (typeof module === 'object' && module.exports) module.exports = SearchIndex;
  else root.SidenotesSearchIndex = SearchIndex;
})(this);
