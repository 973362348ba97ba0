#!/usr/bin/env bash
# fuzz.sh [SECONDS] — builds the libFuzzer targets (clang, ASan+UBSan, in
# build-asan/, the build sanitize.sh uses) and runs them side by side for
# SECONDS (default 60), seeded with the conformance programs and the examples.
# A crash, a sanitizer report or a hang past the budget fails the run and
# leaves the input in build-asan/artifacts/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds=${1:-60}
build=$YS_ASAN_BUILD_DIR
ys_install_deps
ys_configure_sanitized
# YS_FUZZ_TARGETS picks some of them (a long run of one target at a time).
read -r -a targets <<<"${YS_FUZZ_TARGETS:-fuzz_parse fuzz_run fuzz_session}"
cmake --build "$build" -j "$YS_JOBS" --target "${targets[@]}"
seeds=$build/seeds
rm -rf "$seeds" && mkdir -p "$seeds" "$build/artifacts"
find "$YS_ROOT/tests/scripts" "$YS_ROOT/resources/examples" -name '*.py' -size -8k -exec cp {} "$seeds/" \;
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# A fixed seed makes CI's minute the same walk on every run of the same code,
# so it fails on a regression, not on luck; YS_FUZZ_SEED=0 (libFuzzer's
# "pick one") explores afresh, for the long runs.
seed=${YS_FUZZ_SEED:-1}
# The three targets run side by side: SECONDS of wall time in all, not three times it.
pids=()
for target in "${targets[@]}"; do
  corpus=$build/corpus-$target
  mkdir -p "$corpus"
  ys_log "fuzzing $target for ${seconds}s"
  "$build/fuzz/$target" "$corpus" "$seeds" -dict="$YS_ROOT/fuzz/python.dict" -max_total_time="$seconds" -seed="$seed" \
    -timeout=20 -rss_limit_mb=4096 -max_len=4096 -artifact_prefix="$build/artifacts/$target-" \
    -print_final_stats=1 2>"$build/$target.log" &
  pids+=($!)
done
status=0
for i in "${!pids[@]}"; do
  target=${targets[$i]}
  if wait "${pids[$i]}"; then
    ys_log "$target: $(grep -E '^stat::number_of_executed_units' "$build/$target.log" | awk '{print $2}') executions, $(grep -oE 'cov: [0-9]+' "$build/$target.log" | tail -1)"
  else
    status=1
    ys_log "$target FAILED; the input is in $build/artifacts/"
    tail -50 "$build/$target.log"
  fi
done
exit $status
