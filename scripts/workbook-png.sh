#!/usr/bin/env bash
# Renders the samples' workbook as LibreOffice prints it and writes the
# first page of its Segments sheet to docs/workbook.png, the README's
# picture of the workbook, and of its Summary sheet to
# docs/workbook-summary.png.
# usage: scripts/workbook-png.sh [FACET]   (default: builds one)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bin=${1:-}
if [ -z "$bin" ]; then
  bin=$out/facet
  go build -o "$bin" .
fi
"$bin" export -xlsx "$out/samples.xlsx" testdata/samples/*.txt
soffice --headless -env:UserInstallation=file://"$out/profile" --convert-to pdf --outdir "$out" "$out/samples.xlsx" >/dev/null
pages=$(pdfinfo "$out/samples.pdf" | sed -n 's/^Pages: *//p')
# the first page of each sheet: Segments is the README's picture, Summary
# beside it
render() { # sheet, picture
  for ((p = 1; p <= pages; p++)); do
    if pdftotext -f "$p" -l "$p" "$out/samples.pdf" - | head -n 3 | grep -q "· $1\$"; then
      pdftoppm -f "$p" -l "$p" -r 130 -png -singlefile "$out/samples.pdf" "$out/page"
      /usr/bin/convert "$out/page.png" -gravity South -chop 0x70 -gravity NorthWest -trim +repage -bordercolor white -border 24 "$2"
      echo "$2: page $p of $pages"
      return 0
    fi
  done
  echo "no $1 page in the workbook's PDF" >&2
  return 1
}
render Segments docs/workbook.png
render Summary docs/workbook-summary.png
