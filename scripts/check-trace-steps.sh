#!/usr/bin/env bash
# check-trace-steps.sh [WINDOWS] — for every conformance program, example and
# (when present) shared corpus program, `yieldscope trace --locals --steps A:B`
# must equal rows A..B of the full trace for WINDOWS random windows (default 3).
# Builds first if needed. ctest runs a sample of the same check (trace_steps).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${YS_BUILD_DIR:-$root/build}
[ -x "$build/app/yieldscope" ] || "$root/scripts/build.sh"
paths=("$root/tests/trace" "$root/resources/examples" "$root/tests/scripts")
[ -d "$root/../shared/corpus" ] && paths+=("$root/../shared/corpus")
exec python3 "$root/tests/check_trace_steps.py" "$build/app/yieldscope" --windows "${1:-3}" "${paths[@]}"
