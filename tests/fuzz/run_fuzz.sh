#!/bin/sh
# run_fuzz.sh TARGET SEEDS DICT CORPUS — runs one libFuzzer target for
# $FUZZ_SECONDS seconds (default 20) from the seeds, keeping what it finds in
# CORPUS. Exit status 0: no property failed, no crash, leak or timeout.
set -eu
target=$1 seeds=$2 dict=$3 corpus=$4
mkdir -p "$corpus"
# libFuzzer's own exit status for a finding is 77, which meson reads as a
# skipped test: a finding must fail the suite.
set -- -error_exitcode=1 -timeout_exitcode=1 -max_total_time="${FUZZ_SECONDS:-20}" -timeout=20 -rss_limit_mb=2048 -max_len=4096 \
       -print_final_stats=1 -artifact_prefix="$(dirname "$corpus")/../$(basename "$target")-"
[ -f "$dict" ] && set -- "$@" -dict="$dict"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
exec "$target" "$@" "$corpus" "$seeds"
