#!/usr/bin/env bash
# run.sh [FILE] — the newcomer's first command: install what is missing, build,
# and open the Yieldscope window on FILE (or on the first bundled example).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ys_install_deps
ys_build

file=${1:-$YS_ROOT/resources/examples/01_squares_generator.py}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  ys_log "no DISPLAY: the window needs a desktop session (or try: xvfb-run -a $0 $*)"
fi
[ -n "${XDG_RUNTIME_DIR:-}" ] || export XDG_RUNTIME_DIR="$(mktemp -d)"
ys_log "opening $file"
exec "$YS_BUILD_DIR/app/yieldscope" "$file"
