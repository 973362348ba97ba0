#!/usr/bin/env bash
# build.sh [CMAKE OPTION...] — install missing Debian packages, configure and
# build everything into build/ (Ninja, RelWithDebInfo). Extra arguments go to
# cmake's configure step, e.g. scripts/build.sh -DYS_BUILD_UI=OFF
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ys_install_deps
ys_build "$@"
