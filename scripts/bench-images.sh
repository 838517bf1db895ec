#!/usr/bin/env bash
# Side-by-side: `icp-filing image` against ImageMagick on the same generated photos, each to an
# upload under a byte limit (issues 6 and 12): time, peak memory, bytes and quality per byte.
#
# Inputs (generated with ImageMagick, deterministic seeds, quality 92):
#   photo   4000×3000 plasma fractal: detail at every scale, like a 12-megapixel phone photo
#   id      4032×3024 an ID-card-like card with CJK text on a grainy table (a phone photo of a card)
#   letter  2480×3508 an A4 page of CJK text at 300 dpi with scanner noise (a signed letter scan)
# Each goes to --max-kb LIMIT_KB (default 976, i.e. ≤ 999,424 bytes) with --kind other.
#
# Time: ours (decode, search, encode) against ImageMagick's own size search for the same limit
# (`-define jpeg:extent=LIMIT`, quality by bisection), ROUNDS runs each, interleaved so machine
# load hits both alike; wall time and peak memory (max RSS) from /usr/bin/time -v, medians.
#
# Quality per byte, at equal bytes: PSNR (ImageMagick `compare -metric PSNR`; this ImageMagick has
# no SSIM metric) of each output against the input (resized the same way if ours was downscaled).
# ImageMagick is given our output's byte count with -define jpeg:extent (its largest quality that
# fits, so at most our bytes) and, so that the comparison brackets ours, the next quality above
# that (at least our bytes); both at our pixel size and 4:2:0.
#
# Usage: scripts/bench-images.sh [ROUNDS]   (default 5). LIMIT_KB=N changes the limit.
# Needs imagemagick, fonts-noto-cjk and GNU time (scripts/setup-debian.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${1:-5}"
LIMIT_KB="${LIMIT_KB:-976}"
IM=/usr/bin # the real ImageMagick, not a wrapper earlier on PATH
[ -x "$IM/convert" ] || { echo "needs ImageMagick: apt-get install imagemagick" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
FONT=$(fc-match -f '%{file}' 'Noto Sans CJK SC' 2>/dev/null || true)
[ -n "$FONT" ] || { echo "needs a CJK font: apt-get install fonts-noto-cjk" >&2; exit 2; }

cargo build --release --quiet --bin icp-filing
BIN=${CARGO_TARGET_DIR:-target}/release/icp-filing

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# --- inputs ---------------------------------------------------------------------------------
"$IM/convert" -size 4000x3000 -seed 42 plasma:fractal -quality 92 "$WORK/photo.jpg"

"$IM/convert" -size 1008x756 -seed 7 plasma:tan-sienna -resize 4032x3024! -blur 0x2 "$WORK/table.png"
"$IM/convert" -size 2600x1640 xc:none -fill '#e4ecf0' -draw "roundrectangle 0,0 2599,1639 80,80" \
    -font "$FONT" -pointsize 96 -fill '#1a1a1a' \
    -annotate +160+300 '姓名  张三' -annotate +160+500 '性别  男    民族  汉' \
    -annotate +160+700 '出生  1990 年 1 月 1 日' -annotate +160+900 '住址  广东省深圳市南山区' \
    -annotate +160+1060 '      科技园路 88 号' -annotate +160+1450 '公民身份号码  440300199001011234' \
    -fill '#b8c4c8' -draw 'rectangle 1900,240 2420,900' "$WORK/card.png"
"$IM/convert" "$WORK/table.png" "$WORK/card.png" -gravity center -composite -seed 7 -attenuate 0.5 \
    +noise Gaussian -quality 92 "$WORK/id.jpg"

LINES=""
for i in $(seq 1 40); do
    LINES+="第 $i 条  本单位承诺所提交的备案信息真实、准确、完整，网站内容符合国家法律法规。"$'\n'
done
"$IM/convert" -size 2480x3508 xc:'#f6f4ee' -font "$FONT" -pointsize 40 -fill '#161616' \
    -annotate +180+260 '互联网信息服务备案承诺书' -annotate +180+420 "$LINES" \
    -fill '#c0392b' -draw 'circle 1900,3100 2100,3100' -seed 3 -attenuate 0.3 +noise Gaussian \
    -quality 92 "$WORK/letter.jpg"
rm -f "$WORK/table.png" "$WORK/card.png"
PHOTOS=(photo id letter)

measure() { # photo label command... -> appends "photo label wall rss" to runs.txt
    local photo="$1" label="$2"; shift 2
    /usr/bin/time -v "$@" > /dev/null 2> "$WORK/time.txt"
    local wall rss
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt" | awk -F: '{ print $(NF-1) * 60 + $NF }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
    echo "$photo $label $wall $rss" >> "$WORK/runs.txt"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
psnr() { # reference file -> dB (compare exits 1 when the images differ, as they do here)
    { "$IM/compare" -metric PSNR "$1" "$2" null: 2>&1 || true; } | awk '{ print $1 }'
}
bytes() { stat -c %s "$1"; }

# --- time -----------------------------------------------------------------------------------
for i in $(seq "$ROUNDS"); do
    for p in "${PHOTOS[@]}"; do
        measure "$p" ours "$BIN" image "$WORK/$p.jpg" -o "$WORK/$p-ours.jpg" --kind other --max-kb "$LIMIT_KB"
        measure "$p" im "$IM/convert" "$WORK/$p.jpg" -define jpeg:extent="${LIMIT_KB}KB" -sampling-factor 2x2 "$WORK/$p-im-extent.jpg"
    done
    echo "round $i of $ROUNDS done" >&2
done

# --- quality per byte -----------------------------------------------------------------------
echo "| photo (input) | tool | bytes | quality | PSNR dB | time (median of $ROUNDS) | peak memory |"
echo "|---|---|---|---|---|---|---|"
for p in "${PHOTOS[@]}"; do
    "$BIN" image "$WORK/$p.jpg" -o "$WORK/$p-ours.jpg" --kind other --max-kb "$LIMIT_KB" > "$WORK/summary.txt"
    geom=$(sed -n 's/^像素 \/ Pixels: \([0-9]*\)×\([0-9]*\).*/\1x\2/p' "$WORK/summary.txt")
    quality=$(sed -n 's/^质量 \/ Quality: \([0-9]*\).*/\1/p' "$WORK/summary.txt")
    [ -n "$geom" ] && [ -n "$quality" ] || { echo "could not read the summary of $p" >&2; exit 1; }
    input_geom=$("$IM/identify" -format '%wx%h' "$WORK/$p.jpg")
    resize=()
    [ "$geom" = "$input_geom" ] || resize=(-resize "${geom}!")
    "$IM/convert" "$WORK/$p.jpg" "${resize[@]}" "$WORK/$p-ref.png"
    ours=$(bytes "$WORK/$p-ours.jpg")
    # ImageMagick at our byte count: its largest quality that fits, and the next one above.
    # Its extent search is a start; its bisection can stop below the largest quality that fits, so
    # step up from there until a quality gives at least our bytes.
    "$IM/convert" "$WORK/$p.jpg" "${resize[@]}" -define jpeg:extent="$ours" -sampling-factor 2x2 "$WORK/$p-im-le.jpg"
    q_le=$("$IM/identify" -format %Q "$WORK/$p-im-le.jpg")
    q_ge=$((q_le + 1))
    while :; do
        "$IM/convert" "$WORK/$p.jpg" "${resize[@]}" -quality "$q_ge" -sampling-factor 2x2 "$WORK/$p-im-ge.jpg"
        if [ "$(bytes "$WORK/$p-im-ge.jpg")" -ge "$ours" ] || [ "$q_ge" -ge 100 ]; then break; fi
        cp "$WORK/$p-im-ge.jpg" "$WORK/$p-im-le.jpg"
        q_le=$q_ge
        q_ge=$((q_ge + 1))
    done
    t_ours=$(awk -v p="$p" '$1 == p && $2 == "ours" { print $3 }' "$WORK/runs.txt" | median)
    m_ours=$(awk -v p="$p" '$1 == p && $2 == "ours" { print $4 }' "$WORK/runs.txt" | median)
    t_im=$(awk -v p="$p" '$1 == p && $2 == "im" { print $3 }' "$WORK/runs.txt" | median)
    m_im=$(awk -v p="$p" '$1 == p && $2 == "im" { print $4 }' "$WORK/runs.txt" | median)
    name="$p ($input_geom, $(bytes "$WORK/$p.jpg") B)"
    printf '| %s | icp-filing → %s | %s | %s | %s | %.2f s | %.0f MB |\n' "$name" "$geom" "$ours" "$quality" \
        "$(psnr "$WORK/$p-ref.png" "$WORK/$p-ours.jpg")" "$t_ours" "$(echo "$m_ours / 1024" | bc -l)"
    printf '| %s | ImageMagick, equal bytes (≤) | %s | %s | %s | | |\n' "$p" "$(bytes "$WORK/$p-im-le.jpg")" "$q_le" \
        "$(psnr "$WORK/$p-ref.png" "$WORK/$p-im-le.jpg")"
    printf '| %s | ImageMagick, equal bytes (≥) | %s | %s | %s | | |\n' "$p" "$(bytes "$WORK/$p-im-ge.jpg")" "$q_ge" \
        "$(psnr "$WORK/$p-ref.png" "$WORK/$p-im-ge.jpg")"
    printf '| %s | ImageMagick jpeg:extent=%sKB (its own search) | %s | %s | %s | %.2f s | %.0f MB |\n' "$p" "$LIMIT_KB" \
        "$(bytes "$WORK/$p-im-extent.jpg")" "$("$IM/identify" -format %Q "$WORK/$p-im-extent.jpg")" \
        "$(if [ "$geom" = "$input_geom" ]; then psnr "$WORK/$p-ref.png" "$WORK/$p-im-extent.jpg"; else echo "(other size)"; fi)" \
        "$t_im" "$(echo "$m_im / 1024" | bc -l)"
done
echo
echo "time ratio (ours ÷ ImageMagick's search, medians):"
for p in "${PHOTOS[@]}"; do
    t_ours=$(awk -v p="$p" '$1 == p && $2 == "ours" { print $3 }' "$WORK/runs.txt" | median)
    t_im=$(awk -v p="$p" '$1 == p && $2 == "im" { print $3 }' "$WORK/runs.txt" | median)
    printf '  %-7s %.2f\n' "$p" "$(echo "$t_ours / $t_im" | bc -l)"
done
