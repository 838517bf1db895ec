// Generates ui/src/generated/{schema.json,types.ts} from the JSON Schema printed by the shell's
// `ui-schema` binary (the Rust types are the source of truth). Usage:
//   cargo run -q -p icp-filing-app --features ui-schema --bin ui-schema > schema.json
//   node scripts/gen-types.mjs schema.json OUT_DIR
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { compile } from "json-schema-to-typescript";

const [input, outDir = "src/generated"] = process.argv.slice(2);
if (!input) {
  console.error("usage: gen-types.mjs SCHEMA.json [OUT_DIR]");
  process.exit(2);
}
const schema = JSON.parse(readFileSync(input, "utf8"));
// `{ "$ref": …, "description": … }` would become a copy of the referenced type (Address1 …):
// keep the reference alone so each Rust type is one TypeScript type.
const refsOnly = (node) => {
  if (Array.isArray(node)) return node.map(refsOnly);
  if (node && typeof node === "object") {
    if (typeof node.$ref === "string") return { $ref: node.$ref };
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, refsOnly(v)]));
  }
  return node;
};
const banner =
  "/* Generated from the Rust types by ui/scripts/gen-types.mjs: do not edit.\n" +
  " * Regenerate with scripts/check-ui-types.sh --write. */";
const ts = await compile(refsOnly(schema), "UiTypes", {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  strictIndexSignatures: true,
  format: true,
  style: { printWidth: 100 },
});
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "types.ts"), ts);
writeFileSync(join(outDir, "schema.json"), JSON.stringify(schema, null, 2) + "\n");
console.log(`wrote ${join(outDir, "types.ts")} and schema.json`);
