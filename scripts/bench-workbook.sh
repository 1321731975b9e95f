#!/usr/bin/env bash
# Measures the workbook writer beside XlsxWriter in one run, each under
# /usr/bin/time -v: time, peak RSS, and (for Facet) the live heap of the
# report alone and the peak while the workbook is written.
#   scripts/bench-workbook.sh [FACTS...]   Facet at each size (default 25000
#                                          50000 100000 200000, one company,
#                                          50 periods); XlsxWriter on the
#                                          rows of the 100,000-fact workbook
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(25000 50000 100000 200000)
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
go build -o "$out/xlsxbench" ./export/internal/xlsxbench
measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" 2>"$out/time" >/dev/null || { cat "$out/time"; return 1; }
  local secs rss
  secs=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$out/time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time")
  printf '%-34s %10s  %6d MB RSS  %s\n' "$label" "$secs" $((rss / 1024)) "$(grep -h 'live heap' "$out/time" | tr '\n' ' ')"
}
for n in "${sizes[@]}"; do
  measure "facet $n facts, report alone" "$out/xlsxbench" -facts "$n" -periods 50 -report-only
  measure "facet $n facts, workbook" "$out/xlsxbench" -facts "$n" -periods 50 -o "$out/facet-$n.xlsx"
done
"$out/xlsxbench" -facts 100000 -periods 50 -o "$out/rows.xlsx" 2>/dev/null
/usr/bin/python3 export/testdata/xlsxwriter_bench.py dump "$out/rows.xlsx" "$out/rows.jsonl"
measure "xlsxwriter 100000 facts, input" /usr/bin/python3 export/testdata/xlsxwriter_bench.py read "$out/rows.jsonl"
measure "xlsxwriter 100000 facts, workbook" /usr/bin/python3 export/testdata/xlsxwriter_bench.py write "$out/rows.jsonl" "$out/xlsxwriter.xlsx"
