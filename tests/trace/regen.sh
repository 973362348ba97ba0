#!/usr/bin/env bash
# regen.sh — rewrite every expected step trace from real CPython (python3 3.11):
# NAME.events, one "event func line" per step, for each program of tests/trace,
# for each program of tests/scripts that has a NAME.events beside it, and the
# session test's steps with generator states (tests/data/session).
# CPYTHON_TRACE names the reference tracer (a JSON line per sys.settrace event,
# with a generator's exit by exception reported as `return`).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tracer=$(realpath "${CPYTHON_TRACE:-$here/../../../shared/tools/cpython_trace.py}")
programs=()
for program in "$here"/*.py; do
  [ "$(basename "$program")" = compare_trace.py ] || programs+=("$program")
done
while IFS= read -r events; do programs+=("${events%.events}.py"); done \
  < <(find "$here/../scripts" -name '*.events' | sort)
for program in "${programs[@]}"; do
  # A program that ends with an uncaught exception exits 1, like python3; its
  # trace is still wanted, so the tracer's status must not stop the loop.
  (cd "$(dirname "$program")" && { python3 "$tracer" "$(basename "$program")" 2>/dev/null || true; }) | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    print(d["event"], d["func"], d["line"])' > "${program%.py}.events"
done
# The session test's steps with each generator's state (tests/core/test_session.cpp).
session="$here/../data/session"
(cd "$session" && python3 gen_generator_states.py two_generators.py g h) > "$session/two_generators.states"
