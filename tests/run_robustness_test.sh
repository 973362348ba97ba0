#!/usr/bin/env bash
# run_robustness_test.sh "COMMAND PREFIX" DIR/NAME.py — programs CPython itself
# would hang or fail on in machine-specific ways (runaway loops, huge lists), so
# there is no expected output to compare. The engine passes when it ends on its
# own within the time limit, is not killed by a signal (no crash, exit < 128),
# and, when it fails, says why on stderr. Prints the exit status, the time
# taken and the last lines of stderr either way.
# The program runs under an 8 GiB address-space limit, so an engine whose
# memory budget fails ends in an allocation failure instead of starving the
# machine. Knobs: YS_ROBUSTNESS_TIMEOUT (seconds, default 280),
# YS_ROBUSTNESS_VMEM_KB (default 8388608; 0 = no limit).
set -u
prefix=$1
script=$2
limit=${YS_ROBUSTNESS_TIMEOUT:-280}
dir=$(cd "$(dirname "$script")" && pwd)
name=$(basename "$script")
read -r -a cmd <<<"$prefix"
case ${cmd[0]} in /*) ;; */*) cmd[0]="$(pwd)/${cmd[0]}" ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

start=$(date +%s)
# SIGKILL on timeout, so 137 can only mean "killed", never the program's own status.
vmem=${YS_ROBUSTNESS_VMEM_KB:-8388608}
(cd "$dir" && { [ "$vmem" = 0 ] || ulimit -v "$vmem"; } && exec timeout -s KILL "$limit" "${cmd[@]}" "$name") \
  </dev/null >"$work/out" 2>"$work/err"
rc=$?
elapsed=$(( $(date +%s) - start ))
echo "$name: exit status $rc after ${elapsed}s; stdout $(wc -c <"$work/out") bytes"
echo "last lines of stderr:"
tail -n 3 "$work/err" | sed 's/^/    /'

if [ "$rc" -eq 126 ] || [ "$rc" -eq 127 ]; then
  echo "FAIL: could not run ${cmd[0]}"; exit 1
elif [ "$rc" -eq 137 ]; then
  echo "FAIL: still running after ${limit}s (killed)"; exit 1
elif [ "$rc" -ge 128 ]; then
  echo "FAIL: ended by signal $((rc - 128)) (a crash)"; exit 1
elif [ "$rc" -ne 0 ] && ! grep -q '[^[:space:]]' "$work/err"; then
  echo "FAIL: exit status $rc with nothing on stderr"; exit 1
fi
echo "ok"
