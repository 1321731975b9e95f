#!/usr/bin/env bash
# Opens Facet's window, on the built-in samples or on the documents named:
#   ./run.sh                     the five built-in samples
#   ./run.sh report.txt call.md  these documents
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh app
exec go run . "$@"
