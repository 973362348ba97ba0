#!/usr/bin/env bash
# package.sh — build, then make the Debian package (build/yieldscope_VERSION_ARCH.deb)
# with cpack; its dependencies are Debian's Qt 6 packages (dpkg-shlibdeps).
# Install it with `apt install ./build/yieldscope_*.deb`, or look inside
# without installing: `dpkg -x build/yieldscope_*.deb /tmp/root`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ys_install_deps
ys_build -DCMAKE_INSTALL_PREFIX=/usr
cd "$YS_BUILD_DIR"
cpack -G DEB
ls -1 "$YS_BUILD_DIR"/yieldscope_*.deb
