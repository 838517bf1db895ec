// The guided wizard over one draft: a stepper that marks steps with errors, an error summary at
// the top (same wording as at the fields, each linking to its field, source and date on
// expand), findings at the fields as the user types (debounced `validate`), autosave (debounced
// `save_draft`) and IME-safe Enter (Enter that confirms an input-method candidate never advances).
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Alert, Button, Form, Space, Steps, Tag, Typography } from "antd";
import type { AppInfo, Draft, Finding, Report } from "./generated/types";
import { api, errorMessage } from "./api";
import { DraftContext, findingText } from "./form";
import { focusField, setAt, stepOfPath, type StepKey } from "./draftPath";
import { both, pick, STEPS, UI, useLang } from "./i18n";
import { ApplicationStep, EntityStep, PrincipalStep, WebsitesStep } from "./steps";
import { currentEdit, markEdited, markSaved, markValidated } from "./testState";
const ChecklistStep = lazy(() => import("./ChecklistStep").then((m) => ({ default: m.ChecklistStep })));
const LettersStep = lazy(() => import("./LettersStep").then((m) => ({ default: m.LettersStep })));

const STEP_KEYS: StepKey[] = ["application", "entity", "principal", "websites", "checklist", "letters"];
const VALIDATE_DELAY_MS = 250;
const AUTOSAVE_DELAY_MS = 700;

type SaveState = { state: "saved" | "saving" | "failed"; at?: Date; message?: string };

interface Props {
  info: AppInfo;
  name: string;
  initial: Draft;
  welcome: boolean;
  onExit: () => void;
}

/** True while an input method is composing: the Enter key belongs to the IME then. */
export function isImeEnter(e: KeyboardEvent, composing: boolean): boolean {
  return composing || e.nativeEvent.isComposing || e.keyCode === 229 || e.nativeEvent.keyCode === 229;
}

export function Wizard({ info, name, initial, welcome, onExit }: Props) {
  const lang = useLang();
  const [draft, setDraft] = useState<Draft>(initial);
  const [report, setReport] = useState<Report>({ findings: [] });
  const [validateError, setValidateError] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  const [visited, setVisited] = useState<Set<number>>(new Set([0]));
  const [save, setSave] = useState<SaveState>({ state: "saved" });
  const composing = useRef(false);
  const dirty = useRef(false);
  const latest = useRef(draft);
  latest.current = draft;
  const validateSeq = useRef(0);
  const reportVersion = useRef(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  const update = useCallback((path: string, value: unknown) => {
    dirty.current = true;
    setDraft((d) => setAt(d, path, value));
  }, []);

  // Findings as the user types.
  useEffect(() => {
    const seq = ++validateSeq.current;
    const version = markEdited();
    const t = window.setTimeout(() => {
      api
        .validate(draft)
        .then((r) => {
          if (seq === validateSeq.current) {
            reportVersion.current = version;
            setReport(r);
            setValidateError(null);
          }
        })
        .catch((e) => seq === validateSeq.current && setValidateError(errorMessage(e)));
    }, VALIDATE_DELAY_MS);
    return () => window.clearTimeout(t);
  }, [draft]);
  // Once these findings are on screen (effects run after the DOM is updated).
  useEffect(() => markValidated(reportVersion.current), [report]);

  const saveNow = useCallback(async () => {
    if (!dirty.current) return;
    dirty.current = false;
    setSave({ state: "saving" });
    const version = currentEdit();
    try {
      await api.saveDraft(name, latest.current);
      markSaved(version);
      setSave({ state: "saved", at: new Date() });
    } catch (e) {
      dirty.current = true;
      setSave({ state: "failed", message: errorMessage(e) });
    }
  }, [name]);

  // Autosave, debounced.
  useEffect(() => {
    if (!dirty.current) return;
    const t = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(t);
  }, [draft, saveNow]);

  // Save what is pending when the window is closed.
  useEffect(() => {
    const flush = () => void saveNow();
    window.addEventListener("beforeunload", flush);
    return () => window.removeEventListener("beforeunload", flush);
  }, [saveNow]);

  const byField = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of report.findings) {
      const list = m.get(f.field) ?? [];
      list.push(f);
      m.set(f.field, list);
    }
    return m;
  }, [report]);

  const problemsByStep = useMemo(() => {
    const m = new Map<StepKey | "none", Finding[]>();
    for (const f of report.findings) {
      if (f.severity === "info") continue;
      const step = stepOfPath(f.field) ?? "none";
      m.set(step, [...(m.get(step) ?? []), f]);
    }
    return m;
  }, [report]);

  const stepKey = STEP_KEYS[current];
  const go = (i: number) => {
    void saveNow();
    setCurrent(i);
    setVisited((v) => new Set(v).add(i));
    window.scrollTo({ top: 0 });
  };
  const next = () => current < STEP_KEYS.length - 1 && go(current + 1);

  const jumpTo = (f: Finding) => {
    const step = stepOfPath(f.field);
    const idx = step ? STEP_KEYS.indexOf(step) : -1;
    if (idx >= 0 && idx !== current) go(idx);
    window.setTimeout(() => focusField(f.field), 60);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Enter" || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return;
    if (isImeEnter(e, composing.current)) return;
    const target = e.target as HTMLElement;
    if (target.tagName !== "INPUT") return;
    const input = target as HTMLInputElement;
    if (input.getAttribute("role") === "combobox" || input.closest(".ant-picker")) return;
    if (input.type === "checkbox" || input.type === "radio") return;
    e.preventDefault();
    next();
  };

  const here = problemsByStep.get(stepKey) ?? [];
  const whole = stepKey === "checklist" ? problemsByStep.get("none") ?? [] : [];
  const summary = [...here, ...whole];
  const elsewhere = STEP_KEYS.map((k, i) => ({ k, i, n: (problemsByStep.get(k) ?? []).filter((f) => f.severity === "error").length }))
    .filter((s) => s.i !== current && s.n > 0);

  const items = STEP_KEYS.map((k, i) => {
    const errors = (problemsByStep.get(k) ?? []).some((f) => f.severity === "error");
    const status: "error" | "process" | "finish" | "wait" =
      errors && (visited.has(i) || i < current) ? "error" : i === current ? "process" : visited.has(i) ? "finish" : "wait";
    return {
      title: <span data-step={k}>{pick(STEPS[k], lang)}</span>,
      description: <span className="step-other">{lang === "zh" ? STEPS[k].en : STEPS[k].zh}</span>,
      status,
    };
  });

  const saveText =
    save.state === "saving"
      ? pick(UI.saving, lang)
      : save.state === "failed"
        ? `${pick(UI.saveFailed, lang)}: ${save.message}`
        : save.at
          ? `${pick(UI.saved, lang)} ${save.at.toLocaleTimeString()}`
          : "";

  return (
    <DraftContext.Provider value={{ draft, update, findings: byField }}>
      <div className="wizard" onKeyDown={onKeyDown}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={() => {
          // WebKit sends the Enter keydown after compositionend: keep the flag for that event.
          window.setTimeout(() => (composing.current = false), 0);
        }}
      >
        <div className="wizard-bar">
          <Button id="to-drafts" onClick={() => { void saveNow(); onExit(); }}>
            ← {pick(UI.toDrafts, lang)}
          </Button>
          <Typography.Text strong className="draft-title" id="draft-name">{name}</Typography.Text>
          <Typography.Text type={save.state === "failed" ? "danger" : "secondary"} id="save-status" data-state={save.state}>
            {saveText}
          </Typography.Text>
        </div>
        <nav id="stepper" aria-label={lang === "zh" ? "步骤" : "Steps"}>
          <Steps size="small" current={current} onChange={go} items={items} className="stepper" />
        </nav>
        {welcome && <Alert id="welcome" type="success" showIcon closable message={pick(UI.sampleOpened, lang)} style={{ marginBottom: 12 }} />}
        {validateError && <Alert type="error" showIcon message={validateError} style={{ marginBottom: 12 }} />}
        <div ref={summaryRef} id="summary" tabIndex={-1}>
          {summary.length > 0 && stepKey !== "letters" && (
            <Alert
              type={summary.some((f) => f.severity === "error") ? "error" : "warning"}
              showIcon
              role="alert"
              message={<strong>{pick(UI.problem, lang)} · {pick(UI.problem, lang === "zh" ? "en" : "zh")}</strong>}
              description={
                <ul className="summary-list">
                  {summary.map((f, i) => (
                    <SummaryItem key={`${f.code}-${f.field}-${i}`} finding={f} onJump={() => jumpTo(f)} />
                  ))}
                </ul>
              }
              style={{ marginBottom: 12 }}
            />
          )}
          {elsewhere.length > 0 && (
            <div className="elsewhere">
              <Typography.Text type="secondary">{pick(UI.problemsElsewhere, lang)}：</Typography.Text>
              {elsewhere.map((s) => (
                <Button key={s.k} size="small" type="link" danger onClick={() => go(s.i)} data-goto={s.k}>
                  {pick(STEPS[s.k], lang)} ({s.n})
                </Button>
              ))}
            </div>
          )}
        </div>
        <Form layout="vertical" className="step-form" id={`step-${stepKey}`} onSubmitCapture={(e) => e.preventDefault()}>
          {stepKey === "application" && <ApplicationStep info={info} />}
          {stepKey === "entity" && <EntityStep info={info} />}
          {stepKey === "principal" && <PrincipalStep />}
          {stepKey === "websites" && <WebsitesStep />}
          <Suspense fallback={null}>
            {stepKey === "checklist" && <ChecklistStep />}
            {stepKey === "letters" && <LettersStep />}
          </Suspense>
        </Form>
        <div className="wizard-nav">
          <Space>
            <Button id="back" disabled={current === 0} onClick={() => go(current - 1)}>
              {pick(UI.back, lang)}
            </Button>
            {current < STEP_KEYS.length - 1 ? (
              <Button id="next" type="primary" onClick={next}>
                {both(UI.next, lang)}
              </Button>
            ) : (
              <Button id="finish" type="primary" onClick={() => { void saveNow(); onExit(); }}>
                {both(UI.finish, lang)}
              </Button>
            )}
          </Space>
        </div>
      </div>
    </DraftContext.Provider>
  );
}

function SummaryItem({ finding, onJump }: { finding: Finding; onJump: () => void }) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  return (
    <li className={`summary-item finding-${finding.severity}`} data-code={finding.code} data-field={finding.field}>
      <Tag color={finding.severity === "error" ? "red" : "orange"}>
        {finding.severity === "error" ? (lang === "zh" ? "错误" : "Error") : lang === "zh" ? "警告" : "Warning"}
      </Tag>
      {finding.field ? (
        <Typography.Link onClick={onJump} className="summary-link">
          {findingText(finding, lang)}
        </Typography.Link>
      ) : (
        <span>{findingText(finding, lang)}</span>
      )}{" "}
      <Button type="text" size="small" className="source-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {pick(UI.showSource, lang)} {open ? "▴" : "▾"}
      </Button>
      {open && (
        <div className="source-detail">
          {finding.sources.length > 0 ? (
            finding.sources.map((s, i) => (
              <div key={i}>
                <Tag>{s.tag}</Tag>
                <Typography.Text type="secondary">{s.date}</Typography.Text> {s.note}
              </div>
            ))
          ) : (
            <div>
              {pick(UI.source, lang)}: {finding.source}
            </div>
          )}
          {finding.dispute && (
            <Alert type="warning" showIcon message={pick(UI.dispute, lang)} description={lang === "zh" ? finding.dispute.zh : finding.dispute.en} />
          )}
          <Typography.Text type="secondary" className="finding-code">{finding.code}</Typography.Text>
        </div>
      )}
    </li>
  );
}
