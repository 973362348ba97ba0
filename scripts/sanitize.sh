#!/usr/bin/env bash
# sanitize.sh [CTEST ARG...] — builds the engine, the command line and their
# tests with AddressSanitizer and UndefinedBehaviorSanitizer (clang, no UI, in
# build-asan/) and runs the engine tests, the conformance programs (untraced
# and traced), the trace checks and the session tests under them. Any report
# fails the run (-fno-sanitize-recover=undefined, abort_on_error).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build=$YS_ASAN_BUILD_DIR
ys_install_deps
ys_configure_sanitized
cmake --build "$build" -j "$YS_JOBS"
# Leaks are not checked: reference cycles a program leaves (as CPython's
# without its cycle collector) are not engine bugs.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cd "$build"
# The robustness programs (traced or not) exhaust budgets on purpose under
# `ulimit -v`, which AddressSanitizer's shadow memory cannot live with: they
# run in the normal build.
ctest --output-on-failure --timeout 900 -j "$YS_JOBS" -E '^robustness|^corpus$' "$@"
