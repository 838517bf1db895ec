#!/usr/bin/env bash
# Installs everything needed to build, run and E2E-test the desktop app on Debian/Ubuntu, then
# the UI's npm packages, tauri-driver and a Python venv with selenium (e2e/venv). Idempotent:
# steps already done are skipped, so running it again takes seconds.
#   SKIP_APT=1   skip the apt step (packages installed another way)
#   SKIP_E2E=1   skip tauri-driver and selenium (only build and run the app)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi

# Build: WebKitGTK 4.1 and friends (Tauri 2), nasm (the JPEG encoder's SIMD). Run/E2E: WebKitWebDriver, Xvfb, fonts, PDF tools.
APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential curl wget file libssl-dev
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev pkg-config nasm
  webkit2gtk-driver xvfb xauth x11-utils xdg-utils imagemagick poppler-utils
  fonts-noto-cjk dbus-x11 python3-venv nodejs npm
)

if [ "${SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # nodejs from another source (nodesource, nvm) is fine: only install Debian's when none is there.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    tmp=(); for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || tmp+=("$p"); done
    missing=("${tmp[@]+"${tmp[@]}"}")
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: apt-get install ${missing[*]}"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "setup: system packages present"
  fi
fi

command -v cargo >/dev/null || { echo "setup: cargo not found: install Rust (rustup) first" >&2; exit 1; }

# UI packages (exact versions from package-lock.json).
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  # npm 11 writes lock files without the other platforms' optional packages (rollup's native
  # builds), and `npm ci` then refuses the lock; `npm install` resolves the same versions.
  (cd ui && { npm ci --no-audit --no-fund || npm install --no-audit --no-fund --no-save; })
else
  echo "setup: ui/node_modules up to date"
fi

if [ "${SKIP_E2E:-0}" != 1 ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! command -v tauri-driver >/dev/null; then
    cargo install tauri-driver --version '^2' --locked
  else
    echo "setup: tauri-driver present"
  fi
  if [ ! -x e2e/venv/bin/python ] || ! e2e/venv/bin/python -c 'import selenium, icalendar' 2>/dev/null; then
    python3 -m venv e2e/venv
    e2e/venv/bin/pip install -q -r e2e/requirements.txt
  else
    echo "setup: e2e/venv ready"
  fi
fi
echo "setup: done ($ROOT)"
