#!/usr/bin/env bash
# Makes a .deb of the desktop app with the Tauri CLI. The one config lives at the repository root
# (no symlink, for Windows checkouts); the CLI wants it beside the crate, so this copies it into
# src-tauri/ with its paths made relative to src-tauri/, runs the CLI there and removes the copy.
# Needs `cargo install tauri-cli --version '^2' --locked` (about 8 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-tauri >/dev/null || { echo "bundle: install tauri-cli first: cargo install tauri-cli --version '^2' --locked" >&2; exit 1; }
(cd ui && npm run -s build)
copy=src-tauri/tauri.conf.json
[ ! -e "$copy" ] || { echo "bundle: $copy exists; remove it first" >&2; exit 1; }
trap 'rm -f "$copy"' EXIT
node -e '
  const fs = require("fs");
  const c = JSON.parse(fs.readFileSync("tauri.conf.json", "utf8"));
  c.build.frontendDist = "../" + c.build.frontendDist;
  c.bundle.icon = c.bundle.icon.map((p) => p.replace(/^src-tauri\//, ""));
  c.bundle.active = true;
  fs.writeFileSync(process.argv[1], JSON.stringify(c, null, 2));
' "$copy"
(cd src-tauri && cargo tauri build --bundles deb)
ls -l target/release/bundle/deb/*.deb
