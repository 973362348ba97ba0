#!/usr/bin/env bash
# regen.sh — rewrite every NAME.events from real CPython (python3 3.11) with
# ../shared/tools/cpython_trace.py: one "event func line" per step.
set -euo pipefail
cd "$(dirname "$0")"
tracer=${CPYTHON_TRACE:-../../../shared/tools/cpython_trace.py}
for program in *.py; do
  [ "$program" = compare_trace.py ] && continue
  # A program that ends with an uncaught exception exits 1, like python3; its
  # trace is still wanted, so the tracer's status must not stop the loop.
  { python3 "$tracer" "$program" 2>/dev/null || true; } | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    print(d["event"], d["func"], d["line"])' > "${program%.py}.events"
done
