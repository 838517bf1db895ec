// The materials checklist (from the core) and the upload-image helper (limits, preview, export).
import { useEffect, useState } from "react";
import { Alert, Button, Card, Checkbox, Empty, Image, Select, Space, Table, Tag, Typography } from "antd";
import type { Checklist, ImageOptions } from "./generated/types";
import type { AttachedImage } from "./coreTypes";
import { api, errorMessage, imageApi } from "./api";
import { Label, useDraft } from "./form";
import { both, pick, useLang, UI } from "./i18n";

export function ChecklistStep() {
  const lang = useLang();
  const { draft } = useDraft();
  const [list, setList] = useState<Checklist | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const t = window.setTimeout(() => {
      api.checklist(draft).then(setList, (e) => setError(errorMessage(e)));
    }, 150);
    return () => window.clearTimeout(t);
  }, [draft]);
  return (
    <>
      <Typography.Title level={4}>
        <Label text={UI.checklistTitle} />
      </Typography.Title>
      {error && <Alert type="error" showIcon message={error} />}
      <Table
        id="checklist-table"
        size="small"
        loading={!list && !error}
        rowKey={(r) => `${r.material}-${r.subject}-${r.rule}`}
        dataSource={list?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={lang === "zh" ? "暂无" : "Nothing yet"} /> }}
        columns={[
          {
            title: pick(UI.material, lang),
            key: "material",
            render: (_, r) => (
              <div className="checklist-material" data-material={r.material}>
                <div>{lang === "zh" ? r.name_zh : r.name_en}</div>
                <Typography.Text type="secondary" className="small">
                  {lang === "zh" ? r.name_en : r.name_zh}
                  {r.subject ? ` · ${r.subject}` : ""}
                </Typography.Text>
                {r.letter && (
                  <div>
                    <Tag color="blue">{pick(UI.letterAvailable, lang)}</Tag>
                  </div>
                )}
              </div>
            ),
          },
          { title: pick(UI.reason, lang), key: "reason", render: (_, r) => (lang === "zh" ? r.reason_zh : r.reason_en) },
          {
            title: pick(UI.source, lang),
            key: "source",
            width: 180,
            render: (_, r) => <Typography.Text type="secondary" className="small">{r.source}</Typography.Text>,
          },
        ]}
      />
      <ImagesPanel />
    </>
  );
}

function ImagesPanel() {
  const lang = useLang();
  const { draft } = useDraft();
  const [options, setOptions] = useState<ImageOptions | null>(null);
  const [kind, setKind] = useState("id-front");
  const [system, setSystem] = useState<string | null>(null);
  const [watermark, setWatermark] = useState(true);
  const [attached, setAttached] = useState<AttachedImage | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ type: "error" | "success"; text: string } | null>(null);
  useEffect(() => {
    imageApi.options().then(setOptions, (e) => setMessage({ type: "error", text: errorMessage(e) }));
  }, []);
  const request = (path: string) => ({ path, kind, system, watermark });
  const attach = async (path: string) => {
    setBusy(true);
    setMessage(null);
    try {
      setAttached(await imageApi.attach(request(path)));
    } catch (e) {
      setAttached(null);
      setMessage({ type: "error", text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  // Re-check when the kind, system or watermark changes.
  useEffect(() => {
    if (attached) void attach(attached.path);
  }, [kind, system, watermark]);
  const choose = async () => {
    try {
      const path = await imageApi.pick();
      if (path) await attach(path);
    } catch (e) {
      setMessage({ type: "error", text: errorMessage(e) });
    }
  };
  const doExport = async () => {
    if (!attached) return;
    try {
      const path = await imageApi.export(request(attached.path), kind, draft.entity.name ?? "", 1);
      if (path) setMessage({ type: "success", text: `${pick(UI.savedTo, lang)} ${path}` });
    } catch (e) {
      setMessage({ type: "error", text: errorMessage(e) });
    }
  };
  const kb = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(2)} MB` : `${Math.round(n / 1000)} KB`);
  return (
    <Card size="small" title={<Label text={UI.images} />} className="subcard" style={{ marginTop: 16 }} id="images-panel">
      <Space wrap>
        <Select
          id="image-kind"
          style={{ minWidth: 220 }}
          value={kind}
          onChange={setKind}
          options={(options?.kinds ?? []).map((k) => ({ value: k.id, label: both({ zh: k.name_zh, en: k.name_en }, lang) }))}
        />
        <Select
          id="image-system"
          style={{ minWidth: 160 }}
          value={system ?? ""}
          onChange={(v) => setSystem(v || null)}
          options={[{ value: "", label: lang === "zh" ? "通用限制" : "Generic limits" }, ...(options?.systems ?? []).map((s) => ({ value: s, label: s }))]}
        />
        <Checkbox checked={watermark} onChange={(e) => setWatermark(e.target.checked)} id="image-watermark">
          {lang === "zh" ? "加水印“仅供备案使用”" : "Watermark “仅供备案使用”"}
        </Checkbox>
        <Button id="image-choose" onClick={choose} loading={busy}>
          {pick(UI.attach, lang)}
        </Button>
        <Button id="image-export" type="primary" disabled={!attached} onClick={doExport}>
          {pick(UI.exportImage, lang)}
        </Button>
      </Space>
      {message && <Alert style={{ marginTop: 12 }} type={message.type} showIcon message={message.text} id="image-message" />}
      {attached && (
        <div className="image-result" id="image-result">
          <Image src={attached.preview} width={220} alt="preview" />
          <div>
            <div>
              {attached.path.split(/[\\/]/).pop()} · {attached.inspection.format.toUpperCase()} · {attached.inspection.width}×
              {attached.inspection.height} · {kb(attached.inspection.bytes)}
            </div>
            <div>
              {attached.inspection.meets_target ? (
                <Tag color="green">{lang === "zh" ? "原图符合要求" : "Meets the limits as it is"}</Tag>
              ) : (
                <Tag color="orange">{lang === "zh" ? "原图不符合要求" : "Does not meet the limits as it is"}</Tag>
              )}
              <Typography.Text type="secondary">
                {lang === "zh" ? "限制" : "Limits"}: {attached.inspection.target.formats.join("/")} ≤ {kb(attached.inspection.target.max_bytes)}
              </Typography.Text>
            </div>
            <ul className="image-reasons">
              {attached.inspection.reasons.map((r, i) => (
                <li key={i}>{lang === "zh" ? r.zh : r.en}</li>
              ))}
            </ul>
            <div>
              {lang === "zh" ? "导出后" : "After export"}: JPEG {attached.prepared.width}×{attached.prepared.height} ·{" "}
              {kb(attached.prepared.bytes)} · Q{attached.prepared.quality}
            </div>
            <ul className="image-reasons">
              {attached.prepared.warnings.map((r, i) => (
                <li key={i}>{lang === "zh" ? r.zh : r.en}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </Card>
  );
}
