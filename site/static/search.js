// search.js — the search box in the top bar (issue 11). Offline and from
// file://: on the first use of the box it adds a script to the page,
// static/search/LANG.js: the engine (templates/search-engine.js, the
// queries) and this language's index, made at build time by
// src/tools/search-worker.js, which it hands to sidenotesSearchLoaded
// below; once it is in, a second, static/search/LANG.text.js, the
// documents' text for the snippets (deflated, in base64). No fetch, no
// WebAssembly, no other host.
//
// The box is an ARIA combobox with a listbox of results; arrows move,
// Enter opens a result at its section, Escape closes; `/` anywhere focuses
// the box; the number of results is announced. Interface strings come,
// translated, from the data-* attributes of .search (templates/page.html).
(function () {
  'use strict';

  var box = document.querySelector('.search');
  if (!box) return;
  var input = box.querySelector('input');
  var list = box.querySelector('[role="listbox"]');
  var status = box.querySelector('[role="status"]');
  var staticDir = box.dataset.static; // "../static/"
  var lang = document.documentElement.lang || 'en';
  var MAX = 8;

  var engine = null;    // the SearchIndex (search-engine.js), once loaded
  var data = null;      // pages, heads, docs
  var vocabulary = null; // the index's words (its has()), for cutting queries
  var longest = 1;
  var loading = false;
  var active = -1;
  var shown = [];

  function say(key, values) {
    var text = box.dataset[key] || '';
    return text.replace(/\{(\w+)\}/g, function (all, k) { return k in values ? values[k] : all; });
  }

  // Marks for the benchmark (bench_search_browser.js) and the browser's tools.
  function mark(name) {
    if (window.performance && performance.mark) performance.mark(name);
  }

  function emit(name) {
    box.dispatchEvent(new CustomEvent(name, {bubbles: true}));
  }

  // ---- loading ----

  var FIELDS = ['title', 'heading', 'ids', 'text'];
  var cjk = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]/;

  var texts = null;      // each document's text, for the snippets (LANG.text.js)
  window.sidenotesSearchLoaded = function (d) { data = d; };
  // The text comes after the index: results shown before it get their
  // snippets when it is in.
  // The text comes deflated and in base64 (search.c: from file:// nothing
  // compresses it on the way, and packed it is 40% of the bytes); the
  // browser's own DecompressionStream inflates it, off the main thread.
  // (Uint8Array.fromBase64 where the browser has it, Chromium 140 on: a
  // loop over 80,000 characters costs a fresh page a few ms of CPU.)
  function unbase64(s) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(s);
    var raw = atob(s), bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }
  window.sidenotesSearchText = function (packed) {
    var bytes = unbase64(packed);
    var inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    new Response(inflated).text().then(function (json) {
      texts = JSON.parse(json);
      mark('search-text');
      if (engine && !list.hidden && input.value.trim()) update();
      box.setAttribute('data-loaded', 'text'); // for the tests
    });
  };

  function addScript(src, then) {
    var s = document.createElement('script');
    s.src = src;
    s.async = false;
    s.onload = then;
    s.onerror = function () { loading = false; status.textContent = say('failed', {}); };
    document.head.appendChild(s);
  }

  function load() {
    if (engine || loading) return;
    loading = true;
    mark('search-load');
    function done() {
      mark('search-scripts-loaded');
      // Searched as it came (search-engine.js): nothing to rebuild.
      engine = new window.SidenotesSearchIndex(data.index, FIELDS, {title: 3, heading: 2, ids: 6});
      vocabulary = engine;
      longest = data.index.longest || 1;
      loading = false;
      mark('search-ready');
      emit('search-ready');
      if (input.value) update();
      addScript(staticDir + 'search/' + lang + '.text.js', function () {});
    }
    addScript(staticDir + 'search/' + lang + '.js', done);
  }

  // ---- queries ----

  // A run of CJK or Hangul cut into the index's words, longest first; a
  // character the index does not know stays alone.
  var cuts = new Map();  // kept: each keystroke cuts the words before the last again
  function cut(run) {
    var out = cuts.get(run);
    if (out) return out;
    if (cuts.size > 200) cuts.clear();
    cuts.set(run, out = []);
    for (var i = 0; i < run.length;) {
      var n = Math.min(longest, run.length - i);
      while (n > 1 && !vocabulary.has(run.substr(i, n))) n--;
      out.push(run.substr(i, n));
      i += n;
    }
    return out;
  }

  // As search-worker.js does: Korean particles off a word of three
  // syllables or more.
  var korean = /^ko/.test(lang);
  var PARTICLES = ('에서는 으로는 에게서 에서 으로 에게 까지 부터 보다 처럼 에는 로는 이나 이며 이고 ' +
    '을 를 이 가 은 는 의 에 로 와 과 도 만').split(' ');
  var hangul = /^[\uac00-\ud7a3]+$/;
  function stem(w) {
    if (!korean || !hangul.test(w)) return w;
    for (var i = 0; i < PARTICLES.length; i++) {
      var p = PARTICLES[i];
      if (w.length - p.length >= 2 && w.slice(-p.length) === p) return w.slice(0, -p.length);
    }
    return w;
  }

  // Typos (within 20% of a word's length) are looked for only when the
  // word, exactly or as a prefix, is in fewer documents than the list
  // shows: "varaince" finds variance, "normalisation" (in one document)
  // finds normalization too, and "variance" does not also bring every word
  // two letters away. The walk over every term for them was most of a
  // keystroke's script.
  function leaf(term, prefix) {
    var latin = !cjk.test(term);
    return {queries: [term], prefix: prefix,
            fuzzy: latin && term.length >= 4 ? 0.2 : false, fallback: MAX, combineWith: 'OR'};
  }

  // One word of the query: as typed (a prefix, so that 이동평균 finds
  // 이동평균을), or, for CJK, cut into the index's words, all of them required.
  // The index's words are what Intl.Segmenter (ICU's dictionaries) cut the
  // documents into at build time, so the query is cut against them, longest
  // first, and not by the browser's own Intl.Segmenter: making one loads
  // ICU's word rules and dictionaries, 25-45 ms of CPU in a fresh page, more
  // than all the rest of the first query, and its cut of a few words out of
  // context need not be the one the build made in context anyway.
  function word(w, last) {
    w = stem(w);
    // A single letter as a prefix would match a tenth of the index: wait
    // for the second.
    if (!cjk.test(w)) return leaf(w, (last && w.length > 1) || w.length > 3);
    var alternatives = [leaf(w, true)], pieces = cut(w);
    if (pieces.length > 1)
      alternatives.push({combineWith: 'AND', queries: pieces.map(function (p) { return leaf(p, true); })});
    return {combineWith: 'OR', queries: alternatives};
  }

  function query(text) {
    var words = window.SidenotesSearchIndex.words(text);
    if (!words.length) return null;
    var all = {combineWith: 'AND', queries: words.map(function (w, i) { return word(w, i === words.length - 1); })};
    // 이동 평균 and 이동평균: words of CJK or Hangul written apart are also
    // tried joined.
    if (words.length > 1 && words.every(function (w) { return cjk.test(w); }))
      return {combineWith: 'OR', queries: [all, word(words.join(''), true)]};
    return all;
  }

  // ---- results ----

  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  var lowered = [];      // each document's text in lower case, once

  // A character of the wide scripts (CJK, kana, Hangul) takes about the
  // room of two Latin ones.
  var wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/;
  // From `at`, the index `room` columns before it (step -1) or after it (step 1).
  function reach(text, at, room, step) {
    var i = at;
    while (room > 0 && (step < 0 ? i > 0 : i < text.length)) {
      room -= wide.test(text[step < 0 ? i - 1 : i]) ? 2 : 1;
      i += step;
    }
    return i;
  }

  // About 140 columns around the first term found (a wide character two),
  // terms marked: the same room on the screen in every language, so a
  // Chinese or Japanese snippet is not twice as long to lay out.
  function snippet(id, terms) {
    var text = texts[id];
    var lower = lowered[id] || (lowered[id] = text.toLowerCase());
    var at = -1;
    terms.forEach(function (t) {
      var i = lower.indexOf(t);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    });
    var start = at > 0 ? reach(text, at, 50, -1) : 0, end = reach(text, Math.max(at, 0), 90, 1);
    if (start > 0) { var sp = text.indexOf(' ', start); if (sp >= 0 && sp < start + 12) start = sp + 1; }
    var piece = text.slice(start, end);
    var lowerPiece = piece.toLowerCase();
    var marks = [];
    terms.forEach(function (t) {
      for (var i = lowerPiece.indexOf(t); t && i >= 0; i = lowerPiece.indexOf(t, i + t.length))
        marks.push([i, i + t.length]);
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    // Pieces of text, the marked ones at odd places.
    var parts = [start > 0 ? '… ' : ''], pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) return;
      parts[parts.length - 1] += piece.slice(pos, m[0]);
      parts.push(piece.slice(m[0], m[1]), '');
      pos = m[1];
    });
    parts[parts.length - 1] += piece.slice(pos) + (end < text.length ? ' …' : '');
    return parts;
  }

  var root = new URL(staticDir + '../', document.baseURI);

  // Each document's address, made once (a URL parsed per result was a
  // tenth of a keystroke's script).
  var hrefs = [];
  function href(id) {
    if (hrefs[id]) return hrefs[id];
    var doc = data.docs[id], page = data.pages[doc[0]];
    return (hrefs[id] = new URL(page[1], root).href + '#section-' + doc[1]);
  }

  // The options, made once and kept: each keystroke sets only the parts
  // (link, title, heading, snippet) whose value changed, and most do not
  // as a word grows, so the browser parses, lays out and paints only those.
  var options = [];
  var none = false;      // the list holds the "no results" line

  function span(cls) {
    var el = document.createElement('span');
    el.className = cls;
    return el;
  }

  function option(i) {
    if (options[i]) return options[i];
    var li = document.createElement('li');
    li.setAttribute('role', 'option');
    li.id = 'search-option-' + i;
    li.setAttribute('aria-selected', 'false');
    var a = document.createElement('a');
    a.tabIndex = -1;
    var o = {li: li, a: a, title: span('search-title'), heading: span('search-heading'), body: span('search-snippet'),
             was: {}};
    a.appendChild(o.title);
    a.appendChild(o.heading);
    a.appendChild(o.body);
    li.appendChild(a);
    return (options[i] = o);
  }

  // The snippet's nodes made here, not parsed from HTML: setting innerHTML
  // starts an HTML parser per snippet, eight times a keystroke, which was
  // the most of the results' own script in Chinese, Japanese and Korean.
  function fill(el, ids, parts) {
    el.textContent = '';
    if (ids) {
      var code = document.createElement('code');
      code.textContent = ids;
      el.appendChild(code);
      el.appendChild(document.createTextNode(' '));
    }
    for (var i = 0; parts && i < parts.length; i++) {
      if (!parts[i]) continue;
      if (i % 2) {
        var m = document.createElement('mark');
        m.textContent = parts[i];
        el.appendChild(m);
      } else {
        el.appendChild(document.createTextNode(parts[i]));
      }
    }
  }

  function set(o, part, value, how) {
    if (o.was[part] === value) return;
    o.was[part] = value;
    if (how === 'href') o.a.setAttribute('href', value);
    else o[part].textContent = value;
  }

  // A snippet, kept for the keystrokes after while its document and terms
  // stay the same.
  var snippets = new Map();
  function snippetFor(r) {
    var key = r.id + ' ' + r.terms.join(' '), parts = snippets.get(key);
    if (parts === undefined) {
      if (snippets.size > 200) snippets.clear();
      snippets.set(key, parts = snippet(r.id, r.terms));
    }
    return parts;
  }

  function render(results, text) {
    shown = results.slice(0, MAX);
    if (active >= 0 && options[active]) options[active].li.setAttribute('aria-selected', 'false');
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!shown.length) {
      list.innerHTML = '<li class="search-none" role="option" aria-disabled="true">' +
        escapeHtml(say('none', {query: text})) + '</li>';
      none = true;
    } else {
      if (none) { list.textContent = ''; none = false; }
      for (var i = 0; i < shown.length; i++) {
        var r = shown[i], doc = data.docs[r.id], page = data.pages[doc[0]], head = data.heads[doc[2]];
        var ids = r.terms.filter(function (t) { return r.match[t].indexOf('ids') >= 0; });
        var parts = texts ? snippetFor(r) : null;
        var o = option(i);
        set(o, 'href', href(r.id), 'href');
        set(o, 'title', page[0]);
        set(o, 'heading', head && head !== page[0] ? head : '');
        // The same pieces as before: nothing to do (the snippets are kept).
        var body = ids.join(', ');
        if (o.was.ids !== body || o.was.parts !== parts) {
          o.was.ids = body;
          o.was.parts = parts;
          fill(o.body, body, parts);
        }
        if (o.li.parentNode !== list) list.appendChild(o.li);
      }
      while (list.children.length > shown.length) list.removeChild(list.lastChild);
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    var n = results.length;
    var said = n === 0 ? say('none', {query: text}) : n === 1 ? say('one', {}) : say('count', {count: n});
    if (status.textContent !== said) status.textContent = said;
    emit('search-results');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function update() {
    var text = input.value.trim();
    if (!text) { close(); status.textContent = ''; return; }
    if (!engine) { load(); return; }
    var q = query(text);
    mark('search-query');
    render(q ? engine.search(q) : [], text);
  }

  function move(to) {
    if (!shown.length) return;
    var items = list.querySelectorAll('[role="option"]');
    if (active >= 0) items[active].setAttribute('aria-selected', 'false');
    active = (to + shown.length) % shown.length;
    items[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', items[active].id);
    items[active].scrollIntoView({block: 'nearest'});
  }

  // Loading starts when the box is first used: focused, or the pointer
  // over it (a click follows a hover by a tenth of a second or more, which
  // the script's loading can use).
  input.addEventListener('focus', load);
  box.addEventListener('pointerenter', load);
  input.addEventListener('input', update);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) update(); else move(active + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(active - 1); }
    else if (e.key === 'Enter') {
      if (!shown.length) return;
      e.preventDefault();
      var link = list.querySelectorAll('[role="option"] a')[Math.max(active, 0)];
      if (link) window.location.href = link.href;
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); close(); }
      else if (input.value) { e.preventDefault(); input.value = ''; status.textContent = ''; }
    }
  });
  // A result clicked with the mouse: the list must not close before the click lands.
  list.addEventListener('mousedown', function (e) { e.preventDefault(); });
  input.addEventListener('blur', function () { window.setTimeout(close, 0); });

  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    e.preventDefault();
    input.focus();
  });
})();
