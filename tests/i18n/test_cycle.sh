#!/bin/sh
# The translators' cycle with the real `sidenotes-po` and gettext's msgmerge,
# on a one-page project in a temporary folder:
#   update creates the templates and catalogs → a translator fills zh →
#   the English changes → check notes the stale catalogs, complete fails
#   against the new English → update makes
#   the changed English fuzzy (with the old English shown), the new English
#   untranslated, and keeps the removed message as obsolete → status counts
#   it all → complete holds only for what is fully translated.
# Then the three commits of issue 12, end to end: a translation platform's
# PO-only commit and an author's English-only commit both pass the checks
# every branch runs (check), and fail only the strict ones our main runs
# (check --strict, complete); a broken message in one language is an error
# for sidenotes-po and for `sidenotes --strict`, while the site build goes
# on with that block in English, marked, and the other language intact.
# Also what check names by name: unused catalogs, a missing glossary, a
# po/COMPLETE pattern that matches nothing; and its lines never splice.
#
# usage: test_cycle.sh SIDENOTES_PO FIXTURES_DIR [SIDENOTES]
set -eu
case $1 in /*) tool=$1 ;; *) tool=$PWD/$1 ;; esac
sidenotes=
if [ $# -ge 3 ]; then case $3 in /*) sidenotes=$3 ;; *) sidenotes=$PWD/$3 ;; esac; fi
fixtures=$(cd "$2/cycle" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# expect STATUS COMMAND...: runs the command, which must exit with STATUS.
expect() {
    want=$1; shift
    set +e; "$@" >out.txt 2>err.txt; got=$?; set -e
    [ "$got" -eq "$want" ] || { fail "'$*' exited $got, want $want"; cat out.txt err.txt >&2; }
}
has() { grep -qF -- "$2" "$1" || { fail "$1 lacks: $2"; cat "$1" >&2; }; }
# status_is LANG COUNTS: the status line of page.c for LANG ("8/1/1").
status_is() {
    expect 0 "$tool" status po "$1"
    line=$(grep '^page\.c ' out.txt | tr -s ' ')
    [ "$line" = "page.c $2" ] || fail "status $1: '$line', want 'page.c $2'"
}

mkdir po
printf '# test languages\nzh ja\n' > po/LINGUAS
cp -r "$fixtures/v1" src

# 1. update from nothing: a template, and a catalog per language
expect 0 "$tool" update src po
has out.txt "wrote po/templates/page.c.pot"
has out.txt "created po/zh/page.c.po"
has out.txt "created po/ja/page.c.po"
has po/templates/page.c.pot '#: src/page.c'
has po/templates/page.c.pot '#. list item, in page.c.html#section-'
has po/ja/page.c.po '"Language: ja\n"'
expect 0 "$tool" check src po
status_is zh 0/0/10

# 2. a translator fills zh
cp "$fixtures/zh-v1.po" po/zh/page.c.po
status_is zh 10/0/0
status_is ja 0/0/10
expect 0 "$tool" status po
has out.txt "total"
printf 'zh page.c\n' > rules
expect 0 "$tool" complete src po rules
has out.txt "1 catalog(s) declared complete"
printf '# all of ja\nja *\n' > rules
expect 1 "$tool" complete src po rules
has err.txt "po/ja/page.c.po: error: 10 untranslated and 0 fuzzy message(s), but rules:2 declares it complete"

# 2b. a glossary that disagrees with the translator gets notes, at the
#     lines of the translations, and no failure
printf '| English | 中文 |\n| --- | --- |\n| running mean | 移动平均 |\n' > po/zh/glossary.md
heading=$(grep -n '^msgstr "滑动均值"$' po/zh/page.c.po | cut -d: -f1)
expect 0 "$tool" check src po
has out.txt "note: po/zh/page.c.po:$heading: glossary (po/zh/glossary.md): “running mean” is “移动平均”"
has out.txt "note: 2 translation(s) do not use the glossary's words"
printf '# no table\n' > po/zh/glossary.md
expect 1 "$tool" check src po
has err.txt "po/zh/glossary.md: error: no glossary table"
rm po/zh/glossary.md

# 3. the English changes: the templates are stale until update runs, and
#    zh is no longer complete (two messages are new to it)
rm -r src
cp -r "$fixtures/v2" src
expect 1 "$tool" extract src po --check
has out.txt "stale: po/templates/page.c.pot"
expect 0 "$tool" check src po
has out.txt "note: 1 template(s) in po/templates are behind the English"
has out.txt "run \`meson compile -C build po-update\`"
printf 'zh page.c\n' > rules
expect 1 "$tool" complete src po rules
has err.txt "po/zh/page.c.po: error: 2 untranslated and 0 fuzzy message(s)"

# 4. update: changed → fuzzy, new → untranslated, removed → obsolete
expect 0 "$tool" update src po
status_is zh 8/1/1
status_is ja 0/0/10
has po/zh/page.c.po '#, fuzzy'
has po/zh/page.c.po '#| "The running mean $\\hat\\mu$ follows the batch means with momentum $m$:"'
has po/zh/page.c.po 'msgstr "滑动均值 $\\hat\\mu$ 以动量 $m$ 跟随各批量的均值："'
has po/zh/page.c.po '#~ msgid "It is used in evaluation."'
grep -A1 -F 'msgid "Evaluation then reads the estimate as it stands."' po/zh/page.c.po | grep -qx 'msgstr ""' \
    || fail "the new message is not untranslated"
expect 0 "$tool" check src po
has out.txt "every catalog valid, current and merged"
expect 1 "$tool" complete src po rules
has err.txt "1 untranslated and 1 fuzzy message(s)"

# 5. update again changes nothing
sums=$(find po -type f | sort | xargs md5sum)
expect 0 "$tool" update src po
[ "$(find po -type f | sort | xargs md5sum)" = "$sums" ] || fail "a second update changed the catalogs"

# 5b. a translation platform's bot commits PO files only (ja translated):
#     the checks every branch runs pass
sed 's/^"Language: zh\\n"$/"Language: ja\\n"/' po/zh/page.c.po > po/ja/page.c.po
status_is ja 8/1/1
expect 0 "$tool" check src po
has out.txt "every catalog valid, current and merged"

# 5c. an author commits English only: every branch's check passes, naming
#     the stale template; our main's strict checks fail until the release
sed -i 's/It is used in evaluation\./It is read in evaluation./; s/Evaluation then reads/Evaluation reads/' src/page.c
expect 0 "$tool" check src po
has out.txt "stale: po/templates/page.c.pot"
has out.txt "note: 1 template(s) in po/templates are behind the English"
expect 1 "$tool" check src po --strict
has err.txt "error: --strict"
printf 'zh page.c\n' > rules
expect 1 "$tool" complete src po rules
cp -r "$fixtures/v2/page.c" src/page.c  # back to v2, as the catalogs are

# 5d. what is never used is named: a language LINGUAS lacks, a misnamed
#     catalog, a missing glossary; --strict fails on them
mkdir -p po/fr
cp po/ja/page.c.po po/fr/page.c.po
cp po/zh/page.c.po po/zh/page.po
expect 0 "$tool" check src po
has out.txt "warning: po/fr/: catalogs of \`fr\`, which po/LINGUAS does not list"
has out.txt "warning: po/zh/page.po: no page has this name: it is not used (misnamed? the page page.c has po/zh/page.c.po)"
has out.txt "warning: po/ja/glossary.md is missing"
expect 1 "$tool" check src po --strict
rm -r po/fr po/zh/page.po
printf '# a typo\nzh page.h\nfr *\n' > rules
expect 1 "$tool" complete src po rules
has err.txt "rules:2: error: \`page.h\` matches no page"
has err.txt "rules:3: error: \`fr\` is not a language of po/LINGUAS"

# 5e. notes on stdout and errors on stderr, both into one pipe: whole lines
#     (40 pages whose zh strays from its glossary, more than a pipe buffer
#     of notes, then ja's glossary, which is broken)
mkdir pipe pipe/src pipe/po
printf 'zh ja\n' > pipe/po/LINGUAS
k=0; while [ $k -lt 40 ]; do cp src/page.c "pipe/src/page$k.c"; k=$((k + 1)); done
(cd pipe && "$tool" update src po >/dev/null 2>&1)
k=0; while [ $k -lt 40 ]; do
    sed "s|page\.c|page$k.c|g" po/zh/page.c.po > "pipe/po/zh/page$k.c.po"; k=$((k + 1)); done
printf '| English | 中文 |\n| --- | --- |\n| running mean | 移动平均 |\n| momentum | 冲量 |\n' > pipe/po/zh/glossary.md
printf '# no table\n' > pipe/po/ja/glossary.md
(cd pipe && "$tool" check src po 2>&1 | cat > ../piped.txt) || true
grep -q 'po/ja/glossary.md: error: no glossary table' piped.txt || fail "no glossary error in the piped output"
[ "$(grep -c 'glossary (po/zh/glossary.md)' piped.txt)" -ge 40 ] || fail "too few notes to fill a pipe buffer"
bad=$(grep -v -E '^(note: |warning: |stale: |pipe/|po/|po: )' piped.txt || true)
[ -z "$bad" ] || fail "lines spliced in piped output: $(echo "$bad" | head -3)"

# 5f. a broken message in one language (an unclosed ** in zh): an error
#     for sidenotes-po, naming its line; the site build goes on with the
#     block in English, marked, and a warning, while ja stays translated;
#     `sidenotes --strict` stops
sed -i 's/^msgstr "只在训练时更新。"/msgstr "**只在训练时更新。"/' po/zh/page.c.po
bad=$(grep -n '^msgstr "\*\*只在训练时更新。"' po/zh/page.c.po | cut -d: -f1)
expect 1 "$tool" check src po
has err.txt "po/zh/page.c.po:$bad: error: the translation has a \`*\` or \`_\` that is not emphasis"
if [ -n "$sidenotes" ]; then
    expect 0 "$sidenotes" src -o site --po po --no-cache -q
    has err.txt "po/zh/page.c.po:$bad: warning: the translation has a \`*\`"
    has err.txt "(shown in English)"
    has site/zh/page.c.html 'lang="en">It is updated in training only.'
    has site/ja/page.c.html '只在训练时更新。'
    expect 1 "$sidenotes" src -o site2 --po po --no-cache -q --strict
    has err.txt "po/zh/page.c.po:$bad: error: the translation has a \`*\`"
    [ ! -e site2/index.html ] || fail "--strict wrote a site"
fi
sed -i 's/^msgstr "\*\*只在训练时更新。"/msgstr "只在训练时更新。"/' po/zh/page.c.po

# 6. a translation that drops math stops the check at its line
line=$(grep -n '^msgstr "术语"' po/zh/page.c.po | cut -d: -f1)
sed -i 's/^msgstr "只在训练时更新。"/msgstr "只在训练时更新 $x$。"/' po/zh/page.c.po
bad=$(grep -n '^msgstr "只在训练时更新 \$x\$。"' po/zh/page.c.po | cut -d: -f1)
[ -n "$line" ] && [ -n "$bad" ] || fail "could not set up the broken translation"
expect 1 "$tool" check src po
has err.txt "po/zh/page.c.po:$bad: error: the translation's math differs from the English"
expect 1 "$tool" status po
has err.txt "po/zh/page.c.po:$bad: error:"

# 7. a page that goes away: its template goes, its catalogs stay, named
rm src/page.c
cp "$fixtures/v2/page.c" src/other.c
expect 0 "$tool" update src po
has out.txt "removed po/templates/page.c.pot (its page is gone)"
has out.txt "kept po/zh/page.c.po: it has no template"
[ -f po/zh/page.c.po ] || fail "update deleted a catalog"

# 8. bad arguments
expect 2 "$tool" frobnicate
expect 2 "$tool" status
printf 'zh ../x\n' > po/LINGUAS
expect 1 "$tool" status po
has err.txt "po/LINGUAS:1: error: \`../x\` is not a language code"

[ "$failures" -eq 0 ] && echo "cycle: all steps as expected"
exit "$failures"
