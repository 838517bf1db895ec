#!/usr/bin/env bash
# Draws the app icon's one source image, assets/icon/icon.png (1024 × 1024, transparent corners):
# a blue rounded square with 备 in the app's own font (Noto Serif CJK SC, OFL 1.1; a picture drawn
# with the font is not itself under the OFL). Every platform icon in src-tauri/icons/ is generated
# from it with the Tauri CLI (`scripts/icons.sh`). Needs ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/../.."
convert -size 1024x1024 xc:none \
  -fill '#1d4ed8' -draw 'roundrectangle 32,32 991,991 176,176' \
  -font assets/fonts/NotoSerifCJKsc-Regular.otf -pointsize 640 -fill white \
  -gravity center -annotate +0-24 '备' \
  -strip PNG32:assets/icon/icon.png
echo "wrote assets/icon/icon.png"
