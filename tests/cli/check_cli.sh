#!/usr/bin/env bash
# check_cli.sh YIELDSCOPE — the command line behaves like a Unix tool:
# usage errors exit 2 without touching Qt (no display needed), --version and
# help work, and `run -` / `run -c CODE` behave as python3's.
set -u
ys=$1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
nodisplay() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nodisplay "$ys" nonsense >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] || fail "unknown command: exit $rc, want 2"
grep -q '^usage: yieldscope' "$tmp/err" || fail "unknown command: no usage on stderr"
[ -s "$tmp/out" ] && fail "unknown command: wrote to stdout"

nodisplay "$ys" --frobnicate 2>/dev/null; rc=$?
[ $rc -eq 2 ] || fail "unknown option: exit $rc, want 2"
nodisplay "$ys" trace 2>/dev/null; rc=$?
[ $rc -eq 2 ] || fail "trace without a file: exit $rc, want 2"

version=$(nodisplay "$ys" --version) || fail "--version failed"
[[ $version =~ ^yieldscope\ [0-9]+\.[0-9]+ ]] || fail "--version printed '$version'"
for c in run trace compare; do
  nodisplay "$ys" help $c | grep -q "^usage: yieldscope $c" || fail "help $c"
  nodisplay "$ys" $c --help | grep -q "^usage: yieldscope $c" || fail "$c --help"
done
nodisplay "$ys" help --man | grep -q '^\.TH YIELDSCOPE 1' || fail "help --man is not a man page"

# python3 is the reference for run -c and run -.
program='import sys
print(sys.argv)
def g():
    yield 1
print(list(g()), 1 / 0)'
for how in c stdin; do
  if [ $how = c ]; then
    nodisplay "$ys" run -c "$program" a b >"$tmp/ys.out" 2>"$tmp/ys.err"; ys_rc=$?
    python3 -c "$program" a b >"$tmp/py.out" 2>"$tmp/py.err"; py_rc=$?
  else
    printf '%s\n' "$program" | nodisplay "$ys" run - a b >"$tmp/ys.out" 2>"$tmp/ys.err"; ys_rc=$?
    printf '%s\n' "$program" | python3 - a b >"$tmp/py.out" 2>"$tmp/py.err"; py_rc=$?
  fi
  cmp -s "$tmp/ys.out" "$tmp/py.out" || fail "run -$how: stdout differs from python3: $(cat "$tmp/ys.out")"
  cmp -s "$tmp/ys.err" "$tmp/py.err" || fail "run -$how: stderr differs from python3: $(diff "$tmp/ys.err" "$tmp/py.err")"
  [ $ys_rc -eq $py_rc ] || fail "run -$how: exit $ys_rc, python3 $py_rc"
done

# What a paused generator's finally prints as the program exits comes after
# the traceback, as python3 prints them into one stream (-u: unbuffered,
# as a terminal shows it).
exit_program='def numbers():
    try:
        yield 1
    finally:
        print("numbers closed")
g = numbers()
for n in g:
    raise ValueError("stop here")'
nodisplay "$ys" run -c "$exit_program" >"$tmp/ys.both" 2>&1
python3 -u -c "$exit_program" >"$tmp/py.both" 2>&1
cmp -s "$tmp/ys.both" "$tmp/py.both" || fail "run: traceback and exit output differ from python3: $(diff "$tmp/ys.both" "$tmp/py.both")"

# A program file run by a relative path: the traceback and __file__ name it
# from the working folder, as python3 does (sys.argv[0] stays as given).
mkdir -p "$tmp/sub"
printf 'import sys\nprint(__file__, sys.argv[0])\ndef f():\n    1 / 0\nf()\n' >"$tmp/sub/named.py"
(cd "$tmp" && nodisplay "$ys" run sub/../sub/named.py >"$tmp/ys.named" 2>&1)
(cd "$tmp" && python3 -u sub/../sub/named.py >"$tmp/py.named" 2>&1)
cmp -s "$tmp/ys.named" "$tmp/py.named" || fail "run by a relative path: differs from python3: $(diff "$tmp/ys.named" "$tmp/py.named")"

nodisplay "$ys" run "$tmp/missing.py" 2>/dev/null; rc=$?
[ $rc -eq 2 ] || fail "run of a missing file: exit $rc, want 2 (as python3)"

[ $failures -eq 0 ] && echo "command line: all checks passed"
exit $((failures > 0))
