// site.js — the little the pages do: a remembered light/dark toggle, and
// marking every occurrence of a name that is clicked, in code and notes.
// No network, no dependencies; the page reads fine without it.
(function () {
  'use strict';

  var root = document.documentElement;
  var themeKey = 'sidenotes-theme'; // also read by the inline script in <head>

  // The theme in force: the reader's choice, else the system's.
  function currentTheme() {
    if (root.dataset.theme) return root.dataset.theme;
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  document.querySelectorAll('.theme-toggle').forEach(function (button) {
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try { localStorage.setItem(themeKey, next); } catch (e) { /* private mode */ }
    });
  });

  // Pygments' classes for names: variables, functions, types, constants.
  var nameClasses = /^(n|nf|nv|nc|nb|nx|na|nl|nn|no|nd|kt|fm|bp|vc|vg|vi)$/;
  var marked = [];

  function isName(el) {
    return el && el.tagName === 'SPAN' && nameClasses.test(el.classList[0] || '') &&
      el.closest('.code, .docs code') !== null;
  }

  function unmark() {
    marked.forEach(function (el) { el.classList.remove('hl'); });
    marked = [];
  }

  function mark(text) {
    document.querySelectorAll('.code span, .docs code span').forEach(function (el) {
      if (el.textContent === text && isName(el)) {
        el.classList.add('hl');
        marked.push(el);
      }
    });
  }

  document.addEventListener('click', function (event) {
    var el = event.target;
    if (!isName(el)) {
      if (!el.closest || !el.closest('a, button')) unmark();
      return;
    }
    var again = marked.length > 0 && marked[0].textContent === el.textContent;
    unmark();
    if (!again) mark(el.textContent);
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') unmark();
  });
})();
