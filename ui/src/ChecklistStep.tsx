// The materials checklist (from the core) and the upload-image helper: pick the checklist item
// an image is for, turn and crop it (the core does both), see it against the chosen filing
// system's limits, and export exactly the prepared result under the checklist's file name.
import { useEffect, useRef, useState } from "react";
import { Alert, Button, Card, Checkbox, Empty, Image, Select, Space, Table, Tag, Typography } from "antd";
import type { Checklist, ImageOptions, NeededLetter } from "./generated/types";
import type { AttachedImage, CropRect, ImageRequest } from "./coreTypes";
import { api, errorMessage, imageApi } from "./api";
import { Label, useDraft } from "./form";
import { both, pick, useLang, UI, type Text } from "./i18n";

const T = {
  forItem: { zh: "用于清单第几项", en: "For checklist item" },
  side: { zh: "证件面", en: "Side" },
  rotateLeft: { zh: "向左转", en: "Rotate left" },
  rotateRight: { zh: "向右转", en: "Rotate right" },
  crop: { zh: "在原图上拖动鼠标框出证件，即为裁剪区域", en: "Drag over the original to crop to the document" },
  clearCrop: { zh: "取消裁剪", en: "Clear crop" },
  original: { zh: "原图（已旋转）", en: "Original (turned)" },
  prepared: { zh: "导出后", en: "After export" },
  meets: { zh: "原图符合要求", en: "Meets the limits as it is" },
  notMeets: { zh: "原图不符合要求", en: "Does not meet the limits as it is" },
  preparedOk: { zh: "导出后符合要求", en: "The exported image meets the limits" },
  preparedNotOk: { zh: "导出后仍需处理", en: "The exported image still needs work" },
  beforeEdit: { zh: "（以上为裁剪、旋转前的原图）", en: "(the original, before crop and turn)" },
  limits: { zh: "限制", en: "Limits" },
  fileName: { zh: "导出文件名", en: "File name" },
  signs: { zh: "签署", en: "Signing" },
  upload: { zh: "上传", en: "Upload" },
  noImageItems: { zh: "清单中没有需要上传图片的材料", en: "No checklist item is uploaded as an image" },
  watermark: { zh: "加水印“仅供备案使用”", en: "Watermark “仅供备案使用”" },
} satisfies Record<string, Text>;

export function ChecklistStep() {
  const lang = useLang();
  const { draft } = useDraft();
  const [list, setList] = useState<Checklist | null>(null);
  const [letters, setLetters] = useState<NeededLetter[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const t = window.setTimeout(() => {
      api.checklist(draft).then(setList, (e) => setError(errorMessage(e)));
      api.lettersNeeded(draft).then(setLetters, (e) => setError(errorMessage(e)));
    }, 150);
    return () => window.clearTimeout(t);
  }, [draft]);
  const letterOf = (id: string | null | undefined) => letters.find((l) => l.id === id);
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
            title: "#",
            key: "n",
            width: 44,
            render: (_, _r, i) => String(i + 1).padStart(2, "0"),
          },
          {
            title: pick(UI.material, lang),
            key: "material",
            render: (_, r) => {
              const letter = letterOf(r.letter);
              return (
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
                  {letter && letter.id !== "checklist" && (
                    <div className="letter-signing small" data-letter={letter.id}>
                      <div>
                        <b>{pick(T.signs, lang)}{lang === "zh" ? "：" : ": "}</b>
                        {lang === "zh" ? letter.signing.steps_zh : letter.signing.steps_en}
                      </div>
                      <div>
                        <b>{pick(T.upload, lang)}{lang === "zh" ? "：" : ": "}</b>
                        {lang === "zh" ? letter.signing.upload_zh : letter.signing.upload_en}
                      </div>
                    </div>
                  )}
                </div>
              );
            },
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
      <ImagesPanel checklist={list} />
    </>
  );
}

/** Pixel crop of the turned image from a drag on its preview. */
function CropBox({
  attached,
  onCrop,
}: {
  attached: AttachedImage;
  onCrop: (crop: CropRect) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const crop = attached.request.crop;
  const rel = (e: React.MouseEvent) => {
    const r = ref.current!.getBoundingClientRect();
    return {
      x: Math.min(Math.max((e.clientX - r.left) / r.width, 0), 1),
      y: Math.min(Math.max((e.clientY - r.top) / r.height, 0), 1),
    };
  };
  const box = drag
    ? { left: Math.min(drag.x0, drag.x1), top: Math.min(drag.y0, drag.y1), w: Math.abs(drag.x1 - drag.x0), h: Math.abs(drag.y1 - drag.y0) }
    : crop
      ? {
          left: crop.x / attached.source_width,
          top: crop.y / attached.source_height,
          w: crop.width / attached.source_width,
          h: crop.height / attached.source_height,
        }
      : null;
  const finish = () => {
    if (!drag) return;
    const sw = attached.source_width;
    const sh = attached.source_height;
    const x = Math.round(Math.min(drag.x0, drag.x1) * sw);
    const y = Math.round(Math.min(drag.y0, drag.y1) * sh);
    const width = Math.round(Math.abs(drag.x1 - drag.x0) * sw);
    const height = Math.round(Math.abs(drag.y1 - drag.y0) * sh);
    setDrag(null);
    if (width >= 8 && height >= 8) onCrop({ x, y, width, height });
  };
  return (
    <div
      ref={ref}
      id="image-crop"
      data-source-width={attached.source_width}
      data-source-height={attached.source_height}
      style={{ position: "relative", width: 260, cursor: "crosshair", userSelect: "none", lineHeight: 0 }}
      onMouseDown={(e) => {
        e.preventDefault();
        const p = rel(e);
        setDrag({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
      }}
      onMouseMove={(e) => {
        if (!drag) return;
        const p = rel(e);
        setDrag({ ...drag, x1: p.x, y1: p.y });
      }}
      onMouseUp={finish}
      onMouseLeave={finish}
    >
      <img src={attached.source_preview} alt="original" style={{ width: "100%", display: "block" }} draggable={false} />
      {box && (
        <div
          id="image-crop-box"
          style={{
            position: "absolute",
            left: `${box.left * 100}%`,
            top: `${box.top * 100}%`,
            width: `${box.w * 100}%`,
            height: `${box.h * 100}%`,
            border: "2px dashed #1d4ed8",
            background: "rgba(29, 78, 216, 0.12)",
            pointerEvents: "none",
          }}
        />
      )}
    </div>
  );
}

function ImagesPanel({ checklist }: { checklist: Checklist | null }) {
  const lang = useLang();
  const { draft } = useDraft();
  const [options, setOptions] = useState<ImageOptions | null>(null);
  const [item, setItem] = useState<number | null>(null);
  const [kind, setKind] = useState("id-front");
  const [system, setSystem] = useState<string | null>(null);
  const [watermark, setWatermark] = useState(true);
  const [attached, setAttached] = useState<AttachedImage | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ type: "error" | "success"; text: string } | null>(null);
  useEffect(() => {
    imageApi.options().then(setOptions, (e) => setMessage({ type: "error", text: errorMessage(e) }));
  }, []);
  const imageItems = (checklist?.items ?? []).map((it, i) => ({ it, i })).filter(({ it }) => it.image_kind);
  // Default to the first item uploaded as an image.
  useEffect(() => {
    if (item === null && imageItems.length > 0) {
      setItem(imageItems[0].i);
      setKind(imageItems[0].it.image_kind!);
    }
  }, [checklist]);
  const itemKind = item !== null ? checklist?.items[item]?.image_kind : null;
  const isId = itemKind === "id-front" || itemKind === "id-back";

  const attach = async (req: ImageRequest) => {
    setBusy(true);
    setMessage(null);
    try {
      setAttached(await imageApi.attach(req));
    } catch (e) {
      setMessage({ type: "error", text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  const request = (path: string, edits?: Partial<ImageRequest>): ImageRequest => ({
    path,
    kind,
    system,
    watermark,
    crop: attached?.request.path === path ? attached.request.crop : null,
    quarter_turns: attached?.request.path === path ? attached.request.quarter_turns : 0,
    ...edits,
  });
  // Re-prepare when the kind, system or watermark changes.
  useEffect(() => {
    if (attached) void attach(request(attached.request.path));
  }, [kind, system, watermark]);
  const choose = async () => {
    try {
      const path = await imageApi.pick();
      if (path) await attach(request(path, { crop: null, quarter_turns: 0 }));
    } catch (e) {
      setMessage({ type: "error", text: errorMessage(e) });
    }
  };
  // A quarter turn changes the crop's coordinate space: the crop is dropped.
  const turn = (by: number) => {
    if (!attached) return;
    const q = ((((attached.request.quarter_turns ?? 0) + by) % 4) + 4) % 4;
    void attach(request(attached.request.path, { quarter_turns: q, crop: null }));
  };
  const doExport = async () => {
    if (!attached || item === null) return;
    try {
      const path = await imageApi.export(draft, attached.request, item);
      if (path) setMessage({ type: "success", text: `${pick(UI.savedTo, lang)} ${path}` });
    } catch (e) {
      setMessage({ type: "error", text: errorMessage(e) });
    }
  };
  const kb = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(2)} MB` : `${Math.round(n / 1000)} KB`);
  const kindName = (id: string) => {
    const k = options?.kinds.find((x) => x.id === id);
    return k ? pick({ zh: k.name_zh, en: k.name_en }, lang) : id;
  };
  return (
    <Card size="small" title={<Label text={UI.images} />} className="subcard" style={{ marginTop: 16 }} id="images-panel">
      {imageItems.length === 0 && checklist && <Typography.Text type="secondary">{pick(T.noImageItems, lang)}</Typography.Text>}
      <Space wrap>
        <Select
          id="image-item"
          showSearch
          optionFilterProp="label"
          aria-label={pick(T.forItem, lang)}
          style={{ minWidth: 280, maxWidth: 420 }}
          value={item ?? undefined}
          placeholder={pick(T.forItem, lang)}
          onChange={(i: number) => {
            setItem(i);
            const k = checklist?.items[i]?.image_kind;
            if (k) setKind(k);
          }}
          options={imageItems.map(({ it, i }) => ({
            value: i,
            label: `${String(i + 1).padStart(2, "0")} ${lang === "zh" ? it.name_zh : it.name_en}${it.subject ? ` · ${it.subject}` : ""}`,
          }))}
        />
        {isId && (
          <Select
            id="image-side"
            aria-label={pick(T.side, lang)}
            style={{ minWidth: 160 }}
            value={kind}
            onChange={setKind}
            options={["id-front", "id-back"].map((k) => ({ value: k, label: kindName(k) }))}
          />
        )}
        <Select
          id="image-system"
          style={{ minWidth: 140 }}
          value={system ?? "generic"}
          onChange={(v) => setSystem(v === "generic" ? null : v)}
          options={(options?.systems ?? []).map((s) => ({ value: s.id, label: both({ zh: s.name_zh, en: s.name_en }, lang) }))}
        />
        <Checkbox checked={watermark} onChange={(e) => setWatermark(e.target.checked)} id="image-watermark">
          {pick(T.watermark, lang)}
        </Checkbox>
        <Button id="image-choose" onClick={choose} loading={busy}>
          {pick(UI.attach, lang)}
        </Button>
        <Button id="image-export" type="primary" disabled={!attached || item === null || busy} onClick={doExport}>
          {pick(UI.exportImage, lang)}
        </Button>
      </Space>
      {message && <Alert style={{ marginTop: 12 }} type={message.type} showIcon message={message.text} id="image-message" />}
      {attached && (
        <div
          className="image-result"
          id="image-result"
          data-quarter-turns={attached.request.quarter_turns}
          data-cropped={attached.request.crop ? "yes" : "no"}
          data-width={attached.prepared.width}
          data-height={attached.prepared.height}
          style={{ flexWrap: "wrap" }}
        >
          <div>
            <Typography.Text type="secondary" className="small">{pick(T.original, lang)}</Typography.Text>
            <CropBox attached={attached} onCrop={(crop) => void attach({ ...attached.request, crop })} />
            <Space size={4} wrap style={{ marginTop: 6 }}>
              <Button size="small" id="image-rotate-left" onClick={() => turn(-1)} disabled={busy}>
                ⟲ {pick(T.rotateLeft, lang)}
              </Button>
              <Button size="small" id="image-rotate-right" onClick={() => turn(1)} disabled={busy}>
                ⟳ {pick(T.rotateRight, lang)}
              </Button>
              <Button size="small" id="image-crop-clear" disabled={!attached.request.crop || busy} onClick={() => void attach({ ...attached.request, crop: null })}>
                {pick(T.clearCrop, lang)}
              </Button>
            </Space>
            <div className="small" style={{ maxWidth: 260 }}>
              <Typography.Text type="secondary">{pick(T.crop, lang)}</Typography.Text>
            </div>
          </div>
          <div>
            <Typography.Text type="secondary" className="small">{pick(T.prepared, lang)}</Typography.Text>
            <div>
              <Image id="image-prepared" src={attached.preview} width={220} alt="prepared" />
            </div>
          </div>
          <div style={{ flex: "1 1 260px", minWidth: 240 }}>
            <div>
              {attached.request.path.split(/[\\/]/).pop()} · {attached.inspection.format.toUpperCase()} · {attached.inspection.width}×
              {attached.inspection.height} · {kb(attached.inspection.bytes)}
            </div>
            <div>
              {attached.inspection.meets_target ? (
                <Tag color="green" id="image-meets">{pick(T.meets, lang)}</Tag>
              ) : (
                <Tag color="orange" id="image-not-meets">{pick(T.notMeets, lang)}</Tag>
              )}
              <Typography.Text type="secondary">
                {pick(T.limits, lang)}: {attached.inspection.target.formats.join("/")} ≤ {kb(attached.inspection.target.max_bytes)}
              </Typography.Text>
            </div>
            <ul className="image-reasons" id="image-reasons">
              {attached.inspection.reasons.map((r, i) => (
                <li key={i} data-code={r.code}>{lang === "zh" ? r.zh : r.en}</li>
              ))}
            </ul>
            {(attached.request.crop || (attached.request.quarter_turns ?? 0) !== 0) && attached.inspection.reasons.length > 0 && (
              <Typography.Text type="secondary">{pick(T.beforeEdit, lang)}</Typography.Text>
            )}
            <div>
              {attached.prepared.warnings.length === 0 ? (
                <Tag color="green" id="image-prepared-ok">{pick(T.preparedOk, lang)}</Tag>
              ) : (
                <Tag color="orange" id="image-prepared-not-ok">{pick(T.preparedNotOk, lang)}</Tag>
              )}
              {pick(T.prepared, lang)}: JPEG {attached.prepared.width}×{attached.prepared.height} · {kb(attached.prepared.bytes)} · Q
              {attached.prepared.quality}
            </div>
            <ul className="image-reasons" id="image-warnings">
              {attached.prepared.warnings.map((r, i) => (
                <li key={i} data-code={r.code}>{lang === "zh" ? r.zh : r.en}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </Card>
  );
}
