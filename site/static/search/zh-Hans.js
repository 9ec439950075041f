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

sidenotesSearchLoaded({"lang":"zh-Hans","pages":[["加载 Fashion-MNIST","zh/experiments/dataset.c.html"],["内存中的 Fashion-MNIST","zh/experiments/dataset.h.html"],["用 zlib 读取 IDX 文件","zh/experiments/idx.c.html"],["IDX 读取器接口","zh/experiments/idx.h.html"],["基于 CBLAS 的层","zh/experiments/layers.c.html"],["层接口","zh/experiments/layers.h.html"],["有归一化与无归一化的模型","zh/experiments/model.c.html"],["模型接口","zh/experiments/model.h.html"],["优化器","zh/experiments/optim.c.html"],["优化器接口","zh/experiments/optim.h.html"],["归一化在 Fashion-MNIST 上的作用","zh/experiments/index.html"],["带种子的随机数生成器","zh/experiments/rng.h.html"],["在 Fashion-MNIST 上训练","zh/experiments/train.c.html"],["批量归一化：反向传播的推导","zh/normalization/batch_norm/backward.html"],["批量归一化：让它跑得快","zh/normalization/batch_norm/batch_norm.c.html"],["批量归一化：接口","zh/normalization/batch_norm/batch_norm.h.html"],["批量归一化：朴素实现","zh/normalization/batch_norm/batch_norm_plain.c.html"],["批量归一化（朴素实现）：接口","zh/normalization/batch_norm/batch_norm_plain.h.html"],["层归一化：让它跑得快","zh/normalization/layer_norm/layer_norm.c.html"],["层归一化：接口","zh/normalization/layer_norm/layer_norm.h.html"],["层归一化：朴素实现","zh/normalization/layer_norm/layer_norm_plain.c.html"],["层归一化（朴素实现）：接口","zh/normalization/layer_norm/layer_norm_plain.h.html"],["让它跑得快：精确的均值与方差","zh/normalization/moments.h.html"],["让它跑得快：测量结果","zh/normalization/performance.html"],["归一化","zh/normalization/index.html"],["算例","zh/normalization/worked_example.c.html"],["归一化：带注解的 C 实现","zh/index.html"]],"heads":["加载 Fashion-MNIST","标准化","内存中的 Fashion-MNIST","读取 IDX 文件","恰好读取 n 个字节","文件头","整个文件","IDX 读取器接口","基于 CBLAS 的层","全连接层","把卷积写成矩阵乘法","ReLU","最大池化","Softmax 交叉熵","层接口","全连接层（dense）","卷积，步幅 1，零填充 pad","ReLU，逐元素作用于 n 个值；反向传播读取前向输出 y。","2 × 2 最大池化，步幅 2","有归一化与无归一化的模型","构建层列表","初始权重","内存","前向传播","反向传播","梯度范数","模型接口","优化器","Adam","带动量的 SGD","学习率调度","优化器接口","归一化在 Fashion-MNIST 上的作用","运行","实验设置","1. 训练曲线","2. 批量大小：BatchNorm 为何在批量为 2 时失败","3. 学习率","4. 推理：用滑动统计量，还是批次的统计量？","LayerNorm 如今用在哪里","复现","带种子的随机数生成器","在 Fashion-MNIST 上训练","选项","时间","一次运行保存的内容","数据","模型及其缓冲区","批次","评估","训练","结果是否取决于批次？","输出文件","主程序","批量归一化：反向传播的推导","把前向传播画成计算图","逐步推导","代码所计算的结果形式","几何解释","练习","参考文献","批量归一化：让它跑得快","计算的内容","滑动统计量","状态码的文字说明","检查参数","单个通道的统计量","含 NaN 或无穷大的通道","更新滑动统计量","归一化一段","评估：按内存顺序","形状为 (N, C) 的输入：逐行处理","反向传播的推导","单个通道上的求和","单个通道的输入梯度","形状为 (N, C) 的输入：反向传播","批量归一化：接口","错误","状态","批量归一化：朴素实现","归一化、缩放与平移","批量归一化（朴素实现）：接口","前向传播与滑动统计量","层归一化：让它跑得快","数据布局","写出一小段输出","含 NaN 或无穷大的行","前向传播：单行","让内存保持忙碌","反向传播：单行","层归一化：接口","层归一化：朴素实现","层归一化（朴素实现）：接口","让它跑得快：精确的均值与方差","为什么不用 \\mathbb{E}[x^2] - \\mathbb{E}[x]^2","以第一个值作偏移量","分块","机器支持时使用更宽的向量","不用 -ffast-math 实现求和向量化","合并两组统计量","一段连续 float 的统计量","从方差到 1/\\sqrt{\\sigma^2+\\epsilon}","流式存储","让它跑得快：测量结果","什么限制了内核函数的速度","内核函数如何达到这一速度","与内存带宽比较","与 PyTorch 比较","PyTorch 的用时包含什么","归一化","阅读顺序","各自在哪些轴上归一化","协变量偏移","内部协变量偏移：2015 年的论证","梯度必须看到统计量","对权重尺度的不变性","后来的研究发现了什么","批量归一化","训练与推理","批量归一化的困难之处","层归一化","每种层保留了哪些关系","各自用在哪里","\\sqrt{\\sigma^2 + \\epsilon} 还是 s + \\epsilon'","精确的统计量","与 PyTorch 完全一致的语义","速度","算例","打印","一组值","每一列的均值和方差","命令行","归一化：带注解的 C 实现","如何阅读页面","从哪里开始","本站是如何制作的"],"docs":[[0,0,0],[0,1,0],[0,2,1],[1,0,2],[1,1,2],[1,2,2],[1,3,2],[2,0,3],[2,1,3],[2,2,4],[2,3,5],[2,4,6],[2,5,6],[3,0,7],[3,1,7],[3,2,7],[3,3,7],[3,4,7],[3,5,7],[4,0,8],[4,1,9],[4,2,9],[4,3,10],[4,4,10],[4,5,10],[4,6,10],[4,7,10],[4,8,11],[4,9,12],[4,10,13],[5,0,14],[5,1,15],[5,2,15],[5,3,16],[5,4,16],[5,5,17],[5,6,18],[5,7,18],[5,8,13],[6,0,19],[6,1,20],[6,2,20],[6,3,20],[6,4,20],[6,5,21],[6,6,22],[6,7,22],[6,8,23],[6,9,24],[6,10,25],[7,0,26],[7,1,26],[7,2,26],[7,3,26],[7,4,26],[7,5,26],[7,6,26],[7,7,26],[8,0,27],[8,1,28],[8,1,29],[8,2,30],[9,0,31],[9,1,31],[9,2,31],[9,3,31],[10,0,32],[10,0,33],[10,0,34],[10,0,35],[10,0,36],[10,0,37],[10,0,38],[10,0,39],[10,0,40],[11,0,41],[11,1,41],[11,2,41],[11,3,41],[11,4,41],[11,5,41],[12,0,42],[12,1,43],[12,2,43],[12,3,43],[12,4,43],[12,5,44],[12,6,45],[12,7,45],[12,8,45],[12,9,45],[12,10,46],[12,11,47],[12,12,48],[12,13,49],[12,14,50],[12,15,50],[12,16,50],[12,17,50],[12,18,51],[12,19,52],[12,20,52],[12,21,52],[12,22,52],[12,23,53],[13,0,54],[13,0,55],[13,0,56],[13,0,57],[13,0,58],[13,0,59],[13,0,60],[14,0,61],[14,0,62],[14,0,63],[14,1,64],[14,2,65],[14,3,66],[14,4,67],[14,5,68],[14,6,69],[14,7,70],[14,8,71],[14,9,71],[14,10,71],[14,11,71],[14,12,71],[14,13,71],[14,14,71],[14,15,23],[14,16,23],[14,17,72],[14,17,73],[14,18,74],[14,19,75],[14,20,24],[14,21,24],[14,22,24],[14,23,59],[14,23,60],[15,0,76],[15,1,77],[15,2,77],[15,3,78],[15,4,78],[15,5,78],[15,6,23],[15,7,24],[15,8,59],[15,8,60],[16,0,79],[16,1,23],[16,2,23],[16,3,63],[16,4,80],[16,5,24],[16,6,24],[16,7,24],[16,8,59],[16,8,60],[17,0,81],[17,1,82],[17,2,24],[17,3,59],[17,3,60],[18,0,83],[18,0,62],[18,0,84],[18,1,64],[18,2,65],[18,3,85],[18,4,86],[18,5,86],[18,6,86],[18,7,87],[18,7,88],[18,8,23],[18,9,72],[18,9,89],[18,10,89],[18,11,89],[18,12,24],[18,13,59],[18,13,60],[19,0,90],[19,1,77],[19,2,77],[19,3,23],[19,4,24],[19,5,59],[19,5,60],[20,0,91],[20,1,23],[20,2,24],[20,3,24],[20,4,24],[20,5,59],[20,5,60],[21,0,92],[21,1,23],[21,2,24],[21,3,59],[21,3,60],[22,0,93],[22,0,94],[22,0,95],[22,0,96],[22,1,97],[22,2,97],[22,3,97],[22,4,97],[22,5,98],[22,6,98],[22,7,98],[22,8,98],[22,9,99],[22,10,100],[22,11,101],[22,12,102],[22,13,102],[22,14,102],[22,15,102],[22,16,59],[22,16,60],[23,0,103],[23,0,104],[23,0,105],[23,0,106],[23,0,107],[23,0,108],[23,0,59],[23,0,60],[24,0,109],[24,0,110],[24,0,111],[24,0,112],[24,0,113],[24,0,114],[24,0,115],[24,0,116],[24,0,117],[24,0,118],[24,0,119],[24,0,120],[24,0,121],[24,0,122],[24,0,123],[24,0,124],[24,0,125],[24,0,126],[24,0,59],[24,0,60],[25,0,127],[25,1,46],[25,2,128],[25,3,129],[25,4,117],[25,4,130],[25,4,80],[25,5,63],[25,6,24],[25,7,120],[25,7,23],[25,8,24],[25,9,131],[25,10,59],[25,10,60],[26,0,132],[26,0,133],[26,0,134],[26,0,135]],"index":{"documentCount":271,"longest":4,"fieldIds":{"title":0,"heading":1,"ids":2,"text":3},"averageFieldLength":[0.5645756457564574,2.7269372693726925,0.9077490774907747,65.29889298892991],"fieldLength":[[4,4,0,0],[0,0,1,21],[0,2,3,71],[4,4,3,54],[0,0,0,52],[0,0,0,11],[0,0,0,6],[6,4,0,82],[0,0,1,6],[0,7,2,76],[0,2,1,74],[0,2,1,54],[0,0,1,15],[5,5,1,57],[0,0,1,10],[0,0,1,15],[0,0,1,28],[0,0,0,47],[0,0,0,16],[4,4,0,96],[0,3,1,22],[0,0,1,48],[0,6,1,66],[0,0,0,15],[0,0,1,21],[0,0,1,39],[0,0,1,25],[0,1,2,39],[0,3,2,35],[0,3,2,47],[2,2,1,89],[0,4,0,12],[0,0,0,12],[0,8,0,36],[0,0,0,25],[0,16,0,0],[0,6,0,19],[0,0,0,15],[0,3,0,28],[8,8,1,36],[0,4,3,24],[0,0,1,55],[0,0,1,11],[0,0,4,50],[0,3,1,63],[0,1,2,15],[0,0,1,11],[0,3,1,90],[0,2,1,58],[0,3,1,38],[2,2,8,79],[0,0,5,39],[0,0,7,10],[0,0,3,34],[0,0,0,34],[0,0,0,42],[0,0,0,35],[0,0,1,59],[3,3,2,34],[0,1,0,43],[0,3,1,27],[0,3,1,45],[4,4,5,0],[0,0,0,13],[0,0,0,14],[0,0,0,19],[9,9,0,109],[0,1,0,54],[0,2,0,225],[0,3,0,194],[0,9,0,415],[0,3,0,239],[0,10,0,260],[0,5,0,75],[0,1,0,360],[7,7,2,120],[0,0,2,10],[0,0,1,17],[0,0,1,28],[0,0,1,10],[0,0,1,13],[5,5,1,144],[0,1,6,25],[0,0,5,18],[0,0,2,5],[0,0,13,12],[0,1,3,48],[0,5,3,73],[0,0,1,13],[0,0,3,30],[0,0,1,11],[0,1,1,15],[0,4,1,29],[0,1,1,33],[0,1,1,53],[0,1,2,92],[0,0,2,34],[0,0,0,10],[0,0,1,38],[0,5,1,60],[0,2,1,46],[0,0,2,10],[0,0,3,37],[0,0,1,14],[0,2,1,28],[8,8,0,44],[0,8,0,92],[0,2,0,32],[0,6,0,81],[0,2,0,133],[0,1,0,111],[0,1,0,73],[8,8,0,67],[0,3,0,29],[0,4,0,108],[0,5,4,25],[0,2,2,60],[0,6,1,92],[0,7,1,77],[0,5,1,26],[0,4,2,50],[0,4,1,82],[0,9,4,158],[0,0,2,77],[0,0,2,32],[0,0,1,35],[0,0,1,35],[0,0,1,64],[0,0,3,55],[0,3,1,85],[0,0,0,18],[0,4,0,51],[0,7,1,28],[0,6,1,14],[0,8,3,82],[0,2,1,0],[0,0,0,23],[0,0,0,19],[0,1,0,175],[0,1,0,125],[5,5,1,43],[0,1,8,51],[0,0,0,10],[0,1,1,55],[0,0,0,64],[0,0,0,30],[0,3,0,93],[0,2,0,70],[0,1,0,95],[0,1,0,30],[6,6,0,119],[0,3,1,25],[0,0,0,26],[0,4,0,33],[0,7,0,17],[0,2,1,23],[0,0,0,8],[0,0,0,28],[0,1,0,151],[0,1,0,120],[7,7,1,58],[0,8,0,56],[0,2,0,48],[0,1,0,119],[0,1,0,34],[8,8,0,50],[0,3,0,89],[0,2,0,58],[0,5,1,25],[0,2,2,35],[0,5,1,28],[0,7,1,96],[0,0,0,21],[0,0,1,49],[0,5,0,109],[0,4,1,114],[0,3,1,118],[0,4,0,87],[0,4,3,129],[0,0,0,12],[0,0,0,24],[0,2,1,74],[0,1,0,151],[0,1,0,103],[5,5,1,73],[0,1,6,63],[0,0,0,10],[0,3,0,60],[0,2,0,61],[0,1,0,103],[0,1,0,24],[6,6,0,114],[0,3,1,49],[0,2,1,21],[0,0,0,18],[0,0,0,22],[0,1,0,163],[0,1,0,63],[7,7,1,52],[0,3,0,22],[0,2,0,38],[0,1,0,108],[0,1,0,34],[11,11,0,51],[0,6,0,82],[0,7,0,51],[0,2,1,56],[0,7,1,176],[0,0,1,51],[0,0,1,15],[0,0,1,44],[0,8,1,116],[0,0,1,8],[0,0,1,0],[0,0,1,38],[0,5,2,56],[0,6,1,37],[0,9,1,29],[0,3,2,180],[0,0,1,34],[0,0,1,26],[0,0,1,26],[0,1,0,127],[0,1,0,116],[6,6,0,0],[0,8,0,179],[0,8,0,204],[0,5,0,399],[0,3,0,286],[0,6,0,194],[0,1,0,209],[0,1,0,70],[3,3,0,42],[0,2,0,46],[0,8,0,147],[0,3,0,85],[0,8,0,166],[0,5,0,78],[0,7,0,74],[0,6,0,168],[0,4,0,60],[0,3,0,162],[0,8,0,168],[0,4,0,71],[0,7,0,133],[0,4,0,124],[0,6,0,161],[0,4,0,77],[0,7,0,105],[0,1,0,140],[0,1,0,148],[0,1,0,371],[2,2,0,78],[0,1,8,46],[0,1,4,22],[0,3,1,48],[0,4,0,0],[0,8,0,4],[0,7,1,14],[0,4,0,23],[0,2,0,55],[0,4,0,0],[0,3,1,44],[0,2,0,28],[0,2,1,10],[0,1,0,146],[0,1,0,55],[8,8,0,101],[0,4,0,64],[0,3,0,31],[0,5,0,38]],"terms":"00 10 20 31 35 36 38 39 210 31 45 32 33 34 35 36 37 38 39 221 32 33 34 35 36 37 38 23 30 31 34 37 00038 24 30 41706 33 35 36 252 33 263 271 35 28 33 37 297 11 200 33 36 215 222 237 39 24 30 31 35 26 2852 12 20 002375 13 2167 2385 2762 29 14 231 2745 15 23 350 16 2450 17 215 2240 2467 2576 2868 18 2022 2494 19 2025 28 1a0 1x08 01 10 200 37 01016 224 2490022 26 280 11 21 22 37 245 2604 2929 12 229 28 29 13 20 23 2971 14 26 15 202 212 224 23 268 16 202 33 37 016x16 17 206 211 27 28 18 20 33 35 36 21 36 28 19 210 26 32 28 33 295 38 1a 1e 02 10 200 32 37 38 210 34 02015 36 37 38 39 220 31 33 36 26 27 11 205 226 12 24 28 13 202 25 14 22 24 27 15 20 247dff 25 37 26 29 16 02660193 65 283386 17 18 26 28 19 28 1nd 03 10 11 26 12 20 13 14 23 15 21 23 24 16 21 17 258 27 18 19 20 22 03993 1m07s 04 10 24 25 38 296 11 12 20 21 2s 13 23 14 23 15 27 16 17 25 18 27 28 19 2430 05 10 24 11 22 0517 12 225 13 20 23 268 27 14 20 272 29 15 16 23 17 275 28 18 19 06 10 216 11 12 13 28 14 23 290 15 21 0652 2536 16 2f640b 17 222 18 07 100 114 12 243 25 134 14 220 15 26 16 21 28 17 18 24 279 1906 219 22 33 266 08 10 08010 220 238 253 261 274 281 11 20 39 22 250 35 264 36 289 296 12 240 255 269 284 38 39 13 206 226 38 235 36 37 242 08344 37 261 27 14 211 236 240 34 36 254 288 29 15 21 228 293 16 215 17 221 25 27 32 36 38 285 295 18 214 260 286 08892 38 19 200 25 30 276 1_2 09 10 210 38 114 12 22 13 15 16 28 17 18 19 28 2935 0BATCH_NORM_ERR_EPS fMOMENTUM fNOMEM gULL fONE_VALUE fSIZE bH bOK 0BATCH_NORM_PLAIN_H 0CHECK_MESSAGES 1OLS 0DATASET_CLASSES 8H 0FAIL 0IDX_ERROR_SIZE 4H 4MAX_DIMS 0LAYERS_H 5_BATCH_NORM 6CONV 6DENSE 6LAYER_NORM 6MAXPOOL 6NORM_ERR_EPS fNOMEM gULL fSIZE bH bOK bPLAIN_H 6RELU 0MAX_EVAL_BATCHES 1ODEL_CNN 6H 6MAX_LAYERS 7LP 4_EVAL 9_BATCH_STATS 5TRAIN 2MENTS_BLOCK 0MOMENTS_LANES 0NC_BLOCK 3EVAL_ROWS 3MERGE 3ROWS 1ORMALIZATION_MOMENTS_H 4_BATCH 5INLINE 5KERNEL 5LAYER 5NONE 5PIECE 6REFETCH 5STREAM_BYTES 0OPTIM_ADAM 6H 6SGD 3_CNN_CHANNELS 8HIDDEN 4DATA 4EVAL 4HISTORY 4LR 4MLP_HIDDEN 4OPTIM 4SCHEDULE 4TEST_LIMIT 5HREADS 5RAIN_LIMIT 4WD 0RNG_H 1OWS 0_POSIX_C_SOURCE 1mm_stream_ps 0a00a459 15bfd003b3106c0e 1bout 1cc 3elerating 3uracy 2m 2tive 1dam 2d 3_conv 4dense 4maxpool 4norm 4point 4relu 1ffine 1l 2gorithms 2l 3oc 1md 2erican 1nalysis 3tomy 2notated 1rchitecture 2g 3max 2ray 0arrays 2xiv 1ten 2tention 1utograd 1vx 32 0b 11f8d09 1a 2ckprop 4ward_nc 9row 2d 3_option 2lance 2ndwidth 2tch 5_norm_backward berr_nomem fone_value bforward bok bplain_backward hforward bstate g_init fus h_string buses_batch_stats bwalk 6size 0batch_stats 5ing_record 5norm 91d 92d 9alization 1ench 5_normalization 6pytorch 1ias 1jorck 1las 2ocks 1n 1ottou 2x 1uild 5_layers 0c 10 111 1alculating 1blas 5_sgemm 1d2349e14deda41b 1han 4nel_dx 8grad_sums 8moments 8redo_nonfinite 7s 2eck_common 0check_messages 6sizes 1lasses 2ock_seconds 1nn 1ol 32im 3s 2mmit_file 3pile 4uters 6ing 2nfig_json 3tract 5ol 3v_backward 5forward 2oijmans 3perlake 2py 2rrect 7ed 2unt 2variate 1pp 2u 1rc 1src 2v 1umulative 2rrent 3ve_point 0curves 0d 1ampening 2ta 4set 7_free 8load 8pixel_stats 8standardize 1b 2eta 2ias 1col 1e 2bian 2ep 2lving 2nse 5_backward 6forward 2pth 2tector 1g 2ain 3mma 1ieharder 2ms 1logits 1oes 2i 2sovitskiy 2uble 0drepper 2opout 1st 1uration 1w 1x 1y 2namic 0e 1d 1fficient 1lementwise_affine 1nd 1poch 5_record 2s 3ilon 2yc 1rror 1t 1valuate 8_batching 2ery 1xperiments 0f 1ail 2lse 2mily 2shion 3t 1eatures 1fast 0ffp 1ile 2ngerprint 2rst 2sher 1loat 532 3od 3w 1ma 1nv 1opt 2rward_eval c_nc 8mode 8nc 8row 2undation 1unction 8smanual 0g 1ain 2ther 1b 1cc 1eijn 2nerators 1ib 1libc 1nuplot 1olub 2mes 0goto 1pu 1rad_stats 4s 2oup 5norm 1z_failure 2close 2error 2ip 2read 0h 1arvard 2swell 1e 2ight 2lp 1i 2gh 4am 2nton 2story 1o 2w 0i 1cs 1dx 3_array 4free 4read 1eee 1lyas 0im2col 2age 5net 2proving 1n_size 2dex 2f 3erence 3inite 3o 2it_params 2line 2stance 2t 3el 4rnal 3o 1offe 1so 2sue 0j 1ohnson 2urnal 1son 2tor 0k 1eras 3nels 1ib 2nd 3gma 2ros 0know 0l 11 12 13 1aarhoven 2bels 2nguage 2rge 5st_difference 2yer 5_kind 6norm_backward bforward bok bplain_backward hforward bstatus h_string bwalk 5norm 5s 1da 2b 2c 1ea 3rning 2cun 2mpitsky 2n 2veque 1ikelihood 0limit 2pschitz 1lama 1n 2cs 1o 2ad_data 2g 3it 5s 2op 1r 2_at 0m 1_mmap_threshold 1achine 2dry 2in 2llopt 2rch 2th 4bb 3rix 2vx2 2x_batch 3pool2_backward 9forward 1b 1ccalpin 1ean 4_h 6x 0megdet 2mory 2son 3sage 2thod 1fma 1ib 2ni 1lp 1map 1nist 1ode_eval 9_batch_stats 5train 4l 5_backward 6config 7reate 6default_config 6forward 7ree 6kind 6names 6weight_grad_stats 5s 2ments 7_add 8block 8fold 8lanes 8merge 8rstd 0moments_shifted_sq_dev hum 6um 1s 1u 2ller 3tiplication 1üller 1ądry 0n 1an 1b 1c_block 8_grad_sums 9moments 3dx 3eval_params 8rows 3merge 4y_blocks 3normalize 3prefetch 3rows 3scratch 4q_dev 1eed 2gative 2twork 7s 2ural 2wsletter 2xt 0next_nb 1lp 1n 1one 3finite_row_stats 2rm 4_baseline_only 5can_stream 5inline 5kind 5piece 5store_fence 7ream b_bytes 4alization 8e_piece arun 9d_shape 2te 4s 2w 1ull 2m_batches_tracked 3ber 3erical 0o2 13 1bject 1k 1mp 1opsla 1pen 0open_tmp 4blas 8_core dtype 9verbose 4mp 2tim 5_free 6init 6kind 6names 6step 5ization 7er 4ons 1rder 2r 1ut 3_size 0p 1ad 2rams 3se_args 6batches 6float 6int 6name 6pair 3t 2th 1eng 2r_block 0per_channel 3formance 1iece 1lanning 1ointer 2six_memalign 3t 1re 3cise 3dictive 3scott 2int_matrix 6values 2oducts 3gram 7mer 5ess 1seudorandom 1y 2thon 63 3orch 7_last_added 0q 1b 0r 1ead_exact 5header 2cognition 4mmendations 3tifiers 3urrent 0reducing 5tion 2gularization 2lu 4_backward 5forward 2n 2produce 9d 2sidual 3net 3trict 3ults 7_json 4me 2thinking 1msnorm 1ng 3_below 4next 5ormal 4seed 5huffle 4uniform 1oot 2w 3_sums 8_loop 3s 4_left 1std 1un 0run_experiments 4free 3ning_mean 8var 3s 0s 10378 1alimans 2me 3ple 2nitizer 3turkar 1chedule 2ore 1eed 2lman 2nnrich 1gd 1h 2ift 3modaira 2ort 3uld 3wn 1iam 2denotes 2gma 4oid 2md 2ze_max 5t 1oftmax 0softmax_cross_entropy 1plit 5mix64 5table 1qrt 2uare 6s 1se 32 1tability 3ndardize 3te 4ic 5stical 9ian 2d 3_backward 2eele 3p 3rbenz 2ream 3ide 1uite 2m 3mary 3s 2n 1zegedy 0t 1a 2rget_clones 1b 0tcca 1echnometrics 2sts 4u01 1hreads 1ime 1mp 1oms 2rch 2tal 2uvron 1rack_running_stats 3de 3in 5ing 3nsformer 2iad 3cks 2ue 1sipras 1xt 0u 1int32 1lyanov 1nder 5standing 2expected 2signed 1pdate_running 1sage 1tc 0v 0van 2riance 6t_names 2swani 1ec 2daldi 2rsus 0w 11 1eight 6ing 3nberger 2lford 1hat 1idth 2ndow 2th_params 1o 2rds 3th 1rite_csv 6json 6piece 1t 1u 0x 186 1eon 1hat 1iong 0y 1ates 0you 0z 1_buf_error 1en 1hang 1lib 0α 0β 0γ 0ε 0μ 1s 0σ 12 0一 1个 1些 1件事 1份 1位 1切 1刻 1半 1台 1同 1块 1套 1定 1对 1层 1带 1幅 0一式 1张 1批 1旦 1条 1样 1次 1步 1段 1点 1直 1种 1致 1般 1节 1行 1起 1路 1轮 1遍 1道 1部分 1项 0七 1个 0三 1倍 1次 1步 1维 1者 0上 0上升 1方 1次 1游 1演 1述 1限 1面 0下 1去 1来 1标 1次 1表 1降 1面 0不 1一 2定 2致 1为 1了 1会 2有 1做 1再 2是 1到 1加 1动 1及 1受 0不变 1只是 1可能 1同 1含 1在 1大 1太 1存在 1得 1必 1把 1断 1是 1止 1然 1用 1等 1能 1行 1计 1论 1调 1足 1轻 1过 1进 1需要 0与其 1本 0且 0东西 0丢失 1弃 1掉 0两 1两 1次 1秒 1者 1遍 0严格 1重 0个 1子 0中 1心 1文 1断 1有 1段 1的 1间 0串 0临时 0为 1了 1什么 1何 0主 1要 0举了 0义 0之 0之一 1上 1下 1内 1前 1后 1外 1间 0乘 1法 0九 1倍 0也不 2会 2能 1就是 1是 1没有 1能 1要 0乱 0了解 0争 0事先 1实 0二 1分之一 1十 1者 0于 1是 0互不 0互换 0五 1次 1种 1行 0交叉 1换 1替 1给 0产生 0人 0什么 0仅 0今天 0介 0仍 1在 1是 1有 1然 1能 0从 1不 1头 1未 1而 0他们 0付出 0代价 1替 1码 0令 0令和 0以 1上 1下 1免 1其 1内 1前 1及 1来 1此 1防 0件 0任何 1务 1意 0份 1额 0仿 0优 1先 0会 1变 0传 1播 1给 1递 0估计 0但 1从 1在 0位 0位于 1置 0低 0体 0何 1处 0余弦 0作 1为 1出 1用 1者 0使 1用 0例 1外 1如 1子 0供 0依次 1然 1赖 0便 0保住 1存 1持 1留 1证 1险 0信 1息 0修改 0倍 1数 0倒 0借助 0值 1得 0假 1如 1定 1的 1设 0偏 1低 1差 1方 1移 1高 0做 1了 1到 1法 1的 0停在 1止 0偶数 1然 0像 0允许 0元 1素 0充当 0先 0先后 1把 1是 1读 0入 0全 1局 1部 1长 0八 0公式 0六 0共 1享 1同 1有 1用 0关于 1系 1闭 0其 1一 1中 1他 1余 1后 0具体 1有 0典型 0兼顾 0内 1存 0内容 1层 1的 1部 0再 1到 1把 1按 1次 1读 0写 1作 1到 1在 1成 1的 0决定 0准确 0凉鞋 0减 1去 1小 1弱 1法 0几 1个 1乎 1何 1次 1秒 0凭 0出 0出了 1于 1来 1现 0击 0函数 0分 1别 1布 1成 1批 1担 1支 1散 1母 1派 1类 1组 1配 2器 1量 1钟 0切成 1换 1片 0划分 0列 1出 1方向 1表 0则 1为 0刚 0初 1始 0判断 0利用 0别名 1的 0到 1了 1达 0制作 0刻度 0前 1期 1进 1面 0剩 1下 1余 0副本 0力求 0办法 0加 1上 1入 1到 1快 1法 1速 0动 1态 1量 0包 1含 1括 0化 0匹配 0区 1分 1别 1间 0十倍 1分 1年 0升到 0协 0单 1位 1元 1独 1调 0占 1了 1用 0危害 0即 1使 1可 0却 1没有 1要 0卷 0厂商 0历 0压 1缩 0原 1先 1因 1始 1来 2是 1样 0去 1了 1掉 0参与 1数 1考 2文献 0又 0及其 0双 0反向 1复 1应 1正 1而 0发布 1散 1现 1生 1起 0取 1代 1决 0取得 1经 1自 0受 1到 0变 1为 1体 1化 1小 1得 1成 1换 1的 1量 1长 0叠 0句子 0另 1一 1外 1有 1行 0只 1从 1做 1剩 2下 1含 1在 1差 1是 0只有 1用 1看 1能 1要 1读 1需 0可 1以 1信 1得 1比 1用 1能 2是 1见 1达 0台 0右 1上角 1侧 0号 0各 1不相同 1个 1层 1有 1段 1种 1级 1组 1自 0各行 1路 0合 1并 1计 0同 1一 1时 1样 1步 1理 0名 1和 1字 0后 1期 1来 1者 1面 0向 1下 1前 1量 0否 1则 0含 1义 0启动 1用 0吸收 0呢 0周围 0周期 0命中 1令 1名 0响应 0哪 1一 1个 1些 1里 0唯一 0善于 0器 0噪声 0四 1分之一 1条 1次 0回 1到 1绕 0因 1为 1子 1此 1而 0困难 0围绕 0固定 0图 1像 0在于 0在内 1此 0地 1址 1方 0均 1匀 1可 0坍 0坐标 0块 0域 0基 1于 1准 0填 1充 1写 0墙 0增 1加 1大 1益 1长 0声明 0处 1于 1处 1理 1的 0复制 1合 0复现 0外 1加 1套 1面 0多 1个 1余 1大 1少 2个 1数 1次 1种 0大 1于 1会 1多 1小 1约 2是 1致 1部分 1量 0太长 0失败 0头 0奇数 0套 1头 0好 1处 0如下 1今 1何 1果 2有 1此 0始终 0子 0字 1符 1面 0存 1储 1分 1在 1放 2在 0学 1习 0它 1们 1是 1的 0安全 0完 1全 1成 1整 0定 1义 1理 0实例 0实现 1际 1验 0容 1纳 0宽 1度 1的 0寄存器 0密集 0对 1于 1应 1待 1比 1照 1称 1象 0导 1数 0射 0将 1来 0小 1型 1幅 1心 1时 1段 0少 1数 0就不 0就像 1得 1把 1是 1此 1用 0尺寸 1度 0尾 1部 0局部 0层 0屏障 0展 1开 1示 0属于 0工作 1具 1程 0左 1侧 1右 0差 1分 1别 1异 1距 0已 1有 1知 1经 0布局 0师 0带 1到 1动 1有 1来 0常数 1用 1见 1量 0幅 1度 0平 1均 2值 1方 2和 2根 1滑 1移 1稳 1面 0年 0并 1不 1且 1入 1列 1存 1重 1非 0序 1列 0库 0应 1当 1用 1该 0底部 0度 1数 1量 0廉价 0延续到 1迟 0建 0开 1关 1头 1始 1销 0式 0引 1入 1发 0张 0弱 0强 1化 0归 1纳 1还 0当 0当作 1前 1时 0形式 1成 1状 0影响 0彼此 0往 0很 1大 1小 1少 1快 0得 1不到 1以 1出 1分 1到 0循环 0微乎其微 0必须 0忙碌 0快 1速 0忽略 0态 0怎样 0思想 0性 0总 0总体 1和 1是 1计 1量 0恒 1定 0恢复 0恤 0恰好 2是 1恰 0悬 0情况 1形 0惩罚 0意义 1味 0慢 0成 1为 1功 1反比 1立 0或者 0截断 1然 0所 1以 1在 1得 1有 0所用 1能 0扁平 0手册 1工 0才 1能 0打 1印 0执行 0扫描 1过 0扬 0批 1次 1量 0找到 0承接 1诺 1载 0把 1这两 0投影 0折 1叠 0报 1告 0抵消 0抽取 1样 0拆 0拉 0拒绝 0拖住 0拟 0拢 0拥有 0括号 0拼 0持有 0指 1令 1出 1向 1定 1数 1标 1示 1纹 1针 0按 1照 1需分配 0损坏 1失 0换 1算 0据 1此 0排 1列 1成 0接 1受 0接口 1手 1收 1着 1近 1通 0推到 1导 1理 1论 0描述 0提 1交 1供 1出 1前 1升 1示 1高 0搬运 0擅长 0操作 0支持 0收 1到 1益 0改 1写 1变 1善 1用 1过 0放 1不下 1到 1在 1大 1宽 1弃 1得 1心 1进 0效应 1果 0敏感 0教科书 1程 0敛 0数 1位 1值 1字 1学 1据 1量 0整 1个 1数 0文 1中 1件 1字 1献 0新 0新的 0方 1向 1式 1案 1法 0施加 0旁 1边 0无 1从 1关 1损于 1效 1法 1穷 1论 1限 0既 1能 0日 1志 1文 0旧 0早 0时 1刻 1序 1时 1钟 1间 0明 0明确 0映射 0是不 1否 1在 1有 1用 0显 1示 0晚 0普通 0景 0暂停 0曲线 1面 0更 1多 1大 1好 1宽 1少 1慢 1新 1深 1高 0替代 1换 0最 1先 1初 1后 1多 0最大 2值 1好 1小值 1终 1近 1高 0月 0有 1一 1了 1二 1些 1何 1余 1效 1数 1时 1限 0服从 0朝 0期间 0未 1必 0末 1尾 0本 1地 1来 1次 1站 1身 0朴素 0机 1上 1器 2码 0权 0条 1件 1目 0来 1到 1回 1源 1自 1说 0极小值 0构 1成 0某 1一 1些 0查 1看 0标 1准 1志 1签 1量 0栈 0校 0样 1本 0核 1心 0根 1据 0格 1式 0框 1架 0梯度 0检查 1测 1验 0棒 0概括 1率 1述 0槽 0模 1型 1式 0横 0次 1数 0欧几里得 0正 1交 1则 1在 1如 1常 1整数 1是 0正确 1面 0此 1后 1外 1时 0步 1骤 0残 0段 0每 1一 1列 1批 1次 1段 1行 0比 1为 1例 1值 1内 1较 1重 0水平 0永远 0求 1得 0池 0没 1有 0沿 0泄漏 0法 1则 0泛 0波动 0注意力 1明 1解 1释 0洗牌 0流 1向 1程 1量 0浅 0测 1试 1量 0浮点 0消去 1失 1息 1除 0涵 0深 1色 0混合 0淹没 0清 1理 0源 0溢 0溢出 0滑 0满 1足 0滤波 0演示 0激活 0灰 0点 0热 0然后 0照常 0熵 0爆炸 0片 0版本 0特例 1征 1有的 0状态 0独立 0猜测 0率 0现在 0理 1由 0甚至 0生成 0用 1于 1到 1法 0用途 0由 1于 1此 0申请 0画 0界 1定 1限 0留 1下 1在 0略 0登记 0白化 1费 0百万 1分 0的是 0监督 0盖 0目前为止 1标 0直到 1接 0相 1乘 1互 1交 1关 1加 1反 0相同 1对 1差 1应 1当 1比 1等 1距 1近 1邻 1隔 0省 1去 0看 1作 1出 1到 0真 1实 1正 0着 0知道 0矩 1阵 0短 1靴 0码 0研究 0破坏 0硬件 0确保 1切 0确定 1实 0碰巧 0示例 0神经 0离 1散 0私有 0种 1子 0秒 0积 1累 0称 1为 0移到 1动 0程 1序 1度 0稍 0稳定 0空 1闲 1间 0章 0端 0符号 1合 0第 1一 2次 0第三 2个 1二 2个 1五 2次 1四 0等 1于 0答对 0简单 1短 0算 1了 1作 1出 1术 1法 0类 1似 1别 1型 0精度 1确 0系列 1数 1统 0素 0紧 1凑 1挨 0累加 0累加器 1积 1计 0繁忙 0约 1定 1束 0级 1别 0纯属 0线 1性 0练习 0组 1合 1成 0经 1由 1过 0结束 1构 1果 1论 0绘制 0给 0绝不 1对 0统计 0继 1续 0绰 0维 0维护 0缓 1冲 0编写 1号 1译 0缩 1小 0缺 0网站 1络 0置 0者 0而不 2是 1且 1后 1归 1无 1是 1来 1言 1过 0耗 0联 0肯定 0背后 0胜任 0能 1力 1否 0脱离 0自 1上而下 1己 1由 1行 1身 0至 1多 2是 1少 0致 0舍 0色 0节 1点 0花 1费 0若 1干 1有 0英文 0范 1围 0落后 1在 0蓝色 0蕴含 0虚 1拟 0融合 0行 1不通 0行为 0衡量 0衣物 1裙 0补 1救 0表 1明 1格 1现 1示 1达 0衫 0衬衫 0衰减 0被 0裤子 0要 1么 1求 1用 1花 0覆盖 0见 0观察 0规则 1律 0视觉 0角 1度 0解 1读 0解释 0计 1数 1算 0认为 0讨论 0让 0训练 0记 1住 1录 0讲解 0许多 0论文 1断 1证 0设 1备 1置 0访问 0证实 1明 0评 1估 0词 0该 1轮 0详细 0语 1言 0误 1差 0说 1得 1明 1法 0请 1先 1求 0读 1写 0调 1度 0谨慎 0负 1责 1载 0质疑 0起 1伏 1作用 1来 0超出 1过 0越 1来越 0趋于平稳 0足够 0跑 1得 0距离 0跟在 1着 1踪 0跟随 0跨 0路 1径 0跳 1动 1跃 0转 1换 1而 0轮 1换 1流 0软件 0轴 0载 1入 0较 1大 0辅助 0输入 1出 0边 0达 1到 0迄今 0迅速 0过 1去 1来 1的 1程 0迈 0运动 1算 1行 0近 1乎 1似 1年 0返回 0还 1与 1把 1是 1有 1给 0这 1个 1么 1些 1时 1样 1次 1种 1类 1里 1项 0进 1入 1去 1展 1度 1程 0进行 0远 1大 1离 0违背 0连 1同 1接 1续 0迭代 0述 0追加 1踪 0退出 0送 0适合 1应 1用 0逆 0选 1出 1定 1择 1用 1项 0逐 1出 1步 0递 0途 0通常 1用 0通过 1道 0速 1度 0遇到 0遍 0道 1理 0遵循 0避开 0那 1一 1个 1么 1些 1几 1台 1时 1样 1种 1里 0部分 0都不 2是 2能 1会 1可以 1在 1是 1有 1比 1没有 0都由 1能 1要 0配 1置 0采用 0释放 0里 1面 0重 1叠 1合 1复 1排 1新 1用 1要 0量 1化 1的 0针对 0钟 0链 1式 0错 1误 0镳 0长 1大 1度 0问题 0间 0间隔 0阅读 0阈 0阻尼 0附 1近 0降 1到 0限制 0除 1以 1去 1外 1法 1非 0随 1分 1后 1机 1着 0隔 0难以 0雅 0集 1中 1合 0零 0需 1要 0非 1常 1线性 0靠 1后 1近 0面 1向 1接 0鞋 0韩文 0页 0顶 0项 1目 0顺 1便 1序 0须 0预 1期 1测 1示 1计 0领先 1取 0额外 0饱和 0首次 0验 1证 0高 1于 1昂 0魔 0默认 0鼠 0齐","postings":"3'%'!(4$7$61!6&,&&)(%A%~#%N%u#',.S#7%*0@!-!5!/!&-!2=5!(G,-]#%Y#%)F$&%&.(*)%&|3W-|3'#%#z$&&$$&M|3^%|3T%!|3Y%|3S%(|3T%!$|3S%|3U%$|3W-|3S%)!|3U%|3U%&|3U%|3V%!|3W%$&|3S%(|3S%$&|3U%|3S%|3V%!|3S%%!$|3V%!$|3U%$|3U%|3U%|3S%|3Q%(|3W%|3U%$|3S%&|3U%$|3S'|3V%!|3z+|3Q%&|3U%|3^%|3U%|3Y%|3W%|3Y%|3U%|3U%|3U%|3U%|3U%|3W%~(|3U%|3U%|3U%|3U%|3U%|3U%|3U%|3W%|3W%|3U%$|3U%|3S'|3}#|3W,$|3T,|3W%P*|3X%!}(!%$G|3S%&t#[#66,x%A|3W-|3[%z)|3U,!|3U%~(%#|3V%!|3[%z)|3d't%L!%$|3T,|3S)T&|3W,!%#|3V*00,X$A|3U%P)!$|3^%|3W-|3[%y&?c$|3W-|3W-|3W,#|3W-|3U%R*|3V,|3W-|3S%|3V,|30|1f#l#k(;3&&(&.&6.4&((($&$.,%%%.%)%%'#&,4?&%!*))(,&$&9!%!$+!&&,.&$*,%#((*$*&6$$(H$-c#%8'$*(&*)#%!$%!$%!*(1!$$|3&%!U$#H'&%#$(k(&'!&K'!@#|3W%|3W-|3W-|3d)p$$%$$|3z+|3{,|3z+|3U,'$|3U%|3V,|3X,|3`%|3W%t#V$T&|3W-|3Y%'!z#,t%8+!)!%!%'%#%#%!I|3d'|3[$$H!'''%z(&%&$|3U%|3l)h$#%#%#E&$|3X,|3U%|3[%z)|3U,%%%86&|3S%$|3U,'$|3}#U#&t#[#66,x%A|3W-|3W-|3U%|3Z$G|3[$!Gw$s#!*$'!^#(%#$&*&()!%'%!|3W-|3W-|3V*00,Y$!A|3W-|3S%(z(#$$|3[%v%U&!|3W-|3_%!|3U%|3U,'%$%!|3U%+#|3U%R*|3W%t#V$T&|3W%P*|3U%|3V,|3(|3U%P)$|3[%y&?c$|3U%|3{+!|3U%|3X(r%[#|3],|3e,C|3a&|3c(r#*w$|1m##i#!~'!=^#;30N!,)$>!%!H#%%%5'+'$0&::$%!G&5!$48,3!60O8$+>%1%!$2($(,%#*6$|3U,%%!'!|3e,C|3[%o([#|3Y'Ol#2V$|3I|3W-|3`%|1g,;3}#~$[#6$4,Y%AA|3b)E0$.,d#0$$'!/%A|3[%t%$h%$./!|3U%v#V$`%-!)!5$|3[%w&$=$V$.|3[%n).|3q,*/!|3[%n).|3d't%L#$$|3S%|3S%,|3Y+L+|3W-|3U,!|3U,$%#n#|3^%|3T,|3U%P)%%#|3[%z)|3T%#|3^%(p(#%!%#|3z+|3S%|3z+|3U%P)%|3T&|3^%|3A|3W%|3X$%!*?'&`$!e&-&%)%&$:|3V,|3U%P)!%!M|3`%|3`%|3X(r%[#|3U,%(|3)!U$!H!$R)&|3'!}$!U)|3V,|3U,$$|3U,!|3z+|1W%;302*R#!3$H%$%#%%%%'!f#*.M%!4I20%!.O8%!+2%#%#$:2%%$$|3S%W#y'!$|3U,#$|3},!|38&n#G'('$R##U'3!2%)%'%!$$|3T,|3V%#P)!%#|3I^$!*u($|3T,|3U%P)!%!|3T,|3&{$|3&{$|3_%$u(|3T,|3X(r%*S#|3W-|3T,|3U%T(L#%!|3U,#%!|3U,!|3r'|3U%|3v%|1Y%;3(6h$%%)%!%#&f#*./!*0*^#20V#!+#1#+$%!)!%)%#%%M%!$%!|3X,|3V,|3X,|3U%|3d'z%F*%*%!|3U%'!x#Q'$$|3V,|3X,|3Y,#|3v%|3U,!|3V,|3T,&K|3U,!|3U,#$|3T,|3V,|3T,&|3T,|3U%P)$$|3T,|3V,|3U,!$|3W-|3Q%$%!%$%$j#$&h#z#j#-+%%%#$GE|3U%Q)|3U,!)!|3U%~($|3d'0x#g$(|3T,|3V,|3Z%!|3U,!|3S%|3U%|3^%|3Z,|3V%!|3W-|3W%|3T,|3U%R)!|3U,9%8%$|3V,|3Z%!{(|3^%|3U%|3X,|3V,$|3T%&$'!'!d#$*.Ol#3!~#-'!&K|3'!%!z$!U)|3V%#|3W,!|3W,!$|3T,|3T,|3Q%&,Q#T#!a$d#I%,%,%!&|3V,|3_%!|3V,M|3T,|3U,!|3U,$%$$|3Y+|3_%!|3V,|3Z%!|3X,|3V%!y('.%#M|3^%|3U,!|3V,|3U%|3W%|3T,|3U%P)!$|3U%|3Q%V)!|3^%|3V,|3^%|3d)p$$%$$|3^%w(|3W,!$|3(T$G&T$|3U%|3W%|3W%|3W%|3W%|3U%|3S%%%'$&w$g##0_#!*1!+'($%6%!'$|3U%|3U%|3W%|3U%|3W%|3V%!|3U%|3V%!|3U,#%!|3S%|3U%|3T,|3U%|3W%|3W%|3W%|3U%|3X%!$|3V,|3W%|3W%|3U%|3U%|3U%|3V%!|3W%P)!|3X%!|3V%!|3V%!|3V%!|3U%|3U%|3U%|3U%|3U%|3U%|3T,|3U%R)!|3U%|3U%|3U%|3U%|3U%|3U%|3U%|3T,|3U%Q)|3U%|3S%|3Y%|3V,|3S%|3U,!|3Y%|3V,|3T,|3S%|3T%!|3T%!|3Y%|3T%!|3V,|3T%!)!|3T%!|3S%|3S%|3S%|3U%|3Y%|3V,$|3Y%|3T%!(|3W-|3S%%!$$x#}&!'3&K|3T,%#Q#?|3^%|3^%|3S%|3V,|3S%V)#|3X,|3V%$R)!M|3W,#|3T,|3U%~(|3T,%#%&$|3S'U#?.S%|3U,!|3r)Y%|2](|2](|2](|2](|2](|2](|2Z(|2](|2U)|2W'|2[-|2(|2(|2U'c$|2?|2=|2A|2`#|2_$|2_$|2_$|2_$|2_$|2Z*|2Z*|2Z*|2Z*|2X*|2Z*|2u*|2_$|2n%|2Z$|2Z$|2a$|2Z$|2]$|2]$|2]$|2`+|2b+|2d'|2p'|2d'|2d'|2W+|2Z$|2[+|2Y+|2Z$|2Z$|2p+|2^+|2p+|2s$|2s$|2s$|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2t%|2`%|2[-|2l%|3p+|3T,|3^%|3X(}#V$|3l+|3{&[#KT&|3z+|3I|3i$|1m$;3m$0&(|2t#;3t#|2x#|2v#|2z#|2z#|2Z&|2z#|3g(%!?|3]%#{)&|3X(s%![#|3W-|2P$|3_%$0R$e&O|3X(r%[#|3X(r%[#|3I|3V*z#K,|3W-|3l#|2^#|3G|3r+|3}#U#$%#'$q#![#67#,J!01!,Y$1B!|3W,!|3W-|3{,|3l)t#C|3_%!0P&1!_#$J$%!|3I<!&]$4$%!]#!o$%#r#]##|3V,|3b)E0$.,v#&.A|3W-|2}'|2z);3T*|3^%|2p%|3],|3],|3}&![#L#,y%'A|2P(|3g(|3g(&|2r';3n'?0|3](|2y(;3u&|2q(|2a(|2U'|2](|2U'|2U';3g(&|2f-|3z%|3Y)$|2z%|1U%;3r#'#&*$$$%!*8'%%)%/%%%('&0.1!,}#u&|3d'H!4|3X($46,|3X(K|3d'k&'#$|3P,'!$|3T,$|2[-;3g(AW#:|3W%f):|3I(2|3l'|3^%v(2%2=6|3W-|3f%|2T&;3^%q($$|2z#|0x-;1d':z';3I8)#%!'#-!'!6>&&.Y$$$'!=%%($'#%#&8%$%#s#$.*:&(.F#C(|3i'!|3Y+C|3z+|0I;1I;3`#l#|3J!8|3^%|3X(~$42S#*|2z'|2x'|2Y'|2['|3e$|2W'|3W'|2h)|3p#E$|2v%|3Z$G%&)''!|3O8$|2S#;3W#|3`-|2i&|3^%|3],|3X(r%[#|2e&|3z+|3z)|2W#|2U#;3h#|3s,4|3_%!|3Q,#'>)%$|3p#|3z+|3CQ+l#|3{&[#KU&!|3{,|3T%!-)0,CY#g%#I$(|30&&|3{,|3~$(+!==(|3q,|3],|2x%|3^%|3,h&#q$&B#)!%#%&0&%!%#%#`#)!F#|3o$|3Ck$|2(;3=a$&|2&|2$|2&|2&|3M8&d(!|3u&|3R(8$?$G$.:$|3h#|3I|3=e$.w(|3}#~$[#KU&!|3}#|1b#|2M|2K|3o)!|3W-|3{)!|3R(8$?$G$.:$|3u&|3`%|3C|3p#G|3{&V$T&|3`%k(]#!|3y,.|3&Y#K^#u#!$(6&CQ#GA4&j#|3Y'Ol#2V$|3m,|3t+|2v%|3M8&|3d#&Q'%!?L#/!%#8|2[-;3u&W#*4c#!&3!%#w$<!|3v).|1T+!;3V*0q$|3z+|3X-!|3_*(4(|34|3~$?|2x%|2[-;3c(U#@!&&(g$-!|1n+_#!|3_%$0R$e&O|324n#|3]%#{)&|2X&|2c&|3X(}#V$|3_%#|3X(r%[#|22n%|3T$_&$*<!&$Q#:(|3^%u(|0!(u$A;1!(u$A;3&$7!a$&|3`%|3`#|1b+;3b+A|3z+|34|2a&|3i$|3j%|1l+;3($W#(%!CY#u#!$(%!$$'!/!&*&($&*61!*'!%!0$&00,$$$%$)!$()#%!$$'!)!$M,2|3Q-|3`%|3z)|3Z+#|3a&|3z)|2b'|2p'|2]$|2n'|2t);3T*|3W-|3W-|3{,|3u&b#s#$,0f#]##|2[-;3g($?$U#$8$$|2V&|3P,'*)!|3{)!^#%!A&$$|3I|3`%|34|3Y,!%!$|3{$|3X(b%2S#*|3W-|3I|3U%n)4|2i$|3g$2|3W-|3U%|24|3:|34|3*)!&&$%!*X$|30'!|3M4)!$'$-!'!*.=&&8k$%!p%)!2=+$|3V*Q%|3_%$|3~#!S#'!^)2(/!|3e$|3l%&[#V$T&|3Q#i&|3Id+|3z+|3b)E0$.,v#2A|3~$|3V##$1$%!|3{&V$T&|3b+|3g,)!:|00.;10.;3*(.&$[$!|2C|2:|28|3],|3{&V$T&|2O;3O&|3X-!|3U%h)(|3W-|2t#|3X&|3Q-|3X-!|3Z*|3z)|2}#|3Q+|3W-|3`#{&}#|3_%!0k(K|3{&[#KT&|3}#|3S%&t#[#6$4,Y%$$$&6A|3Y+C|3^%|3Q#W's##-!1!g#!2L&|3q,6|3W-|3~$1%1!$,=|3X(r%[#|3J!/!$1)%#^%6y&R#$|3T'!U#?.n%|3_%!|3Z'#-!1!p#2k#!C$&|3_$|3q,6|3b)E0$.,v#2A|3X(}#V$|3U%V%!z#0r$!|3Y',Q$!3!&Y#'!+#*&&&/!$K|3d'-!'!`#~$$84*|3P,'&|3Q)$h%$:|3p#|3W-|3W-|2^-|2a$;3W*!@!,Y$#A|2_$|2R*|2v);3Z*|3Z*|2k*|2i*;3q*|2Z*|2f)|2n-|1[%;3r#'!'!*(C'#%'%,%$%$%!%#w&00+$$|3MP$|3I|3I|3I|3`%|3W-|3e,C|3W-|3h'Z&|3X(b%2S#*|3W-|3&'!|3m,|3[%n).|3]%!x((%(F!.|3W-|3Q#i&|2R&|3d'o&$$O|3p#|3^#460$|3z)|3w$$|2q$|3I~%!7!.|3],|3],|3{&V$|2m&U);3}%|3],|3Y+|1b+;3b+A|1T+!|3I|3Y+|3c$|2[#|2[#|3(`'$q&|3P,.|3g($?$M*$4&$]$|3o*|3o*|3W-|3X(}#W$!|3^%s(|2}%;32s&X#!Y#F!|3z+|3Y+|3o'#&~%!**%'%'%,%%$|3W-|3Z$G%&$$%&'#|3X,$$|0!(u$A;1!(u$A;3&$0)#a$&|3T$T$|3T$T$|3T$4|2a$;3{$**|2V$;3i$|2]$|2P$|2r#|2T$|2R$;3P$|2Z$|2n%|2X$|3W-|2j+;3Y'(&Ej#$(W$!M*|2l+;3[+|3W+|2d+|3b+|2j+;3h'|2n+|2h+|2f+|2[-;3T'!V##,4/!'#'!$n#t#|3Z+!L'%'%/$|3q*|3f%|3I|3W-|3W-|14W#x%:;3I/!$+!%!$%$%#'#$%!F!$3!04p$%.$=$$P#!`#.(8|1['a$;3Z#!~#!U$#b$#'!:X#!AP##|3f'8|3d'$|2}'|2f'|2}'|2p'|3p'|2h'|2j'|2h'|2d'|3d':|2l'|2f'|3W-|3Z*|3{&[#KT&|3W-|3W-|3],|3f'_$j#*&|3f'|3V*Q%|3X(66,I00,|3S'U#K&&$d%0|2p)|3[$&&,9&,|3Y+|2r+;3p+&|3[+|2Z$|3t)z#|2v+|2t+|3p+|3}&![#L#,J!@!,Q#$O)+B!|2`'|2`'|3Y*!-!$:e##?|3z+|3T,|2v%|3`#$%!$$+!60R$O(B!$&&$@!%!$B!0$%%%!8%!%$=&p#|3g(Z&|2g&;3`%|3z+|3P,$&|3S,#$|3W-|3_(}#|3b+|3`%|3W-|2i&|3_%$1#M|3^%|3^%[#|3^%|3l%|3{$|2k$|2k$|2s$|2n%|2o$|3{&V$T&|2s$|2n%;3^%|3I|3W-|3F!@#%!j#|2t#|3^+?[#|1f#;3f#|3w$|2r%|2p%|2p%|2p%|2p%|2r%|3^-|324|3s,4|3l'|3l'|3Id+|3t)P$|3W-|3_(}#|3Z,|3[%n)|3]%!n).|3q,6|3W-|3^%|2^-|2^-|3z+|3^%|3X(}#V$|2]&|3`%|3{$2u($|3W,#|3V,|1V,$I;3Z#!)#=E2}#'!+$M%!($$$&$$(.'#&$$$-#&%#4$)#($$,&&$4A%$%/%%%!9!-%'!%'|2l);3l)|3]'!.n'|3f'$|3Iy%!&b#~#!0f#]#%|24|26|3W-|3X(r%[#|3}#|3W-|3{&[#KT&|3z)|3S)T&|1Y#2;3IV#!/%C'%*}$!a&|2Y#|2Y#|3}#Y+|3^%|3^%|3W-|3U%t)|3Y#Y)|3{$*+)V$t%L#$$|2g&|3^%|3W-|3]%!x&!$>!$W$!/!|2`%;3{$A|2h%|2b%|2f%|2b%|2j%|2d%|3V*?c$|3V,|2z);3z)|2z);3z)|3d)&B#)!$%$&0%!$%#f#|3}'|3Q'f#$?$4C$8$`#|2}%|3{$|2}%;3}%|3c(E&p#|3c(E|3_%!|1{,;3T$Z##'!u$%%.$&8$$X$?'*$'!N#|3W-|3q,6|3^%|3X(r%[#|3Y+|3W%t#V$j%:|3r'U$!,%!|2x%|3c$K&,|3W-|3[%w&$=$V$.|1o$;3{$-!|3P,&|3{&[#KU&!|3e,C|3^%|3X(}#V$|2^-|3z+|3P.|1n+^#|3g,*|3z)f#|36|3`#]&z#|1^#4;3^#n#&Y#|2^#|3$&|3a%!|3`%|1n+^#|3V*?c$|3z+|3b+1!2|3Y+|3z+|2`-|3e($%!|3r'T$,$M|3W-|3X(r%[#|3r)4S#CR##,|3{,|3`%|3y$|3U+G|3`'e$[$$',)!$H!|3Z&V)!|3_%#|3q*|3U%*|3z+|3}#Y+|3S%&t#[#6$4,Y%$$$&6A|3(R(Z$<!O]#$|3I|3Y+C|3I|3],|3z+|3^%q(Q#|3`%|3l%|3Y+|3f#$|3I|3X(66,I00,W#G|3y$|3[%n).|3c($)!$:&$|3W-|2]&;3&w$20|3T$$u$Y#$/!$$%!8'!'!f#,Z$|3[%y&.:f#4'!$-#|3Q,#'2*G|3W-|3e(|3{&V$T&|3_%#z'K|3X(}#V$|30|3c,E|3W-|3W-|34|34|2^'|2n%|3T,|3W-+#|3IX($h%$:|3X(r%[#|2n%|3[%n).|3z)|3W-|3S)T&|3`#$'!$'$-!'!*.AZ%!X&|3U%|3S)U&!|3W-|3W-|3l)&x#2|3X(}#V$|3e$|2Z&|3z)|3V##$1$%!|3W-|3W-|2k&|2i&|2j)|3b#|3V%!^)0$5!|1T+!;2[-;3Z#!*&(82$[$&]#!0-!$?.0.(*%!%!6:,a##-!*6|3^%e$f%(|3_%$0l(!K|3u&i(|3[%n).|1j#;3b#&(U%t#AW#:Ke##|3j%|3W-|3n#|34|3_%!u(|3}#^#w&$=$V$/!|00;30'#&&|3I|3Ix%|3q&|3{,|3q&Z(|3Y,!|3},#|3r&!|0s#!Y#r#0[#66,I00h#j#;1s#!Y#r#02K6*.,,?00[#.&.&$:$&(.;3*G)!,4+!%#((,(3#'!%'%+%&%$%!%&1!=,.$&$$$%#'!((%!1!%!4$.('!,)%%#$-!$+!$$)!%!1!%!,'#&)&$$)$'!&%!%!3!)%1#%$%,%&%#%#'%%&%.'#%%%!%('!%%$%'%&$$$$%(%(%%%!'#,'!)*'#&|1U+;3%!)!/!(='#&0()%('!'#(&$$%!(.%&%!%('%'%%&$&)#$-!-$%#%#%#&&&&'!$%!%!&*$'!$$$'$%!($$$&$'$'!'')!-!'!&$*)#-#)#&)$(%#$&(%!&%!+#'$&(,+!$$$&$($($($'!$%#'&%$&$%)$$%!$$'!%!%!%%$%!$%!'#'!%!4&$'#(|3p)$a$|3q&|3T$W)G|3x+|3`%?W'|3T,|3e&O`'2|3_%%1!l(!L!|3T,|30`'1!T&2|3_%(1!|3a&|3U%{&v$!|3&Q#,6*)!%!$3!>%$D!V#!X#!K,'!%!.*=_##H!+%$$2|3P,|3c,|3x)|3U%'!Y#s'!$%!|3KX$$|3s,|3~$d(!|3Y#(=b#U#6I$@!(b#($.GP$|1x%;388Q#I.+%%#$,2.+!.:)#$$%!,KI9$*?6%#$7!1$%$%#%$%!%!.$<!&$|3U#l#4,?*'$4I&'!K$&MEn#$7!$,6|1`']&;3x%E>#)!%$$c$Z$x#|3T$U#&j#v#Q%4?$|3}'V&|3O[#G+!4V&a$F!&|1Q-;30Kj(!b$!f#0|3Y%j)|3U,!$|3X$260O*Q#{#!$*+#&$&&&-!'!%#$&%!-!U#$C:2'!|3W%m*|3V$|3T%#G6|3V%%$%!m#!A/#'!)!+!o##'!$$V##6&60I|3Y+?|3^%w(?[#|3w&%$*n%I|3T,|3S-|3M0O$IU%f%0'!M|3W%|3d'|3n'|3*|3S%X$|0{$A;1{$A]$i&;3&E'!,)!$2)!'!.3!(.'#%$%($))$&$)$,%#.'!$$,($&%#$0%!&$%#$$)!0*&7#.'!=&($*%#$.'!-!$0)!*.-!+#%,%1%&%$$3!$'$$%!'$$'(%!$5!&($%!$$|3V%!Q)?*|3`#|3v)|3w&$$R$]&|3u&|3W%(W#|3e)!l$!&O|3:t#_$/!:0,S#p#d#$0(Q#|3U#U#L$&'&$J!$*?**&8?Z#!$*M,$(3$,'!%$%!%$'!0(%#$2(|3U%*0|3P$w&2?CG*:|3n#S%}#64^#|3^%|3U,#|3U%$~(08,|3^%8y&=EI|3Y#?.*43#%%%(%#%#'$0@!@!$[#,$&&7!r#088$%!$7!'#$)!($$$=|3w,|3z)|3$|3q#!h'p#?]$|3T,$M|3_#!AU#.h#2O&8U#-!&$I8(0:$&|3t)|3{$X&Q#Ap#6|3q*x#|3V(|3`#t#&^%*e%!|3v#b)d#|3T$|3^%|3W%x)|1k,;3x#&M.q##^#L#$R#!?r#$$$$9#%!@$|3R*|3P,|3V%!&'($R##$s#!k$,W#&.$2&*|3Y+|3p+|3p+|3W-|3En)O|3g($t#$$O|3R,$|3i,|3h,!A|3F!i$MR#!K(d#:|3l%|3T*j%|1S+0;3W)q&|3W%)!|3&,x#{&MA&p#|3y,|3x)|3j'|3`#|34c$a*|30|3k(|3f'Z&|3`#q&_$=}#|3O_$m*|3o(v#l#|3$(0l#&&&Eo#!KI<!(,ME?60C|3i*4n#.|3q*2`#7!()!|3Q%Y#W%d%|3X$j'|1j+;3'!0$(2*Q#&0$(-!'!%#%#$%$'(6($(1!$5#%&,&/$(.$,%!64%#22)#%!%!(&8$,&$)#$(*(*)!%!%%&*%!&/$+!%!)')!&<!&|3l)v#|3^#Q$%0E$Q#h%.L!%!.|3~$|3$(,:U$#'!%#$&0Y#$$M1#Q#&I4:*A,%!$(=%!*42|3Y%Z$:*?n#A&E(|3w&$W$!Iz%|3S'|14W#n%A$;3'!'!&%!)#)!'#/#%&'!%!)!$%!(%!&-!'$+!%!%!%#($)#%!%!1$',%&%:%#%.%!%,$&*((*&%#%!)!$$/%%$%$%+$)!%#$$%!$'!%$%(%#%!%#%'%#%!%!'!%$'!&$%+''$('!'%'(0%&('#)$%#$$%!%%+!%!%%%&%!'!%!'!$(%!'$*$$$)''!$'!%(%!&%)$'!%!%!'*%$$'!$'*%(%+'!%#+*$%!$)#%!%*$%$$$$%%%!%)%!%#%#'!'!&($'$$$|3y,|3&$&:K>!*8)#%#%)%!%%'(0,%!&*C%!&.)!%$,'!-!+$,,6$+!($.$%$%#'$(%&(9!2$'#(.'!1!%$%2%,%#$.()!$%#&$'$%!$@!&$$|3V*Oz#|3z-|3e&|3U%$)!t#}&!'#O|3o,|0(;1(;3860M43!(%%'!B!:7!$2&&)!,.(Z$&C8&&($$%!*2&,+!%!23!|3{&{$`%|3U'$V##Y#F#|3f#%!z%*2*2Ee$=|1U%_$:;3'%$$('!%!0'$%!$-!%$&%#%!$&&,$'$)#&($$'!0*%&%&%E%(%*')$/!0*((($*%''&%#$$%#%%)!%#*+!($*(%#&$&%!$$$%#&(-#'!%!*$,)$($+#&$'!$%!1&&)!)!$'!*1#+%(%$%1%$$-&$%!%!$)!%#$'!%*%#$%#%+$(%!)!$%#&$'$'!(|3m$:y&|1S+;3w&$&X#$7!B!I0:O00[#|1U%;3^%p#d'|1m&|3W%~(Q#|3i,|1Q-;3S)p#?A|1s,;3S#,`#8&&=64$&^#L#,J!?4^#%!%!,$&$((:'!|3V%$](CO|3S'|3X,6:|3U%T$Oj#$3!?|3w#!V&=9!$6IE=(,$&$j#|39!^#)#$)!4$8%!($%!k#!,2*:..E*0*U#44'!%!$$,*$$(%#,%#?|3Ow&:R&(|3}#S#'!%!$'!j#=6.O^#(.(*.S#$3%.A(|36.*$$(Z$N!:%#&x#,I1!:y#!3$*|1O;365!(a&x%G|3T,|3W%|3Y%n#^#W%=,C|3}#_&|3S%|3[)|3GZ$+!&}#a$l#k$,|3_%!~$]$p#|3=h)i$|3V$|3Y%Y#|3}-|3v%|3b'0$T$,P$|3z&!|3Q%T(z#|3U+|3S-|3m$t%'!%!u#!|1j#w$;34MG$M%!%%'!,0=.*$285#.+!(*($&'#6**()!&1!,*$:66%!$%#$+!&(&,&|3u&'!W$!$A(I,6W#|3e,40|3[)|3W%)#|3R%#)#|3S-|3T,$|1^#4;3{$&Y#n'|3U#T$j)|3P,|3v).|3b+82A|3V$R#!|1P,*6;3^%j#C=L#,J!01#,2G1!20|3W%`%^%?=G,|3_%#|3W%p#]&|3Y#m$]&i$S#|3S%P(:|3q$d%|3U%&|3U%]&Co$|38Y+|1n+_$;3C?H!8&**%$$$'!A.6%!8*$(&&-#f#3!'!,[#*+!$0'#$$*&/!(|3p+|3V(}#l#|3g&|3v#a$Ch%|3S%$}%e%!$&|3Z,|3v)]#!X##.|3Q%b#|1u&;3{$3!$^#P%#n#v#,>$%!&|3x)Ic$|3o(v#|1U+;3(*()!$2l#&*&*'!&*(&,.'!.&*%#$$$&(&&%!(($)!'$I,&$*4'#$$G&2$26%!%#$&*(%!3$*&6|3l)R$^#|3U%U#a$a&&|36o$U#|3W%|3r)|3d'c$|3i$4$'#%$&&:$2,C8:2&4$.*,(&)!$,4*$=3!($%!(&$0.$(4.$&$|3x%4|3e(|3Y+|3`%j)|31!O:6J!&E_$,?4.60+!&(F!0$*2(*|3S%Q)$D!|3z&!Z%#_$41!A|3Oc&0$T$,P$|3Z,|3Y%}$$.e&+!|0k$*;1k$*;3Ib#2n#V$p%|30..|30&'!$^#?:$$)!'%$/!,3!%!,*-!%!3!,80,$$7#&(/!+!%!%!%!'!($(*1!8($/!$0%!$&%!.($0H!|3u-#|3T$$Or#,&]#!(@!$%#M*8$%!v#2|0o&;1j#:$i$$Q#&($8$**.$:&$$(.$*$.$o$&$;3W#&,/!5!(*%!?V#!9#.4$41!$1#$0*$)!%$=$$&$%%,%!*+#*%!/!$7!1$%#%4%&%!%!)!22$A%!)!|3[#&Q'c&|30v$%*0|3^%t#U#?.|3OU#O$'!&T(Y#&$$*I|3W%|3Q)S%|3=r$$$&*F!&&L#$)#3!+#t#*V#!S#A|3p#j%x#8*Q#OW#|3P#$$$*A*(Gd#.:d#N#&Cn#3#68=|3U%|3n%|3T*_$|3['|3q$*$&(|1U+;3Y'f#g$|3U%V$g$|3t)2|0{$;1j#b#;3`#MGh%9!*Md$!$&|3`%|3W%(k#!$}#*2*$84k#!8$%#$$G$,&|1Y+;3`#(@!$$'#B!&$$%$%((:A.0-#$.$%!'!'!*%!%!1$%!&$$($'!+!$%#$*..0*$&0&B$+!+#%!(4$$$5!&=|0Y-;1Y-;3u&$v#v#x#$|3n+|3e$G&{$z#$n#Q#Q#|3i,|3P$U%b#2?I,8|3['a$T$|3w,|3V$S#f#-!]#!6(+!(I*20B!a#!$4|3b+W#|3r)|1x%;3(W#a$,0I`#*024)!+!6*2A:?$.|1t);3E&Q#&(t$!P$[#Md#$^#|1w,;3*^#.&^#s#!x%,F!3!2&3!,%!|3Y#]$z%|3Y+|30|3&Q%S$#a$l%|3t%m$|3Q%%#%#r#-!S#KD!V$('$$%$%!<!*&&A|3p++#*(|3R,|3y&t#v#|0Q+;1j#f)&Z$&;3'!(C%#&$*5!)!'!%#4&2-'%!%'$%#$$($*(&,&$$5#%#%!'$$$'!%$(%&$%!$$$$**,%#%!%!*$$'!$%!'!%!$(%%%!$&%#)%*%%'#%$%!&%!+&&)#'#&*%&%!%!&$&%!%%%!2%%%%$%!+!%!'$$&$%'$%!$%!$$%!&$%!%%%!%#$'$%&')$$$'%&$$$&))'%|3Q%|3V(6|3Z,|3c*O|3k(|3f,!|3L!,D$&%!@!7!(&v#T#!%!*(:2*+!=&&,$*l#.&$&&$&:|3P,&O|3m$K|3V%#&y#!,Y#.$,%#S#*,,}#,4*0|1U+`#$;3W%R$%#*n#?%!c##62:%!8+!|3U,!|3.X$%!2*+!$$E2A(0S#'!=I47!20&?(%!&($)!,,|3I}%|3T$|3X(4W#|3f'W'|3W%t)O|3W%|3l#|3V%!o)!|3&&$$t$!*&06`$!0W#|3Ag$[(!]#!:|3b)R##&7#g##4%#/!|1j#;36Kq&`%s#!|3[-|3Q%d#&Y#Q#E.?A$O$I|3V,|3Kt#x%v#`#^#K|3R$j%P$|3R,$(r#|325!(4G%!.L!1!$i#!.0,&'!((&$8-#.-#0%!&$&?((+!1!+!$()'%#G<!-!|1K8;3I88'!*)%(=+$'!EK=[#2_#!?f#C|3](}#|3'!(p#?9!&$8,&G$&?Cl#[#M(&*=&$&&|3b+|3T,|3u&&&p#2043!4,2&CI,$(&A|3^%|3(s$s$i$j#(|3[)U#n#&CK|3w,|3d'[#|3S%-$x#x%^#:Q#|3~&U'0|1w,;3e,4|3T$U)CU#|3&C(.<!$3!0A%$)!$Q#=.P#!.?,1!0W#$&2$$4$$$,'!,$,A*|3Y+|3$G(4&(8K$'#'!'$j#%!6=?:(8$*,*$0$*,(.?'!*&(&%!+#)!$:|34$Ex#)!'!:>!(KN!$0f#,G&:.$=0|3I4x#h#j%{#!$.A|30X,|3V(|3S%|3S'p'|3q$|1P,$;3N!&1$~#61!N#((*$(/#62($.2'#&$&'!5!&.%!*'!1#&1#%!2'%$)!)(%!%)%'%%%%8)!-#8|0(;1(x#b%c$_$;3(IG,62Q#$U#,*$*&=S#'!3#&2G(2+&($)$$%$'!%#J#|1x%W#a$;3(*Y#f#K&c$W#q$O|3b+|3*`%|1g,;3Q#`#Gz%8f#g##A|3K.?.O0M*3!$&0*0&$G&Q#&%!8&,2&<#4$$$&A$I|3}-|3&|3c&Q#:n#8U#|3z%z%q$|38|1j);3**4(Y#$.:$*)#1#$,(62**+!&,'!&)!&$%#)!,*A+!/!'!$1!&*Z#&$)!)#%$$''%$|3y&|3c*b#j#|3e&:a$|1O;3I2&p#z#o$_$?|3E|3T$M.s&$t%|3~$%!%'%*%#%%'$*($,t'O&|3(|3s*0T$|3w#!Y#v#z#.Cb#d#2&|3W%z%j%:|3m,|3[%U$!|3l%My$2t%|3U%V&N!E$&G|3IZ$%$[#9!$*~#!R$W#<!|1w&;3o&y(|3P,|3P,|3W%|1j);3+!(&&,$2*$E.$$%!$4$$*'*1!,$(*%!(.&&$%!&20'!&((%!(-!*0.&*'!&'!'#$+!(&*,2(6%#$)!(%#+!,4.:)!(|3W%)!0`#r#Y%I2|3`'|3['e$|36t#`#O2Q)|3{-!|1P,$;3M5%~#$$.S#($%!&$)#/!G%!&$/!7$&$&'!5!2%#*'!,'$&(+%$7%$&%!)'%!%*%'%%%%2(($+$.=|1W+;34m$b$!%!,$6:&I6$4d#Q#(|3A.P$)$%!$%!.t#K.O:4KK:(2$$A|3X$2>!0%!P)#%#((|3`',e$|3Y%|3n'0|3{)!|3U%|3S'{&|3V,|3Q%|3Z%!|36`#,2l#(n#:-!`#.({#!%%%!$H!|3X,%!|3x&$&R$K,?w$,|3^%u(|3W+|3z-|3c,|3$&^'c$.I|1d-;3P#!$d%X&f#W#&('!&$'$|3_$O0|3j-|1t#;3s#!Y#|30&26?&Q#('!$'#*Kt#.'!068.'#,&.$=,$)!5!8(*$($:|3t'Y'|3}'r%|3u$k&V&|1}#;3&y#$6@!1#.n%[%(|3^%W%G03!v#|3x+|3c*|3^%0M^%|1n+;3&0&64(k#!'!$$'!A*0.&$<!**,+%48*:$)#)!%#.$80+#,&*--%*%!%#$((&&*+!C|3S#u(q$|34W$!>%o)!|1P.;3P.|3{,|1j#:m$Q#E,6=&8,0u$;3&&.8*(&4$0$(*$:'!%!&I&$9!A%!S#%!B!%%?$&$%$&+!3!*$.$6*)!%!%>%3%!%!,.*.A(|3q$|3m$|3Q)g%!/!|3w&Q'|3X&AQ'|3~$0P#$|3O&Q#}%|3~&a$&k$S#|3g,|0!;1!;3*n#[#P$5!Q#[#%#(-!W#E*C|3K,[$!M>!Y$!=(c$$I&B!|3m)!l#d#:|3Mr#u$e$(|3W-|3`'(r%+$?|3[+@!|1Y%x#,h#2a&;3U$#+#24'#$%'Y#4/$&($$$.%!$$&*%%%!&&$$%#$$)!&*$%!'$&^#*n#%#.%%$$&)#(8)!$|3],|3W%z#r#.n%0|3(6e$|1X,;3(w$0==`#|3{$(W#x'$$E|0s#!I**r#0[#66,I00h#j#;1&W#2)!I**r#02K6*.,I00h#&.&$=&(.;3&E84+!%#()$*$)!3#'%%'%)%$%&%!%$$/!6($*.$*$$&.%!0%!4,&('!3$%#$-!$F!%!1#&)&$$)$'!&$%!2(0%%%*%&%!%#'$%&%*$%#%$%!%+'!%$$%)%%&$$%(%)%$%!&,'!)*'#&|30|1T&;36q#!,`)|34o$V(z#|3`-:|3k'!{&|3{,|3V%$E6|3`+|3V,|1e,$;3W%z%b%%#B!|1Y'A$v#*;3Ih#C$l#Q#(w$$622&''%%%!$+!?$E|3&~*G?|3X$3%8',&X(b#|3Y%t#{&0*(02|3v%|3R$O*c$Z$d#E(&8|3X,|3O|3g,|3(=M.?8'%(2.2G$2(K:$)!&(,$8*0&$&$,'!(=*1#0$*$)!&$<!(|38s(2g$|3[%k$=s&E|3w&r#h%4|34|3P,|1O8;3I)!K%!*)!C'#'!'!n#_#$]&9$.|3^%|3r#8g$'!=$.((*{$0AU#|30*|3+!)!'!&'#a$T&|3q,|3[+|3U%&V$$n#T%!$0A|3[%w(G|3q*x#|3b)|30&M?|3K[)|3q*|3[%m#!$$R$K-#?V$N!|3i$W+|1W'a$;34:5!40*(,%!$*,&S#:$&M1!('#,&,$*(.2$$&*(,(&(j#S#(%!|3o(6b#0|1{&[#66,I00,M2KA|3U%}#}#p#|1T&;3^#`#4.2m(&((,0?|3U,#%!K|0o&;1j#=i$W#($:20A$(0,0o$(;3M,*(.42@!U#9!.7!41!$1!2*$*=/$&(,+#,.81!$%2%--!C$A$(|3V,|3t)2|3p+|3U%~(:8|3=|3X%#)![)&|1m,;34&$[)w$|3Y%R$e$b#8M|3W,!|00.;10&*O;30&&$$6*$$20)!$&C&'#$.&20D!+!&%$*%#$,$-#+#%!0$.$*)!$,3$$%#(&$$,(+#($(1!+!$)&($($$$(%!'$.$5$&$&*.|3v#Y'l%|1c&;3Z%%'!U#IKV#!6Q#P$|3S%|30|3v%Y#Y#X$p#4,|3Y%o(|3m,|3g,*V#!|3X%!e&9#|3Z$H#&^#`%4v$',|3{$*$$'$k&:.%!^#$7!&$0|3V%!n)|3v+E|3P#!E&y(|3f%{$T&<!|3t-|1e,$;3W%z%b%%!B!E|3s,|3S'|3w,|3$T$&O5!Z&^$!(C|3^%0k$|3V%!*U)|3R%!|3t%|3*.G:$2.=&$%!4==(W#0,:G?*,&*$E($%#$-!,%!(0(4|3Y'|3q&^'|3U%|3{,|3x%0|3`%x#v#F!P&|3j-|3Z$I$*%!f#&Q#o$2.KEN!|3R%!$%$'!&$EF!=?6<!?.?*20.7!&8$%$*&F!|3V,.,(|3q&|3U%}#X&d#&|3v)Z$|3W+K|3`'(A^#AT$$|3Y%(j#g#!a$p#.+!S#|34G)!E(G&&'$S#b#4U#(2(2($w##+!-!&*0|3T,|3v'|3y&x'&&*|3k(|34u$48(l%[#80-%$0.$|3_%!|3v+|3U%|3_%#0,R((*$|3c,|3z-|3x-|3{-!|31#)!$I8,K($+$>!J!$&1!,%%$$)!$%#-!+!$,?&(.&,&(3!&.$(*$%!**)!*+!%!0$/#%!$%%(($8$&%!|3p-|3z#K:|3}#6b#r(!/!|3z#0Gb'|3Y':(|3T%!$&p)|3I|3l)|1c,8;3W%Z$0Q%W#,EQ#|3i${$b$#,$:&b#%#|3b+|3S%,y(.|1j+;3Y'-!,8$e##$h#40%!S#*|3p+2|3Z$.8$&&&$.G,.v#:A8&j#2$.(.(4|3W%(0,O'!0Y%m#!'#$$.5%,$&2&.|3T$Z#!0Y#6=0.v#O(C%$)!I|3&2V$2&&&'!h#*4%!<#*:0$09!,6(CH!2%!$(,+!<!,|3s,|3f#r#o(|3*(0i&|3](}#|3z-|38A02)!Q#%!&&$2?($A,II$D!c#!6S#&($,$?|3q$|1m,;3m,.|3k,|3Y%{$|1j#:m$Q#E,6=&8,0:]$;3I3!$84(*$(&4U#9(%'$.,&%#.G%!8+!%#?%!&$%$&+!$1!*$.$61#%#%=%3%#%!82E&$|3U%b'(m$0(|3U%|1Y+;3w&v#N&0=:*+!|3T,|3&Q%V$&W#$O((|1['a$;3c$x$!?W'|30T*|3^%z'|3c(u$|3r)|3x+|3q$|3b+|3Y'}%|1r-;3_%!0p)|3e&|3x,!|3T$Q#&'#0l#b#A:_$|3V,M|3l#h#=Y#.P##p#.U#|1c,6;3{$&'!^#=l#f#%!_$,-!.,6&|1[%n)S#;3{$24|3}%n%g$|3b'|0=P$*=;1=P$*=;30.5#('!Q#27!0KM$*G*d#(,.G&'#g#!,M|3V%!h)'#$5!|3=~(e$&|3^%|3b+|3e'!|3V$k$(,5!Z&*K2|3W#u$|36S)|36X$:f)|3MT$.f#(p#626K,6p#$A|3U%o#%~$(T%$|38&?$'!@!?$6%%$$)!.$0.,.(,**$,$4A62&&$$%!($&$K.*)!4$4,*|3S%d)?A|1s,|3W,!|3Y%X$0$n#,,&($U#A*G|1q&;3(v$!&.0S#$*h'|3$%!%!%!(2$.$0:2H&$$$%'&V#!Gf#r%7#|3U%$i(n#:|3v+[#|3c(e&&|3q$p$#$.c&:|3p+|3Y#|0Q+;1Q+c$;3'!(S#5!)!Z#%%!$$$$$=44$$&&1#$*$$:$:'!,/!)#-#&%!(-%&(**%'$.$%#$4$00($$$%!*'!'!'!%!'$$*(&&)$'!|3d%$$|3*|3U%&|3{,|1W+;3464Q$!Y$'%!%#%$$%%$/)+$$%!(0v#B#*/$0)&+!$(>!*|3f,!|3^%m&_##$G|0I;1I;3{$|3v)Y$!'!*|3c(|1f#;3OK`*&|3e&|3_%#<!|3^%<!c(|3Y%n#X$t&!|3X%!`)(|3z#$?6`%Q#**2,%!$&*&*x#(06'!|3i,&:|3c*O|1s,;3Z#!h#4$$Y#08z#(:(Ko#!=($|3q(u$|3Y%|1d';3&X$}#6C$%!&&1!MW#f#*260Y#|3OCR%!|3P#!&.u$|3W(!|1^%;3_%!$.Q)|3S%$*j#w&4p#|3x-|3(|3U#|3Ea$$MH!&8Y#=*9!==0@!-!I|3X&}#6f#*U#d#|38|3x+[#|3i$Ap#:D!L!2R#!:.8+!-#)!?2|3j$!=Q%n'|3X$W)|3l%n%U#n#|3^%b%v#|1['a$;30&$(l#M%!&$M005#t#>#'!n#$E$$$0$('!$.|3U%~(|3l)|3S-|1U%;31$)#%!&E6&A8')'$C*&,7!06h#4^#0,2$.*$+$4$&*|3q,|3S'|3}#[#g(6$6|3[+686|3Q+|3x'|1U%;30V$B!I%!6*n#}#|16;30)!$.]*b#|3`%|3_%+$.|3(|3P$U#,r'G|3W%f):|3{$|1[%|1R,x#&;3]$2Q#b%,I}#2=Q#|3Ol'6,[%&Y#|3z#|3W%%#R$0n%$|3W%x#U#z%|3T%!$r#^'3#A|14;3(+!'!%%%!&(%!n#}#G.Ob#{#$&'&)$%#+'$|3U'$V##Y#F#|3W'U#}#|3v%j#&.p#3!%#,Q#,$*+-*('#(F!|1p+;3`'e$,Q#B'$$$%%+#%&)$$|3I|3~&|36($,(i&z#|3[$!V&|3g,|1q$6;3q$($($$%+&P##W$!A$0U#z#%!%#&%$$$%!&$/#|0~&a$p#M;1~&a$p#M;30A28/!(1!($1!'&$%#$$%#.2,,(**$%$,%!*$+!&&)#&8(3#&-#$,($$$$(%!$$0-#&,+!%!)!(+#1!%#%%%$%#%!(%!'%%!$%#&$$$%#%!)!$$$%!0('$$&&|3}#*$$0>!'!6*0`#L#$)!%!&C$1!$$$8((&0B!($($%%0.$(-#$&(+!2'!|3n%Y#|3S#,?*$4>$%!%#&:K)!0Q#85!*8&$,4m#$&$*6%!,*C|3G|38w&G|1Q-;30}#k$?t#p#P$*E|3If$!Ox#v#|3Q%.N!b%`#j#|3x)8|3c*G|3{&|3c,|0o(6b#0S%;1o(6b#0=g$;3~&q#!4.4E.?C%,%#$)!>$|3g(A4_$(&)#?2|1Q%;3X$28&'!'#0M:k'#&$Y#|3R-!|3`+|1T,;3v%l%u#$*9!)''')#J#|3t%V&^#|3P,,I|3f'{%#B!|3e,|1k,;3'!*$8&$$1!G2%!$0*'&%!%!&<!:0($%$(+!$&&&*$&(*6'#*,1!$(($$&*%&'!-!'!$%!$'%-#)!,&*(&'!$&%!%!%#%&%!'!&$%%$%%$$%%)!$%&$$'+$$(7!*|3U%&{$r#W$!$$0&&2$&|3OU#Q#}#$a$KR$W#2|3b(!|3Y%~(|3S-|3z&!|3U+|3g,$=|3Y#h%(T(|3Y%}$$.e&+!|3G^%S#`#+![#>!p#$|3Y+|36r#:4'!&,0z#M2C`#00,,*+#&$&%!&'$($$$.&1!|3IT$({*|3S%|3g,|3s,U#|1j);3`'Z$-!,q#!|342a$l'a$|3U%r#,}#r%|3q(|3a*|3r)|3U+|3V%!&($d#&*($*0&Z#!,2,$$.4&=0W#4F!|3W%|3R,|3w,|1k,;3m$4(p#Y$#%!0[%($0%!|3V(}#|30*${$V&|3q&|0I8P(I00;1I$6$4j'I00P$$E;3J!85%$$'#%#)!$-!+!$3#'!''$%'MD!,.$$04$4$%!3#00*1!$.$-#$$,+!I%%%!$%!'!%$%&'%$'#($%#%!-%%$%!%!&7%'$&|3v+|3v#5!|3W#0|3W%j)|3$W%v#4?0,j%|3V&U'|3Q+|3^%|3c,|3x-|3S+|0Q+;1Q+?t#;3'#(r#T##'''!$$b#%!$.%&+!$I%!0*&%#-!%#?%!3!$$(*%!*$.$&8-#$6$$%!,%$&$%$$%!'!%!*(%!/!$%!|3o(v#i$|3V%!Y)f#|3U%+#1!N!|3R%#$$$(t#S#b'|36i$)!+(A1!h%(]$06|3M]+$|3~&z#p#v#|3$o*h#|1d);3U#-!y&}#|3^%|0`%i*;1`%s(t#;3U#j#.&&+%:d#*0^#4.h#B!)''')$5!4%$B!|3g,|1o$;3{$,|3_%!^#|3h%p#k$d#I6|3v#i##f#$O04643!Ow#!&$*$$&&A|3g,|3r),y$&|3U'$U#$W#E$|1f#(;3c,N!|3^%|3v#5!|3^#`#9$$$A4GC4,A+#$u$@%6A|3v#G6(|3m$V&_$=`#|3Q'-!w$S#E|3p'R$4?r#|3q$6z%j%:|1w(m&;3n'$OY#,Z$:/#E|3T,|3Y'|1g,;3T,|3*=$$8A&*)!$$(0,$5!&0*608S#+!4A4.&-!0I(&'!0$'#&$,&&%!(=|3U%,y'!M|3z#x'M`#C3!|3T&&|3[#4|3f'|3^%U'|3V,|30((W#P&T&,|3`%.v&!&7#f#3$$|3r#22W#m$u$Q#20$,,20|3[)|3[)g$|3q,6|3{*|3i$b+|3(*.&$,5!KG&T'#E$|30|3i$4*|3g,|3}'|3b+|1t#;3Ij#:3#{'!I$$S#G|3U%,.|3T$v+|30.$m$|1}-;3~#!AC?[#2&&-!W%*60|3Y%Z$r&%%$C*|1p+;3{&$2P$6,Q#B%$$$%!+!%$)#$|3U+G|3q,|3X,$|3'#%#Y#q#&&$$&T$$.`#W#,p#')*|3v+|3Y%o)!|3q,6|0s#!Y#r#0[#66,I00h#j#;1s#!Y#r#02K6*.,I00h#&.&$=&(.;3`#4+!%!((-!(3!'!%&%(%%%$%!%$1!=,.$,$&.%!0%!40(&3$%#$-!$E%!1!&)'$$)$'!(%!2(,&%%%*%&%!%#'#%&%*&%$%!%(&%$$%'%%&$$%(%(%$%!0'!)*'#&|3[)|3X,|3V%!'!(i#!$0,0,::D!&$,@#4>!C$$4%!$)!|3f'T'!|3P%!,S#_$(6|3S%Q)|1u&;3(W#b#2x#%!v'|3Q)|1d':;3$H!%!$46=o$4G4%#6C2(&&6V##%!%%%%$+$B!|3U%$$&KB!r'6:4|3Y'|3q&S%|3Y+o$|3V%!}'S#@!|3q$?p%Cc$,=|3l%y(|3`%|3Q%(CV(''%#&,$)#7#$|3Q)|3b+f#.|3_%!a$|3P%![#2|3M0^#>!+!(,C8$2W#@!,(0GA$5!$7!(5!:E|3I2Q#22AY#*2&8F!A-!,(>!,B!@$'$($8(*&$A|3y&|1i,;3%!/!*n'2*7!4G9!:3!0,/!,$|1t);3Q+|0~&a$p#M;1~&a$p#M;3q$q$l&!)!,&*7!|3Iv%(x#7#&$6G1#&v#|3i(p%C|3Q%6|3S%~%!2`#|3c,&|1k,;3Q%(6y((,1!|3~$|3T'!U#?8y%!A|3q&$U'|3?|3V,|3t#|3b)`#~#!(|3y$}%T&|3w,|3(|14;3p#`#&U#_(|3o,|3U%|3z-|35!i*r#&8|3})g$.,&|3k,|3w,|3a&r%P$|3d'S'|1q&;3O}#&=U#'!Z$j#)!Y#4?M|3b)`#|3e$v%}#|3S)|3W%q#!%!~$S%I|3$2Z&Y%|35#(,|3q,|1u&;306,S$!'$&&%!`#$24KV$=Q#(2%!&(,&C|34A,<!0L!t#$$+!(*$0&(&'$L$2$0&/$0(&$%!,.(***)#$$%#%!%!/#&$$%!&%$$%#+'='!|3[#v#&T$e$P$*=|3Y+|3C(W#,,?<!$,E$$**(2p#26B!m##'$&.$$.=$$(|3V%!+!1!=x$#`#`#|3P,'!(|3`#C*(,n%KS#?|3z+|3^%T(v#|3Q%&&&$h#S%f#C0.'!&&I|3q$d%K|3Y%Y#|1^-;3P%!01!EEj#Gy$J#&7!%#|3r#j#h#U%f#|3Z&|3p+|3{,|3Z%!|1Y%M.;3I&$1!4(&+#$)!(?%!%&'*A-&$%#$+!7!-'-!$0'!%!$&-#0%!$$$'!&&&$)#$%'%!]#!+!p#/!%'%#&.5!/$|0o&0[#66;1V%!j#0[#66j%&?;3`#A***8'9'.'#00.$*.$,$q#!3$%!$,$U#&)#,&(4(3#%%%#$$'!%#%&'!$'%'!%'$%$%!&$$%$%&%!$0&)%'#|3b'2T$^$!|3y&|3c*O|3U%|1Or%;32,**%!,(4*$*$0&4%!&%!%!$%#1#8$&8'!%!%#$(3!%!&=66&.,(1!%!1!&&)$2)#$($*'#&/#%#(*'#%!$$&&&%%'!&)!$$7!)!|3P,|3x&#$V$I-!|3W#|3Z%${$s&|36|34(k$u&q$&|3m$4x#g$`#28|3a%#$,|3x%?|3q&|3m$|36P$q$`#z%2.|3v)|3S%b)|3S'|3a(|3Q)p#|3W'|3}%c$|3X%!h%v#8f#|3z)_#!|3p%|3a$z%&x#^#&_$|3&y$j#s(|3^#|3U%y(|3b+|3~$1#1#F$&|3a$P&E4I%!4|1b';3&0*.48*&3!..($$$$K$$$*0:&$%%$$$($,*d#+!$.W#G'!$$$'!6$(,$B!|3g,|3v)|3$2%!$|3I7!4H!9!'!'$%!A2$=$p#*.$Q#m#!G$'!8$|3S%('!$g#!`#e$(f#|3},#|3w,|3x%i&|3c*|3=~$>!|3W#|3}#S#&R$,Ep#h#*:%!$OH!|36(n'3$|0=EK:f%KS#?;1=EK:f%KS#?;3}$%r%=p#d#|3v)|3a#!(-!Q%E$n#&l#&|3=m${(|3W%d%Gp#S#K$|3z-|3g,|0o&;1o&&S#R$;3o&,&IS#p#^#84G,|1Y%h);3T$R#!'$Y#4.T##$:1$$*$&E4+#$*$d#.$&&E+!$|3w&|3_(}#|3Y+|3{$3*v(!$|3Q+O'!(|3U%h%v#_$(|3}'|3S%|3p%l'=|3Z,|3p+1#&(|3O|3v)x#9!$|1Y+;3R,$|3W(#Kd%+!|3V$~*|3Y'k$|3d'If#2^#h#|3q*|3]$N%)#J!_$b#$*0G*V#!$$$:|3Z,|3T*?|3^%|1w(m&;3&S%$]$*$,EY#,l#?<!R#!|3l'|3Q%|3v#U#X&{$83!|3r)|3Q-|3p+|3d)r#M|3m,|3o*|3W%|3m,:|3m,&|3~&a$r#I|3r)Y%|3W(#Kd%+!|0`%;1X$W#;3'!&,%!()$%!$$9!22$)!(+!$(,%!$%!%-+!%!.,$.&%#-!3!&&$*+!+$,)#+!&($&*2'#()!6'!)!$&0-!'#()!&$9#$/%%!%(%%$$+!,*(&%!&@!|3t-|31#*&j'u&|3{$v%O`#G-&.=$|3~&V$,|1R&b%v%;30'!$$0`#K$,=**O*26=R#$$0M$$+!+!*2%!0%!%#(&$&($(G|34|3V#!}#a$V$,'!|18;3(C(M^%M:2G&8^#OY#|3h%|3Z$Q%y$Q#$(20?|3Q'|00;10($}%;3%#)#)'&%#%!'#$%!$%!Y$$$,'$0$-#:%$[$!w#!:b#f#%!|1U'a$|3m,|3S%.r#S#$?.S%%&$0*|3^%IS(!0$|0Q+;1Q+?t#;3'!x#[#f#$3$S#%!8)!,A$60$+!0$=-!.,$$%!/#(($&0$3!|3x&'%!~$,@![$#J!|3k$@#&}#Cx#,K/!G'!($.U#|3e'!|3l)`$#S#|3g*|3q&|3e&:a$x%&=|0r#;1r#;30(.%!`$#%%$%!$v#,L!00,%!*1!*Gx#0,&(20|3^%|3V%!Q%KS#^#|3W-|34|3T%!&%!o$h#`#8L#D!$|1['a$;3X%!U$#b$$'!p#|3T$:Z$4*CL!3!6.6*^#$C|3i,|3}#Y#S)|3=|3T,|3V,|3z-|3S'U#?.Q%O|3_%#u(2?|1U%T(O;3+!-!$0.&$%!$*$*%!/!)!$%!'$(%!$%!+!&(%#%$$%:%'%4'+$./!&()!%!($$0%)$+)&%!%#'#$%%$($%!%#'!'!$(%-$'!*%%%#%!$'!&&'!%.)!$%!%#&.'#$$$%#&&$'!)!3*$(%!$'!$'%(,$$%%&'#$'!%%%*%/%,-!$%!&%!%!%!%%$'$%%%!'&%$$%!&2'!%!$$|3Q,!'$O|3R*|3T,|3v%|1v%;3P%!'#$+)<!4%#W#t%A,(<#4|3*U%0o$[#C|36|3Z%!}$#K2`#A_#!($|3Z$G|1c&;3Y)$g$|3S%x%S%&%!=2|3r)U%|3e(|3R,|3U%*O=(e$q$$U#|3`%$|3`#Kz#S'9!+!*%!(44|3c,|3v)|1S%;3y$'!$J!6((a(|3m,:|3W%(t#$j#44Q#h#'%%#1!+#-!&)!&|3U%~(:|3S%$l(!K%!|3m,|1Y+;3Q+|3&V%!|3T,|1^';3T$*0.6Mh#E:(c$26)#&)#M|3S%|3n,!:|3U%|3['P$|3OZ$X$]$0|3v).l#2|3y,|3W#G=*0%!%%8.,&$0$&(J!&-!o##%!.((E$6@!($`#|3Ar#D%a$c&-#(D!|1[#2;3p#0*%!(='!+!L!}'Q#|3]#!4n#|3X%!w((2|3^%|3~$'#$%!Y#a(|3p+Q#|36n+&$$|3T,|0r#;1r#;388M?4&'!'#8:E'!2$A&.&*0&.)!=*&(+!$*(0*0)!'$%!&/!&+!'#&(%!,6,|3Q%|3k,$|3Q%|3T,|3}-|3`%|3*.0Z&t#.$$?S#.G(4*$0$*|3j+|3m,|3W%S#R##d#*:,'!?*i$|3f%|3y&m(|3^%g&_$|3*(&*g(`#q#!:6&|3:i$|3q+!|34&U%b$!|3r#Y#0$b#0H!67!4.4'!&>!..2D#%,%#$*-!'!$+%/!C|3s,|3t)z#|3T&|1P.;3x-)#|3{$&($&t#P$U#24Z#!$$8S#&|0o(6b#0;1o(6b#0;3o&0p#6,W#0k#!I2|3^%w(|3_%!u(|1Y+;3S%-#0,P&b#9#*)!'!'!$J!|3^%|1}#m*;3&G'!2?6($&$.%!'!%!$'(%$/$.9!*<!,83!%!@!-%%%&Cr$%$'$*.|3^%0If%f#0[#|3U%e&V$|3C|3&[#MI,l#h#Ap#:2:1!^#$|3p)|3q$|3Q%|3l#(Y#&'#&&%!/#U%b#IX#!***(.(|3U%&h'|3q$|1t#;3Ij#:3#{'!I$$S#G|3e'!*:[%A3!68|3^#v#*b#*^#[#Oh#?%!0|36s,|3q*|3w,|3p%|3q&c'&w#!|1&;3&(v$(%!%$%!)#*=Mp#A4Ev#($3!$%#*,|3V$_&&c$|3$)#(2$=4|3U,!(I|3R,|3w&}(#|3q*|3+!E2?*$,$@$'('!(.9!%!%#%!88R#!6%!B!E3#-!$,U#-#'&%!/$'!%$/%'!$=%!|1P,$;3M5$~#71!N#((*$(/!G($.7#&$&'!5!2%!*'!1#&09%$&%!)'%!%+%'%%%%83$|3^%a$&U$!h#E|3y,(|3{$2x#~$|3Q%&&|3*4[%E|3Y-|3q,U#|1X$r%m&;3M)!&&%!%$2%#&,'%%!$/!%%'!$*&+,%!C2.*%#&%$%#%#(E04$0$%!%#$+#@!$$&$/!-!$&,h#$%%%#$)$+!'!'%%!&1!-#|1W'a$;3*0CT$x#[#D!4_#!K`#|3w,|3S%&*n#p#6,W#0^#f#|3Q%&|3j+|3^#]$G|3~&&h#E$2|3e'!+#3!+!|3h%r$!(|0r#8;1r#8x#;3r#@!&(9#)%$:4+!$S(!&&&*$,D!|3T$+!U%606Cz#C804|3d'|3I[$#'&$',z#-!W#A:d#*@!'#%$$L!|3]&x'|3i$|3q$0*.t#|3x&#[%@!Z$|3S%k)!&6|3t)|3Y+|3W%|3r%|3I]$,f#%!^#r#b#&C*,|38i$|3c,|3W%R$k$t%|3^%w$f#|3U+z#|3W%[#82[#V#!.t#S#|1f#(;3m$'!+!'!)$$D!3%%#7!&&$:k&6%!$%#&%!.)!+!|3P&?M|3[%n).|3`%v#%!+!2A`%1!|1w,;3($&*(2%$&*&.(&'$+!%!&0$%!1!%#%)%!%-$%(%!%#%#&($./!%!%'$$'!%#($'#%%$%$$*$,%#%%%%%!$%#%$%%$&)!&'&'!$(&$%#'%,)!3#$$$'$+#$%!$($((%!'#7$&($$)!($$'!$()'%&%#&%#+&$%$(%!%!%%$%%%!)#'$%!%$(&&*'!'!|1d-;3K462R$^#W#G$4/!&7!'#^#'!%!$$/%((*1!$*'!'!$'#(|3[-|3X&|36k$($'%$(z#%!.V$.m#!2%!%!%!%#A.|3Z'!A|3d)6,&00d#Q#|3Et#&:Ma#![#2=K?.:&?(&|3Q)|3Q%(%!n#W'|3Q,#'&%'$%!I|3T,|1T,$;36[(!A443!CL$$$$@%*&:|3V,|3X%![)|3X*|1x'h%;3M]#!M+!0M/!7$*.$&(+#<!,$$.7%+!+!%!0'!'#%!$%#3#$&+!<!(6$.+!)!)!0)!&'!|3r)|1[#2;3Ic#!C'!+!|3V$|3}#)!*E$)!'$Y#22*F!(0(6&0$*$&+!)!(*+%-!0(1!0$%$%!&5!$$$&26|3o$Y$%$T$V#!5!($%![$!1!0&%!'$|3&|3[)W%|3Mt%,{$|3m,|3T%!|3x-|3_%!|0x-;1x-;3y-!%!&|3`#|3a%!,|1p+;35!&o#!Z#&%#-!l#(Im#!,(KB%$$$%!*%$)#$|3y&|3P.|3p+**+#|3z-|3Q%I2t'')%$'!J#|3'!$w$%#%(%'%!%)')?*&$$)!$(4p#6,8A04H!'!*+!$..I|0}+;1}+;3{$&$%!($N$E,,,d#22{#!*)#$&$$(.&$&-!|3b+|3w#!|3}#w$^%?|3*(&-!(n#$$h#?8a$|3g,|3`,!|3}#|3z-|3`%b)|3U)|3i(AW#:^#$|3}%A|3{$h)d#%!&|3^#}%e$}#|30|1Y%x#,h#2a&;3U$#+#24'#$%'Y#4/$&($$0%!$$&*%%%!*$$%#$$)!&*$%!'$&^#*n#%#.%%$$&)#(8)!$|3P,|3X,|3P##({#!v)|3a,|3~#!4r#^%Q#:b#&,[#|3(T$G|3Or#0%#$$$B!6((f$!f%@#H!|3[%s('#$E.|3=_&Ix#U%I|3Y%|1^#4;3{$&Y#|3}#|34|3_%#0S#e$H#K5'%#H$$U#C|3s,|3w#$&Z#&r#,_$Q#'#/!*b#'#&/!%!%)/#&$4($$|3X,|1U'[#U#;3T$*d#*(U#$V##$%!(&KF!$V$|3`%R$0$T$k#!S#=|3X%!|1q$6;3q$($&%#%'%+%.%%$%$0.3#u$$e%!&%%./!|3d'~$S%*|3U+G|3b'm(|3S+G|0`%;1`%;3^%*q#!j'6J!|00;1Y%${(C;3&=($6%#E&&((*((%#($$%($&%#)!,$*&)!((*,$&$%!'!$$%!%!0(,%!,'!$%$%%'#2%#(%%%!$($&&$$%!$%#*&$)#)#4$('#%$$2$$$%!$$)#$%&%1%+%&42$%%$'!?$|3&r%y&|3^%GT&|3w,|3`)|31!?,^#9!+!+$d#7#$,+!,(+&2??&$%!+!.*.=**((%!($=$I0|3v'|3w&|3X,|1q&;3Q%=u(|3{,|3{&|3q+#|3n'X$|3h#{$M|3v'P$[$!%#K|3f-&|3P$|3e,$|3p+|3j+|3T%#$$$|3O)!C^#+#1#^#*2,0*AV$/!9!5%%!$$5!,,&|3e,|3`,!|3}%|3e&s&9!1!$%)(,@#|3W%j#d'G|3`#h%^#l#(,l#M&*0|3l%f'N!&(.&4&|30|3r'T$k##|3j+|3f,!$20|3x'&?h#`#f#.|3q,|3$(X##G(.>!&'$.%!F#:$8%!B!$2$:&*7!'!+$$4+!$$&%!$,H!($,4$&*,6$|3{,|3S%(4](-#A,,|3q&|3U%^%EX#!?+!Q#%!7!&:|3S%d',b#&|3V%$r#,}#R$q#!4?|3U-|3m$v)|3W'q&|3Y'|3q*|3q&|3S%}%{&|3k$]$j'J!|3T*|1i,;3v#_&n#2a$*&|3g(&>!m$|36h-|3m,|3Z%!W#^#8:W#.4b#,G|3t#|3u$|1O;3J!({%$l'.*+!(4|3S%i&i$|3(|1U'a$;3p%d#W#$W#E$|1m,;3m,|3R,|3Y'*Gl#2|3v+|3~$$d#|3Q%y&|3i,|3Y%|3{$|3s,(.|3~&$-!X$B!S#E&O(A|3r)V$S#$|3R(&z#$|1w,;34*h#(%!E'!$%!'%.29!X$A8Y#d#%!,6+!&<!&|0`%;1`%;3{$'#%$%$+)%$.|3S%E|1O8;36.(&%#(E%!*)!C'#'!'!h#(_#$r#1![$!9$.|3K|3g,,|3OT&|3[%|3U#h#$X$%!Y%?w#!&K|3_%!1!u#!%()!'#$$-!&'):X#(&)%%'(.C?*%#%+%)%!$J!|1m&;36h$!$,'*0,b'W#J#='!|3r)V$,I$|3s,|3q$=0f#Q'82|360%!|3^%Z(|3?I%!`%Y$!|3{+!|30((|30(.$|3Z(}#|1U+;3&2:.&06%!$2&.*%&EM&%!()!61!*$O'!8%#&%!,4=/!,1!0$8,+!|3t-|3m&z#v#r#(|3]$m$|36|3Z'!,$2)!($?R#!'!:E*/!h#|3q*|3_%!|3W%|3{,|3t#6N!Z$0$=S#6,,6Y#(2$+!%!$%!$'&|3j$!r#6(r#^%.o#!|3Q%|3I6t%I`#f%|3^%v#Y#W#G|0Y-;1Y-;3u&$4K:Q#&?&Y#A|3u&|34|3e$a$Q#A*[#=$X$0|3Ie$q(|3d'E85!,Y#=&j#6B!|3(|3k,|3*f#=G|30&%#0>!q*|3`'v%EU#|0Q+;1Q+}#;3d%[%S#E@![#d#|36|3o$:e$$|3v)b$!$$|3&&$$t$!Q#m$|3Y%y(%!|3v%|3o(v#|3M4W&!4.4$?%!B$)#$.:8,|3x'|3o$U%4,A,|3l)|3v)b#|3&T$L!%!+!S#Cn%2G*)!%!<!,G|3q,|3k,|3U%l(![#J!|3P,$|3U%|3_%#1!u#!%()!'#$$-!&'):X#('!)%%'(.D$$=*%$%+%)%!$J!|3o,|1y&[#66,I00,M2KA;3V*}#6$*(|1j+t#;3C&$8C+!(,6/#I^#+$'#/!*&($&@#(2%#+!'!)!(@#(?)!$/$%!%'%#$$'!''2'&$($&+#:|3j)V$c#$|30^'|3W$!|3i$=}#f#8|3Ig$l#S'2=.>!&|3~$$I2*$*Ac&4?8|3n%|0}+;1c&4W';3MQ$!($%#%!'%0$*4*.*%!'!.+!$*9#48*(&*,&)!%#.$8*(**&-#8.,,)!2,|3~&d'|3{$|3*(G*$Q#&$$8($'+K$4,&60H!*0$>#&*$(%!,$286-!(C(,%!:|3e&|3S+~#!|1Z%!x#(&h#2c$$M6:;3z#+(+%*=$%*',(:*($+!4,%#&$$$%!$%#&)!$%%$%!'!*%%%!$($%!%%%!%#$'#*'!$$'&$%$%#0'!$%!2.)!+#$*$,$E%!.'%&$(%%%$%!&)$)%'!.1!%!|3y,|3{,|3a%!|3*)%)#$&&$,5#i%$0}#4B#?($d#?|3m$=|3I~$j#2p#3!%#,Q#,$*+-*('#(F!|1T&;36q#!,`)|3P.|3a%!c#!|3Z#!~%!t$!8H#%!$'$?$$OG|1w(m&;3&{$&$%!e$$,EY#,Z$<!R#!|3U%}#i'!|3X,%!|3{$]*&|3I8?.05#&%#%#&4.u$>!S%+%&%!$&)!/!D#|3G'!,D$&%!@!7!('!z$!,A2*E&&,$*l#*&'!$&&%!&:|3U%P$$K0L!,6p#|3U%*}%A|3q$2$$%!Q#?,2W#*9!8*=,4$:*,&0(('!|3U%&P(^#,%!'!,|3U%|3y&|3Y#|3Y%|3Y'U'&|3Y'w&6|36|3]&|3z)_#!%!|3a&|3c,|3x'|3:d#?8-!h#2,6:K.,O^#$%!(..*$($|3o,|3q*|3W-|3x%4|3q&|3v#/!Q#&=b#,$D#U#=&($&:6:2$$*&.:A|3U%|3_%#|3]$V$~$U#,T$S#(|3T,S#|3S#d'[#V$|3U-|3W%u$R&('!|3U%|3^#Q$!0i$m##0%!O(+!8$U#<!-!|3z-|14;3(+!'!%%%!&(%!n#A^#=.,Em#!2k#$&'&)$%#+'%!L$E|3o&%$|3U%U#Y#n%S#M|3s,|38.z#GCl#8-!E8&.&$&E6l#|3q&?.e&|3c&|3P.|1X$;3j$!>(E2CT$2a#!T$|3T%!i$R&z#|3U%|3Q#|3r&!|3Y+|3^%<!|3_%#v(!$|3Z+!|1d'X$(*v%;30..$&)!($48M&&:6:$>&%$$&3$+#]##%!(%#'#%!%!%'%#+#%''$)!*$&'(&C+&$()%%%%.%%&=)$&&)!$.'#%!'&)#|3V(|3p'.x#|3Q%~(|3(|3(|3^%a&s$|3g,|3S%%!_$p&!%#%!%!|30~$q(,:(|3}$!&.q(&|34q$,i(,t#|30R#!l#8=M&W#K'!%!&,`#$.OA$.|3{&r'|3(|3(|3p$!2P&$i%!$:|35$&$,0,O24&V#!,5#0b#$&*<!3!&C4(&:*?3!,C&|3(|386$.f%p#`#**=46&&<!-!0:4&|3t,!|3y&]$b%|3Z,|3p+|3P#!2}#[%%!?$U#:G:G|3X$N#*1!M6,)!$U#&E$2$b#:0$%#%#8((A,|3e,&|3T$a&Gy$|3k,|3w,%!.|3V-!|3o&|30*V,|3Q%n#|1w&;3X%!r#a'!4M|3e'!^&!5!%!$%!|3`%Z$,b%42*($|1q&&,a$;3&E)!MY#+1*(.8+#)!%!'!'!&0%!(,7#2*&.0*$$)!%#$*'!$2/!*$$$$&$4,+#*.%!$&(2$6+!$|3W%*W)&|3c,|0~&a$p#M;1~&a$6[#M;36$4S#Z$Ct#4}#,E'!,$.6(A|0l%;1S%:?g(;3'!$*n#)!$(B!%!%$%&%0%$$$%$$/%/!*$%!&($B$,(D&6(&-&-!$I4+!$*$V#1%/$-#%$%#)$''$$&($$%#2.$$&|3W#P$l#.G0r#(&=$64j#=|3i*|3[#2*[#.2,2&(|3~,K|3y&l',(|3W%f%v#]$|3S%j)|1g,;3w,0|3Mj#m*A|3t,%4|1Q%;3o$?2t$!b#(u$&|3q&Ae$b$!$|3S%|3z&!V$T#!?d$#|3Q%|1X&Y#;3^$#A)!)!C+!+!(O60W#v$)%'&G|3b)R##&7#g##4%#|3OC)!/!$(,$='!&b#$)#$(%!)!&:(*$$,($$C-!((.$)!($,85!&8$&&.$*$&&%!2,$&$|3k&|3U'a$|1Q-;3S)p#?A|3[%l)$Q#&|38j$$%!'!)!4|3Q%'#m&`#09!%!I.(4-!|3m,&|3U'a$|1U'a$;3$4$t#.8$,U#A&*b%c#'$.,7!M|3S%'!p)|3n-|3~&Z$(j#|34S'`$!$.d#A|00.;10&*O;31!'!'#$%#($.T#!$GR$*$-#-!&,:$G&3!'!$9!M+!&''(%#)#$*|3c*^#$0*|3G%!m$n#%!-!O&'#%#B#,3!'#0)!=/!$2*.'#%#%$O|1q$;3q$,*$S#c(|3h,!|3['v%80|3U)ME,A|3P,'!$|3n,!|3V%$$S#a($&|3T,|3v#Q+|3p+Z$|3l'R&|3^%V$,S&!2%#$$$IC|3V%#'!w%!k%!>!|3i&|3{,|3`%|3^%|0~&a$p#M;1~&a$p#M;3a,C|3U-|3Y%p)|3X(|3U$!R&.&i&|3Y'Ol#2|3v#l*!24|3m)!0^#+#|3}%AS%P$|3d#Y%E|3q$|3Y'O|34|3*|3y&|3P%#%!%!,%!.@!$*(|3V&|3V$|3=e$|1c,;3U#v+|0!;1!;3*y$d$!`$#(,W#E|3&}$!s&|3U%&'$t'Q#5!/#0$|3^#v#Q*#|3Z+!$|1d'8$;3'!G'$&'!%!$'!((($$1!,a$&,U#&3$'#,&$I0*)!'!(.C3#$1!%&%)(.&%!'#$%#3!|1j#y$U%;3P##$&$%!$2)!$*)!$5#8($5!$,G$$&$E9&(60$B$%!6*1!O(-!%#$$%!0+!('#'#$%$&'!2|3U-|3o(e%(|1R,;3Q%}#a$&Z$3$'(%!'#40)$C|3]&GX$|3s,|3d#S#=(Q#4=*c$]$(|3o$|3d'|3o'!1!x#Z$*|3S#Z$1!|3m,|3(|3I(_$V$k&|1~$K;3Y#t#%$%%'&%!'A$/#,$&()!($$E-$C:K-!%!.V##81&%!%6%2%!%!83$)#2,*|3~&e$z#A|3o,|3w&y%!R$S#|3r'|3+!,3!M?'!%!%!1!A:@!&4W#,&KEj#$2E4|38g$&(b#Q%,b#A?|3S%|3z)|1Y%r);3T$a&[#I|38{&a(|3v%j%`#T$|1R,;3'!0*:I(?0%#%+%!%!'.$..2:%#%$%#'#&)!($8/$<!0%#1!%!2%!&$+#&-!&$+!,&$*&%!($)#+!)&%!%#%#%$%!&&$%!'!'%%!%!&&+#F!&$|3p#b#$&4M3!(M*K-!**)#h$!.6*,6|3S%c$s&|3S#}#&$%!$%#$:.Q#4C42$$04,$(*0&44'!1!$$%#%!6(&&(|3e,|3^#MO&MM$,M2$82,y#!$.8$*2M|38r%~&85'%$$$|36:U#S#$&m#!8%!GA^#:9!O3!,,G|3l)|34%!4M^#'!%!&$n#.`#&6,3!284,:0$&P#!'!00|3^%|3Y%Z&r#'!IG|3X(|3V(|3q$|3v%6|3v%_($|3S%b$!(x#*+!D!CG%!MG|3X$U#0,U)|3p+|3s(|3c*|3(l&&%'|3T,|1K8;3I88'!*)%(=+$'!n#=[#2T&|1l+;3V&S#,P$4]$|3b+|34|3t#|3Y'*|3p%|3Q)E|3&m,)!0|3g,|3{,|3S#AP&s&|3^%T&|3V&|3^%|3T$Y#$P)!k#!|3_%&0Mo&I|1n%;3{$21!'!Q'8|1j#x%;3[#&~##S#2A%#$*0+!t#*$?,,46=|3q+#4|1s&;3~&z#|3z+|3V$|3U-|3^%|3X&8,,f#A,4a$.&|1Y'$?$;3{#!*M&'#O8%!'!%!%!(+$%&$&%'%!%!(%!%$'!$&&'%'$.'!'%$(&'#f#&=49!.'(/!'!'!+#'!(*2&|3Y+|1P,$Q#;3m$$h#H!a$s%!K|36P,|3r#8g$'!5!*%!$,$'!)#(%!?A3#'!:A&$$&$-!6U#|3W%t)|3g,|3S)p#?|3y&|3O.S$%W$!1!^#Ed#80'!%#M|3o)!f$!p#|3`%z#Cl#$|3Z,4|3^%$`$!&,r%2|3r'f%$|3_%!a$d'|3b)`#|3Y%4Z&:|3d'q$|3v#^#*u(|3I]$r#$Ob#21#*_#$$8)#'!$,&C'!7!|3Y%&g&P&|36|3b)|30~$U%Y#g$&$/!^#|3}%k$|3IX$&_&2(V$|3*,$Kt#&l#$0/!(.0(E2,,480$(I$42&0&7!|3Q)U&!A|3S-|3[%p'Y#|3n'o&|3W%.Cp%Z$E|3^#T&&Z&26|3Q%|3_$A$/%W#|3o$=:(`%}#q#!.|3E$Y#}#](|3I[#Q#E}%Z$|3o*|1}#m*;3&G'!**?6($&$.%!'!%!$'(%$/$.9!&&<!,83!%!@!-%%%&Cr$%$'%*.|3Y#^'$=A:$$4=|3{,|3P,'%|3c+$|3U%&'!}#d#Q#,T$$v#|3`%y(|3Y+|1Z%!x#(&h#2}#6$M6:;3`#=+(+$*=%!%+',&=*(-!4,%!'!%!%#$%!%!%!&)!%!%$$%!'!*%%%#$$&$%!%%%!%#$'#*'!$$'&$%#%#0'!%!4&+!)!+$$*$((N%*%%&$+%%$%!&$$%#'!%$'!./!%!%!|1b+;3I2l%?.Z$8l#$Q#|1o$;3]$A+!$z#**v#6'!4Q#$H!)$(22(|3Io&T$l#$I|3_%#<!|3c+#j$#|3Mt%,|3*,$0n#&I.&k$[#CZ$|1](}#;35#,)!n#$$r#N!a$|3{,|3Z$86e$j%-!23#(4(|3q$|30&&,n'$^%224$|3Z&If%W#|3T%!|3Y%{$s&|1a,j#|3X,%#$|3o$|3a,|3S'v&!U#|3q$`)|3y$~(|1P,;3x+G|3S%%!$(t#m&4p#|3^#`#4v#4h#/#D#4*,f#&G%$|3w&Q%|3Y%4|3b)|3&{$&As$S#|3V%!%#$&m&k$*.I|3Z%!|3i&|0`%;1`%;3{$-!*.|3U%n)|3Y%|3g,|3y&x'**|3'!2k$%$&%!'!?)!&$$*_(|3i$|3j+|1f#;30)#:.=H!*W#G'#%#Y#*.,.&&L!((3#&&O0$,$$,*+!$5!(&|3E6R$P&^#p#M|3U#Q#Y#IMR#!6K4($A,&AG0O|3^%v%8Y#42(=I|3^#|3y,|3S'P(|3s,|3^'|1z-;3x-%!&|3Z$|3U-|3(|3z-|1z-;3}$!0$[#(1!,P#!8,6622AN!''%%*,&*0A%#&|3n)|3R%!.k#!$t#2K*U#B!T#!$$|3r#z*!&,|3U#|3h+|1b'~&;3=A8^#+#'!$/!0.-#(*?%!%$$$$(/!+#f#)!+!($U#n#.|3f#Z*|3&W%~##*&9#,m#!,(K0*8$%#$(?.|3U%|3n#k#)P#!,b)|3x+|3p+|3T%!P*|3j'h&#|3d'n%S#|3g,A|3Y,!$|3w&}(#|3Y%|3X%!.|3U%~(|3g,|36(*|3_$^#$(_#!V#!,,*=,C6W#|3z-|3n)R$&.","block":32,"count":3011,"termStarts":[0,98,210,341,460,566,673,781,886,990,1105,1222,1336,1484,1779,2064,2297,2542,2791,3017,3222,3424,3612,3785,3963,4178,4366,4596,4832,5065,5258,5504,5717,5918,6115,6333,6514,6628,6726,6823,6926,7027,7132,7236,7335,7436,7537,7639,7739,7840,7944,8046,8147,8245,8345,8445,8553,8653,8754,8854,8955,9057,9155,9255,9365,9470,9577,9681,9784,9885,9984,10087,10187,10286,10389,10488,10593,10705,10812,10914,11018,11120,11225,11329,11433,11539,11645,11752,11854,11952,12055,12159,12260,12362,12463],"postingStarts":[0,235,370,683,930,1191,1446,1718,1968,2166,2359,2502,2643,2817,2942,3070,3246,3478,3765,3953,4173,4433,4680,4906,5148,5388,5575,5812,6055,6295,6450,6694,6922,7154,7356,7566,7831,8454,8997,9351,9619,10670,11087,11405,12033,12506,13090,13680,14162,14581,15093,15645,16149,16447,16823,17286,17721,18148,18499,19093,19581,20051,20439,20942,21360,21729,22279,22604,22935,23419,24015,24348,24719,25185,25671,26386,26718,27296,27591,27915,28339,28672,29301,29689,30112,30441,31059,31431,31847,32411,32680,33125,33663,33995,34299]}});
