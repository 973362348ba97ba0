#!/usr/bin/env bash
# fuzz.sh [SECONDS] — builds the libFuzzer targets (clang, ASan+UBSan, in
# build-fuzz/) and runs each for SECONDS (default 60), seeded with the
# conformance programs and the examples. A crash, a sanitizer report or a
# hang past the budget fails the run and leaves the input in build-fuzz/artifacts/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds=${1:-60}
build=$YS_ROOT/build-fuzz
ys_install_deps
CC=clang CXX=clang++ cmake -S "$YS_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DYS_BUILD_UI=OFF -DYS_BUILD_TESTS=OFF -DYS_BUILD_BENCH=OFF -DYS_SANITIZE=ON -DYS_FUZZ=ON >/dev/null
cmake --build "$build" -j "$YS_JOBS" --target fuzz_parse fuzz_run fuzz_session
seeds=$build/seeds
rm -rf "$seeds" && mkdir -p "$seeds" "$build/artifacts"
find "$YS_ROOT/tests/scripts" "$YS_ROOT/resources/examples" -name '*.py' -size -8k -exec cp {} "$seeds/" \;
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for target in fuzz_parse fuzz_run fuzz_session; do
  corpus=$build/corpus-$target
  mkdir -p "$corpus"
  ys_log "fuzzing $target for ${seconds}s"
  "$build/fuzz/$target" "$corpus" "$seeds" -dict="$YS_ROOT/fuzz/python.dict" -max_total_time="$seconds" \
    -timeout=20 -rss_limit_mb=4096 -max_len=4096 -artifact_prefix="$build/artifacts/$target-" \
    -print_final_stats=1 2>"$build/$target.log" || { status=1; tail -50 "$build/$target.log"; }
  grep -E '^stat::number_of_executed_units|^Done' "$build/$target.log" || true
done
exit $status
