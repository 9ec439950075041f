#!/bin/sh
# The project's own PO files, as gettext's tools see them (issue 12):
#
#   test_po_files.sh msgfmt PO_DIR     every catalog passes `msgfmt -c` with
#                                      no warning, its header filled in
#                                      (PO-Revision-Date, Last-Translator,
#                                      Language-Team, Plural-Forms, X-Generator)
#   test_po_files.sh form PO_DIR       every catalog and template is in the
#                                      canonical form msgmerge writes (msgcat
#                                      rewrites it byte for byte), its `#:`
#                                      references name files without line
#                                      numbers, and every message has a `#.`
#                                      comment naming its block kind and page
#   test_po_files.sh form-wrap PO_DIR  the same, but a string may be wrapped
#                                      into lines otherwise: a platform's
#                                      editor (translate-toolkit, which
#                                      Weblate uses) wraps CJK text where
#                                      msgcat does not, and the next
#                                      `po-update` rewraps it. Every branch
#                                      passes this; the release, `form`.
set -eu
what=$1
po=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
catalogs=$(find "$po" -name '*.po' -not -path "$po/templates/*" | sort)
[ -n "$catalogs" ] || fail "no catalogs under $po"

# The PO text with each string joined into one line (`msgstr ""` and its
# continuation lines become one `msgstr "..."`): what is left when wrapping
# is not compared.
unwrap() {
    awk '
        function flush() { if (cur != "") print cur "\""; cur = "" }
        {
            prefix = ""; rest = $0
            if ($0 ~ /^#[~|] /) { prefix = substr($0, 1, 3); rest = substr($0, 4) }
            if (cur != "" && rest ~ /^"/ && prefix == curprefix) {
                s = rest; sub(/^"/, "", s); sub(/"$/, "", s); cur = cur s; next
            }
            flush()
            if (rest ~ /^(msgctxt|msgid|msgid_plural|msgstr|msgstr\[[0-9]+\]) "/) {
                s = rest; sub(/"$/, "", s); cur = prefix s; curprefix = prefix; next
            }
            print
        }
        END { flush() }' "$1"
}

case $what in
msgfmt)
    for f in $catalogs; do
        if ! msgfmt -c -o /dev/null "$f" 2>"$tmp/err" || [ -s "$tmp/err" ]; then
            fail "msgfmt -c $f:"; cat "$tmp/err" >&2
        fi
    done
    # the header's fields, its strings joined (awk: one process for all)
    awk '
        FNR == 1 { if (f) check(); f = FILENAME; inh = 0; body = ""; done = 0 }
        !done && /^msgstr ""$/ { inh = 1; next }
        inh && /^"/ { s = $0; sub(/^"/, "", s); sub(/"$/, "", s); body = body s; next }
        inh { inh = 0; done = 1 }
        function check(   n, i, k, fields, v) {
            n = split("PO-Revision-Date Last-Translator Language-Team Plural-Forms X-Generator", fields, " ")
            for (i = 1; i <= n; i++) {
                k = index(body, fields[i] ": ")
                v = k ? substr(body, k + length(fields[i]) + 2) : ""
                sub(/\\n.*/, "", v)
                if (v == "" || v ~ /YEAR-MO-DA|FULL NAME|LL@li.org|INTEGER/) {
                    print "FAIL: " f ": header field " fields[i] " is missing or a placeholder: \x27" v "\x27"
                    bad++
                }
            }
        }
        END { if (f) check(); exit bad > 0 }' $catalogs >&2 || failures=$((failures + 1))
    n=$(echo "$catalogs" | wc -l)
    [ "$failures" -eq 0 ] && echo "ok: $n catalogs pass msgfmt -c with no warning, headers filled"
    ;;
form|form-wrap)
    for f in $catalogs $(find "$po/templates" -name '*.pot' | sort); do
        msgcat --force-po -o "$tmp/canon" "$f"
        if [ "$what" = form-wrap ]; then
            unwrap "$f" >"$tmp/a"
            unwrap "$tmp/canon" >"$tmp/b"
            if ! cmp -s "$tmp/a" "$tmp/b"; then
                fail "$f differs from msgmerge's canonical form in more than line wrapping (run \`meson compile -C build po-update\`):"
                diff "$tmp/a" "$tmp/b" | head -10 >&2
            fi
        elif ! cmp -s "$f" "$tmp/canon"; then
            fail "$f is not in msgmerge's canonical form (run \`meson compile -C build po-update\`):"
            diff "$f" "$tmp/canon" | head -10 >&2
        fi
    done
    if grep -n '^#: .*:[0-9][0-9]*\( \|$\)' $catalogs $(find "$po/templates" -name '*.pot') >"$tmp/lines"; then
        fail "references with line numbers (they churn at every edit above them):"
        head -5 "$tmp/lines" >&2
    fi
    # every live message of a page's catalog: a `#.` line "KIND, in PAGE.html..."
    for f in $catalogs; do
        case $f in */site.po) continue ;; esac
        awk -v f="$f" '
            /^#\. .*, in [^ ]*\.html/ { seen = 1 }
            /^msgid / { if (!header_done) { header_done = 1 } else if (!seen) { print f ":" NR ": a message without a #. comment naming its page"; bad = 1 } seen = 0 }
            /^$/ { seen = 0 }
            END { exit bad }' "$f" >>"$tmp/missing" || true
    done
    if [ -s "$tmp/missing" ]; then fail "messages without a #. comment:"; head -5 "$tmp/missing" >&2; fi
    [ "$failures" -eq 0 ] && echo "ok: every PO file canonical$([ "$what" = form ] || echo " up to line wrapping"), references without lines, every message placed"
    ;;
*) echo "usage: $0 msgfmt|form|form-wrap PO_DIR" >&2; exit 2 ;;
esac
exit "$failures"
