#!/usr/bin/env bash
# The privacy promise, checked in CI: no networking crate (an HTTP/WebSocket client, curl …) in
# the dependency tree of the core (`icp-filing`) or of the desktop shell (`icp-filing-app`), on
# every desktop platform the app ships for (Linux, Windows, macOS). `hyper` / `hyper-util` are
# refused when their `client` feature is on. (Tauri itself lists reqwest for Android and iOS
# only, to proxy a mobile dev server; those targets are not built.)
# Runs a self-test first (a tree with a client in it must be refused), so the check can fail.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

BANNED='reqwest|ureq|isahc|curl|curl-sys|surf|attohttpc|minreq|ehttp|http_req|awc|hyper-tls|hyper-rustls|tungstenite|tokio-tungstenite|async-tungstenite|websocket|ws|libcurl|tiny_http|hyper-client'

# Reads `cargo tree -e normal,features --prefix none` lines on stdin; prints offending lines.
offenders() {
  grep -E "^(($BANNED) v[0-9]|(hyper|hyper-util) feature \"client)" | sort -u || true
}

selftest=$(printf '%s\n' 'serde v1.0.0' 'reqwest v0.12.9' 'hyper feature "client"' 'hyper feature "http1"' | offenders)
if [ "$(printf '%s\n' "$selftest" | grep -c .)" -ne 2 ]; then
  echo "check-no-network: self-test failed (got: $selftest)" >&2
  exit 1
fi

TARGETS=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu x86_64-pc-windows-msvc
  aarch64-pc-windows-msvc x86_64-apple-darwin aarch64-apple-darwin)
status=0
for pkg in icp-filing icp-filing-app; do
  for target in "${TARGETS[@]}"; do
    tree=$(cargo tree -p "$pkg" --target "$target" -e normal,features --prefix none)
    bad=$(printf '%s\n' "$tree" | offenders)
    if [ -n "$bad" ]; then
      echo "check-no-network: $pkg on $target depends on a networking crate:" >&2
      printf '  %s\n' "$bad" >&2
      echo "  (why: cargo tree -p $pkg --target $target -e features -i <crate>)" >&2
      status=1
    else
      n=$(printf '%s\n' "$tree" | grep -E '^[A-Za-z0-9_-]+ v[0-9]' | sort -u | wc -l)
      echo "check-no-network: $pkg on $target: none among $n crates"
    fi
  done
done
exit $status
