// The form steps of the wizard. What is shown depends on the draft (an individual never sees
// organisation fields; the filing number and the filed websites only for kinds that have them,
// or while they still hold a value, so every finding has a field to fix it in); what is wrong is
// the core's findings, shown by the fields.
import { useEffect } from "react";
import { Alert, Button, Card, Divider, Form, Radio, Space, Typography } from "antd";
import type { AppInfo, DomainEntry, Person, Website } from "./generated/types";
import {
  CheckboxesField,
  DateField,
  enumOptions,
  Field,
  FieldFindings,
  Label,
  ListField,
  SelectField,
  TagsField,
  TextField,
  useDraft,
  YesNoField,
  type Option,
} from "./form";
import { afterPaint, both, pick, useLang, UI } from "./i18n";
import { AddressFields, IdAddressFields } from "./AddressFields";
import { blankDomain, blankPreviousFiling, blankWebsite } from "./blank";
import { fieldId, focusField, getAt } from "./draftPath";

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
      {(draft.application.kind !== "first-filing" || (draft.application.status ?? "draft") !== "draft" || (draft.application.filing_number ?? "").trim() !== "") && (
        <TextField path="application.filing_number" label={{ zh: "主体备案号", en: "Existing filing number" }} placeholder="粤ICP备12345678号" />
      )}
      {(draft.application.kind !== "first-filing" || (draft.application.previous_filings ?? []).length > 0) && <PreviousFilings />}
      <DateField path="application.planned_submission" label={{ zh: "计划提交日期", en: "Planned submission date" }} />
      <TextField path="application.remark" label={{ zh: "备注", en: "Remark" }} textarea />
      <Card size="small" className="subcard" id="filing-progress" title={<Label text={UI.filingProgress} />}>
        <div className="grid2">
          <SelectField path="application.status" label={{ zh: "备案状态", en: "Filing status" }} options={enumOptions("FilingStatus")} />
          <DateField path="application.submitted_on" label={{ zh: "提交日期", en: "Submitted on" }} />
          <DateField path="application.approved_on" label={{ zh: "审核通过日期", en: "Approved on" }} />
          <DateField path="application.verification_form_date" label={{ zh: "核验单签字日期", en: "Verification form signed on" }} />
        </div>
      </Card>
    </>
  );
}

/** 已备案网站: the entity's websites that are already filed. */
function PreviousFilings() {
  const lang = useLang();
  const { draft, update } = useDraft();
  const list = draft.application.previous_filings ?? [];
  const path = "application.previous_filings";
  return (
    <Card size="small" className="subcard" id={fieldId(path)} title={<Label text={UI.previousFilings} />}>
      <FieldFindings path={path} />
      {list.map((_, k) => (
        <div className="grid3 list-row" key={k}>
          <TextField path={`${path}[${k}].filing_number`} label={{ zh: "网站备案号", en: "Website filing number" }} placeholder="粤ICP备12345678号-1" />
          <TextField path={`${path}[${k}].website_name`} label={{ zh: "网站名称", en: "Website name" }} />
          <div className="row-with-action">
            <TextField path={`${path}[${k}].domain`} label={{ zh: "域名", en: "Domain" }} />
            <Button size="small" danger id={`remove-previous-${k}`} onClick={() => update(path, list.filter((__, j) => j !== k))}>
              {pick(UI.remove, lang)}
            </Button>
          </div>
        </div>
      ))}
      <Button size="small" type="dashed" id="add-previous-filing" onClick={() => update(path, [...list, blankPreviousFiling()])}>
        + {pick(UI.addPreviousFiling, lang)}
      </Button>
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
          <YesNoField
            path="entity.legal_representative_foreign"
            label={{ zh: "法定代表人是否为外籍（含港澳台）", en: "Is the legal representative a foreign national (or from HK, Macao, Taiwan)?" }}
            yes={{ zh: "是", en: "Yes" }}
            no={{ zh: "否", en: "No" }}
          />
          <TextField path="entity.investor" label={{ zh: "投资者或上级主管单位", en: "Investor or superior body" }} />
          <YesNoField
            path="entity.abnormal_operation_listed"
            label={{ zh: "是否被列入经营异常名录", en: "Is it on the list of abnormal operations (经营异常名录)?" }}
            yes={{ zh: "是", en: "Yes" }}
            no={{ zh: "否", en: "No" }}
          />
        </div>
      )}
      {draft.entity.kind === "individual-business" && (
        <div className="grid2">
          <YesNoField
            path="entity.has_trade_name"
            label={{ zh: "营业执照上是否有字号（名称不是“*”或空白）", en: "Does the licence name a trade name (not '*' or blank)?" }}
            yes={{ zh: "有", en: "Yes" }}
            no={{ zh: "没有", en: "No" }}
            optional
          />
          <YesNoField
            path="entity.has_official_seal"
            label={{ zh: "是否有公章", en: "Does it have an official seal?" }}
            yes={{ zh: "有", en: "Yes" }}
            no={{ zh: "没有", en: "No" }}
            optional
          />
        </div>
      )}
      {individual && (draft.entity.investor ?? "").trim() !== "" && (
        <TextField path="entity.investor" label={{ zh: "投资者（个人备案为本人姓名）", en: "Investor (an individual's own name)" }} />
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

// The access providers the rule data has profiles for, as one-click picks for the provider field
// (any other name may be typed: its profile is then "other").
function ProviderPicks({ path, info }: { path: string; info: AppInfo }) {
  const lang = useLang();
  const { update } = useDraft();
  return (
    <Space size={4} wrap className="provider-picks">
      {info.providers.map((p) => (
        <Button key={p.id} size="small" type="link" className="provider-pick" data-provider={p.id} onClick={() => update(path, p.name_zh)}>
          {lang === "zh" ? p.name_zh : p.name_en}
        </Button>
      ))}
    </Space>
  );
}

// A residence proof (居住证明) for a person whose ID address lies in another province: the kind
// first; its province, number and validity once a kind is chosen (values typed before a kind is
// cleared stay in the draft).
function ResidenceProofFields({ path, info }: { path: string; info: AppInfo }) {
  const { draft } = useDraft();
  const kind = getAt(draft, `${path}.kind`);
  return (
    <>
      <div className="grid2">
        <SelectField
          path={`${path}.kind`}
          label={{ zh: "居住证明（外省户籍时）", en: "Residence proof (non-local ID)" }}
          options={enumOptions("ResidenceProofKind")}
          allowClear
        />
        {Boolean(kind) && (
          <SelectField path={`${path}.province`} label={{ zh: "签发省份", en: "Issued by (province)" }} options={provinceOptions(info)} />
        )}
      </div>
      {Boolean(kind) && (
        <>
          <TextField path={`${path}.number`} label={{ zh: "居住证明编号", en: "Number on the proof" }} />
          <DateValidity path={`${path}.validity`} />
        </>
      )}
    </>
  );
}

function PersonFields({ path, showLandline, info }: { path: string; showLandline: boolean; info: AppInfo }) {
  return (
    <>
      <div className="grid2">
        <TextField path={`${path}.name`} label={{ zh: "姓名", en: "Name" }} />
        <SelectField path={`${path}.id.kind`} label={{ zh: "证件类型", en: "ID type" }} options={personalIdOptions()} />
      </div>
      <IdAddressFields
        path={`${path}.id_address`}
        info={info}
        number={<TextField path={`${path}.id.number`} label={{ zh: "证件号码", en: "ID number" }} />}
      />
      <DateValidity path={`${path}.id.validity`} />
      <ResidenceProofFields path={`${path}.residence_proof`} info={info} />
      <div className="grid3">
        <TextField path={`${path}.mobile`} label={{ zh: "手机号码", en: "Mobile" }} />
        {showLandline && <TextField path={`${path}.landline`} label={{ zh: "办公电话", en: "Landline" }} placeholder="020-12345678" />}
        <TextField path={`${path}.email`} label={{ zh: "电子邮箱", en: "Email" }} />
      </div>
    </>
  );
}

export function PrincipalStep({ info }: { info: AppInfo }) {
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
  const legalRep = (draft.entity.legal_representative ?? "").trim();
  return (
    <>
      {individual && (
        <Button id="copy-entity-person" onClick={copyFromEntity} style={{ marginBottom: 16 }}>
          {pick(UI.copyEntityPerson, lang)}
        </Button>
      )}
      {!individual && (
        <Button
          id="copy-legal-rep"
          disabled={!legalRep}
          title={legalRep ? undefined : pick(UI.noLegalRep, lang)}
          onClick={() => update("entity.principal.name", legalRep)}
          style={{ marginBottom: 16 }}
        >
          {pick(UI.sameAsLegalRep, lang)}
          {legalRep ? `（${legalRep}）` : ""}
        </Button>
      )}
      <PersonFields path="entity.principal" showLandline={!individual} info={info} />
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

const LANGUAGES: Option[] = [
  { value: "zh-Hans", label: { zh: "简体中文", en: "Simplified Chinese" } },
  { value: "zh-Hant", label: { zh: "繁体中文", en: "Traditional Chinese" } },
  { value: "en", label: { zh: "英语", en: "English" } },
  { value: "ja", label: { zh: "日语", en: "Japanese" } },
  { value: "ko", label: { zh: "韩语", en: "Korean" } },
];

/** One domain of a website with its holder and registration data. */
function DomainFields({ site, j, count, onSplit }: { site: number; j: number; count: number; onSplit: () => void }) {
  const lang = useLang();
  const { draft, update } = useDraft();
  const w = `websites[${site}]`;
  const d = `${w}.domains[${j}]`;
  const domains = (draft.websites ?? [])[site]?.domains ?? [];
  const holderFromEntity = () => {
    update(d, {
      ...domains[j],
      holder_name: draft.entity.name,
      holder_kind: draft.entity.kind === "individual" ? "individual" : "organisation",
    } satisfies DomainEntry);
  };
  return (
    <div className="domain-block" id={fieldId(d)}>
      {count > 1 && (
        <div className="domain-head">
          <Typography.Text strong>
            {pick(UI.domain, lang)} {j + 1}
          </Typography.Text>
          <Space size={4}>
            {j > 0 && (
              <Button size="small" type="primary" ghost id={`split-domain-${site}-${j}`} onClick={onSplit}>
                {pick(UI.newSiteForDomain, lang)}
              </Button>
            )}
            <Button size="small" danger id={`remove-domain-${site}-${j}`} onClick={() => update(`${w}.domains`, domains.filter((__, k) => k !== j))}>
              {pick(UI.removeDomain, lang)}
            </Button>
          </Space>
        </div>
      )}
      <TextField path={`${d}.name`} label={{ zh: "域名（不含 www）", en: "Domain (without www)" }} placeholder="example.cn" />
      <Divider orientation="left" plain>
        <Label text={UI.domainHolder} />
      </Divider>
      <Button size="small" id={`copy-holder-${site}-${j}`} disabled={!(draft.entity.name ?? "").trim()} onClick={holderFromEntity} style={{ marginBottom: 12 }}>
        {pick(UI.sameAsEntityName, lang)}
      </Button>
      <div className="grid2">
        <TextField path={`${d}.holder_name`} label={{ zh: "持有者名称", en: "Holder name" }} />
        <SelectField path={`${d}.holder_kind`} label={{ zh: "持有者类型", en: "Holder type" }} options={enumOptions("HolderKind")} allowClear />
      </div>
      <div className="grid2">
        <TextField path={`${d}.registrar`} label={{ zh: "注册商", en: "Registrar" }} />
        <YesNoField
          path={`${d}.registrar_in_mainland`}
          label={{ zh: "注册商在境内", en: "Registrar in mainland China" }}
          yes={{ zh: "是", en: "Yes" }}
          no={{ zh: "否（境外注册商）", en: "No (registrar abroad)" }}
        />
      </div>
      <div className="grid2">
        <DateField path={`${d}.expiry`} label={{ zh: "域名到期日", en: "Domain expiry" }} />
        <DateField path={`${d}.real_name_verified`} label={{ zh: "实名认证日期", en: "Real-name verified on" }} />
      </div>
    </div>
  );
}

/** 前置审批: permits held, and the areas declared as not involved (for the 不涉及前置审批承诺书). */
function PreapprovalFields({ site }: { site: number }) {
  const lang = useLang();
  const { draft, update } = useDraft();
  const w = `websites[${site}]`;
  const list = (draft.websites ?? [])[site]?.preapprovals ?? [];
  const areas = enumOptions("PreapprovalArea");
  const declared = new Set(list.map((p) => p.area));
  const free = areas.filter((a) => !declared.has(a.value as (typeof list)[number]["area"]));
  return (
    <div className="preapprovals" id={fieldId(`${w}.preapprovals`)}>
      <Typography.Paragraph type="secondary" className="small">
        {pick(UI.preapprovalHint, lang)}
      </Typography.Paragraph>
      <FieldFindings path={`${w}.preapprovals`} />
      {list.map((_, k) => (
        <div className="grid2 list-row" key={k}>
          <SelectField path={`${w}.preapprovals[${k}].area`} label={{ zh: "审批领域", en: "Area" }} options={areas} />
          <div className="row-with-action">
            <TextField path={`${w}.preapprovals[${k}].number`} label={{ zh: "审批文号/许可证编号", en: "Approval or permit number" }} />
            <Button size="small" danger id={`remove-preapproval-${site}-${k}`} onClick={() => update(`${w}.preapprovals`, list.filter((__, j) => j !== k))}>
              {pick(UI.remove, lang)}
            </Button>
          </div>
        </div>
      ))}
      <Button
        size="small"
        type="dashed"
        id={`add-preapproval-${site}`}
        disabled={free.length === 0}
        onClick={() => update(`${w}.preapprovals`, [...list, { area: free[0].value, number: "" }])}
        style={{ marginBottom: 12 }}
      >
        + {pick(UI.addPreapproval, lang)}
      </Button>
      <CheckboxesField
        path={`${w}.content_areas`}
        label={{ zh: "网站涉及的需要前置审批的内容", en: "Content on the site that needs a pre-approval" }}
        options={areas}
      />
      <CheckboxesField path={`${w}.not_involved`} label={UI.notInvolved} options={areas} disabled={declared} />
    </div>
  );
}

/** A new website for domain `j` of website `i`: the domain moves there, with a copy of the
 * website's provider, IPs, service, languages and person in charge (its holder comes with the
 * domain, or from the first domain when blank). */
export function splitDomain(sites: Website[], i: number, j: number): Website[] {
  const from = sites[i];
  const domains = from.domains ?? [];
  const moved = { ...domains[j] };
  if (!(moved.holder_name ?? "").trim() && domains[0]) {
    moved.holder_name = domains[0].holder_name;
    moved.holder_kind = domains[0].holder_kind;
  }
  const copy: Website = {
    ...blankWebsite(),
    domains: [moved],
    access_provider: from.access_provider,
    ips: [...(from.ips ?? [])],
    service_content: from.service_content,
    languages: [...(from.languages ?? [])],
    principal: { ...from.principal, id: { ...from.principal.id, validity: { ...from.principal.id.validity } } },
  };
  const kept = { ...from, domains: domains.filter((_, k) => k !== j) };
  return [...sites.slice(0, i), kept, copy, ...sites.slice(i + 1)];
}

/** The after-approval inputs of a website are shown once the filing is past the draft, or while
 * one of them holds a value (so a finding about them always has its input). */
function showAfterApproval(status: string | undefined, site: Website): boolean {
  return (
    (status ?? "draft") !== "draft" ||
    (site.filing_number ?? "").trim() !== "" ||
    !!site.online_since ||
    (site.police_filing_number ?? "").trim() !== ""
  );
}

/** 审核通过后: the website's filing number, the day it went online, the public-security number. */
function WebsiteAfterApproval({ site }: { site: number }) {
  const w = `websites[${site}]`;
  return (
    <Card size="small" className="subcard after-approval" title={<Label text={UI.afterApproval} />}>
      <div className="grid3">
        <TextField path={`${w}.filing_number`} label={{ zh: "网站备案号", en: "Website filing number" }} placeholder="粤ICP备12345678号-1" />
        <DateField path={`${w}.online_since`} label={{ zh: "网站开通日期", en: "Online since" }} />
        <TextField path={`${w}.police_filing_number`} label={{ zh: "公安联网备案号", en: "Public-security filing number" }} placeholder="粤公网安备44030502000001号" />
      </div>
    </Card>
  );
}

export function WebsitesStep({ info }: { info: AppInfo }) {
  const lang = useLang();
  const { draft, update } = useDraft();
  const individual = draft.entity.kind === "individual";
  const sites = draft.websites ?? [];
  const split = (i: number, j: number) => {
    update("websites", splitDomain(sites, i, j));
    afterPaint(() => focusField(`websites[${i + 1}].name`));
  };
  return (
    <div id={fieldId("websites")}>
      <FieldFindings path="websites" sources />
      {sites.map((site, i) => {
        const w = `websites[${i}]`;
        const domains = site.domains ?? [];
        return (
          <Card
            key={i}
            className="site-card"
            id={fieldId(w)}
            title={`${pick(UI.website, lang)} ${i + 1}${site.name ? ` · ${site.name}` : ""}`}
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
              <TextField path={`${w}.home_page`} label={{ zh: "首页地址", en: "Home page" }} placeholder="www.example.cn" />
              <TagsField path={`${w}.languages`} label={{ zh: "网站语言", en: "Website languages" }} options={LANGUAGES} />
            </div>
            <div className="grid2">
              <TextField
                path={`${w}.access_provider`}
                label={{ zh: "接入服务商", en: "Access provider" }}
                extra={<ProviderPicks path={`${w}.access_provider`} info={info} />}
              />
              <ListField path={`${w}.ips`} label={{ zh: "IP 地址（逗号分隔）", en: "IP addresses (comma-separated)" }} />
            </div>
            <TextField path={`${w}.description`} label={{ zh: "网站内容描述", en: "Content description" }} textarea />
            {showAfterApproval(draft.application.status, site) && <WebsiteAfterApproval site={i} />}
            <Divider orientation="left">
              <Label text={UI.domains} />
            </Divider>
            <div id={fieldId(`${w}.domains`)} className="domains">
              <FieldFindings path={`${w}.domains`} sources />
              {domains.map((_, j) => (
                <DomainFields key={j} site={i} j={j} count={domains.length} onSplit={() => split(i, j)} />
              ))}
              <Button size="small" type="dashed" id={`add-domain-${i}`} onClick={() => update(`${w}.domains`, [...domains, blankDomain()])} style={{ marginBottom: 12 }}>
                + {pick(UI.addDomain, lang)}
              </Button>
            </div>
            <Divider orientation="left">
              <Label text={UI.preapprovals} />
            </Divider>
            <PreapprovalFields site={i} />
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
            <PersonFields path={`${w}.principal`} showLandline={!individual} info={info} />
          </Card>
        );
      })}
      <Button id="add-website" type="dashed" block onClick={() => update("websites", [...sites, blankWebsite()])}>
        + {pick(UI.addWebsite, lang)}
      </Button>
      <Form.Item noStyle />
    </div>
  );
}
