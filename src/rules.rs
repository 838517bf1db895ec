//! Rule data: `assets/rules/national.toml` plus one file per province (`assets/rules/provinces/`),
//! and the materials catalogue `assets/materials.toml`, all embedded at build time.
//!
//! Loading has two stages, as in cargo-deny: the raw files are read with serde
//! (`deny_unknown_fields`), then validated into a [`RuleSet`]: every rule has a kebab-case id that
//! is unique, a known check kind with the parameters that kind needs, zh + en messages, at least one
//! dated source, and materials that exist in the catalogue. A bad file is an [`Error::Rules`] naming
//! the file and the rule, never a panic. Adding a province rule is a data change: pick a check kind
//! (listed in `docs/rules.md`), set its parameters, messages and sources.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::draft::{ApplicationKind, EntityKind, PreapprovalArea};
use crate::finding::{Dispute, Severity, Source};
use crate::province::Province;
use crate::Error;

/// The national rule file.
pub const NATIONAL: (&str, &str) = (
    "assets/rules/national.toml",
    include_str!("../assets/rules/national.toml"),
);

/// The materials catalogue.
pub const MATERIALS: (&str, &str) = (
    "assets/materials.toml",
    include_str!("../assets/materials.toml"),
);

macro_rules! province_files {
    ($($slug:literal),+ $(,)?) => {
        /// The 31 province files, `(name, text)`.
        pub const PROVINCE_FILES: [(&str, &str); 31] = [
            $( (concat!("assets/rules/provinces/", $slug, ".toml"),
                include_str!(concat!("../assets/rules/provinces/", $slug, ".toml"))) ),+
        ];
    };
}

province_files!(
    "beijing",
    "tianjin",
    "hebei",
    "shanxi",
    "inner-mongolia",
    "liaoning",
    "jilin",
    "heilongjiang",
    "shanghai",
    "jiangsu",
    "zhejiang",
    "anhui",
    "fujian",
    "jiangxi",
    "shandong",
    "henan",
    "hubei",
    "hunan",
    "guangdong",
    "guangxi",
    "hainan",
    "chongqing",
    "sichuan",
    "guizhou",
    "yunnan",
    "tibet",
    "shaanxi",
    "gansu",
    "qinghai",
    "ningxia",
    "xinjiang",
);

// ---------------------------------------------------------------------------------------------
// Stage 1: raw files.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    /// Province slug; absent in the national file.
    #[serde(default)]
    province: Option<String>,
    /// What the research found for this province, in one or two sentences.
    #[serde(default)]
    summary_zh: String,
    #[serde(default)]
    summary_en: String,
    /// Topics the research looked for and did not find.
    #[serde(default)]
    not_found: Vec<String>,
    #[serde(default)]
    rule: Vec<RawRule>,
    #[serde(default)]
    preapproval_area: Vec<RawArea>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    check: String,
    severity: Severity,
    #[serde(default)]
    entity_kinds: Vec<EntityKind>,
    #[serde(default)]
    application_kinds: Vec<ApplicationKind>,
    #[serde(default)]
    provinces: Vec<Province>,
    #[serde(default)]
    replaces: Vec<String>,
    #[serde(default)]
    since: Option<chrono::NaiveDate>,
    message_zh: String,
    message_en: String,
    #[serde(default)]
    material: Option<String>,
    #[serde(default)]
    params: Params,
    #[serde(default)]
    source: Vec<Source>,
    #[serde(default)]
    dispute: Option<Dispute>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    area: PreapprovalArea,
    #[serde(default)]
    name_zh: String,
    #[serde(default)]
    name_en: String,
    #[serde(default)]
    permit_zh: String,
    #[serde(default)]
    permit_en: String,
    #[serde(default)]
    authority_zh: String,
    keywords: Vec<String>,
    #[serde(default)]
    source: Vec<Source>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMaterials {
    material: Vec<Material>,
}

/// A field named by a `required` rule, with its label.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct FieldLabel {
    /// Path into the draft JSON; `[*]` walks every element of a list.
    pub path: String,
    /// Chinese label.
    pub zh: String,
    /// English label.
    pub en: String,
}

/// Parameters of a rule. Which ones a check kind needs is listed in [`CheckKind::required_params`].
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Which variant of a multi-outcome check this rule reports (e.g. `checksum`).
    #[serde(default)]
    pub error: Option<String>,
    /// Fields for `required`.
    #[serde(default)]
    pub fields: Vec<FieldLabel>,
    /// Documents for validity checks: `entity-certificate`, `person-ids`, `domains`.
    #[serde(default)]
    pub documents: Vec<String>,
    /// Months of validity that must remain.
    #[serde(default)]
    pub months: Option<u32>,
    /// Age limit: fires below this age.
    #[serde(default)]
    pub below: Option<u32>,
    /// Age floor of the band (fires only at or above this age), for "16–18 needs proof" rules.
    #[serde(default)]
    pub from_age: Option<u32>,
    /// Roles: `entity-principal`, `website-principal`, `individual`.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Words for word lists.
    #[serde(default)]
    pub words: Vec<String>,
    /// `contains` (default) or `prefix`.
    #[serde(default)]
    pub position: Option<String>,
    /// Suffixes (domain suffixes or name endings).
    #[serde(default)]
    pub suffixes: Vec<String>,
    /// Minimum count or length.
    #[serde(default)]
    pub min: Option<u32>,
    /// Maximum count.
    #[serde(default)]
    pub max: Option<u32>,
    /// Threshold: fires when the count is at least this (sources that say "含").
    #[serde(default)]
    pub at_least: Option<u32>,
    /// Threshold: fires when the count is more than this (sources that say "不含").
    #[serde(default)]
    pub more_than: Option<u32>,
    /// What is counted: `websites`, `domains`, `domain-prefixes`, `new-websites`, `new-domains`.
    #[serde(default)]
    pub count: Option<String>,
    /// Domain holder may be the entity's principal or legal representative (organisations).
    #[serde(default)]
    pub allow_principal: Option<bool>,
    /// Refused values (service contents, certificate kinds, entity kinds).
    #[serde(default)]
    pub refused: Vec<String>,
    /// Allowed values.
    #[serde(default)]
    pub allowed: Vec<String>,
    /// Outcome of a pre-approval rule: `undeclared`, `not-involved`, `individual`, `any`, `number-missing`.
    #[serde(default)]
    pub outcome: Option<String>,
    /// Pre-approval areas a rule is limited to (empty: all).
    #[serde(default)]
    pub areas: Vec<PreapprovalArea>,
    /// Working days.
    #[serde(default)]
    pub working_days: Option<u32>,
    /// A phrase that must appear.
    #[serde(default)]
    pub phrase: Option<String>,
    /// `mobile` or `email`.
    #[serde(default)]
    pub what: Option<String>,
    /// `entity-principal` or `website-principal`.
    #[serde(default)]
    pub role: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Stage 2: the validated set.

/// A material that can appear on the checklist.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Material {
    /// Stable id.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Letter id this app can produce for it.
    #[serde(default)]
    pub letter: Option<String>,
    /// Image kind for the upload step (see `assets/upload-targets.toml`), if it is uploaded as an image.
    #[serde(default)]
    pub image_kind: Option<String>,
}

/// A pre-approval area with its keywords (national list plus province extras).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct AreaKeywords {
    /// The area.
    pub area: PreapprovalArea,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Permit required.
    pub permit_zh: String,
    /// Permit, English.
    pub permit_en: String,
    /// Issuing authority.
    pub authority_zh: String,
    /// Keywords.
    pub keywords: Vec<String>,
    /// Province for extra keywords; none for the national list.
    pub province: Option<Province>,
    /// Sources.
    pub sources: Vec<Source>,
}

/// The kinds of check the engine implements. A rule picks one and sets its parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckKind {
    /// Fires unconditionally where the rule applies (puts a material on the checklist).
    Always,
    /// Fires once for every domain of every website (a per-domain material).
    EachDomain,
    /// Listed fields must be filled in.
    Required,
    /// 居民身份证 (GB 11643) errors; `error` picks the variant.
    IdCard,
    /// 统一社会信用代码 (GB 32100) errors; `error` picks the variant.
    Uscc,
    /// USCC registration/category code does not fit the entity type.
    UsccEntityKind,
    /// Format of the other certificate types.
    CertificateFormat,
    /// Entity certificate type must fit the entity type.
    EntityCertificateKind,
    /// Person ID types refused (`refused`).
    PersonIdKind,
    /// Entity types refused (`refused`).
    EntityKindRefused,
    /// Validity already over.
    ValidityExpired,
    /// Validity ends within `months` of the submission date.
    ValidityWindow,
    /// Validity dates inconsistent; `error`: `inverted`, `missing-end`, `future-start`.
    ValidityDates,
    /// Person younger than `below` (and at least `from_age`).
    MinimumAge,
    /// Organisation files outside its certificate's province.
    OrgCrossProvince,
    /// Individual files outside the ID's province.
    IndividualCrossProvince,
    /// Mailing address in another city than the certificate address.
    CrossCity,
    /// The principal (`role`) is not the legal representative.
    PrincipalNotLegalRep,
    /// The website principal is the same person as the entity principal.
    PrincipalsSamePerson,
    /// Entity principal is not the legal rep, and a website principal differs from the entity principal.
    PrincipalsMustMatch,
    /// Entity name contains `words` and a principal is not the legal representative.
    NameKeywordLegalRep,
    /// Website name shorter than `min` counted characters.
    WebsiteNameLength,
    /// Website name form; `error`: `latin-digits-only`, `domain-like`, `forbidden-symbols`.
    WebsiteNameForm,
    /// Website name contains (or starts with) one of `words`.
    WebsiteNameWords,
    /// Website name must end with one of `suffixes`.
    WebsiteNameSuffix,
    /// Organisation website name unrelated to the entity name.
    WebsiteNameUnrelated,
    /// Two websites share a name (also against previous filings).
    WebsiteNameDuplicate,
    /// Counted things above `max`.
    CountMax,
    /// Counted things reach a threshold (`at_least` / `more_than`).
    CountThreshold,
    /// Domain syntax; `error`: `invalid`, `www`.
    DomainSyntax,
    /// Domain suffix not in `suffixes`.
    DomainSuffix,
    /// Entity type must use one of `suffixes` (e.g. government → .gov.cn).
    DomainSuffixForKind,
    /// Domain holder is not the entity.
    DomainHolder,
    /// Domain holder type is not the entity's type.
    DomainHolderKind,
    /// Registrar outside the mainland.
    DomainRegistrar,
    /// Real-name verification completed fewer than `working_days` before submission.
    DomainRealNameRecent,
    /// Service content `refused`, or not in `allowed`.
    ServiceContent,
    /// Pre-approval keyword scan; `outcome` picks the case.
    Preapproval,
    /// Phone/email format; `what`: `mobile`, `landline`, `email`.
    ContactFormat,
    /// Emergency contact's mobile equals a principal's.
    EmergencyDistinct,
    /// Different people share a mobile or email (`what`).
    ContactShared,
    /// Mailing address not detailed to the door number.
    AddressDetailed,
    /// Application kind and filing number; `error` picks the case.
    ApplicationKind,
    /// Remark/description shorter than `min` characters (individuals).
    DescriptionLength,
    /// `phrase` must appear in the remark or a website description.
    RemarkPhrase,
    /// Website languages must include all of `allowed`.
    Languages,
    /// IP address syntax.
    IpAddress,
}

impl CheckKind {
    /// Parameters this kind needs (checked when loading).
    pub fn required_params(self) -> &'static [&'static str] {
        use CheckKind::*;
        match self {
            Required => &["fields"],
            IdCard | Uscc | ValidityDates | WebsiteNameForm | DomainSyntax | ApplicationKind
            | DomainHolder => &["error"],
            PersonIdKind | EntityKindRefused => &["refused"],
            ValidityExpired => &["documents"],
            ValidityWindow => &["documents", "months"],
            MinimumAge => &["below", "roles"],
            PrincipalNotLegalRep => &["role"],
            NameKeywordLegalRep | WebsiteNameWords => &["words"],
            WebsiteNameLength | DescriptionLength => &["min"],
            WebsiteNameSuffix | DomainSuffix | DomainSuffixForKind => &["suffixes"],
            CountMax => &["max", "count"],
            CountThreshold => &["count"],
            DomainRealNameRecent => &["working_days"],
            Preapproval => &["outcome"],
            ContactFormat | ContactShared => &["what"],
            RemarkPhrase => &["phrase"],
            Languages => &["allowed"],
            _ => &[],
        }
    }
}

/// A validated rule.
#[derive(Clone, Debug, Serialize)]
pub struct Rule {
    /// Stable kebab-case id, the finding's code.
    pub id: String,
    /// Check kind.
    pub check: CheckKind,
    /// Severity.
    pub severity: Severity,
    /// Entity types it applies to (empty: all).
    pub entity_kinds: Vec<EntityKind>,
    /// Application kinds it applies to (empty: all).
    pub application_kinds: Vec<ApplicationKind>,
    /// Provinces it applies to (empty: all). A province file's rules apply to that province.
    pub provinces: Vec<Province>,
    /// The province file it comes from; none for national rules.
    pub province: Option<Province>,
    /// National rules this province rule replaces in its province.
    pub replaces: Vec<String>,
    /// Applies to submissions on or after this date.
    pub since: Option<chrono::NaiveDate>,
    /// Message template, Chinese (`{name}` placeholders).
    pub message_zh: String,
    /// Message template, English.
    pub message_en: String,
    /// Material put on the checklist when it fires.
    pub material: Option<String>,
    /// Parameters.
    pub params: Params,
    /// Sources with dates.
    pub sources: Vec<Source>,
    /// Set when sources disagree.
    pub dispute: Option<Dispute>,
    /// File it was read from.
    pub file: String,
}

/// What a province file says about itself.
#[derive(Clone, Debug, Serialize)]
pub struct ProvinceInfo {
    /// The province.
    pub province: Province,
    /// Summary, Chinese.
    pub summary_zh: String,
    /// Summary, English.
    pub summary_en: String,
    /// Topics not found in the research.
    pub not_found: Vec<String>,
}

/// The validated rule set.
#[derive(Clone, Debug, Default, Serialize)]
pub struct RuleSet {
    /// All rules: national first, then provinces in GB/T 2260 order.
    pub rules: Vec<Rule>,
    /// Materials by id.
    pub materials: BTreeMap<String, Material>,
    /// Material ids in catalogue order (the checklist's order).
    pub material_order: Vec<String>,
    /// Pre-approval keyword areas.
    pub areas: Vec<AreaKeywords>,
    /// Province summaries.
    pub provinces: Vec<ProvinceInfo>,
}

impl RuleSet {
    /// Loads and validates rule files given as `(name, text)`.
    pub fn load(
        national: (&str, &str),
        provinces: &[(&str, &str)],
        materials: (&str, &str),
    ) -> Result<RuleSet, Error> {
        let raw_materials: RawMaterials =
            toml::from_str(materials.1).map_err(|e| Error::Rules {
                file: materials.0.into(),
                detail: e.to_string(),
            })?;
        let mut set = RuleSet::default();
        for m in raw_materials.material {
            let bad = |detail: String| Error::Rules {
                file: materials.0.into(),
                detail,
            };
            if m.name_zh.trim().is_empty() || m.name_en.trim().is_empty() {
                return Err(bad(format!("material {} needs name_zh and name_en", m.id)));
            }
            set.material_order.push(m.id.clone());
            if set.materials.insert(m.id.clone(), m.clone()).is_some() {
                return Err(bad(format!("material {} is defined twice", m.id)));
            }
        }
        let mut ids = BTreeSet::new();
        set.add_file(national.0, parse(&national)?, None, &mut ids)?;
        let mut seen = BTreeSet::new();
        for file in provinces {
            let raw: RawFile = parse(file)?;
            let slug = raw.province.clone().unwrap_or_default();
            let province = Province::ALL
                .into_iter()
                .find(|p| p.slug() == slug)
                .ok_or_else(|| Error::Rules {
                    file: file.0.into(),
                    detail: format!("unknown or missing province '{slug}'"),
                })?;
            if !seen.insert(province) {
                return Err(Error::Rules {
                    file: file.0.into(),
                    detail: format!("province {slug} has two files"),
                });
            }
            set.add_file(file.0, raw, Some(province), &mut ids)?;
        }
        // Replaced ids must exist.
        for r in &set.rules {
            for old in &r.replaces {
                if !set
                    .rules
                    .iter()
                    .any(|n| &n.id == old && n.province.is_none())
                {
                    return Err(Error::Rules {
                        file: r.file.clone(),
                        detail: format!("rule {} replaces unknown national rule {old}", r.id),
                    });
                }
            }
        }
        Ok(set)
    }

    fn add_file(
        &mut self,
        name: &str,
        raw: RawFile,
        province: Option<Province>,
        ids: &mut BTreeSet<String>,
    ) -> Result<(), Error> {
        let bad = |detail: String| Error::Rules {
            file: name.into(),
            detail,
        };
        if let Some(p) = province {
            if raw.summary_zh.trim().is_empty() || raw.summary_en.trim().is_empty() {
                return Err(bad("a province file needs summary_zh and summary_en".into()));
            }
            self.provinces.push(ProvinceInfo {
                province: p,
                summary_zh: raw.summary_zh,
                summary_en: raw.summary_en,
                not_found: raw.not_found,
            });
        }
        for a in raw.preapproval_area {
            if a.keywords.is_empty() || a.source.is_empty() {
                return Err(bad(format!(
                    "preapproval_area {} needs keywords and a source",
                    a.area.code()
                )));
            }
            if province.is_none() && (a.permit_zh.is_empty() || a.name_zh.is_empty()) {
                return Err(bad(format!(
                    "national preapproval_area {} needs name_zh and permit_zh",
                    a.area.code()
                )));
            }
            self.areas.push(AreaKeywords {
                area: a.area,
                name_zh: a.name_zh,
                name_en: a.name_en,
                permit_zh: a.permit_zh,
                permit_en: a.permit_en,
                authority_zh: a.authority_zh,
                keywords: a.keywords,
                province,
                sources: a.source,
            });
        }
        for r in raw.rule {
            let bad = |detail: String| Error::Rules {
                file: name.into(),
                detail: format!("rule {}: {detail}", r.id),
            };
            if !is_kebab(&r.id) {
                return Err(bad("id must be kebab-case (a-z, 0-9, -)".into()));
            }
            if !ids.insert(r.id.clone()) {
                return Err(bad("id is used twice".into()));
            }
            let check: CheckKind =
                serde_json::from_value(serde_json::Value::String(r.check.clone()))
                    .map_err(|_| bad(format!("unknown check kind '{}'", r.check)))?;
            if r.message_zh.trim().is_empty() || r.message_en.trim().is_empty() {
                return Err(bad("needs message_zh and message_en".into()));
            }
            if r.source.is_empty()
                || r.source
                    .iter()
                    .any(|s| s.tag.trim().is_empty() || s.date.trim().is_empty())
            {
                return Err(bad(
                    "needs at least one source, each with tag and date".into()
                ));
            }
            if let Some(m) = &r.material {
                if !self.materials.contains_key(m) {
                    return Err(bad(format!(
                        "material '{m}' is not in assets/materials.toml"
                    )));
                }
            }
            if province.is_some() && !r.provinces.is_empty() {
                return Err(bad("a province file's rules cannot list provinces".into()));
            }
            if province.is_none() && !r.replaces.is_empty() {
                return Err(bad("only province rules can replace national rules".into()));
            }
            for p in check.required_params() {
                if !has_param(&r.params, p) {
                    return Err(bad(format!("check {} needs parameter '{p}'", r.check)));
                }
            }
            self.rules.push(Rule {
                id: r.id,
                check,
                severity: r.severity,
                entity_kinds: r.entity_kinds,
                application_kinds: r.application_kinds,
                provinces: r.provinces,
                province,
                replaces: r.replaces,
                since: r.since,
                message_zh: r.message_zh,
                message_en: r.message_en,
                material: r.material,
                params: r.params,
                sources: r.source,
                dispute: r.dispute,
                file: name.into(),
            });
        }
        Ok(())
    }

    /// Rules that apply in a province (national rules not replaced there, plus the province's).
    pub fn for_province(&self, province: Province) -> Vec<&Rule> {
        let replaced: BTreeSet<&str> = self
            .rules
            .iter()
            .filter(|r| r.province == Some(province))
            .flat_map(|r| r.replaces.iter().map(String::as_str))
            .collect();
        self.rules
            .iter()
            .filter(|r| match r.province {
                Some(p) => p == province,
                None => {
                    (r.provinces.is_empty() || r.provinces.contains(&province))
                        && !replaced.contains(r.id.as_str())
                }
            })
            .collect()
    }

    /// Keyword areas that apply in a province: the national list plus its extras, merged by area.
    pub fn areas_for(&self, province: Province) -> Vec<AreaKeywords> {
        let mut out: Vec<AreaKeywords> = self
            .areas
            .iter()
            .filter(|a| a.province.is_none())
            .cloned()
            .collect();
        for extra in self.areas.iter().filter(|a| a.province == Some(province)) {
            if let Some(base) = out.iter_mut().find(|a| a.area == extra.area) {
                base.keywords.extend(extra.keywords.iter().cloned());
                base.sources.extend(extra.sources.iter().cloned());
            }
        }
        out
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// The summary of a province file.
    pub fn province_info(&self, province: Province) -> Option<&ProvinceInfo> {
        self.provinces.iter().find(|p| p.province == province)
    }
}

fn parse<T: serde::de::DeserializeOwned>(file: &(&str, &str)) -> Result<T, Error> {
    toml::from_str(file.1).map_err(|e| Error::Rules {
        file: file.0.into(),
        detail: e.to_string(),
    })
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn has_param(p: &Params, name: &str) -> bool {
    match name {
        "error" => p.error.is_some(),
        "fields" => !p.fields.is_empty(),
        "documents" => !p.documents.is_empty(),
        "months" => p.months.is_some(),
        "below" => p.below.is_some(),
        "roles" => !p.roles.is_empty(),
        "role" => p.role.is_some(),
        "words" => !p.words.is_empty(),
        "suffixes" => !p.suffixes.is_empty(),
        "min" => p.min.is_some(),
        "max" => p.max.is_some(),
        "count" => p.count.is_some(),
        "working_days" => p.working_days.is_some(),
        "outcome" => p.outcome.is_some(),
        "what" => p.what.is_some(),
        "phrase" => p.phrase.is_some(),
        "allowed" => !p.allowed.is_empty(),
        "refused" => !p.refused.is_empty(),
        _ => false,
    }
}

/// The rules shipped with this build, parsed and validated once.
pub fn builtin() -> Result<&'static RuleSet, Error> {
    static SET: std::sync::OnceLock<Result<RuleSet, String>> = std::sync::OnceLock::new();
    let loaded = SET.get_or_init(|| {
        RuleSet::load(NATIONAL, &PROVINCE_FILES, MATERIALS).map_err(|e| e.to_string())
    });
    loaded.as_ref().map_err(|detail| Error::Rules {
        file: "assets/rules".into(),
        detail: detail.clone(),
    })
}

impl RuleSet {
    /// The rule reference as Markdown (`docs/rules.md`): every code with its scope, severity,
    /// check kind, messages and sources, national first, then province by province.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        out.push_str("# 规则清单 / Rule reference\n\n");
        out.push_str("Generated from `assets/rules/` by `icp-filing rules --format markdown`; do not edit by hand\n");
        out.push_str(
            "(`UPDATE_EXPECTED=1 cargo test docs` regenerates it, a test fails when it drifts).\n",
        );
        out.push_str("Each rule's id is the `code` of its findings. Severity: error = the filing would be rejected;\n");
        out.push_str("warning = likely rejected or needs an explanation; info = a material or a point to note.\n\n");
        out.push_str(&format!(
            "{} rules, {} materials, {} pre-approval keyword areas.\n\n",
            self.rules.len(),
            self.materials.len(),
            self.areas.iter().filter(|a| a.province.is_none()).count()
        ));
        let section = |out: &mut String, rules: Vec<&Rule>| {
            out.push_str("| code | severity | check | applies to | message | sources |\n|---|---|---|---|---|---|\n");
            for r in rules {
                let mut scope: Vec<String> = Vec::new();
                if !r.entity_kinds.is_empty() {
                    scope.push(
                        r.entity_kinds
                            .iter()
                            .map(|k| k.name_zh())
                            .collect::<Vec<_>>()
                            .join("、"),
                    );
                }
                if !r.application_kinds.is_empty() {
                    scope.push(
                        r.application_kinds
                            .iter()
                            .map(|k| k.name_zh())
                            .collect::<Vec<_>>()
                            .join("、"),
                    );
                }
                if !r.provinces.is_empty() {
                    scope.push(
                        r.provinces
                            .iter()
                            .map(|p| p.name_zh())
                            .collect::<Vec<_>>()
                            .join(""),
                    );
                }
                if let Some(s) = r.since {
                    scope.push(format!("≥ {s}"));
                }
                if !r.replaces.is_empty() {
                    scope.push(format!("replaces {}", r.replaces.join(", ")));
                }
                let check = serde_json::to_value(r.check)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default();
                let sources: Vec<String> = r.sources.iter().map(|s| s.label()).collect();
                let mut msg = format!("{}<br>{}", r.message_zh, r.message_en);
                if let Some(d) = &r.dispute {
                    msg.push_str(&format!("<br>**来源不一致 / disputed:** {}", d.zh));
                }
                out.push_str(&format!(
                    "| `{}` | {} | {} | {} | {} | {} |\n",
                    r.id,
                    r.severity.name_en(),
                    check,
                    if scope.is_empty() {
                        "all".to_string()
                    } else {
                        scope.join("; ")
                    },
                    msg.replace('|', "\\|").replace('\n', " "),
                    sources.join("; ").replace('|', "\\|"),
                ));
            }
            out.push('\n');
        };
        out.push_str("## 全国 / National\n\n");
        section(
            &mut out,
            self.rules.iter().filter(|r| r.province.is_none()).collect(),
        );
        for info in &self.provinces {
            let p = info.province;
            out.push_str(&format!(
                "## {} ({}) {}\n\n",
                p.name_zh(),
                p.abbreviation(),
                p.name_en()
            ));
            out.push_str(&format!("{}\n\n{}\n\n", info.summary_zh, info.summary_en));
            if !info.not_found.is_empty() {
                out.push_str(&format!(
                    "未找到资料 / not found: {}\n\n",
                    info.not_found.join("；")
                ));
            }
            let own: Vec<&Rule> = self
                .rules
                .iter()
                .filter(|r| r.province == Some(p))
                .collect();
            if own.is_empty() {
                out.push_str("本省未找到省级特有规则，适用全国规则。/ Nothing province-specific was found; the national rules apply.\n\n");
            } else {
                section(&mut out, own);
            }
        }
        out.push_str("## 材料 / Materials\n\n| id | 名称 | name | letter |\n|---|---|---|---|\n");
        for id in &self.material_order {
            let m = &self.materials[id];
            out.push_str(&format!(
                "| `{}` | {} | {} | {} |\n",
                m.id,
                m.name_zh,
                m.name_en,
                m.letter.as_deref().unwrap_or("")
            ));
        }
        out
    }
}
