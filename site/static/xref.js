// xref.js — cross-references (src/gen/xref.h): a tooltip on every linked
// name, by pointer or keyboard focus, from the data the page carries in
// <script id="xref-data"> (no request, so it works from file://). Kept
// apart from site.js; site.js's keyboard stepping focuses the links.
(function () {
  'use strict';
  // Nothing is done at start-up but listening (a big page has a thousand
  // links and tens of kilobytes of data): the data is parsed and the
  // tooltip made when a link is first pointed at or focused.
  var dataEl = document.getElementById('xref-data');
  if (!dataEl) return;
  var data = null, tip = null;
  var owner = null, hideTimer = 0;

  function ready() {
    if (tip) return data !== null;
    try { data = JSON.parse(dataEl.textContent); } catch (e) { data = null; }
    tip = document.createElement('div');
    tip.className = 'xref-tip';
    tip.id = 'xref-tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.appendChild(tip);
    return data !== null;
  }

  // In code, the names are reached with site.js's arrow keys, not with Tab:
  // one stop per code block stays one stop. Done at the first key pressed,
  // before the browser moves the focus.
  document.addEventListener('keydown', function untab() {
    document.removeEventListener('keydown', untab, true);
    document.querySelectorAll('.code a.xref').forEach(function (a) { a.setAttribute('tabindex', '-1'); });
  }, true);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function fill(entry) {
    // entry: [kind, declaration, note (an index in data.notes, or -1),
    //         [[href, label], ...], number of uses]
    tip.textContent = '';
    tip.appendChild(el('div', 'xref-kind', data.kinds[entry[0]]));
    tip.appendChild(el('code', '', entry[1]));
    if (entry[2] >= 0) tip.appendChild(el('p', 'xref-note', data.notes[entry[2]]));
    if (entry[3].length) {
      var p = el('p', 'xref-uses', data.uses + ': ');
      entry[3].forEach(function (use, i) {
        if (i) p.appendChild(document.createTextNode(', '));
        var a = el('a', '', use[1]);
        a.href = use[0];
        p.appendChild(a);
      });
      if (entry[4] > entry[3].length) p.appendChild(document.createTextNode(', …'));
      tip.appendChild(p);
    }
  }

  function show(a) {
    if (!ready()) return;
    var entry = data.names[a.dataset.x];
    if (!entry) return;
    window.clearTimeout(hideTimer);
    if (owner && owner !== a) owner.removeAttribute('aria-describedby');
    owner = a;
    fill(entry);
    a.setAttribute('aria-describedby', 'xref-tip');
    tip.hidden = false;
    var r = a.getBoundingClientRect();
    var left = Math.max(4, Math.min(r.left + window.scrollX,
      window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4));
    var top = r.bottom + window.scrollY + 4;
    if (r.bottom + tip.offsetHeight + 8 > window.innerHeight && r.top > tip.offsetHeight + 8)
      top = r.top + window.scrollY - tip.offsetHeight - 4;
    tip.style.left = left + 'px';
    tip.style.top = top + 'px';
  }

  function hide(now) {
    if (!tip) return;
    window.clearTimeout(hideTimer);
    var go = function () {
      tip.hidden = true;
      if (owner) owner.removeAttribute('aria-describedby');
      owner = null;
    };
    if (now) go(); else hideTimer = window.setTimeout(go, 250);
  }

  function linkOf(t) { return t && t.closest ? t.closest('a.xref') : null; }

  document.addEventListener('mouseover', function (e) {
    var a = linkOf(e.target);
    if (a) show(a);
    else if (tip && tip.contains(e.target)) window.clearTimeout(hideTimer);
  });
  document.addEventListener('mouseout', function (e) {
    if (linkOf(e.target) || (tip && tip.contains(e.target))) hide(false);
  });
  document.addEventListener('focusin', function (e) {
    var a = linkOf(e.target);
    if (a) show(a);
    else if (tip && !tip.contains(e.target)) hide(true);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && tip && !tip.hidden) hide(true);
  });
  window.addEventListener('resize', function () { if (tip) hide(true); });
})();
