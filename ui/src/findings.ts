// How the wizard presents the core's findings: which are shown yet (quiet validation), where a
// finding is on screen (the website it is about, the text a keyword was found in) and the order
// of the summary (the order of the form). The findings themselves come from the core unchanged.
import type { Draft, Finding } from "./generated/types";
import { fieldId, getAt, parsePath, stepOfPath, type StepKey } from "./draftPath";
import type { Lang } from "./i18n";

/** True for a value the user has not filled in yet: missing, null, blank, an empty list, or an
 * object all of whose parts are blank (a validity with no dates). */
export function isBlank(value: unknown, inner = false): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (typeof value === "boolean") return inner && !value;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value).every((v) => isBlank(v, true));
  return false;
}

/** What has been revealed: ids of inputs the user has left, and steps submitted with
 * "保存并继续" (or left another way). */
export interface Revealed {
  touched: ReadonlySet<string>;
  submitted: ReadonlySet<StepKey>;
}

/** A finding that says a value is missing: the required-field rules (they name the field in a
 * `field` parameter, and their codes start with `required`) and the "…-missing" rules. */
export function isMissingValue(f: Finding): boolean {
  return f.code.startsWith("required") || f.code.endsWith("-missing") || f.params.some(([k]) => k === "field");
}

/** Quiet validation: a finding that a still-blank field is missing waits until the field was left
 * or its step submitted. Every other finding (about something typed, or caused by it, such as a
 * pre-approval keyword in the description) is shown at once, as are findings about the draft as
 * a whole. */
export function isShown(f: Finding, draft: Draft, revealed: Revealed): boolean {
  if (!f.field || !isMissingValue(f)) return true;
  const step = stepOfPath(f.field);
  if (step && revealed.submitted.has(step)) return true;
  if (!isBlank(getAt(draft, f.field))) return true;
  const id = fieldId(f.field);
  for (const t of revealed.touched) if (t === id || t.startsWith(`${id}-`)) return true;
  return false;
}

/** "网站 2：" for a finding about the second website (and "已备案网站 1：" for a previous filing),
 * so a message in the summary says which website it is about. Empty for other fields. */
export function locationPrefix(field: string, lang: Lang): string {
  const site = /^websites\[(\d+)\]/.exec(field);
  if (site) return lang === "zh" ? `网站 ${Number(site[1]) + 1}：` : `Website ${Number(site[1]) + 1}: `;
  const prev = /^application\.previous_filings\[(\d+)\]/.exec(field);
  if (prev) {
    const n = Number(prev[1]) + 1;
    return lang === "zh" ? `已备案网站 ${n}：` : `Filed website ${n}: `;
  }
  return "";
}

/** The text fields a keyword finding may have matched, in form order, with their labels. */
function keywordSources(field: string): { path: string; zh: string; en: string }[] {
  const site = /^(websites\[\d+\])/.exec(field);
  const out: { path: string; zh: string; en: string }[] = [];
  if (site) {
    out.push({ path: `${site[1]}.name`, zh: "网站名称", en: "website name" });
    out.push({ path: `${site[1]}.description`, zh: "网站内容描述", en: "content description" });
  }
  out.push({ path: "entity.name", zh: "主体名称", en: "entity name" });
  out.push({ path: "entity.business_scope", zh: "经营范围", en: "business scope" });
  return out;
}

/** For a finding that names a keyword (pre-approval areas, website-name words): the field whose
 * text holds the keyword, so the summary can link to where it matched. */
export function keywordField(f: Finding, draft: Draft): { path: string; zh: string; en: string; keyword: string } | null {
  const value = f.params.find(([k]) => k === "keyword")?.[1];
  const keyword = typeof value === "string" ? value : "";
  if (!keyword || !f.field) return null;
  // The core points a keyword finding at the text that matched: nothing more to link to.
  if (keywordSources(f.field).some((s) => s.path === f.field)) return null;
  const needle = keyword.toLowerCase();
  for (const s of keywordSources(f.field)) {
    const text = getAt(draft, s.path);
    if (typeof text === "string" && text.toLowerCase().includes(needle)) return { ...s, keyword };
  }
  return null;
}

/** The element that shows a field path: its own input, or for an item of a list edited as one
 * input (`websites[0].ips[1]`) the list's input. */
export function elementOfPath(path: string): HTMLElement | null {
  let keys = parsePath(path);
  for (;;) {
    const el = document.getElementById("f-" + keys.join("-"));
    if (el) return el;
    if (keys.length === 0 || typeof keys[keys.length - 1] !== "number") return null;
    keys = keys.slice(0, -1);
  }
}

/** Findings in the order their fields appear on screen (findings whose field is not on screen
 * keep the core's order, after the others). */
export function inFormOrder(findings: Finding[]): Finding[] {
  const placed = findings.map((f, i) => ({ f, i, el: f.field ? elementOfPath(f.field) : null }));
  return placed
    .sort((a, b) => {
      if (a.el && b.el && a.el !== b.el) {
        const pos = a.el.compareDocumentPosition(b.el);
        if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
        if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
      }
      if (a.el && !b.el) return -1;
      if (!a.el && b.el) return 1;
      return a.i - b.i;
    })
    .map((p) => p.f);
}

/** Steps of findings (error severity only), for the stepper and the "other steps" links. */
export function errorsByStep(findings: Finding[]): Map<StepKey | "none", Finding[]> {
  const m = new Map<StepKey | "none", Finding[]>();
  for (const f of findings) {
    if (f.severity !== "error") continue;
    const step = stepOfPath(f.field) ?? "none";
    m.set(step, [...(m.get(step) ?? []), f]);
  }
  return m;
}
