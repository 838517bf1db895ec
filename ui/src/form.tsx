// Field components bound to the draft by path. Each field shows the findings the core reported
// for its path (same wording as the summary at the top) and carries an id the summary links to.
import { createContext, useContext, type ReactNode } from "react";
import { Checkbox, DatePicker, Form, Input, Radio, Select, Typography } from "antd";
import dayjs from "dayjs";
import type { Draft, Finding } from "./generated/types";
import schema from "./generated/schema.json";
import { fieldId, getAt } from "./draftPath";
import { both, pick, useLang, type Lang, type Text } from "./i18n";

export interface DraftCtx {
  draft: Draft;
  update: (path: string, value: unknown) => void;
  findings: Map<string, Finding[]>;
  /** Errors still open in the whole draft, shown yet or not (for warnings before handing out
   * letters: `<OpenErrorsWarning count={openErrors} />` from NextSteps.tsx). */
  openErrors: number;
}
export const DraftContext = createContext<DraftCtx | null>(null);
export function useDraft(): DraftCtx {
  const ctx = useContext(DraftContext);
  if (!ctx) throw new Error("DraftContext missing");
  return ctx;
}

/** A label in both languages: chosen language first, the other smaller. */
export function Label({ text }: { text: Text }) {
  const lang = useLang();
  const other = lang === "zh" ? text.en : text.zh;
  return (
    <span className="bilabel">
      {pick(text, lang)}
      <Typography.Text type="secondary" className="bilabel-other">
        {other}
      </Typography.Text>
    </span>
  );
}

export function findingText(f: Finding, lang: Lang): string {
  return lang === "zh" ? f.message_zh : f.message_en;
}

interface FieldProps {
  path: string;
  label: Text;
  children: ReactNode;
  extra?: ReactNode;
  /** Also show findings about the list's items (`ips[1]` for the field `ips`). */
  items?: boolean;
}

/** The findings (not info) about a path, and with `items` about its list items. */
export function findingsAt(findings: Map<string, Finding[]>, path: string, items = false): Finding[] {
  const here = [...(findings.get(path) ?? [])];
  if (items) for (const [p, l] of findings) if (p.startsWith(`${path}[`)) here.push(...l);
  return here.filter((f) => f.severity !== "info");
}

/** Form.Item for a path, showing the findings about that path. */
export function Field({ path, label, children, extra, items }: FieldProps) {
  const lang = useLang();
  const { findings } = useDraft();
  const here = findingsAt(findings, path, items);
  const status = here.some((f) => f.severity === "error")
    ? "error"
    : here.length > 0
      ? "warning"
      : undefined;
  return (
    <Form.Item
      label={<Label text={label} />}
      htmlFor={fieldId(path)}
      validateStatus={status}
      extra={extra}
      help={
        here.length > 0 ? (
          <div className="field-findings" data-field={path}>
            {here.map((f, i) => (
              <div key={i} className={`finding-${f.severity}`} data-code={f.code}>
                {findingText(f, lang)}
              </div>
            ))}
          </div>
        ) : undefined
      }
    >
      {children}
    </Form.Item>
  );
}

/** Findings about a path that has no single input (e.g. a validity as a whole); with `sources`,
 * each names its source and date (where a rule limits what the form allows). */
export function FieldFindings({ path, sources }: { path: string; sources?: boolean }) {
  const lang = useLang();
  const { findings } = useDraft();
  const here = findingsAt(findings, path);
  if (here.length === 0) return null;
  return (
    <div className="field-findings group-findings" data-field={path} style={{ gridColumn: "1 / -1" }}>
      {here.map((f, i) => (
        <div key={i} className={`finding-${f.severity}`} data-code={f.code}>
          {findingText(f, lang)}
          {sources && (
            <Typography.Text type="secondary" className="finding-source">
              {" "}
              {pick({ zh: "依据", en: "Source" }, lang)}：
              {f.sources.length > 0 ? f.sources.map((s) => `${s.publisher}《${s.title}》${s.date === "undated" ? "" : s.date}`).join("；") : f.source}
            </Typography.Text>
          )}
        </div>
      ))}
    </div>
  );
}

export function TextField({
  path,
  label,
  placeholder,
  textarea,
  extra,
}: {
  path: string;
  label: Text;
  placeholder?: string;
  textarea?: boolean;
  /** Shown under the input (e.g. quick picks). */
  extra?: ReactNode;
}) {
  const { draft, update } = useDraft();
  const value = (getAt(draft, path) as string | undefined) ?? "";
  const common = {
    id: fieldId(path),
    value,
    placeholder,
    onChange: (e: { target: { value: string } }) => update(path, e.target.value),
  };
  return (
    <Field path={path} label={label} extra={extra}>
      {textarea ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} {...common} /> : <Input {...common} />}
    </Field>
  );
}

/** A list of strings edited as one comma-separated text (IP addresses). */
export function ListField({ path, label }: { path: string; label: Text }) {
  const { draft, update } = useDraft();
  const value = ((getAt(draft, path) as string[] | undefined) ?? []).join(", ");
  return (
    <Field path={path} label={label} items>
      <Input
        id={fieldId(path)}
        defaultValue={value}
        key={value}
        onBlur={(e) =>
          update(
            path,
            e.target.value
              .split(/[,，;；\s]+/)
              .map((s) => s.trim())
              .filter(Boolean),
          )
        }
      />
    </Field>
  );
}

export interface Option {
  value: string;
  label: Text;
}

/** Options of a Rust enum from the generated schema (its doc comments are "中文 / English."). */
export function enumOptions(def: string): Option[] {
  const d = (schema as unknown as { $defs: Record<string, { oneOf?: { const: string; description?: string }[] }> })
    .$defs[def];
  return (d?.oneOf ?? []).map((o) => {
    // "中文 / English." (the Chinese part may itself hold a "/" without a space after it).
    const [zh, en] = (o.description ?? o.const).split(/\s*\/\s+/);
    return { value: o.const, label: { zh: zh.trim(), en: (en ?? o.const).replace(/\.$/, "").trim() } };
  });
}

export function SelectField({
  path,
  label,
  options,
  allowClear,
  onPicked,
}: {
  path: string;
  label: Text;
  options: Option[];
  allowClear?: boolean;
  /** Called after the user picks (or clears) a value, with the new value. */
  onPicked?: (value: string | null) => void;
}) {
  const lang = useLang();
  const { draft, update } = useDraft();
  const value = getAt(draft, path) as string | null | undefined;
  return (
    <Field path={path} label={label}>
      <Select
        id={fieldId(path)}
        value={value ?? undefined}
        allowClear={allowClear}
        showSearch
        optionFilterProp="search"
        onChange={(v) => {
          update(path, v ?? null);
          onPicked?.(v ?? null);
        }}
        options={options.map((o) => ({
          value: o.value,
          label: both(o.label, lang),
          search: `${o.label.zh} ${o.label.en} ${o.value}`,
        }))}
      />
    </Field>
  );
}

export function DateField({ path, label, disabled }: { path: string; label: Text; disabled?: boolean }) {
  const { draft, update } = useDraft();
  const value = getAt(draft, path) as string | null | undefined;
  return (
    <Field path={path} label={label}>
      <DatePicker
        id={fieldId(path)}
        value={value ? dayjs(value) : null}
        format="YYYY-MM-DD"
        disabled={disabled}
        onChange={(d) => update(path, d ? d.format("YYYY-MM-DD") : null)}
      />
    </Field>
  );
}

/** A list of strings picked from suggestions or typed (website languages). */
export function TagsField({ path, label, options }: { path: string; label: Text; options: Option[] }) {
  const lang = useLang();
  const { draft, update } = useDraft();
  const value = (getAt(draft, path) as string[] | undefined) ?? [];
  return (
    <Field path={path} label={label} items>
      <Select
        id={fieldId(path)}
        mode="tags"
        value={value}
        onChange={(v: string[]) => update(path, v)}
        options={options.map((o) => ({ value: o.value, label: both(o.label, lang) }))}
      />
    </Field>
  );
}

/** A set of enum values as check boxes (areas declared as not involved); `disabled` values cannot
 * be ticked (an area with a permit held). */
export function CheckboxesField({ path, label, options, disabled }: { path: string; label: Text; options: Option[]; disabled?: Set<string> }) {
  const lang = useLang();
  const { draft, update } = useDraft();
  const value = (getAt(draft, path) as string[] | undefined) ?? [];
  return (
    <Field path={path} label={label} items>
      <div id={fieldId(path)} tabIndex={-1}>
        <Checkbox.Group
          className="checkbox-grid"
          value={value}
          onChange={(v) => update(path, v)}
          options={options.map((o) => ({
            value: o.value,
            label: pick(o.label, lang),
            disabled: disabled?.has(o.value) && !value.includes(o.value),
          }))}
        />
      </div>
    </Field>
  );
}

/** A yes/no question. */
export function YesNoField({ path, label, yes, no, optional }: { path: string; label: Text; yes: Text; no: Text; optional?: boolean }) {
  const lang = useLang();
  const { draft, update } = useDraft();
  // An optional answer (Option<bool> in the draft) shows no choice until one is made.
  const raw = getAt(draft, path);
  const value = optional && (raw === null || raw === undefined) ? undefined : Boolean(raw);
  return (
    <Field path={path} label={label}>
      <Radio.Group
        id={fieldId(path)}
        value={value}
        onChange={(e) => update(path, e.target.value)}
        options={[
          { value: true, label: pick(yes, lang) },
          { value: false, label: pick(no, lang) },
        ]}
      />
    </Field>
  );
}
