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

shot() {  # shot OUTPUT.png FILE ARGS...   (SCREEN=WxH, default 1280x720: a classroom projector)
  out=$1; shift
  xvfb-run -a -s "-screen 0 ${SCREEN:-1280x720}x24" sh -c '
    out=$1; shift
    log=$(mktemp)
    "$@" >"$log" 2>/dev/null &
    pid=$!
    for i in $(seq 900); do grep -q READY "$log" && break; sleep 0.1; done
    sleep 0.5
    import -window root "$out"
    kill $pid' sh "$out" "$TOOL" "$@"
  echo "wrote $out"
}

shot docs/screenshot-start.png "$EX/06_state_between_next.py" --next 1
shot docs/screenshot-suspended.png "$EX/06_state_between_next.py" --until-suspended 2
shot docs/screenshot-end-memory.png "$EX/12_memory_race.py" --end
shot docs/screenshot-presentation.png "$EX/06_state_between_next.py" --until-suspended 2 --presentation
SCREEN=1920x1080 shot docs/screenshot-presentation-1080.png "$EX/06_state_between_next.py" --until-suspended 2 --presentation
shot docs/screenshot-infinite-close.png "$EX/07_infinite_islice.py" --until-says "is closed: GeneratorExit"
shot docs/screenshot-send.png "$EX/10_send.py" --until-says "evaluates to 20"
shot docs/screenshot-memory-size.png tests/ui/fixtures/tutorial_squares.py --size 100000 --end
# Issue 14: peek on the cards, predict-next, the pipeline drawn. At 1280x720 the
# right column is short: the peek shot closes the yielded values dock, as a teacher would;
# the pipeline shots keep it open (the diagram fits beside it).
shot docs/screenshot-peek-card.png "$EX/09_yield_from.py" --step 26 --peek 1 --peek 2 --hide-dock yieldsDock --hide-dock askDock
shot docs/screenshot-predict.png "$EX/08_pipeline.py" --step 20 --predict --guess-line 12 --reveal --guess-line 13 --guess-value 2
shot docs/screenshot-pipeline.png "$EX/08_pipeline.py" --until-says "numbers yields 2" --dock pipelineDock --hide-dock askDock
shot docs/screenshot-pipeline-yield-from.png "$EX/09_yield_from.py" --until-says "count_up yields 2" --dock pipelineDock --hide-dock askDock

# Ask and peek in the Ask dock (tst_askpanel's screenshots test takes them).
ask=$(mktemp -d)
YS_ASK_SCREENSHOTS=$ask xvfb-run -a -s "-screen 0 1280x720x24" "$BUILD/tests/ui/tst_askpanel" screenshots >/dev/null
cp "$ask/ask-pipeline.png" docs/screenshot-ask-pipeline.png
cp "$ask/peek-yield-from.png" docs/screenshot-peek-yield-from.png
rm -rf "$ask"
echo "wrote docs/screenshot-ask-pipeline.png docs/screenshot-peek-yield-from.png"

# A handout page: the moments (yields and resumes) of example 07, first page.
pdf=$(mktemp --suffix=.pdf)
QT_QPA_PLATFORM=offscreen "$TOOL" "$EX/07_infinite_islice.py" --handout "$pdf" | grep -m1 handout
gs -q -dNOPAUSE -dBATCH -sDEVICE=png16m -r100 -dFirstPage=1 -dLastPage=1 -sOutputFile=docs/handout-page.png "$pdf"
rm -f "$pdf"
echo "wrote docs/handout-page.png"
