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

sidenotesSearchLoaded({"lang":"ja","pages":[["Fashion-MNIST の読み込み","ja/experiments/dataset.c.html"],["メモリー上の Fashion-MNIST","ja/experiments/dataset.h.html"],["zlib による IDX ファイルの読み込み","ja/experiments/idx.c.html"],["IDX リーダーのインターフェース","ja/experiments/idx.h.html"],["CBLAS による層","ja/experiments/layers.c.html"],["層のインターフェース","ja/experiments/layers.h.html"],["正規化あり・なしのモデル","ja/experiments/model.c.html"],["モデルのインターフェース","ja/experiments/model.h.html"],["オプティマイザー","ja/experiments/optim.c.html"],["オプティマイザーのインターフェース","ja/experiments/optim.h.html"],["正規化は何をするのか：Fashion-MNIST で確かめる","ja/experiments/index.html"],["シード付き乱数生成器","ja/experiments/rng.h.html"],["Fashion-MNIST での学習","ja/experiments/train.c.html"],["バッチ正規化：逆伝播の導出","ja/normalization/batch_norm/backward.html"],["バッチ正規化：高速化","ja/normalization/batch_norm/batch_norm.c.html"],["バッチ正規化：インターフェース","ja/normalization/batch_norm/batch_norm.h.html"],["バッチ正規化の素朴な実装","ja/normalization/batch_norm/batch_norm_plain.c.html"],["バッチ正規化の素朴な実装：インターフェース","ja/normalization/batch_norm/batch_norm_plain.h.html"],["レイヤー正規化：高速化","ja/normalization/layer_norm/layer_norm.c.html"],["レイヤー正規化：インターフェース","ja/normalization/layer_norm/layer_norm.h.html"],["レイヤー正規化の素朴な実装","ja/normalization/layer_norm/layer_norm_plain.c.html"],["レイヤー正規化の素朴な実装：インターフェース","ja/normalization/layer_norm/layer_norm_plain.h.html"],["高速化：正確な平均と分散","ja/normalization/moments.h.html"],["高速化：測定結果","ja/normalization/performance.html"],["正規化","ja/normalization/index.html"],["計算例","ja/normalization/worked_example.c.html"],["注釈付きで読む正規化","ja/index.html"]],"heads":["Fashion-MNIST の読み込み","標準化","メモリー上の Fashion-MNIST","IDX ファイルの読み込み","ちょうど n バイトを読む","ヘッダー","ファイル全体","IDX リーダーのインターフェース","CBLAS による層","全結合層","行列積としての畳み込み","ReLU","最大プーリング","ソフトマックス交差エントロピー","層のインターフェース","全結合層（dense）","畳み込み：ストライド 1、幅 pad のゼロパディング","ReLU は n 個の値に要素ごとに適用します。逆伝播は順伝播の出力 y を読みます。","2 × 2 の最大プーリング、ストライド 2","正規化あり・なしのモデル","リストの組み立て","重みの初期値","メモリー","順伝播","逆伝播","勾配のノルム","モデルのインターフェース","オプティマイザー","Adam","モメンタム付き SGD","学習率スケジュール","オプティマイザーのインターフェース","正規化は何をするのか：Fashion-MNIST で確かめる","実行方法","実験の設定","1. 学習曲線","2. バッチサイズ：BatchNorm はなぜ 2 で失敗するのか","3. 学習率","4. 推論：移動統計量か、バッチの統計量か","LayerNorm の現在の使われ方","再現方法","シード付き乱数生成器","Fashion-MNIST での学習","オプション","時間","実行が保持するもの","データ","モデルとそのバッファー","バッチ","評価","学習","答えはバッチに依存するか","出力ファイル","プログラム本体","バッチ正規化：逆伝播の導出","計算グラフとしての順伝播","ステップごとの計算","コードが計算する形の結果","幾何学的な解釈","演習","参考文献","バッチ正規化：高速化","計算する内容","移動統計量","ステータスコードの文字列","引数の検査","1 チャネルの統計量","NaN や無限大を含むチャネル","移動統計量の更新","1 区間の正規化","評価：メモリー順に","形状 (N, C) の入力：行ごとに","逆伝播の導出","1 チャネルにわたる和","1 チャネルの入力勾配","形状 (N, C) の入力：逆伝播","バッチ正規化：インターフェース","エラー","状態","バッチ正規化の素朴な実装","正規化、スケール、シフト","バッチ正規化の素朴な実装：インターフェース","順伝播と移動統計量","レイヤー正規化：高速化","レイアウト","出力の小片を書き込む","NaN や無限大を含む行","順伝播（1 行）","メモリーを休ませない","逆伝播（1 行）","レイヤー正規化：インターフェース","レイヤー正規化の素朴な実装","レイヤー正規化の素朴な実装：インターフェース","高速化：正確な平均と分散","なぜ \\mathbb{E}[x^2] - \\mathbb{E}[x]^2 を使わないのか","最初の値によるシフト","ブロック","マシンが対応していれば、より幅の広いベクトルを使う","-ffast-math を使わずに総和をベクトル化する","二組の統計量の統合","連続した float の統計量","分散から 1/\\sqrt{\\sigma^2+\\epsilon} へ","ストリーミングストア","高速化：測定結果","カーネルの速度を制限するもの","この速度を出すための工夫","メモリー帯域幅との比較","PyTorch との比較","PyTorch の時間に含まれるもの","正規化","読む順序","それぞれがどの軸で正規化するか","共変量シフト","内部共変量シフト：2015 年の議論","勾配の計算から統計量を切り離してはいけない","重みのスケールに対する不変性","後の研究でわかったこと","バッチ正規化","学習と推論","バッチ正規化が苦手とする場面","レイヤー正規化","それぞれの層が保つ関係","それぞれが使われる場面","\\sqrt{\\sigma^2 + \\epsilon} か s + \\epsilon' か","正確な統計量","PyTorch とまったく同じ挙動","速度","計算例","出力","一組の値","各列の平均と分散","コマンドライン","注釈付きで読む正規化","ページの読み方","どこから読むか","このサイトの作り方"],"docs":[[0,0,0],[0,1,0],[0,2,1],[1,0,2],[1,1,2],[1,2,2],[1,3,2],[2,0,3],[2,1,3],[2,2,4],[2,3,5],[2,4,6],[2,5,6],[3,0,7],[3,1,7],[3,2,7],[3,3,7],[3,4,7],[3,5,7],[4,0,8],[4,1,9],[4,2,9],[4,3,10],[4,4,10],[4,5,10],[4,6,10],[4,7,10],[4,8,11],[4,9,12],[4,10,13],[5,0,14],[5,1,15],[5,2,15],[5,3,16],[5,4,16],[5,5,17],[5,6,18],[5,7,18],[5,8,13],[6,0,19],[6,1,20],[6,2,20],[6,3,20],[6,4,20],[6,5,21],[6,6,22],[6,7,22],[6,8,23],[6,9,24],[6,10,25],[7,0,26],[7,1,26],[7,2,26],[7,3,26],[7,4,26],[7,5,26],[7,6,26],[7,7,26],[8,0,27],[8,1,28],[8,1,29],[8,2,30],[9,0,31],[9,1,31],[9,2,31],[9,3,31],[10,0,32],[10,0,33],[10,0,34],[10,0,35],[10,0,36],[10,0,37],[10,0,38],[10,0,39],[10,0,40],[11,0,41],[11,1,41],[11,2,41],[11,3,41],[11,4,41],[11,5,41],[12,0,42],[12,1,43],[12,2,43],[12,3,43],[12,4,43],[12,5,44],[12,6,45],[12,7,45],[12,8,45],[12,9,45],[12,10,46],[12,11,47],[12,12,48],[12,13,49],[12,14,50],[12,15,50],[12,16,50],[12,17,50],[12,18,51],[12,19,52],[12,20,52],[12,21,52],[12,22,52],[12,23,53],[13,0,54],[13,0,55],[13,0,56],[13,0,57],[13,0,58],[13,0,59],[13,0,60],[14,0,61],[14,0,62],[14,0,63],[14,1,64],[14,2,65],[14,3,66],[14,4,67],[14,5,68],[14,6,69],[14,7,70],[14,8,71],[14,9,71],[14,10,71],[14,11,71],[14,12,71],[14,13,71],[14,14,71],[14,15,23],[14,16,23],[14,17,72],[14,17,73],[14,18,74],[14,19,75],[14,20,24],[14,21,24],[14,22,24],[14,23,59],[14,23,60],[15,0,76],[15,1,77],[15,2,77],[15,3,78],[15,4,78],[15,5,78],[15,6,23],[15,7,24],[15,8,59],[15,8,60],[16,0,79],[16,1,23],[16,2,23],[16,3,63],[16,4,80],[16,5,24],[16,6,24],[16,7,24],[16,8,59],[16,8,60],[17,0,81],[17,1,82],[17,2,24],[17,3,59],[17,3,60],[18,0,83],[18,0,62],[18,0,84],[18,1,64],[18,2,65],[18,3,85],[18,4,86],[18,5,86],[18,6,86],[18,7,87],[18,7,88],[18,8,23],[18,9,72],[18,9,89],[18,10,89],[18,11,89],[18,12,24],[18,13,59],[18,13,60],[19,0,90],[19,1,77],[19,2,77],[19,3,23],[19,4,24],[19,5,59],[19,5,60],[20,0,91],[20,1,23],[20,2,24],[20,3,24],[20,4,24],[20,5,59],[20,5,60],[21,0,92],[21,1,23],[21,2,24],[21,3,59],[21,3,60],[22,0,93],[22,0,94],[22,0,95],[22,0,96],[22,1,97],[22,2,97],[22,3,97],[22,4,97],[22,5,98],[22,6,98],[22,7,98],[22,8,98],[22,9,99],[22,10,100],[22,11,101],[22,12,102],[22,13,102],[22,14,102],[22,15,102],[22,16,59],[22,16,60],[23,0,103],[23,0,104],[23,0,105],[23,0,106],[23,0,107],[23,0,108],[23,0,59],[23,0,60],[24,0,109],[24,0,110],[24,0,111],[24,0,112],[24,0,113],[24,0,114],[24,0,115],[24,0,116],[24,0,117],[24,0,118],[24,0,119],[24,0,120],[24,0,121],[24,0,122],[24,0,123],[24,0,124],[24,0,125],[24,0,126],[24,0,59],[24,0,60],[25,0,127],[25,1,46],[25,2,128],[25,3,129],[25,4,117],[25,4,130],[25,4,80],[25,5,63],[25,6,24],[25,7,120],[25,7,23],[25,8,24],[25,9,131],[25,10,59],[25,10,60],[26,0,132],[26,0,133],[26,0,134],[26,0,135]],"index":{"documentCount":271,"longest":12,"fieldIds":{"title":0,"heading":1,"ids":2,"text":3},"averageFieldLength":[0.5129151291512914,2.7011070110701114,0.9077490774907747,66.82287822878234],"fieldLength":[[4,4,0,0],[0,0,1,25],[0,1,3,77],[4,4,3,49],[0,0,0,52],[0,0,0,7],[0,0,0,7],[6,4,0,90],[0,0,1,7],[0,5,2,79],[0,1,1,81],[0,2,1,56],[0,0,1,21],[4,4,1,60],[0,0,1,13],[0,0,1,14],[0,0,1,29],[0,0,0,54],[0,0,0,17],[3,3,0,96],[0,3,1,25],[0,0,1,50],[0,7,1,67],[0,0,0,16],[0,0,1,23],[0,0,1,37],[0,0,1,34],[0,1,2,44],[0,3,2,40],[0,4,2,56],[3,3,1,94],[0,4,0,12],[0,0,0,19],[0,11,0,43],[0,0,0,37],[0,19,0,0],[0,8,0,26],[0,0,0,20],[0,4,0,28],[6,6,1,39],[0,3,3,27],[0,0,1,64],[0,0,1,15],[0,0,4,49],[0,4,1,69],[0,1,2,17],[0,0,1,12],[0,2,1,89],[0,2,1,54],[0,3,1,45],[3,3,8,74],[0,0,5,44],[0,0,7,8],[0,0,3,39],[0,0,0,31],[0,0,0,43],[0,0,0,36],[0,0,1,58],[2,2,2,30],[0,1,0,50],[0,3,1,32],[0,3,1,45],[4,4,5,0],[0,0,0,13],[0,0,0,16],[0,0,0,20],[12,12,0,109],[0,2,0,50],[0,3,0,213],[0,3,0,191],[0,11,0,403],[0,3,0,213],[0,8,0,225],[0,6,0,76],[0,2,0,351],[5,5,2,131],[0,0,2,18],[0,0,1,19],[0,0,1,35],[0,0,1,10],[0,0,1,16],[5,5,1,138],[0,1,6,37],[0,0,5,18],[0,0,2,6],[0,0,13,13],[0,1,3,46],[0,5,3,65],[0,0,1,15],[0,0,3,39],[0,0,1,12],[0,1,1,11],[0,4,1,44],[0,1,1,44],[0,1,1,58],[0,1,2,96],[0,0,2,37],[0,0,0,13],[0,0,1,45],[0,7,1,58],[0,2,1,56],[0,0,2,17],[0,0,3,43],[0,0,1,16],[0,2,1,28],[7,7,0,45],[0,6,0,96],[0,4,0,30],[0,7,0,76],[0,4,0,138],[0,1,0,108],[0,1,0,71],[4,4,0,76],[0,3,0,32],[0,3,0,110],[0,5,4,31],[0,3,2,56],[0,5,1,91],[0,6,1,73],[0,5,1,26],[0,5,2,54],[0,3,1,83],[0,8,4,154],[0,0,2,78],[0,0,2,34],[0,0,1,43],[0,0,1,40],[0,0,1,63],[0,0,3,54],[0,2,1,78],[0,0,0,22],[0,4,0,54],[0,4,1,34],[0,5,1,20],[0,7,3,77],[0,2,1,0],[0,0,0,23],[0,0,0,22],[0,1,0,173],[0,1,0,123],[4,4,1,49],[0,1,8,56],[0,0,0,13],[0,1,1,54],[0,0,0,58],[0,0,0,26],[0,2,0,107],[0,2,0,75],[0,1,0,94],[0,1,0,26],[7,7,0,109],[0,2,1,28],[0,0,0,34],[0,3,0,39],[0,4,0,19],[0,2,1,27],[0,0,0,8],[0,0,0,34],[0,1,0,152],[0,1,0,116],[8,8,1,58],[0,6,0,57],[0,2,0,52],[0,1,0,119],[0,1,0,39],[5,5,0,53],[0,3,0,90],[0,1,0,55],[0,5,1,31],[0,3,2,43],[0,5,1,37],[0,6,1,95],[0,0,0,24],[0,0,1,52],[0,4,0,96],[0,6,1,122],[0,2,1,112],[0,4,0,97],[0,4,3,122],[0,0,0,17],[0,0,0,30],[0,2,1,77],[0,1,0,163],[0,1,0,104],[5,5,1,67],[0,1,6,68],[0,0,0,13],[0,2,0,63],[0,2,0,72],[0,1,0,106],[0,1,0,21],[8,8,0,104],[0,2,1,44],[0,2,1,26],[0,0,0,23],[0,0,0,23],[0,1,0,166],[0,1,0,60],[9,9,1,57],[0,2,0,21],[0,2,0,42],[0,1,0,99],[0,1,0,31],[7,7,0,56],[0,11,0,78],[0,5,0,53],[0,1,1,56],[0,14,1,178],[0,0,1,55],[0,0,1,18],[0,0,1,44],[0,11,1,128],[0,0,1,17],[0,0,1,0],[0,0,1,43],[0,6,2,62],[0,6,1,36],[0,8,1,37],[0,5,2,200],[0,0,1,36],[0,0,1,33],[0,0,1,28],[0,1,0,125],[0,1,0,116],[4,4,0,0],[0,7,0,173],[0,7,0,198],[0,6,0,388],[0,4,0,281],[0,8,0,180],[0,1,0,198],[0,1,0,70],[2,2,0,52],[0,2,0,45],[0,9,0,150],[0,3,0,92],[0,8,0,164],[0,12,0,84],[0,6,0,76],[0,8,0,175],[0,3,0,68],[0,3,0,153],[0,8,0,172],[0,4,0,68],[0,6,0,139],[0,5,0,122],[0,6,0,153],[0,4,0,70],[0,5,0,99],[0,1,0,132],[0,1,0,169],[0,1,0,352],[2,2,0,92],[0,1,8,60],[0,1,4,27],[0,3,1,50],[0,3,0,0],[0,6,0,5],[0,4,1,16],[0,3,0,32],[0,2,0,68],[0,4,0,0],[0,2,1,47],[0,2,0,38],[0,2,1,17],[0,1,0,143],[0,1,0,53],[6,6,0,106],[0,3,0,58],[0,4,0,34],[0,4,0,39]],"terms":"00 10 20 31 35 36 38 39 210 31 45 32 33 34 35 36 37 38 39 221 32 33 34 35 36 37 38 23 30 31 34 37 00038 24 30 41706 33 35 36 252 33 263 271 35 28 33 37 297 11 200 33 36 215 222 237 39 24 30 31 35 26 2852 12 20 002375 13 2167 2385 2762 29 14 231 2745 15 23 350 16 2450 17 215 2240 2467 2576 2868 18 2022 2494 19 2025 28 1a0 1x08 01 10 200 37 01016 224 2490022 26 280 11 21 22 37 245 2604 2929 12 229 28 29 13 20 23 2971 14 26 15 202 212 224 23 268 16 202 33 37 016x16 17 206 211 27 28 18 20 33 35 36 21 36 28 19 210 26 32 28 33 295 38 1a 1e 02 10 200 32 37 38 210 34 02015 36 37 38 39 220 31 33 36 26 27 11 205 226 12 24 28 13 202 25 14 22 24 27 15 20 247dff 25 37 26 29 16 02660193 65 283386 17 18 26 28 19 28 1nd 03 10 11 26 12 20 13 14 23 15 21 23 24 16 21 17 258 27 18 19 20 22 03993 1m07s 04 10 24 25 38 296 11 12 20 21 2s 13 23 14 23 15 27 16 17 25 18 27 28 19 2430 05 10 24 11 22 0517 12 225 13 20 23 268 27 14 20 272 29 15 16 23 17 275 28 18 19 06 10 216 11 12 13 28 14 23 290 15 21 0652 2536 16 2f640b 17 222 18 07 100 114 12 243 25 134 14 220 15 26 16 21 28 17 18 24 279 1906 219 22 33 266 08 10 08010 220 238 253 261 274 281 11 20 39 22 250 35 264 36 289 296 12 240 255 269 284 38 39 13 206 226 38 235 36 37 242 08344 37 261 27 14 211 236 240 34 36 254 288 29 15 21 228 293 16 215 17 221 25 27 32 36 38 285 295 18 214 260 286 08892 38 19 200 25 30 276 1_2 09 10 210 38 114 12 22 13 15 16 28 17 18 19 28 2935 0BATCH_NORM_ERR_EPS fMOMENTUM fNOMEM gULL fONE_VALUE fSIZE bH bOK 0BATCH_NORM_PLAIN_H 0CHECK_MESSAGES 1OLS 0DATASET_CLASSES 8H 0FAIL 0IDX_ERROR_SIZE 4H 4MAX_DIMS 0LAYERS_H 5_BATCH_NORM 6CONV 6DENSE 6LAYER_NORM 6MAXPOOL 6NORM_ERR_EPS fNOMEM gULL fSIZE bH bOK bPLAIN_H 6RELU 0MAX_EVAL_BATCHES 1ODEL_CNN 6H 6MAX_LAYERS 7LP 4_EVAL 9_BATCH_STATS 5TRAIN 2MENTS_BLOCK 0MOMENTS_LANES 0NC_BLOCK 3EVAL_ROWS 3MERGE 3ROWS 1ORMALIZATION_MOMENTS_H 4_BATCH 5INLINE 5KERNEL 5LAYER 5NONE 5PIECE 6REFETCH 5STREAM_BYTES 0OPTIM_ADAM 6H 6SGD 3_CNN_CHANNELS 8HIDDEN 4DATA 4EVAL 4HISTORY 4LR 4MLP_HIDDEN 4OPTIM 4SCHEDULE 4TEST_LIMIT 5HREADS 5RAIN_LIMIT 4WD 0RNG_H 1OWS 0_POSIX_C_SOURCE 1mm_stream_ps 0a00a459 15bfd003b3106c0e 1bout 1cc 3elerating 3uracy 2m 2tive 1dam 2d 3_conv 4dense 4maxpool 4norm 4point 4relu 1ffine 1l 2gorithm 9s 2l 3oc 1md 2erican 1nalysis 3tomy 2notated 1rchitecture 2g 3max 0array 5s 2xiv 1ten 2tention 1utograd 1vx 32 0b 11f8d09 1a 2ckprop 4ward_nc 9row 2d 3_option 2lance 2ndwidth 2tch 5_norm_backward berr_nomem fone_value bforward bok bplain_backward hforward bstate g_init fus h_string buses_batch_stats bwalk 0batch_size 7tats 5ing_record 5norm 91d 92d 9alization 1ench 5_normalization 6pytorch 1ias 1jorck 1las 2ocks 1n 1ottou 2x 1uild 5_layers 0c 10 111 1alculating 1blas 5_sgemm 1d2349e14deda41b 1han 4nel_dx 8grad_sums 8moments 8redo_nonfinite 7s 0check_common 6messages 6sizes 1lasses 2ock_seconds 1nn 1ol 32im 3s 2mmit_file 3pile 4uters 6ing 2nfig_json 3tract 5ol 3v_backward 5forward 2oijmans 3perlake 2py 2rrect 7ed 2unt 2variate 1pp 2u 1rc 1src 2v 1umulative 2rrent 0curve_point 5s 0d 1ampening 2ta 4set 7_free 8load 8pixel_stats 8standardize 1b 2eta 2ias 1col 1e 2bian 2ep 2lving 2nse 5_backward 6forward 2pth 2tector 1g 2ain 3mma 1ieharder 2ms 1logits 1oes 2i 2sovitskiy 0double 1repper 1st 1uration 1w 1x 1y 2namic 0e 1d 1fficient 1lementwise_affine 1nd 1poch_record 2s 3ilon 2yc 1rror 1t 1valuate 8_batching 2ery 1xperiments 0f 1ail 2lse 2mily 2shion 3t 1eatures 1fast 2p 0file 2ngerprint 2rst 2sher 1latten 2oat 532 3od 3w 1ma 1nv 1opt 2rward_eval c_nc 8mode 8nc 8row 2undation 1unction 8smanual 0g 1ain 2ther 1b 1cc 1eijn 2nerators 1ib 1libc 1nuplot 1olub 2mes 0goto 1pu 1rad_stats 4s 2oup 5norm 1z_failure 2close 2error 2ip 2read 0h 1arvard 2swell 1e 2ight 2lp 1i 2gh 4am 2nton 2story 1o 2w 0i 1cs 1dx 3_array 4free 4read 1eee 1lyas 0im2col 2age 5net 2proving 1n_size 2dex 2f 3erence 3inite 3o 2it_params 2line 2stance 2t 3el 4rnal 3o 1offe 1so 2sue 0j 1ohnson 2urnal 1son 2tor 0k 1eras 3nels 1ib 2nd 3gma 2ros 0know 0l 11 12 13 1aarhoven 2bels 2nguage 2rge 5st_difference 2yer 5_kind 6norm_backward bforward bok bplain_backward hforward bstatus h_string bwalk 5norm 5s 1da 2b 2c 1ea 3rning 2cun 2mpitsky 2n 2veque 1ikelihood 0limit 1lama 1n 2cs 1o 2ad_data 2g 3its 2op 1r 2_at 0m 1_mmap_threshold 1achine 2dry 2in 2llopt 2rch 2th 4bb 3rix 2vx2 2x 3_batch 3pool2_backward 9forward 1b 1ccalpin 1ean 4_h 6x 2gdet 0memory 2son 3sage 2thod 1fma 1ib 2ni 1lp 1map 1nist 1ode_eval 9_batch_stats 5train 4l 5_backward 6config 7reate 6default_config 6forward 7ree 6kind 6names 6weight_grad_stats 5s 2ments 7_add 8block 8fold 8lanes 8merge 8rstd 8shifted_sq_dev 0moments_shifted_sum 6um 1s 1u 2ller 3tiplication 1üller 1ądry 0n 1an 1b 1c_block 8_grad_sums 9moments 3dx 3eval_params 8rows 3merge 4y_blocks 3normalize 3prefetch 3rows 3scratch 4q_dev 1eed 2gative 2twork 7s 2ural 2wsletter 2xt 4_nb 0nlp 1n 1one 3finite_row_stats 2rm 4_baseline_only 5can_stream 5inline 5kind 5piece 5store_fence 7ream b_bytes 4alization 8e_piece arun 9d_shape 2te 4s 2w 1ull 2m_batches_tracked 3ber 3erical 0o2 13 1bject 1k 1mp 1opsla 1pen 4_tmp 0openblas 8_core dtype 9verbose 4mp 2tim 5_free 6init 6kind 6names 6step 5ization 7er 4ons 1rder 2r 1s 1ut 3_size 0p 1ad 2rams 3se_args 6batches 6float 6int 6name 6pair 3t 2th 1eng 2r_block 0per_channel 3formance 1iece 1lanning 1ointer 2ol 2six_memalign 3t 1re 3cise 3dictive 3scott 2int_matrix 6values 2oducts 3gram 7mer 5ess 1seudorandom 1y 2thon 63 3orch 7_last_added 0q 1b 0r 1ead_exact 5header 2cognition 4mmendations 3tifiers 0recurrent 2ducing 5tion 2gularization 2lu 4_backward 5forward 2n 2produce 9d 2sidual 3net 3trict 3ults 7_json 4me 2thinking 1ms 3norm 1ng 3_below 4next 5ormal 4seed 5huffle 4uniform 2n 1oot 2w 3_sums 8_loop 3s 0rows_left 1std 1un 3_experiments 4free 3ning_mean 8var 3s 0s 10378 1alimans 2me 3ple 2nturkar 1chedule 2ore 1d 1eed 2lman 2nnrich 1gd 1h 2ift 3modaira 2ort 3uld 3wn 1iam 2denotes 2gma 2md 2ze_max 0size_t 1oftmax_cross_entropy 1plitmix64 5table 1qrt 2uare 6s 1se 32 1tability 3ndardize 3te 4ic 5stical 9ian 2d 3_backward 2eele 3p 3rbenz 2ream 3ide 1uite 2m 3mary 3s 2n 1zegedy 0t 1a 2rget_clones 1b 0tcca 1echnometrics 2sts 4u01 1heorem 2reads 1ime 1mp 1oms 2rch 2tal 2uvron 1rack_running_stats 3de 3in 5ing 3nsformer 2iad 3cks 2ue 3ncated 1sipras 1xt 0u 1int32 1lyanov 1nder 5standing 2expected 2signed 1pdate_running 1sage 0utc 0v 1an 2riance 6t_names 2swani 1ec 2daldi 2rsus 1ision 0w 11 1eight 6ing 3nberger 2lford 1hat 1idth 2ndow 2th_params 1o 2rds 3th 1rite_csv 6json 6piece 1t 1u 0x 186 1eon 1hat 0xiong 0y 1ates 1ou 0z 1_buf_error 1en 1hang 1lib 0α 0β 0γ 0ε 0μ 1s 0σ 12 0あたり 1っ 1と 1ふれ 1らかじめ 1り 2ま 1る 2いは 1れ 0い 1い 1か 1くつ 3か 0いくら 1ずれ 1たこ 1ま 1る 2か 0うち 1まく 0え 1て 0お 1い 1およそ 1き 1く 1そらく 1よそ 2び 1ら 1り 0かかり 2る 1け 1さ 1し 1って 1な 2り 1も 1ら 1れる 1わら 0き 1さの 0く 1だ 1らい 0け 0げ 1た 0こう 2した 3て 1こ 1ちら 1と 2に 1の 2ように 1れ 2ほど 2まで 2ら 3の 0ごく 1と 0さ 1い 1え 1く 2する 1せる 1まで 1らに 0ざる 0し 1か 2も 1き 1く 1け 1た 2がって 2ら 1な 2い 1ま 2う 1ょう 0じ 0すか 1ぎ 2る 1ぐ 1でに 1なわち 1べ 2て 1る 2と 0ず 1っと 1つ 1らす 1れ 0せ 0せい 1ん 0ぜ 0そう 2した 2すると 2ですが 2なる 1こ 2で 1して 1ちら 1の 2うえで 3ち 2ため 2まま 2もの 2他 2後 2間 1れ 2から 2ぞれ 4に 2だけ 2で 3も 2と 2なのに 2に 2ら 0それらの 1ろい 0たい 1か 2が 1だし 1ち 1とえば 1どる 1び 1またま 1め 1ら 1り 1れ 0だから 1け 1とすると 0ち 1ょうど 0っ 1て 0つけ 1まり 0づ 0てい 0でき 2る 1す 2が 1どこ 1なければ 0では 1も 0という 1おり 1き 2には 2の 1ころ 3が 3で 1して 1すれば 1ともに 1なり 1も 2に 1る 0ど 1う 2か 2し 1おり 1こ 2ろ 1ちら 1の 1まり 1れ 2ほど 1んな 0ない 1か 0なく 2なる 1し 1ぜ 1ど 1ので 2に 1ら 1り 1る 1れる 0における 1かけて 1し 1ついて 2き 2れて 1とって 1よって 2り 2る 1わか 2たって 3り 3る 1対し 3て 2する 1当たります 3る 1従います 2って 0に関する 0ので 1み 0はい 1じめ 1ず 1るかに 0ば 1らつき 3く 2ばら 0び 1な 0ふつう 0べ 1た 0ほう 2が 1か 2に 1とんど 1ど 1ぼ 0ま 1す 1ず 1た 2ぐ 2は 1だ 1ちまち 1っ 0まったく 1で 1とめ 1ま 1り 1れ 1わり 0み 1な 0むしろ 0め 0もう 2一度 1し 1たらす 1っと 1の 2の 1はや 0やがて 1はり 1られる 0よ 1い 1う 1く 1って 1り 0ら 1れる 0り 0れ 0れる 0ろ 0わ 1か 2る 1け 1ずか 1っ 1ら 1り 2に 1れ 2る 0を通して 2じて 0ん 1で 0アウト 1クセス 1ップ 1テンション 1フィン 1ベレージ 1ルゴリズム 1ロケーター 1ン 2クル 0ィ 0イヤー 1ンスタンス 2ターフェース 2ライン 0ウォーム 0エポック 1ラー 3メッセージ 1ン 2ジニア 2トロピー 0オフ 2セット 1プション 2ティマイザ 1ペレーティングシステム 1ーダー 2バー 0カウンター 1ーネル 0キャッシュ 0ク 1ラス 1リック 1ロス 2ック 0グ 1ラフ 1ループ 1レー 1ローバル 0ケース 0ゲイ 0コア 1サイン 1スト 0コピー 1マンド 1ミット 1メント 1ンパイラー 4ル 1ート 2ド 0サイクル 2ズ 2ト 1ニタイザー 1ブ 1ンダル 2プリング 3ル 0シグモイド 1ステム 1フト 1ャッフル 2ツ 1ー 2ド 0ジェネレーター 1ョブ 0スイッチ 2ート 1カラー 1ケジュール 2ーリング 3ル 1コア 0スタック 1テップ 2ータス 1ト 2ア 2リーミング 4ム 1ニーカー 1レッド 1ロット 0ズボン 0セクション 1ット 1ル 0ゼ 1ロパディング 0ソフト 1ース 0タイプ 2ミング 2ム 1ップ 1ーゲット 0ダーク 0チャネル 2ン 1ュートリアル 3ニング 0ッ 0テスト 1ン 2ソル 0テンポ 0デ 1ィスパッチ 1バイス 1ータ 3セット 0トラフィック 1レーラー 1ーク 0ド 1メイン 1レス 1ロップ 0ナンバー 0ネットワーク 0ノイズ 1ルム 1ン 2テンポラル 1ード 0ハードウェア 0バイアス 2ト 1ッグ 2チ 2ファー 1ー 0パイプライン 1ス 1ッケージ 1ディング 1ラメーター 0ヒント 0ビッグ 2ト 1ル 0ピクセル 0ファイル 2ミリー 1ィルター 2ンガー 2ールド 1ェッチ 2ンス 1ォールト 1ラグ 1レーム 1ロー 0ブロック 1ーツ 0プ 1ラグマ 1リフェッチ 6ャー 2ント 1ルオーバー 1ログラム 2ジェクト 2セス 2ット 1ー 0ヘッダー 2ド 0ベクトル 0ベンチマーク 1ース 0ペア 1ナルティ 1ージ 0ポインター 3ト 0マウス 1シン 1ジック 1ックス 1ニュアル 0ミニ 1ン 0メッセージ 1モ 2リー 1ーカー 0モジュール 1デル 1メンタム 1ード 2メント 0ャ 0ヤコビ 0ユニット 1ークリッド 0ラ 1イ 2ト 2ブラリー 2ン 0ラフ 1ベル 0リ 1スト 1セット 1ダクション 1テラル 1プシッツ 1ンク 2グ 1ー 2ダー 2ト 0ル 1ープ 0レ 1イ 2アウト 1ジスター 1ベル 1ーン 0ロ 1グ 1ジット 1ード 0ワーク 0ン 0ー 0一つ 1切 1周 1定 0一巡 1度 2に 1方 1時 1枚 1様 1歩 1組 1致 1般 2に 1覧 1部 0三 1つ 0上 1がり 2る 1の 1位 1回る 1書き 1流 1記 1限 0下 1がり 2る 1回る 1層 0不 0不一致 1偏 1十分 1変 1安定 1正 2確 1確か 1要 1足 0与える 0両 1方 1者 1辺 0並 1び 1べて 1行 0中 1国語 1央 1心 1断 1身 1間 0丸 1ごと 1め誤差 0主張 0乗 1算 0乱 1数 0予想 1測 0事前 1実 0二 1つ 1乗 1人 1重 0互いに 0五つ 0交互 1差 1換 0今回 1度 0仕事 0付 1き 1け 2る 1近 0代わり 1償 1替 0以上 1下 1内 1前 1外 0以降 0仮定 1想 0件 0任意 0休 0伝 1え 2る 1わる 1播 0位置 0低 1い 1下 0体 0何 1で 1より 0余分 0作 1り 2方 1る 1成 1業 1用 0併合 0使 1い 2道 1う 0使える 1用 0例 1外 0依存 0価値 0係数 0保 1つ 1存 1持 0信用 1頼 0個 1数 0倍 1数 1率 1精度 0値 0偏り 1差 0停止 0側 1が 0偶数 1然 0偽 0備え 0働き 1く 0像 0優先 0元 0先 1に 1頭 0入 1り 1る 1れ 2る 2替え 4る 1力 0全 1体 0公式 0六つ 0共 1有 1通 0典型 0内 1側 1容 1積 1部 0再 1び 1帰 1現 0写像 0処理 0出 1し 1す 1せる 1会う 1力 0分 1かれ 1け 2る 1割 1岐 1布 1担 1散 1母 1配 1間 1類 0切り分け 2替え 2離し 3す 1れ 0列 0初期 0判定 1断 0別 1々 1名 0利点 0利用 0制約 1限 0削る 0前 1回 1後 1提 1述 1面 0剰余 0割 1に 1り 2当て 2振り 1る 1合 0加 1える 1算 0劣 0効果 0動 1かす 1き 1く 1作 1的 0務め 0勾配 0化 0区別 1間 0十分 0半分 1端 0単なる 1位 1独 1純 1調 0占 1める 0原因 0厳密 0参加 1照 1考文献 0及ぶ 0反復 1応 0収 1まる 1束 0取 1り 2出し 2戻す 1る 0受け 2付け 4る 2取り 0受け取る 2持ち 3つ 0古い 0可 1変長 1能性 1視 0右 1上 0各 1層 1式 1行 0合 1う 1せ 1わせ 3る 1成 1計 0同 1じ 2く 1士 1時に 1期 1様 0名 1前 1指し 0向 0向き 1け 0含 1み 1む 1意 0吸収 0呼 1び出し 1ぶ 0命令 0品質 0唱 0問題 0器 0四つ 0回 1す 1り 1る 1分 1数 0因子 0困難 0図 0固定 1有値 0圧縮 0均等 0型 0埋 1める 0基準 0報告 0場合 1所 1面 0境界 0増 1え 2る 1やす 1加 0壊 0変 1える 1わり 2る 1動 1化 1形 1性 1換 1数 1更 1量 0外 1側 0多い 1く 1数 0大 1きい 2く 0大きな 1半 1小 1規模 1部分 0失 1う 1敗 0奇数 0奪い合い 0始まり 2る 1め 2る 0子 0存在 0学ぶ 1的 1習 0守る 0安価 1全 1定 0完全 1成 0定数 1義 0実 1効 1現 1行 1装 0実質 1際 1験 0宣言 0害 0寄与 0密 0対 1処 1応 1数 1称 1象 0専用 0射影 0導 1出 0小 1さい 2な 1数点 1片 0少 1ない 2くとも 1数 0尺度 0局所 0届 1く 0展開 0属 0属する 0層 0崩壊 0工夫 0左 1右 0差 1分 0帯域 0帰納 0常に 0幅 0平均 1坦 1方和 2根 1行 1面 0年 0幾何 0広 1い 1がり 2る 0序盤 0度 0弊害 0式 0引 1き 2上げ 2出す 0引き算 2継ぐ 2続き 1く 1っ 1数 0弱 1い 0張 1る 0強 1化 1調 0形 1式 1状 0影響 0役 1目 1立つ 0律 0後 1で 1に 1ろ 1半 1始末 1継 1者 1述 0従 1来 0得 1意 0微分 0必ず 1要 0応 0急速 0性能 0恒 0情報 0意味 0慎重 0成り立ち 3つ 1分 1功 0戻 0所 1有 0手 1作業 1放す 0打ち 2消す 0払う 0扱 1い 1う 0抑え 0投 0択 0押し 0抽出 0担 0拒否 0拡大 0括弧 0持 1ち 2込み 1つ 0指し 1す 1定 1数 1標 0挙 1動 0振る舞い 3う 0捨 1てる 0掛 1かる 1け 2る 2算 0推定 1論 0揃い 0描 0提案 0換 1え 0換わり 0損 1失 0改善 0放 0敏感 0教師 1科書 0数 1える 1値 1回 1字 1式 0整数 1理 0文 1字 1献 0断 0新 1しい 0方 1向 1式 1法 0既存 1定 0日 1本語 0明示 0時 0時に 2は 1点 1間 0曲線 1面 0更新 0書 1き 2出し 2換え 2直し 2込み 3む 1く 0替え 2る 0最 1も 1初 1大 1小 1後 1終 1良 1近 1適化 0月 0有効 1無 1限 0未 0未定義 1満 0末尾 0本 1体 0条件 0来 1る 0板 0枚 0果 0桁 0案内 0検出 1定 1査 1算 1証 0極小 0概要 0構成 1造 0標本 1準 2偏差 2化 0横 1向き 0機械 0欄 0次 1々に 0次に 1元 0止め 0正 1しく 1則 1反対 1確 1規 1解 1負 0歩幅 0残 1す 1らず 1り 1る 0段階 0母 1集団 0毎回 0比 1べ 2る 1例 1較 0水増し 1平 1準 0求 1まる 1め 0求める 0汎 1用 0決 1まり 2る 1め 0沿 0法 1則 0注釈 0活性 0流れ 0浮動 0消 1える 1し 1去 1失 0深 1い 0混 1合 0添字 0済 1ませる 1み 0減 1る 1少 1算 1衰 0渡 1し 1す 1せる 1る 0測 1る 1定 0源 0滑らか 0漏れ 0演算 1習 0潰 0点 0無 1効 1視 1関係 1限大 1駄 0照合 0爆発 0版 0物差し 0特に 1別 1徴 0状態 0独立 0率 0現れ 0現れる 1在 0理屈 1由 0生 1まれ 1み 1む 1成 0用 1意 1途 0由来 0画像 1素 0界 0番号 1目 0異 1なる 0畳 0疑問 0発散 0登場 0白色 0百万 0目 1指す 1標 0直 1し 1ちに 0直交 1前 1後 1接 1近 0相 1対 1当 1関 0省 0真 1ん中 0知 0短 1い 0研究 0破 1損 0確か 2める 1保 1実 1率 1認 0示 1し 1す 0私 0秒 0移 1す 1動 0程度 0種類 0積 1み重ね 0空 1間 0突き 0章 0端 1数 0符号 0第 0等 1しい 0答え 0策 0箇所 0節 0範囲 0精度 0系 1列 0約 1束 0素 1朴 0累積 0終 1える 1了 1盤 0組 0組み合わせ 5る 2立て 2込む 3める 0経路 1過 0結び 1合 1果 0統合 1計 0絶対 0継 0続 1き 1く 1ける 0総 1和 0線形 0縦 0縮 1める 1小 0繰り返し 3す 0置 1き換える 1く 0考え 2方 0考案 0者 0聞 0自ら 1体 1分 1由 1身 0良く 0苦手 0英語 0落ち 2着く 1とし穴 0蓄積 0融 1合 0行 1い 1う 1先 1列 0衣類 0表 1す 1現 2力 1示 1記 0補助 1題 0裾 0複数 0要 1求 1約 1素 0見 1え 1る 1積もり 1込 2める 0規則 0覚え 0観察 1測 0角 0解 1放 1説 1釈 0触れ 0言 1語 0計 1り 1る 1測 1算 0記 1録 0設定 0許し 0許す 1容 0評価 0試し 0詳しい 0語 0誤 1る 1差 0説明 0読 1み 2取る 2方 2書き 2込み 3む 1む 1める 0誰 0調べ 0論 1文 0議論 0負 1荷 0費 0走査 0起 1こる 1動 0超 0超える 0越 1し 0足 1す 0距離 0跳ね 0踏 0軸 0載 0込 1み 0近 1く 1づく 2ける 1似 0返 1し 1す 0迫れる 0述 0追 1い出す 1う 1加 1従 1跡 0送り 0逆 1に 1向 0逆数 1順 0逐次 0途中 0通 1し 1す 1り 1る 1常 0速 1い 1める 1度 0連結 1続 1鎖 0進み 1む 1捗 0遅 1れ 0遊 0運ぶ 0過 1去 0道具 0達 1し 1する 1成 0違 0違い 1う 0遠い 0適応 1用 0選 1び 2方 1ぶ 1択 0避 0部分 0配る 1列 1布 1置 0重 1なる 1ねて 2る 1み 0量 0長 1い 0間 1隔 0関係 1数 1連 0降下 0限 1り 0除 1く 1算 0階層 0際限 0隣 0集まる 1合 0離れ 0青 1い 0非 1線形 1負 0韓国 0項 1目 0順 1に 1序 0領域 0頭打ち 0飛 0食い違い 0飽和 0首位 0驚く 0高 1々 1い 1速","postings":"3'%'!)!)#.$7$$4*)!6&)!&'!&)(%A%P$%N%u#',.S#('!%#+%*0:'!&)!(,%!,%!$$$+!23!(&$3%&$$E,-]#%Y#%).$$,+%&%&%!$*(*$'&&|3W-|3'#%#z$&&$$&M|3^%|3T%!|3Y%|3S%(|3T%!$|3S%|3U%$|3W-|3S%)!|3U%|3U%&|3U%|3V%!|3W%$&|3S%(|3S%$&|3U%|3S%|3V%!|3S%%!$|3V%!$|3U%$|3U%|3U%|3S%|3Q%(|3W%|3U%$|3S%&|3U%$|3S'|3V%!|3z+|3Q%&|3U%|3^%|3U%|3Y%|3W%|3Y%|3U%|3U%|3U%|3U%|3U%|3W%~(|3U%|3U%|3U%|3U%|3U%|3U%|3U%|3W%|3W%|3U%$|3U%|3S'|3}#|3W,$|3T,|3W%P*|3X%!}(!%$G|3S%&t#[#66,x%A|3W-|3[%z)|3U,!|3U%~(%#|3V%!|3[%z)|3d't%L!%$|3T,|3S)T&|3W,!%#|3V*00,X$A|3U%P)!$|3^%|3W-|3[%y&?c$|3W-|3W-|3W,#|3W-|3U%R*|3V,|3W-|3S%|3V,|30|1f#l#V$(:$v#*r#;3'!'!(&.&&(,.4&(&$)!$&%#.$($%)%9%,%%'(%#%!&)!/!('!$'$$$'!$*&%!$()))#)#'$%!$$&$%#'!)!+$%!$+!&'!,.&$*$(%#%#)$'#%!$($*'!&$0$$)!$$%!*(&&+$)&%!%m#%?%!%%*&$&($)$%!$%%$%!*(1#$$|3&%!U$#H''%%#$(:6Q'=&'!&E('!@!|3W%|3W-|3W-|3d)p$$%$$|3z+|3{,|3z+|3U,'$|3U%|3V,|3X,|3`%|3W%t#V$T&|3W-|3Y%'!z#,t%8+!)!%!%'%#%#%!I|3d'|3[$$H!'''%z(&%&$|3U%|3l)h$#%#%#E&$|3X,|3U%|3[%z)|3U,%%%86&|3S%$|3U,'$|3}#U#&t#[#66,x%A|3W-|3W-|3U%|3Z$G|3[$!Gw$s#!*$'!^#(%#$&*&()!%'%!|3W-|3W-|3V*00,Y$!A|3W-|3S%(z(#$$|3[%v%U&!|3W-|3_%!|3U%|3U,'%$%!|3U%+#|3U%R*|3W%t#V$T&|3W%P*|3U%|3V,|3(|3U%P)$|3[%y&?c$|3U%|3{+!|3U%|3X(r%[#|3],|3e,C|3a&|3c(r#*w$|1m##i#!~'!=^#;30(H!,)$>!%!42%#%&%5','*1!&:(4%!5!-$$*&&)!(%$$4+#0,3!)!'!-!1#1!3#%!%!*%!$+!$,%!(%B%3%!$2($(&$&%#*6$|3U,%%!'!I|3e,C|3[%o([#|3Y'Ol#2V$|3I|3W-|3`%|1g,;3}#~$[#6$4,Y%AA|3b)E0$.,d#0$$'!/%A|3[%t%$h%$./!|3U%v#V$`%-!)!5$|3[%w&$=$V$.|3[%n).|3q,*/!|3[%n).|3d't%L#$$|3S%|3S%,|3Y+L+|3W-|3U,!|3U,$%#n#|3^%|3T,|3U%P)%%#|3[%z)|3T%#|3^%(p(#%!%#|3z+|3S%|3z+|3U%P)%|3T&|3^%|3A|3W%|3X$%!*?'&`$!e&-&%)%&$:|3V,|3U%P)!%!M|3`%|3`%|3X(r%[#|3U,%(|3)!U$!H!$R)&|3'!}$!U)|3V,|3U,$$|3U,!|3z+|1W%;3*((,*R#!3$$F%$%#%&%%'!f#($.,C%!4I20%!.O8%!+2%#%#$:.&%%$$|3S%W#y'!$|3U,#$|3},!|38&n#G'''$R##U'3!2%)%'%!$$|3T,|3V%#P)!%#|3I^$!*u($|3T,|3U%P)!%!|3T,|3&{$|3&{$|3_%$u(|3T,|3X(r%*S#|3W-|3T,|3U%T(L#%!|3U,#%!|3U,!|3r'|3U%|3v%|1Y%;3(6h$%%)%!%#'!f#*.-!%!*0*^#20V#!+$1#+$%!&%!%)%#%%E*%!$%!|3X,|3V,|3X,|3U%|3d'z%F*%*%!|3U%'!x#Q'$$|3V,|3X,|3Y,#|3v%|3U,!|3V,|3T,&K|3U,!|3U,#$|3T,|3V,|3T,&|3T,|3U%P)$$|3T,|3V,|3U,!$|3W-|3R%$$%!%'%$'#f#$&h#z#j#-,%&%#$G$C|3U%Q)|3U,!)!|3U%~($|3d'0x#g$(|3T,|3V,|3Z%!|3U,!|3S%|3U%|3^%|3Z,|3V%!|3W-|3W%|3T,|3U%R)!|3U,9%8%$|3V,|3Z%!{(|3^%|3U%|3X,|3V,$|3T%&$'!'!d#$*.Ol#3!~#-'!&K|3'!%!z$!U)|3V%#|3W,!|3W,!$|3T,|3T,|3Q%&,R#!T#!a$d#I%,%,%!&|3V,|3_%!|3V,M|3T,|3U,!|3U,$%$$|3Y+|3_%!|3V,|3Z%!|3X,|3V%!y('0%#N!|3^%|3U,!|3V,|3U%|3W%|3T,|3U%P)!$|3U%|3Q%V)!|3^%|3V,|3^%|3d)p$$%$$|3^%w(|3W,!$|3(T$G&T$|3U%|3W%|3W%|3W%|3W%|3U%|3S%%%'$&w$g##0_#!*1!+'($%7%!'$|3U%|3U%|3W%|3U%|3W%|3V%!|3U%|3V%!|3U,#%!|3S%|3U%|3T,|3U%|3W%|3W%|3W%|3U%|3X%!$|3V,|3W%|3W%|3U%|3U%|3U%|3V%!|3W%P)!|3X%!|3V%!|3V%!|3V%!|3U%|3U%|3U%|3U%|3U%|3U%|3T,|3V%!R)!|3U%|3U%|3U%|3U%|3U%|3U%|3U%|3T,|3U%Q)|3U%|3S%|3Y%|3V,|3S%|3U,!|3Y%|3V,|3T,|3S%|3T%!|3T%!|3Y%|3T%!|3V,|3T%!)!|3T%!|3S%|3S%|3S%|3U%|3Y%|3V,$|3Y%|3T%!(|3W-|3S%%!%!$x#}&!'4&K|3T,%#Q#?|3^%|3^%|3S%|3V,|3S%V)#|3X,|3V%$R)!M|3W,#|3T,|3U%~(|3T,%#%&$|3S'U#?.S%|3U,!|3r)Y%|2](|2](|2](|2](|2](|2](|2Z(|2](|2U)|2W'|2[-|2(|2(|2U'c$|2?|2=|2A|2`#|2_$|2_$|2_$|2_$|2_$|2Z*|2Z*|2Z*|2Z*|2X*|2Z*|2u*|2_$|2n%|2Z$|2Z$|2a$|2Z$|2]$|2]$|2]$|2`+|2b+|2d'|2p'|2d'|2d'|2W+|2Z$|2[+|2Y+|2Z$|2Z$|2p+|2^+|2p+|2s$|2s$|2s$|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2`%|2[-|2l%|3p+|3T,|3^%|3X(}#V$|3l+|3{&[#KT&|3z+|3I|3i$|1m$;3m$0&(|2t#;3t#|2x#|2v#|2z#|2z#|2Z&|2z#|3g(%!?|3]%#W)$1!)%/&|3X(K,d%6B!|3X(s%![#|3W-|2P$|3_%$0R$e&O|3X(r%[#|3X(r%[#|3I|3V*z#K,|3W-|3l#|2^#|3G|3r+|3}#U#$%#'$q#![#67#,J!01!,Y$1B!|3W,!|3W-|3{,|3l)t#C|3_%!0P&1!_#$J#%!|3I<!&]$4$%!]#!o$%#r#]##|3V,|3b)E0$.,v#&.A|3W-|2}'|2z);3T*|3^%|2p%|3],|3],|3}&![#L#,y%'A|2P(|3g(|3g(&|2r';3n'?0|3](|2y(;3u&|2q(|2a(|2U'|2](|2U'|2U';3g(&|2f-|3z%|3Y)$|2z%|1U%;3r#'#&*$$$%!*8'%%)%0%%%(''0.1!,}#u&|3d'H!4|3X($46,|3X(K|3d'k&'#$|3P,'!$|3T,$|2[-;3g(AW#:|3W%f):|3I(2|3l'|3^%v(2%2=6|3W-|3f%|2T&;3^%q($$|2z#|1d':;3I8)#%!'#-!'!6>&&.Y$$$'!=%%($'#%#&8%$%#s#$.*:&(.F#C(|3i'!|3Y+C|3z+|0I;1I;3`#l#|3J!8|3^%|3X(~$42S#*|2z'|2x'|2Y'|2['|3e$|2W'|3W'|2h)|3p#E$|2v%|3Z$G%&)''!|3O8$|2S#;3W#|3`-|2i&|3^%|3],|3X(r%[#|2e&|3z+|3z)|2W#|2U#;3h#|3s,4|3_%!|3Q,#'>)&$|3p#|3z+|3CQ+l#|3{&[#Kd%B!|3{,|3T%!-)0-!CY#g%#I$(|30&&|3{,|3~$(+!==(|3q,|3],|2x%|3^%|3,h&#q$&B#)!%#%&0&%!%#%#`#)!$D#|3o$|3Ck$|2(;3=a$&|2&|2$|2&|2&|3M8&d(!|3u&|3R(8$?$G$.:$|3h#|3I|3=e$.w(|3}#~$[#KU&!|3}#|1b#|2M|2K|3o)!|3W-|3{)!|3R(8$?$G$.:$|3u&|3`%|3C|3p#G|3{&V$T&|3`%k(]#!|3y,.|3&Y#K^#u#!$(6&CQ#GA4&j#|3Y'Ol#2V$|3t+|2v%|3M8&|3d#&Q'%!?L#/!%#8|2[-;3u&W#*4c#!&3!%#w$<!|3v).|1T+!;3V*0q$|3z+|3X-!|3_*(4(|34|2x%|2[-;3c(U#@!&&(g$-!|1n+_#!|3_%$0R$e&O|324n#|3]%#W)$1!)%/&|2X&|2c&|3X(}#V$|3_%#|3X(r%[#|22n%|3c($*<!&$Q#:(|3^%|0!(u$A;1!(u$A;3&$7!a$&|3`%|3`#|1b+;3b+A|3z+|34|2a&|3i$|3j%|3[$!|1l+;3($W#($CY#u#!$(%!$$'!/!&*&($&*61!*'!%!0$&00,$$$%$(%#()#%!$$'!)!$M,2|3Q-|3`%|3z)|3Z+#|3a&|3z)|2b'|2p'|2]$|2n'|2t);3T*|3W-|3W-|3{,|3u&b#s#$,0f#]##|2[-;3g($?$U#$8$$|2V&|3P,'.)!|3{)!^#%!A&$$|3I|3`%|34|3Y,!%!$|3{$|3X(b%2S#*|3W-|3I|3U%n)4|2i$|3g$2|3W-|3U%|24|3:|34|3*)!&&$%!*X$|30'!|3M4)!$'$-!'!*.=&&8k$%!p%)!2=+$|3V*Q%|3_%$|3~#!S#'!^)2(/!|3e$|3l%&[#V$T&|3Q#i&|3Id+|3z+|3b)E0$.,v#2A|3~$|3V##$1$%!|3{&V$T&|3b+T#!|3g,)#:|00.;10.;3*(.&$[$!|2C|2:|28|3],|3{&V$T&|2O;3O&|3X-!|3U%h)(|3W-|2t#|3X&|3Q-|3X-!|3Z*|3z)|2}#|3Q+|3W-|3`#{&}#|3_%!0k(K|3{&[#Kd%A|3}#|3T%!&t#[#6$4,Y%$$$&6A|3Y+C|3^%|3Q#W's##-!1!g#!2L&|3q,6|3W-|3~$1%1!$,=|3X(r%[#|3J!/!$1)%#^%6y&R#$|3T'!U#?.n%|3_%!|3Z'#-!1!q#!2k#!C$&|3_$|3q,6|3b)E0$.,v#2A|3X(}#V$|3U%V%!z#0r$!|3Y',Q$!3!&Y#'!+#*&&&/!$K|3d'-!'!`#~$$84*|3P,'&|3Q)$h%$:|3p#|3W-|3W-|2^-|2a$;3W*!@!,Y$#A|2_$|2R*|2v);3Z*|3Z*|2k*|2i*;3q*|2Z*|2f)|2n-|1[%;3r#'!'!*(C'#%'%+%$%$%!%#w&00+$$|3MP$|3I|3I|3I|3`%|3W-|3e,C|3W-|3h'Z&|3X(b%2S#*|3W-|3&'!|3[%n).|3]%!x((%(F!.|3W-|3Q#i&|2R&|3d'o&$$O|3p#|3z)|3w$$|2q$|3I~%!7!.|3],|3],|3{&V$|2m&U);3}%|3],|3Y+|1b+;3b+A|1T+!|3I|3Y+|3[$!H!|3c$|2[#|2[#|3(`'$q&|3P,.|3g($?$M*$4&$]$|3o*|3o*|3W-|3X(}#W$!|3^%s(|2}%;32s&X#!Y#F!|3z+|3Y+|3o'#&~%!**%'%'%,%%$|3W-|3Z$G%&$$%''#|3X,$$|0!(u$A;1!(u$A;3&$0)#a$&|3T$T$|3T$T$|3T$4|2a$;3{$**|2V$;3i$|2]$|2P$|2r#|2T$|2R$;3P$|2Z$|2n%|2X$|3W-|2j+;3Y'(&Ej#$(W$!M*|2l+;3[+|3W+|2d+|3b+|2j+;3h'|2n+|2h+|2f+|2[-;3T'!V##,4/!'#'!$n#t#|3Z+!L'%'%/$|3q*|3f%|3I|3W-|3W-|14W#x%:;3I/!$+!%!$%$%#'#$%!F!$3!04p$%.$=$$P#!`#.(8|1['a$;3Z#!~#!U$#b$#'!:X#!AP##|3f'8|3d'$|2}'|2f'|2}'|2p'|3p'|2h'|2j'|2h'|2d'|3d':|2l'|2f'|3W-|3Z*|3{&[#KT&|3W-|3W-|3],|3f'_$j#*&|3f'|3V*Q%|3X(66,I00,|3S'U#K&&$d%0|2p)|3[$&&,9&|3Y+|2r+;3p+&|3[+|2Z$|3t)z#|2v+|2t+|3p+|3}&![#L#,J!@!,Q#$O)+B!|2`'|2`'|3Y*!-!$:e##?|3z+|3T,|2v%|3`#$%!$$+!60R$O(B!$&&$@!%!$B!0$%%%!8%!%$=&p#|3g(Z&|2g&;3`%|3z+|3P,$&|3S,#$|3W-|3_(}#|3b+|3`%|3W-|2i&|3_%$1#M|3^%|3^%[#|3^%|3l%|3{$|2k$|2k$|2s$|2n%|2o$|3{&V$T&|2s$|2n%;3^%|3I|3W-|3v)|3F!@#%!j#|2t#|3^+?[#|1f#;3f#|3w$|2r%|2p%|2p%|2p%|2p%|2r%|3^-|324|3s,4|3l'|3l'|3Id+|3t)P$|3W-|3_(}#|3[$!H!|3Z,|3[%n)|3[%n).|3q,6|3W-|3^%|2^-|2^-|3z+|3^%|3X(}#V$|2]&|3`%|3{$2u($|3W,#|3V,|1V,$I;3Z#!)#=E2}#'!+$M%!($$$&$$(.'#&$$$-#&%#4$)#($$,&&$4A%$%0%&%!9!-$'!%'|2l);3l)|3]'!.n'|3f'$|3Iy%!&b#~#!0f#]#%|24|26|3W-|3X(r%[#|3}#|3W-|3{&[#KT&|3z)|3S)T&|1Y#2;3IV#!/%C'%*}$!a&|2Y#|2Y#|3}#Y+|3^%|3^%|3W-|3U%t)|3Y#Y)|3{$*+)V$t%L#$$|2g&|3^%|3W-|3Q-|3]%!x&!$=$W$!/!|2`%;3{$A|2h%|2b%|2f%|2b%|2j%|2d%|3s,|3V*?c$|3V,|2z);3z)|2z);3z)|3d)&B#)!$%$&0%!$%#f#|3}'|3Q'f#$?$4C$8$`#|2}%|3{$|2}%;3}%|3c(E&p#|3c(E|3_%!|1{,;3T$_#!u$%%.$&8$$X$?'.)!N#|3W-|3q,6|3^%|3X(r%[#|3W%t#V$j%:|3r'U$!,%!|2x%|3Q%|3c$K&,|3W-|3[%w&$=$V$.|1o$;3{$-#|3P,&|3{&[#Kd%B!|3e,C|3^%|3X(}#V$|2^-|3z+|3P.|1n+^#|3z)f#|36|3`#]&z#|2^#|3a%#|3`%|1n+^#|3V*?c$|3z+|3b+1!2|3Y+|3z+|2`-|3e($%!|3r'T$,$M|3W-|3X(r%[#|3r)4S#CR##,|3{,|3`%|3y$|3U+G|3`'e$[$$'+($H!|3Z&V)!|3_%#|3q*|3U%*|3z+|3}#Y+|3T%!&t#[#6$4,Y%$$$&6A|3(R(Z$<!O]#$|3I|3Y+C|3I|3],|3z+|3^%q(Q#|3`%|3{&|3l%|3Y+|3f#$|3I|3X(66,I00,W#G|3y$|3[%n).|3c($)!$:&$|3W-|2]&;3&w$20|3T$$u$Y#$/!$$%!8'!'!f#,Z$|3[%y&.:f#4'!$-#|3Q,#'2*G|3W-|3e(|34|3{&V$T&|3_%#z'K|3X(}#V$|30|3c,E|3W-|3W-|34|34|2^'|2n%|3T,|3W-+#|3IX($h%$:|3X(r%[#|2n%|3[%n).|3z)|3W-|3S)T&|3y,.|3`#$'!$'$-!'!*.AZ%!X&|3U%|3S)U&!|3W-|3W-|3l)&x#2|3X(}#V$|3e$|2Z&|3z)|3V##$1$%!|3W-|3W-|2k&|2i&|2j)|3b#|3V%!^)0$5!|1T+!;2[-;3Z#!*&(82$[$&]#!0-!$?.0.(*%!%!6:,a##-!*6|3^%e$f%(|3_%$0l(!K|3u&i(|3[%n).|1j#;3b#&(U%t#AW#:Ke##|3j%|3W-|3n#|34|3_%!u(|3}#^#w&$=$V$/!|00;30'#&&|3I|3Ix%|3q&|3{,|3q&Z(|3Y,!|3},#|3r&!|3T$.F!W#=8K.'!&R$O*)!$%!&$<#.(.|3U+.b#&|38&a##%!)!4$9!*$v#,(C.|3h)|3b'0$T$,P$|0r#;1r#;34(G(ED!'#%#$&&1!?EA8.*'!6,4S#)!(:&*(')$.%!%!(&$$%!&*A&$|3E=?)!=5!%!'!&$U#ME(EG/!&3!*b#%#:&&27!(|3+!>!-!22=,<$'#'$(.80.*%#]#!=0(&(,*(+!&,1!2*(*0($%#$2$$%!%!%#$&$%!(%!(|3Eb'p#m$E|36$:,4.$]#!n#^#L!2?'!?2$M$Q#|3&,*.=9#,2$$:'#($$i#!(6*:I%!0&&3!,$[#1'5&$$%$$%!$(%!&-!$%!(%!&3!0)!|3e,|3V(|3j$!=_$Cu$|3p)|3Q)|3Z$Go(6|3Y+|3d#&AS#%!z#,a$$.U#82$$=$|34$&-!&&V$-!O=(A82=F!&*A4K$&$*&$0I&&|3i$=Q)S#|3X$I'!&'!GF!=)!Q#`#U$!'#(:0$|3~&W#|388(*$9!$G9!$(G'!$:4,(,=(:>!.%!($?K'!1!'#$$%#$,)!8$|3`%U#p#r#Z$M|3V&P$U#:|3i(AW#:^#|3p+|3[#Ex'n#|3f#S)Q#j#|3Y%|3&~$%!*u#!n'%!|3m($v#d#2G|3U%*u(|3^%t#(?b%GE|3_%!V$n%?7!?(|3z)_$|3e&X(|3P,|3w&[%?^#&|3q&=z%|3V(|3V,|3S%|1n+Kd#;3&,(.-!*,.($$)$+!$-!,&&&%!'#$$$%!'(%!&+#.=/($$%&$%!,%$$'!%!%!$'!$%!&('$*2&&$$-#$5!.%!%!%!%#%!(%$&$.$.)$+!%#%!($($)'$0%&%$$$$$(%$/#,)!&%!6&(|3Z$m*M|3m$8V$u&|3v#0G&$%$U#0*,(*$*Y#>#[#&(2$,,)!$(+$)!%!*$$(,&*4.|3r+.I|3}#E4&P${#!Af#61!&$0$(-!-!|3z&#&W#.(8*(F!.3!*O.P#$&6(+!|3m$Av)|1i,;3$.OOx#2,*C:3!$C..&6$$G*01!&$&/#$($$+!G|3m,4|3g,|3r)u$0|3Y+^#2|3v)Z$|36:G^#'!%!$$$S#7!2$W#*&4$>!$$..6M0$&G+#'!0$.|3{*|1m,;3+#,$EF!T##$$+!$.8(*$.(%!&Y#I%!&,6&+!$$,1$21!*0('$$$$%!($%!&%&$%!%!$$%!-%%*4|3U%$*r#~$o##O&&|1R,}#;30*&4E3!?,)!%!%#%!'$$/!M(*%#'#%!%!)!%!&&$.%!3!$$,($%#,)!-!'#%!3!$%!$%#*$$.%#:*($(+!1!'-%%%'%%&&%!%#+!'!+!(%#$%!(*.'!)!|3i,|3^#208@!%%%!&%!f#%!%#,0F!A,&9!4&01!&:,(4&$+!&'!)$%!&$$$&+!,2|3S%W)|3]&|3i$CQ%,&G82e$*Q#|3W%$'!=O(8Y#A60U#45!'!&60|3y&|1j#Y%A;3=A&>$?7!%!%!%#'%&=.$$&&$20.%#&&%!%#($*'#]##&&,0$/!&.,4(&6&$$'!'!'!(%!'#%!%!(*&.3#|3&-!&$%!'!((&(K((D!'!*'*1#K$+!(.$,0A+!%&&3!$($)!&0$'$(1!(4-!'#%!&$1#0*-!$+#$$'!%'&($*2$'#&$|3z&#&W#.(8*(F!.3!*O.P#$&6(+!|3S+Q#|3X$M&(8Y%a$Y#***$|3j-|3Q%m&s$f#|3Z,|3S%$b%i$&|3g,|1j#n);3'!$$&%!'#%#$$$,%$$%!%!)!$$$$%#&$$&(%!%!&$%!&+#&$$$&%!$*&%!%%%#%(%#%($%+%!()$$%!)!$&(%!%!$$$'#,%#%!'$%!%#'#%#%!&%#('#%&%!+!$)!$%!+)/!'%%!%$'#&$$%!)$$%!$%#$'!+$%!%#)!%#$%!%$'!%!%#/!%#'$%!&'#'!'!%!'!$%!$%$$)$$&%!)%+!)#%'%&%#%#%!'!'$%!%%%$%$%!$%($(%!%!%!$%%$%$'!$*$&$$%!$%!|3X$.AS#C*d#y$^#$%!|3U%h),|3X,%#$|3U%Q#n)|3t-|1l+;34E*($==2'!%!%!'51!/!$$$$&,$%#8,$$&$%#:*(.A,.$$%$/!%!&(:$+!'$$1!*$&('/%(%#%#*'#%!$%&(()!%&(3!,,|3U%$Q#?%!?2t#.,z#&Q#A|3}%|3$.z+:*|3&P$$O*8S#^#=g$$h#4|30O:6R#%K$IS#2:&$2=C(2&1#0'&(0%!%#(|3Q%g(:|3y&]#%7$7%-#J#1#1#-!N#3$0>!B#|3W%(i&b#U#|3R*|3S%Q)|36y$Kn#|3x)|3Mw(c$$|3U%z%|3[)|3'!&&=&G*&('!0$2'#$%!$$'!%!/!%!-!&,$,,$%#)#*3!&S#0(,)!(&.&3!4,&$(G$$$'!&'#&0$(%!$%#&&4$%%(|0{$;1{$*E:4,a$P$?42;37!$.&&$,:%!+!*&H!&%!)$B!(&*0%#)!&$&$%!&+!(&0+$&)#%#%!-!&$-!%!&'!,()!*(%!$%#,&-#,(((%!.%#$*(%!$&&$%!%!%!$%!%!%!'$'!'#&&*.,$%!|3*O[#%!$Cn#$[#KK&408K7#**&(H!|1b+;31!_$&5!&&$.[#%!2`#&4*A*U#J!%!5#&%!'!$(*$6,|3W%A|34*a#!U#/#$=.803!$%!%!,Y#8*%!+!$*d#((-!&$W#|3U-|3U-|1t);3KX$-!&$*^#t#=(7!&G08*4,0&2$A&|36|3$/!6:$&&1!$&)#&&*,2%'%$$%%$%(%!I%!,.)!,)!*&&8'$)!&)!$$*/$&$-!(/#1&&$'!$+!+%&/!)!&'!*)%1!$%(%('!.%!%!&%!%#%#%!%!+!$&2'!)#|3q,|36q$$n#4&W#*O(&,W#c$|3s,|3p+|3o,|3U%|3v#K==V(&K|3V%!$k#!2(x#C((AA07#n#|3S%$*x#8:i$n#$&(4'!E&|3h-|1T&;3&85!&$&$&2$'!&,&5!$3!'%%#%''$1!$*2%#(&('!%!)$%#&$$+!+!<!&'#$$.&&3!%!./%&%!$%#.&**+!,*'#$5!$*)!$%%%#%!%!$$$%!'$%!&%!$$'!%!$%!(&(4$&%#$%!|3o(v#v#j#|3_%#c&v#U#6|3[#>!G8-!r#P$EC=.0:0(&|30&N!?T((i$|3u&Q#]$R$$p#|3V,|3^%_&g$E|3x%z%|3&07!2KR#$$)#20.02$(4A,0=]#!-!<!(1#5!&0$*$+#(,8|3p+|1c,6$;3MU#L!(&)#*]#!:+!$t#=K,.A-$(*,==&|3Z$|3Y%|3p+|3Y%?|3~&a$|3V(|3Ki(*|3V$$}#d#I(`#,MG,$t#&|3S#V$w&(6S#|3c,|3S+|3l#i#!*z%$IP$:|3n%|3Q%*&$.v#^%M%!:04(|3`%^)&|3e$G&{$}#o$|3b'6o$|36w$T$o&$&$|3Y%|1R,;3P$&*28$*EQ#r#*6>!88d#.3!$K|38r%|3n,!|3}#t'U%|3Z%!(d#668u$6c$|3*.G:$*:9!'%%#%#&%$$,.,&..$&$1$,?&,(?0*+#)!(9!+!-!&('!&$0&&($%!$%!%%*&%!($%#+!+#&(*,%$|3Q)|3w(:Q%|14;3Z&u$h%(|1m,;3Q%%!%#$%%'$0.,)!.6,&4IC$64/!a#!0'($$$?*%!$|3&4.Q#3!%!3!9#$%%(%$O.(*2,,,,4%!((?3!%!$6$$'!*8:(,%$$$$0&&$&$0%!4$&|34~&2T$^$!|3K&T$$*MY#([#*$3!,.E&0,A,$$+!2**(:|3S',Z(|1Y+;3$$$7!.T$&$%$%!)'$Q#2&'!'!6.=?:(,0(*&:A*)!%#%%$$%#*&('!+!&'#%!K|38$AKP##'!%$$%!0y$$I2?2h#4&'!$%!$|3U%*$R$o&$(*,..|3'!%!+!&%$*$%!$$%#$%#$&&%#$%!%!$'!%!&%!&&,$&+#&$$'!&+!))%#%1%%%($%)%&%!$$%!'#*'!$$&%!&%!$&)!$$(%#%!%)%%+!'!%!%$'!$$*%#($$$%!+$&$'!&$$%$'!.%!%&'!%!%!%!)!$+$%!'$%#%!%%%$$$%!%!&%!'!%!%$&$$&%#'!$$%$&$%!$%%$$%#%#+!&%$+()$$%)%%%&%)+!$%#&$$$%#'!')$%!%#%-,+!+!'*'#$|3U#}#&d%h#?2?0S#|3T,|3$.U#/!j%&M,$(:6(6&=?*|3'!66,$'#5!$$'!+#+!.&4%'%7%*%&$%,%!/#.,$%!%$6(%&%#&$%!)!-&-!$$-!(%#.&'!'#&/#$+!&*&)#%!%#$$)!%#5!-#,($$%#&0$%'*$'$%$%0%.%)$$(%!%!%!'!'!%$$%($%*$''%#&&,()!|3+!((O&>!R##'!'#0?A:(=?&42&I*8I%!$&4+!&$*A|3`#EO.S'q#!&Q#|30_$9!&&j#[%,X$S#|35!2`#&?,&'#((d#+!*+!C(-!$*1#)#,,()!$*(+!02=$&.2%!$&$$'%*$$'!A|3m,|3Y%^%(|3^%|3t)T$|3Y#g*|1Or%;3(.2v#2(%$$$AO%!$&62&U#.:.$*2$,$d#$'!&'!%!&.)!6'!|3Y%h'IA6|3*~$f#f'GK|3Y%&h#.ER$It#.|3^%{$1#j#/!s#!I|3l%|3^%*S#|3r#{$$A$:T&Y#|3]$m$W$!,(C00W#,t#|3Y)$g$|3^%$x#,p#p#2^#0'&|3U%x#f#Ka$,*U#|1}-;3Y%&p#e$k$&|3l%|3$2*2n#6'!$)#]$Oj#.2,/!$@!*%!%$.2,&$(&|1c,;30(I08:5#''$%#&((&0*&4-#$.%!2>$((+!6,(,*$$+!%$)!4&O1!$$(/!.'!&*,7!'!|3T,|3i$C$4h#b#Y#W#6*(*-!)!4,.&|3P,|3y&v%c$A|1t)^#f#;3&2&,6&$?,.>!%!$$)!k##?B!$,&&&$0&$&.$$,$%!($$/!1!$$)!&*+!1!1!'$2%!$&$$0'!%#?&|3g&x%r#|3&2r$!%#&0@!?,**`#2)!8*(*0*&(*$<!4&0$&)!'!|3q*|0r#;1r#;30&$.$6Q#C&%(%+%$%#$%!j#X$,p#f#,,$)!(?|1U%}';3^%4W#(X##6B!I0:^#0[#,|3_(}#l#,v#|34Mu#$p#$$*A&0(:-#,(6,$(9!,(8028)$$%!+%B!|3V(|3&&)!K(IJ!'!8]#%3!..$C+!3#&%!$$(.&+!((*$1&&$$E-#(($%!*'!,$*$)$$(%!4|3$()!&8&&&&=6.:%$%#%#'!$/!,:3!&%#$+$3!$*.-$2'#7#2('!&$)!*%!,'!02$'!+!*&%%+$+!$$%!%!/#%!$%#%!%!%#*&$$$0&&(&|3U#^#05#$0c##3!%!&&*:L#&0,%!&$/!&(&'!,&((*6+#2$,&$&%!&/#%$&:&|3q*|3y$P#!z#l#|3Z,|362$9!E?6r#&j#$(8$&,:.(41!,4-!6.Q#|3&*Ch#$:%$&&d#+!&$0($x#*1!-#6*641!-#$*$$,$)!$/$K|3Z&|3U%|3V,|3U%'!Y#^%a$%!4)!|3[%n#:4d#?^#|00:;1I]*;3{$'#&(%#*$04D![#h#P$5#$&5!.&&'!|3n%|3z#U%Y#c$[#Q$!|3q&|1x';3Mk&?:.&Q#<!*?R#!CC|3S%l)|3G&4t'R#!?_#!&&$**3!*|1k,;3I8K&($?$,O$.(a#!{$?1!%#:4|3w&,(}#|3X*|3f%e&|3V&|3l,!2+!|34&&8(&<!)!+!&27!$$&4$0/!,&.$%!*'!&(%#$*$$,&'%,4.4*&$&'!+$&,,$%!-!.($(0$)!$%!%#$%!/#%!$$$$&$'!+!=&|3P.|1i,;3g($t#$$O|3{,|3^%c(4(|3X$h)b#|1Y+;3$.($8$,$$0.$0/!<!%!$%#'#$08,$&(&<!2:(,:,.,%!'!(&(82$&*(*&,%!$(&+!*$%!(%!*?$&|3T%!$m&V$S#$|3^%|3W%|3Q'*Or#`#[#,8|3b'|3U-|3W#c$=]&1!O$(=|3b',u&|3U-|3U%`$!}%:+!%!M$|36Gv#%$'!'!<!>!(KN!$0U#=G&K,00|3Q%.u($.b#|3I`#K%!r#X$_$E42|3^#w#!&&$V$j#j%|3}#X##$$W#9!$*}#2a#!2S#%#$4$'!|1t)c$;3$.=:&0$,2=%%%!%!%#')$.$=8)!2,$&$6'!(&($$*/!3!)#/!$/!('!$3$0%!)!+!*)$0')%('!/#%!$%#'!$%#$%#+#$6-!|1k#!;3$%#%!%&&%$$%&%#%#%!%$$$'#$%#%!%!%&$$%#%!%!%!%!%&&$$&$%#%#%!%%'!%$$'(%%$%#%%'!%#%#%#%#$%!%!%#'#$'$%#%+%#%=%,%1%#%3%$&%!&%+%!$)$%#&$&%#%#%%$$%!%$%!&$%!%!%&%&%%%)%)'%%#%'%!%!%$%#%!%#%#%(%'%#%!%!%!%$%%$%#$%!%&(%+'#$$$%$$%'%&%)''%!$%!%!%#&%)'#%#%!%('#%!%#%!%!%!%('#%(%$%$%'%($$%#%)'#$$%!%$%$''%!$$$%,'#$%#%%'#%$%#%#%$%!)'$'#%#%$%#%-$%!$%')(%0%1%'%)%''%$%)%$%)%&%$%&%#%+%&$%'%$%+%$%#%!%)'#%%%!%!(%!%$'!%!$%($%&%%'!|3Kt#x#6a$.f#?4$IO|3v#[#Y%v#(U$!G|3^%k$^'|3CA&6*6=d#C,($I,6,*&/!5!*L!,(1!2C|3q$2%!}'(4&S#|3w,|3l)|1Q-;3U%|3AGd#()!$&AE((&85!*U#*Az#'#$$EI|3W%~$y$|3E&2}#$o#!l'?|3U%'!l#AEn#0|3w&,Y#EE6OM$|3q$|1O8;3I)!*C%!*)!C'#'!'!o#!,T#$]&*1$.$6|3k,|3T,|3($4CQ$#0Y#&3!:2,$a##0%!U#*0*,$$64<$,*|3V$Kb#d%]$I|38q$&?8d%X$|3V,|3}-|3S%n(!|1x%V(*;3$408.(&8(02%#%#$$'!%!$,.&(+!6,%!&$(*M6*$&&)!(,*<!($(&&$T#!$%'%#%#%!.('!)!-!)!A|3Y%EW)|3k,|3i&|3p-|3g,|3^%c(|3U%h)|364$.)!$E8)!5$$%!&*($=*0&&*2:5!2&E%!('!$*2&G.2&%!.,$%#&6&00(|3b'U'2|3U-|1Y+;3&02d#I'%&&:.O3!(&&M2>!KA,0,&'$2+$)!+#(8|3I&$0d#0&%!($$,$=@!(4&((&==$$*()!$*'!$:G*.$*-!$.-#&*$,F!|3m$i$e$(b$!I|3r#Y#&'#:>!*%!.)!0,$:&R$?^#$%#%#8*.|1Y+;3%!$-!(%!'!/!'!%!&,A(*/!5!&%!%#'!'.$.%!0.($'!$+!)$$&*6(&0(&$&%!%!4%!*%!)!(-!%!$%!%#(%!(($&,*,'$%!)!.%!&&)!$$%!&*'!*%!%!'!%$%#(,2$$%#&%$|1X,;3l%$f#.0A-$6,(&66I8C$,(%$M|3Y+|1S+0;3^%l#^#4t#4^#v#|1m,;3t#m$6]'#%!86|3S%,|3t)|3l%^#u&t#&|3^%S#w&|3W%p#X$I,?r#$&<!B!|38k$%#$^#*a#!|34k$|1[%;36_(4j#2u##%!&|1y,;3f't#8i$=|3o&,*$f#K4m$$|3i$E0m(|3&?_$/#I(.V#!'!,Z$?[#W#|380n%:6z#$IO9!*)!}#|3m,|3X,|3[%s('#$E.|3x-|3Y%}$%.e&+!|3T,|3o(4d#|3X,%!|30((_&x'**|3(|30((U+*|0`)I00;1`)I00P$G;3`'$24Y#G$0-#$$,+!I%&%!$%!&%#%$4%#%!-#%!%!$<%&|3c,|0=EK:f%KS#?;1=EK:f%KS#?;3}$%r%=p#d#|3z)_#!%!|3[%s('#$E.|3P%#%!%%,%!...'!$$()!|1](}#;35!2]$&U#|3?|30((|3^%|1^#4;3{$&Y#|3T$v)U#|3_,G|1n%;3{$21!&Q'|0k$*;1k$*;3Z$2n#V$|3Y,!$|3{,I|30O}%*]$}#9#|3`%|1P,;3M5$~#01!N!((*$(/!G($/!7!&$&'!5#2%!*'#1!&09$$&%!)(%!%*%(%$%&83&|3I~$j#2p#3!%!,Q#,$*++*('#(E|3q'#{#!%#+!x#*|3($f#=G|3{-!|3s,|3v%|1p+;3`'e$,Q#B!$$$%!+!%$)#|1q&;3o&$*R(|3_,'!24C|3(T$G|3](}#|3Q-|3z#$?6`%Q#**2,$$&*&*x#(06'!|3_%!a$&U$!h#F!|3q$*$&(|3Y%x'S#%$%!A*|3P#!'!.ER$z#x#|1r-;3_%!0p)|3{$3(v(!$|3`#|3Z#!}%s$8G&'#p#|3W's$^#%!E$v#|3(|1u&0a$;3{$3#$t#Y#W#)!A4=R$>$%!&|3b+|1U%;31$)#%!&E6&0**8'2'#'$09!&$*E}#4^#m#!4|1P.;3{$]*&=)#|3Y+|3y,|3(|3x%?|3+!U#?*$,$:'!'''!(.:%!%!8)!2R#!6%!B!E3!-!$,a#!'&%!/$'!%$/%&$=%!|3g,*|3],|1w(]$`#$O;3W%R$%#*,$O4?%!c##62:%!8+!?&|3Y%)!S#|3)!|3b+|0`%;1`%;3{$'#%&%%+)%$.|3P.|3S%|3z-|3_%#$|3U,!(I|1q$;3q$,*$S#c(|3z'|1w(r%K;3&$T$45!)!$n#G$O3!%!0CZ$0($%!.%!D!|3P%![#2|3R,|1s&;3m$'#*'!)%$*<!&$('(%#2&&&$<!S#$&MEn#%!7#%#$%#&%#.)!$|1U'a$;3p%0U#W#$W#E$|1f#(T*;3`'e$,Q#B!$$$%!+!%$)#V#!|1p+;3`'(_$,4?B&$$$%%+$%&)$$|3q+!=|35!&x$&%#-!l#Ol#2|3(|3_%!1!u#!%')!'#$$-!'#'):X#(&)%%((.C?*%#%+%)%!$J!|3e'!*3!+!|3(|3S%R)!$t#&|3'!{$%#&%!'!?)!&$,|3Q%&&|3}%|1f#;3O|1^#4;3^#n#&Y#|3{$h)d#%!&|3R,|3R*|3t,!4|3O|3e,|3z-|1Y'$?$;3{#!*M&'#O8%!'!%!%!(+$%%$&%&%!%!(%!%$'!$&&'%'$.'!'%$(&'#f#&=49!.'(/!'!'!+#'!(*2&|3q'#{#!%#+!|3r)Y%|3I|3p+*|3'!$w$%#%(%'%!%)'(?*&$$)!$(4p#6,W#04]#!$..I|3b+|3`#R&0g$,u#)*|3p+|30((|3V,|3t,%4|1R&Y);30&&0`#K%!,T$2Q#Q#$[#$$+!*:%!3!%#('!$&($(G|36t%|3R,+#|30*$|3b)R##&7!g#$4%$|1f#(;3{$3#{'!I%!$S#)!|3f,!|3(|3m,|36(*|3I8K05!&%#%#&4.u$>!S%+%&%!$&)!/!D#|3V%!i)!'#$5!|1X$;3j$!>'E2CT$2a#!T$|3p+|3],|3o&%%|3Y'*Gl#2|3L!,D$&%!@!7!(&z$!,A2*E&&,$*m#!.&(&$&:|14;3(+!&%$%!&(%!n#}#S#a${#%&'&)$%#+'$|3(|0o&0[#66;1U%&M..0[#66j%&?;3I$$$1!$2(&&'#$$'!&$(9!%!%<'='$0.$+&$%%%!+#.$)!&$''-!$0'!%!$&-#0%!$$$%!%!&&&%%%!$%#$%&%!$$U#%!$)%,&(4(3#%'%$$$'!%#%''!$'&%!%)%+$%%%!&$$%%%&%!$/!$&))'#|1T&;36q#!j)|3Q%&|3P.|3V%%$o#!5!-#%!/%'#)%(%!@!A3&'#$$V##'!$$&*'#0)!W#|3=e$|3x#|3M440*(,%!$*,'!l#$&M1!-!,0$0?$$&0,2j#S#(|3^+=|30((|3=r$!$&*F#*K$At#*U#S#|3{$3#{'!I%!$S#|3&&$$t$!Q#|00;10*}%;3%!)#)&&$$'#$%!$$Y$$$,'$2-#:%$[$!w#!b%%!|3T,|3P##({#!v)|3~$1!1!F$&|3W'[#|3Y'*Gl#2|3v+|3X,%!|3T$$_&&c$.|3q,U#|30O}%e$}#|1W+;30&64Q$!Y$(%#%#%#$%&$/*+$$8v#B#*/$0)&+!*>!*|3(|3Y'*Gl#2|3b+|3Z'!.9!v#,Q#0*:,|3Y'|3~$1!1!F$&|3(|1m&;3}$!.'*0-!b'W#J#='!|3r#y*0|3v%_($|3}$!&.0|1[#2;3IT$/!|16;30)!$.]*b#|3d'r&#|1Y+*;3I2l%$=.ON%1!8&:*+!?$Q#|3v)Y$!'!*|3^%m&_##$G|3U%|3k,|1z-;3}$!2[#(1!,P#!8A622AN!''%%*,&*0A%#&|3a$s&4K4|3T%$$$$|3z-|1Y+;3S%-&0,P&b#9#*)!'$$%!$J!|36(*|1^#4;3^#n#&Y#|3z+|3o(n%*,W#|1p+;3`'e$,Q#B!$$$%!+!%$)#|3*(&,(n#$$h#?8%#_$$|3p+*-!|0(;1(x#b%c$_$;3(IGQ#Q#$U#,*$*&=S#'!3#&2G(2+%1$$%$$%#%$I|3^%|3[(!(|0r#8;1r#8x#;3r#@!&(9#)%$:4+!$S(!&&&*$,D!|1o$;3{$-!z#r#.n%0|3T$+!j%Em$CG4|3u$|3Y'*Gl#2|3y&x'**|3X$3%>,n)|3i$|3p+|1f#(;3a-!|3z-|3r#22W#m$Kp#,2A20$,,20|1r-;3_%!g&(_##$.+'***S#|3p+*|3$)#(2$=4|3Y'*Gl#2|1t#;3s#!Y#|3q,|3q*`#|3W'U#}#|3m,|3{-#|1[#2;3IT$/!|1p+;3`'e$,Q#B!$$$%!+!%$)#|0=;1=;30.|3p+*|3p+|3I2Q#22AY#*2&8F!A-!,)!>!,B!@%'$($G(|0`)I00;1`)I00P$G;3`'$24Y#G$0-#$$,+!I%&%!$%!&%#%$4%#%!-#%!%!$<%&|3b+|1d);3a#!y&}#|3f'{%#B!|3q+!2|3m)!0^#+!|3}%|3V,|3^#460$|3f'{$n#$|3q,U#|3z#$?6`%R#!**2,$%$'!*&+#g#$5!%$&06'!|0k$*;1k$*;3Z$2n#O*G*d#2|3(65!.$@!(+!(&&%!2'#'$'#'!*($,&($$$&2%#2$&(&$($*$+!'$2'!H$&&$$)!$&+!0'!-#$?+!1!%!'!$%#(++0%!%!%&+!&'!$&*,$$$(|3p+Q#|36S)|3}#M}#P$Q%S#I|3W-|3P$^#Y#d%`#M$.|3d'|3v#1!KR$s$[#(84J!E|3[)=|3c,|3d%$$|3~&z#|1`-;3Q%.V)!7!|3$.v$![#s'!A**6|3s,|3Y%|3l%|3U%*T(v#|3Z$C^%|3M0Q#G$V$4R&0'!|3S%&j#,g$22.b#.66|3{,|3U%|0(;1(;3:Gv#(W#*.2&&.$,S#EMO2'!$6Q#|36~$Z&|3T,|3`#}#[%%!?$U#:G:|3w&$$R$]&|3_$|3d)^$#0&O|3P#![#L!*d#_$n#=&F#5!/!*|3q$4$t)|3y$|3f-|3i$|1k,;3W%f)<!|34|3U%&x#,L!00,%!A~$,=0|3W-|3S)R#!|3^%0|342}$!k$}#|3q,|3Q%|3`#Q)|3u$|3T*,|3{,|3q$`#E&.&=0/!&$?W#*n#,=0?|3*,s$$n#X&*O(?|3U-|3W#c$=f#k$,4l#|3=Q'|3x-|3b+|3T$$,:&(%#$'!=`#b#6,0,e#!$EI.=,|3z-|3^%z'f#|3U+z#|3e&|3U%|3W%|3^#Q$!0i$m##0%!U#*8W#<!,|3U#|3S+0:y#!|3T%!'!f)|3m$V&`#?2=`#|3`'x%G|3`%|0`%;1`%;3{$5!&%!(|3U%o*|3n#k#*P#!,|3[%n).|3y&|1j+;3R%!X(C|3&I*Q#&05!'#%!%&'$'#6($6$5!%',3#(.$&(%$64%!,(,()!$%!(&8$0$)!$0(*)!$%%$$-!&/$*$)&E&|3y,|3U%c)!$|3^#|3r'EE=8&P#!*K|3W%)!|3V$x)S#|1^#4;3{$&Y#n'|3s,|3W,!|3n-|3U)p#|3P.|0`%i*;1o$Ai*;3}$!,(}#*]$h#|3T$S#j#}#i$*6A|3~$](|3S+H!U#$|3v#Y#*Y#9!l%-!P$*|3v)[#|3U%|3V%%$S#0d#p%|3^%8[#~&(C,|3Y%|3_%!V$c$]$O|342&2x#^%R&A|3x%4W%|3b+T#!|3_%#v(!$|3_%!|3T*_$40|1t);3Q+|3V%!b)|34$p$!P$a$|3U%X(|3U%|0o&;1k#!:$i$$Q#&($8$**.$:&$$(.$*$.$o$&$;3M,&&(/!5!(*%!@$V#!9$.4%!4(+#$1#%!0*$)!%$=$$&$%('!(%!*+%*%!/!$7!1$%#%O%A%!%!)!22$A%!)!|3P#$.6,*(Gp#<!d#N#&CQ$#68|3U%|3P,&O|3Z%!|3n%|0{$;1{$;30h#7!A($*0[#^#(,<!&(./!0(*(+#&)!24+!($%!$&+!*:A*|3w&_##67!2D!00R$|3U+|388{%!|3If$!2i#!T$|3`%.:^#l(!|1P.;3P.|3d%l%_&|3^%|3f#$z%*2*2|3S)h%|3T&&|1[%v'0h#;36KY#9!$&%%'#l#O,4*(2$%!?,/!(.4<!280%#(*A|30AE3#+!F!'!$$$'!..2IAE,&2&3!(O0*A*$(8:.|3`#|1Y+;3MW#$O'#?.&?2+#$.$%!'!'!*%!$0%!2'!%!.`#4*AGW#$|3W%d%S&!:|3[)z%|0Y-;1Y-;3u&$w#!v#x#**|3l)R$$|1c&;3V$O'#&b#-!2L#6(+!)!I,00B!a#!$4|3Q%|3U%o#%Y($|3}#y&:2o$7!|1w,;3U-|3X&Ih#024)!+!6*2V$|1x%;3(G2*.K=6,&j#IGc$W#$|30|3T,|1j#;3*)!B!(2%!02*$(8'*'%40*$$%!8$&*+#)!%!%!$$%!%%/!2($&&'$3!-!+#(%!+!$'#((00)#,%$(%$%!'!$%!'$%#$(&%!$(*.'!2'!%!&&,|3`#t#z#$*[#p$!*,2d#|3OR$%#%#%!q##&)!r#-!D!c#!E('$$%$%!3#**&'!A|3p++#*|3W%Q)|3Q-|1j#4W)Z$;3&-#($&2%#&$)#5!/!%#2$&.*)$'''!'#%!&%!)!$(&,&.$+!$)$$)!%(($'!$$.*/#%$%!*'!'!$$)#$+&%!$()$*%!&%!$)!4'!2%!((%#$$0%%%#$%!+!$'$$%'$$%'$%!&&($'%'!)!%%'$'!$'%&&/#'#|3m$K|3Q'-!x$!S#ES#(A|3v)|3m$g$$U$!,6|3a([%|3l#|3V%!%!m)!|3T$R&7!|3Y+K|3v#s*|3S%z#}%p#&|3c,|30..|3[%m#!x%P$*|3U%`#]'!2*|3Y)p#,|3*M,z#e(|3Y%&V$P$(^%|3O8P%#(+'A[%b#n#|3c&W'|3}'*|3?|3c+#|3U#|1d'8$;3'!L#&'!%!$'!((($$1!,b$!&,U#'!3$'#,&%!I0*)!'!(.C3#$0%&%((.&$'#$%!3!|1K8;3,8(88'!*)%(:$+$'!n#=[#2Q#b$$C|18;3(C&$04,W#W#O,C:2G$::60C0(.&A|3S+&C|3^%|1e,$;3W%z%b%%#B!|3S%-#{$Q#U#n#&,'!4$I*|3W'|3S'p'|3U%w$,IU#=V$S#|3M&q(4:&?|1Q'a$;3U'a$|3O|1g,;3W%z%}#g##A|3o(b%*@!|3U%d)|3s,(.C|1^%;3_%'$.Q)|3Z%!}$$K2`#~#!($|3&f'4^%7!3!|3^%0Z$b%*1!4|30u$*Z(*|1R,;3S-|3P,'!(|3e,|1j#y$U%r%;3P##$&$$$2)!$1!$5#8($5#$,8&,$$&$F!9#(4$2B$%!6*1!O(-!%#$$%!(*+!('#'!$%$'$'#.&&%#|3_%!$$,g##4j#K_#$0U#(*($$4|3{,|34v$#OY#*($x#*$&Q#,$I|3q&U%|3$&})|3j)3!|3R%#e)!%#(|3e'!,0*z%|0Q+;1Q+?t#;3'!x#X##'!f#$3',I%!1!*&%#-!%#?%!4$(*%!*$.$=-!8$$%!,%#*,*(%!0%!|3S'|3R*$|3T,|3Z$H!&|3Y%|3z-|1i,;3i,|3W-|35#(,|1U'a$}%;3P#!$`%&B!$V#!Z#!F!4f#X#!&('#&$'$|1}#;3&x#6@!1#.2^%(U%(K|3z)x#1!|3^%$|3$X$P#!'#1$Mn#P$n#|3x,!|3c*|3W%|3Z,|3k,|1P,;3o,|3q*|3&p#%!.T##C,&&AY#4,/!$6I`#($*$&$,`#|3b'|3W,!|3&|3m,|3c,|3h%|3w&X$S%|3P,|3^#x#T$t#C]$K%!|3b+G&|3p'a$|3m$4'!~#!d#..D!4*,d$!4|3Q%&'#n#X'!'%d#|3U#CIl#a%!1!($h#:$$44(|3`%V$Af#(v#2|3N!4P&)!S#$?%!B!(0:0+$<!&$I.|3U%|3W%[),<!|3w&[%?_##'!$&/!$|3y&u&:|3m$$MGc%!s$.|3^%:](:|3T,0|3],|3[-|1X$r%m&;3M)!'!&%!%#2%!&,'%%!$/!%%'!$*&+,%!C2.*%#&%$%#%#(E04$0$%!%#$+#@!$$&$/!-!$&,h#$%%%#$)$+!'!'%$&1!-#|0r#Y#r#1![#66-!I00,M2j#;1r#Y#r#1!2K6*.-!I00,2=2&.&$=&(.;3&F!2(4&'!%#(0$(3!&%'%'%%%$%!%$$/!2,,.$&&$$&.%!$/!%!41!(&3$%#$-!$:,%!,'!&)'$$)$'!&$%!2(+!)!%%%-%'%!%#'#%'%*$%#%$%#%,'!%%$%'%%&$%#%(%)%$%!0'!)*'#&|34o$R*|1`';3Z'()!%%$1!)!}#z#1#|3a%!|3d'`'2|3Q%Y#|3z'|3^%S#Y#h%G(|3b'0|3I6$u$Ml#=[#Z$|3v%|3V,$|3[+|3U%P)!|3w&$V$Iz%|3i$|3X$M9!MA(W#&&C2$40n#?Q#|1{&[#66,I00,M2KA|3}'|3b+|3t)2r$#|3(6m$]$(?_#!02h#|3d)r#L!$K|3W(!Kd%*|3j$!>#U#x':8|3X$Kt#$$1!+!C:0C*-#5!,^#(+!&&07!<$|3q&W%|3b)d%$|3^#|3j$!>#~&{$&|3=x#W&#|36V(|3`#8y$*=$C.4((W#$,.b#U#|34Mj%a$p#|3c'!*&&,y##[$!|3z)|3^%t#U#?.Q%2?|3*Q%k(|3s,|3T,|3v+|3c,f#|3z-|1d-;3P#$&*&.,&*:2%$&$%#%!%!$.=,,'!%#0)!+!%#%#$$'!%!%!-!&'#&0)#E4&($.((1!,&(,5#%!%!$$%!+!$%!,%!$%!%#,%!%!$$$('!)!&|3T$$b*#(|3o(v#|3K4i($-!&<!^#(U#5!$,|3&g(^&!|3W'|3Y%|3IW#20d#?M,&U#Q#:(02/!24.I(|3r)([#|3V(|3t#h#k$.P&|3S%x#[#L!,W%b#|1Q-;3$$W#'!08'!$,&$0$%!'&$%$''%!/%,<!%!,+!'$&4%#(5!+$$+!*$&0$-!&$7$'!)!%$$/!'!('!$+!$('!(4/#$%!%%%$%!*$$%!$%!'!&%!'!(%%&$&-!'$($%!$|3Z#!(=^#R$6$E?&:($&0$*.&V#!t#|3X,|3^%{&O|3s,|3f#r#R$t#X$A|3*(0n'}#|3^%0ICt(!|3h)|3q&=x'|3y&v'|3^%[#p&!$n#|1X,;3n%m#!:=w$M$|3S%P(|1['a$;3*k,.|3Y+|3r)|3G:p%y$0O$:C,8|3Im$n#$-!O&'!%#B#,3!&7!>!.46'#%#%#|3g$k$W'|3o([#=D!|3`%|3m,|3S'e$Q#|0`%;1`%;3b+f#|3=~(i$|3I(r#(+#%!'*$'.$$&)!?(%!5!5#('%%!,$'#)$(%$?A3$'$&4%!A'!%!(/#5#$%#%#MC|3`%|3S%&|3j)|3`%|3]&|3x)|3g,|3c,|3Y%X&:*U#n#|3U-|3+!)!'!&'#a$|3b'*($T$,P$|30)!0=d+(.C|3c(|3Y,&|3T,O|34(k$u&q$&|3:,z#6'&&KO+#$&*%!%!'!'!*%!3!%!2'!/#3#24E&7!$9!.(**&(&@!|3{$h#|1s,(|3p+&.|3g(|3V,|3s,4@!|3m,|3v%|3$4$j+|3OK^#(%!U#4X$J!,?8[#(<!B!|3b+A6(:|3Y%'!$.>!^#AKT#!00v#$&6B%|3{$/%(S#r#]$.%!,6?9!$]#$|3T,|3^%`)|3s)!4v$',|1k,;3W%f)<!|3Y%.{$j&#'!|3x'R(|3^%8n#S#l#|1e,$;3W%z%b%%!B!|3v'|3O(|3Ea$a$|3U%*l#t#v#Y#62.&|3Q+p#|3V%!U#y&,2$.*$*7!&*|3Q%&O`#,b#j%<!|3S%%#$p#Z&?45!$$%!('!.$?|34Kd#4$z#n&!8$$3%(0&|3d'v%|3U-|3[%n)|3W%~($66&|3X$o$z#OO2u##((|3c,C|1U%;3*(T$$$@!I%!6*n#}#|3`%|3v%|3?X$|30y&i&|3~##AC?t#|3}#`)|3V,|3~&|3e,|1w&;3o&y(|0l%;1q$2&6?g(;3'!$*n#)!$(6($%!%!%%%(%1%+$%!%$1$/!*$%!'$($B#,(D&-!,(&-&$+!$&E2$+!$*$V#1%/$-%%%%''!%'$%(%!$$%!($$%%2.$$&|3b+|3g,|3Gd)Od#|3U,!8|3^%j#$a$2y$6|3n)|3v#i##f#0$A0($,68.8$6w#!&$*$%!&&|3q,|3_%#<!|3Q)$i%!$:|3T$W'd%|1~$K;3Y#:[#%$%$'&%!'>$/!.&()!(&24-$C:U#(+!I/!81%%!%2%/%!$4'!3$(2,*|0o(6b#0;1o(6b#0;3o&0p#6,4E0a#)$+!>%.2|3S+|36e&l#S#_$,(0&,U#|1Q%;3X$28&'!4?0:k'!&$Y#|3c*|3W-|3Y+Q#|3e,|3T,'$N!|3g,|1Y+;3Q%Q)2f#|3{,|3z&!|3]$c&v#Cv#|3~&6D!z#$U%|3x&$$V$I-!|3Y#|0o&;1o&W#R$;3o&,&IS#p#^#84G,|36r#M&(8Y%a$Y#***$4|3V%!'!i$P$}#,,8(&'!(|3Iy#!,)!}%R$?A)!/!*.B!(|3b+|1j);3`'Z$,,q#!|3&U%j)|342a$|3W%w(('!|3U%|3i$|3q&|3V%!P)#O|3i$>$o&~$|30*A0f(!_#!%!|3k(|3R(v%|0I8;1I$6$f+;3&F!.-!5$%!$'#%$)#%!$+!$)$5#'!',%$%'='!.C)!&2D!$4$%!3$,'!%!60.$]##?$%!''$'!%$$%$3#%!&&<#&|3U%|1R,;3S-|3c,f#|3R*|3R%#%!$$$$%#1!U#$0S#S%A-!B!&$&*2.|3o(v#i$|1T,;3v%l%f$!)''&)$J$|3[)|3Q'U#z%|1f#r)K;3Ou$$l%8U#+%+#9!)''&)$J$|0Q+;1Q+c$;3'!(T#!5!)#H!5%%#%$$%$$$>!5!4$$&&(+#$*$.0$$,.'!,&+$$'#-#&%!(-&$$(**%'$.$%#$4$00($$$%!+&'!'!&$'$%!*(&&)$$%!|3`#8,*(,n%KS#?|3Q'-!z%E|3p'R$4?r#4|3x),s$|3Y'|1g,;3`+E|1w&;3o&y(|3X$2>!n).|1Y+;3Q+|3U%|3U%|3q$|3U%8|3g,|3y&%!KY#C(,?IW#,$(&|3`%h#X$U#s$|3v)^#d#|3Z,|3P,|3S+|3{*|3T*|3w#!Y#r%O|3m$|1W'a$;3](464C8&}$!|3m,|3v+|3m$|3Q)|3Y%o)!|3q,6|3z-|1u&;3W#h#]$v'|3*4P&|1d':;3J!%!$46=o$4G4%#6C2(&&6E3#%$%%%%$+$='!|3U%&OB!r'6|3[-|3v#Y'|3P,|3Mt%,|1m,;38k$-!U#7!v#`%&$&4$$($/#|3e,|3S%U)6&*-!$?|3l)y$|3s,|3}%A|3y,|3l%W)&|3W+$80|3Z&|3g,|3My&W#o$7!v#|3O|3q&(Q%m$$4*|3?|3U#2AY#I~#!3!A=(*.400W#^#|3^%i&b#|3s,|3P,?|3b)`#~#!(|3&|30(Ks(0r#C|3h,!|3W%m*|3},!|3x&#&R$K,?d$$6,|3e$v%}#|3W#u$r'($|3S#|3e$z%|3T$c*C|3^%|3p+|3Q%x#g$`#g$|3m$|3Z,|3V&Z$|3y(^#(S#A3!(C|3]$0U)|3{,|3m,|3`%|3g,|3`%$,w(|3v#^#|36q&`#z%2.|3x)|3Q)p#|3w&[%T$M6|3{#!V#!/$0.O[%00i$0|3g,|3OR&IS%r#:|3a$z%}#^#&|3a(|3&e&f%Y#T$|3^#`#|3U%y(|3g,|1Q-;3S)p#|3U%f)|3x-|3Q%a&d%|3Z&|3w&|3q,,|3^&!6Q%(I[$#|3`%|36|3S'V#!?|1Y%h);3T$R#!'$Y#4.T##$:1#$*$&E4+#$*$e#!.$&&E+!$|3p+2|3{$P*|3U%n)|3Y%|3['P$`#R$|3[)|3p+|3I7!4G9!'!'$C2$=$p#6$Q#l#G$'!8$|3S%V(|3t)|3m,&|3e,|3~&a$r#I|3*(&$.O4K$%#%%$($/!?$.1!=(,$(*'#G26.P##8(*)$'!%!&%!)$,6&4-#|3[,!|3{$j#X$v#x#d#|3Q,!|3S+z#|3~&V$,i&|3h%,|3{&|3w,|1U'a$;3V'!$V#!Z#!F!|3m,|3Q%|3V&|3^%t#S#$?.S%%($.$*|1[%;3Z%!'!z#Mz#KS#'!($=|3o$Y$($:j#K-$@#[$#?-#|3e'!c$|1~$0;3l%P&`$!8=A|3Y,#|3_$^#$(_#!V#!,,*=,C6W#|3T,|3z-|3b+A|3Y#{#&'#Y#A0$D'L$,%!&F!5!+#%!+!%!V#:%6$$+$.$$%!.F!$|3{$3#x#OL!.?G8I$0G6|3U%&l#.S#>!&-!p#P$*|3l+5!')O|1v%a(;3P%!'!$+)<$4%%X##t%A('%%,%%$:1&|1S%;3y$'!L!6((a(|3W%f):|1^';3T$+!0$,2&Mh#E0,(c$26)#&)#G(|3E:$S#$$n%k%!M=G|3{$,6/!>!0$&&^#4AK.,A0+#)!8|3P%!?4p'|3c(_$|3^%|32:H!4$Z%!5!&((p#&$&q##&/#$''%#U#|1j);3R(&b#Z$1!$|3Y#T$k&:E:0-!K|3W#c$=|3c*|36T$U'|3Oc&U'=|1U+;3'!3!80&00(%!K'!$f#=684D#8&/!.F!=2$'!%#E|1[#2;3S#+!4$0**$:+%'!'!H#b#Q#[#W$!*%$(D!|3^%|3W#G=*0'%9!/!,&$0$,J!&-!*g##%!*&(%!I$6.3!$&$O2|3~$'%n(!Q#|3X%!w((|3r'|3R,|3T,|3*{(p#.(t#|3j)S%|3W%S#R##d#*:,'!?*i$|3T,|3c*|3U%4Cz'|3X*r%|3_%!{$h#$m#%(=%,%#$4&-&|1m&;3{$|3U%e&|3`#.`#s&4o$|3v)h#C|3c,|3'#%!z$&&$$&|3Q)|3s(E,`#80S#I|3p%|38$_,|3`%|1W'a$;36$C~%![#.7!4O1!Z$|3w&}(#|3S%&|3q$|3~&&h#E$2|3Z$C'$&+$U#|3n%|3Q%$%!~#!d#.0A4*,,`#I4|3R%$%!'!)!*d)|3&(v$!'#*e&Z%#*|1&;3Q%Q#m$v#v#($3!8|3~&p#AW#q$&=|3d'|3^%|3Y-|3K,$(`#9#&'!d#&$2.2(.2,M%!$$(0??)#3#%!%$**$Q#|3b'|3l),[#.*&6$$IO|3+!(.'#$,5!i%#a%#F!$R$|3W%f)|3q$8:V#!|38j$!&2|3S%k)!&6|3q,|0Q+;1Q+}#;3~$$4,GZ$S#E?:Ce#!|0r#Y#r#0[#66,I00h#j#;1r#Y#r#02K6*.,I00h#&.&$=&(.;3`#4+!%!(2(3!'!%&%'%%%$%!%$*)!=,.$*$$&.%!0%!41!(&3$%#$-!$E%!1!&)'$$)$'!(%!2(0%$%-%'%!%#'#%&%*&%$%!%(&%%$%'%%&$$%(%(%$%!0'!)*'#&|3~$%!%'%)%!%$'$0.s(|3['|3m$|3*`#0d#I($=:.X$Kc##42$*&|3e&|3x+|3~$(+!K'#2-#`%{#!0C|3W%j(!*,I|3V%!f$!'!|3T'!r#|3X(U#y%!A|3v)a$|3i$&d&!V%&$%!?,|36m$m%!w#!,f#$C($:|3g*CKF!|3S)x%|1T,$;3Y%V&44~#$$%!B$*|3^%:|3c,|3X%!|3Y%l#S%|3U%|3r#*?a$(*8$&(*&.,*C&$(&?$7!&2&K$7!=(+!|3d*!:U#6A|3m,|3^%|3l)U%|3T$V#!'!}%A($?|3`%i(|3Q%a$0$T$,P$v#|3Q%v#n%*k$4$&|3[)v#J!:$A|3x)|0x-;1x-|3~#!4r#^%Q#:b#&,[#|3[#L!c&|3b+|3v#Y#t#?}#a#!|3v#S%Y%t#|3y&|3X,$|3}#|3}#|3S%|3q,|3`%|3n#S%}#64^#|3]&|3Y+|3Z$E?ES#$2R(|3S)n#d#8:|3m,|3W%|3[%U$!|3p$!2P&$i%!$:|3[)|3T$%!^&!(D!A.C$|3W'Y#r#|3`#|3v)|3{$'!%!%#(?3!Ok$z#1!$%#%!$%!83!|3Q%&U#t'?|0}+;1}+;3{$**p#6,d#2t#8*(24&-#|3Q%|3q$6z%j%:|3&|3I(e&}%@!|1y&[#66,I00,M2KA;3V*}#6$*(|3Y%|3q$0J!6)!(e$f%?|3e,C|3Y+|3i(p%|3c,6|1['a$;3X%!U$%b$$'!p#|3p+|3~&V$,f#|3}#|3_%$0Q&!)!+#,T#(%$H$$J',F#|3Q%|3Q%|3s,|3w#$&Z#&r#,_$Q#'#/!*b#'#&/!%#%(/!&$4($$|1a(;3T$S%V#!'!,n#X$|3`%c$T$k#!n#|1q$6;3o$$($&%#%'%+%)%$$%$0.3#u$$e%!'!%%./!|3j%^#%!|3Z$p+|1[%;3~$,'#V$|3g,|3V%!&t#2%!Y#`%,.|3T,,|3l%|3Q)|3['|0`%;1`%;3q,6|3'!%!*T$@#T#!Y#(*2*2=c%!0|3j)v#|3`)b%|3c,,4|3$%!$%!(2$.$0:2H%$$$%'&V#!Gf#r%7$$|3o(|3{&|3a%!c#!Z)!|3]$R#!t#T$&f#|3^%0F!$(n'0(|3Y%&S#T(A=|1O8;3I)!*C%!*)!C'#&'!n#_#$]&9$.|3m,|3X%#)![)&|3y,|3e,$|3j+|36r#2>%EN!5!,$2)$(%!?R#$'$:A&*/#W#**A|3d)k$S#|3~&a$p$!',P##|3S%|3['e$,}%|3w&|3x&![%@!Z$|3}'V&|3Y%{$}%$E|3p+M|3q,|3U-|3k,2|3^%Q'|3e,$A|3[%f#P&`#|3g(&>!|3x)|3~&d'|3V,M|34o$,:^#0KW#(A|1m,;3m,|3c*|34$|3*U%c(4g#!4|0{$;1{$|36`#,2l#(X$-!r#z#%%%!J!|3b&!|3^#]$G|38k$|3W'|3]$.9!$$$(4Q#+!&R$4B!?W#)!,(2$(*%#|306a$$(t#Y#v#(x#E|3m,&|3~$&-#:X((|3z-|3[%|1Y%x#,h#2a&;3V#!P##+#24'$$%(Y#4/$&($$0%!$$&*%%%!*$$%#$$)!&*$%!'$&$=,6*n#%#.%%$$$$)!(2()!$|3S%$*:^'`#a#!|3^%|1O;30(.($$%!(p%S%1!Z$C|3}#|360%!|3w&X$|3m,|3{+!|3p+|3l)|30(.$|3y&|3U%]&`#~#!(P#!|3*a$>!6^#,}#2p#p#4|1c&;3Z%!Y#|3Y+|3])!o&|3{&.Ol#2V$L$|3Q#S$!$f$!X$b#:IS#|3`'t%G|36|3`%.v&!&7!f#3$$|3X$X$r&!G1!%!|3Y#Z)!O|3j+|0o(6b#0;1o(6b#0;3o&0V$,f#k#!I2|3t'&0,A,|34'!g$&$$(M(&*a#!*|3p+|3p%c(|3q$|1j+;3_%11#f&!2Q#8P$|3Z%!a&h%|3Q)|1t#;3c$|3y,|3V(|3}%AS%P$|3~$?A|3W%|1K8;3I88'!*)%(=+$'!n#=[#2T&|0}+;1u&W';3]$B!($$)%0$*&06*%!&6$A^#*,-!%!0A0.-!8.6(|1j+;3Y'-!&(8$e#!$h#40%!S#*|1Z%!x#(&h#2c$$M6:;3z#+(+%*=$%*',A*(-!4,%$&$$$%!$%#&)!$%%$%!'!*%%%!$($%!%%%!%#$'#*'!'!'&$%$%#0'!$%!2.)!+!$*$,$H!.$%$&$(%'%$%!&)#)%'!/!(+!|3S+~#!|3v)|30r#j%g&$26?|3Y%|3Q%q$4P'!|3W-|3~$|1b+;3b+|3o,|3g*(m$0(|3U%}#h'|3k,|3Q)I|3P,'%$|3t-|3w#!4G}#.U#0>!&W#&g##=/#|3u&|3{$h#|3T,0&|3c,|3`%|3`%|3w,|3_%#|3S'{(|3T$Q#R$,Eq#!,$^#AD!6|3U%|3v#.*h#f%M0,d#*f#'!|3Z,|1s,|3P.|3S+8|3q$a$|3p+|3M4&&}%4A$?I0:|3Y%|3Z%$Q(!|1d'X$(*;30..(((69!3!6(+!:7!*2$>&%'$&$$/$+!]#%%$(%$'!%!%$%(%#$&%$%('%)!'!'$%$$%!$%)'!)!G/$%&%3%%'!$<!)$&&(&,&%!'')!|3q$k$$T$Z$`#|3_%!V$p#y$|3}'|1O;3I$$$(u%#l'?(4|3(|3Id#B!&$%#*(l#4t#u$'&%#%!%!j#|3U%KM|3u,$|3o,|3P%!1!OIa$q$U#?|3v%|3Z+!$|3U+G|3f%|3X&}#6B#G*(c$|3R(s&|34S'_$%!.d#A|3j+|1j#;36Kq&`%|34Ic$r#2P$&^$!4$(&*|3U)|3OV$Q%b&!|3^%|3p+|3x+|3T$a&Gy$|3i*|3e,&|3t)2|3V-!|3m,|3E$W%](|3x-%!&|1w&;3o&y(|3v)a$$|3Q)S%|3[%l)$Q#|3x+|3V,|3V,|3d'p&!$$|0Y-;1q&$$,a$W%A;3&F!)!Y#U#*427!%#'#$$&0$(6-#<#&=*$$(%!$&&&$3#$,*&&:$***&$(%#$&$&*$*6*$|3^%|3[#2*,Q#/$0,$2&(c(|1Q%;3g$*01!3!G~#!b#{$|3Aq*|3c*|3Q-|1X&Y#;3^$#A&%!)!C+!+!)!O60W#v$)%'&G|3^%|3U'a$|3^%m*|38.|3e,|3R%$%!$%!)!l(!$I/!(|3X%!r#6O=b#}#*,2|38c&&6-!&,b#b$!*)!$$x#|1j#;3&0&,0T#!$KY$!-!0E$K2'!:E2D!R#!|3Q%|1z-|3W'i&$0*|0!0;1!0;3*(&&$,X$(y$w##)!,.E(5#+!|3Q%|0x-;14}+h#&;3t)j#*&'!(*%!|3=|3V$|3z)|3W%|3W%t#[#L!,e%!U#|1g,;3x,!0|3S+G|3^%i&b#G(|3S-|3p'6|3S%P(8?$|3g,|3^%z'|3p+4|3n+$2%!(|3^%0|3X(|3Kt#R$(Q#&?6I*%!:6$.$V$(&|3x&!Q#W#q#!As#!|3U-|3q$|3U%|1c,;3U#v+|3^%|3&?*V$d#2M:h#6~$|1O8;3I)!K%!*)!C'#&'!n#_#$]&9$.|3S',Z(|3S'h#j%M|3P,|3~&|3v-|3q&4a$|3+!>!MD!%!%!1!A:?88A$($O)!0*($M:6E4|34Z&c$p#f#|3d)|3b'`%|3Y'O}#k##A|3T,|3Y'Ol#|3t#d)p#|3b'|3U$!R&.&i&|3t)|0o&;1j#=i$W#($:20A$(0,0o$(;3M(&*(.42@!U#9!.641#$1!2*$*=/$&(,+#,.81!$%2%--!(=$A$(|3r#|3V$|3S)|3r',|3z+|35#(,2g(*d%|3W$!Or#&(f#|30n#Z$k(6|3`%d)2|3Z$C3!{$~$GT#%|3Q)z%|3t'X$[#9!+!*%!(44|3q$g$k$f#F!6*6|3W,!M|3W-|1P,$Q#;3o$h#Ga$i$Z#!K|3W'|1l+;3V&S#,P$4z#|3Mt%,f&!|3q$[%d%|3`%Z$|3v%6|3b%e&]$4|3`%|3h+|3P,|3S%|3o$|3Q+|34q+#(|3U,!)!4|3Q,!&%!80I|3P,'-O|3^%|3U%*w$k$b#,f#&|3U%,P*|3s(|3g,|1j#;3&g(AM1!,V$|3_%%I4w$`#l#6U#|3n#=S#z'I|3_,&|3_%!0|3T$Y#k*|3y&|3f%b#:0$(b#2,'#g#$$8)&&3$*8)#7!|3v)|3C&$8C+#(,j#^#+#3!*&($&@#(B!((@#(F#$/$%!%(%!$$G$|3=|3t+|3Y#x%d#$=Y#$$4|3t)|3z-|3m,|1}#m*;3&G&2?6($&$.%!'!%!$''%$/$.9!*<!,83#%!@!-%%$&Cr$%$'$*.|1Z%!x#(&h#2c$$M6:;3w#$'!+(+%*=$%0',A*(-!4$*%%&$$$%!$%#&)!$%%$%!'!*%%%$$($%!%%%!%#$'#*'!'!'&$%$%#&,'!$%!2/!'#%!+!%#+!$,$H!/!$%''#$(%'%&%%%'$)#'#%%$%#/!)!(%#$|30&&,h#n%h%C04$|3W+-!D!A|3T%%(Z$D!c$G$A7!3!$|3x+|1w,;3e,4|3Y#&$P$h#%!.V#!46G08&,+$$`#.$6=|3e,|3e,C|3T,|3&{$.8R&.|3U%s#!$$R$$J!-!P$46?-!|3U%&&|3b)|3o)!|3i,|3e&C{&|3e,|3k+!E'#7&9!|3Y'z'&|3q&|3q&|3*(&*o&a$&d%|3y,|3j+|3z-|3R%!w##%%t#[#*?I1!T#!$$|3C|1j#:m$Q#E,6=&8,0u$;3[#84(*$@!U#9!A$::%!B!%#?$&$%$&+!3!*$.$61!%!%=%3%!%!8U#(|1b';3=W#e$:A%#$$$&$/#*f#6$l#20|1a,;3Q%+#'!$/!09#(G$$Cf#(+!^#+$6Q#.|3?I$Ir#b(!|3X,$$A|3m&=*G|3{,|3g,A|3S%|3^#|3T,|3U-|3v)b#K|0~&a$p#M;1~&a$p#M;3Ig$`#(y#!7#&$6H!1#&P#!822","block":32,"count":2847,"termStarts":[0,98,210,341,460,566,673,781,886,990,1105,1222,1336,1484,1779,2064,2294,2535,2777,3001,3208,3411,3602,3775,3953,4168,4353,4593,4827,5058,5248,5490,5701,5898,6100,6326,6506,6633,6745,6855,6961,7077,7199,7313,7438,7552,7668,7806,7970,8122,8274,8437,8592,8744,8870,8972,9081,9188,9292,9400,9503,9610,9717,9832,9938,10049,10154,10266,10375,10486,10589,10702,10812,10920,11026,11136,11244,11351,11462,11573,11674,11783,11900,12008,12114,12224,12331,12436,12541],"postingStarts":[0,269,404,799,1046,1347,1602,1880,2139,2338,2532,2675,2817,2992,3117,3245,3435,3666,3947,4137,4338,4619,4866,5095,5340,5580,5766,6003,6246,6485,6640,6886,7101,7328,7534,7741,7988,8485,8985,9833,10844,11446,12311,13091,13823,14857,15558,15984,16391,16818,17321,17930,18323,18767,19255,19562,19842,20207,20749,21369,21786,22239,22841,23167,23690,24020,24401,24875,25195,25701,25960,26196,26466,26860,27368,27706,28246,28499,28903,29245,29597,29914,30346,30712,31044,31378,31742,32000,32544]}});
