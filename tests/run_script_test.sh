#!/usr/bin/env bash
# run_script_test.sh — the conformance check for one program, or for all of them.
#
#   run_script_test.sh "COMMAND PREFIX" DIR/NAME.py
#       Runs `COMMAND PREFIX NAME.py` inside DIR (stdin from NAME.in when that
#       file exists, else from /dev/null) and
#       compares stdout with NAME.out, stderr with NAME.err (empty when absent)
#       and the exit status with NAME.rc (0 when absent). Prints a diff and
#       exits 1 on any difference. This is what each ctest `script/...` test runs.
#
#   run_script_test.sh --all "COMMAND PREFIX" [ROOT]
#       The same for every .py under ROOT (default: tests/scripts next to this
#       file), printing one FAIL line per failure, per-folder counts and a
#       summary (YS_TEST_QUIET=1 leaves out the diffs); exit 1 if any
#       failed. `run_script_test.sh --all python3` must pass 100%: it proves the
#       expected files really are what CPython 3.11 prints.
#
# Before stderr is compared, the program's absolute folder path plus "/" is
# removed, so a traceback that
# says File "/abs/dir/NAME.py" matches the recorded File "NAME.py".
# Knobs: YS_TEST_TIMEOUT (seconds, default 30), YS_TEST_QUIET=1 (no diffs).
set -u
export LC_ALL=C
export PYTHONDONTWRITEBYTECODE=1

timeout_s=${YS_TEST_TIMEOUT:-30}
here=$(cd "$(dirname "$0")" && pwd)

usage() {
  echo "usage: $0 \"COMMAND PREFIX\" DIR/NAME.py" >&2
  echo "       $0 --all \"COMMAND PREFIX\" [ROOT]" >&2
  exit 2
}

# Print file $1 with the absolute folder prefixes $2 and $3 removed.
normalized() {
  local content
  content=$(cat -- "$1"; printf x)
  content=${content%x}
  content=${content//"$2/"/}
  content=${content//"$3/"/}
  printf '%s' "$content"
}

# Runs one program; returns 0 when it matches, 1 when not, 2 on bad setup.
check_one() {
  local prefix=$1 script=$2 quiet=${3:-0}
  [ -f "$script" ] || { echo "no such program: $script" >&2; return 2; }
  local dir name
  dir=$(cd "$(dirname "$script")" && pwd -L)
  local dir_physical
  dir_physical=$(cd "$dir" && pwd -P)
  name=$(basename "$script" .py)

  local -a cmd
  read -r -a cmd <<<"$prefix"
  [ "${#cmd[@]}" -gt 0 ] || return 2
  case ${cmd[0]} in /*) ;; */*) cmd[0]="$(pwd)/${cmd[0]}" ;; esac

  local work stdin_file=/dev/null
  [ -f "$dir/$name.in" ] && stdin_file="$dir/$name.in"
  work=$(mktemp -d) || return 2
  (cd "$dir" && exec timeout -s KILL "$timeout_s" "${cmd[@]}" "$name.py") \
    <"$stdin_file" >"$work/out" 2>"$work/err.raw"
  local rc=$?

  local want_rc=0
  [ -f "$dir/$name.rc" ] && want_rc=$(tr -d '[:space:]' <"$dir/$name.rc")
  [ -f "$dir/$name.out" ] && cp -- "$dir/$name.out" "$work/want.out" || : >"$work/want.out"
  [ -f "$dir/$name.err" ] && cp -- "$dir/$name.err" "$work/want.err" || : >"$work/want.err"
  normalized "$work/err.raw" "$dir" "$dir_physical" >"$work/err"

  local -a reasons=()
  if [ "$rc" -eq 137 ] && [ "$rc" != "$want_rc" ]; then
    reasons+=("timed out after ${timeout_s}s")
  fi
  [ -f "$dir/$name.out" ] || reasons+=("no $name.out recorded")
  cmp -s "$work/out" "$work/want.out" || reasons+=("stdout differs")
  cmp -s "$work/err" "$work/want.err" || reasons+=("stderr differs")
  [ "$rc" = "$want_rc" ] || reasons+=("exit status $rc, expected $want_rc")

  local status=0
  if [ "${#reasons[@]}" -gt 0 ]; then
    status=1
    local joined
    joined=$(printf '%s; ' "${reasons[@]}")
    echo "FAIL ${script}: ${joined%; }"
    if [ "$quiet" != 1 ]; then
      cmp -s "$work/out" "$work/want.out" || diff -u --label "$name.out (expected)" \
        --label "stdout (got)" "$work/want.out" "$work/out" | head -n 60
      cmp -s "$work/err" "$work/want.err" || diff -u --label "$name.err (expected)" \
        --label "stderr (got)" "$work/want.err" "$work/err" | head -n 60
    fi
  fi
  rm -rf "$work"
  return $status
}

run_all() {
  local prefix=$1 root=${2:-$here/scripts}
  [ -d "$root" ] || { echo "no such folder: $root" >&2; exit 2; }
  root=$(cd "$root" && pwd)
  local passed=0 failed=0 script folder
  declare -A folder_pass=() folder_total=()
  while IFS= read -r script; do
    folder=$(dirname "${script#"$root"/}")
    folder_total[$folder]=$(( ${folder_total[$folder]:-0} + 1 ))
    if check_one "$prefix" "$script" "${YS_TEST_QUIET:-0}"; then
      passed=$((passed + 1))
      folder_pass[$folder]=$(( ${folder_pass[$folder]:-0} + 1 ))
    else
      failed=$((failed + 1))
    fi
  done < <(find -L "$root" -name '*.py' -type f | sort)
  for folder in $(printf '%s\n' "${!folder_total[@]}" | sort); do
    printf '%-20s %s/%s\n' "$folder" "${folder_pass[$folder]:-0}" "${folder_total[$folder]}"
  done
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

case ${1:-} in
  --all) [ $# -ge 2 ] || usage; run_all "$2" "${3:-}" ;;
  ''|-h|--help) usage ;;
  *) [ $# -eq 2 ] || usage; check_one "$1" "$2" ;;
esac
