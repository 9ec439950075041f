#!/usr/bin/env bash
# The project's two commands (see README.md):
#
#   ./build.sh          install what is missing, build, render the site into site/
#   ./build.sh test     the same set-up, then every test: a plain build and an
#                       AddressSanitizer + UndefinedBehaviorSanitizer build
#   ./build.sh release  render site/, then every test in strict mode: the
#                       release step our main branch goes through
#   ./build.sh bench    the same set-up, then the benchmark programs
#   ./build.sh fuzz [SECONDS]  the libFuzzer targets (tests/fuzz) exploring for
#                       SECONDS each (default 300); `test` checks each on
#                       its committed inputs, the same every time
#   ./build.sh fuzz-merge  adds what exploring found to tests/fuzz/corpus
#
# Debian 12 is assumed. Packages come from Debian's archive; JavaScript
# packages from the npm registry, pinned by package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the build, the site and the tests need. One reason each:
packages=(
  meson ninja-build gcc pkg-config        # the build
  libcmark-gfm-dev libcmark-gfm-extensions-dev  # Markdown (CommonMark + GFM tables)
  libjs-katex nodejs                      # math, rendered at build time by KaTeX under node
  python3-pygments                        # code highlighting (/usr/bin/python3)
  libjansson-dev                          # JSON between the generator and its workers
  libsqlite3-dev                          # the generator's on-disk render cache
  libicu-dev                              # the search index of text with no CJK, built without node (NFKC, lower case)
  libgettextpo-dev gettext                # translations: PO files and msgmerge
  libopenblas-dev zlib1g-dev              # example programs: CBLAS, gzip'd IDX files
  dataset-fashion-mnist                   # the example programs' data
  gnuplot-nox                             # plots of the experiments, made at build time
  graphviz                                # the computation-graph figure (dot), made at build time
  chromium                                # browser tests
  fonts-noto-cjk                          # zh/ja/ko glyphs in the browser tests' screenshots
  npm                                     # installs the browser-test driver from the lockfile
  scdoc                                   # the man pages, sidenotes(1) and sidenotes-po(1)
  iso-codes                               # languages' own names for the switcher (ISO 639, 3166)
  translate-toolkit                       # Weblate's PO library: the editors' round-trip test (tests/i18n/editors.py)
  poedit xvfb xauth xdotool               # the same test drives Poedit headless (Xvfb, xdotool)
  libmicrohttpd-dev                       # the HTTP server of `sidenotes serve`
  clang libclang-rt-14-dev                # libFuzzer and its sanitizers, for the fuzz targets
  libclang-dev llvm                       # cross-references: libclang resolves the names in code (llvm-config finds it)
)

# What was installed is remembered in node_modules/.build.sh-deps, keyed on the
# package list (this file's) and package-lock.json: when neither changed, the
# check costs nothing. Otherwise one dpkg-query asks about every package.
deps_stamp=node_modules/.build.sh-deps
deps_key() {
  { printf '%s\n' "${packages[@]}"; cat package-lock.json 2>/dev/null; } | cksum
}

install_missing() {
  local key; key=$(deps_key)
  if [ -f "$deps_stamp" ] && [ "$(cat "$deps_stamp")" = "$key" ]; then return; fi
  local installed missing=()
  installed=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' "${packages[@]}" 2>/dev/null || true)
  for p in "${packages[@]}"; do
    grep -qx "ii  $p" <<<"$installed" || missing+=("$p")
  done
  # nodejs from another repository may already provide npm.
  if command -v npm >/dev/null 2>&1; then
    local keep=(); for p in "${missing[@]+"${missing[@]}"}"; do [ "$p" = npm ] || keep+=("$p"); done
    missing=("${keep[@]+"${keep[@]}"}")
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "build.sh: installing ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  if [ -f package-lock.json ] && ! npm ls --silent >/dev/null 2>&1; then
    npm ci --no-audit --no-fund
  fi
  mkdir -p node_modules && printf '%s\n' "$key" >"$deps_stamp"
}

# meson setup runs only for a new build folder or other options (ninja
# re-runs meson by itself when a meson.build changed); each folder remembers
# the options build.sh last gave it in .build.sh-options.
setup() {  # $1 = build dir, rest = meson options
  local dir=$1; shift
  local want="$*"
  if [ -f "$dir/build.ninja" ]; then
    [ "$want" = "$(cat "$dir/.build.sh-options" 2>/dev/null)" ] && return
    meson setup --reconfigure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@"
  fi
  printf '%s\n' "$want" >"$dir/.build.sh-options"
}

# The fuzz targets: a build of the generator alone with clang (see
# tests/fuzz/meson.build). With no argument, the suite: every committed
# input once (the same on every machine); with $1, each target explores for
# $1 seconds; with "" 1, what explorations learned is merged into the corpus.
fuzz_suite() {
  if ! command -v clang >/dev/null 2>&1; then
    echo "build.sh: clang not found: the fuzz suite is skipped (apt-get install clang libclang-rt-14-dev)"
    return 0
  fi
  CC=clang setup build-fuzz -Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false
  FUZZ_SECONDS=${1:-} FUZZ_MERGE=${2:-} meson test -C build-fuzz --suite fuzz --print-errorlogs
}

# Strict mode (SIDENOTES_STRICT=1; `./build.sh release`, and .ci/run on our
# main branch) adds the `release` suite: site/ is what the sources make now,
# every catalog po/COMPLETE declares is complete, the templates are current.
# Without it a contributor's PO-only or English-only change passes: those
# tests hold main, not every branch (CONTRIBUTING.md, "What each contributor commits").
strict=${SIDENOTES_STRICT:-0}
suites() { [ "$strict" = 1 ] || echo --no-suite release; }

install_missing
case "${1:-site}" in
  site)
    setup build
    ninja -C build src/sidenotes-po site  # also the translators' command
    echo "build.sh: site rendered into site/ (open site/index.html)"
    ;;
  test|release)
    setup build
    if [ "$1" = release ]; then
      strict=1
      ninja -C build src/sidenotes-po site
    fi
    meson test -C build --print-errorlogs $(suites)
    setup build-asan -Db_sanitize=address,undefined -Db_lundef=false
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      meson test -C build-asan --print-errorlogs --no-suite slow $(suites)
    fuzz_suite
    ;;
  fuzz)
    fuzz_suite "${2:-300}"
    ;;
  fuzz-merge)
    fuzz_suite "" 1
    ;;
  bench)
    setup build -Dbuildtype=release
    meson test -C build --benchmark --verbose
    ;;
  *) echo "usage: ./build.sh [site|test|release|bench|fuzz [SECONDS]|fuzz-merge]" >&2; exit 2 ;;
esac
