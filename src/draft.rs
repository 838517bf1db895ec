//! The draft: one ICP filing application as the applicant fills it in, saved as UTF-8 JSON.
//!
//! The format is versioned (`schema_version`) and documented: `icp-filing schema` prints its JSON
//! Schema with every field described in Chinese and English. Text fields the applicant has not
//! filled in yet are empty strings, so a half-finished draft is still a valid file; the rule
//! engine reports what is missing. Dates are `YYYY-MM-DD`.
//!
//! This module only describes data; it checks nothing (see [`crate::engine`]).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::labels::{
    ApplicationKind, CertificateKind, EntityKind, FilingStatus, HolderKind, PreapprovalArea,
    ResidenceProofKind, ServiceContent,
};
use crate::province::Province;

/// The version of the draft format this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// 备案草稿 / A filing draft: application, entity (主体) and websites (网站).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// 草稿格式版本 / Draft format version (currently 1).
    pub schema_version: u32,
    /// 备案申请 / The application: kind, province, dates.
    pub application: Application,
    /// 备案主体 / The filing entity (主办单位或个人).
    pub entity: Entity,
    /// 网站信息（一个或多个）/ Websites to file (one or more).
    #[serde(default)]
    pub websites: Vec<Website>,
    /// 已备案信息（变更前）：变更备案时，主体和网站在管局备案的样子 / The filing as approved,
    /// before the change: for a change filing (变更), the entity and websites as they are on
    /// record; `entity` and `websites` above are then the new state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filed: Option<Filed>,
}

/// 已备案信息 / The entity and websites as approved (the state a change starts from).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Filed {
    /// 已备案主体 / The entity as filed.
    pub entity: Entity,
    /// 已备案网站（含各自的网站备案号）/ The websites as filed, each with its website number.
    #[serde(default)]
    pub websites: Vec<Website>,
}

/// 备案申请 / The application.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Application {
    /// 备案类型 / Kind: first-filing, new-website, new-access or change.
    pub kind: ApplicationKind,
    /// 备案省份（管局）/ Province whose Communications Administration reviews the filing.
    pub province: Province,
    /// 计划提交日期（默认今天）/ Planned submission date (defaults to today).
    #[serde(default)]
    pub planned_submission: Option<NaiveDate>,
    /// 已有主体备案号（新增网站、新增接入、变更时必填），如 粤ICP备12345678号 / Existing filing
    /// number, required for new-website, new-access and change.
    #[serde(default)]
    pub filing_number: String,
    /// 该主体已备案的网站 / Websites of this entity that are already filed.
    #[serde(default)]
    pub previous_filings: Vec<PreviousFiling>,
    /// 备注 / Remark sent with the application.
    #[serde(default)]
    pub remark: String,
    /// 备案状态 / Where the filing stands: draft, submitted, approved, change pending.
    #[serde(default = "default_status")]
    pub status: FilingStatus,
    /// 提交日期（提交给接入商初审的日期）/ Date the application was submitted to the provider.
    #[serde(default)]
    pub submitted_on: Option<NaiveDate>,
    /// 管局审核通过日期 / Date the Communications Administration approved the filing.
    #[serde(default)]
    pub approved_on: Option<NaiveDate>,
    /// 核验单签字日期 / Date the 网站备案信息真实性核验单 was signed (some provinces accept it for
    /// a limited time only).
    #[serde(default)]
    pub verification_form_date: Option<NaiveDate>,
}

fn default_status() -> FilingStatus {
    FilingStatus::Draft
}

/// 已备案网站 / A website the entity already filed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PreviousFiling {
    /// 网站备案号，如 粤ICP备12345678号-1 / Website filing number.
    #[serde(default)]
    pub filing_number: String,
    /// 网站名称 / Website name.
    #[serde(default)]
    pub website_name: String,
    /// 域名 / Domain.
    #[serde(default)]
    pub domain: String,
}

/// 有效期 / Validity period of a certificate or ID.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    /// 有效期开始 / First day of validity.
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// 有效期截止（长期有效时留空）/ Last day of validity (empty when long-term).
    #[serde(default)]
    pub end: Option<NaiveDate>,
    /// 长期有效 / Valid without end date (长期).
    #[serde(default)]
    pub long_term: bool,
}

/// 证件 / A certificate: type, number, validity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Certificate {
    /// 证件类型 / Certificate type.
    pub kind: CertificateKind,
    /// 证件号码 / Certificate number.
    #[serde(default)]
    pub number: String,
    /// 有效期 / Validity.
    #[serde(default)]
    pub validity: Validity,
}

/// 地址 / An address split into its administrative parts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// 省份（大陆以外留空）/ Province (empty outside the mainland).
    #[serde(default)]
    pub province: Option<Province>,
    /// 市 / City.
    #[serde(default)]
    pub city: String,
    /// 区/县 / District or county.
    #[serde(default)]
    pub district: String,
    /// 详细地址（到门牌号，不含省市区）/ Street address down to the door number, without
    /// province, city and district.
    #[serde(default)]
    pub detail: String,
}

/// 居住证明 / Proof that a person whose ID address lies in another province lives in the filing
/// province: a residence permit (居住证) or what the province also takes. Empty (no kind) when none
/// is declared.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResidenceProof {
    /// 居住证明类型 / Kind of proof.
    #[serde(default)]
    pub kind: Option<ResidenceProofKind>,
    /// 证明编号（居住证号码）/ Number on it (the residence permit's number).
    #[serde(default)]
    pub number: String,
    /// 签发省份 / Province that issued it.
    #[serde(default)]
    pub province: Option<Province>,
    /// 有效期 / Validity.
    #[serde(default)]
    pub validity: Validity,
}

impl ResidenceProof {
    /// True when nothing is entered (the field is then left out of the saved file).
    pub fn is_empty(&self) -> bool {
        *self == ResidenceProof::default()
    }
}

/// 负责人 / A person in charge (主体负责人 or 网站负责人).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// 姓名 / Name as on the ID.
    #[serde(default)]
    pub name: String,
    /// 证件 / Identity document.
    pub id: Certificate,
    /// 证件住址（身份证上的住址，即户籍地）/ Address on the ID (the registered residence). The
    /// ID number's first digits say where it was first issued and do not change when the person
    /// moves: the home province is this address's.
    #[serde(default)]
    pub id_address: Address,
    /// 手机号码 / Mobile number.
    #[serde(default)]
    pub mobile: String,
    /// 办公电话（区号-号码）/ Landline (area code-number).
    #[serde(default)]
    pub landline: String,
    /// 电子邮箱 / Email.
    #[serde(default)]
    pub email: String,
    /// 居住证明（证件住址在外省时）/ Residence proof, when the ID's address is in another province.
    #[serde(default, skip_serializing_if = "ResidenceProof::is_empty")]
    pub residence_proof: ResidenceProof,
}

/// 应急联系人 / Emergency contact.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmergencyContact {
    /// 姓名 / Name.
    #[serde(default)]
    pub name: String,
    /// 手机号码 / Mobile number.
    #[serde(default)]
    pub mobile: String,
    /// 与负责人的关系（如 员工、配偶）/ Relation to the person in charge (e.g. colleague, spouse).
    #[serde(default)]
    pub relation: String,
}

/// 备案主体 / The filing entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// 主体性质 / Entity type.
    pub kind: EntityKind,
    /// 主办单位名称或个人姓名（与证件一致）/ Organisation name or person's name, exactly as on
    /// the certificate.
    #[serde(default)]
    pub name: String,
    /// 主体证件 / The entity's certificate (individuals: their ID).
    pub certificate: Certificate,
    /// 证件住所 / Address on the certificate: an organisation's registered address, an
    /// individual's address on the ID card (the home province is this address's).
    #[serde(default)]
    pub certificate_address: Address,
    /// 通讯地址 / Mailing address.
    #[serde(default)]
    pub mailing_address: Address,
    /// 投资者或上级主管单位 / Investor or superior body.
    #[serde(default)]
    pub investor: String,
    /// 法定代表人（单位）/ Legal representative (organisations).
    #[serde(default)]
    pub legal_representative: String,
    /// 法定代表人为外籍人士（含港澳台居民）/ The legal representative is a foreign national (or a
    /// resident of Hong Kong, Macao or Taiwan): some provinces then accept an authorised Chinese
    /// citizen as the person in charge.
    #[serde(default)]
    pub legal_representative_foreign: bool,
    /// 已被列入经营异常名录（国家企业信用信息公示系统）/ The organisation is on the list of
    /// abnormal operations (经营异常名录) of the national enterprise credit system.
    #[serde(default)]
    pub abnormal_operation_listed: bool,
    /// 个体工商户：营业执照上有字号（名称不是“*”或空白）/ Individual business: the licence
    /// names a trade name (字号); empty when not answered.
    #[serde(default)]
    pub has_trade_name: Option<bool>,
    /// 个体工商户：有公章 / Individual business: it has an official seal; empty when not
    /// answered.
    #[serde(default)]
    pub has_official_seal: Option<bool>,
    /// 经营范围（用于前置审批关键词检查）/ Business scope (scanned for pre-approval keywords).
    #[serde(default)]
    pub business_scope: String,
    /// 主体负责人 / Entity person-in-charge.
    pub principal: Person,
    /// 应急联系人 / Emergency contact.
    #[serde(default)]
    pub emergency_contact: EmergencyContact,
}

/// 域名 / A domain of a website with its registration data (from the domain certificate).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DomainEntry {
    /// 域名（不含 www）/ Domain name without `www`, e.g. example.cn or 例子.中国.
    #[serde(default)]
    pub name: String,
    /// 域名持有者（实名认证的名称）/ Holder name on the real-name record.
    #[serde(default)]
    pub holder_name: String,
    /// 持有者类型 / Holder type.
    #[serde(default)]
    pub holder_kind: Option<HolderKind>,
    /// 注册商名称 / Registrar.
    #[serde(default)]
    pub registrar: String,
    /// 注册商在境内（工信部批准）/ Registrar is an MIIT-approved mainland registrar.
    #[serde(default = "default_true")]
    pub registrar_in_mainland: bool,
    /// 域名到期日 / Domain expiry date.
    #[serde(default)]
    pub expiry: Option<NaiveDate>,
    /// 实名认证完成日期 / Date the real-name verification completed.
    #[serde(default)]
    pub real_name_verified: Option<NaiveDate>,
}

fn default_true() -> bool {
    true
}

/// 前置审批 / A pre-approval (permit) the applicant holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Preapproval {
    /// 领域 / Area.
    pub area: PreapprovalArea,
    /// 审批文号/许可证编号 / Approval or permit number.
    #[serde(default)]
    pub number: String,
}

/// 网站 / A website to file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Website {
    /// 网站名称 / Website name.
    #[serde(default)]
    pub name: String,
    /// 网站域名（一个网站一个域名）/ Domains (one per website since 2019).
    #[serde(default)]
    pub domains: Vec<DomainEntry>,
    /// 网站首页地址 / Home page URL.
    #[serde(default)]
    pub home_page: String,
    /// 接入服务商 / Access provider (hosting company).
    #[serde(default)]
    pub access_provider: String,
    /// 网站 IP 地址 / Server IP addresses.
    #[serde(default)]
    pub ips: Vec<String>,
    /// 服务内容 / Service content.
    pub service_content: ServiceContent,
    /// 网站内容描述（备注）/ Description of the site's content (remark).
    #[serde(default)]
    pub description: String,
    /// 网站涉及的需要前置审批的内容（如网络游戏、新闻、视听节目）/ Content the site carries that
    /// needs a pre-approval (online games, news, audio-visual programmes …), as the applicant
    /// declares it.
    #[serde(default)]
    pub content_areas: Vec<PreapprovalArea>,
    /// 已取得的前置审批 / Pre-approvals held.
    #[serde(default)]
    pub preapprovals: Vec<Preapproval>,
    /// 声明不涉及的前置审批领域 / Areas the applicant declares the site does not operate in.
    #[serde(default)]
    pub not_involved: Vec<PreapprovalArea>,
    /// 网站语言（如 zh-Hans、en）/ Site languages (e.g. zh-Hans, en).
    #[serde(default)]
    pub languages: Vec<String>,
    /// 网站负责人 / Website person-in-charge.
    pub principal: Person,
    /// 网站备案号（审核通过后填写），如 粤ICP备12345678号-1 / The website's filing number, once
    /// approved, e.g. 粤ICP备12345678号-1.
    #[serde(default)]
    pub filing_number: String,
    /// 网站开通日期（上线之日，公安联网备案须在其后 30 日内办理）/ Date the website went online
    /// (the public-security filing is due within 30 days of it).
    #[serde(default)]
    pub online_since: Option<NaiveDate>,
    /// 公安联网备案号，如 粤公网安备44030502000001号 / Public-security filing number.
    #[serde(default)]
    pub police_filing_number: String,
}

impl Draft {
    /// Reads a draft from JSON text, with a clear error naming the line, column and field.
    pub fn from_json(text: &str) -> Result<Draft, crate::Error> {
        if text.len() > crate::MAX_DRAFT_BYTES {
            return Err(crate::Error::TooLarge { bytes: text.len() });
        }
        // One parse on the happy path; the version is looked at first only when parsing fails,
        // so a draft of another version says so rather than naming a field.
        match serde_json::from_str::<Draft>(text) {
            Ok(d) if d.schema_version == SCHEMA_VERSION => Ok(d),
            Ok(d) => Err(crate::Error::SchemaVersion {
                found: u64::from(d.schema_version),
            }),
            Err(e) => {
                let value: serde_json::Value =
                    serde_json::from_str(text).map_err(crate::Error::json)?;
                match value.get("schema_version").and_then(|v| v.as_u64()) {
                    Some(v) if v == u64::from(SCHEMA_VERSION) => Err(crate::Error::json(e)),
                    Some(v) => Err(crate::Error::SchemaVersion { found: v }),
                    None => Err(crate::Error::MissingSchemaVersion),
                }
            }
        }
    }

    /// Writes the draft as pretty UTF-8 JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a draft always serialises")
    }

    /// The planned submission date, or `today` when none is set.
    pub fn submission_date(&self, today: NaiveDate) -> NaiveDate {
        self.application.planned_submission.unwrap_or(today)
    }
}

/// The draft's JSON Schema (draft 2020-12) with zh + en descriptions.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Draft)).expect("schema serialises")
}
