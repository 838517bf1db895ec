//! `assets/after-approval.toml`: the dates the agency calendar shows, how long a signed 核验单 is
//! accepted per province, the footer's link and the public-security filing steps — data with
//! sources, loaded and checked with the rule files (an unknown source id, a missing source or a
//! zh/en mismatch is a load problem with file and line).

use std::sync::Arc;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{line_of, sources, Problem, RuleSet};
use crate::finding::Source;
use crate::province::Province;

/// Which date of a draft a calendar entry reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DateKind {
    /// The end of each person's ID validity.
    PersonId,
    /// The end of the entity certificate's validity.
    EntityCertificate,
    /// Each domain's expiry.
    Domain,
    /// The signed 核验单's date plus the province's months.
    VerificationForm,
    /// The submission date: the 12381 SMS verification follows.
    SmsVerification,
    /// Each website's online date plus `days`: the public-security filing is due.
    PoliceFiling,
}

/// One kind of calendar date.
#[derive(Clone, Debug, Serialize)]
pub struct DateRule {
    /// Stable id.
    pub id: String,
    /// Which date.
    pub what: DateKind,
    /// Alarm this many days before.
    pub remind_days: u32,
    /// Days after the online date (police filing).
    pub days: u32,
    /// Title template, Chinese.
    pub summary_zh: String,
    /// Title template, English.
    pub summary_en: String,
    /// What to do, Chinese.
    pub note_zh: String,
    /// What to do, English.
    pub note_en: String,
    /// Sources.
    pub sources: Vec<Arc<Source>>,
}

/// How long a signed 核验单 is accepted in one province.
#[derive(Clone, Debug, Serialize)]
pub struct FormValidity {
    /// The province.
    pub province: Province,
    /// Months after signing.
    pub months: u32,
    /// Sources.
    pub sources: Vec<Arc<Source>>,
}

/// What a province's footer rule asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FooterShows {
    /// The entity's filing number, not the website's.
    EntityNumber,
    /// 版权所有 and the entity's name beside the number.
    Copyright,
}

/// A province's footer rule.
#[derive(Clone, Debug, Serialize)]
pub struct FooterProvince {
    /// The province.
    pub province: Province,
    /// What it asks for.
    pub shows: FooterShows,
    /// Sources.
    pub sources: Vec<Arc<Source>>,
}

/// A step of the public-security filing.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Step {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
    /// Sources, one line (`publisher《title》date; …`).
    pub source: String,
}

/// The after-approval data.
#[derive(Clone, Debug, Default, Serialize)]
pub struct AfterApproval {
    /// When the file was last compiled.
    pub as_of: Option<NaiveDate>,
    /// Calendar dates.
    pub dates: Vec<DateRule>,
    /// 核验单 validity per province.
    pub verification_form: Vec<FormValidity>,
    /// The footer number's link target.
    pub footer_link: String,
    /// The footer rule's sources.
    pub footer_sources: Vec<Arc<Source>>,
    /// Provinces whose footer shows the entity's number.
    pub footer_entity_number: Vec<FooterProvince>,
    /// Provinces whose footer names the owner.
    pub footer_copyright: Vec<FooterProvince>,
    /// Public-security filing steps.
    pub police_steps: Vec<Step>,
}

impl AfterApproval {
    /// The 核验单 validity in this province, if a source gives one.
    pub fn form_validity(&self, province: Province) -> Option<&FormValidity> {
        self.verification_form
            .iter()
            .find(|f| f.province == province)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    as_of: NaiveDate,
    date: Vec<toml::Spanned<RawDate>>,
    verification_form: Vec<toml::Spanned<RawForm>>,
    footer: RawFooter,
    #[serde(default)]
    footer_province: Vec<toml::Spanned<RawFooterProvince>>,
    police_step: Vec<toml::Spanned<RawStep>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDate {
    id: String,
    what: DateKind,
    remind_days: u32,
    #[serde(default)]
    days: Option<u32>,
    summary_zh: String,
    summary_en: String,
    note_zh: String,
    note_en: String,
    #[serde(default)]
    source: Vec<sources::Citation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawForm {
    province: String,
    months: u32,
    source: Vec<sources::Citation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFooter {
    link: String,
    source: Vec<sources::Citation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFooterProvince {
    province: String,
    shows: FooterShows,
    source: Vec<sources::Citation>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    zh: String,
    en: String,
    source: Vec<sources::Citation>,
}

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

impl RuleSet {
    pub(super) fn load_after_approval(&mut self, file: (&str, &str), problems: &mut Vec<Problem>) {
        let raw: RawFile = match toml::from_str(file.1) {
            Ok(r) => r,
            Err(e) => return problems.push(Problem::toml(file, &e)),
        };
        let mut out = AfterApproval {
            as_of: Some(raw.as_of),
            footer_link: raw.footer.link.clone(),
            ..AfterApproval::default()
        };
        let mut problem = |line: Option<usize>, what: String, message: String| {
            problems.push(Problem {
                file: file.0.into(),
                line,
                rule: Some(what),
                message,
            })
        };
        for d in raw.date {
            let line = Some(line_of(file.1, d.span().start));
            let d = d.into_inner();
            let what = format!("date {}", d.id);
            let mut errs = Vec::new();
            let sources = self.cite_all(&d.source, &mut |m| errs.push(m));
            // The 核验单's sources are per province ([[verification_form]]).
            if sources.is_empty() && d.what != DateKind::VerificationForm {
                errs.push("needs a source".into());
            }
            if has_han(&d.summary_en) || has_han(&d.note_en) {
                errs.push("the English texts hold Chinese".into());
            }
            if d.what == DateKind::PoliceFiling && d.days.is_none() {
                errs.push("police-filing needs `days`".into());
            }
            for m in errs {
                problem(line, what.clone(), m);
            }
            out.dates.push(DateRule {
                id: d.id,
                what: d.what,
                remind_days: d.remind_days,
                days: d.days.unwrap_or(0),
                summary_zh: d.summary_zh,
                summary_en: d.summary_en,
                note_zh: d.note_zh,
                note_en: d.note_en,
                sources,
            });
        }
        for f in raw.verification_form {
            let line = Some(line_of(file.1, f.span().start));
            let f = f.into_inner();
            let what = format!("verification_form {}", f.province);
            let mut errs = Vec::new();
            let (sources, province) = self.province_entry(&f.source, &f.province, &mut errs);
            for m in errs {
                problem(line, what.clone(), m);
            }
            if let Some(province) = province {
                out.verification_form.push(FormValidity {
                    province,
                    months: f.months,
                    sources,
                });
            }
        }
        let mut errs = Vec::new();
        out.footer_sources = self.cite_all(&raw.footer.source, &mut |m| errs.push(m));
        if out.footer_sources.is_empty() {
            errs.push("needs a source".into());
        }
        for m in errs {
            problem(None, "footer".into(), m);
        }
        for f in raw.footer_province {
            let line = Some(line_of(file.1, f.span().start));
            let f = f.into_inner();
            let mut errs = Vec::new();
            let (sources, province) = self.province_entry(&f.source, &f.province, &mut errs);
            for m in errs {
                problem(line, format!("footer_province {}", f.province), m);
            }
            if let Some(province) = province {
                let entry = FooterProvince {
                    province,
                    shows: f.shows,
                    sources,
                };
                match f.shows {
                    FooterShows::EntityNumber => out.footer_entity_number.push(entry),
                    FooterShows::Copyright => out.footer_copyright.push(entry),
                }
            }
        }
        for s in raw.police_step {
            let line = Some(line_of(file.1, s.span().start));
            let s = s.into_inner();
            let mut errs = Vec::new();
            let sources = self.cite_all(&s.source, &mut |m| errs.push(m));
            if sources.is_empty() {
                errs.push("needs a source".into());
            }
            if has_han(&s.en) {
                errs.push("the English text holds Chinese".into());
            }
            for m in errs {
                problem(line, "police_step".into(), m);
            }
            out.police_steps.push(Step {
                zh: s.zh,
                en: s.en,
                source: source_line(&sources),
            });
        }
        self.after = out;
    }
}

impl RuleSet {
    /// The sources and province of a per-province entry, with its problems (no source, an
    /// unknown source id or province slug) added to `errs`.
    fn province_entry(
        &self,
        citations: &[sources::Citation],
        slug: &str,
        errs: &mut Vec<String>,
    ) -> (Vec<Arc<Source>>, Option<Province>) {
        let sources = self.cite_all(citations, &mut |m| errs.push(m));
        if sources.is_empty() {
            errs.push("needs a source".into());
        }
        let province = Province::ALL.into_iter().find(|p| p.slug() == slug);
        if province.is_none() {
            errs.push(format!("unknown province `{slug}`"));
        }
        (sources, province)
    }
}

/// Sources in one line, as findings show them.
pub fn source_line(sources: &[Arc<Source>]) -> String {
    sources
        .iter()
        .map(|s| s.label())
        .collect::<Vec<_>>()
        .join("; ")
}
