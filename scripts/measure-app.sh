#!/usr/bin/env bash
# Measures the desktop app: release binary size, and start-up time from launching the process to
# the first interactive screen (the UI calls `ui_ready` once its first screen is rendered and
# usable; with ICP_FILING_REPORT_READY=exit the app prints `ready <ms>` and quits).
# Runs under Xvfb when there is no display. Prints a small table; figures go in docs/app.md.
#   RUNS=N  number of warm starts (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${MEASURE_UNDER_XVFB:-}" ]; then
  export MEASURE_UNDER_XVFB=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
RUNS=${RUNS:-5}
(cd ui && npm run -s build)
cargo build --release -p icp-filing-app --bin icp-filing-app --features custom-protocol
BIN=target/release/icp-filing-app
export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 ICP_FILING_REPORT_READY=exit

start_once() {
  # Fresh data folder each time: the first start also writes the sample draft and opens it.
  local data t0 t1 line=""
  data=$(mktemp -d)
  t0=$(date +%s%N)
  coproc APP { ICP_FILING_DATA_DIR="$data/d" exec timeout 60 "$BIN" 2>/dev/null; }
  while IFS= read -r l <&"${APP[0]}"; do
    case $l in ready*) t1=$(date +%s%N); line=$l; break ;; esac
  done
  wait "$APP_PID" 2>/dev/null || true
  rm -rf "$data"
  [ -n "$line" ] || { echo "measure: the app did not report ready" >&2; exit 1; }
  # line: "ready <ms since main> page <ms since the page started loading>"
  set -- $line
  echo "$(( (t1 - t0) / 1000000 )) $2 $4"
}

# Try to make the first start cold (needs root; inside containers it may not be allowed).
sync; (echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null && cold="page cache dropped" || cold="page cache not dropped"
read -r first_wall first_app first_page < <(start_once)
walls=(); apps=(); pages=()
for _ in $(seq 1 "$RUNS"); do
  read -r w a p < <(start_once)
  walls+=("$w"); apps+=("$a"); pages+=("$p")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
size=$(stat -c %s "$BIN")
echo "| measure | value |"
echo "|---|---|"
echo "| release binary ($BIN) | $(awk -v s="$size" 'BEGIN{printf "%.1f MiB (%d bytes)", s/1048576, s}') |"
echo "| first start to interactive screen ($cold) | ${first_wall} ms from launch (${first_app} ms after main, of which ${first_page} ms in the page) |"
echo "| warm start to interactive screen, median of $RUNS | $(median "${walls[@]}") ms from launch ($(median "${apps[@]}") ms after main, of which $(median "${pages[@]}") ms in the page) |"
