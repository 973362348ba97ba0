#!/usr/bin/env bash
# tsan.sh — builds the engine and its tests with ThreadSanitizer (clang, no UI,
# in build-tsan/) and runs the session and time-travel tests, which use the
# engine threads and processes. Qt is not built with TSan on Debian, so the
# window's own threads are checked by design review (docs/SESSION.md), not here.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build=$YS_ROOT/build-tsan
ys_install_deps
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S "$YS_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DYS_BUILD_UI=OFF -DYS_BUILD_BENCH=OFF -DYS_TSAN=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$YS_JOBS" --target core_tests
export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:die_after_fork=0
"$build/tests/core_tests" --gtest_filter='Session*:TimeTravel*:Narration*'
