#!/usr/bin/env bash
# run_corpus_test.sh "COMMAND PREFIX" CORPUS_DIR — the ctest `corpus` test.
#
# Runs the shared corpus's own runner (run-corpus.sh, which always exits 0 when
# it could run) and turns its per-tier counts into a verdict: every tier-1
# program must match CPython exactly, and at least 80% of tier 2. Tier 3 is
# reported but not required. The counts are printed either way.
set -u
prefix=$1
corpus=$2
out=$(bash "$corpus/run-corpus.sh" "$prefix" "$corpus")
rc=$?
printf '%s\n' "$out"
[ $rc -eq 0 ] || { echo "corpus: run-corpus.sh could not run (exit $rc)"; exit 1; }

# "tier N: P/T passed" -> P and T
count() { printf '%s\n' "$out" | sed -n "s|^tier $1: \([0-9]*\)/\([0-9]*\) passed\$|\\$2|p"; }
t1p=$(count 1 1); t1t=$(count 1 2); t2p=$(count 2 1); t2t=$(count 2 2)
t1p=${t1p:-0}; t1t=${t1t:-0}; t2p=${t2p:-0}; t2t=${t2t:-0}

ok=1
if [ "$t1p" -ne "$t1t" ]; then
  echo "corpus: tier 1 needs all programs to pass: $t1p/$t1t"; ok=0
fi
# passed/total >= 0.8, in integers
if [ $((t2p * 10)) -lt $((t2t * 8)) ]; then
  echo "corpus: tier 2 needs at least 80%: $t2p/$t2t"; ok=0
fi
echo "corpus: tier 1 $t1p/$t1t, tier 2 $t2p/$t2t (need all of tier 1 and 80% of tier 2)"
[ $ok -eq 1 ]
