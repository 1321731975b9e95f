#!/usr/bin/env bash
# Runs Arelle (../shared/tools/check-xbrl.py) on the xBRL-JSON and the
# xBRL-CSV that a built facet writes for the samples and for each labelled
# document in ../shared/eval/dev, so the command line's output, not only
# the library's, is what an XBRL processor loads.
# usage: scripts/check-xbrl.sh FACET
set -euo pipefail
bin=$(cd "$(dirname "${1:?usage: scripts/check-xbrl.sh FACET}")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/.."
check=../shared/tools/check-xbrl.py
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() {
  local name=$1
  shift # the rest: flags, then documents (flags must come first)
  mkdir -p "$out/$name"
  "$bin" export -xbrl "$out/$name/report.json" -xbrl-csv "$out/$name/csv" "$@"
  echo "$name:"
  /usr/bin/python3 "$check" "$out/$name/report.json" "$out/$name/csv/metadata.json"
}

run samples testdata/samples/*.txt
for gold in ../shared/eval/dev/*.gold.tsv; do
  [ -e "$gold" ] || continue
  name=$(basename "$gold" .gold.tsv)
  doc=$(ls ../shared/eval/dev/"$name".* | grep -v '\.gold\.tsv$' | head -n 1)
  fye=$(sed -n 's/^# fiscal-year-end: *\([0-9]*\).*/\1/p' "$gold")
  args=()
  [ -n "$fye" ] && args=(-fiscal-year-end "$fye")
  run "$name" "${args[@]}" "$doc"
done
