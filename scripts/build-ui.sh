#!/usr/bin/env bash
# Builds the UI (ui/dist) only when it is missing or older than any of its sources, so starting
# the app does not rebuild an unchanged UI. FORCE_UI_BUILD=1 always builds.
set -euo pipefail
cd "$(dirname "$0")/../ui"
stamp=dist/index.html
if [ "${FORCE_UI_BUILD:-0}" != 1 ] && [ -f "$stamp" ] \
  && [ -z "$(find src index.html package.json package-lock.json scripts vite.config.ts tsconfig.json -newer "$stamp" -print -quit 2>/dev/null)" ]; then
  echo "build-ui: ui/dist is up to date" >&2
  exit 0
fi
npm run -s build
