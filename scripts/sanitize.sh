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
# A program's 30 s limit is for a plain build; under the sanitizers the same
# program runs several times slower (the every-code-point Unicode check takes
# 12 s on a busy machine), so a slow machine must not fail it.
export YS_TEST_TIMEOUT=${YS_TEST_TIMEOUT:-120}
cd "$build"
# Left to the normal build (and scripts/tsan.sh):
# - robustness/...: they exhaust budgets on purpose under `ulimit -v`, which
#   AddressSanitizer's shadow memory cannot live with;
# - SessionThreads.*: two sessions loading at once, each forking its recorder
#   while the other thread allocates. clang 14's ASan allocator has no fork
#   handlers (glibc's malloc has), so such a child can wait forever on a lock
#   held by a thread that does not exist in it: a sanitizer hang, not ours;
# - trace_steps: it replays every program window by window, and the deep
#   recursion one (4,900 frames shown at every step) needs over 5 minutes here.
ctest --output-on-failure --timeout 900 -j "$YS_JOBS" -E '^robustness|^corpus$|^trace_steps$|^SessionThreads[.]' "$@"
