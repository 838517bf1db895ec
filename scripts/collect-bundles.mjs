#!/usr/bin/env node
// Copies the installers the Tauri CLI made into one folder under plain ASCII names, so release
// assets and SHA256SUMS lines read the same on every platform (the Windows and macOS product name
// is Chinese, and release hosting mangles non-ASCII file names):
//   node scripts/collect-bundles.mjs <bundle dir> <out dir> [--suffix offline]
//   → icp-filing-assistant_<version>_<os>_<arch>[_<msi language>][-<suffix>][-setup].<ext>
// Fails when it finds no installer, so a build that silently bundled nothing cannot pass.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [bundleDir, outDir, ...rest] = process.argv.slice(2);
if (!bundleDir || !outDir) {
  console.error("usage: collect-bundles.mjs <bundle dir> <out dir> [--suffix NAME]");
  process.exit(2);
}
const suffixAt = rest.indexOf("--suffix");
const suffix = suffixAt >= 0 && rest[suffixAt + 1] ? `-${rest[suffixAt + 1]}` : "";
const { version } = JSON.parse(readFileSync(join(root, "tauri.conf.json"), "utf8"));

/** Installer kinds: folder under bundle/, file test, os label, extension written. */
const kinds = [
  { dir: "nsis", test: (f) => f.endsWith("-setup.exe"), os: "windows", ext: "exe", tail: "-setup" },
  { dir: "msi", test: (f) => f.endsWith(".msi"), os: "windows", ext: "msi" },
  { dir: "dmg", test: (f) => f.endsWith(".dmg"), os: "macos", ext: "dmg" },
  { dir: "deb", test: (f) => f.endsWith(".deb"), os: "linux", ext: "deb" },
  { dir: "appimage", test: (f) => f.endsWith(".AppImage"), os: "linux", ext: "AppImage" },
];
/** The architecture as the bundlers spell it in their file names. */
const arch = (f) =>
  (f.match(/_(x64|x86|arm64|aarch64|amd64|x86_64|universal)[_.-]/) || [null, "unknown"])[1]
    .replace("amd64", "x64")
    .replace("x86_64", "x64")
    .replace("aarch64", "arm64");

mkdirSync(outDir, { recursive: true });
let copied = 0;
for (const kind of kinds) {
  const dir = join(bundleDir, kind.dir);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)) {
    const src = join(dir, file);
    if (!kind.test(file) || !statSync(src).isFile()) continue;
    if (suffix && kind.dir !== "nsis") continue; // a variant rebuilds the NSIS setup only
    const lang = kind.dir === "msi" ? (file.match(/_([a-z]{2}-[A-Z]{2})\.msi$/) || [null, ""])[1] : "";
    const name = `icp-filing-assistant_${version}_${kind.os}_${arch(file)}${lang ? `_${lang}` : ""}${suffix}${kind.tail ?? ""}.${kind.ext}`;
    copyFileSync(src, join(outDir, name));
    console.log(`${basename(src)} -> ${join(outDir, name)} (${(statSync(src).size / 1e6).toFixed(1)} MB)`);
    copied += 1;
  }
}
if (copied === 0) {
  console.error(`collect-bundles: no installer found under ${bundleDir}`);
  process.exit(1);
}
