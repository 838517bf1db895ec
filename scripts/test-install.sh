#!/usr/bin/env bash
# Install test of the Linux package, as a new user would meet it (needs root or sudo, and Xvfb):
#  1. builds the .deb (scripts/bundle-deb.sh) unless DEB=path/to/package.deb is given;
#  2. checks the package: name, maintainer, description, dependencies, only the app binary in
#     /usr/bin, the copyright file with the font's OFL, the desktop entry, lintian without errors;
#  3. `apt-get install ./….deb`, then starts the INSTALLED /usr/bin/icp-filing-app under Xvfb with
#     a fresh HOME and waits until the app itself reports its first screen interactive
#     (ICP_FILING_REPORT_READY), checks the window title (xdotool) and takes a screenshot;
#  4. `apt-get remove`, and checks that the user's drafts folder is still there;
#  5. prints the sizes: release binary, .deb, installed size, and estimates for NSIS and DMG.
# Ends with `install: N passed, N failed`. Screenshot: $OUT (default target/install-test/).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
package=icp-filing-assistant
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; [ -z "${2:-}" ] || printf '%s\n' "$2" | sed 's/^/     /' | tail -25; }
finish() { echo "install: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

need=()
for tool in Xvfb:xvfb xvfb-run:xvfb xdotool:xdotool import:imagemagick lintian:lintian; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  $sudo apt-get update -q >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

target_dir=$(cargo metadata --no-deps --format-version 1 | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
out=${OUT:-$target_dir/install-test}
mkdir -p "$out"

# 1. The package.
if [ -z "${DEB:-}" ]; then
  scripts/bundle-deb.sh || { bad "bundle-deb.sh failed"; finish; }
  DEB=$(ls -t "$target_dir"/release/bundle/deb/*.deb | head -1)
fi
DEB=$(realpath "$DEB")
echo "package: $DEB"

# 2. What is in it.
field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = "$package" ] && ok "Package: $package" || bad "Package is '$(field Package)'"
maintainer=$(field Maintainer)
[[ "$maintainer" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] && ok "Maintainer: $maintainer" || bad "Maintainer '$maintainer' is not 'Name <address>'"
description=$(field Description)
[ "$(wc -l <<<"$description")" -ge 2 ] && ! grep -q '(none)' <<<"$description" \
  && ok "Description has a summary and a long text" || bad "Description" "$description"
depends=$(field Depends)
if grep -q 'libc6' <<<"$depends" && grep -q 'xdg-utils' <<<"$depends" && grep -q 'libwebkit2gtk-4.1-0' <<<"$depends"; then
  ok "Depends: $depends"
else
  bad "Depends lacks libc6, xdg-utils or libwebkit2gtk-4.1-0" "$depends"
fi
contents=$(dpkg-deb -c "$DEB" | awk '{print $6}' | sed -E 's#^\./#/#; s#^([^/])#/\1#')
bins=$(grep '^/usr/bin/.' <<<"$contents" | tr '\n' ' ')
[ "$bins" = "/usr/bin/icp-filing-app " ] && ok "only the app in /usr/bin" || bad "/usr/bin holds: $bins"
grep -qx "/usr/share/doc/$package/copyright" <<<"$contents" && ok "copyright file shipped" || bad "no /usr/share/doc/$package/copyright"
grep -qx "/usr/share/applications/$package.desktop" <<<"$contents" && ok "desktop entry shipped" || bad "no desktop entry" "$contents"
extract=$(mktemp -d)
trap 'rm -rf "$extract"' EXIT
dpkg-deb -x "$DEB" "$extract"
if grep -q "SIL OPEN FONT LICENSE Version 1.1" "$extract/usr/share/doc/$package/copyright" \
   && grep -q "Permission is hereby granted" "$extract/usr/share/doc/$package/copyright"; then
  ok "copyright carries the OFL 1.1 and MIT texts"
else
  bad "copyright lacks the OFL or MIT text"
fi
grep -qx "Name=备案助手 ICP Filing Assistant" "$extract/usr/share/applications/$package.desktop" \
  && ok "desktop entry name: 备案助手 ICP Filing Assistant" || bad "desktop entry" "$(cat "$extract/usr/share/applications/$package.desktop")"
lint=$(lintian --tag-display-limit 0 "$DEB" 2>&1 | grep -v 'running with root privileges')
errors=$(grep -c '^E:' <<<"$lint" || true)
warnings=$(grep -c '^W:' <<<"$lint" || true)
[ "$errors" -eq 0 ] && ok "lintian: 0 errors ($warnings warnings)" || bad "lintian: $errors errors" "$lint"
[ -z "$lint" ] || printf '%s\n' "$lint" | sed 's/^/     lintian: /'

# 3. Install it and start the installed app with a fresh home.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q "$package" >/dev/null 2>&1 || true
if $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$DEB" >"$out/apt-install.log" 2>&1; then
  ok "apt-get install ./$(basename "$DEB")"
else
  bad "apt-get install" "$(cat "$out/apt-install.log")"
  finish
fi
[ -x /usr/bin/icp-filing-app ] && [ ! -e /usr/bin/ui-schema ] && ok "installed: /usr/bin/icp-filing-app" || bad "installed binaries"
installed_kb=$(dpkg-query -W -f='${Installed-Size}' "$package")

home=$(mktemp -d /tmp/icp-install-home.XXXXXX)
cat >"$out/run-installed.sh" <<'EOF'
#!/usr/bin/env bash
# Runs inside xvfb-run: starts the installed app, waits for its ready line, reads the title.
set -u
home=$1 out=$2
cd "$home"
env -i HOME="$home" DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" PATH=/usr/bin:/bin \
  LANG=C.UTF-8 GSETTINGS_BACKEND=memory ICP_FILING_REPORT_READY=1 \
  /usr/bin/icp-filing-app >"$out/app.stdout" 2>"$out/app.stderr" &
pid=$!
# The app prints `ready <ms> page <ms>` once its first screen is interactive.
for _ in $(seq 1 1200); do
  grep -q '^ready ' "$out/app.stdout" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
grep '^ready ' "$out/app.stdout" || echo "no ready line"
timeout 30 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null 2>&1 || true
title=$(for w in $(xdotool search --onlyvisible --pid "$pid" 2>/dev/null); do xdotool getwindowname "$w"; done | grep -v '^$' | head -1)
echo "title=$title"
# The ready line comes when the wizard is chosen; its lazily loaded step is drawn a moment later
# (a spinner until then). Wait, bounded, until the window shows more than the spinner screen.
for _ in $(seq 1 60); do
  import -window root "$out/installed-app.png"
  [ "$(convert "$out/installed-app.png" -format '%k' info:)" -gt 600 ] && break
  sleep 0.5
done
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
exit 0
EOF
chmod +x "$out/run-installed.sh"
run=$(timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$out/run-installed.sh" "$home" "$out" 2>&1)
echo "$run" | sed 's/^/     app: /'
grep -q '^ready ' <<<"$run" && ok "installed app reports its first screen ($(grep '^ready ' <<<"$run"))" \
  || bad "installed app never reported ready" "$(cat "$out/app.stderr" 2>/dev/null)"
grep -qx "title=备案助手 ICP Filing Assistant" <<<"$run" && ok "window title: 备案助手 ICP Filing Assistant" || bad "window title" "$run"
if [ -s "$out/installed-app.png" ]; then
  colours=$(convert "$out/installed-app.png" -format '%k' info:)
  [ "$colours" -gt 600 ] && ok "screenshot $out/installed-app.png ($colours colours)" || bad "screenshot is blank ($colours colours)"
else
  bad "no screenshot"
fi
drafts="$home/.local/share/app.icp-filing.assistant/drafts"
ls "$drafts"/*.json >/dev/null 2>&1 && ok "first start wrote the sample draft in $drafts" || bad "no draft in $drafts" "$(find "$home" -maxdepth 5 | head -20)"

# 4. Remove the package; the user's drafts stay.
if $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q "$package" >"$out/apt-remove.log" 2>&1; then
  ok "apt-get remove $package"
else
  bad "apt-get remove" "$(cat "$out/apt-remove.log")"
fi
[ ! -e /usr/bin/icp-filing-app ] && ok "app removed from /usr/bin" || bad "/usr/bin/icp-filing-app still there"
ls "$drafts"/*.json >/dev/null 2>&1 && ok "drafts folder survives removal: $(ls "$drafts" | tr '\n' ' ')" || bad "drafts folder gone after removal"
rm -rf "$home"

# 5. Sizes.
binary="$target_dir/release/icp-filing-app"
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB (%d bytes)", b / 1e6, b }'; }
echo "size: release binary $(mb "$(stat -c %s "$binary" 2>/dev/null || echo 0)")"
echo "size: .deb $(mb "$(stat -c %s "$DEB")")"
echo "size: installed $(mb $((installed_kb * 1024))) (Installed-Size ${installed_kb} KiB)"
for image in "$target_dir"/release/bundle/appimage/*.AppImage; do
  [ -e "$image" ] && echo "size: AppImage $(mb "$(stat -c %s "$image")")"
done
# Estimates for the installers this machine cannot build, with the compression they use, on this
# release binary (a Windows or macOS binary of the same code is of similar size): NSIS solid LZMA
# (8 MiB dictionary) plus the embedded WebView2 bootstrapper (about 1.8 MB); DMG UDZO (zlib level
# 9); a universal macOS app holds two slices, so the font is in it twice.
if [ -f "$binary" ]; then
  lzma_bytes=$(xz --format=lzma --lzma1=preset=9e,dict=8MiB -c "$binary" | wc -c)
  zlib_bytes=$(gzip -9 -c "$binary" | wc -c)
  echo "estimate: NSIS setup ≈ $(mb $((lzma_bytes + 1800000))) (binary LZMA $(mb "$lzma_bytes") + bootstrapper 1.8 MB)"
  echo "estimate: DMG, one architecture ≈ $(mb "$zlib_bytes"); universal (two slices) ≈ $(mb $((2 * zlib_bytes)))"
fi
deb_bytes=$(stat -c %s "$DEB")
[ "$deb_bytes" -le 20000000 ] && ok ".deb within 20 MB" || bad ".deb is $(mb "$deb_bytes"), over 20 MB"
cd "$root"
finish
