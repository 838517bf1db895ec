// The UI's path helper against the core's own cases (tests/field_paths.json): one grammar for
// both. Run with `node --test scripts/field-paths.test.mjs` in ui/ (esbuild bundles the helper first).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const cases = JSON.parse(readFileSync(join(here, "../../tests/field_paths.json"), "utf8"));
const out = join(here, "../node_modules/.cache/draftPath.mjs");
await build({ entryPoints: [join(here, "../src/draftPath.ts")], bundle: true, format: "esm", outfile: out, logLevel: "silent" });
const { parseFieldPath } = await import(out);

const show = (segs) =>
  segs.map((s, i) => (typeof s === "number" ? `[${s}]` : typeof s === "object" ? "[*]" : i === 0 ? s : `.${s}`)).join("");

test("valid paths parse and print back", () => {
  for (const c of cases.valid) {
    const segs = parseFieldPath(c.path);
    assert.ok(segs, c.path);
    assert.equal(segs.length, c.segments, c.path);
    assert.equal(show(segs), c.path);
  }
});

test("invalid paths are refused", () => {
  for (const c of cases.invalid) assert.equal(parseFieldPath(c), null, c);
});
