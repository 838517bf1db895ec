#!/usr/bin/env bash
# Side-by-side: `icp-filing image` against ImageMagick's `convert` on the same 12-megapixel
# photo-like JPEG, to an upload of at most 1 MB (issue 6).
#
# 1. Generates the input with ImageMagick (plasma fractal, 4000×3000, quality 92, about 3.8 MB).
# 2. Runs icp-filing (release build) with --max-kb 976 (≤ 999,424 bytes): it searches the quality
#    and downscales if needed, and reports the size and quality it chose.
# 3. Runs convert with that same resize (-resize W×H!), quality and 4:2:0 chroma: one pass with
#    the answer already known, which is the fairest case for convert.
# Each tool runs ROUNDS times, interleaved (so machine load hits both alike); prints wall time
# and peak memory (max RSS) per run from /usr/bin/time -v, and the medians. A third row runs
# convert's own size search (-define jpeg:extent=976KB), the like-for-like task.
# Quality per byte: PSNR (ImageMagick `compare`; this ImageMagick has no SSIM metric) of each
# output against the input, with the byte counts, and PSNR of convert at the byte size icp-filing reached (its own size search
# with -define jpeg:extent set to our file's size), so the two are compared at equal bytes.
#
# Usage: scripts/bench-images.sh [ROUNDS]   (default 5). Needs imagemagick and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS="${1:-5}"
CONVERT=/usr/bin/convert # the real ImageMagick, not a wrapper earlier on PATH
[ -x "$CONVERT" ] || { echo "needs ImageMagick: apt-get install imagemagick" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }

cargo build --release --quiet --bin icp-filing
BIN=target/release/icp-filing

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
IN="$WORK/photo-12mp.jpg"
"$CONVERT" -size 4000x3000 -seed 42 plasma:fractal -quality 92 "$IN"
echo "input: $(stat -c %s "$IN") bytes, $("${CONVERT%/*}/identify" -format '%wx%h' "$IN")"

# One run of ours first, to learn the size and quality to give convert.
"$BIN" image "$IN" -o "$WORK/ours.jpg" --kind other --max-kb 976 > "$WORK/summary.txt"
cat "$WORK/summary.txt"
GEOM=$(sed -n 's/^像素 \/ Pixels: \([0-9]*\)×\([0-9]*\).*/\1x\2/p' "$WORK/summary.txt")
QUALITY=$(sed -n 's/^质量 \/ Quality: \([0-9]*\).*/\1/p' "$WORK/summary.txt")
[ -n "$GEOM" ] && [ -n "$QUALITY" ] || { echo "could not read the summary" >&2; exit 1; }
echo "convert gets: -resize ${GEOM}! -quality $QUALITY -sampling-factor 2x2"

measure() { # label, command...
    local label="$1"; shift
    /usr/bin/time -v "$@" > /dev/null 2> "$WORK/time.txt"
    local wall rss
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt" | awk -F: '{ print $(NF-1) * 60 + $NF }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
    echo "$label $wall $rss" >> "$WORK/runs.txt"
    printf '  %-15s %6.2f s  %7.1f MB peak\n' "$label" "$wall" "$(echo "$rss / 1024" | bc -l)"
}

for i in $(seq "$ROUNDS"); do
    echo "round $i"
    measure icp-filing "$BIN" image "$IN" -o "$WORK/ours.jpg" --kind other --max-kb 976
    if [ "$GEOM" = "4000x3000" ]; then
        measure convert "$CONVERT" "$IN" -quality "$QUALITY" -sampling-factor 2x2 "$WORK/theirs.jpg"
    else
        measure convert "$CONVERT" "$IN" -resize "${GEOM}!" -quality "$QUALITY" -sampling-factor 2x2 "$WORK/theirs.jpg"
    fi
    # ImageMagick's own search for the same goal (quality by bisection, no resize).
    measure convert-extent "$CONVERT" "$IN" -define jpeg:extent=976KB -sampling-factor 2x2 "$WORK/extent.jpg"
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo
echo "medians over $ROUNDS runs (same input, same output size ${GEOM}, quality $QUALITY):"
for tool in icp-filing convert convert-extent; do
    t=$(awk -v t="$tool" '$1 == t { print $2 }' "$WORK/runs.txt" | median)
    m=$(awk -v t="$tool" '$1 == t { print $3 }' "$WORK/runs.txt" | median)
    printf '  %-15s %6.2f s  %7.1f MB peak\n' "$tool" "$t" "$(echo "$m / 1024" | bc -l)"
done
echo "output sizes: icp-filing $(stat -c %s "$WORK/ours.jpg") bytes, convert $(stat -c %s "$WORK/theirs.jpg") bytes, convert-extent $(stat -c %s "$WORK/extent.jpg") bytes (quality $("${CONVERT%/*}/identify" -format %Q "$WORK/extent.jpg"))"

# Quality per byte, against the input (same pixel size only; a downscaled output is compared
# with the input resized the same way).
REF="$WORK/reference.png"
if [ "$GEOM" = "4000x3000" ]; then
    "$CONVERT" "$IN" "$REF"
else
    "$CONVERT" "$IN" -resize "${GEOM}!" "$REF"
fi
COMPARE="${CONVERT%/*}/compare"
metric() { # metric file -> value
    "$COMPARE" -metric "$1" "$REF" "$2" null: 2>&1 | awk '{ print $1 }'
}
OURS_BYTES=$(stat -c %s "$WORK/ours.jpg")
# convert at exactly our byte budget (its search may land a little under it).
"$CONVERT" "$IN" $( [ "$GEOM" = "4000x3000" ] || echo -resize "${GEOM}!" ) -define jpeg:extent="$OURS_BYTES" -sampling-factor 2x2 "$WORK/equal.jpg"
echo
echo "quality per byte (vs the input; higher is better):"
printf '  %-22s %9s B  PSNR %6s dB\n' icp-filing "$OURS_BYTES" "$(metric PSNR "$WORK/ours.jpg")"
printf '  %-22s %9s B  PSNR %6s dB\n' "convert at equal bytes" "$(stat -c %s "$WORK/equal.jpg")" "$(metric PSNR "$WORK/equal.jpg")"
printf '  %-22s %9s B  PSNR %6s dB\n' convert-extent "$(stat -c %s "$WORK/extent.jpg")" "$(metric PSNR "$WORK/extent.jpg")"
