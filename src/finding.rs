//! Findings: what the checks say about a draft. They are data, not errors.
//!
//! A finding names the rule (`code`, stable kebab-case), its severity, the field it is about (a path
//! such as `websites[0].domains[0].name`), the parameters that filled in the message, the message in
//! Chinese and English, and the sources (with dates) the rule rests on. Where the sources disagree
//! the finding carries a `dispute` note that says so.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// 错误：提交后会被驳回 / Error: the filing would be rejected.
    Error,
    /// 警告：很可能被驳回或需要补充说明 / Warning: likely rejected, or needs an explanation.
    Warning,
    /// 提示：需要准备的材料或注意事项 / Info: a material to prepare or a point to note.
    Info,
}

impl Severity {
    /// Chinese label.
    pub fn name_zh(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Info => "提示",
        }
    }
    /// English label.
    pub fn name_en(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A source a rule rests on: a tag from the research legend (or a seed file), a date, a note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Source tag (e.g. `UC`, `QC`, `HW`, `33号令`) or seed file name.
    pub tag: String,
    /// Date of the source or its version (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `undated`).
    pub date: String,
    /// What this source says, briefly.
    #[serde(default)]
    pub note: String,
}

impl Source {
    /// `UC 2024-04-01` style label.
    pub fn label(&self) -> String {
        format!("{} {}", self.tag, self.date)
    }
}

/// A note that the sources disagree, shown with the finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    /// 中文说明 / Chinese text.
    pub zh: String,
    /// English text.
    pub en: String,
}

/// One finding about a draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    /// Stable rule code (kebab-case).
    pub code: String,
    /// Severity.
    pub severity: Severity,
    /// Field path, e.g. `entity.principal.id.number`; empty for the whole draft.
    pub field: String,
    /// 中文说明 / Message in Chinese.
    pub message_zh: String,
    /// Message in English.
    pub message_en: String,
    /// Sources, one line: `UC 2024-04-01; QC undated`.
    pub source: String,
    /// Sources in detail.
    pub sources: Vec<Source>,
    /// Set when the sources disagree.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dispute: Option<Dispute>,
    /// The province whose rule this is; none for national rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub province: Option<crate::Province>,
    /// Parameters that filled in the message (stable, for the UI and tests).
    pub params: Vec<(String, String)>,
    /// Material the finding puts on the checklist, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub material: Option<String>,
}

/// The outcome of checking a draft: findings in a stable order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Findings, errors first, then by field path.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Number of findings with this severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
    /// True when no finding is an error.
    pub fn passes(&self) -> bool {
        self.count(Severity::Error) == 0
    }
    /// The codes, in order (handy in tests).
    pub fn codes(&self) -> Vec<&str> {
        self.findings.iter().map(|f| f.code.as_str()).collect()
    }
    /// True when some finding has this code.
    pub fn has(&self, code: &str) -> bool {
        self.findings.iter().any(|f| f.code == code)
    }
}
