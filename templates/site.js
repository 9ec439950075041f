// site.js — the little the pages do: a remembered light/dark toggle;
// marking every occurrence of a name, by mouse or keyboard, announced to
// screen readers; a keyboard stop and a label on whatever scrolls sideways;
// language links that keep the reader's section.
// No network, no dependencies; the page reads fine without it.
// The page's interface strings (already translated) come from the
// data-* attributes of #announce, so this file is the same in every language.
(function () {
  'use strict';

  var root = document.documentElement;
  var themeKey = 'sidenotes-theme'; // also read by the inline script in <head>
  var live = document.getElementById('announce');

  // "{name}: {count} marked" with its holes filled.
  function say(key, values) {
    var text = (live && live.dataset[key]) || '';
    return text.replace(/\{(\w+)\}/g, function (all, k) { return k in values ? values[k] : all; });
  }

  function announce(text) {
    if (!live) return;
    // A change of text is what a live region reads; clear first so that the
    // same message twice is read twice.
    live.textContent = '';
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  // ---- theme ----

  // The theme in force: the reader's choice, else the system's.
  var systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  function currentTheme() {
    if (root.dataset.theme) return root.dataset.theme;
    return systemDark.matches ? 'dark' : 'light';
  }

  var toggles = document.querySelectorAll('.theme-toggle');
  // The button is "Dark theme", pressed or not.
  function showTheme() {
    var dark = currentTheme() === 'dark' ? 'true' : 'false';
    toggles.forEach(function (b) { b.setAttribute('aria-pressed', dark); });
  }
  toggles.forEach(function (button) {
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try { localStorage.setItem(themeKey, next); } catch (e) { /* private mode */ }
      showTheme();
    });
  });
  if (systemDark.addEventListener) systemDark.addEventListener('change', showTheme);
  showTheme();

  // ---- marking names ----

  // Pygments' classes for names: variables, functions, types, constants.
  var nameClasses = /^(n|nf|nv|nc|nb|nx|na|nl|nn|no|nd|kt|fm|bp|vc|vg|vi)$/;
  var marked = [];

  // A name linked to its definition (xref.js) is an <a class="xref"> in
  // the name's span: the span is the name.
  function nameSpan(el) {
    return el && el.tagName === 'A' && el.classList.contains('xref') && el.parentNode.tagName === 'SPAN' &&
      nameClasses.test(el.parentNode.classList[0] || '') ? el.parentNode : el;
  }

  // A link whose span is not a name's (a macro inside a `#define` line, one
  // preprocessor token for Pygments) is a name of its own.
  function isName(el) {
    el = nameSpan(el);
    if (!el || el.closest('.code, .docs code') === null) return false;
    if (el.tagName === 'A') return el.classList.contains('xref');
    return el.tagName === 'SPAN' && nameClasses.test(el.classList[0] || '');
  }

  // Each name once: a link inside a name's span counts as that span.
  function ownName(el) {
    return isName(el) && nameSpan(el) === el;
  }

  function unmark(quiet) {
    var had = marked.length > 0;
    marked.forEach(function (el) { el.classList.remove('hl'); });
    marked = [];
    if (had && !quiet) announce(say('cleared', {}));
  }

  function mark(text) {
    document.querySelectorAll('.code span, .code a.xref, .docs code span').forEach(function (el) {
      if (el.textContent === text && ownName(el)) {
        el.classList.add('hl');
        marked.push(el);
      }
    });
    announce(say('marked', { name: text, count: marked.length }));
  }

  // Marks the name's occurrences, or clears them if they are the ones marked.
  function toggleMark(el) {
    var again = marked.length > 0 && marked[0].textContent === el.textContent;
    unmark(!again);
    if (!again) mark(el.textContent);
  }

  document.addEventListener('click', function (event) {
    var el = event.target;
    // A click on a linked name follows it; Alt- or Shift-click marks it.
    var link = el.closest && el.closest('a.xref');
    if (link) {
      if (!event.altKey && !event.shiftKey) return;
      event.preventDefault();
      el = nameSpan(link);
      if (!isName(el)) el = link.querySelector('span') || link;
    }
    if (!isName(el)) {
      if (!el.closest || !el.closest('a, button')) unmark();
      return;
    }
    toggleMark(el);
  });

  // ---- the keyboard in code ----
  //
  // Each code block is one stop of the Tab key. Enter steps into its names
  // (one roving focus: only the focused name is focusable); arrow keys,
  // Home and End move between them; Enter or Space marks; Escape clears the
  // marks and goes back to the block.

  function namesIn(block) {
    return Array.prototype.filter.call(block.querySelectorAll('span, a.xref'), ownName);
  }

  // A linked name is focused by its link, so that Enter follows it.
  function focusName(el) {
    el = el.querySelector('a.xref') || el;
    var old = document.querySelector('.roving');
    if (old && old !== el) {
      if (old.tagName !== 'A') old.removeAttribute('tabindex');
      old.classList.remove('roving');
    }
    el.setAttribute('tabindex', '-1');
    el.classList.add('roving');
    el.focus();
  }

  // Each code block a Tab stop, named by its lines: done at start-up (below).
  function codeStops() {
    var hint = document.getElementById('code-keys');
    document.querySelectorAll('.code pre').forEach(function (pre) {
      var first = pre.querySelector('.lineno');
      if (!first) return;
      var lines = pre.querySelectorAll('.lineno');
      pre.setAttribute('tabindex', '0');
      pre.setAttribute('role', 'group');
      pre.setAttribute('aria-label', say('code', {
        first: first.textContent, last: lines[lines.length - 1].textContent,
      }));
      if (hint) pre.setAttribute('aria-describedby', 'code-keys');
    });
  }

  document.addEventListener('keydown', function (event) {
    var el = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (el.matches && el.matches('.code pre') && event.key === 'Enter') {
      var first = namesIn(el)[0];
      if (first) { event.preventDefault(); focusName(first); }
      return;
    }
    if (!isName(el) || !el.classList.contains('roving')) {
      if (event.key === 'Escape') unmark();
      return;
    }
    var link = el.tagName === 'A' ? el : null;
    el = nameSpan(el);
    var block = el.closest('pre, code');
    var names = namesIn(block);
    var i = names.indexOf(el);
    var next = null;
    switch (event.key) {
    case 'ArrowRight': case 'ArrowDown': next = names[Math.min(i + 1, names.length - 1)]; break;
    case 'ArrowLeft': case 'ArrowUp': next = names[Math.max(i - 1, 0)]; break;
    case 'Home': next = names[0]; break;
    case 'End': next = names[names.length - 1]; break;
    case 'Enter': if (link) return; /* falls through: unlinked names mark */
    case ' ': event.preventDefault(); toggleMark(el); return;
    case 'Escape':
      event.preventDefault();
      unmark();
      if (!link) el.removeAttribute('tabindex');
      (link || el).classList.remove('roving');
      (block.closest('pre') || block).focus();
      return;
    default: return;
    }
    event.preventDefault();
    if (next) {
      focusName(next);
      next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  });

  // ---- whatever scrolls sideways can be reached and is named ----

  // A display formula, table or code example of the notes is drawn only
  // near the screen (content-visibility in site.css), and so is every box
  // of a code page's section far from it: what is not drawn has no width
  // yet. So nothing is measured on a timer or in idle slices, which can
  // come before a box is drawn or before the font it asks for is in (the
  // box then scrolled with no Tab stop or name: web3 and web4). A
  // ResizeObserver watches each box and its first child instead: the
  // browser reports them right after a layout that drew them for the first
  // time or changed their size (a resize, a larger text, a font come in),
  // and a box's size read then is up to date.
  var kinds = [['.katex-display', 'formula'], ['.docs table', 'table'], ['.docs pre.notes-code', 'code']];
  var selector = kinds.map(function (k) { return k[0]; }).join(', ');
  function labelScroller(el, scrolls) {
    if (scrolls && !el.hasAttribute('tabindex')) {
      var kind = '';
      for (var i = 0; i < kinds.length && !kind; i++) if (el.matches(kinds[i][0])) kind = kinds[i][1];
      el.setAttribute('tabindex', '0');
      if (kind !== 'table') el.setAttribute('role', 'group');
      el.setAttribute('aria-label', say(kind === 'code' ? 'snippet' : kind, {}));
      el.dataset.scrolls = '';
    } else if (!scrolls && 'scrolls' in el.dataset) {
      ['tabindex', 'role', 'aria-label', 'data-scrolls'].forEach(function (a) { el.removeAttribute(a); });
    }
  }
  // A box whose own content is not drawn (it is far from the screen) is as
  // wide as its content box: it is asked again when that content is drawn.
  // Its first child, observed afresh, is reported only then.
  function contentDrawn(el) {
    var inside = el.firstElementChild;
    return !inside || !inside.checkVisibility || inside.checkVisibility({ contentVisibilityAuto: true });
  }
  var watcher = null;
  function watch(el) {
    watcher.observe(el);
    if (el.firstElementChild) watcher.observe(el.firstElementChild);
  }
  function again(el) {
    watcher.unobserve(el);
    if (el.firstElementChild) watcher.unobserve(el.firstElementChild);
    watch(el);
  }
  // All the reads, then all the writes: a write between two reads would
  // make the second lay the page out again.
  function measure(entries) {
    var boxes = [];
    entries.forEach(function (e) {
      var box = e.target.matches(selector) ? e.target : e.target.parentElement;
      if (boxes.indexOf(box) < 0) boxes.push(box);
    });
    var found = boxes.map(function (box) {
      return contentDrawn(box) ? box.scrollWidth > box.clientWidth + 1 : null;
    });
    boxes.forEach(function (box, i) {
      if (found[i] === null) {
        watcher.unobserve(box.firstElementChild);
        watcher.observe(box.firstElementChild);
      } else {
        labelScroller(box, found[i]);
      }
    });
  }
  // <html data-scrollers="labelled"> once the browser has drawn a frame
  // since the boxes were (re)watched and no font is loading: every box
  // drawn has been measured by then (the browser test waits for it).
  // Only the latest round may say so.
  var round = 0;
  function unsettle() {
    round++;
    delete root.dataset.scrollers;
  }
  function settle() {
    var mine = ++round;
    delete root.dataset.scrollers;
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(function () {
        if (mine === round && (!document.fonts || document.fonts.status !== 'loading')) root.dataset.scrollers = 'labelled';
      });
    });
  }
  function watchAll(how) {
    document.querySelectorAll(selector).forEach(how);
    settle();
  }
  // Start-up: the code blocks' Tab stops and the watching wait for the
  // browser's first idle moment, out of the task that runs this script
  // while the page loads (a big page's longest).
  var whenIdle = window.requestIdleCallback || function (work) { return window.setTimeout(work, 1); };
  whenIdle(function () {
    codeStops();
    if (!window.ResizeObserver) { root.dataset.scrollers = 'labelled'; return; }
    watcher = new ResizeObserver(measure);
    watchAll(watch);
    // A font that comes in changes the widths of the text it is used in;
    // the browser may report no size change for a box (a block is as wide
    // as its column): every box is asked again.
    if (document.fonts && document.fonts.addEventListener) {
      document.fonts.addEventListener('loading', unsettle);
      document.fonts.addEventListener('loadingdone', function () { watchAll(again); });
      document.fonts.addEventListener('loadingerror', function () { watchAll(again); });
    }
  });

  // ---- a link to a section lands on it ----

  // Sections (and paragraphs of notes) far from the screen keep an estimated
  // height until they are drawn, so a jump to a section could land off it. From the first jump
  // on, every section is drawn (what every load cost before), and the jump
  // is made again on exact heights.
  var measured = false;
  function land() {
    var id = location.hash.slice(1);
    var target = id && document.getElementById(decodeURIComponent(id));
    if (measured || !target || !target.closest('.code-page .section, .docs')) return;
    measured = true;
    root.classList.add('all-drawn');
    target.scrollIntoView();
  }
  window.addEventListener('hashchange', land);
  if (document.readyState === 'complete') land(); else window.addEventListener('load', land);

  // ---- language links keep the reader's place ----

  // The section the reader is in: the one in the address, else the first
  // whose bottom is below the top of the window.
  function currentSection() {
    if (/^#section-\d+$/.test(location.hash)) return location.hash;
    var sections = document.querySelectorAll('.section[id^="section-"]');
    if (window.scrollY < 40) return '';
    for (var i = 0; i < sections.length; i++)
      if (sections[i].getBoundingClientRect().bottom > 60) return '#' + sections[i].id;
    return '';
  }
  function keepPlace(event) {
    var a = event.target.closest && event.target.closest('.languages a[hreflang]');
    if (!a) return;
    a.setAttribute('href', a.getAttribute('href').replace(/#.*$/, '') + currentSection());
  }
  ['click', 'focusin', 'mouseover', 'auxclick', 'contextmenu'].forEach(function (type) {
    document.addEventListener(type, keepPlace, true);
  });
})();
