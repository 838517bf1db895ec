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
status=0
for t in "${targets[@]}"; do
  mkdir -p "corpus-new/$t" "artifacts/$t"
  echo "fuzz: $t for ${seconds}s"
  if cargo +nightly fuzz run "$t" "corpus-new/$t" "corpus/$t" -- \
      -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
      -print_final_stats=1 > "artifacts/$t/log.txt" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "artifacts/$t/log.txt" | tail -1)
    echo "fuzz: $t ok (${runs:-?} runs)"
  else
    status=1
    echo "fuzz: $t FAILED; input and log in fuzz/artifacts/$t/" >&2
    tail -40 "artifacts/$t/log.txt" >&2
  fi
done
exit $status
