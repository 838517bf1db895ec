//! Rule data: `assets/rules/national.toml` plus one file per province (`assets/rules/provinces/`),
//! the materials catalogue `assets/materials.toml` and the source catalogue `assets/sources.toml`,
//! all embedded at build time (and readable from a folder, for a rule author: `icp-filing rules
//! --validate DIR`).
//!
//! Loading has two stages, as in cargo-deny: the raw files are read with serde — each rule's check
//! kind and parameters straight into the typed [`Check`] enum, so a misspelt kind, value or
//! parameter is refused — then validated into a [`RuleSet`]: unique kebab-case ids, zh + en
//! messages, at least one source from the catalogue, known materials, `replaces` naming national
//! rules. Every problem in every file is collected and reported at once with file, line and rule
//! ([`Error::RuleFiles`]), never a panic. Adding a province rule is a data change: pick a check
//! kind (`docs/rules.md`, "check kinds and their parameters"), set its parameters, messages and
//! sources.
//!
//! The severity policy (written at the top of `docs/rules.md`): an **error** rests on at least one
//! official or provider source that says such a filing is rejected; a rule whose every source is
//! third-party or a user report is at most a **warning** (a test enforces it).

pub mod after;
pub mod check;
pub mod checks;
mod docs;
pub mod sources;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use check::{Check, FieldLabel};
pub use sources::Catalogue;

use crate::draft::{ApplicationKind, EntityKind, PreapprovalArea};
use crate::finding::{Dispute, Severity, Source};
use crate::province::Province;
use crate::Error;

/// The national rule file.
pub const NATIONAL: (&str, &str) = (
    "assets/rules/national.toml",
    include_str!("../../assets/rules/national.toml"),
);

/// The source catalogue.
pub const SOURCES: (&str, &str) = (
    "assets/sources.toml",
    include_str!("../../assets/sources.toml"),
);

/// Dates, footer and public-security steps after approval.
pub const AFTER_APPROVAL: (&str, &str) = (
    "assets/after-approval.toml",
    include_str!("../../assets/after-approval.toml"),
);

/// The access providers' profiles.
pub const PROVIDERS: (&str, &str) = (
    "assets/providers.toml",
    include_str!("../../assets/providers.toml"),
);

/// The materials catalogue.
pub const MATERIALS: (&str, &str) = (
    "assets/materials.toml",
    include_str!("../../assets/materials.toml"),
);

macro_rules! province_files {
    ($($slug:literal),+ $(,)?) => {
        /// The 31 province files, `(name, text)`.
        pub const PROVINCE_FILES: [(&str, &str); 31] = [
            $( (concat!("assets/rules/provinces/", $slug, ".toml"),
                include_str!(concat!("../../assets/rules/provinces/", $slug, ".toml"))) ),+
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
// Problems: everything wrong with the files, collected.

/// One problem in a rule file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file, as named in `assets/` (or the path given).
    pub file: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// The rule (or catalogue entry) concerned, where known.
    pub rule: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if let Some(r) = &self.rule {
            write!(f, ": {r}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl Problem {
    fn toml(file: (&str, &str), e: &toml::de::Error) -> Problem {
        Problem {
            file: file.0.into(),
            line: e.span().map(|s| line_of(file.1, s.start)),
            rule: None,
            message: e.message().trim().to_string(),
        }
    }
}

/// 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The line inside `text[range]` where the first `` `word` `` of a serde message stands
/// (`key =` or `"value"`), else the start of the range.
fn line_of_word(text: &str, range: std::ops::Range<usize>, message: &str) -> usize {
    let word = message.split('`').nth(1).filter(|w| !w.is_empty());
    let slice = &text[range.start..range.end.min(text.len())];
    let at = word.and_then(|w| {
        slice
            .find(&format!("\n{w} "))
            .map(|p| p + 1)
            .or_else(|| slice.find(&format!("\n{w}=")).map(|p| p + 1))
            .or_else(|| slice.find(&format!("\"{w}\"")))
    });
    line_of(text, range.start + at.unwrap_or(0))
}

// ---------------------------------------------------------------------------------------------
// Stage 1: raw files.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    /// Province slug; absent in the national file.
    #[serde(default)]
    province: Option<String>,
    /// When this file's rules were last compiled against their sources.
    as_of: NaiveDate,
    /// What the research found for this province, in one or two sentences.
    #[serde(default)]
    summary_zh: String,
    #[serde(default)]
    summary_en: String,
    /// Topics the research looked for and did not find.
    #[serde(default)]
    not_found: Vec<String>,
    /// Rules, read one by one so that every bad rule is reported.
    #[serde(default)]
    rule: Vec<toml::Spanned<toml::Table>>,
    #[serde(default)]
    preapproval_area: Vec<toml::Spanned<toml::Table>>,
    /// National file only: how the keyword scan reads negations.
    #[serde(default)]
    preapproval_negation: Option<Negation>,
    /// National file only: service content that carries a pre-approval area.
    #[serde(default)]
    service_content_area: Vec<ImpliedAreas>,
}

/// Service content that carries pre-approval areas (declaring 网络游戏 declares online games).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ImpliedAreas {
    /// The service content.
    pub content: crate::draft::ServiceContent,
    /// The areas it carries.
    pub areas: Vec<PreapprovalArea>,
}

#[derive(Debug, Deserialize)]
struct RawRule {
    id: String,
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
    since: Option<NaiveDate>,
    message_zh: String,
    message_en: String,
    #[serde(default)]
    material: Option<String>,
    #[serde(default)]
    source: Vec<sources::Citation>,
    #[serde(default)]
    dispute: Option<Dispute>,
    /// The check kind and its parameters (`check = "…"` and the keys beside it). Unknown keys of
    /// the rule end up here and are refused by the kind.
    #[serde(flatten)]
    check: Check,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArea {
    area: PreapprovalArea,
    #[serde(default)]
    permit_zh: String,
    #[serde(default)]
    permit_en: String,
    #[serde(default)]
    authority_zh: String,
    #[serde(default)]
    authority_en: String,
    /// Words that name the area on their own (an explicit trigger).
    #[serde(default)]
    keywords: Vec<String>,
    /// Words that may name the area and need the applicant's confirmation.
    #[serde(default)]
    review: Vec<String>,
    /// Phrases in which a keyword does not name the area (an ordinary shop's 在线支付).
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    source: Vec<sources::Citation>,
}

/// How the keyword scan reads "not" (`[preapproval_negation]` in the national file).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Negation {
    /// Cues that negate every keyword after them in the same clause (不涉及, 不提供 …).
    #[serde(default)]
    pub cues: Vec<String>,
    /// Cues that negate only a keyword right after them (无论坛).
    #[serde(default)]
    pub adjacent: Vec<String>,
    /// Characters and words that end a clause.
    #[serde(default)]
    pub clause_ends: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMaterials {
    material: Vec<Material>,
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

/// A pre-approval area with its keywords (national list plus province extras). The area's name
/// comes from the label table ([`PreapprovalArea::name_zh`]).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct AreaKeywords {
    /// The area.
    pub area: PreapprovalArea,
    /// Permit required.
    pub permit_zh: String,
    /// Permit, English.
    pub permit_en: String,
    /// Issuing authority.
    pub authority_zh: String,
    /// Issuing authority, English.
    pub authority_en: String,
    /// Keywords as written in the data (explicit triggers).
    pub keywords: Vec<String>,
    /// The same keywords normalised for matching (full/half width, case, spaces).
    #[serde(skip)]
    pub keywords_norm: Vec<String>,
    /// Words that need the applicant's confirmation.
    pub review: Vec<String>,
    /// The same, normalised.
    #[serde(skip)]
    pub review_norm: Vec<String>,
    /// Phrases that cancel a keyword inside them, normalised.
    pub exclude: Vec<String>,
    /// Province for extra keywords; none for the national list.
    pub province: Option<Province>,
    /// Sources.
    pub sources: Vec<Arc<Source>>,
}

/// Whether a keyword names its area on its own or needs the applicant's confirmation.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Tier {
    /// A word that names the area on its own.
    #[default]
    Explicit,
    /// A word that may name the area: the applicant confirms.
    Review,
}

/// A keyword found in a text: its area (index in `areas_for`), the word as written, the tier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeywordHit {
    /// Index of the area in [`RuleSet::areas_for`].
    pub area: usize,
    /// The word as the data writes it.
    pub word: String,
    /// Explicit or needing review.
    pub tier: Tier,
}

/// Every keyword of a province's areas in one Aho-Corasick automaton, so a text is scanned once
/// for all areas; a match inside an excluded phrase or after a negation ("不提供论坛", "无论坛")
/// does not count.
#[derive(Clone, Debug)]
pub struct KeywordIndex {
    automaton: Option<aho_corasick::AhoCorasick>,
    /// Pattern id → (area index, tier, keyword index in that tier's list).
    patterns: Vec<(usize, Tier, usize)>,
    /// Per area: its excluded phrases, normalised.
    excludes: Vec<Vec<String>>,
    /// Per area: the words as written (explicit, review).
    words: Vec<(Vec<String>, Vec<String>)>,
    negation: Negation,
}

impl KeywordIndex {
    fn new(areas: &[AreaKeywords], negation: &Negation) -> KeywordIndex {
        let mut words = Vec::new();
        let mut patterns = Vec::new();
        for (a, area) in areas.iter().enumerate() {
            for (tier, list) in [
                (Tier::Explicit, &area.keywords_norm),
                (Tier::Review, &area.review_norm),
            ] {
                for (k, w) in list.iter().enumerate() {
                    if !w.is_empty() {
                        words.push(w.as_str());
                        patterns.push((a, tier, k));
                    }
                }
            }
        }
        let norm = |l: &[String]| l.iter().map(|w| crate::text::normalise_name(w)).collect();
        KeywordIndex {
            automaton: aho_corasick::AhoCorasick::new(&words).ok(),
            patterns,
            excludes: areas.iter().map(|a| a.exclude.clone()).collect(),
            words: areas
                .iter()
                .map(|a| (a.keywords.clone(), a.review.clone()))
                .collect(),
            negation: Negation {
                cues: norm(&negation.cues),
                adjacent: norm(&negation.adjacent),
                clause_ends: negation.clause_ends.clone(),
            },
        }
    }

    /// For each area, the keyword `text` (normalised) names it with: an explicit word before a
    /// word needing review, then the first in the list's order.
    pub fn scan(&self, text: &str, areas: usize) -> Vec<Option<KeywordHit>> {
        let mut best: Vec<Option<(Tier, usize)>> = vec![None; areas];
        if let Some(ac) = &self.automaton {
            for m in ac.find_overlapping_iter(text) {
                let (a, tier, k) = self.patterns[m.pattern().as_usize()];
                if best[a].is_some_and(|b| b <= (tier, k))
                    || self.excluded(a, text, m.start(), m.end())
                    || self.negated(text, m.start())
                {
                    continue;
                }
                best[a] = Some((tier, k));
            }
        }
        best.into_iter()
            .enumerate()
            .map(|(a, b)| {
                b.map(|(tier, k)| KeywordHit {
                    area: a,
                    word: match tier {
                        Tier::Explicit => self.words[a].0[k].clone(),
                        Tier::Review => self.words[a].1[k].clone(),
                    },
                    tier,
                })
            })
            .collect()
    }

    /// The match `start..end` lies inside an occurrence of one of the area's excluded phrases.
    fn excluded(&self, area: usize, text: &str, start: usize, end: usize) -> bool {
        self.excludes[area].iter().any(|phrase| {
            !phrase.is_empty()
                && text
                    .match_indices(phrase.as_str())
                    .any(|(at, p)| at <= start && end <= at + p.len())
        })
    }

    /// A negation cue stands before `start` in the same clause (or an adjacent cue right before).
    fn negated(&self, text: &str, start: usize) -> bool {
        let before = &text[..start];
        if self
            .negation
            .adjacent
            .iter()
            .any(|c| !c.is_empty() && before.ends_with(c.as_str()))
        {
            return true;
        }
        let clause_start = self
            .negation
            .clause_ends
            .iter()
            .filter_map(|e| before.rfind(e.as_str()).map(|p| p + e.len()))
            .max()
            .unwrap_or(0);
        let clause = &before[clause_start..];
        self.negation
            .cues
            .iter()
            .any(|c| !c.is_empty() && clause.contains(c.as_str()))
    }
}

/// An access provider's profile (`assets/providers.toml`).
#[derive(Clone, Debug, Serialize)]
pub struct Provider {
    /// Stable id (`tencent-cloud`, …, `other`).
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Names the access-provider field may hold, normalised.
    pub aliases: Vec<String>,
    /// Most websites one organisation application takes in its system.
    pub max_new_websites_organisation: Option<u32>,
    /// Most websites one personal application takes in its system.
    pub max_new_websites_individual: Option<u32>,
    /// Steps its system adds, Chinese.
    pub steps_zh: Vec<String>,
    /// The same, English.
    pub steps_en: Vec<String>,
    /// Sources.
    pub sources: Vec<Arc<Source>>,
}

/// A validated rule.
#[derive(Clone, Debug, Serialize)]
pub struct Rule {
    /// Stable kebab-case id, the finding's code.
    pub id: String,
    /// Check kind and its parameters.
    pub check: Check,
    /// Severity.
    pub severity: Severity,
    /// Entity types it applies to (empty: all).
    pub entity_kinds: Vec<EntityKind>,
    /// Application kinds it applies to (empty: all).
    pub application_kinds: Vec<ApplicationKind>,
    /// Provinces a national rule is limited to (empty: all).
    pub provinces: Vec<Province>,
    /// The province file the rule comes from; none for national rules.
    pub province: Option<Province>,
    /// National rules this province rule replaces in its province.
    pub replaces: Vec<String>,
    /// Applies to submissions on or after this date.
    pub since: Option<NaiveDate>,
    /// Message template, Chinese (`{name}` placeholders).
    pub message_zh: String,
    /// Message template, English.
    pub message_en: String,
    /// Material put on the checklist when it fires.
    pub material: Option<String>,
    /// Sources, resolved from the catalogue.
    pub sources: Vec<Arc<Source>>,
    /// The sources in one line (`publisher《title》date; …`).
    #[serde(skip)]
    pub source_line: Arc<str>,
    /// The newest date any of its sources carries (`YYYY[-MM[-DD]]`), if any is dated.
    pub newest_source: Option<String>,
    /// Set when sources disagree.
    pub dispute: Option<Dispute>,
    /// File it was read from.
    pub file: String,
    /// Line of its `[[rule]]`.
    pub line: usize,
    /// The check's word or suffix lists prepared for matching (made once, at load).
    #[serde(skip)]
    pub prepared: Prepared,
}

/// A rule's lists prepared once for matching.
#[derive(Clone, Debug, Default)]
pub struct Prepared {
    /// Normalised words or endings (name checks), in the order written.
    pub norm: Vec<String>,
    /// Domain suffixes (suffix checks).
    pub suffixes: crate::domain::SuffixSet,
}

impl Prepared {
    fn of(check: &Check) -> Prepared {
        let norm = |list: &[String]| {
            list.iter()
                .map(|w| crate::text::normalise_name(w))
                .collect()
        };
        match check {
            Check::WebsiteNameWords { words, .. } | Check::NameKeywordLegalRep { words } => {
                Prepared {
                    norm: norm(words),
                    ..Prepared::default()
                }
            }
            Check::WebsiteNameSuffix { suffixes } | Check::WebsiteNameUnrelated { suffixes } => {
                Prepared {
                    norm: norm(suffixes),
                    ..Prepared::default()
                }
            }
            Check::DomainSuffix { suffixes } | Check::DomainSuffixForKind { suffixes } => {
                Prepared {
                    suffixes: crate::domain::SuffixSet::new(suffixes),
                    ..Prepared::default()
                }
            }
            _ => Prepared::default(),
        }
    }
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
    /// When the file was last compiled.
    pub as_of: NaiveDate,
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
    /// Pre-approval keyword areas as written (national, then province extras).
    pub areas: Vec<AreaKeywords>,
    /// Province summaries.
    pub provinces: Vec<ProvinceInfo>,
    /// When the national file was last compiled.
    pub national_as_of: Option<NaiveDate>,
    /// When the providers' profiles were last compiled.
    pub providers_as_of: Option<NaiveDate>,
    /// The source catalogue.
    #[serde(skip)]
    pub catalogue: Catalogue,
    /// Per province (GB/T 2260 order): indices of the rules that apply there.
    #[serde(skip)]
    by_province: Vec<Vec<usize>>,
    /// Per province: its keyword areas (national merged with its extras).
    #[serde(skip)]
    areas_by_province: Vec<Vec<AreaKeywords>>,
    /// Per province: one automaton over every normalised keyword of its areas.
    #[serde(skip)]
    keyword_index: Vec<KeywordIndex>,
    /// How the keyword scan reads negations.
    pub negation: Negation,
    /// Service content that carries pre-approval areas.
    pub implied_areas: Vec<ImpliedAreas>,
    /// The access providers' profiles.
    pub providers: Vec<Provider>,
    /// Every domain suffix any `domain-suffix` rule lists (to find domain prefixes).
    #[serde(skip)]
    pub known_suffixes: crate::domain::SuffixSet,
    /// Calendar dates, footer and public-security steps (`assets/after-approval.toml`).
    pub after: after::AfterApproval,
}

/// The text of a set of rule files, `(name, text)` each.
#[derive(Clone, Debug)]
pub struct RuleFiles {
    /// `national.toml`.
    pub national: (String, String),
    /// The province files.
    pub provinces: Vec<(String, String)>,
    /// `materials.toml`.
    pub materials: (String, String),
    /// `sources.toml`.
    pub sources: (String, String),
    /// `providers.toml`.
    pub providers: (String, String),
    /// `after-approval.toml`.
    pub after_approval: (String, String),
}

fn owned(f: (&str, &str)) -> (String, String) {
    (f.0.to_string(), f.1.to_string())
}

impl RuleFiles {
    /// The files built into this program.
    pub fn builtin() -> RuleFiles {
        RuleFiles {
            national: owned(NATIONAL),
            provinces: PROVINCE_FILES.iter().map(|f| owned(*f)).collect(),
            materials: owned(MATERIALS),
            sources: owned(SOURCES),
            providers: owned(PROVIDERS),
            after_approval: owned(AFTER_APPROVAL),
        }
    }

    /// Rule files from a folder laid out like `assets/rules` (`national.toml`, `provinces/*.toml`).
    /// `materials.toml` and `sources.toml` are read from the folder or its parent where present,
    /// otherwise the built-in ones are used.
    pub fn from_dir(dir: &Path) -> Result<RuleFiles, Error> {
        let read = |p: &Path| -> Result<(String, String), Error> {
            let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
            Ok((p.display().to_string(), text))
        };
        let side = |name: &str, builtin: (&str, &str)| -> Result<(String, String), Error> {
            for d in [Some(dir), dir.parent()].into_iter().flatten() {
                let p = d.join(name);
                if p.is_file() {
                    return read(&p);
                }
            }
            Ok(owned(builtin))
        };
        let mut provinces = Vec::new();
        let pdir = dir.join("provinces");
        let entries = std::fs::read_dir(&pdir).map_err(|e| Error::io(&pdir, e))?;
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        for p in paths {
            provinces.push(read(&p)?);
        }
        Ok(RuleFiles {
            national: read(&dir.join("national.toml"))?,
            provinces,
            materials: side("materials.toml", MATERIALS)?,
            sources: side("sources.toml", SOURCES)?,
            providers: side("providers.toml", PROVIDERS)?,
            after_approval: side("after-approval.toml", AFTER_APPROVAL)?,
        })
    }
}

fn as_ref(f: &(String, String)) -> (&str, &str) {
    (f.0.as_str(), f.1.as_str())
}

impl RuleSet {
    /// Loads and validates a set of rule files. Every problem is reported, not only the first.
    pub fn load(files: &RuleFiles) -> Result<RuleSet, Error> {
        let mut problems = Vec::new();
        let mut set = RuleSet {
            catalogue: Catalogue::load(as_ref(&files.sources), &mut problems),
            ..RuleSet::default()
        };
        set.load_materials(as_ref(&files.materials), &mut problems);
        set.load_providers(as_ref(&files.providers), &mut problems);
        set.load_after_approval(as_ref(&files.after_approval), &mut problems);
        let mut ids = BTreeSet::new();
        if let Some(raw) = parse_file(as_ref(&files.national), &mut problems) {
            if raw.province.is_some() {
                problems.push(file_problem(
                    &files.national.0,
                    "the national file names a province",
                ));
            }
            set.national_as_of = Some(raw.as_of);
            set.negation = raw.preapproval_negation.clone().unwrap_or_default();
            set.implied_areas = raw.service_content_area.clone();
            set.add_file(as_ref(&files.national), raw, None, &mut ids, &mut problems);
        }
        let mut seen = BTreeSet::new();
        for file in &files.provinces {
            let Some(raw) = parse_file(as_ref(file), &mut problems) else {
                continue;
            };
            let slug = raw.province.clone().unwrap_or_default();
            if raw.preapproval_negation.is_some() || !raw.service_content_area.is_empty() {
                problems.push(file_problem(
                    &file.0,
                    "preapproval_negation and service_content_area belong in the national file",
                ));
            }
            let Some(province) = Province::ALL.into_iter().find(|p| p.slug() == slug) else {
                problems.push(file_problem(
                    &file.0,
                    &format!("unknown or missing province '{slug}'"),
                ));
                continue;
            };
            if !seen.insert(province) {
                problems.push(file_problem(
                    &file.0,
                    &format!("province {slug} has two files"),
                ));
                continue;
            }
            set.add_file(as_ref(file), raw, Some(province), &mut ids, &mut problems);
        }
        for r in &set.rules {
            for old in &r.replaces {
                if !set
                    .rules
                    .iter()
                    .any(|n| &n.id == old && n.province.is_none())
                {
                    problems.push(Problem {
                        file: r.file.clone(),
                        line: Some(r.line),
                        rule: Some(r.id.clone()),
                        message: format!("replaces unknown national rule {old}"),
                    });
                }
            }
        }
        if !problems.is_empty() {
            return Err(Error::RuleFiles { problems });
        }
        set.index();
        Ok(set)
    }

    fn load_providers(&mut self, file: (&str, &str), problems: &mut Vec<Problem>) {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct RawProviders {
            as_of: NaiveDate,
            provider: Vec<toml::Spanned<RawProvider>>,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct RawProvider {
            id: String,
            name_zh: String,
            name_en: String,
            #[serde(default)]
            aliases: Vec<String>,
            #[serde(default)]
            max_new_websites_organisation: Option<u32>,
            #[serde(default)]
            max_new_websites_individual: Option<u32>,
            #[serde(default)]
            steps_zh: Vec<String>,
            #[serde(default)]
            steps_en: Vec<String>,
            source: Vec<sources::Citation>,
        }
        let raw: RawProviders = match toml::from_str(file.1) {
            Ok(r) => r,
            Err(e) => return problems.push(Problem::toml(file, &e)),
        };
        self.providers_as_of = Some(raw.as_of);
        for p in raw.provider {
            let line = line_of(file.1, p.span().start);
            let p = p.into_inner();
            let mut bad = |message: String| {
                problems.push(Problem {
                    file: file.0.into(),
                    line: Some(line),
                    rule: Some(format!("provider {}", p.id)),
                    message,
                })
            };
            if p.steps_zh.len() != p.steps_en.len() {
                bad("steps_zh and steps_en must match one to one".into());
            }
            if p.source.is_empty() {
                bad("needs a source".into());
            }
            let mut errs = Vec::new();
            let sources = self.cite_all(&p.source, &mut |m| errs.push(m));
            for m in errs {
                bad(m);
            }
            self.providers.push(Provider {
                id: p.id,
                name_zh: p.name_zh,
                name_en: p.name_en,
                aliases: p
                    .aliases
                    .iter()
                    .map(|a| crate::text::normalise_name(a))
                    .collect(),
                max_new_websites_organisation: p.max_new_websites_organisation,
                max_new_websites_individual: p.max_new_websites_individual,
                steps_zh: p.steps_zh,
                steps_en: p.steps_en,
                sources,
            });
        }
    }

    /// The provider profile whose name or an alias the text names (the access provider field).
    pub fn provider_named(&self, text: &str) -> Option<&Provider> {
        let n = crate::text::normalise_name(text);
        if n.is_empty() {
            return None;
        }
        self.providers.iter().find(|p| {
            p.id == n
                || crate::text::normalise_name(&p.name_zh) == n
                || crate::text::normalise_name(&p.name_en) == n
                || p.aliases
                    .iter()
                    .any(|a| !a.is_empty() && n.contains(a.as_str()))
        })
    }

    fn load_materials(&mut self, file: (&str, &str), problems: &mut Vec<Problem>) {
        let raw: RawMaterials = match toml::from_str(file.1) {
            Ok(r) => r,
            Err(e) => return problems.push(Problem::toml(file, &e)),
        };
        for m in raw.material {
            if m.name_zh.trim().is_empty() || m.name_en.trim().is_empty() {
                problems.push(file_problem(
                    file.0,
                    &format!("material {} needs name_zh and name_en", m.id),
                ));
            }
            self.material_order.push(m.id.clone());
            if self.materials.insert(m.id.clone(), m.clone()).is_some() {
                problems.push(file_problem(
                    file.0,
                    &format!("material {} is defined twice", m.id),
                ));
            }
        }
    }

    fn add_file(
        &mut self,
        file: (&str, &str),
        raw: RawFile,
        province: Option<Province>,
        ids: &mut BTreeSet<String>,
        problems: &mut Vec<Problem>,
    ) {
        if let Some(p) = province {
            if raw.summary_zh.trim().is_empty() || raw.summary_en.trim().is_empty() {
                problems.push(file_problem(
                    file.0,
                    "a province file needs summary_zh and summary_en",
                ));
            }
            self.provinces.push(ProvinceInfo {
                province: p,
                summary_zh: raw.summary_zh,
                summary_en: raw.summary_en,
                not_found: raw.not_found,
                as_of: raw.as_of,
            });
        }
        for a in raw.preapproval_area {
            let line = line_of(file.1, a.span().start);
            let at = |message: String| Problem {
                file: file.0.into(),
                line: Some(line),
                rule: Some("preapproval_area".into()),
                message,
            };
            let a: RawArea = match toml::Value::Table(a.into_inner()).try_into() {
                Ok(a) => a,
                Err(e) => {
                    problems.push(at(e.message().to_string()));
                    continue;
                }
            };
            if a.source.is_empty() {
                problems.push(at(format!("area {} needs a source", a.area.code())));
            }
            if province.is_none() && a.permit_zh.is_empty() {
                problems.push(at(format!(
                    "national area {} needs permit_zh",
                    a.area.code()
                )));
            }
            let sources = self.cite_all(&a.source, &mut |m| problems.push(at(m)));
            self.areas.push(AreaKeywords {
                area: a.area,
                permit_zh: a.permit_zh,
                permit_en: a.permit_en,
                authority_zh: a.authority_zh,
                authority_en: a.authority_en,
                keywords_norm: a
                    .keywords
                    .iter()
                    .map(|k| crate::text::normalise_name(k))
                    .collect(),
                keywords: a.keywords,
                review_norm: a
                    .review
                    .iter()
                    .map(|k| crate::text::normalise_name(k))
                    .collect(),
                review: a.review,
                exclude: a
                    .exclude
                    .iter()
                    .map(|k| crate::text::normalise_name(k))
                    .collect(),
                province,
                sources,
            });
        }
        let starts: Vec<usize> = raw.rule.iter().map(|r| r.span().start).collect();
        for (n, table) in raw.rule.into_iter().enumerate() {
            let start = table.span().start;
            let end = starts.get(n + 1).copied().unwrap_or(file.1.len());
            let table = table.into_inner();
            let id = table
                .get("id")
                .and_then(|v| v.as_str())
                .unwrap_or("(no id)")
                .to_string();
            let line = line_of(file.1, start);
            let mut report = |line: usize, message: String| {
                problems.push(Problem {
                    file: file.0.into(),
                    line: Some(line),
                    rule: Some(id.clone()),
                    message,
                })
            };
            let r: RawRule = match toml::Value::Table(table).try_into() {
                Ok(r) => r,
                Err(e) => {
                    let message = e.message().trim().to_string();
                    report(line_of_word(file.1, start..end, &message), message);
                    continue;
                }
            };
            if !is_kebab(&r.id) {
                report(line, "id must be kebab-case (a-z, 0-9, -)".into());
            }
            if !ids.insert(r.id.clone()) {
                report(line, "id is used twice".into());
            }
            if let Err(m) = r.check.validate() {
                report(line, m);
            }
            if r.message_zh.trim().is_empty() || r.message_en.trim().is_empty() {
                report(line, "needs message_zh and message_en".into());
            }
            if r.source.is_empty() {
                report(line, "needs at least one source".into());
            }
            if let Some(m) = &r.material {
                if !self.materials.contains_key(m) {
                    report(
                        line,
                        format!("material '{m}' is not in assets/materials.toml"),
                    );
                }
            }
            if province.is_some() && !r.provinces.is_empty() {
                report(line, "a province file's rules cannot list provinces".into());
            }
            if province.is_none() && !r.replaces.is_empty() {
                report(
                    line,
                    "only province rules can replace national rules".into(),
                );
            }
            let sources = self.cite_all(&r.source, &mut |m| report(line, m));
            let source_line: Arc<str> = sources
                .iter()
                .map(|s| s.label())
                .collect::<Vec<_>>()
                .join("; ")
                .into();
            let newest_source = sources
                .iter()
                .filter(|s| s.date != "undated")
                .map(|s| s.date.clone())
                .max();
            self.rules.push(Rule {
                id: r.id,
                prepared: Prepared::of(&r.check),
                check: r.check,
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
                sources,
                source_line,
                newest_source,
                dispute: r.dispute,
                file: file.0.into(),
                line,
            });
        }
    }

    fn cite_all(
        &self,
        citations: &[sources::Citation],
        report: &mut dyn FnMut(String),
    ) -> Vec<Arc<Source>> {
        citations
            .iter()
            .filter_map(|c| self.catalogue.cite(c).map_err(&mut *report).ok())
            .collect()
    }

    /// Precomputes what every check needs per province (done once at load).
    fn index(&mut self) {
        self.by_province = Province::ALL
            .iter()
            .map(|&province| {
                let replaced: BTreeSet<&str> = self
                    .rules
                    .iter()
                    .filter(|r| r.province == Some(province))
                    .flat_map(|r| r.replaces.iter().map(String::as_str))
                    .collect();
                self.rules
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| match r.province {
                        Some(p) => p == province,
                        None => {
                            (r.provinces.is_empty() || r.provinces.contains(&province))
                                && !replaced.contains(r.id.as_str())
                        }
                    })
                    .map(|(i, _)| i)
                    .collect()
            })
            .collect();
        self.areas_by_province = Province::ALL
            .iter()
            .map(|&province| {
                let mut out: Vec<AreaKeywords> = self
                    .areas
                    .iter()
                    .filter(|a| a.province.is_none())
                    .cloned()
                    .collect();
                for extra in self.areas.iter().filter(|a| a.province == Some(province)) {
                    if let Some(base) = out.iter_mut().find(|a| a.area == extra.area) {
                        base.keywords.extend(extra.keywords.iter().cloned());
                        base.keywords_norm
                            .extend(extra.keywords_norm.iter().cloned());
                        base.review.extend(extra.review.iter().cloned());
                        base.review_norm.extend(extra.review_norm.iter().cloned());
                        base.exclude.extend(extra.exclude.iter().cloned());
                        base.sources.extend(extra.sources.iter().cloned());
                    }
                }
                out
            })
            .collect();
        self.keyword_index = self
            .areas_by_province
            .iter()
            .map(|a| KeywordIndex::new(a, &self.negation))
            .collect();
        let mut suffixes: Vec<String> = self
            .rules
            .iter()
            .filter_map(|r| match &r.check {
                Check::DomainSuffix { suffixes } => Some(suffixes.iter().cloned()),
                _ => None,
            })
            .flatten()
            .collect();
        suffixes.sort();
        suffixes.dedup();
        self.known_suffixes = crate::domain::SuffixSet::new(&suffixes);
    }

    /// Rules that apply in a province (national rules not replaced there, plus the province's).
    pub fn for_province(&self, province: Province) -> impl Iterator<Item = &Rule> {
        let idx = Province::ALL
            .iter()
            .position(|p| *p == province)
            .unwrap_or(0);
        self.by_province
            .get(idx)
            .into_iter()
            .flatten()
            .map(|&i| &self.rules[i])
    }

    /// Keyword areas that apply in a province: the national list plus its extras, merged by area.
    pub fn areas_for(&self, province: Province) -> &[AreaKeywords] {
        let idx = Province::ALL
            .iter()
            .position(|p| *p == province)
            .unwrap_or(0);
        self.areas_by_province
            .get(idx)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The keyword automaton of a province's areas (see [`RuleSet::areas_for`]).
    pub fn keyword_index(&self, province: Province) -> Option<&KeywordIndex> {
        let idx = Province::ALL.iter().position(|p| *p == province)?;
        self.keyword_index.get(idx)
    }

    /// The pre-approval areas a website declares: its `content_areas` and those its service
    /// content carries.
    pub fn declared_areas(&self, w: &crate::draft::Website) -> Vec<PreapprovalArea> {
        let mut out = w.content_areas.clone();
        for i in self
            .implied_areas
            .iter()
            .filter(|i| i.content == w.service_content)
        {
            out.extend(i.areas.iter().copied());
        }
        out.sort();
        out.dedup();
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

    /// "Rules as of": the oldest `as_of` of the files (every rule was compiled on or after it).
    pub fn as_of(&self) -> Option<NaiveDate> {
        self.provinces
            .iter()
            .map(|p| p.as_of)
            .chain(self.national_as_of)
            .chain(self.providers_as_of)
            .chain(self.after.as_of)
            .min()
    }
}

fn parse_file(file: (&str, &str), problems: &mut Vec<Problem>) -> Option<RawFile> {
    toml::from_str(file.1)
        .map_err(|e| problems.push(Problem::toml(file, &e)))
        .ok()
}

fn file_problem(file: &str, message: &str) -> Problem {
    Problem {
        file: file.into(),
        line: None,
        rule: None,
        message: message.into(),
    }
}

pub(crate) fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The rules shipped with this build, parsed and validated once.
pub fn builtin() -> Result<&'static RuleSet, Error> {
    static SET: std::sync::OnceLock<Result<RuleSet, Vec<Problem>>> = std::sync::OnceLock::new();
    let loaded = SET.get_or_init(|| {
        RuleSet::load(&RuleFiles::builtin()).map_err(|e| match e {
            Error::RuleFiles { problems } => problems,
            other => vec![file_problem("assets/rules", &other.to_string())],
        })
    });
    loaded.as_ref().map_err(|problems| Error::RuleFiles {
        problems: problems.clone(),
    })
}
