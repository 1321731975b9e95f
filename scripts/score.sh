#!/usr/bin/env bash
# Builds Facet and scores it on every labelled corpus of ../shared/eval: the
# samples, the dev documents, the 60 dev calls and the 1,132 calls of
# dev/calls-more (about a minute on two cores).
#   scripts/score.sh           the summary lines
#   scripts/score.sh OUTDIR    keeps the reports and a --verbose listing of the calls
set -euo pipefail
cd "$(dirname "$0")/.."
eval=../shared/eval
[ -d "$eval" ] || { echo "no ../shared/eval here" >&2; exit 1; }
out=${1:-$(mktemp -d)}
mkdir -p "$out"
go build -o "$out/facet" .
"$eval/dev-score.sh" "$out/facet" "$out/dev" | grep -v '^reports in'
"$eval/calls-score.sh" "$out/facet" "$out/calls" >"$out/calls.txt"
tail -n 10 "$out/calls.txt" | grep -v '^reports in'
python3 "$eval/headlines.py" score "$out/calls" --gold "$eval/dev/headlines-more.tsv" --verbose >"$out/calls-verbose.txt" || true
echo "verbose listing: $out/calls-verbose.txt"
