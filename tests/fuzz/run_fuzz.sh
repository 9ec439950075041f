#!/bin/sh
# run_fuzz.sh TARGET SEEDS CORPUS DICT LEARNED — runs one libFuzzer target,
# in one of two ways:
#   - the test suite's (FUZZ_SECONDS unset): every input of SEEDS (written by
#     hand, and each failing input found so far) and of CORPUS (what earlier
#     explorations found, merged to one input per feature), each checked
#     once. The same inputs on every machine: libFuzzer's mutations differ
#     from run to run even from a fixed seed, so they are not in the suite;
#   - exploring (FUZZ_SECONDS=N, `./build.sh fuzz N`): N seconds of
#     mutations, learning into LEARNED (kept for the next run); merge it into
#     CORPUS with `./build.sh fuzz-merge`.
# Exit status 0: no property failed, no crash, leak or timeout.
set -eu
target=$1 seeds=$2 corpus=$3 dict=$4 learned=$5
set -- -error_exitcode=1 -timeout_exitcode=1 -timeout=20 -rss_limit_mb=2048 -max_len=4096 \
       -print_final_stats=1 -artifact_prefix="$(dirname "$(dirname "$learned")")/$(basename "$target")-"
[ -f "$dict" ] && set -- "$@" -dict="$dict"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
mkdir -p "$corpus"
# libFuzzer's own exit status for a finding is 77, which meson reads as a
# skipped test: -error_exitcode makes a finding fail the suite.
if [ -n "${FUZZ_SECONDS:-}" ]; then
  mkdir -p "$learned"
  exec "$target" "$@" -max_total_time="$FUZZ_SECONDS" "$learned" "$seeds" "$corpus"
fi
if [ -n "${FUZZ_MERGE:-}" ]; then  # what LEARNED adds to CORPUS, into CORPUS
  exec "$target" "$@" -merge=1 "$corpus" "$learned"
fi
# -runs=0: run the given inputs and stop. New inputs would be written to the
# first folder, a fresh one.
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
"$target" "$@" -runs=0 "$fresh" "$seeds" "$corpus"
