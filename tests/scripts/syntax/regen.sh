#!/bin/sh
# Regenerates every NAME.err here from python3 (CPython 3.11): its stderr for
# `python3 NAME.py`, with this folder's absolute path removed so the File line
# reads "NAME.py" (python3 3.11 prints the absolute path of the script).
cd "$(dirname "$0")" || exit 1
here="$(pwd)"
for f in *.py; do
  python3 "$f" >/dev/null 2>"${f%.py}.err"
  sed -i "s#$here/##g" "${f%.py}.err"
done
