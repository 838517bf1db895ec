#!/usr/bin/env bash
# Runs every test and check of the project on a fresh Debian/Ubuntu machine (the README's test
# command; .ci/run calls it). Installs what it needs through scripts/setup-debian.sh (system
# packages, UI packages, tauri-driver, selenium) and the cargo tools below, then:
#   1. cargo fmt --check
#   2. no networking crate in the core's or the shell's dependency tree (scripts/check-no-network.sh)
#   3. cargo deny check licenses bans (deny.toml: licences compatible with MIT/Apache-2.0 + OFL)
#   4. UI: tsc --noEmit (strict) and ESLint (typescript-eslint)
#   5. the UI build (the app embeds ui/dist) and `cargo test --workspace` (core library, CLI,
#      rule cases, examples, letters, images, crash safety, app on the mock runtime), then the
#      app's tests again with the `e2e` feature (the test switches work there, and only there)
#      and the agency calendar read back with Python's icalendar (scripts/check-ics.py)
#   6. cargo clippy --workspace --all-targets -- -D warnings
#   7. scripts/check-ui-types.sh (UI types generated from the Rust types have not drifted)
#   8. scripts/check-packaging.sh (workflows: actionlint + zizmor; Tauri bundle config per target)
#   9. with RUN_FUZZ=1: scripts/fuzz.sh (every fuzz target for FUZZ_SECONDS, default 30); off by
#      default, because the nightly sanitizer build of the whole tree takes longer than CI allows
#      on two cores
#  10. scripts/e2e.sh (the real app under Xvfb through tauri-driver + WebKitWebDriver)
# and ends with one line `N passed, N failed` over all of them. Exits non-zero on any failure.
#   RUN_FUZZ=1    run step 9 (needs the nightly toolchain)
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
started=$(date +%s)

scripts/setup-debian.sh || { echo "test-all: setup failed"; echo "0 passed, 1 failed"; exit 1; }

# cargo tools (from crates.io, exact versions; skipped when present).
need_tool() { # binary crate version
  command -v "$1" >/dev/null || cargo install --locked "$2" --version "$3"
}
need_tool cargo-deny cargo-deny 0.20.2 || echo "test-all: could not install cargo-deny"
if [ "${RUN_FUZZ:-0}" = 1 ]; then
  need_tool cargo-fuzz cargo-fuzz 0.13.2 || echo "test-all: could not install cargo-fuzz"
fi

passed=0
failed=0
log=$(mktemp)
step() { echo; echo "=== $* ($(( $(date +%s) - started ))s) ==="; }
count() { if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "test-all: FAILED: $*"; fi; }
# Adds the `test result:` lines of a cargo test log; a failed build counts as one failure.
count_cargo() { # status
  while read -r p f; do passed=$((passed + p)); failed=$((failed + f)); done < <(
    sed -n 's/^test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed.*/\1 \2/p' "$log")
  if [ "$1" -ne 0 ] && ! grep -q "failed; " "$log"; then failed=$((failed + 1)); fi
}

step "cargo fmt --check"
count cargo fmt --all -- --check

step "no networking crate in the dependency tree"
count scripts/check-no-network.sh

step "cargo deny check licenses bans"
count cargo deny --all-features check licenses bans

step "UI: tsc --noEmit (strict), ESLint"
count bash -c 'cd ui && npx --no-install tsc --noEmit -p tsconfig.json'
count bash -c 'cd ui && npm run -s lint'
# The UI's field-path helper against the core's own cases (tests/field_paths.json).
count bash -c 'cd ui && node --test scripts/field-paths.test.mjs'

step "UI build + cargo test --workspace"
if (cd ui && npm run -s build); then
  cargo test --workspace --no-fail-fast 2>&1 | tee "$log"
  cargo_status=${PIPESTATUS[0]}
else
  : > "$log"
  cargo_status=1
fi
count_cargo "$cargo_status"

step "the agency calendar read back by a second iCalendar parser"
count e2e/venv/bin/python scripts/check-ics.py "${CARGO_TARGET_DIR:-target}/debug/icp-filing"

step "app tests with the e2e feature"
cargo test -p icp-filing-app --features e2e --test test_switches --test mock_app 2>&1 | tee "$log"
count_cargo "${PIPESTATUS[0]}"

step "cargo clippy --workspace --all-targets -- -D warnings"
count cargo clippy --workspace --all-targets -- -D warnings

step "UI types match the Rust types"
count scripts/check-ui-types.sh

step "packaging: workflows and bundle configuration"
count scripts/check-packaging.sh

if [ "${RUN_FUZZ:-0}" = 1 ]; then
  step "fuzzing (${FUZZ_SECONDS:-30}s per target)"
  count scripts/fuzz.sh "${FUZZ_SECONDS:-30}"
fi

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
echo "test-all: $(( $(date +%s) - started ))s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
