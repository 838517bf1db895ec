#!/usr/bin/env bash
# Runs every test of the project on a fresh Debian/Ubuntu machine (the README's test command;
# .ci/run calls it). Installs what it needs through scripts/setup-debian.sh (system packages, UI
# packages, tauri-driver, selenium), then:
#   1. cargo fmt --check
#   2. the UI build (the app embeds ui/dist) and `cargo test --workspace` (core library, CLI,
#      rule cases, examples, letters, images, app on the mock runtime)
#   3. scripts/check-ui-types.sh (UI types generated from the Rust types have not drifted)
#   4. scripts/e2e.sh (the real app under Xvfb through tauri-driver + WebKitWebDriver)
# and ends with one line `N passed, N failed` over all of them. Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never

scripts/setup-debian.sh || { echo "test-all: setup failed"; echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
log=$(mktemp)
step() { echo; echo "=== $* ==="; }

step "cargo fmt --check"
if cargo fmt --all -- --check; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "test-all: run cargo fmt --all"; fi

step "UI build + cargo test --workspace"
if (cd ui && npm run -s build); then
  cargo test --workspace --no-fail-fast 2>&1 | tee "$log"
  cargo_status=${PIPESTATUS[0]}
else
  cargo_status=1
fi
while read -r p f; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  sed -n 's/^test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed.*/\1 \2/p' "$log")
if [ "$cargo_status" -ne 0 ] && ! grep -q "failed; " "$log"; then failed=$((failed + 1)); fi

step "UI types match the Rust types"
if scripts/check-ui-types.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

step "end-to-end tests (real window, Xvfb)"
E2E_SKIP_BUILD=0 scripts/e2e.sh 2>&1 | tee "$log"
e2e_status=${PIPESTATUS[0]}
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
if [ -n "$line" ]; then
  p=${line%% passed*}; f=${line#*passed, }; f=${f%% failed*}
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$e2e_status" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
elif [ "$e2e_status" -ne 0 ]; then
  failed=$((failed + 1))
fi
rm -f "$log"

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
