#!/usr/bin/env bash
# Builds the Linux installer: the release app and its .deb (package `icp-filing-assistant`), with
# the Tauri CLI from npm (tools/, installed in seconds by scripts/tools.sh; no `cargo install`).
# The config is the root tauri.conf.json merged with tauri.linux.conf.json; scripts/tauri-cli.mjs
# runs the CLI in src-tauri/ (see there). About 10–20 minutes of CPU on 2 cores from cold.
#   scripts/bundle-deb.sh              # .deb
#   BUNDLES=deb,appimage scripts/bundle-deb.sh
# The AppImage bundler downloads its tools (linuxdeploy and plugins) from GitHub at bundle time,
# so it works on the release workflow's runners but not on a machine without that access.
# Prints the path of each package made.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/tools.sh >/dev/null
[ -d ui/node_modules ] || (cd ui && npm ci --no-audit --no-fund)
(cd ui && npm run -s build)
node scripts/tauri-cli.mjs build --bundles "${BUNDLES:-deb}"
target_dir=$(cargo metadata --no-deps --format-version 1 | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
ls -1 "$target_dir"/release/bundle/deb/*.deb "$target_dir"/release/bundle/appimage/*.AppImage 2>/dev/null || true
