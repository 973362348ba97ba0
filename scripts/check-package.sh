#!/usr/bin/env bash
# check-package.sh — makes the Debian package from the build folder (cpack),
# unpacks it into a scratch root (dpkg -x: nothing is installed on this
# machine), and runs the installed program from there: --version, and `run`
# on an installed example, whose output must be python3's (the expected file
# of the conformance test). CI runs this after the tests.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${YS_BUILD_DIR:-$root/build}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$build"
rm -f yieldscope_*.deb
cpack -G DEB >/dev/null
deb=$(ls yieldscope_*.deb)
echo "[package] $deb: depends on $(dpkg-deb -f "$deb" Depends)"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || { echo "[package] no Qt dependency"; exit 1; }
if command -v lintian >/dev/null; then
  # Errors fail the check; warnings are listed.
  lintian --tag-display-limit 0 "$deb" 2>/dev/null | tee "$scratch/lintian.txt"
  if grep -q '^E:' "$scratch/lintian.txt"; then echo "[package] lintian reports errors"; exit 1; fi
fi
dpkg -x "$deb" "$scratch"
for f in usr/bin/yieldscope usr/share/man/man1/yieldscope.1.gz usr/share/applications/yieldscope.desktop \
         usr/share/metainfo/yieldscope.metainfo.xml usr/share/icons/hicolor/scalable/apps/yieldscope.svg \
         usr/share/yieldscope/examples/01_squares_generator.py; do
  [ -e "$scratch/$f" ] || { echo "[package] missing /$f"; exit 1; }
done
env -u DISPLAY "$scratch/usr/bin/yieldscope" --version
example=01_squares_generator
(cd "$scratch/usr/share/yieldscope/examples" && env -u DISPLAY "$scratch/usr/bin/yieldscope" run $example.py) \
  >"$scratch/out.txt"
cmp "$scratch/out.txt" "$root/resources/examples/$example.out"
echo "[package] the installed yieldscope runs $example.py as python3 does"
