#!/usr/bin/env bash
# Writes NotoSerifCJKsc-Regular.otf.br, the copy of the font that is built into the program
# (src/fonts.rs decompresses it once, at first use). Brotli quality 11, 16 MiB window: 15.9 MB →
# 10.7 MB, about 2.3 MB less than the deflate the .deb and .dmg apply to the raw font, and close
# to the installers' LZMA. Takes about a minute. A test checks that it decompresses to exactly
# NotoSerifCJKsc-Regular.otf, so the two cannot drift apart.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/tools.sh >/dev/null
tools/venv/bin/python - <<'PY'
import brotli
src = "assets/fonts/NotoSerifCJKsc-Regular.otf"
data = open(src, "rb").read()
packed = brotli.compress(data, quality=11, lgwin=24)
assert brotli.decompress(packed) == data
open(src + ".br", "wb").write(packed)
print(f"{src}: {len(data):,} bytes -> {src}.br: {len(packed):,} bytes")
PY
