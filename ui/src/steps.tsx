// The form steps of the wizard. What is shown depends on the draft (an individual never sees
// organisation fields; the filing number only for kinds that have one); what is wrong is the
// core's findings, shown by the fields.
import { useEffect } from "react";
import { Alert, Button, Card, Divider, Form, Radio, Space, Typography } from "antd";
import type { AppInfo, Person } from "./generated/types";
import { DateField, enumOptions, Field, FieldFindings, Label, ListField, SelectField, TextField, useDraft, type Option } from "./form";
import { both, pick, useLang, UI } from "./i18n";
import { blankWebsite } from "./blank";
import { fieldId, getAt } from "./draftPath";

const PERSONAL_IDS = new Set([
  "resident-id-card",
  "temporary-id-card",
  "passport",
  "hk-macao-travel-permit",
  "taiwan-travel-permit",
  "hk-macao-residence-permit",
  "taiwan-residence-permit",
  "foreign-permanent-residence",
]);

const personalIdOptions = () => enumOptions("CertificateKind").filter((o) => PERSONAL_IDS.has(o.value));
const orgCertOptions = () => enumOptions("CertificateKind").filter((o) => !PERSONAL_IDS.has(o.value));

function provinceOptions(info: AppInfo): Option[] {
  return info.provinces.map((p) => ({ value: p.province, label: { zh: p.name_zh, en: p.name_en } }));
}

export function ApplicationStep({ info }: { info: AppInfo }) {
  const lang = useLang();
  const { draft } = useDraft();
  const province = info.provinces.find((p) => p.province === draft.application.province);
  const kindOptions = enumOptions("ApplicationKind");
  const { update } = useDraft();
  return (
    <>
      <Field path="application.kind" label={{ zh: "备案类型", en: "Kind of filing" }}>
        <Radio.Group
          id={fieldId("application.kind")}
          value={draft.application.kind}
          onChange={(e) => update("application.kind", e.target.value)}
        >
          <Space direction="vertical">
            {kindOptions.map((o) => (
              <Radio key={o.value} value={o.value}>
                {both(o.label, lang)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Field>
      <SelectField path="application.province" label={{ zh: "备案省份（管局）", en: "Filing province" }} options={provinceOptions(info)} />
      {province && (province.summary_zh || province.summary_en) && (
        <Alert
          className="province-hint"
          type="info"
          showIcon
          message={`${pick(UI.hint, lang)}：${lang === "zh" ? province.name_zh : province.name_en}`}
          description={lang === "zh" ? province.summary_zh : province.summary_en}
          style={{ marginBottom: 16 }}
        />
      )}
      {draft.application.kind !== "first-filing" && (
        <TextField path="application.filing_number" label={{ zh: "主体备案号", en: "Existing filing number" }} placeholder="粤ICP备12345678号" />
      )}
      <DateField path="application.planned_submission" label={{ zh: "计划提交日期", en: "Planned submission date" }} />
      <TextField path="application.remark" label={{ zh: "备注", en: "Remark" }} textarea />
    </>
  );
}

function AddressFields({ path, label, info }: { path: string; label: { zh: string; en: string }; info: AppInfo }) {
  return (
    <Card size="small" title={<Label text={label} />} className="subcard">
      <div className="grid2">
        <SelectField path={`${path}.province`} label={UI.province} options={provinceOptions(info)} allowClear />
        <TextField path={`${path}.city`} label={{ zh: "市", en: "City" }} />
        <TextField path={`${path}.district`} label={{ zh: "区/县", en: "District" }} />
        <TextField path={`${path}.detail`} label={{ zh: "详细地址", en: "Street address" }} />
      </div>
    </Card>
  );
}

export function EntityStep({ info }: { info: AppInfo }) {
  const { draft, update } = useDraft();
  const individual = draft.entity.kind === "individual";
  // Switching between a person and an organisation switches the certificate to one that fits.
  const certKind = draft.entity.certificate.kind;
  useEffect(() => {
    if (individual && !PERSONAL_IDS.has(certKind)) update("entity.certificate.kind", "resident-id-card");
    if (!individual && PERSONAL_IDS.has(certKind)) update("entity.certificate.kind", "business-licence");
  }, [individual, certKind, update]);
  return (
    <>
      <SelectField path="entity.kind" label={{ zh: "主体性质", en: "Entity type" }} options={enumOptions("EntityKind")} />
      <TextField
        path="entity.name"
        label={individual ? { zh: "姓名（与身份证一致）", en: "Name (as on the ID)" } : { zh: "主办单位名称（与证件一致）", en: "Organisation name (as on the certificate)" }}
      />
      <div className="grid2">
        <SelectField
          path="entity.certificate.kind"
          label={individual ? { zh: "证件类型", en: "ID type" } : { zh: "主体证件类型", en: "Certificate type" }}
          options={individual ? personalIdOptions() : orgCertOptions()}
        />
        <TextField
          path="entity.certificate.number"
          label={individual ? { zh: "证件号码", en: "ID number" } : { zh: "证件号码（统一社会信用代码）", en: "Certificate number (USCC)" }}
        />
      </div>
      <DateValidity path="entity.certificate.validity" />
      {!individual && (
        <div className="grid2">
          <TextField path="entity.legal_representative" label={{ zh: "法定代表人", en: "Legal representative" }} />
          <TextField path="entity.investor" label={{ zh: "投资者或上级主管单位", en: "Investor or superior body" }} />
        </div>
      )}
      <AddressFields path="entity.certificate_address" label={{ zh: "证件住所", en: "Address on the certificate" }} info={info} />
      <AddressFields path="entity.mailing_address" label={{ zh: "通讯地址", en: "Mailing address" }} info={info} />
      {!individual && <TextField path="entity.business_scope" label={{ zh: "经营范围", en: "Business scope" }} textarea />}
    </>
  );
}

function DateValidity({ path }: { path: string }) {
  const { draft } = useDraft();
  const longTerm = Boolean(getAt(draft, `${path}.long_term`));
  return (
    <div className="grid3" id={fieldId(path)}>
      <FieldFindings path={path} />
      <DateField path={`${path}.start`} label={{ zh: "有效期开始", en: "Valid from" }} />
      <DateField path={`${path}.end`} label={{ zh: "有效期截止", en: "Valid until" }} disabled={longTerm} />
      <LongTerm path={`${path}.long_term`} />
    </div>
  );
}

function LongTerm({ path }: { path: string }) {
  const { draft, update } = useDraft();
  const lang = useLang();
  const cur = getAt(draft, path);
  return (
    <Field path={path} label={UI.longTerm}>
      <Radio.Group
        id={fieldId(path)}
        value={Boolean(cur)}
        onChange={(e) => update(path, e.target.value)}
        options={[
          { value: false, label: pick({ zh: "否", en: "No" }, lang) },
          { value: true, label: pick({ zh: "是（长期有效）", en: "Yes (no end date)" }, lang) },
        ]}
      />
    </Field>
  );
}

function PersonFields({ path, showLandline }: { path: string; showLandline: boolean }) {
  return (
    <>
      <div className="grid2">
        <TextField path={`${path}.name`} label={{ zh: "姓名", en: "Name" }} />
        <SelectField path={`${path}.id.kind`} label={{ zh: "证件类型", en: "ID type" }} options={personalIdOptions()} />
      </div>
      <TextField path={`${path}.id.number`} label={{ zh: "证件号码", en: "ID number" }} />
      <DateValidity path={`${path}.id.validity`} />
      <div className="grid3">
        <TextField path={`${path}.mobile`} label={{ zh: "手机号码", en: "Mobile" }} />
        {showLandline && <TextField path={`${path}.landline`} label={{ zh: "办公电话", en: "Landline" }} placeholder="020-12345678" />}
        <TextField path={`${path}.email`} label={{ zh: "电子邮箱", en: "Email" }} />
      </div>
    </>
  );
}

export function PrincipalStep() {
  const lang = useLang();
  const { draft, update } = useDraft();
  const individual = draft.entity.kind === "individual";
  const copyFromEntity = () => {
    const p: Person = {
      ...draft.entity.principal,
      name: draft.entity.name,
      id: { ...draft.entity.certificate, kind: PERSONAL_IDS.has(draft.entity.certificate.kind) ? draft.entity.certificate.kind : "resident-id-card" },
    };
    update("entity.principal", p);
  };
  return (
    <>
      {individual && (
        <Button id="copy-entity-person" onClick={copyFromEntity} style={{ marginBottom: 16 }}>
          {pick(UI.copyEntityPerson, lang)}
        </Button>
      )}
      <PersonFields path="entity.principal" showLandline={!individual} />
      <Divider orientation="left">
        <Label text={{ zh: "应急联系人", en: "Emergency contact" }} />
      </Divider>
      <div className="grid3">
        <TextField path="entity.emergency_contact.name" label={{ zh: "姓名", en: "Name" }} />
        <TextField path="entity.emergency_contact.mobile" label={{ zh: "手机号码", en: "Mobile" }} />
        <TextField path="entity.emergency_contact.relation" label={{ zh: "与负责人关系", en: "Relation" }} />
      </div>
    </>
  );
}

export function WebsitesStep() {
  const lang = useLang();
  const { draft, update } = useDraft();
  const individual = draft.entity.kind === "individual";
  const sites = draft.websites ?? [];
  return (
    <>
      {sites.map((_, i) => {
        const w = `websites[${i}]`;
        const d = `${w}.domains[0]`;
        return (
          <Card
            key={i}
            className="site-card"
            id={fieldId(w)}
            title={`${pick(UI.website, lang)} ${i + 1}${sites[i].name ? ` · ${sites[i].name}` : ""}`}
            extra={
              sites.length > 1 && (
                <Button danger size="small" id={`remove-website-${i}`} onClick={() => update("websites", sites.filter((__, j) => j !== i))}>
                  {pick(UI.removeWebsite, lang)}
                </Button>
              )
            }
          >
            <div className="grid2">
              <TextField path={`${w}.name`} label={{ zh: "网站名称", en: "Website name" }} />
              <SelectField path={`${w}.service_content`} label={{ zh: "服务内容", en: "Service content" }} options={enumOptions("ServiceContent")} />
            </div>
            <div className="grid2">
              <TextField path={`${d}.name`} label={{ zh: "域名（不含 www）", en: "Domain (without www)" }} placeholder="example.cn" />
              <TextField path={`${w}.home_page`} label={{ zh: "首页地址", en: "Home page" }} placeholder="www.example.cn" />
            </div>
            <div className="grid2">
              <TextField path={`${w}.access_provider`} label={{ zh: "接入服务商", en: "Access provider" }} />
              <ListField path={`${w}.ips`} label={{ zh: "IP 地址（逗号分隔）", en: "IP addresses (comma-separated)" }} />
            </div>
            <TextField path={`${w}.description`} label={{ zh: "网站内容描述", en: "Content description" }} textarea />
            <Divider orientation="left">
              <Label text={UI.domainHolder} />
            </Divider>
            <div className="grid2">
              <TextField path={`${d}.holder_name`} label={{ zh: "持有者名称", en: "Holder name" }} />
              <SelectField
                path={`${d}.holder_kind`}
                label={{ zh: "持有者类型", en: "Holder type" }}
                options={enumOptions("HolderKind")}
                allowClear
              />
            </div>
            <div className="grid3">
              <TextField path={`${d}.registrar`} label={{ zh: "注册商", en: "Registrar" }} />
              <DateField path={`${d}.expiry`} label={{ zh: "域名到期日", en: "Domain expiry" }} />
              <DateField path={`${d}.real_name_verified`} label={{ zh: "实名认证日期", en: "Real-name verified on" }} />
            </div>
            <Divider orientation="left">
              <Label text={UI.websitePrincipal} />
            </Divider>
            <Button
              id={`copy-principal-${i}`}
              size="small"
              onClick={() => update(`${w}.principal`, { ...draft.entity.principal })}
              style={{ marginBottom: 12 }}
            >
              {pick(UI.copyPrincipal, lang)}
            </Button>
            <PersonFields path={`${w}.principal`} showLandline={!individual} />
          </Card>
        );
      })}
      <Button id="add-website" type="dashed" block onClick={() => update("websites", [...sites, blankWebsite()])}>
        + {pick(UI.addWebsite, lang)}
      </Button>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {lang === "zh" ? "一个网站对应一个域名。" : "One domain per website."}
      </Typography.Paragraph>
      <Form.Item noStyle />
    </>
  );
}
