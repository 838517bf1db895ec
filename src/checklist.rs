//! The materials checklist: every material the applicant must prepare, each with the rule that
//! asked for it and that rule's source. Built from the findings of [`crate::engine::check`]: a rule
//! that names a `material` puts it on the list when it fires, so the list is data-driven.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use std::sync::Arc;

use crate::draft::Draft;
use crate::field_path::FieldPath;
use crate::finding::Source;
use crate::rules::RuleSet;

/// One material to prepare.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChecklistItem {
    /// Material id from `assets/materials.toml`, e.g. `gd-commitment-organisation`.
    pub material: String,
    /// 材料名称 / Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// The letter (PDF) this app can produce for it, e.g. `gd-commitment-organisation`.
    pub letter: Option<String>,
    /// The upload-image kind when it is uploaded as an image (`id-front`, `letter-scan` …).
    #[serde(default)]
    pub image_kind: Option<String>,
    /// What it is about (a domain, a person), empty for the whole filing.
    pub subject: String,
    /// The rule code that asked for it.
    pub rule: String,
    /// 原因 / Why it is needed (the finding's message).
    pub reason_zh: String,
    /// Why it is needed, in English.
    pub reason_en: String,
    /// Sources of the rule, one line (`publisher《title》date; …`).
    pub source: Arc<str>,
    /// Sources of the rule with publisher, title, date and reliability.
    pub sources: Vec<Arc<Source>>,
    /// Field path the rule looked at.
    pub field: FieldPath,
}

/// The checklist of a draft.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Checklist {
    /// Items in a stable order.
    pub items: Vec<ChecklistItem>,
}

impl Checklist {
    /// Letters the draft needs (ids, no duplicates, in checklist order).
    pub fn letters(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for l in self.items.iter().filter_map(|i| i.letter.as_deref()) {
            if !out.contains(&l) {
                out.push(l);
            }
        }
        out
    }
}

/// Builds the checklist of a draft.
pub fn build(draft: &Draft, rules: &RuleSet, today: NaiveDate) -> Checklist {
    let report = crate::engine::check(draft, rules, today);
    from_report(&report, rules)
}

/// Builds the checklist from a report already computed.
pub fn from_report(report: &crate::finding::Report, rules: &RuleSet) -> Checklist {
    let mut items: Vec<ChecklistItem> = Vec::new();
    for f in &report.findings {
        let Some(material) = f.material.as_deref() else {
            continue;
        };
        let Some(m) = rules.materials.get(material) else {
            continue;
        };
        let subject = subject_of(f);
        // One item per material and subject; the first rule that asked for it is named.
        if items
            .iter()
            .any(|i| i.material == material && i.subject == subject)
        {
            continue;
        }
        items.push(ChecklistItem {
            material: material.to_string(),
            name_zh: m.name_zh.clone(),
            name_en: m.name_en.clone(),
            letter: m.letter.clone(),
            image_kind: m.image_kind.clone(),
            subject,
            rule: f.code.clone(),
            reason_zh: f.message_zh.clone(),
            reason_en: f.message_en.clone(),
            source: f.source.clone(),
            sources: f.sources.clone(),
            field: f.field.clone(),
        });
    }
    // Stable order: the catalogue's order, then subject.
    let rank = |id: &str| {
        rules
            .material_order
            .iter()
            .position(|m| m == id)
            .unwrap_or(usize::MAX)
    };
    items.sort_by(|a, b| (rank(&a.material), &a.subject).cmp(&(rank(&b.material), &b.subject)));
    Checklist { items }
}

/// What a finding's material is about: a domain, a person or a pre-approval area.
fn subject_of(f: &crate::finding::Finding) -> String {
    let get = |k: &str| {
        f.params
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    get("domain")
        .or_else(|| get("area"))
        .or_else(|| get("name"))
        .unwrap_or_default()
}
