// The "what next" page shown after 完成: what to upload where, the SMS verification within 24
// hours, and a warning while errors are still open (with links to the steps that hold them).
// The same warning is exported for other places that hand something out (letters).
import { Alert, Button, Space, Steps, Typography } from "antd";
import type { Draft, Finding } from "./generated/types";
import type { StepKey } from "./draftPath";
import { pick, STEPS, useLang, type Text } from "./i18n";

const T = {
  title: { zh: "接下来怎么做", en: "What to do next" },
  openErrors: (n: number): Text => ({
    zh: `这份草稿还有 ${n} 个错误。按现在的内容提交，接入商或管局很可能驳回。`,
    en: `This draft still has ${n} error${n === 1 ? "" : "s"}. Submitted as it is, the filing is likely to be rejected.`,
  }),
  noErrors: {
    zh: "本程序没有发现错误。提交前请再核对一遍证件原件上的信息。",
    en: "The app found no errors. Check the details against the original documents once more before you submit.",
  },
  back: { zh: "返回修改", en: "Back to the form" },
  exit: { zh: "返回草稿列表", en: "Back to drafts" },
  unknownProvider: { zh: "您的接入商", en: "your access provider" },
} satisfies Record<string, Text | ((n: number) => Text)>;

/** A warning about errors still open, or nothing when there are none. */
export function OpenErrorsWarning({ count, id }: { count: number; id?: string }) {
  const lang = useLang();
  if (count === 0) return null;
  return <Alert id={id} type="warning" showIcon message={pick(T.openErrors(count), lang)} style={{ marginBottom: 12 }} />;
}

function steps(draft: Draft): { title: Text; body: Text }[] {
  const sites = draft.websites ?? [];
  const providers = [...new Set(sites.map((w) => (w.access_provider ?? "").trim()).filter(Boolean))];
  const where = providers.length > 0 ? { zh: providers.join("、"), en: providers.join(", ") } : T.unknownProvider;
  const mobiles = [
    draft.entity.principal.mobile,
    ...sites.map((w) => w.principal.mobile),
  ]
    .map((m) => (m ?? "").trim())
    .filter(Boolean);
  const phones = [...new Set(mobiles)];
  const phoneText = phones.length > 0 ? { zh: `（${phones.join("、")}）`, en: ` (${phones.join(", ")})` } : { zh: "", en: "" };
  return [
    {
      title: { zh: "在接入商的备案系统里填写", en: "Fill in the provider's filing system" },
      body: {
        zh: `登录${where.zh}的 ICP 备案系统（控制台中的“备案”），按本程序各步骤的内容逐项填写：主体、主体负责人、网站和网站负责人的信息与这里一致。`,
        en: `Sign in to the ICP filing system of ${where.en} (“备案” in its console) and enter what you filled in here, step by step: entity, person in charge, websites and their persons in charge.`,
      },
    },
    {
      title: { zh: "上传材料", en: "Upload the materials" },
      body: {
        zh: "在接入商系统的“上传资料”页面上传“材料清单”中的每一项：本程序导出的证件图片，以及打印、签字（盖章或按手印）后扫描或拍照的信函。",
        en: "On the provider's “上传资料” page upload every item of the materials checklist: the ID images exported by this app, and the letters printed, signed (sealed or fingerprinted) and scanned or photographed.",
      },
    },
    {
      title: { zh: "接入商初审", en: "The provider's first review" },
      body: {
        zh: "接入商一般在 1–2 个工作日内初审，可能来电核实；有问题会退回，按说明修改后重新提交。",
        en: "The provider usually reviews within 1–2 working days and may call to confirm; if something is wrong the filing is returned: fix it and submit again.",
      },
    },
    {
      title: { zh: "24 小时内完成短信核验", en: "Answer the SMS verification within 24 hours" },
      body: {
        zh: `初审通过后，工信部备案系统会向主体负责人和网站负责人的手机${phoneText.zh}发送短信，须在 24 小时内按短信提示完成核验，否则备案会被退回。`,
        en: `Once the provider has passed it, the MIIT filing system texts the mobiles of the persons in charge${phoneText.en}. Complete the verification within 24 hours as the message says, or the filing is returned.`,
      },
    },
    {
      title: { zh: "管局审核，展示备案号", en: "The Communications Administration's review; show the number" },
      body: {
        zh: "管局审核通常需要数个到 20 个工作日。通过后把备案号放在网站首页底部，并链接到工信部备案管理系统。",
        en: "The Communications Administration's review takes from a few to 20 working days. Once approved, put the filing number at the foot of the home page, linked to the MIIT filing system.",
      },
    },
  ];
}

interface Props {
  draft: Draft;
  /** Errors by step, shown or not yet. */
  errors: Map<StepKey | "none", Finding[]>;
  onGoStep: (step: StepKey) => void;
  onBack: () => void;
  onExit: () => void;
}

export function NextSteps({ draft, errors, onGoStep, onBack, onExit }: Props) {
  const lang = useLang();
  const total = [...errors.values()].reduce((n, l) => n + l.length, 0);
  const withErrors = [...errors.entries()].filter(([k, l]) => k !== "none" && l.length > 0) as [StepKey, Finding[]][];
  return (
    <div id="next-steps" data-errors={total}>
      <Typography.Title level={3}>{pick(T.title, lang)}</Typography.Title>
      {total > 0 ? (
        <Alert
          id="next-steps-errors"
          type="warning"
          showIcon
          message={pick(T.openErrors(total), lang)}
          description={
            <Space wrap>
              {withErrors.map(([k, l]) => (
                <Button key={k} size="small" danger data-goto={k} onClick={() => onGoStep(k)}>
                  {pick(STEPS[k], lang)} ({l.length})
                </Button>
              ))}
            </Space>
          }
          style={{ marginBottom: 16 }}
        />
      ) : (
        <Alert id="next-steps-ok" type="success" showIcon message={pick(T.noErrors, lang)} style={{ marginBottom: 16 }} />
      )}
      <Steps
        direction="vertical"
        current={-1}
        items={steps(draft).map((s, i) => ({
          title: <span data-next-step={i}>{pick(s.title, lang)}</span>,
          description: pick(s.body, lang),
          status: "wait" as const,
        }))}
      />
      <Space style={{ marginTop: 16 }}>
        <Button id="next-steps-back" onClick={onBack}>
          {pick(T.back, lang)}
        </Button>
        <Button id="next-steps-exit" type="primary" onClick={onExit}>
          {pick(T.exit, lang)}
        </Button>
      </Space>
    </div>
  );
}
