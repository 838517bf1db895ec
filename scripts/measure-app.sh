#!/usr/bin/env bash
# Measures the desktop app against a bare WebKitGTK window: release binary size, and start-up
# time from launching the process to the first *painted, interactive* screen. The UI calls
# `ui_ready` once the first screen (the wizard with the sample draft on a first start, the start
# screen otherwise) is mounted and painted; with ICP_FILING_REPORT_READY=exit the app prints
# `ready <ms> page <ms> screen <start|wizard>` and quits. scripts/bare-webkit.py shows a static page in a plain WebKitGTK window
# the same way: the floor any WebKitGTK app starts from on this machine.
# Runs under Xvfb when there is no display. Prints a table; figures go in docs/app.md.
#   RUNS=N  number of warm starts per row (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${MEASURE_UNDER_XVFB:-}" ]; then
  export MEASURE_UNDER_XVFB=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
RUNS=${RUNS:-5}
scripts/build-ui.sh
cargo build --release -p icp-filing-app --bin icp-filing-app --features custom-protocol
BIN=${CARGO_TARGET_DIR:-target}/release/icp-filing-app
export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 ICP_FILING_REPORT_READY=exit
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# start_once DATA_DIR EXPECTED_SCREEN CMD...: prints "<ms from launch to ready> <ms after main>
# <ms in the page>". The ready line names the screen that was painted (`start` or `wizard`); a
# different one than expected stops the measurement (EXPECTED_SCREEN - for the bare window).
start_once() {
  local data=$1 expected=$2 t0 t1 line=""
  shift 2
  t0=$(date +%s%N)
  coproc RUN { ICP_FILING_DATA_DIR="$data" exec timeout 60 "$@" 2>/dev/null; }
  local pid=$RUN_PID # bash unsets RUN_PID once the coprocess has ended
  while IFS= read -r l <&"${RUN[0]}"; do
    case $l in ready*) t1=$(date +%s%N); line=$l; break ;; esac
  done
  # The app then prints its marks: `marks <name>=<ms in the page> …` and `shell <name>=<ms after
  # main> …`; kept per row (one line per start) for the breakdown below.
  local marks=""
  while IFS= read -r l <&"${RUN[0]}"; do
    case $l in
      marks*) for m in ${l#marks}; do marks+=" page:$m"; done ;;
      shell*) for m in ${l#shell}; do marks+=" main:$m"; done ;;
    esac
  done
  [ -z "$marks" ] || echo "$marks" >> "$work/marks.$expected.$(basename "$data" | tr -d 0-9-)"
  wait "$pid" 2>/dev/null || true
  [ -n "$line" ] || { echo "measure: $* did not report ready" >&2; exit 1; }
  # line: "ready <ms since main> [page <ms since the page started loading> screen <name>]"
  set -- $line
  if [ "$expected" != - ] && [ "${6:-}" != "$expected" ]; then
    echo "measure: expected the $expected screen, the app reported '${6:-none}' ($data)" >&2
    exit 1
  fi
  echo "$(( (t1 - t0) / 1000000 )) $2 ${4:--}"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# 1. Cold: a first start with the page cache dropped (needs root; a container may not allow it)
#    and a fresh data folder, so the app writes the sample draft and opens it in the wizard.
sync; (echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null && cold="page cache dropped" || cold="page cache not dropped"
read -r cold_wall cold_app cold_page < <(start_once "$work/cold" wizard "$BIN")

# 2. First starts with a warm cache: a fresh data folder each time, the wizard opens.
w_walls=(); w_apps=(); w_pages=()
for n in $(seq 1 "$RUNS"); do
  read -r w a p < <(start_once "$work/first-$n" wizard "$BIN")
  w_walls+=("$w"); w_apps+=("$a"); w_pages+=("$p")
done

# 3. Warm: later starts reusing the cold row's data folder (its sample already written), so the
#    start screen with the drafts list opens (checked from the ready line).
s_walls=(); s_apps=(); s_pages=()
for _ in $(seq 1 "$RUNS"); do
  read -r w a p < <(start_once "$work/cold" start "$BIN")
  s_walls+=("$w"); s_apps+=("$a"); s_pages+=("$p")
done

# 4. The bare WebKitGTK window with a static page: once with the page cache dropped (the floor of
#    the cold row), then warm.
sync; (echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null || true
read -r bare_cold _a _p < <(start_once "$work/bare" - /usr/bin/python3 scripts/bare-webkit.py)
b_walls=()
for _ in $(seq 1 "$RUNS"); do
  read -r w _a _p < <(start_once "$work/bare" - /usr/bin/python3 scripts/bare-webkit.py)
  b_walls+=("$w")
done

size=$(stat -c %s "$BIN")
echo "| measure | value |"
echo "|---|---|"
echo "| release binary ($BIN) | $(awk -v s="$size" 'BEGIN{printf "%.1f MiB (%d bytes)", s/1048576, s}') |"
echo "| first start to the painted wizard, cold ($cold) | ${cold_wall} ms from launch (${cold_app} ms after main, of which ${cold_page} ms in the page) |"
echo "| first start to the painted wizard, warm, median of $RUNS | $(median "${w_walls[@]}") ms from launch ($(median "${w_apps[@]}") ms after main, of which $(median "${w_pages[@]}") ms in the page) |"
echo "| warm: later start (the cold row's data folder) to the painted start screen, median of $RUNS | $(median "${s_walls[@]}") ms from launch ($(median "${s_apps[@]}") ms after main, of which $(median "${s_pages[@]}") ms in the page) |"
echo "| bare WebKitGTK window, static page painted, cold ($cold) | ${bare_cold} ms from launch |"
echo "| bare WebKitGTK window, static page painted, median of $RUNS | $(median "${b_walls[@]}") ms from launch |"

# Where the time goes: each mark's median over the row's starts (first starts: the wizard; later
# starts: the start screen). `main:` marks are ms after main, `page:` marks ms since the page
# started loading (add the page's start, about main's page-load-started, to compare).
breakdown() { # file title
  [ -f "$1" ] || return 0
  echo
  echo "$2 (medians of $(wc -l < "$1") starts)"
  echo
  echo "| mark | ms |"
  echo "|---|---|"
  local keys k
  keys=$(tr ' ' '\n' < "$1" | grep = | cut -d= -f1 | awk '!seen[$0]++')
  for k in $keys; do
    echo "| $k | $(median $(tr ' ' '\n' < "$1" | grep "^$k=" | cut -d= -f2)) |"
  done
}
breakdown "$work/marks.wizard.first" "First starts (warm cache), the wizard"
breakdown "$work/marks.start.cold" "Later starts, the start screen"
