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
 * Stable codes of image warnings and reasons (the UI and tests match these; texts are zh + en).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "WarningCode".
 */
export type WarningCode =
  | "greyscale"
  | "too-small"
  | "aspect-ratio"
  | "orientation"
  | "format-not-accepted"
  | "too-many-bytes"
  | "too-few-bytes"
  | "too-many-pixels"
  | "exif-rotated"
  | "padded"
  | "watermark-over-text"
  | "watermark-skipped"
  | "watermark-advised"
  | "needs-crop";
/**
 * What a material image shows; selects the upload target.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "MaterialKind".
 */
export type MaterialKind =
  | "id-front"
  | "id-back"
  | "id-combined"
  | "business-licence"
  | "verification-photo"
  | "letter-scan"
  | "domain-certificate"
  | "residence-permit"
  | "other";
/**
 * Which way round the image should be.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Orientation".
 */
export type Orientation = "any" | "landscape" | "portrait";
/**
 * What happened to a field.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ChangeKind".
 */
export type ChangeKind = "changed" | "added" | "removed";
/**
 * A filing operation the change needs.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Operation".
 */
export type Operation =
  | "change-entity"
  | "change-website"
  | "change-access"
  | "cancel-website"
  | "cancel-entity"
  | "new-website";
/**
 * 字段路径，如 websites[0].domains[0].name（空字符串表示整个草稿）/ Field path, e.g. websites[0].domains[0].name (empty: the whole draft)
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "FieldPath".
 */
export type FieldPath = string;
/**
 * How far a source can be trusted for a verdict (see the severity policy in `docs/rules.md`).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Reliability".
 */
export type Reliability = "official" | "provider" | "third-party" | "user-report";
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
 * 备案状态 / Where the filing stands (the agency workspace sorts and filters by it).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "FilingStatus".
 */
export type FilingStatus = "draft" | "submitted" | "approved" | "change-pending";
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
 * 居住证明类型 / What proves that a person lives in the filing province although the ID's
 * address is elsewhere (the provinces that take non-local individuals name these).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ResidenceProofKind".
 */
export type ResidenceProofKind =
  | "residence-permit"
  | "temporary-residence-permit"
  | "student-card"
  | "social-insurance"
  | "property-deed";
/**
 * 前置审批领域 / Pre-approval (前置审批) area. The labels are the services' formal names, as
 * the undertakings write them.
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
  | "bulletin-board"
  | "online-games"
  | "adult-products";
/**
 * 域名持有者类型 / Who holds the domain.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "HolderKind".
 */
export type HolderKind = "individual" | "organisation";
/**
 * 网站服务内容 / Service content of a website: the MIIT filing system's 24 choices (codes 1–24 in
 * the filing APIs, e.g. CDNetworks' `beianContentType`), plus 论坛/社区 kept for drafts written
 * before (a forum is the 电子公告服务 pre-approval item).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ServiceContent".
 */
export type ServiceContent =
  | "instant-messaging"
  | "search-engine"
  | "general-portal"
  | "web-mail"
  | "online-news"
  | "blog"
  | "online-advertising"
  | "organisation-portal"
  | "e-commerce"
  | "online-payment"
  | "online-banking"
  | "online-trading"
  | "online-games"
  | "online-music"
  | "online-video"
  | "online-pictures"
  | "software-download"
  | "job-search"
  | "online-dating"
  | "real-estate"
  | "online-education"
  | "website-building"
  | "wap"
  | "forum"
  | "other";
/**
 * The letters this app can produce. The ids are those of `letter` in `assets/materials.toml`.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "LetterKind".
 */
export type LetterKind =
  | "gd-commitment-organisation"
  | "gd-commitment-individual"
  | "gd-finance-undertaking"
  | "preapproval-not-involved"
  | "authorisation-letter"
  | "checklist";
/**
 * Something drawn on a page.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Item".
 */
export type Item = TextRun | Rule | Frame;
/**
 * How dark something is drawn.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Tone".
 */
export type Tone = "ink" | "hint";
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
  attached_image: AttachedImage;
  calendar_export: CalendarExport;
  change_report: ChangeReport;
  checklist: Checklist;
  command_error: CommandError;
  draft: Draft;
  draft_entry: DraftEntry;
  footer_view: FooterView;
  image_options: ImageOptions;
  image_request: ImageRequest;
  letter_document: Document;
  needed_letter: NeededLetter;
  province_divisions: ProvinceDivisions;
  report: Report;
  startup_mark: StartupMark;
  workspace: Workspace;
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
   * The access providers with a profile in the rule data (not "other"), to pick from.
   */
  providers: ProviderLabel[];
  /**
   * The 31 filing provinces with labels and hints.
   */
  provinces: ProvinceLabel[];
  /**
   * 规则整理日期 / "Rules as of": the oldest `as_of` date of the built-in rule files.
   */
  rules_as_of?: string | null;
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
 * An access provider to pick: its id and names.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ProviderLabel".
 */
export interface ProviderLabel {
  /**
   * Profile id (`tencent-cloud`, …).
   */
  id: string;
  /**
   * English name.
   */
  name_en: string;
  /**
   * Chinese name (what the pick writes into the field).
   */
  name_zh: string;
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
 * An attached image: its check against the limits and the upload-ready preview.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "AttachedImage".
 */
export interface AttachedImage {
  inspection: Inspection;
  prepared: Prepared;
  /**
   * The upload-ready JPEG as a `data:` URL for the preview.
   */
  preview: string;
  request: ImageRequest;
  /**
   * Height of the turned image, pixels.
   */
  source_height: number;
  /**
   * The picked file turned by the quarter turns, without crop, as a small `data:` URL JPEG,
   * for drawing the crop; its size in pixels of the turned image.
   */
  source_preview: string;
  /**
   * Width of the turned image, pixels (the crop's coordinate space).
   */
  source_width: number;
}
/**
 * What [`inspect`] found about a file as it is.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Inspection".
 */
export interface Inspection {
  /**
   * File size, bytes.
   */
  bytes: number;
  /**
   * Share of pixels with real colour (0–1), for the UI.
   */
  colourful_share: number;
  /**
   * The file carries an EXIF orientation other than upright.
   */
  exif_rotated: boolean;
  /**
   * Format: jpg, png, webp or bmp.
   */
  format: string;
  /**
   * No real colour found.
   */
  greyscale: boolean;
  /**
   * Height as shown, pixels.
   */
  height: number;
  /**
   * The file can be uploaded as it is (no reasons).
   */
  meets_target: boolean;
  /**
   * Why it cannot, or what to look at; see [`WarningCode::fixed_by_prepare`].
   */
  reasons: ImageWarning[];
  target: Target;
  /**
   * Width as shown (after the EXIF orientation), pixels.
   */
  width: number;
}
/**
 * A warning or reason about an image: stable code + Chinese + English text.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ImageWarning".
 */
export interface ImageWarning {
  code: WarningCode;
  /**
   * English message.
   */
  en: string;
  /**
   * Chinese message.
   */
  zh: string;
}
/**
 * The resolved upload target of one material kind in one filing system.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Target".
 */
export interface Target {
  /**
   * See `aspect_min`.
   */
  aspect_max: number;
  /**
   * Range of long side ÷ short side that is normal for the kind.
   */
  aspect_min: number;
  /**
   * Greyscale images are refused.
   */
  colour: boolean;
  /**
   * Accepted file formats (lower-case extensions, e.g. `jpg`).
   */
  formats: string[];
  kind: MaterialKind;
  /**
   * Largest accepted file, bytes.
   */
  max_bytes: number;
  /**
   * Most pixels, if a maximum applies.
   */
  max_pixels?: number | null;
  /**
   * Smallest accepted file, bytes (0 = none).
   */
  min_bytes: number;
  /**
   * Fewest pixels (width × height), if a minimum applies.
   */
  min_pixels?: number | null;
  /**
   * Shortest readable short side in pixels, if any.
   */
  min_short_side?: number | null;
  orientation: Orientation;
  /**
   * Every entry that contributed, generic first.
   */
  sources: TargetSource[];
  /**
   * The filing system (`generic` when none was chosen).
   */
  system: string;
  /**
   * The system asks for the "仅供备案使用" watermark.
   */
  watermark_advised: boolean;
}
/**
 * Where a limit comes from.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "TargetSource".
 */
export interface TargetSource {
  /**
   * The date it was read (YYYY-MM-DD).
   */
  date: string;
  /**
   * The source, as written in the data file.
   */
  source: string;
}
/**
 * An upload-ready JPEG and how it was made.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Prepared".
 */
export interface Prepared {
  /**
   * File size, bytes.
   */
  bytes: number;
  /**
   * Whether the image was made smaller to fit.
   */
  downscaled: boolean;
  /**
   * Height, pixels.
   */
  height: number;
  /**
   * The byte limit that was met.
   */
  max_bytes: number;
  /**
   * Padding bytes added to reach the minimum size (0 = none).
   */
  padded_bytes: number;
  /**
   * JPEG quality (1–100).
   */
  quality: number;
  target: Target;
  /**
   * Warnings to show before upload.
   */
  warnings: ImageWarning[];
  /**
   * Watermark copies drawn (0 = none).
   */
  watermark_copies: number;
  /**
   * Width, pixels.
   */
  width: number;
}
/**
 * What the UI sends to check, prepare or export an image.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ImageRequest".
 */
export interface ImageRequest {
  /**
   * Crop in pixels of the image as shown after the quarter turns; none = the whole image.
   */
  crop?: Rect | null;
  /**
   * Material kind id.
   */
  kind: string;
  /**
   * The picked file.
   */
  path: string;
  /**
   * Clockwise quarter turns (0–3), applied before the crop.
   */
  quarter_turns?: number;
  /**
   * Filing system, none for the generic limits.
   */
  system?: string | null;
  /**
   * Draw the "仅供备案使用" watermark.
   */
  watermark: boolean;
}
/**
 * A crop rectangle in pixels, in the image as the user sees it: after the EXIF orientation and
 * the quarter turns. Parts outside the image are cut off; a rectangle with nothing inside is an
 * error.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Rect".
 */
export interface Rect {
  /**
   * Height.
   */
  height: number;
  /**
   * Width.
   */
  width: number;
  /**
   * Left edge.
   */
  x: number;
  /**
   * Top edge.
   */
  y: number;
}
/**
 * Where the calendar was saved and how many dates it holds.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "CalendarExport".
 */
export interface CalendarExport {
  /**
   * Number of dates (VEVENTs).
   */
  events: number;
  /**
   * The file written.
   */
  path: string;
}
/**
 * The change between the filed state and the draft.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ChangeReport".
 */
export interface ChangeReport {
  /**
   * Changed fields, in form order (entity, then websites in draft order).
   */
  changes: FieldChange[];
  /**
   * Operations, in a fixed order (entity first).
   */
  operations: OperationItem[];
}
/**
 * One changed field.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "FieldChange".
 */
export interface FieldChange {
  /**
   * The value now ("" when removed).
   */
  after: string;
  /**
   * The value now, for an English reader.
   */
  after_en: string;
  /**
   * The value as filed ("" when added), as a Chinese reader reads it (是/否, 企业).
   */
  before: string;
  /**
   * The value as filed, for an English reader (yes/no, enterprise).
   */
  before_en: string;
  kind: ChangeKind;
  /**
   * Field label, English.
   */
  label_en: string;
  /**
   * Field label, Chinese.
   */
  label_zh: string;
  /**
   * Field path in the draft (the new state), e.g. `entity.name`, `websites[0].domains[1].name`.
   */
  path: string;
}
/**
 * One operation and the websites it concerns (indices into the draft's websites; for a
 * cancelled website, into `filed.websites`).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "OperationItem".
 */
export interface OperationItem {
  /**
   * Its English name.
   */
  name_en: string;
  /**
   * Its Chinese name.
   */
  name_zh: string;
  operation: Operation;
  /**
   * Websites concerned, by name (empty for the entity).
   */
  websites: string[];
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
  field: FieldPath;
  /**
   * The upload-image kind when it is uploaded as an image (`id-front`, `letter-scan` …).
   */
  image_kind?: string | null;
  /**
   * The letter (PDF) this app can produce for it, e.g. `gd-commitment-organisation`.
   */
  letter?: string | null;
  /**
   * Material id from `assets/materials.toml`, e.g. `gd-commitment-organisation`.
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
   * Sources of the rule, one line (`publisher《title》date; …`).
   */
  source: string;
  /**
   * Sources of the rule with publisher, title, date and reliability.
   */
  sources: Source[];
  /**
   * What it is about (a domain, a person), empty for the whole filing.
   */
  subject: string;
}
/**
 * A source a rule rests on, as cited: the catalogue entry (`assets/sources.toml`) with the
 * citation's own date (where the cited page carries one) and note.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  /**
   * The date the source carries (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `undated`).
   */
  date: string;
  /**
   * Catalogue id.
   */
  id: string;
  /**
   * What this source says for the rule, briefly.
   */
  note?: string;
  /**
   * Who publishes it.
   */
  publisher: string;
  /**
   * The date it was read.
   */
  read: string;
  reliability: Reliability;
  /**
   * The document's title.
   */
  title: string;
  /**
   * Where it is public.
   */
  url?: string | null;
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
   * 已备案信息（变更前）：变更备案时，主体和网站在管局备案的样子 / The filing as approved,
   * before the change: for a change filing (变更), the entity and websites as they are on
   * record; `entity` and `websites` above are then the new state.
   */
  filed?: Filed | null;
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
   * 管局审核通过日期 / Date the Communications Administration approved the filing.
   */
  approved_on?: string | null;
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
  status?: FilingStatus;
  /**
   * 提交日期（提交给接入商初审的日期）/ Date the application was submitted to the provider.
   */
  submitted_on?: string | null;
  /**
   * 核验单签字日期 / Date the 网站备案信息真实性核验单 was signed (some provinces accept it for
   * a limited time only).
   */
  verification_form_date?: string | null;
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
   * 已被列入经营异常名录（国家企业信用信息公示系统）/ The organisation is on the list of
   * abnormal operations (经营异常名录) of the national enterprise credit system.
   */
  abnormal_operation_listed?: boolean;
  /**
   * 经营范围（用于前置审批关键词检查）/ Business scope (scanned for pre-approval keywords).
   */
  business_scope?: string;
  certificate: Certificate;
  certificate_address?: Address;
  emergency_contact?: EmergencyContact;
  /**
   * 个体工商户：有公章 / Individual business: it has an official seal; empty when not
   * answered.
   */
  has_official_seal?: boolean | null;
  /**
   * 个体工商户：营业执照上有字号（名称不是“*”或空白）/ Individual business: the licence
   * names a trade name (字号); empty when not answered.
   */
  has_trade_name?: boolean | null;
  /**
   * 投资者或上级主管单位 / Investor or superior body.
   */
  investor?: string;
  kind: EntityKind;
  /**
   * 法定代表人（单位）/ Legal representative (organisations).
   */
  legal_representative?: string;
  /**
   * 法定代表人为外籍人士（含港澳台居民）/ The legal representative is a foreign national (or a
   * resident of Hong Kong, Macao or Taiwan): some provinces then accept an authorised Chinese
   * citizen as the person in charge.
   */
  legal_representative_foreign?: boolean;
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
  id_address?: Address;
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
  residence_proof?: ResidenceProof;
}
/**
 * 居住证明 / Proof that a person whose ID address lies in another province lives in the filing
 * province: a residence permit (居住证) or what the province also takes. Empty (no kind) when none
 * is declared.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ResidenceProof".
 */
export interface ResidenceProof {
  /**
   * 居住证明类型 / Kind of proof.
   */
  kind?: ResidenceProofKind | null;
  /**
   * 证明编号（居住证号码）/ Number on it (the residence permit's number).
   */
  number?: string;
  /**
   * 签发省份 / Province that issued it.
   */
  province?: Province | null;
  validity?: Validity;
}
/**
 * 已备案信息 / The entity and websites as approved (the state a change starts from).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Filed".
 */
export interface Filed {
  entity: Entity;
  /**
   * 已备案网站（含各自的网站备案号）/ The websites as filed, each with its website number.
   */
  websites?: Website[];
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
   * 网站涉及的需要前置审批的内容（如网络游戏、新闻、视听节目）/ Content the site carries that
   * needs a pre-approval (online games, news, audio-visual programmes …), as the applicant
   * declares it.
   */
  content_areas?: PreapprovalArea[];
  /**
   * 网站内容描述（备注）/ Description of the site's content (remark).
   */
  description?: string;
  /**
   * 网站域名（一个网站一个域名）/ Domains (one per website since 2019).
   */
  domains?: DomainEntry[];
  /**
   * 网站备案号（审核通过后填写），如 粤ICP备12345678号-1 / The website's filing number, once
   * approved, e.g. 粤ICP备12345678号-1.
   */
  filing_number?: string;
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
   * 网站开通日期（上线之日，公安联网备案须在其后 30 日内办理）/ Date the website went online
   * (the public-security filing is due within 30 days of it).
   */
  online_since?: string | null;
  /**
   * 公安联网备案号，如 粤公网安备44030502000001号 / Public-security filing number.
   */
  police_filing_number?: string;
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
 * The footer snippets of a draft's websites and the public-security filing steps.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "FooterView".
 */
export interface FooterView {
  /**
   * One snippet per website.
   */
  footers: Footer[];
  /**
   * The public-security filing steps, in order.
   */
  police_steps: Step[];
}
/**
 * The footer snippet of one website.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Footer".
 */
export interface Footer {
  /**
   * HTML to paste into the page footer ("" when there is no number yet).
   */
  html: string;
  /**
   * Website name.
   */
  name: string;
  /**
   * The same, English.
   */
  notes_en: string[];
  /**
   * Why the snippet looks as it does and what else to do, Chinese.
   */
  notes_zh: string[];
  /**
   * The number the footer shows ("" when not approved yet).
   */
  number: string;
  /**
   * Sources, one line.
   */
  source: string;
  /**
   * The same as plain text.
   */
  text: string;
  /**
   * Website index in the draft.
   */
  website: number;
}
/**
 * A step of the public-security filing.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Step".
 */
export interface Step {
  /**
   * English.
   */
  en: string;
  /**
   * Sources, one line (`publisher《title》date; …`).
   */
  source: string;
  /**
   * Chinese.
   */
  zh: string;
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
   * Filing systems with the names users know (通用, 阿里云, 腾讯云, 华为云).
   */
  systems: System[];
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
 * A filing system as users know it: `aliyun` is 阿里云.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "System".
 */
export interface System {
  /**
   * Id used in the targets (`generic`, `aliyun` …).
   */
  id: string;
  /**
   * English name.
   */
  name_en: string;
  /**
   * 名称 / Chinese name (阿里云, 通用).
   */
  name_zh: string;
}
/**
 * A laid-out letter: pages of positioned items. Serialisable for the app's preview.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Document".
 */
export interface Document {
  /**
   * The date the letter was made for (PDF creation date), `YYYY-MM-DD`.
   */
  date: string;
  kind: LetterKind;
  /**
   * Pages in order.
   */
  pages: Page[];
  /**
   * Document title (also the PDF title).
   */
  title: string;
}
/**
 * One page.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Page".
 */
export interface Page {
  /**
   * Page height in mm.
   */
  height_mm: number;
  /**
   * Items in drawing order.
   */
  items: Item[];
  /**
   * Page width in mm.
   */
  width_mm: number;
}
/**
 * A run of text.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "TextRun".
 */
export interface TextRun {
  /**
   * Baseline, mm from the page's top edge.
   */
  baseline_mm: number;
  /**
   * Extra space after each character in pt (justification; PDF `Tc`, CSS `letter-spacing`).
   */
  char_spacing_pt: number;
  /**
   * Font size in pt.
   */
  size_pt: number;
  /**
   * The text.
   */
  text: string;
  tone: Tone;
  /**
   * Drawn width including the spacing, mm.
   */
  width_mm: number;
  /**
   * Left edge of the first glyph, mm from the page's left edge.
   */
  x_mm: number;
}
/**
 * A straight line.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Rule".
 */
export interface Rule {
  /**
   * Dashed instead of solid.
   */
  dashed: boolean;
  /**
   * Stroke width in pt.
   */
  width_pt: number;
  /**
   * Start x, mm.
   */
  x1_mm: number;
  /**
   * End x, mm.
   */
  x2_mm: number;
  /**
   * Start y, mm from the top.
   */
  y1_mm: number;
  /**
   * End y, mm from the top.
   */
  y2_mm: number;
}
/**
 * A rectangle outline.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Frame".
 */
export interface Frame {
  /**
   * Dashed instead of solid.
   */
  dashed: boolean;
  /**
   * Height, mm.
   */
  h_mm: number;
  tone: Tone;
  /**
   * Width, mm.
   */
  w_mm: number;
  /**
   * Stroke width in pt.
   */
  width_pt: number;
  /**
   * Left, mm.
   */
  x_mm: number;
  /**
   * Top, mm from the page's top edge.
   */
  y_mm: number;
}
/**
 * A letter the draft needs.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "NeededLetter".
 */
export interface NeededLetter {
  /**
   * The file name the save dialog suggests (and the printed checklist lists).
   */
  file: string;
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
  signing: Signing;
}
/**
 * What the applicant does with a letter once it is printed: who signs, whether it is sealed or
 * fingerprinted, where the scan is uploaded. Shown next to each letter in the app and on the
 * checklist PDF.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Signing".
 */
export interface Signing {
  /**
   * The signer presses a fingerprint on the marked spot.
   */
  fingerprint: boolean;
  /**
   * The organisation's official seal (公章) goes on the 42 mm seal area.
   */
  seal: boolean;
  /**
   * Who signs, in English.
   */
  signer_en: string;
  /**
   * 签字人 / Who signs, in Chinese.
   */
  signer_zh: string;
  /**
   * What to do, in English.
   */
  steps_en: string;
  /**
   * What to do, one sentence in Chinese (sign, seal, fingerprint).
   */
  steps_zh: string;
  /**
   * Where the scan goes, in English.
   */
  upload_en: string;
  /**
   * Where the scan goes, in Chinese.
   */
  upload_zh: string;
}
/**
 * 省份及其城市 / A province with its cities, for the address selects.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "ProvinceDivisions".
 */
export interface ProvinceDivisions {
  /**
   * 地级市（直辖市为其本身）/ Prefecture-level cities (a municipality: itself).
   */
  cities: CityDivisions[];
  province: Province;
}
/**
 * 城市及其区县 / A city with its districts.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "CityDivisions".
 */
export interface CityDivisions {
  /**
   * 区划代码 / GB/T 2260 code.
   */
  code: number;
  /**
   * 区县（没有县级的城市为空，如东莞市）/ Districts and counties (none for a city without
   * county level, such as 东莞市).
   */
  districts: DistrictEntry[];
  /**
   * 名称 / Name, e.g. 石家庄市.
   */
  name: string;
}
/**
 * 区县 / A district or county.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "DistrictEntry".
 */
export interface DistrictEntry {
  /**
   * 区划代码 / GB/T 2260 code.
   */
  code: number;
  /**
   * 名称 / Name, e.g. 长安区.
   */
  name: string;
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
  field: FieldPath;
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
   * Sources, one line: `publisher《title》date; …`.
   */
  source: string;
  /**
   * Sources in detail, with reliability.
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
 * A named moment of the page's start-up (`performance.mark` in the UI), ms since the page
 * started loading.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "StartupMark".
 */
export interface StartupMark {
  /**
   * Milliseconds since the page started loading.
   */
  ms: number;
  /**
   * The mark's name (`js-evaluated`, `app-info`, …).
   */
  name: string;
}
/**
 * Every draft of the data folder as the workspace shows it.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Workspace".
 */
export interface Workspace {
  /**
   * One row per readable draft, most recently edited first.
   */
  rows: WorkspaceRow[];
  /**
   * The date the rows were computed for (the shell's today).
   */
  today: string;
  /**
   * Drafts that cannot be read, with why.
   */
  unreadable: Unreadable[];
}
/**
 * One draft: the core's row plus when its file was last written.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "WorkspaceRow".
 */
export interface WorkspaceRow {
  /**
   * Entity name ("" when not filled in yet).
   */
  entity: string;
  entity_kind: EntityKind;
  /**
   * Number of errors.
   */
  errors: number;
  /**
   * Every date of the draft (the calendar's events), in date order.
   */
  events: Event[];
  /**
   * The entity filing number, once approved.
   */
  filing_number: string;
  kind: ApplicationKind;
  /**
   * Last modification of the file (UTC).
   */
  modified?: string | null;
  /**
   * The draft's name (file stem).
   */
  name: string;
  /**
   * The next date that matters (on or after today), if any.
   */
  next?: Event | null;
  /**
   * Public-security filings already past their due date (still without a number).
   */
  overdue: number;
  province: Province;
  status: FilingStatus;
  /**
   * Number of warnings.
   */
  warnings: number;
}
/**
 * One date in the calendar.
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Event".
 */
export interface Event {
  /**
   * The date.
   */
  date: string;
  /**
   * The draft's name (its file stem in the workspace).
   */
  draft: string;
  /**
   * The draft field the date comes from.
   */
  field: string;
  /**
   * The date's kind (`person-id-expiry`, `police-filing-due`, …).
   */
  kind: string;
  /**
   * What to do, English.
   */
  note_en: string;
  /**
   * What to do, Chinese.
   */
  note_zh: string;
  /**
   * The alarm this many days before (0: on the day).
   */
  remind_days: number;
  /**
   * Sources, one line.
   */
  source: string;
  /**
   * Title, English.
   */
  summary_en: string;
  /**
   * Title, Chinese.
   */
  summary_zh: string;
  /**
   * Stable UID (the same for the same draft, kind, field and date).
   */
  uid: string;
}
/**
 * A draft the workspace could not read: its name and why (zh, en).
 *
 * This interface was referenced by `UiTypes`'s JSON-Schema
 * via the `definition` "Unreadable".
 */
export interface Unreadable {
  /**
   * Why, English.
   */
  message_en: string;
  /**
   * Why, Chinese.
   */
  message_zh: string;
  /**
   * The file's name.
   */
  name: string;
}
