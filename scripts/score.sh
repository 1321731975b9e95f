#!/usr/bin/env bash
# Builds Facet and scores it on every labelled corpus of ../shared/eval: the
# samples, the dev documents, the 60 dev calls, the 1,132 calls of
# dev/calls-more and the 24 filings of tables/ as HTML, PDF and inline XBRL
# (about a minute and a half on two cores).
#   scripts/score.sh           the summary lines
#   scripts/score.sh OUTDIR    keeps the reports and a --verbose listing of the calls
#   scripts/score.sh --check   fails when a score falls below the floors
#                              below (the scores reached; raise them with them)
set -euo pipefail
cd "$(dirname "$0")/.."
eval=../shared/eval
[ -d "$eval" ] || { echo "no ../shared/eval here" >&2; exit 1; }
check=""
if [ "${1:-}" = --check ]; then check=1; shift; fi
keep=${1:-}
if [ -n "$keep" ]; then
  out=$keep
else
  # reports no one asked to keep: about 200 MB a run, gone when it ends
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"
go build -o "$out/facet" .
"$eval/dev-score.sh" "$out/facet" "$out/dev" | grep -v '^reports in' | tee "$out/dev.txt"
"$eval/calls-score.sh" "$out/facet" "$out/calls" >"$out/calls.txt"
tail -n 10 "$out/calls.txt" | grep -v '^reports in'
python3 "$eval/headlines.py" score "$out/calls" --gold "$eval/dev/headlines-more.tsv" --verbose >"$out/calls-verbose.txt" || true
[ -z "$keep" ] || echo "verbose listing: $out/calls-verbose.txt"
for form in html pdf ixbrl; do
  "$eval/tables-score.sh" "$out/facet" "$form" "$out/tables-$form" --verbose | grep '^tables' | tee "$out/tables-$form.txt"
done
[ -n "$check" ] || exit 0

# floors: recall, precision (and calls read as another period) as reached
floor() { # floor NAME LINE MIN_RECALL MIN_PRECISION
  awk -v name="$1" -v r="$3" -v p="$4" '{
    for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    if (v["recall"] + 0 < r || v["precision"] + 0 < p) { printf "%s: recall %s precision %s, below the floor %s/%s\n", name, v["recall"], v["precision"], r, p; exit 1 }
    printf "%s: recall %s precision %s, at or above the floor %s/%s\n", name, v["recall"], v["precision"], r, p }' <<<"$2"
}
fail=0
floor samples "$(grep '^samples:' "$out/dev.txt")" 1.000 1.000 || fail=1
floor "dev documents" "$(grep '^dev documents:' "$out/dev.txt")" 0.992 1.000 || fail=1
floor "60 dev calls" "$(grep '^headlines:' "$out/dev.txt")" 0.992 1.000 || fail=1
floor "1,132 calls" "$(grep '^headlines:' "$out/calls.txt" | tail -n 1)" 0.952 0.964 || fail=1
floor "filings as HTML" "$(cat "$out/tables-html.txt")" 0.918 0.987 || fail=1
floor "filings as PDF" "$(cat "$out/tables-pdf.txt")" 0.888 0.981 || fail=1
floor "tagged filings" "$(cat "$out/tables-ixbrl.txt")" 0.998 0.998 || fail=1
wrong=$(sed -n "s/^calls whose latest quarter is not the call's own: \([0-9]*\) of.*/\1/p" "$out/calls.txt")
if [ "${wrong:-9999}" -gt 44 ]; then echo "calls read as another period: $wrong, above the ceiling 44"; fail=1
else echo "calls read as another period: $wrong, at or below the ceiling 44"; fi
exit "$fail"
