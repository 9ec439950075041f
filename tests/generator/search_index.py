#!/usr/bin/python3
"""The search index of each language (issue 11), on a site rendered for the test:

    search_index.py SIDENOTES OUT_DIR -- SITE_INPUTS...

Renders SITE_INPUTS (what the `site` target renders) into OUT_DIR, reads each
static/search/LANG.js and checks: one index per language of the site, named
by the pages' `lang` attribute; every page of a language (every HTML file of
its tree with sections) in its index, with its title, and no page of another
language; every section of every page present, with its #section-N; headings
as the pages show them; the text of translated pages in their language (CJK
or Hangul in nearly every document); pages of an English-only section only in
the English index, without their notes' text; identifiers of definitions on
the section that defines them; and a rebuild with nothing changed touches no
index. The worker checks its index against MiniSearch's own (SIDENOTES_SEARCH_CHECK),
and the page's engine (templates/search-engine.js) must give MiniSearch's
results on it (search_engine.js).
"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import zlib
from html.parser import HTMLParser

sidenotes, out = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
top = os.path.dirname(os.path.dirname(here))
engine_js = os.path.join(top, 'templates', 'search-engine.js')
minisearch_js = os.path.join(top, 'node_modules', 'minisearch', 'dist', 'cjs', 'index.cjs')
inputs = sys.argv[sys.argv.index('--') + 1:]
problems = []


def fail(msg):
    problems.append(msg)


def render():
    # The worker also builds each index with MiniSearch's own add() and
    # stops if its direct build differs (search-worker.js, check()).
    env = dict(os.environ, SIDENOTES_SEARCH_CHECK='1')
    return subprocess.run([sidenotes] + inputs + ['-o', out], capture_output=True, text=True, check=True,
                          env=env).stdout


shutil.rmtree(out, ignore_errors=True)
render()

SECTION = re.compile(r'<section class="section[^"]*" id="section-(\d+)">(.*?)</section>', re.S)
HEADING = re.compile(r'<h[1-6][^>]*>(.*?)</h[1-6]>', re.S)
TAG = re.compile(r'<[^>]+>')


class Text(HTMLParser):
    """An element's text, each KaTeX formula as its TeX (as the index has
    formulas in headings)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.katex, self.tex = [], 0, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.katex:
            self.katex += tag not in ('br', 'img')
        elif tag == 'span' and a.get('class') == 'katex':
            self.katex = 1
        self.tex = self.tex or (tag == 'annotation' and a.get('encoding') == 'application/x-tex')

    def handle_endtag(self, tag):
        if tag == 'annotation':
            self.tex = False
        if self.katex:
            self.katex -= 1

    def handle_data(self, data):
        if not self.katex or self.tex:
            self.out.append(data)


def text_of(html):
    t = Text()
    t.feed(html)
    return re.sub(r'\s+', ' ', ''.join(t.out)).strip()


def load(lang_tag):
    with open(os.path.join(out, 'static', 'search', lang_tag + '.js'), encoding='utf-8') as f:
        js = f.read()
    # The engine first (the page loads one script), then the index.
    with open(engine_js, encoding='utf-8') as f:
        engine = f.read()
    if not js.startswith(engine + '\n'):
        fail(f'{lang_tag}.js: does not start with templates/search-engine.js')
        return None
    js = js[len(engine) + 1:]
    prefix = 'sidenotesSearchLoaded('
    if not js.startswith(prefix) or not js.endswith(');\n'):
        fail(f'{lang_tag}.js: not a call of sidenotesSearchLoaded')
        return None
    data = json.loads(js[len(prefix):-3])
    # Each document's text, in a script of its own (the snippets'), in the
    # documents' order.
    with open(os.path.join(out, 'static', 'search', lang_tag + '.text.js'), encoding='utf-8') as f:
        js = f.read()
    prefix = 'sidenotesSearchText('
    if not js.startswith(prefix) or not js.endswith(');\n'):
        fail(f'{lang_tag}.text.js: not a call of sidenotesSearchText')
        return None
    # The list comes deflated (raw deflate) and in base64, as a JS string.
    try:
        texts = json.loads(zlib.decompress(base64.b64decode(json.loads(js[len(prefix):-3]), validate=True), -15))
    except (ValueError, zlib.error) as e:
        fail(f'{lang_tag}.text.js: not a base64 string of deflated JSON: {e}')
        return None
    if len(texts) != len(data['docs']):
        fail(f'{lang_tag}: {len(texts)} texts for {len(data["docs"])} documents')
        return None
    for d, t in zip(data['docs'], texts):
        if len(d) != 3:
            fail(f'{lang_tag}: a document {d[:4]} is not [page, section, heading]')
            return None
        d.append(t)
    return data


languages = {'en': '', 'zh-Hans': 'zh/', 'ja': 'ja/', 'ko': 'ko/'}
found = sorted(f[:-3] for f in os.listdir(os.path.join(out, 'static', 'search')) if not f.endswith('.text.js'))
if found != sorted(languages):
    fail(f'indexes {found}, want {sorted(languages)}')

cjk = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]')
for tag, prefix in languages.items():
    data = load(tag)
    if data is None:
        continue
    if data['lang'] != tag:
        fail(f'{tag}: lang is {data["lang"]}')
    urls = [u for _, u in data['pages']]
    # The pages of this language: HTML files with sections under its prefix.
    want = {}
    for root, dirs, files in os.walk(out):
        dirs[:] = [d for d in dirs if d != 'static']
        for name in files:
            if not name.endswith('.html'):
                continue
            rel = os.path.relpath(os.path.join(root, name), out)
            in_lang = rel.startswith(prefix) if prefix else not re.match(r'(zh|ja|ko)/', rel)
            with open(os.path.join(out, rel), encoding='utf-8') as f:
                html = f.read()
            if in_lang and SECTION.search(html):
                want[rel] = html
    if sorted(urls) != sorted(want):
        fail(f'{tag}: pages missing {sorted(set(want) - set(urls))[:5]}, '
             f'not of this language {sorted(set(urls) - set(want))[:5]}')
    docs = data['docs']
    have = {(data['pages'][d[0]][1], d[1]) for d in docs}
    heads = {(data['pages'][d[0]][1], data['heads'][d[2]]) for d in docs}
    for rel, html in want.items():
        title = text_of(re.search(r'<title>(.*?)</title>', html, re.S).group(1))
        page_title = data['pages'][urls.index(rel)][0] if rel in urls else None
        if page_title is not None and not title.startswith(page_title):
            fail(f'{tag}: {rel}: title "{page_title}", the page has "{title}"')
        for m in SECTION.finditer(html):
            n = int(m.group(1))
            if (rel, n) not in have:
                fail(f'{tag}: {rel}#section-{n} not in the index')
            for h in HEADING.findall(m.group(2)):
                if (rel, text_of(h)) not in heads and not rel.startswith('generator/'):
                    fail(f'{tag}: {rel}#section-{n}: heading "{text_of(h)}" not in the index')
    with_text = [d for d in docs if d[3]]
    if prefix:
        in_lang = sum(1 for d in with_text if cjk.search(d[3]))
        if in_lang < 0.9 * len(with_text):
            fail(f'{tag}: only {in_lang} of {len(with_text)} documents in the language')
    else:
        other = sum(1 for d in with_text if cjk.search(d[3]))
        if other > 0.02 * len(with_text):
            fail(f'en: {other} of {len(with_text)} documents hold CJK text')
        gen = [d for d in docs if data['pages'][d[0]][1].startswith('generator/')]
        if not gen or any(d[3] for d in gen):
            fail('en: the generator section missing, or with its notes\' text')
    if prefix and any(u.startswith('generator/') for u in urls):
        fail(f'{tag}: an English-only page in the index')

# The identifier terms: layer_norm_forward is defined in one section of the
# LN page, and that section's document carries it.
en = load('en')


def decode_terms(coded):
    """The front-coded terms (search-worker.js frontCode): each the number
    of leading characters shared with the one before, a base-36 digit, then
    the rest."""
    out, prev = [], ''
    for t in coded.split(' ') if coded else []:
        prev = prev[:int(t[0], 36)] + t[1:]
        out.append(prev)
    return out


terms = decode_terms(en['index']['terms'])
if 'layer_norm_forward' not in terms:
    fail('en: layer_norm_forward is not a term')
# Names only libclang finds defined (xref.h), not the column-0 scan: an
# enum constant inside a typedef, a static array.
for name in ('NORM_LAYER', 'MODE_EVAL_BATCH_STATS'):
    if name not in terms and name.lower() not in terms:
        fail(f'en: {name} (defined in experiments/model.h) is not a term')
ln = 'normalization/layer_norm/layer_norm.c.html'
with open(os.path.join(out, ln), encoding='utf-8') as f:
    sections = {int(m.group(1)): text_of(m.group(2)) for m in SECTION.finditer(f.read())}
defining = [n for n, t in sections.items() if re.search(r'(?<![A-Za-z_])int layer_norm_forward\(', t)]
if len(defining) != 1:
    fail(f'{ln}: {len(defining)} sections define layer_norm_forward')
# The postings of the ids field (field 2) of that term name a document of
# that section (search-worker.js encodePostings: per document the gap times
# 2, plus 1 if a count follows, in base 45 of DIGITS, digits from 45 on
# continuing a number).
DIGITS = ''.join(chr(c) for c in range(33, 127) if chr(c) not in '"\\|;')


def numbers(s):
    v, scale = 0, 1
    for ch in s:
        d = DIGITS.index(ch)
        if d >= 45:
            v, scale = v + (d - 45) * scale, scale * 45
        else:
            yield v + d * scale
            v, scale = 0, 1


fields = en['index']['postings'].split('|')[terms.index('layer_norm_forward')].split(';')
ids_field = [f[1:] for f in fields if f[0] == str(en['index']['fieldIds']['ids'])]
docs_with = []
for f in ids_field:
    at, count_next = 0, False
    for v in numbers(f):
        if count_next:
            count_next = False
            continue
        at += v >> 1
        count_next = bool(v & 1)
        docs_with.append(en['docs'][at])
if not docs_with or any((en['pages'][d[0]][1], d[1]) != (ln, defining[0] if defining else -1) for d in docs_with):
    fail(f'layer_norm_forward: ids on {[(en["pages"][d[0]][1], d[1]) for d in docs_with]}, '
         f'want {ln} section {defining}')

# The page's engine gives MiniSearch's results on these indexes.
engine = subprocess.run(['node', os.path.join(here, 'search_engine.js'), engine_js, minisearch_js, out],
                        capture_output=True, text=True)
if engine.returncode != 0:
    fail('the page\'s engine and MiniSearch differ:\n' + engine.stderr)

# Nothing changed: nothing written.
times = {f: os.stat(os.path.join(out, 'static', 'search', f)).st_mtime_ns
         for f in os.listdir(os.path.join(out, 'static', 'search'))}
said = render()
if 'up to date' not in said:
    fail(f'a rebuild with nothing changed did work: {said.strip()}')
for f, t in times.items():
    if os.stat(os.path.join(out, 'static', 'search', f)).st_mtime_ns != t:
        fail(f'{f} rewritten by a rebuild with nothing changed')

if problems:
    print('\n'.join(problems), file=sys.stderr)
    sys.exit(1)
print(f'search indexes: {len(languages)} languages checked')
