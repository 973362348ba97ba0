#!/bin/sh
# Screenshots for the README, taken of the real window under Xvfb.
#   tests/ui/take_screenshots.sh BUILD_DIR   (default: build)
# Writes docs/screenshot-*.png. Needs xvfb-run and ImageMagick's import.
set -eu
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
TOOL="$BUILD/tests/ui/ui_screens"
EX=resources/examples
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
mkdir -p docs

shot() {  # shot OUTPUT.png FILE ARGS...
  out=$1; shift
  xvfb-run -a -s "-screen 0 1400x900x24" sh -c '
    out=$1; shift
    log=$(mktemp)
    "$@" >"$log" 2>/dev/null &
    pid=$!
    for i in $(seq 300); do grep -q READY "$log" && break; sleep 0.1; done
    sleep 0.5
    import -window root "$out"
    kill $pid' sh "$out" "$TOOL" "$@"
  echo "wrote $out"
}

shot docs/screenshot-start.png "$EX/06_state_between_next.py" --next 1
shot docs/screenshot-suspended.png "$EX/06_state_between_next.py" --until-suspended 2
shot docs/screenshot-end-memory.png "$EX/12_memory_race.py" --end
shot docs/screenshot-presentation.png "$EX/06_state_between_next.py" --until-suspended 2 --presentation
