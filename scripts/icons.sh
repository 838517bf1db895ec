#!/usr/bin/env bash
# Regenerates every icon the bundles need (src-tauri/icons/: PNGs, icon.ico, icon.icns, Windows
# Store logos) from the one source image assets/icon/icon.png, with the Tauri CLI's `icon` command
# (from tools/, installed on first use). Desktop only: the mobile folders it also writes are removed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh >/dev/null
tools/node_modules/.bin/tauri icon assets/icon/icon.png -o src-tauri/icons
rm -rf src-tauri/icons/android src-tauri/icons/ios
ls src-tauri/icons
