#!/usr/bin/env bash
# The real window under Xvfb: starts the binary given (or builds one), loads
# the built-in samples, checks the table has figures, renders a screenshot
# and exits; a GL, cgo or driver breakage fails here.
#   scripts/smoke.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [ -z "$bin" ]; then
  bin=$out/facet
  go build -o "$bin" .
fi
# a fresh HOME: the run leaves no preferences or reviews behind
HOME="$out" LANG=${LANG:-C.UTF-8} timeout 180 \
  xvfb-run -a -s "-screen 0 1280x800x24" "$bin" -screenshot "$out/window.png"
size=$(stat -c %s "$out/window.png")
if [ "$size" -lt 20000 ]; then
  echo "smoke: the screenshot is only $size bytes: the window drew nothing" >&2
  exit 1
fi
echo "smoke: the window opened, showed the samples and rendered ($size bytes)"
