#!/usr/bin/env bash
# Builds and opens the desktop app on Debian/Ubuntu: installs the system packages it needs
# (scripts/setup-debian.sh, without the E2E tools), builds the UI and runs the app. On the very
# first start the app writes a sample draft (a Guangdong company) and opens it.
#   RELEASE=1  build an optimised binary instead of a debug one
set -euo pipefail
cd "$(dirname "$0")/.."
SKIP_E2E=${SKIP_E2E:-1} scripts/setup-debian.sh
(cd ui && npm run -s build)
if [ "${RELEASE:-0}" = 1 ]; then
  exec cargo run --release -p icp-filing-app --bin icp-filing-app --features custom-protocol
else
  exec cargo run -p icp-filing-app --bin icp-filing-app
fi
