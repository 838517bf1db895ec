//! The agency workspace: one row per draft (entity, province, kind, state, counts of errors and
//! warnings, the next date that matters), the summary table as CSV and Markdown, and the
//! website footer snippets after approval.
//!
//! Leaves out: reading folders (the CLI and the shell pass drafts in) and the clock (`today` is
//! passed in).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use crate::calendar::{self, Event};
use crate::draft::{ApplicationKind, Draft, EntityKind, FilingStatus};
use crate::finding::Severity;
use crate::province::Province;
use crate::rules::after::source_line;
use crate::rules::RuleSet;
use crate::subjects::Subject;

/// One draft in the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Row {
    /// The draft's name (file stem).
    pub name: String,
    /// Entity name ("" when not filled in yet).
    pub entity: String,
    /// Entity type.
    pub entity_kind: EntityKind,
    /// Filing province.
    pub province: Province,
    /// Application kind.
    pub kind: ApplicationKind,
    /// Where the filing stands.
    pub status: FilingStatus,
    /// The entity filing number, once approved.
    pub filing_number: String,
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// The next date that matters (on or after today), if any.
    pub next: Option<Event>,
    /// Public-security filings already past their due date (still without a number).
    pub overdue: usize,
    /// Every date of the draft (the calendar's events), in date order.
    pub events: Vec<Event>,
}

/// The rows of a workspace's drafts, each checked also against the other subjects among them
/// (a person or mobile another subject uses).
pub fn rows(drafts: &[(String, Draft)], rules: &RuleSet, today: NaiveDate) -> Vec<Row> {
    let subjects = subjects_of(drafts.iter().map(|(_, d)| d));
    drafts
        .iter()
        .map(|(n, d)| row(n, d, rules, today, &subjects))
        .collect()
}

/// The subjects of a workspace's drafts, for [`crate::engine::check_among`].
pub fn subjects_of<'a>(drafts: impl IntoIterator<Item = &'a Draft>) -> Vec<Subject> {
    drafts.into_iter().map(Subject::of).collect()
}

/// The workspace row of one draft; `others` are the workspace's subjects (the draft's own among
/// them is left out by the engine).
pub fn row(
    name: &str,
    draft: &Draft,
    rules: &RuleSet,
    today: NaiveDate,
    others: &[Subject],
) -> Row {
    let report = crate::engine::check_among(draft, rules, today, others);
    let events = calendar::events(name, draft, rules);
    let next = calendar::next_date(&events, today).cloned();
    Row {
        name: name.to_string(),
        entity: draft.entity.name.trim().to_string(),
        entity_kind: draft.entity.kind,
        province: draft.application.province,
        kind: draft.application.kind,
        status: draft.application.status,
        filing_number: draft.application.filing_number.trim().to_string(),
        errors: report.count(Severity::Error),
        warnings: report.count(Severity::Warning),
        next,
        overdue: events
            .iter()
            .filter(|e| e.date < today && e.kind == "police-filing-due")
            .count(),
        events,
    }
}

/// A draft the workspace could not read: its name and why (zh, en).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Unreadable {
    /// The file's name.
    pub name: String,
    /// Why, Chinese.
    pub message_zh: String,
    /// Why, English.
    pub message_en: String,
}

/// The language of a table.
pub use crate::calendar::Lang;

fn headers(lang: Lang) -> [&'static str; 10] {
    match lang {
        Lang::Zh => [
            "草稿",
            "主体",
            "省份",
            "备案类型",
            "状态",
            "备案号",
            "错误",
            "警告",
            "下一个日期",
            "事项",
        ],
        Lang::En => [
            "Draft",
            "Entity",
            "Province",
            "Kind",
            "State",
            "Filing number",
            "Errors",
            "Warnings",
            "Next date",
            "What",
        ],
    }
}

fn cells(r: &Row, lang: Lang) -> [String; 10] {
    let zh = lang == Lang::Zh;
    let pick = |a: &str, b: &str| if zh { a.to_string() } else { b.to_string() };
    [
        r.name.clone(),
        r.entity.clone(),
        pick(r.province.name_zh(), r.province.name_en()),
        pick(r.kind.name_zh(), r.kind.name_en()),
        pick(r.status.name_zh(), r.status.name_en()),
        r.filing_number.clone(),
        r.errors.to_string(),
        r.warnings.to_string(),
        r.next
            .as_ref()
            .map(|e| e.date.to_string())
            .unwrap_or_default(),
        r.next
            .as_ref()
            .map(|e| {
                if zh {
                    e.summary_zh.clone()
                } else {
                    e.summary_en.clone()
                }
            })
            .unwrap_or_default(),
    ]
}

fn unreadable_cells(u: &Unreadable, lang: Lang) -> [String; 10] {
    let mut c: [String; 10] = Default::default();
    c[0] = u.name.clone();
    c[9] = match lang {
        Lang::Zh => format!("无法读取：{}", u.message_zh),
        Lang::En => format!("unreadable: {}", u.message_en),
    };
    c
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The summary as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the
/// Chinese text).
pub fn to_csv(rows: &[Row], unreadable: &[Unreadable], lang: Lang) -> String {
    let mut out = String::from('\u{feff}');
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(",")
            + "\r\n"
    };
    out.push_str(&line(&headers(lang).map(String::from)));
    for r in rows {
        out.push_str(&line(&cells(r, lang)));
    }
    for u in unreadable {
        out.push_str(&line(&unreadable_cells(u, lang)));
    }
    out
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The summary as a Markdown table.
pub fn to_markdown(rows: &[Row], unreadable: &[Unreadable], lang: Lang) -> String {
    let h = headers(lang);
    let mut out = format!("| {} |\n|{}\n", h.join(" | "), "---|".repeat(h.len()));
    let line = |c: [String; 10]| {
        format!(
            "| {} |\n",
            c.iter().map(|x| md_cell(x)).collect::<Vec<_>>().join(" | ")
        )
    };
    for r in rows {
        out.push_str(&line(cells(r, lang)));
    }
    for u in unreadable {
        out.push_str(&line(unreadable_cells(u, lang)));
    }
    out
}

/// The footer snippet of one website.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Footer {
    /// Website index in the draft.
    pub website: usize,
    /// Website name.
    pub name: String,
    /// The number the footer shows ("" when not approved yet).
    pub number: String,
    /// HTML to paste into the page footer ("" when there is no number yet).
    pub html: String,
    /// The same as plain text.
    pub text: String,
    /// Why the snippet looks as it does and what else to do, Chinese.
    pub notes_zh: Vec<String>,
    /// The same, English.
    pub notes_en: Vec<String>,
    /// Sources, one line.
    pub source: String,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The footer snippets of a draft's websites. The number is the website's (粤ICP备…号-1), or the
/// entity's where the province's rule data says the footer shows the entity number; the link
/// goes to MIIT's filing system, as the rules require.
pub fn footers(draft: &Draft, rules: &RuleSet) -> Vec<Footer> {
    let after = &rules.after;
    let province = draft.application.province;
    let entity_rule = after
        .footer_entity_number
        .iter()
        .find(|f| f.province == province);
    let copyright_rule = after
        .footer_copyright
        .iter()
        .find(|f| f.province == province);
    let entity_number = draft.application.filing_number.trim();
    let mut out = Vec::new();
    for (i, w) in draft.websites.iter().enumerate() {
        let mut notes_zh = Vec::new();
        let mut notes_en = Vec::new();
        let mut sources = after.footer_sources.clone();
        let own = w.filing_number.trim();
        let number = match entity_rule {
            // Only an approved website (it has its own number) goes online with a footer.
            _ if own.is_empty() => String::new(),
            Some(r) => {
                notes_zh.push(format!(
                    "{}：首页底部悬挂主体备案号，不带网站序号。",
                    province.name_zh()
                ));
                notes_en.push(format!(
                    "{}: the footer shows the entity's number, without the website's suffix.",
                    province.name_en()
                ));
                sources.extend(r.sources.iter().cloned());
                entity_number.to_string()
            }
            None => own.to_string(),
        };
        let owner = if copyright_rule.is_some() {
            format!("版权所有 © {} ", draft.entity.name.trim())
        } else {
            String::new()
        };
        if let Some(r) = copyright_rule {
            notes_zh.push(format!(
                "{}：页脚写明“版权所有”和主体名称。",
                province.name_zh()
            ));
            notes_en.push(format!(
                "{}: the footer names the owner (版权所有 + the entity's name).",
                province.name_en()
            ));
            sources.extend(r.sources.iter().cloned());
        }
        notes_zh.push(format!(
            "备案号放在首页底部中央，链接到 {}。",
            after.footer_link
        ));
        notes_en.push(format!(
            "Put the number at the bottom centre of the home page, linked to {}.",
            after.footer_link
        ));
        let (html, text) = if number.is_empty() {
            notes_zh.insert(
                0,
                "尚未填写备案号：审核通过后在网站信息中填写网站备案号。".into(),
            );
            notes_en.insert(
                0,
                "No filing number yet: enter the website's number in the website data once approved."
                    .into(),
            );
            (String::new(), String::new())
        } else {
            let html = format!(
                "<p style=\"text-align:center\">{}<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a></p>",
                escape(&owner),
                escape(&after.footer_link),
                escape(&number)
            );
            (html, format!("{owner}{number}  {}", after.footer_link))
        };
        if w.police_filing_number.trim().is_empty() {
            notes_zh.push(
                "公安联网备案通过后，把平台给出的公安备案号 HTML 代码和图标加在备案号旁。".into(),
            );
            notes_en.push("Once the public-security filing is approved, add the platform's HTML code and badge beside the number.".into());
        } else {
            notes_zh.push(format!(
                "公安备案号 {}：请使用公安平台提供的 HTML 代码和图标。",
                w.police_filing_number.trim()
            ));
            notes_en.push(format!(
                "Public-security number {}: use the HTML code and badge the platform provides.",
                w.police_filing_number.trim()
            ));
        }
        out.push(Footer {
            website: i,
            name: w.name.trim().to_string(),
            number,
            html,
            text,
            notes_zh,
            notes_en,
            source: {
                let mut seen = Vec::new();
                sources.retain(|s| {
                    let l = s.label();
                    let new = !seen.contains(&l);
                    seen.push(l);
                    new
                });
                source_line(&sources)
            },
        });
    }
    out
}

/// The public-security filing steps (`assets/after-approval.toml`), in order.
pub fn police_steps(rules: &RuleSet) -> &[crate::rules::after::Step] {
    &rules.after.police_steps
}
