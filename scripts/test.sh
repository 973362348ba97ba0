#!/usr/bin/env bash
# test.sh [CTEST ARG...] — install what is missing, build, and run every test
# with ctest (GoogleTest for the engine, the conformance programs, the shared
# corpus when present, and the window's tests offscreen). Exits non-zero when
# the build or any test fails. Extra arguments go to ctest, e.g. -R script/
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ys_install_deps
ys_build

# Qt needs no display offscreen; a private runtime dir (0700 from mktemp)
# silences QStandardPaths' warning when running as root without a session.
export QT_QPA_PLATFORM=offscreen
runtime_dir=$(mktemp -d)
trap 'rm -rf "$runtime_dir"' EXIT
export XDG_RUNTIME_DIR=$runtime_dir

ys_log "running ctest"
cd "$YS_BUILD_DIR"
ctest --output-on-failure --timeout 300 -j "$YS_JOBS" "$@"
