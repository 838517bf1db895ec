// Field paths such as `websites[0].domains[0].name` (the core's finding paths): read, write,
// turn into element ids, and map to the wizard step that shows them. No rule logic here.

type Key = string | number;

/** A step of a path: a key, an index, or `[*]` (every element). */
export type Segment = string | number | { all: true };

const KEY = /^[a-z0-9_]+$/;

/** Parses a path with the core's grammar (src/field_path.rs): keys of `[a-z0-9_]` joined by
 * `.`, each followed by `[N]` or `[*]`; the empty path is the whole draft. `null` when the text
 * is not a path. Tested against the core's own cases (tests/field_paths.json). */
export function parseFieldPath(path: string): Segment[] | null {
  const out: Segment[] = [];
  if (path === "") return out;
  for (const part of path.split(".")) {
    const m = part.match(/^([^[\]]*)((?:\[(?:\d+|\*)\])*)$/);
    if (!m || !KEY.test(m[1])) return null;
    out.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+|\*)\]/g)) {
      if (idx[1] === "*") out.push({ all: true });
      else if (idx[1].length > 9) return null;
      else out.push(Number(idx[1]));
    }
  }
  return out;
}

/** The keys of a concrete path (no `[*]`), for reading and writing a draft. */
export function parsePath(path: string): Key[] {
  const segs = parseFieldPath(path);
  if (segs === null) return path.split(".").filter((p) => p !== "");
  return segs.filter((s): s is Key => typeof s !== "object");
}

export function getAt(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of parsePath(path)) {
    if (cur === null || cur === undefined) return undefined;
    cur = (cur as Record<Key, unknown>)[k];
  }
  return cur;
}

/** A copy of `obj` with `value` at `path` (objects and arrays on the way are copied). */
export function setAt<T>(obj: T, path: string, value: unknown): T {
  const keys = parsePath(path);
  const walk = (cur: unknown, i: number): unknown => {
    if (i === keys.length) return value;
    const k = keys[i];
    const base = cur ?? (typeof k === "number" ? [] : {});
    const copy: Record<Key, unknown> = Array.isArray(base)
      ? ([...(base as unknown[])] as unknown as Record<Key, unknown>)
      : { ...base };
    copy[k] = walk((base as Record<Key, unknown>)[k], i + 1);
    return copy;
  };
  return walk(obj, 0) as T;
}

/** The element id of the input for a path: `f-websites-0-domains-0-name`. */
export function fieldId(path: string): string {
  return "f-" + parsePath(path).join("-");
}

export type StepKey =
  | "application"
  | "entity"
  | "principal"
  | "websites"
  | "checklist"
  | "letters"
  | "changes"
  | "after";

/** The wizard step that shows a field path. */
export function stepOfPath(path: string): StepKey | null {
  if (path.startsWith("application")) return "application";
  if (path.startsWith("entity.principal") || path.startsWith("entity.emergency_contact"))
    return "principal";
  if (path.startsWith("entity")) return "entity";
  if (path.startsWith("websites")) return "websites";
  return null;
}

/** Focuses the input of a path, or the nearest enclosing one that exists. */
export function focusField(path: string): boolean {
  let keys = parsePath(path);
  while (keys.length > 0) {
    const el = document.getElementById("f-" + keys.join("-"));
    if (el) {
      el.scrollIntoView({ block: "center" });
      const target =
        el.matches("input,textarea,button,[tabindex]") ? el : el.querySelector<HTMLElement>(
          "input,textarea,button,[tabindex]",
        );
      (target ?? el).focus();
      return true;
    }
    keys = keys.slice(0, -1);
  }
  return false;
}
