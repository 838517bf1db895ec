#!/usr/bin/env bash
# Runs every fuzz target of fuzz/ for SECONDS each (default 30) with the nightly toolchain and
# cargo-fuzz, starting from the committed seeds in fuzz/corpus/<target>/ (read only: new inputs
# go to fuzz/corpus-new/<target>/, which git ignores). A crash fails the run and leaves its input
# in fuzz/artifacts/<target>/; keep it as a test in tests/fuzz_regressions.rs.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#   FUZZ_JOBS=N   run N targets at a time (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${1:-30}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(draft_check identity domain image_decode letter_compose)
fi
command -v cargo-fuzz >/dev/null || { echo "fuzz: cargo-fuzz missing: cargo install cargo-fuzz" >&2; exit 1; }
rustup run nightly rustc --version >/dev/null 2>&1 || { echo "fuzz: no nightly toolchain (rustup toolchain install nightly)" >&2; exit 1; }

cd fuzz
cargo +nightly fuzz build
jobs=${FUZZ_JOBS:-1}
run_one() { # target
  local t=$1
  mkdir -p "corpus-new/$t" "artifacts/$t"
  if cargo +nightly fuzz run "$t" "corpus-new/$t" "corpus/$t" -- \
      -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
      -print_final_stats=1 > "artifacts/$t/log.txt" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "artifacts/$t/log.txt" | tail -1)
    echo "fuzz: $t ok (${runs:-?} runs in ${seconds}s)"
  else
    echo "fuzz: $t FAILED; input and log in fuzz/artifacts/$t/" >&2
    tail -40 "artifacts/$t/log.txt" >&2
    return 1
  fi
}
status=0
pids=()
for t in "${targets[@]}"; do
  echo "fuzz: $t for ${seconds}s"
  run_one "$t" &
  pids+=("$!")
  # At most $jobs targets at a time: wait for the oldest before starting another.
  if [ "${#pids[@]}" -ge "$jobs" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do
  wait "$p" || status=1
done
exit $status
