#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Facet needs, when they are missing.
#   scripts/deps.sh app    the window's build packages (cgo, OpenGL, X11)
#   scripts/deps.sh test   those, plus what the tests use: Xvfb for the
#                          smoke test, LibreOffice and openpyxl to read the
#                          workbook back, Arelle's Python packages
set -euo pipefail
app=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev)
test=(xvfb xauth xdotool imagemagick libreoffice-calc poppler-utils python3 python3-openpyxl python3-xlsxwriter
      python3-lxml python3-isodate python3-regex python3-pyparsing python3-dateutil python3-numpy python3-certifi
      python3-typing-extensions python3-filelock python3-jsonschema python3-pil)
want=("${app[@]}")
[ "${1:-app}" = test ] && want+=("${test[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
