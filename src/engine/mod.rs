//! The rule engine: selects the rules that apply to a draft, runs each rule's check and turns what
//! the checks found ("hits") into [`Finding`]s with their messages filled in, in both languages.
//!
//! Which rules apply, with which parameters, messages and sources, is data (see [`crate::rules`]);
//! the checks themselves live in [`crate::rules::checks`], one file per family. "Today" is passed
//! in: the core never reads the clock.

mod context;

use chrono::NaiveDate;

pub(crate) use context::{date, is_name, same_person, Ctx};

use crate::draft::Draft;
use crate::field_path::FieldPath;
use crate::finding::{Finding, Report};
use crate::rules::{Rule, RuleSet};
use crate::subjects::Subject;

/// Checks a draft against the rules, as of `today` (the caller's date; the core reads no clock).
pub fn check(draft: &Draft, rules: &RuleSet, today: NaiveDate) -> Report {
    check_among(draft, rules, today, &[])
}

/// Checks a draft as [`check`] does, and also against the other subjects the applicant or agency
/// holds (the other drafts of the workspace: a person or mobile used by another subject). A
/// subject that is the draft's own (same certificate number, else same name) is not compared.
pub fn check_among(draft: &Draft, rules: &RuleSet, today: NaiveDate, others: &[Subject]) -> Report {
    let mut ctx = Ctx::new(draft, rules, today);
    ctx.others = others.iter().filter(|s| s.is_other_than(draft)).collect();
    let mut findings = Vec::new();
    let mut hits = Vec::new();
    for rule in rules.for_province(draft.application.province) {
        if !applies(rule, draft, ctx.submission) {
            continue;
        }
        crate::rules::checks::run(rule, &ctx, &mut hits);
        for hit in hits.drain(..) {
            findings.push(finding(rule, hit, &ctx));
        }
    }
    findings.sort_by(|a, b| {
        (a.severity, field_order(&a.field), &a.code).cmp(&(
            b.severity,
            field_order(&b.field),
            &b.code,
        ))
    });
    Report { findings }
}

/// Orders fields as the wizard shows them: application, entity, websites by index.
fn field_order(field: &FieldPath) -> (u8, &FieldPath) {
    let rank = match field.head() {
        Some("application") => 0,
        Some("entity") => 1,
        Some("websites") => 2,
        _ => 3,
    };
    (rank, field)
}

fn applies(rule: &Rule, draft: &Draft, submission: NaiveDate) -> bool {
    (rule.entity_kinds.is_empty() || rule.entity_kinds.contains(&draft.entity.kind))
        && (rule.application_kinds.is_empty()
            || rule.application_kinds.contains(&draft.application.kind))
        && rule.since.is_none_or(|since| submission >= since)
}

/// A value that fills a `{name}` placeholder: language-neutral text (a number, a domain, what the
/// applicant typed) or a label with both languages.
#[derive(Clone, Debug)]
pub(crate) struct Param {
    pub name: &'static str,
    pub zh: String,
    /// English, for labels; `None` for language-neutral values.
    pub en: Option<String>,
}

/// One place a rule fired.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub field: FieldPath,
    pub params: Vec<Param>,
    /// `false`: the rule's dispute does not concern this hit (e.g. a count above every source's
    /// threshold), so the finding leaves it out.
    pub disputed: bool,
}

impl Hit {
    /// A hit at `field` with no parameters yet.
    pub fn at(field: FieldPath) -> Hit {
        Hit {
            field,
            params: Vec::new(),
            disputed: true,
        }
    }
    /// Adds a language-neutral value.
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Hit {
        self.params.push(Param {
            name,
            zh: value.into(),
            en: None,
        });
        self
    }
    /// Adds a label with its Chinese and English text.
    pub fn label(
        mut self,
        name: &'static str,
        zh: impl Into<String>,
        en: impl Into<String>,
    ) -> Hit {
        self.params.push(Param {
            name,
            zh: zh.into(),
            en: Some(en.into()),
        });
        self
    }
    /// Adds a vocabulary value's label.
    pub fn vocab<V: crate::labels::Vocabulary>(self, name: &'static str, v: V) -> Hit {
        self.label(name, v.name_zh(), v.name_en())
    }
}

fn finding(rule: &Rule, h: Hit, ctx: &Ctx) -> Finding {
    let province = ctx.draft.application.province;
    let extra = [
        Param {
            name: "province",
            zh: province.name_zh().into(),
            en: Some(province.name_en().into()),
        },
        Param {
            name: "website_no",
            zh: h
                .field
                .website_index()
                .map(|i| (i + 1).to_string())
                .unwrap_or_default(),
            en: None,
        },
    ];
    let message_zh = fill(&rule.message_zh, &h.params, &extra, true);
    let message_en = fill(&rule.message_en, &h.params, &extra, false);
    let mut params = Vec::with_capacity(h.params.len() * 2);
    for p in h.params {
        if let Some(en) = p.en {
            params.push((format!("{}_en", p.name), en));
        }
        params.push((p.name.to_string(), p.zh));
    }
    params.sort_by(|a, b| a.0.cmp(&b.0));
    Finding {
        code: rule.id.clone(),
        severity: rule.severity,
        field: h.field,
        message_zh,
        message_en,
        source: rule.source_line.clone(),
        sources: rule.sources.clone(),
        dispute: if h.disputed {
            rule.dispute.clone()
        } else {
            None
        },
        province: rule.province,
        params,
        material: rule.material.clone(),
    }
}

/// Fills `{name}` placeholders in one pass; in English a label's English text is used. An unknown
/// placeholder is left as it is (a test over every rule's trigger case catches that).
pub(crate) fn fill(template: &str, params: &[Param], extra: &[Param], zh: bool) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        // `{name_en}` in an English template names the label's English text explicitly.
        let (key, want_en) = match name.strip_suffix("_en") {
            Some(k) => (k, true),
            None => (name, !zh),
        };
        match params.iter().chain(extra).find(|p| p.name == key) {
            Some(p) => out.push_str(match (&p.en, want_en) {
                (Some(en), true) => en,
                _ => &p.zh,
            }),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_uses_the_english_label_in_english() {
        let params = vec![
            Param {
                name: "kind",
                zh: "企业".into(),
                en: Some("enterprise".into()),
            },
            Param {
                name: "count",
                zh: "3".into(),
                en: None,
            },
        ];
        assert_eq!(fill("{kind}：{count} 个", &params, &[], true), "企业：3 个");
        assert_eq!(
            fill("A {kind} has {count}", &params, &[], false),
            "A enterprise has 3"
        );
        assert_eq!(
            fill("{kind_en} / {kind}", &params, &[], true),
            "enterprise / 企业"
        );
        assert_eq!(fill("{missing} {", &params, &[], true), "{missing} {");
    }
}
