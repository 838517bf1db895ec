#!/usr/bin/env node
// Runs the Tauri CLI (tools/node_modules, from npm) for this repository's layout, on Linux, macOS
// and Windows alike: `node scripts/tauri-cli.mjs build --bundles deb`, `… info`, `… bundle …`.
//
// The config lives at the repository root (tauri.conf.json and the per-platform
// tauri.{linux,windows,macos}.conf.json beside it; no symlink, for Windows checkouts), with its
// paths relative to the root, which is what tauri-build reads at compile time. The CLI wants the
// config beside the app crate and resolves paths against src-tauri/, so this writes a copy of each
// file into src-tauri/ with the root-relative paths made relative to src-tauri/ (`bundle.resources`
// is left as it is: tauri-build and the CLI both resolve it against src-tauri/), runs the CLI
// there and removes the copies again. The copies are git-ignored (src-tauri/.gitignore).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const crate = join(root, "src-tauri");
const cli = join(root, "tools", "node_modules", "@tauri-apps", "cli", "tauri.js");
const files = ["tauri.conf.json", "tauri.linux.conf.json", "tauri.windows.conf.json", "tauri.macos.conf.json"];

/** A root-relative path as seen from src-tauri/. */
const fromCrate = (p) => (typeof p !== "string" || p.startsWith("/") || /^[A-Za-z]:/.test(p) ? p : `../${p}`);
const mapValues = (o, f) => (o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)])) : o);

/** The config with every root-relative path rewritten for src-tauri/ (resources excepted). */
export function forCrate(config) {
  const c = structuredClone(config);
  if (typeof c.build?.frontendDist === "string" && !/^https?:/.test(c.build.frontendDist)) {
    c.build.frontendDist = fromCrate(c.build.frontendDist);
  }
  const b = c.bundle;
  if (b) {
    if (b.icon) b.icon = b.icon.map(fromCrate);
    if (b.licenseFile) b.licenseFile = fromCrate(b.licenseFile);
    const deb = b.linux?.deb;
    if (deb) {
      for (const k of ["desktopTemplate", "changelog", "preInstallScript", "postInstallScript", "preRemoveScript", "postRemoveScript"]) {
        if (deb[k]) deb[k] = fromCrate(deb[k]);
      }
      deb.files = mapValues(deb.files, fromCrate);
    }
    if (b.linux?.appimage?.files) b.linux.appimage.files = mapValues(b.linux.appimage.files, fromCrate);
    const nsis = b.windows?.nsis;
    if (nsis) {
      for (const k of ["template", "headerImage", "sidebarImage", "installerIcon", "uninstallerIcon", "installerHooks"]) {
        if (nsis[k]) nsis[k] = fromCrate(nsis[k]);
      }
    }
    const mac = b.macOS;
    if (mac) {
      for (const k of ["entitlements", "infoPlist"]) if (mac[k]) mac[k] = fromCrate(mac[k]);
      if (mac.dmg?.background) mac.dmg.background = fromCrate(mac.dmg.background);
      mac.files = mapValues(mac.files, fromCrate);
    }
  }
  return c;
}

function stage() {
  const written = [];
  for (const name of files) {
    const src = join(root, name);
    if (!existsSync(src)) continue;
    const dst = join(crate, name);
    writeFileSync(dst, JSON.stringify(forCrate(JSON.parse(readFileSync(src, "utf8"))), null, 2) + "\n");
    written.push(dst);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(cli)) {
    console.error("tauri-cli: the Tauri CLI is not installed: run scripts/tools.sh (npm ci in tools/)");
    process.exit(2);
  }
  const written = stage();
  const cleanup = () => written.forEach((f) => rmSync(f, { force: true }));
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      cleanup();
      process.exit(130);
    });
  }
  // The CLI runs in src-tauri/: a `--config FILE` given relative to the caller's folder is made
  // absolute (inline JSON is passed as it is).
  const args = process.argv.slice(2).map((arg, i, all) => {
    const isConfig = i > 0 && ["--config", "-c"].includes(all[i - 1]);
    return isConfig && !arg.trimStart().startsWith("{") && !isAbsolute(arg) && existsSync(arg) ? resolve(arg) : arg;
  });
  let status = 1;
  try {
    const run = spawnSync(process.execPath, [cli, ...args], { cwd: crate, stdio: "inherit" });
    status = run.status ?? 1;
    if (run.error) console.error(`tauri-cli: ${run.error.message}`);
  } finally {
    cleanup();
  }
  process.exit(status);
}
