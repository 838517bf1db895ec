// The changes of a change filing (变更): the core's change report between the filing on record
// (`draft.filed`) and the draft, as filing operations and field by field before/after, in the
// chosen language. Every value comes from the shell's `change_report`; a field links to its input.
import { useEffect, useState } from "react";
import { Alert, Table, Tag, Typography } from "antd";
import type { ChangeReport, FieldChange } from "./generated/types";
import { api, errorMessage } from "./api";
import { Label, useDraft } from "./form";
import { pick, useLang, UI } from "./i18n";

const REPORT_DELAY_MS = 250;
const KIND_COLOR: Record<FieldChange["kind"], string> = { changed: "blue", added: "green", removed: "red" };

export function ChangesStep({ onJump }: { onJump: (path: string) => void }) {
  const lang = useLang();
  const { draft } = useDraft();
  const [report, setReport] = useState<ChangeReport | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const t = window.setTimeout(() => {
      api.changeReport(draft).then(
        (r) => live && (setReport(r), setError(null)),
        (e) => live && setError(e),
      );
    }, REPORT_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [draft]);

  return (
    <div id="changes-view" data-loaded={report === undefined ? "no" : "yes"}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        <Label text={UI.changesTitle} />
      </Typography.Title>
      <Typography.Paragraph type="secondary">{pick(UI.changesIntro, lang)}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon message={errorMessage(error, lang)} style={{ marginBottom: 12 }} />}
      {report && report.changes.length === 0 && <Alert id="no-changes" type="info" showIcon message={pick(UI.noChanges, lang)} />}
      {report && report.operations.length > 0 && (
        <>
          <Typography.Text strong>{pick(UI.operations, lang)}</Typography.Text>
          <div className="change-ops" id="change-operations">
            {report.operations.map((o) => (
              <Tag key={o.operation} color="geekblue" className="change-op" data-operation={o.operation}>
                {lang === "zh" ? o.name_zh : o.name_en}
                {o.websites.length > 0 && `${lang === "zh" ? "：" : ": "}${o.websites.join(lang === "zh" ? "、" : ", ")}`}
              </Tag>
            ))}
          </div>
        </>
      )}
      {report && report.changes.length > 0 && (
        <Table<FieldChange>
          id="change-table"
          size="small"
          pagination={false}
          rowKey={(c) => `${c.path}-${c.kind}`}
          dataSource={report.changes}
          onRow={(c) => ({ "data-path": c.path, "data-kind": c.kind } as React.HTMLAttributes<HTMLElement>)}
          columns={[
            {
              title: pick(UI.field, lang),
              key: "field",
              width: "30%",
              render: (_, c) => {
                const label = lang === "zh" ? c.label_zh : c.label_en;
                // A removed website lives only in the filed state: there is no input to go to.
                return c.path.startsWith("filed.") ? (
                  <span className="change-label">{label}</span>
                ) : (
                  <Typography.Link className="change-label" onClick={() => onJump(c.path)}>
                    {label}
                  </Typography.Link>
                );
              },
            },
            {
              title: pick(UI.change, lang),
              key: "kind",
              width: 90,
              render: (_, c) => <Tag color={KIND_COLOR[c.kind]}>{pick(UI[c.kind], lang)}</Tag>,
            },
            { title: pick(UI.before, lang), key: "before", render: (_, c) => <span className="change-value change-before">{(lang === "en" ? c.before_en : c.before) || "—"}</span> },
            { title: pick(UI.after, lang), key: "after", render: (_, c) => <span className="change-value change-after">{(lang === "en" ? c.after_en : c.after) || "—"}</span> },
          ]}
        />
      )}
    </div>
  );
}
