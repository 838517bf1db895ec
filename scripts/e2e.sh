#!/usr/bin/env bash
# End-to-end tests of the desktop app in a real window: builds the UI and the app (debug, with the
# `e2e` feature: the test switches --today / --dialog-dir exist only there), starts
# tauri-driver (which drives WebKitWebDriver) and runs e2e/run.py under Xvfb. Prints
# `N passed, N failed` last and exits non-zero on failure. Screenshots: e2e/out/.
# Needs scripts/setup-debian.sh first. Extra arguments select tests by name.
#   E2E_SKIP_BUILD=1     use the binaries already built
#   E2E_TIMEOUT_SCALE=N  multiply every timeout of e2e/run.py (default 1)
#   TAURI_DRIVER_PORT / TAURI_NATIVE_PORT  ports of tauri-driver and WebKitWebDriver
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"

if [ -z "${DISPLAY:-}" ] && [ -z "${E2E_UNDER_XVFB:-}" ]; then
  export E2E_UNDER_XVFB=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi

if [ "${E2E_SKIP_BUILD:-0}" != 1 ]; then
  (cd ui && npm run -s build)
  cargo build -p icp-filing-app --bin icp-filing-app --features e2e
  # The command line: the workspace tests compare the app's results with its answers.
  cargo build -p icp-filing --bin icp-filing
fi

for tool in tauri-driver WebKitWebDriver; do
  command -v "$tool" >/dev/null || { echo "e2e: $tool not found: run scripts/setup-debian.sh" >&2; echo "0 passed, 1 failed"; exit 1; }
done
[ -x e2e/venv/bin/python ] || { echo "e2e: e2e/venv missing: run scripts/setup-debian.sh" >&2; echo "0 passed, 1 failed"; exit 1; }

PORT=${TAURI_DRIVER_PORT:-4444}
export GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1
rm -rf e2e/out && mkdir -p e2e/out
tauri-driver --port "$PORT" --native-port "${TAURI_NATIVE_PORT:-4445}" > e2e/out/tauri-driver.log 2>&1 &
DRIVER_PID=$!
trap 'kill $DRIVER_PID 2>/dev/null || true' EXIT
# Wait until tauri-driver listens (polled; up to a minute on a busy machine).
up=0
for _ in $(seq 1 600); do
  if (echo > "/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then up=1; break; fi
  kill -0 $DRIVER_PID 2>/dev/null || break
  sleep 0.1
done
if [ $up -ne 1 ]; then
  echo "e2e: tauri-driver did not start on port $PORT (e2e/out/tauri-driver.log):" >&2
  tail -20 e2e/out/tauri-driver.log >&2
  echo "0 passed, 1 failed"
  exit 1
fi

export ICP_APP_BINARY="${CARGO_TARGET_DIR:-$ROOT/target}/debug/icp-filing-app"
export ICP_CLI_BINARY="${CARGO_TARGET_DIR:-$ROOT/target}/debug/icp-filing"
export TAURI_DRIVER_URL="http://127.0.0.1:$PORT"
set +e
e2e/venv/bin/python e2e/run.py "$@"
status=$?
set -e
exit $status
