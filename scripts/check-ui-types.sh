#!/usr/bin/env bash
# Fails when the UI's generated TypeScript types (ui/src/generated/) drift from the Rust types.
# The shell's `ui-schema` binary prints the JSON Schema of every type the UI exchanges with the
# shell; json-schema-to-typescript turns it into types.ts. `--write` updates the committed files.
# Needs ui/node_modules (scripts/setup-debian.sh or `npm ci` in ui/).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cargo run -q -p icp-filing-app --features ui-schema --bin ui-schema > "$tmp/schema.json"
(cd ui && node scripts/gen-types.mjs "$tmp/schema.json" "$tmp/generated" > /dev/null)

if [ "${1:-}" = "--write" ]; then
  mkdir -p ui/src/generated
  cp "$tmp/generated/types.ts" "$tmp/generated/schema.json" ui/src/generated/
  echo "check-ui-types: ui/src/generated updated"
  exit 0
fi

status=0
for f in types.ts schema.json; do
  if ! diff -u "ui/src/generated/$f" "$tmp/generated/$f" > "$tmp/$f.diff"; then
    echo "check-ui-types: ui/src/generated/$f is out of date with the Rust types:" >&2
    head -40 "$tmp/$f.diff" >&2
    status=1
  fi
done
if [ $status -ne 0 ]; then
  echo "check-ui-types: run scripts/check-ui-types.sh --write and commit the result" >&2
  exit 1
fi
# The UI must still type-check against the generated types.
(cd ui && npx tsc -b)
echo "check-ui-types: ui/src/generated matches the Rust types and the UI type-checks"
