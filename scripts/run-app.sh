#!/usr/bin/env bash
# Builds and opens the desktop app on Debian/Ubuntu: installs the system packages it needs
# (scripts/setup-debian.sh, without the E2E tools), builds the UI when its sources changed
# (scripts/build-ui.sh) and runs the app. On the very first start the app writes a sample draft
# (a Guangdong company) and opens it.
#   RELEASE=1  build an optimised binary instead of a debug one
# Needs a display (a desktop session, or X forwarding). Without one it says how to use a virtual
# display instead of failing inside GTK.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<'MSG'
run-app: 没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 都未设置），无法打开窗口。
run-app: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window can open.
  On a desktop, run it from a terminal inside the session. On a server, use a virtual display:
    apt-get install -y xvfb      # once
    xvfb-run -a scripts/run-app.sh
  (the window is then invisible; take screenshots with `import -window root shot.png`).
MSG
  exit 2
fi
SKIP_E2E=${SKIP_E2E:-1} scripts/setup-debian.sh
scripts/build-ui.sh
if [ "${RELEASE:-0}" = 1 ]; then
  exec cargo run --release -p icp-filing-app --bin icp-filing-app --features custom-protocol
else
  exec cargo run -p icp-filing-app --bin icp-filing-app
fi
