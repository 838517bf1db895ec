// The guided wizard over one draft: a stepper that marks steps with errors, an error summary at
// the top (same wording as at the fields, in form order, each naming its website and linking to
// its field, source and date on expand), findings at the fields as the user types (debounced
// `validate`) but quietly at first (a blank field's findings wait until it was left or its step
// submitted), autosave (debounced `save_draft`), IME-safe Enter (Enter that confirms an
// input-method candidate never advances) and the "what next" page after 完成.
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { Alert, Button, Form, Popconfirm, Space, Steps, Tag, Typography } from "antd";
import type { AppInfo, Draft, Finding, Report } from "./generated/types";
import { api, errorMessage } from "./api";
import { DraftContext, findingText } from "./form";
import { focusField, setAt, stepOfPath, type StepKey } from "./draftPath";
import { errorsByStep, inFormOrder, isShown, keywordField, locationPrefix } from "./findings";
import { afterPaint, afterPresented, both, localTime, pick, STEPS, UI, useLang } from "./i18n";
import { NextSteps } from "./NextSteps";
import { ApplicationStep, EntityStep, PrincipalStep, WebsitesStep } from "./steps";
import { currentEdit, markEdited, markSaved, markStartup, markValidated } from "./testState";
const ChecklistStep = lazy(() => import("./ChecklistStep").then((m) => ({ default: m.ChecklistStep })));
const LettersStep = lazy(() => import("./LettersStep").then((m) => ({ default: m.LettersStep })));
const ChangesStep = lazy(() => import("./ChangesStep").then((m) => ({ default: m.ChangesStep })));
const AfterApprovalStep = lazy(() => import("./AfterApprovalStep").then((m) => ({ default: m.AfterApprovalStep })));

/** The steps of a draft: the forms, "changes" for a draft that holds a filed state (a change
 * filing), the materials and letters, and "after" once the filing is approved (or a website has
 * its number). */
function stepKeysOf(draft: Draft): StepKey[] {
  const keys: StepKey[] = ["application", "entity", "principal", "websites"];
  if (draft.filed) keys.push("changes");
  keys.push("checklist", "letters");
  const status = draft.application.status ?? "draft";
  if (status === "approved" || status === "change-pending" || (draft.websites ?? []).some((w) => (w.filing_number ?? "").trim() !== ""))
    keys.push("after");
  return keys;
}
const VALIDATE_DELAY_MS = 250;
const AUTOSAVE_DELAY_MS = 700;

type SaveState = { state: "saved" | "saving" | "failed"; at?: Date; error?: unknown };

interface Props {
  info: AppInfo;
  name: string;
  initial: Draft;
  welcome: boolean;
  onExit: () => void;
  /** Called once the first step is mounted and painted (the start-up "ready" signal). */
  onReady?: () => void;
}

/** True while an input method is composing: the Enter key belongs to the IME then. */

/** How far a source can be trusted, as the rule data classes it (docs/rules.md, severity policy). */
const RELIABILITY: Record<string, { zh: string; en: string }> = {
  official: { zh: "官方", en: "official" },
  provider: { zh: "接入商", en: "provider" },
  "third-party": { zh: "第三方", en: "third party" },
  "user-report": { zh: "用户反馈", en: "user report" },
};

export function isImeEnter(e: KeyboardEvent, composing: boolean): boolean {
  return composing || e.nativeEvent.isComposing || e.keyCode === 229 || e.nativeEvent.keyCode === 229;
}

export function Wizard({ info, name, initial, welcome, onExit, onReady }: Props) {
  const lang = useLang();
  const [draft, setDraft] = useState<Draft>(initial);
  const [report, setReport] = useState<Report>({ findings: [] });
  const [validateError, setValidateError] = useState<unknown>(null);
  const [currentKey, setCurrentKey] = useState<StepKey>("application");
  const [visited, setVisited] = useState<Set<StepKey>>(new Set<StepKey>(["application"]));
  const [save, setSave] = useState<SaveState>({ state: "saved" });
  const [validated, setValidated] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState<ReadonlySet<StepKey>>(new Set());
  const [finished, setFinished] = useState(false);
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

  // The start-up "ready" signal, from the first step itself: once the frame with its form has been
  // presented, and only if that form is really in the document (not a spinner in its place).
  useEffect(() => {
    markStartup("wizard-mounted");
    requestAnimationFrame(() => markStartup("wizard-frame"));
    if (!onReady) return;
    afterPresented(() => {
      if (document.querySelector(".wizard .step-form .ant-form-item")) onReady();
    });
  }, []);

  // A field the user leaves is "touched": its findings show from then on, even when blank.
  const onBlurCapture = (e: FocusEvent<HTMLDivElement>) => {
    const holder = (e.target as HTMLElement).closest<HTMLElement>('[id^="f-"]');
    if (!holder || touched.has(holder.id)) return;
    const id = holder.id;
    setTouched((t) => new Set(t).add(id));
  };

  // Findings as the user types.
  useEffect(() => {
    const seq = ++validateSeq.current;
    const version = markEdited();
    const t = window.setTimeout(() => {
      api
        .validate(draft, name)
        .then((r) => {
          if (seq === validateSeq.current) {
            reportVersion.current = version;
            setReport(r);
            setValidateError(null);
            setValidated(true);
          }
        })
        .catch((e) => seq === validateSeq.current && setValidateError(e));
    }, VALIDATE_DELAY_MS);
    return () => window.clearTimeout(t);
  }, [draft, name]);
  // Once these findings are on screen (effects run after the DOM is updated).
  useEffect(() => markValidated(reportVersion.current), [report]);

  // Saves run one after the other (a later one writes the newest draft); the promise says whether
  // everything edited so far is on disk.
  const inflight = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveNow = useCallback((): Promise<boolean> => {
    if (!dirty.current) return inflight.current;
    dirty.current = false;
    setSave({ state: "saving" });
    const version = currentEdit();
    const run = inflight.current.then(async () => {
      try {
        await api.saveDraft(name, latest.current);
        markSaved(version);
        setSave({ state: "saved", at: new Date() });
        return true;
      } catch (e) {
        dirty.current = true;
        setSave({ state: "failed", error: e });
        return false;
      }
    });
    inflight.current = run;
    return run;
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

  // The findings shown so far (quiet validation, see findings.ts).
  const shown = useMemo(
    () => report.findings.filter((f) => isShown(f, draft, { touched, submitted })),
    [report, draft, touched, submitted],
  );

  const byField = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of shown) {
      const list = m.get(f.field) ?? [];
      list.push(f);
      m.set(f.field, list);
    }
    return m;
  }, [shown]);

  const problemsByStep = useMemo(() => {
    const m = new Map<StepKey | "none", Finding[]>();
    for (const f of shown) {
      if (f.severity === "info") continue;
      const step = stepOfPath(f.field) ?? "none";
      m.set(step, [...(m.get(step) ?? []), f]);
    }
    return m;
  }, [shown]);
  // All errors, shown or not yet: the "what next" page and the letters warn about them.
  const allErrors = useMemo(() => errorsByStep(report.findings), [report]);

  // Steps are kept by key: a step that appears (a change started) does not move the user.
  const stepKeys = useMemo(() => stepKeysOf(draft), [draft]);
  const current = Math.max(0, stepKeys.indexOf(currentKey));
  const stepKey = stepKeys[current];
  const goKey = (k: StepKey) => {
    void saveNow();
    // Leaving a step (forward or by the stepper) submits it: its blank fields' findings show.
    setSubmitted((s) => (s.has(stepKey) ? s : new Set(s).add(stepKey)));
    setFinished(false);
    setCurrentKey(k);
    setVisited((v) => new Set(v).add(k));
    window.scrollTo({ top: 0 });
  };
  const go = (i: number) => goKey(stepKeys[i]);
  const next = () => current < stepKeys.length - 1 && go(current + 1);
  // Saves what is pending, then leaves (the workspace then lists what is on disk). A failed save
  // keeps the user here with the draft and the error on screen: nothing typed is lost.
  const exit = async () => {
    if (await saveNow()) onExit();
  };
  const [changeError, setChangeError] = useState<unknown>(null);
  const startChange = async () => {
    try {
      const changed = await api.startChange(latest.current);
      setChangeError(null);
      dirty.current = true;
      setDraft(changed);
      goKey("changes");
    } catch (e) {
      setChangeError(e);
    }
  };
  const finish = () => {
    void saveNow();
    setSubmitted(new Set(stepKeys));
    setFinished(true);
    window.scrollTo({ top: 0 });
  };

  const jumpTo = (path: string) => {
    const step = stepOfPath(path);
    const idx = step ? stepKeys.indexOf(step) : -1;
    if (idx >= 0 && (idx !== current || finished)) go(idx);
    // Focus once the step is on screen (the next frame after React committed it).
    afterPaint(() => focusField(path));
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
  // The summary in the order of the form: sorted by where the fields are on screen, once the
  // step's fields are mounted (a layout effect, before the browser paints). The order is kept as
  // keys, so a finding whose text changed keeps its place and shows its new text.
  const keyOf = (f: Finding) => `${f.code}@${f.field}`;
  const summaryKey = [stepKey, ...here.map(keyOf)].join("|");
  const [order, setOrder] = useState<{ key: string; keys: string[] }>({ key: "", keys: [] });
  // Nothing to order while the step has no findings (the first render of a step, before the
  // first check): an update then would render the whole wizard a second time before it is painted.
  useLayoutEffect(() => {
    if (order.key !== summaryKey && here.length > 0) setOrder({ key: summaryKey, keys: inFormOrder(here).map(keyOf) });
  });
  const rank = (f: Finding) => {
    const i = order.keys.indexOf(keyOf(f));
    return i < 0 ? order.keys.length : i;
  };
  const summary = [...[...here].sort((a, b) => rank(a) - rank(b)), ...whole];
  const elsewhere = stepKeys.map((k, i) => ({ k, i, n: (problemsByStep.get(k) ?? []).filter((f) => f.severity === "error").length }))
    .filter((s) => s.i !== current && s.n > 0);

  const items = stepKeys.map((k, i) => {
    const errors = (problemsByStep.get(k) ?? []).some((f) => f.severity === "error");
    const status: "error" | "process" | "finish" | "wait" =
      errors && (visited.has(k) || i < current) ? "error" : i === current ? "process" : visited.has(k) ? "finish" : "wait";
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
        ? `${pick(UI.saveFailed, lang)}: ${errorMessage(save.error, lang)}`
        : save.at
          ? `${pick(UI.saved, lang)} ${localTime(save.at, lang)}`
          : "";

  return (
    <DraftContext.Provider value={{ draft, update, findings: byField, openErrors: report.findings.filter((f) => f.severity === "error").length }}>
      <div className="wizard" onKeyDown={onKeyDown} onBlurCapture={onBlurCapture}
        data-validated={validated ? "yes" : "no"}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={() => {
          // WebKit sends the Enter keydown after compositionend: keep the flag for that event.
          window.setTimeout(() => (composing.current = false), 0);
        }}
      >
        <div className="wizard-bar">
          <Button id="to-drafts" onClick={() => void exit()}>
            ← {pick(UI.toDrafts, lang)}
          </Button>
          <Typography.Text strong className="draft-title" id="draft-name">{name}</Typography.Text>
          <Typography.Text type={save.state === "failed" ? "danger" : "secondary"} id="save-status" data-state={save.state}>
            {saveText}
          </Typography.Text>
          {(draft.application.status ?? "draft") === "approved" && (
            <Popconfirm
              title={pick(UI.startChange, lang)}
              description={<div style={{ maxWidth: 360 }}>{pick(UI.startChangeConfirm, lang)}</div>}
              onConfirm={() => void startChange()}
              okText={pick(UI.ok, lang)}
              cancelText={pick(UI.cancel, lang)}
              okButtonProps={{ id: "start-change-ok" }}
            >
              <Button id="start-change">{pick(UI.startChange, lang)}</Button>
            </Popconfirm>
          )}
        </div>
        {changeError !== null && <Alert id="change-error" type="error" showIcon closable onClose={() => setChangeError(null)} message={errorMessage(changeError, lang)} style={{ marginBottom: 12 }} />}
        <nav id="stepper" aria-label={lang === "zh" ? "步骤" : "Steps"}>
          {/* Eight steps (a change filing) do not fit side by side at 1024 px: titles go under
              their numbers and may wrap. */}
          <Steps
            size="small"
            current={current}
            onChange={go}
            items={items}
            className="stepper"
            labelPlacement={items.length > 6 ? "vertical" : "horizontal"}
          />
        </nav>
        {welcome && <Alert id="welcome" type="success" showIcon closable message={pick(UI.sampleOpened, lang)} style={{ marginBottom: 12 }} />}
        {validateError !== null && <Alert type="error" showIcon message={errorMessage(validateError, lang)} style={{ marginBottom: 12 }} />}
        {finished ? (
          <NextSteps
            draft={draft}
            errors={allErrors}
            onGoStep={(k) => goKey(k)}
            onBack={() => setFinished(false)}
            onExit={() => void exit()}
          />
        ) : (
        <>
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
                    <SummaryItem key={`${f.code}-${f.field}-${i}`} finding={f} draft={draft} onJump={jumpTo} />
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
          {stepKey === "principal" && <PrincipalStep info={info} />}
          {stepKey === "websites" && <WebsitesStep info={info} />}
          <Suspense fallback={null}>
            {stepKey === "checklist" && <ChecklistStep />}
            {stepKey === "letters" && <LettersStep />}
            {stepKey === "changes" && <ChangesStep onJump={jumpTo} />}
            {stepKey === "after" && <AfterApprovalStep />}
          </Suspense>
        </Form>
        <div className="wizard-nav">
          <Space>
            <Button id="back" disabled={current === 0} onClick={() => go(current - 1)}>
              {pick(UI.back, lang)}
            </Button>
            {current < stepKeys.length - 1 ? (
              <Button id="next" type="primary" onClick={next}>
                {both(UI.next, lang)}
              </Button>
            ) : (
              <Button id="finish" type="primary" onClick={finish}>
                {both(UI.finish, lang)}
              </Button>
            )}
          </Space>
        </div>
        </>
        )}
      </div>
    </DraftContext.Provider>
  );
}

function SummaryItem({ finding, draft, onJump }: { finding: Finding; draft: Draft; onJump: (path: string) => void }) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const text = `${locationPrefix(finding.field, lang)}${findingText(finding, lang)}`;
  const matched = keywordField(finding, draft);
  return (
    <li className={`summary-item finding-${finding.severity}`} data-code={finding.code} data-field={finding.field}>
      <Tag color={finding.severity === "error" ? "red" : "orange"}>
        {pick(finding.severity === "error" ? UI.severityError : UI.severityWarning, lang)}
      </Tag>
      {finding.field ? (
        <Typography.Link onClick={() => onJump(finding.field)} className="summary-link">
          {text}
        </Typography.Link>
      ) : (
        <span className="summary-text">{text}</span>
      )}{" "}
      {matched && (
        <Typography.Link className="summary-matched" data-matched={matched.path} onClick={() => onJump(matched.path)}>
          {lang === "zh"
            ? `（“${matched.keyword}”出现在${matched.zh}中）`
            : `("${matched.keyword}" is in the ${matched.en})`}
        </Typography.Link>
      )}{" "}
      <Button type="text" size="small" className="source-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {pick(UI.showSource, lang)} {open ? "▴" : "▾"}
      </Button>
      {open && (
        <div className="source-detail">
          {finding.sources.length > 0 ? (
            finding.sources.map((s, i) => (
              <div key={i} className="source-entry" data-source-id={s.id} data-reliability={s.reliability}>
                <Tag color={s.reliability === "official" ? "blue" : s.reliability === "provider" ? "green" : "default"}>
                  {pick(RELIABILITY[s.reliability], lang)}
                </Tag>
                {s.publisher}《{s.title}》
                <Typography.Text type="secondary">
                  {s.date === "undated" ? pick({ zh: "未注明日期", en: "undated" }, lang) : s.date}
                </Typography.Text>
                {s.note && <div className="source-note">{s.note}</div>}
                {s.url && (
                  <Typography.Text type="secondary" copyable={{ text: s.url }} className="source-url">
                    {s.url}
                  </Typography.Text>
                )}
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
