//! Findings: what the checks say about a draft. They are data, not errors.
//!
//! A finding names the rule (`code`, stable kebab-case), its severity, the field it is about (a path
//! such as `websites[0].domains[0].name`), the parameters that filled in the message, the message in
//! Chinese and English, and the sources (publisher, title, date, reliability) the rule rests on. Where the sources disagree
//! the finding carries a `dispute` note that says so.

use schemars::JsonSchema;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::field_path::FieldPath;

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

/// How far a source can be trusted for a verdict (see the severity policy in `docs/rules.md`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Reliability {
    /// 官方：工信部、管局、国务院、国家标准 / Official: MIIT, a Communications Administration, the State Council, a national standard.
    Official,
    /// 接入商：接入商自己的现行规则页面 / Provider: an access provider's own current rules page.
    Provider,
    /// 第三方：代理、IDC、博客或镜像 / Third party: an agency, IDC, blog or mirror page.
    ThirdParty,
    /// 用户反馈 / User report: a forum post or an applicant's experience.
    UserReport,
}

impl Reliability {
    /// Chinese label.
    pub fn name_zh(self) -> &'static str {
        match self {
            Reliability::Official => "官方",
            Reliability::Provider => "接入商",
            Reliability::ThirdParty => "第三方",
            Reliability::UserReport => "用户反馈",
        }
    }
    /// English label.
    pub fn name_en(self) -> &'static str {
        match self {
            Reliability::Official => "official",
            Reliability::Provider => "provider",
            Reliability::ThirdParty => "third party",
            Reliability::UserReport => "user report",
        }
    }
    /// True for sources that can carry an error on their own (official or provider).
    pub fn can_carry_error(self) -> bool {
        matches!(self, Reliability::Official | Reliability::Provider)
    }
}

/// A source a rule rests on, as cited: the catalogue entry (`assets/sources.toml`) with the
/// citation's own date (where the cited page carries one) and note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// Catalogue id.
    pub id: String,
    /// Who publishes it.
    pub publisher: String,
    /// The document's title.
    pub title: String,
    /// Where it is public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The date the source carries (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `undated`).
    pub date: String,
    /// The date it was read.
    pub read: String,
    /// Reliability class.
    pub reliability: Reliability,
    /// What this source says for the rule, briefly.
    #[serde(default)]
    pub note: String,
}

impl Source {
    /// `publisher《title》date` — how a finding names its source.
    pub fn label(&self) -> String {
        let date = if self.date == "undated" {
            "未注明日期 / undated"
        } else {
            &self.date
        };
        format!("{}《{}》{}", self.publisher, self.title, date)
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
    pub field: FieldPath,
    /// 中文说明 / Message in Chinese.
    pub message_zh: String,
    /// Message in English.
    pub message_en: String,
    /// Sources, one line: `publisher《title》date; …`.
    pub source: Arc<str>,
    /// Sources in detail, with reliability.
    pub sources: Vec<Arc<Source>>,
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
