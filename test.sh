#!/usr/bin/env bash
# Installs everything Facet needs and runs every check: format, vet,
# staticcheck, the tests (the samples' gold score among them), the real
# window under Xvfb, and, when ../shared is there, the scores on the
# labelled corpora against their floors and Arelle on the XBRL reports.
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh test
export FACET_REQUIRE_TOOLS=1 LANG=${LANG:-C.UTF-8}

step() { printf '\n== %s\n' "$*"; }

step gofmt
bad=$(gofmt -l . | grep -v '^vendor/' || true)
if [ -n "$bad" ]; then echo "gofmt would change: $bad"; exit 1; fi

step go vet
go vet ./...

step staticcheck
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

step go test
go test -count=1 ./...

step build
bindir=$(mktemp -d)
trap 'rm -rf "$bindir"' EXIT
bin=$bindir/facet
go build -o "$bin" .

if [ -x scripts/smoke.sh ]; then
  step "the window under Xvfb"
  scripts/smoke.sh "$bin"
  step "a person's first minutes in the window, driven by xdotool"
  scripts/drive.sh "$bin"
fi

if [ -x ../shared/eval/dev-score.sh ] && command -v python3 >/dev/null; then
  step "scores on the labelled corpora, against their floors"
  scripts/score.sh --check
fi

if [ -f ../shared/tools/check-xbrl.py ]; then
  step "Arelle on the XBRL reports"
  scripts/check-xbrl.sh "$bin"
fi
echo; echo "all checks passed"
