# common.sh — shared by run.sh, test.sh and build.sh (sourced, not run).
#
# ys_install_deps: installs the Debian packages Yieldscope needs, but only the
# ones dpkg says are missing, so a second run costs nothing and never touches
# the network. The package line is the one verified in SETUP-NOTES §1: Qt 6
# (+ Charts, Svg), QScintilla, the X test tools, and the C++ toolchain
# (already in the base image, named anyway so no machine depends on hand-installed state).
# ys_build: configures (Ninja, RelWithDebInfo) and builds into build/.

YS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
YS_BUILD_DIR=${YS_BUILD_DIR:-$YS_ROOT/build}
YS_JOBS=${YS_JOBS:-2}

YS_PACKAGES=(
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqscintilla2-qt6-dev libxkbcommon-dev
  xvfb xauth xdotool imagemagick fonts-dejavu-core
  cmake ninja-build g++ dpkg-dev lintian libgtest-dev libgmock-dev googletest libbenchmark-dev clang libclang-rt-14-dev clang-format universal-ctags
)

ys_log() { printf '[yieldscope] %s\n' "$*" >&2; }

# Runs a command as root: directly when we are root, through sudo otherwise.
ys_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    ys_log "need root to run: $* (no sudo found); run this script as root once"
    return 1
  fi
}

ys_missing_packages() {
  local pkg status
  for pkg in "${YS_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || printf '%s\n' "$pkg"
  done
}

ys_install_deps() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    ys_log "not a Debian system: install the packages in SETUP-NOTES yourself (${YS_PACKAGES[*]})"
    return 0
  fi
  local missing
  missing=$(ys_missing_packages)
  if [ -z "$missing" ]; then
    ys_log "all Debian packages present"
    return 0
  fi
  ys_log "missing Debian packages: $(echo $missing)"
  ys_log "installing them with apt-get (about a minute on a new machine)"
  ys_as_root apt-get update || return 1
  ys_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${YS_PACKAGES[@]}" || return 1
}

ys_build() {
  ys_log "configuring into $YS_BUILD_DIR"
  cmake -S "$YS_ROOT" -B "$YS_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" || return 1
  ys_log "building with -j$YS_JOBS"
  cmake --build "$YS_BUILD_DIR" -j "$YS_JOBS" || return 1
}

# ys_configure_sanitized: the clang ASan+UBSan build shared by sanitize.sh and
# fuzz.sh (build-asan/, no UI), so CI compiles the engine with sanitizers once.
YS_ASAN_BUILD_DIR=${YS_ASAN_BUILD_DIR:-$YS_ROOT/build-asan}
ys_configure_sanitized() {
  CC=clang CXX=clang++ cmake -S "$YS_ROOT" -B "$YS_ASAN_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DYS_BUILD_UI=OFF -DYS_BUILD_BENCH=OFF -DYS_SANITIZE=ON -DYS_FUZZ=ON >/dev/null
}
