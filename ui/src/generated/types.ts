/* Generated from the Rust types by ui/scripts/gen-types.mjs: do not edit.
 * Regenerate with scripts/check-ui-types.sh --write. */

/**
 * A filing province (省、自治区、直辖市). Serialised as its pinyin slug, e.g. `guangdong`.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Province".
 */
export type Province =
  | "beijing"
  | "tianjin"
  | "hebei"
  | "shanxi"
  | "inner-mongolia"
  | "liaoning"
  | "jilin"
  | "heilongjiang"
  | "shanghai"
  | "jiangsu"
  | "zhejiang"
  | "anhui"
  | "fujian"
  | "jiangxi"
  | "shandong"
  | "henan"
  | "hubei"
  | "hunan"
  | "guangdong"
  | "guangxi"
  | "hainan"
  | "chongqing"
  | "sichuan"
  | "guizhou"
  | "yunnan"
  | "tibet"
  | "shaanxi"
  | "gansu"
  | "qinghai"
  | "ningxia"
  | "xinjiang";
/**
 * What went wrong, as the UI reacts to it.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ErrorKind".
 */
export type ErrorKind =
  | "invalid-draft"
  | "unsupported-version"
  | "invalid-rules"
  | "not-found"
  | "permission-denied"
  | "io"
  | "letter"
  | "image"
  | "dialog"
  | "open"
  | "other";
/**
 * 备案类型 / Kind of filing application.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ApplicationKind".
 */
export type ApplicationKind = "first-filing" | "new-website" | "new-access" | "change";
/**
 * 证件类型 / Certificate or identity-document type, for entities and persons alike.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "CertificateKind".
 */
export type CertificateKind =
  | "resident-id-card"
  | "temporary-id-card"
  | "passport"
  | "hk-macao-travel-permit"
  | "taiwan-travel-permit"
  | "hk-macao-residence-permit"
  | "taiwan-residence-permit"
  | "foreign-permanent-residence"
  | "business-licence"
  | "uscc-certificate"
  | "organisation-code"
  | "public-institution-certificate"
  | "social-organisation-certificate"
  | "private-non-enterprise-certificate"
  | "foundation-certificate"
  | "law-firm-licence"
  | "military-code"
  | "overseas-organisation-certificate"
  | "other";
/**
 * 主体性质 / Entity type.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "EntityKind".
 */
export type EntityKind =
  | "individual"
  | "enterprise"
  | "individual-business"
  | "public-institution"
  | "government"
  | "social-organisation"
  | "private-non-enterprise"
  | "foundation"
  | "law-firm"
  | "defence"
  | "other-organisation"
  | "overseas-organisation";
/**
 * 域名持有者类型 / Who holds the domain.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "HolderKind".
 */
export type HolderKind = "individual" | "organisation";
/**
 * 前置审批领域 / Pre-approval (前置审批) area.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "PreapprovalArea".
 */
export type PreapprovalArea =
  | "news"
  | "publishing"
  | "education"
  | "medical"
  | "drugs"
  | "culture"
  | "audio-visual"
  | "finance"
  | "ride-hailing"
  | "religion"
  | "bulletin-board";
/**
 * 网站服务内容 / Service content of a website.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ServiceContent".
 */
export type ServiceContent =
  "organisation-portal" | "blog" | "forum" | "e-commerce" | "general-portal" | "other";
/**
 * How serious a finding is.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Severity".
 */
export type Severity = "error" | "warning" | "info";

/**
 * Every type the UI exchanges with the shell.
 */
export interface UiTypes {
  app_info: AppInfo;
  checklist: Checklist;
  command_error: CommandError;
  draft: Draft;
  draft_entry: DraftEntry;
  image_options: ImageOptions;
  needed_letter: NeededLetter;
  report: Report;
}
/**
 * What the UI asks for once at start.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "AppInfo".
 */
export interface AppInfo {
  /**
   * Folder that holds the drafts.
   */
  drafts_dir: string;
  /**
   * The 31 filing provinces with labels and hints.
   */
  provinces: ProvinceLabel[];
  /**
   * Name of the sample draft written on this (first) start, to open it.
   */
  sample_created?: string | null;
  /**
   * Today's date as the shell passes it to the core.
   */
  today: string;
  /**
   * App version.
   */
  version: string;
}
/**
 * A province with its labels and the province file's summary (shown as a hint).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ProvinceLabel".
 */
export interface ProvinceLabel {
  /**
   * 粤
   */
  abbreviation: string;
  /**
   * Guangdong
   */
  name_en: string;
  /**
   * 广东
   */
  name_zh: string;
  province: Province;
  /**
   * Summary of the province's rules, English.
   */
  summary_en: string;
  /**
   * 该省规则摘要 / Summary of the province's rules, Chinese.
   */
  summary_zh: string;
}
/**
 * The checklist of a draft.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Checklist".
 */
export interface Checklist {
  /**
   * Items in a stable order.
   */
  items: ChecklistItem[];
}
/**
 * One material to prepare.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ChecklistItem".
 */
export interface ChecklistItem {
  /**
   * Field path the rule looked at.
   */
  field: string;
  /**
   * The letter (PDF) this app can produce for it, e.g. `gd-commitment-organisation`.
   */
  letter?: string | null;
  /**
   * Material id from `assets/materials.toml`, e.g. `gd-commitment-letter`.
   */
  material: string;
  /**
   * English name.
   */
  name_en: string;
  /**
   * 材料名称 / Chinese name.
   */
  name_zh: string;
  /**
   * Why it is needed, in English.
   */
  reason_en: string;
  /**
   * 原因 / Why it is needed (the finding's message).
   */
  reason_zh: string;
  /**
   * The rule code that asked for it.
   */
  rule: string;
  /**
   * Sources of the rule, one line.
   */
  source: string;
  /**
   * What it is about (a domain, a person), empty for the whole filing.
   */
  subject: string;
}
/**
 * An error returned by a command.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "CommandError".
 */
export interface CommandError {
  kind: ErrorKind;
  /**
   * The message in English.
   */
  message_en: string;
  /**
   * 中文说明 / The message in Chinese.
   */
  message_zh: string;
}
/**
 * 备案草稿 / A filing draft: application, entity (主体) and websites (网站).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Draft".
 */
export interface Draft {
  application: Application;
  entity: Entity;
  /**
   * 草稿格式版本 / Draft format version (currently 1).
   */
  schema_version: number;
  /**
   * 网站信息（一个或多个）/ Websites to file (one or more).
   */
  websites?: Website[];
}
/**
 * 备案申请 / The application.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Application".
 */
export interface Application {
  /**
   * 已有主体备案号（新增网站、新增接入、变更时必填），如 粤ICP备12345678号 / Existing filing
   * number, required for new-website, new-access and change.
   */
  filing_number?: string;
  kind: ApplicationKind;
  /**
   * 计划提交日期（默认今天）/ Planned submission date (defaults to today).
   */
  planned_submission?: string | null;
  /**
   * 该主体已备案的网站 / Websites of this entity that are already filed.
   */
  previous_filings?: PreviousFiling[];
  province: Province;
  /**
   * 备注 / Remark sent with the application.
   */
  remark?: string;
}
/**
 * 已备案网站 / A website the entity already filed.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "PreviousFiling".
 */
export interface PreviousFiling {
  /**
   * 域名 / Domain.
   */
  domain?: string;
  /**
   * 网站备案号，如 粤ICP备12345678号-1 / Website filing number.
   */
  filing_number?: string;
  /**
   * 网站名称 / Website name.
   */
  website_name?: string;
}
/**
 * 备案主体 / The filing entity.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Entity".
 */
export interface Entity {
  /**
   * 经营范围（用于前置审批关键词检查）/ Business scope (scanned for pre-approval keywords).
   */
  business_scope?: string;
  certificate: Certificate;
  certificate_address?: Address;
  emergency_contact?: EmergencyContact;
  /**
   * 投资者或上级主管单位 / Investor or superior body.
   */
  investor?: string;
  kind: EntityKind;
  /**
   * 法定代表人（单位）/ Legal representative (organisations).
   */
  legal_representative?: string;
  mailing_address?: Address;
  /**
   * 主办单位名称或个人姓名（与证件一致）/ Organisation name or person's name, exactly as on
   * the certificate.
   */
  name?: string;
  principal: Person;
}
/**
 * 证件 / A certificate: type, number, validity.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Certificate".
 */
export interface Certificate {
  kind: CertificateKind;
  /**
   * 证件号码 / Certificate number.
   */
  number?: string;
  validity?: Validity;
}
/**
 * 有效期 / Validity period of a certificate or ID.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Validity".
 */
export interface Validity {
  /**
   * 有效期截止（长期有效时留空）/ Last day of validity (empty when long-term).
   */
  end?: string | null;
  /**
   * 长期有效 / Valid without end date (长期).
   */
  long_term?: boolean;
  /**
   * 有效期开始 / First day of validity.
   */
  start?: string | null;
}
/**
 * 地址 / An address split into its administrative parts.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Address".
 */
export interface Address {
  /**
   * 市 / City.
   */
  city?: string;
  /**
   * 详细地址（到门牌号，不含省市区）/ Street address down to the door number, without
   * province, city and district.
   */
  detail?: string;
  /**
   * 区/县 / District or county.
   */
  district?: string;
  /**
   * 省份（大陆以外留空）/ Province (empty outside the mainland).
   */
  province?: Province | null;
}
/**
 * 应急联系人 / Emergency contact.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "EmergencyContact".
 */
export interface EmergencyContact {
  /**
   * 手机号码 / Mobile number.
   */
  mobile?: string;
  /**
   * 姓名 / Name.
   */
  name?: string;
  /**
   * 与负责人的关系（如 员工、配偶）/ Relation to the person in charge (e.g. colleague, spouse).
   */
  relation?: string;
}
/**
 * 负责人 / A person in charge (主体负责人 or 网站负责人).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Person".
 */
export interface Person {
  /**
   * 电子邮箱 / Email.
   */
  email?: string;
  id: Certificate;
  /**
   * 办公电话（区号-号码）/ Landline (area code-number).
   */
  landline?: string;
  /**
   * 手机号码 / Mobile number.
   */
  mobile?: string;
  /**
   * 姓名 / Name as on the ID.
   */
  name?: string;
}
/**
 * 网站 / A website to file.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Website".
 */
export interface Website {
  /**
   * 接入服务商 / Access provider (hosting company).
   */
  access_provider?: string;
  /**
   * 网站内容描述（备注）/ Description of the site's content (remark).
   */
  description?: string;
  /**
   * 网站域名（一个网站一个域名）/ Domains (one per website since 2019).
   */
  domains?: DomainEntry[];
  /**
   * 网站首页地址 / Home page URL.
   */
  home_page?: string;
  /**
   * 网站 IP 地址 / Server IP addresses.
   */
  ips?: string[];
  /**
   * 网站语言（如 zh-Hans、en）/ Site languages (e.g. zh-Hans, en).
   */
  languages?: string[];
  /**
   * 网站名称 / Website name.
   */
  name?: string;
  /**
   * 声明不涉及的前置审批领域 / Areas the applicant declares the site does not operate in.
   */
  not_involved?: PreapprovalArea[];
  /**
   * 已取得的前置审批 / Pre-approvals held.
   */
  preapprovals?: Preapproval[];
  principal: Person;
  service_content: ServiceContent;
}
/**
 * 域名 / A domain of a website with its registration data (from the domain certificate).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "DomainEntry".
 */
export interface DomainEntry {
  /**
   * 域名到期日 / Domain expiry date.
   */
  expiry?: string | null;
  /**
   * 持有者类型 / Holder type.
   */
  holder_kind?: HolderKind | null;
  /**
   * 域名持有者（实名认证的名称）/ Holder name on the real-name record.
   */
  holder_name?: string;
  /**
   * 域名（不含 www）/ Domain name without `www`, e.g. example.cn or 例子.中国.
   */
  name?: string;
  /**
   * 实名认证完成日期 / Date the real-name verification completed.
   */
  real_name_verified?: string | null;
  /**
   * 注册商名称 / Registrar.
   */
  registrar?: string;
  /**
   * 注册商在境内（工信部批准）/ Registrar is an MIIT-approved mainland registrar.
   */
  registrar_in_mainland?: boolean;
}
/**
 * 前置审批 / A pre-approval (permit) the applicant holds.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Preapproval".
 */
export interface Preapproval {
  area: PreapprovalArea;
  /**
   * 审批文号/许可证编号 / Approval or permit number.
   */
  number?: string;
}
/**
 * One draft in the folder, as listed on the start screen.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "DraftEntry".
 */
export interface DraftEntry {
  /**
   * 主体名称 / Entity name in the draft (may be empty).
   */
  entity_name: string;
  /**
   * 错误数 / Number of findings of severity error; none when the file cannot be read.
   */
  error_count?: number | null;
  /**
   * 最后修改时间 / Last modification of the file (UTC).
   */
  modified?: string | null;
  /**
   * 草稿名称（文件名，不含 .json）/ Draft name (file name without `.json`).
   */
  name: string;
  /**
   * 文件路径 / Full path of the file.
   */
  path: string;
  /**
   * 文件无法读取时的原因（中英）/ Why the file cannot be read (Chinese / English), if so.
   */
  problem?: string | null;
  /**
   * 备案省份 / Filing province; none when the file cannot be read.
   */
  province?: Province | null;
}
/**
 * Material kinds and filing systems the image step offers.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ImageOptions".
 */
export interface ImageOptions {
  /**
   * Material kinds.
   */
  kinds: ImageKind[];
  /**
   * Filing systems with their own limits (`huawei`, `aliyun` …).
   */
  systems: string[];
}
/**
 * A material kind with its labels.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ImageKind".
 */
export interface ImageKind {
  /**
   * Id, e.g. `id-front`.
   */
  id: string;
  /**
   * English name.
   */
  name_en: string;
  /**
   * 中文名称
   */
  name_zh: string;
}
/**
 * A letter the draft needs.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "NeededLetter".
 */
export interface NeededLetter {
  /**
   * Letter id, e.g. `gd-commitment-organisation`.
   */
  id: string;
  /**
   * English name.
   */
  name_en: string;
  /**
   * 信函名称 / Chinese name.
   */
  name_zh: string;
}
/**
 * The outcome of checking a draft: findings in a stable order.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Report".
 */
export interface Report {
  /**
   * Findings, errors first, then by field path.
   */
  findings: Finding[];
}
/**
 * One finding about a draft.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Finding".
 */
export interface Finding {
  /**
   * Stable rule code (kebab-case).
   */
  code: string;
  /**
   * Set when the sources disagree.
   */
  dispute?: Dispute | null;
  /**
   * Field path, e.g. `entity.principal.id.number`; empty for the whole draft.
   */
  field: string;
  /**
   * Material the finding puts on the checklist, if any.
   */
  material?: string | null;
  /**
   * Message in English.
   */
  message_en: string;
  /**
   * 中文说明 / Message in Chinese.
   */
  message_zh: string;
  /**
   * Parameters that filled in the message (stable, for the UI and tests).
   */
  params: [unknown, unknown][];
  /**
   * The province whose rule this is; none for national rules.
   */
  province?: Province | null;
  severity: Severity;
  /**
   * Sources, one line: `UC 2024-04-01; QC undated`.
   */
  source: string;
  /**
   * Sources in detail.
   */
  sources: Source[];
}
/**
 * A note that the sources disagree, shown with the finding.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Dispute".
 */
export interface Dispute {
  /**
   * English text.
   */
  en: string;
  /**
   * 中文说明 / Chinese text.
   */
  zh: string;
}
/**
 * A source a rule rests on: a tag from the research legend (or a seed file), a date, a note.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  /**
   * Date of the source or its version (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `undated`).
   */
  date: string;
  /**
   * What this source says, briefly.
   */
  note?: string;
  /**
   * Source tag (e.g. `UC`, `QC`, `HW`, `33号令`) or seed file name.
   */
  tag: string;
}
