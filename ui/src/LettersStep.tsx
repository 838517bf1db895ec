// Letters: the ones the draft needs (from the core's checklist), a preview drawn from the same
// layout data the PDF is written from, save as PDF (native dialog) and print (system viewer).
import { useEffect, useState } from "react";
import { Alert, Button, Card, List, Space, Spin, Typography } from "antd";
import type { NeededLetter } from "./generated/types";
import type { LetterDocument, LayoutPage } from "./coreTypes";
import { api, errorMessage, letterApi } from "./api";
import { Label, useDraft } from "./form";
import { pick, useLang, UI } from "./i18n";
import { OpenErrorsWarning } from "./NextSteps";

const SIGNS = { zh: "签署", en: "Signing" };
const UPLOAD = { zh: "上传", en: "Upload" };
const FILE = { zh: "文件名", en: "File name" };

export function LettersStep() {
  const lang = useLang();
  const { draft, openErrors } = useDraft();
  const [letters, setLetters] = useState<NeededLetter[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [doc, setDoc] = useState<LetterDocument | null>(null);
  const [message, setMessage] = useState<{ type: "error" | "success" | "info"; text: string } | null>(null);

  useEffect(() => {
    api.lettersNeeded(draft).then(
      (l) => {
        setLetters(l);
        if (l.length > 0) setSelected((s) => s ?? l[0].id);
      },
      (e) => setMessage({ type: "error", text: errorMessage(e) }),
    );
  }, [draft]);

  useEffect(() => {
    if (!selected) return;
    setDoc(null);
    letterApi.layout(draft, selected).then(setDoc, (e) => setMessage({ type: "error", text: errorMessage(e) }));
  }, [draft, selected]);

  const save = async (id: string) => {
    try {
      const path = await letterApi.save(draft, id);
      if (path) setMessage({ type: "success", text: `${pick(UI.savedTo, lang)} ${path}` });
    } catch (e) {
      setMessage({ type: "error", text: errorMessage(e) });
    }
  };
  const print = async (id: string) => {
    try {
      const path = await letterApi.print(draft, id);
      setMessage({ type: "info", text: `${pick(UI.openedViewer, lang)} (${path})` });
    } catch (e) {
      setMessage({ type: "error", text: errorMessage(e) });
    }
  };

  return (
    <>
      <Typography.Title level={4}>
        <Label text={UI.lettersTitle} />
      </Typography.Title>
      {/* Letters are handed out: say so while errors are open (the "same warning before
          letters are saved or printed"). */}
      <OpenErrorsWarning count={openErrors} id="letters-open-errors" />
      {message && <Alert id="letter-message" data-type={message.type} type={message.type} showIcon message={message.text} closable onClose={() => setMessage(null)} style={{ marginBottom: 12 }} />}
      <div className="letters">
        <List
          id="letter-list"
          bordered
          loading={letters === null}
          dataSource={letters ?? []}
          locale={{ emptyText: pick(UI.noLetters, lang) }}
          renderItem={(l) => (
            <List.Item className={l.id === selected ? "letter-item selected" : "letter-item"} data-letter={l.id}>
              <div>
                <div className="letter-name">{lang === "zh" ? l.name_zh : l.name_en}</div>
                <Typography.Text type="secondary" className="small">
                  {lang === "zh" ? l.name_en : l.name_zh}
                </Typography.Text>
                <div className="letter-signing small" data-seal={l.signing.seal ? "yes" : "no"} data-fingerprint={l.signing.fingerprint ? "yes" : "no"}>
                  <div>
                    <b>{pick(SIGNS, lang)}{lang === "zh" ? "：" : ": "}</b>
                    {lang === "zh" ? l.signing.steps_zh : l.signing.steps_en}
                  </div>
                  <div>
                    <b>{pick(UPLOAD, lang)}{lang === "zh" ? "：" : ": "}</b>
                    {lang === "zh" ? l.signing.upload_zh : l.signing.upload_en}
                  </div>
                  <div className="letter-file">
                    <b>{pick(FILE, lang)}{lang === "zh" ? "：" : ": "}</b>
                    {l.file}
                  </div>
                </div>
                <div className="letter-actions">
                  <Space wrap size={6}>
                    <Button size="small" className="letter-preview" onClick={() => setSelected(l.id)}>{pick(UI.preview, lang)}</Button>
                    <Button size="small" type="primary" className="letter-save" onClick={() => save(l.id)}>{pick(UI.savePdf, lang)}</Button>
                    <Button size="small" className="letter-print" onClick={() => print(l.id)}>{pick(UI.print, lang)}</Button>
                  </Space>
                </div>
              </div>
            </List.Item>
          )}
        />
        <Card size="small" className="letter-preview-card" title={<Label text={UI.preview} />}>
          {selected && !doc && !message?.type.startsWith("error") && <Spin />}
          {doc && (
            <div className="letter-pages" id="letter-pages" data-letter={doc.kind}>
              {doc.pages.map((p, i) => (
                <PageView key={i} page={p} />
              ))}
            </div>
          )}
        </Card>
      </div>
    </>
  );
}

/** One page of a letter, drawn in SVG at its size in mm. */
function PageView({ page }: { page: LayoutPage }) {
  const PT = 25.4 / 72; // mm per pt
  return (
    <svg
      className="letter-page"
      viewBox={`0 0 ${page.width_mm} ${page.height_mm}`}
      role="img"
      style={{ width: "100%", maxWidth: 520, aspectRatio: `${page.width_mm} / ${page.height_mm}` }}
    >
      <rect x={0} y={0} width={page.width_mm} height={page.height_mm} fill="#fff" />
      {page.items.map((it, i) => {
        if (it.type === "text")
          return (
            <text
              key={i}
              x={it.x_mm}
              y={it.baseline_mm}
              fontSize={it.size_pt * PT}
              textLength={it.width_mm > 0 ? it.width_mm : undefined}
              lengthAdjust="spacing"
              fill={it.tone === "hint" ? "#888" : "#111"}
              fontFamily="'Noto Serif CJK SC', 'Songti SC', SimSun, serif"
            >
              {it.text}
            </text>
          );
        if (it.type === "line")
          return (
            <line key={i} x1={it.x1_mm} y1={it.y1_mm} x2={it.x2_mm} y2={it.y2_mm} stroke="#111" strokeWidth={it.width_pt * PT} strokeDasharray={it.dashed ? "1 1" : undefined} />
          );
        return (
          <rect key={i} x={it.x_mm} y={it.y_mm} width={it.w_mm} height={it.h_mm} fill="none" stroke={it.tone === "hint" ? "#999" : "#111"} strokeWidth={it.width_pt * PT} strokeDasharray={it.dashed ? "1 1" : undefined} />
        );
      })}
    </svg>
  );
}
