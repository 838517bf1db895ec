// After approval: the footer snippet of each website (the core's `workspace::footers`: HTML and
// plain text to copy, why it looks so, sources) and the public-security filing steps
// (`police_steps`). Nothing is computed here.
import { useEffect, useState } from "react";
import { Alert, Card, Tag, Typography } from "antd";
import type { FooterView } from "./generated/types";
import { api, errorMessage } from "./api";
import { Label, useDraft } from "./form";
import { pick, useLang, UI } from "./i18n";

const FOOTER_DELAY_MS = 250;

export function AfterApprovalStep() {
  const lang = useLang();
  const { draft } = useDraft();
  const [view, setView] = useState<FooterView | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const t = window.setTimeout(() => {
      api.footers(draft).then(
        (v) => live && (setView(v), setError(null)),
        (e) => live && setError(e),
      );
    }, FOOTER_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
  }, [draft]);

  const copyable = (text: string) => ({
    text,
    tooltips: [pick(UI.copy, lang), pick(UI.copied, lang)],
  });

  return (
    <div id="footer-view" data-loaded={view ? "yes" : "no"}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        <Label text={UI.footerTitle} />
      </Typography.Title>
      <Typography.Paragraph type="secondary">{pick(UI.footerIntro, lang)}</Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon message={errorMessage(error, lang)} style={{ marginBottom: 12 }} />}
      {view?.footers.map((f) => (
        <Card
          key={f.website}
          size="small"
          className="footer-card"
          data-website={f.website}
          title={`${pick(UI.website, lang)} ${f.website + 1}${f.name ? ` · ${f.name}` : ""}`}
          extra={f.number ? <Tag color="success" className="footer-number">{f.number}</Tag> : <Tag>{pick(UI.noNumberYet, lang)}</Tag>}
        >
          {f.html && (
            <>
              <Typography.Text strong>{pick(UI.footerHtml, lang)}</Typography.Text>{" "}
              <Typography.Text copyable={copyable(f.html)} className="copy-html" />
              <pre className="footer-code footer-html">{f.html}</pre>
              <Typography.Text strong>{pick(UI.footerText, lang)}</Typography.Text>{" "}
              <Typography.Text copyable={copyable(f.text)} className="copy-text" />
              <pre className="footer-code footer-text">{f.text}</pre>
            </>
          )}
          <Typography.Text strong>{pick(UI.notes, lang)}</Typography.Text>
          <ul className="footer-notes">
            {(lang === "zh" ? f.notes_zh : f.notes_en).map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          {f.source && (
            <Typography.Text type="secondary" className="small footer-source">
              {pick(UI.source, lang)}{lang === "zh" ? "：" : ": "}{f.source}
            </Typography.Text>
          )}
        </Card>
      ))}
      {view && view.police_steps.length > 0 && (
        <Card size="small" id="police-steps" title={<Label text={UI.policeSteps} />}>
          <ol className="police-steps">
            {view.police_steps.map((s, i) => (
              <li key={i}>
                {lang === "zh" ? s.zh : s.en}
                {s.source && (
                  <div>
                    <Typography.Text type="secondary" className="small">
                      {pick(UI.source, lang)}{lang === "zh" ? "：" : ": "}{s.source}
                    </Typography.Text>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </Card>
      )}
    </div>
  );
}
