#!/usr/bin/env bash
# Drives the real window under Xvfb with xdotool, as a person would in
# their first minutes: open the samples, filter by status, click a row, N,
# Enter, type a value, Enter, Ctrl+Z, Space, Ctrl+K with type-ahead, the
# model view, set a conflict's mention aside, the highlighted source,
# export, quit. Then it checks what the window left behind: the review
# file holds the edits, the workbook and xBRL-JSON are written.
#   scripts/drive.sh [BINARY]            (default: builds one)
#   SHOTS=DIR scripts/drive.sh [BINARY]  also keeps the screenshots in DIR
#                                        (docs/ for the README's pictures)
# The window is 1280×800 and its layout fixed, so the clicks are by place.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [ -z "$bin" ]; then
  bin=$out/facet
  go build -o "$bin" .
fi
shots=${SHOTS:-$out/shots}
mkdir -p "$shots" "$out/home"

cat >"$out/steps.sh" <<'EOF'
#!/usr/bin/env bash
set -euo pipefail
shot() { /usr/bin/import -window root "$SHOTS/$1.png"; }
step() { sleep "${2:-0.6}"; }
# a fresh home: its review and preferences are the run's alone
HOME=$HOMEDIR XDG_CONFIG_HOME=$HOMEDIR/.config XDG_DATA_HOME=$HOMEDIR/.local/share "$BIN" &
pid=$!
# the window is up once it has a title; the samples load behind it
for _ in $(seq 1 120); do xdotool search --name '^Facet' >/dev/null 2>&1 && break; sleep 0.5; done
step 6
xdotool key ctrl+r; step                       # filter: needs review
xdotool mousemove 400 266 click 1; step        # click a row
xdotool key n; step                            # the next to review
xdotool key Return; step                       # edit its value…
xdotool type --delay 40 "812.5"; xdotool key Return; step 1.5
xdotool key ctrl+z; step 1.5                   # …and take it back
xdotool mousemove 400 198 click 1; step        # another row
xdotool key space; step 1.5                    # confirm it
xdotool key ctrl+k; step 1                     # change what it is, typing ahead
xdotool mousemove 715 243 click --repeat 3 1; step 0.3
xdotool type --delay 40 "free cash flow"; step
shot typeahead
xdotool mousemove 676 591 click 1; step 1.5
xdotool mousemove 314 130 click 1; step 1.5    # the model view
shot model-view
xdotool mousemove 238 130 click 1; step        # back to the facts
xdotool key ctrl+f; step 0.3                   # the conflict…
xdotool type --delay 30 "adjusted operating income"; xdotool key Return; step
xdotool mousemove 400 198 click 1; step 1
shot conflict
xdotool mousemove 640 680 click 5 click 5 click 5; step
xdotool mousemove 1227 686 click 1; step 1.5   # …its differing mention set aside
xdotool mousemove 227 563 click 1; step 1.5    # the source, highlighted
shot source
xdotool key ctrl+e; step 1                     # export
xdotool mousemove 640 272 click --repeat 3 1; step 0.3
xdotool type --delay 20 "$EXPORT"; step 0.3
xdotool mousemove 672 561 click 1; step 4
shot exported
xdotool key Return; step                       # the notice
xdotool key ctrl+q; step 3                     # quit: the review is saved first
kill "$pid" 2>/dev/null || true
EOF
chmod +x "$out/steps.sh"
LANG=${LANG:-C.UTF-8} BIN=$bin SHOTS=$shots HOMEDIR=$out/home EXPORT=$out/drive \
  timeout 240 xvfb-run -a -s "-screen 0 1280x800x24" "$out/steps.sh" >"$out/log" 2>&1 || { cat "$out/log"; exit 1; }

fail() { echo "drive: $*" >&2; exit 1; }
review=$(find "$out/home" -name '*.facet.json' | head -n 1)
[ -n "$review" ] || fail "no review file was saved"
for action in '"confirm"' '"rekey"' '"detach"'; do
  grep -q "\"action\": $action" "$review" || fail "the review has no $action: $(cat "$review")"
done
grep -q '"set-value"' "$review" && fail "the value typed was not taken back by Ctrl+Z"
[ -s "$out/drive.xlsx" ] || fail "no workbook was exported"
[ -s "$out/drive.json" ] || fail "no xBRL-JSON was exported"
for s in typeahead model-view conflict source exported; do
  [ "$(stat -c %s "$shots/$s.png")" -gt 20000 ] || fail "the screenshot $s is blank"
done
echo "drive: the window went through every step (review: $(grep -c '"action"' "$review") corrections; workbook and xBRL-JSON written)"
