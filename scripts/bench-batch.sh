#!/usr/bin/env bash
# Batch checking speed: a folder of N ten-website drafts (default 2,000) checked with
# `icp-filing check DIR --format json`, in a release build. Prints drafts per second of CPU (user +
# system) time and of wall time, and the output size per draft. Target: >= 5,000 drafts/s of CPU.
#   N=500 scripts/bench-batch.sh     fewer drafts
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-2000}
cargo build -q --release --bin icp-filing
BIN=${CARGO_TARGET_DIR:-target}/release/icp-filing
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$BIN" example guangdong-company > "$work/base.json"
python3 - "$work" "$N" <<'PY'
import copy, json, sys
work, n = sys.argv[1], int(sys.argv[2])
base = json.load(open(f"{work}/base.json"))
template = base["websites"][0]
os_dir = f"{work}/drafts"
import os
os.makedirs(os_dir)
for k in range(n):
    d = copy.deepcopy(base)
    d["websites"] = []
    for i in range(10):
        w = copy.deepcopy(template)
        w["name"] = f"星河数据官网{k}-{i}"
        w["domains"][0]["name"] = f"xinghe{k}x{i}.cn"
        w["home_page"] = f"https://xinghe{k}x{i}.cn"
        d["websites"].append(w)
    json.dump(d, open(f"{os_dir}/draft-{k:05}.json", "w"), ensure_ascii=False)
PY
# Warm the page cache, then measure.
cat "$work"/drafts/*.json > /dev/null
set +e
/usr/bin/time -f "%U %S %e" -o "$work/time" "$BIN" check "$work/drafts" --format json --today 2026-11-23 > "$work/out.json"
status=$?
set -e
[ "$status" -le 1 ] || { echo "bench-batch: check failed ($status)" >&2; exit 1; }
read -r user sys wall < <(tail -n 1 "$work/time")
bytes=$(stat -c %s "$work/out.json")
python3 - "$N" "$user" "$sys" "$wall" "$bytes" <<'PY'
import sys
n, user, sys_, wall, size = int(sys.argv[1]), *map(float, sys.argv[2:5]), int(sys.argv[5])
cpu = user + sys_
print(f"{n} ten-website drafts: {cpu:.2f} s CPU ({user:.2f} user + {sys_:.2f} sys), {wall:.2f} s wall")
print(f"{n / cpu:,.0f} drafts/s of CPU time, {n / wall:,.0f} drafts/s wall; output {size / n / 1024:.1f} KB per draft")
PY
