// About (关于): the app's version, the date the built-in rules were compiled ("as of", from the
// core's rule set through AppInfo) and the licences of the code, the built-in font and the rule data. The licence
// texts themselves ship with the installers (Linux: /usr/share/doc/icp-filing-assistant/copyright;
// Windows and macOS: the `licenses` folder of the installed app).
import { useState } from "react";
import { Button, Descriptions, Modal, Typography } from "antd";
import type { AppInfo } from "./generated/types";
import { pick, useLang, type Text } from "./i18n";

const T = {
  about: { zh: "关于", en: "About" },
  title: { zh: "关于备案助手", en: "About ICP Filing Assistant" },
  version: { zh: "版本", en: "Version" },
  rulesAsOf: { zh: "规则整理日期", en: "Rules as of" },
  code: { zh: "程序代码", en: "Code" },
  codeLicence: { zh: "MIT 或 Apache-2.0（任选其一）", en: "MIT OR Apache-2.0, at your option" },
  font: { zh: "内置字体", en: "Built-in font" },
  fontLicence: {
    zh: "Noto Serif CJK SC（思源宋体简体），SIL 开放字体许可证 1.1（OFL 1.1）",
    en: "Noto Serif CJK SC, SIL Open Font License 1.1 (OFL 1.1)",
  },
  data: { zh: "规则数据", en: "Rule data" },
  dataSources: {
    zh: "整理自接入商公开资料（UCloud、青云、京东云、华为云、腾讯云等）与法规；每条提示都附来源和日期。管局要求常有变化，提交前请以接入商最新说明为准。",
    en: "Compiled from access providers' public documents (UCloud, QingCloud, JD Cloud, Huawei Cloud, Tencent Cloud and others) and regulations; every finding names its sources and dates. Requirements change often: check your access provider's current instructions before submitting.",
  },
  offline: {
    zh: "本程序完全离线运行，不联网，不收集任何数据。许可证全文随安装包提供。",
    en: "The app runs offline: it makes no network connection and collects no data. The full licence texts ship with the installer.",
  },
  close: { zh: "关闭", en: "Close" },
} satisfies Record<string, Text>;

/** A button that opens the About dialog. */
export function AboutButton({ info }: { info: AppInfo }) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const asOf = info.rules_as_of ?? null;
  const items = [
    { key: "version", label: pick(T.version, lang), children: <span id="about-version">{info.version}</span> },
    ...(asOf ? [{ key: "asof", label: pick(T.rulesAsOf, lang), children: <span id="about-rules-as-of">{asOf}</span> }] : []),
    { key: "code", label: pick(T.code, lang), children: pick(T.codeLicence, lang) },
    { key: "font", label: pick(T.font, lang), children: pick(T.fontLicence, lang) },
    { key: "data", label: pick(T.data, lang), children: pick(T.dataSources, lang) },
  ];
  return (
    <>
      <Button id="about-open" onClick={() => setOpen(true)}>
        {pick(T.about, lang)}
      </Button>
      <Modal
        open={open}
        title={pick(T.title, lang)}
        onCancel={() => setOpen(false)}
        footer={
          <Button id="about-close" type="primary" onClick={() => setOpen(false)}>
            {pick(T.close, lang)}
          </Button>
        }
        width={640}
      >
        <div id="about-dialog">
          <Descriptions column={1} size="small" bordered items={items} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {pick(T.offline, lang)}
          </Typography.Paragraph>
        </div>
      </Modal>
    </>
  );
}
