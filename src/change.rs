//! Change filings (变更): what changed between the filing as approved (`draft.filed`) and the
//! draft, field by field, and which filing operations that makes.
//!
//! Websites are paired by their website filing number (粤ICP备12345678号-1), then by a domain
//! they share, then in order among those left; a filed website without a pair is cancelled
//! (注销网站), a draft website without one is a new website (新增网站, a separate application).
//! Field labels come from the draft format's own descriptions (the JSON Schema), so the diff
//! names fields as the forms do.
//!
//! Leaves out: whether a change is allowed — that is rule data (`assets/rules/national.toml`,
//! section "change filings", checked in [`crate::rules::checks`]).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

use crate::draft::{Draft, Filed, Website};

/// One changed field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FieldChange {
    /// Field path in the draft (the new state), e.g. `entity.name`, `websites[0].domains[1].name`.
    pub path: String,
    /// Field label, Chinese.
    pub label_zh: String,
    /// Field label, English.
    pub label_en: String,
    /// What happened to the field.
    pub kind: ChangeKind,
    /// The value as filed ("" when added), as a Chinese reader reads it (是/否, 企业).
    pub before: String,
    /// The value now ("" when removed).
    pub after: String,
    /// The value as filed, for an English reader (yes/no, enterprise).
    pub before_en: String,
    /// The value now, for an English reader.
    pub after_en: String,
}

/// What happened to a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// The value differs.
    Changed,
    /// Added (a domain, a website).
    Added,
    /// Removed.
    Removed,
}

/// A filing operation the change needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Operation {
    /// 变更主体 / Change of the entity's data.
    ChangeEntity,
    /// 变更网站（变更互联网信息服务）/ Change of a website's data.
    ChangeWebsite,
    /// 变更接入（接入商或 IP）/ Change of a website's access (provider or IP addresses).
    ChangeAccess,
    /// 注销网站 / Cancel a website.
    CancelWebsite,
    /// 注销主体（不再有网站）/ Cancel the entity (no website left).
    CancelEntity,
    /// 新增网站（另行提交）/ A new website (a separate new-website application).
    NewWebsite,
}

impl Operation {
    /// Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            Operation::ChangeEntity => "变更主体",
            Operation::ChangeWebsite => "变更网站",
            Operation::ChangeAccess => "变更接入",
            Operation::CancelWebsite => "注销网站",
            Operation::CancelEntity => "注销主体",
            Operation::NewWebsite => "新增网站",
        }
    }
    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Operation::ChangeEntity => "change of entity",
            Operation::ChangeWebsite => "change of website",
            Operation::ChangeAccess => "change of access",
            Operation::CancelWebsite => "cancel website",
            Operation::CancelEntity => "cancel entity",
            Operation::NewWebsite => "new website",
        }
    }
}

/// One operation and the websites it concerns (indices into the draft's websites; for a
/// cancelled website, into `filed.websites`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct OperationItem {
    /// The operation.
    pub operation: Operation,
    /// Its Chinese name.
    pub name_zh: String,
    /// Its English name.
    pub name_en: String,
    /// Websites concerned, by name (empty for the entity).
    pub websites: Vec<String>,
}

/// The change between the filed state and the draft.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ChangeReport {
    /// Operations, in a fixed order (entity first).
    pub operations: Vec<OperationItem>,
    /// Changed fields, in form order (entity, then websites in draft order).
    pub changes: Vec<FieldChange>,
}

impl ChangeReport {
    /// True when nothing differs.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
    /// True when this operation is among those needed.
    pub fn needs(&self, op: Operation) -> bool {
        self.operations.iter().any(|o| o.operation == op)
    }
}

/// A pairing of filed and draft websites: `(filed index, draft index)`, either may be missing.
pub type Pair = (Option<usize>, Option<usize>);

fn domain_names(w: &Website) -> Vec<String> {
    w.domains
        .iter()
        .map(|d| crate::domain::normalise_for_compare(&d.name))
        .filter(|d| !d.is_empty())
        .collect()
}

/// Pairs the filed websites with the draft's: by website filing number, then by a shared
/// domain, then in order among those left.
pub fn pair_websites(filed: &[Website], now: &[Website]) -> Vec<Pair> {
    let mut of_filed: Vec<Option<usize>> = vec![None; filed.len()];
    let mut taken = vec![false; now.len()];
    let number = |w: &Website| w.filing_number.trim().to_string();
    // 1. the website number
    for (i, f) in filed.iter().enumerate() {
        if number(f).is_empty() {
            continue;
        }
        if let Some(j) = (0..now.len()).find(|&j| !taken[j] && number(&now[j]) == number(f)) {
            of_filed[i] = Some(j);
            taken[j] = true;
        }
    }
    // 2. a shared domain
    for (i, f) in filed.iter().enumerate() {
        if of_filed[i].is_some() {
            continue;
        }
        let names = domain_names(f);
        if let Some(j) = (0..now.len()).find(|&j| {
            !taken[j]
                && number(&now[j]).is_empty()
                && domain_names(&now[j]).iter().any(|d| names.contains(d))
        }) {
            of_filed[i] = Some(j);
            taken[j] = true;
        }
    }
    // 3. in order, among websites that carry no other number
    for (i, f) in filed.iter().enumerate() {
        if of_filed[i].is_some() {
            continue;
        }
        if let Some(j) = (0..now.len())
            .find(|&j| !taken[j] && (number(&now[j]).is_empty() || number(&now[j]) == number(f)))
        {
            of_filed[i] = Some(j);
            taken[j] = true;
        }
    }
    let mut pairs: Vec<Pair> = of_filed
        .iter()
        .enumerate()
        .map(|(i, j)| (Some(i), *j))
        .collect();
    pairs.extend(
        taken
            .iter()
            .enumerate()
            .filter(|(_, t)| !**t)
            .map(|(j, _)| (None, Some(j))),
    );
    pairs
}

/// The change report of a draft that holds a filed state; `None` when it holds none.
pub fn compare(draft: &Draft) -> Option<ChangeReport> {
    draft.filed.as_ref().map(|f| compare_with(f, draft))
}

/// Fields of a website that belong to its access (接入) rather than its content.
const ACCESS_FIELDS: [&str; 2] = ["access_provider", "ips"];

/// Website fields that are not filed data (the workspace's own bookkeeping).
const BOOKKEEPING: [&str; 3] = ["filing_number", "online_since", "police_filing_number"];

/// Compares `filed` with the draft's entity and websites.
pub fn compare_with(filed: &Filed, draft: &Draft) -> ChangeReport {
    let mut changes = Vec::new();
    let before = serde_json::to_value(&filed.entity).unwrap_or(Value::Null);
    let after = serde_json::to_value(&draft.entity).unwrap_or(Value::Null);
    diff_value("entity", &before, &after, &mut changes);
    let entity_changed = !changes.is_empty();

    let mut ops: BTreeMap<Operation, Vec<String>> = BTreeMap::new();
    if entity_changed {
        ops.entry(Operation::ChangeEntity).or_default();
    }
    let mut pairs = pair_websites(&filed.websites, &draft.websites);
    // Form order: draft websites in order, cancelled ones after.
    pairs.sort_by_key(|(i, j)| (j.is_none(), j.unwrap_or(0), i.unwrap_or(0)));
    for (i, j) in pairs {
        match (i, j) {
            (Some(i), Some(j)) => {
                let w = &draft.websites[j];
                let prefix = format!("websites[{j}]");
                let b = website_value(&filed.websites[i]);
                let a = website_value(w);
                let start = changes.len();
                diff_value(&prefix, &b, &a, &mut changes);
                let mut access = false;
                let mut content = false;
                for c in &changes[start..] {
                    let field = c.path[prefix.len() + 1..]
                        .split(['.', '['])
                        .next()
                        .unwrap_or("");
                    if ACCESS_FIELDS.contains(&field) {
                        access = true;
                    } else {
                        content = true;
                    }
                }
                let name = display_name(w);
                if content {
                    ops.entry(Operation::ChangeWebsite)
                        .or_default()
                        .push(name.clone());
                }
                if access {
                    ops.entry(Operation::ChangeAccess).or_default().push(name);
                }
            }
            (Some(i), None) => {
                let w = &filed.websites[i];
                changes.push(FieldChange {
                    path: format!("filed.websites[{i}]"),
                    label_zh: "网站".into(),
                    label_en: "website".into(),
                    kind: ChangeKind::Removed,
                    before: website_summary(w),
                    after: String::new(),
                    before_en: website_summary(w),
                    after_en: String::new(),
                });
                ops.entry(Operation::CancelWebsite)
                    .or_default()
                    .push(display_name(w));
            }
            (None, Some(j)) => {
                let w = &draft.websites[j];
                changes.push(FieldChange {
                    path: format!("websites[{j}]"),
                    label_zh: "网站".into(),
                    label_en: "website".into(),
                    kind: ChangeKind::Added,
                    before: String::new(),
                    after: website_summary(w),
                    before_en: String::new(),
                    after_en: website_summary(w),
                });
                ops.entry(Operation::NewWebsite)
                    .or_default()
                    .push(display_name(w));
            }
            (None, None) => {}
        }
    }
    if draft.websites.is_empty() && !filed.websites.is_empty() {
        ops.entry(Operation::CancelEntity).or_default();
    }
    let operations = ops
        .into_iter()
        .map(|(operation, websites)| OperationItem {
            operation,
            name_zh: operation.name_zh().into(),
            name_en: operation.name_en().into(),
            websites,
        })
        .collect();
    ChangeReport {
        operations,
        changes,
    }
}

fn display_name(w: &Website) -> String {
    if !w.name.trim().is_empty() {
        w.name.trim().to_string()
    } else {
        domain_names(w).first().cloned().unwrap_or_default()
    }
}

fn website_summary(w: &Website) -> String {
    let domains = domain_names(w).join("、");
    match (w.name.trim(), w.filing_number.trim()) {
        (n, "") => format!("{n}（{domains}）"),
        (n, num) => format!("{n}（{domains}；{num}）"),
    }
}

fn website_value(w: &Website) -> Value {
    let mut v = serde_json::to_value(w).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        for k in BOOKKEEPING {
            m.remove(k);
        }
    }
    v
}

/// Lists of objects compared by a key rather than by position.
fn list_key(path: &str) -> Option<&'static str> {
    if path.ends_with(".domains") {
        Some("name")
    } else if path.ends_with(".preapprovals") {
        Some("area")
    } else {
        None
    }
}

fn diff_value(path: &str, before: &Value, after: &Value, out: &mut Vec<FieldChange>) {
    if before == after {
        return;
    }
    match (before, after) {
        (Value::Object(b), Value::Object(a)) => {
            let mut keys: Vec<&String> = b.keys().collect();
            for k in a.keys() {
                if !b.contains_key(k) {
                    keys.push(k);
                }
            }
            for k in keys {
                let null = Value::Null;
                diff_value(
                    &format!("{path}.{k}"),
                    b.get(k).unwrap_or(&null),
                    a.get(k).unwrap_or(&null),
                    out,
                );
            }
        }
        (Value::Array(b), Value::Array(a)) if list_key(path).is_some() => {
            let key = list_key(path).unwrap_or("name");
            let id = |v: &Value| -> String {
                let raw = v.get(key).map(scalar).unwrap_or_default();
                crate::domain::normalise_for_compare(&raw)
            };
            // Kept and removed items, in the filed order; then added ones.
            for (bi, bv) in b.iter().enumerate() {
                match a.iter().position(|av| id(av) == id(bv)) {
                    Some(ai) => diff_value(&format!("{path}[{ai}]"), bv, &a[ai], out),
                    None => out.push(change(
                        &format!("{path}[{bi}]"),
                        ChangeKind::Removed,
                        id(bv),
                        String::new(),
                    )),
                }
            }
            for (ai, av) in a.iter().enumerate() {
                if !b.iter().any(|bv| id(bv) == id(av)) {
                    out.push(change(
                        &format!("{path}[{ai}]"),
                        ChangeKind::Added,
                        String::new(),
                        id(av),
                    ));
                }
            }
        }
        _ => {
            let (b, a) = (scalar(before), scalar(after));
            if b != a {
                out.push(change(path, ChangeKind::Changed, b, a));
            }
        }
    }
}

fn change(path: &str, kind: ChangeKind, before: String, after: String) -> FieldChange {
    let (label_zh, label_en) = label_of(path);
    let (before, before_en) = in_languages(before);
    let (after, after_en) = in_languages(after);
    FieldChange {
        path: path.to_string(),
        label_zh,
        label_en,
        kind,
        before,
        after,
        before_en,
        after_en,
    }
}

/// A value in both languages: booleans (是/否) and vocabulary codes (`enterprise`, `guangdong`)
/// become their labels; other text stays as it is. A list joined with 、 is read item by item.
fn in_languages(value: String) -> (String, String) {
    let tables = crate::labels::tables();
    let one = |v: &str| -> (String, String) {
        match v {
            "是" => ("是".into(), "yes".into()),
            "否" => ("否".into(), "no".into()),
            _ => tables
                .iter()
                .flat_map(|(_, rows)| rows.iter())
                .find(|l| l.code == v)
                .map(|l| (l.zh.to_string(), l.en.to_string()))
                .unwrap_or_else(|| (v.to_string(), v.to_string())),
        }
    };
    let parts: Vec<(String, String)> = value.split('、').map(one).collect();
    (
        parts
            .iter()
            .map(|p| p.0.as_str())
            .collect::<Vec<_>>()
            .join("、"),
        parts
            .iter()
            .map(|p| p.1.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    )
}

/// A value as the user reads it: strings as they are, lists joined with 、, true/false as 是/否.
fn scalar(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(true) => "是".into(),
        Value::Bool(false) => "否".into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join("、"),
        Value::Object(m) => m
            .values()
            .map(scalar)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The draft format's JSON Schema as a value, made once.
fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        serde_json::to_value(schemars::schema_for!(crate::draft::Draft)).unwrap_or(Value::Null)
    })
}

/// The label of a field path from the schema's descriptions ("中文（…）/ English."): the parent's
/// label is put in front for nested objects (主体负责人 · 手机号码).
pub fn label_of(path: &str) -> (String, String) {
    let root = schema();
    let defs = root.get("$defs");
    let resolve = |mut v: &'static Value| -> &'static Value {
        for _ in 0..4 {
            let r = v
                .get("$ref")
                .and_then(Value::as_str)
                .or_else(|| {
                    v.get("anyOf")
                        .and_then(Value::as_array)
                        .and_then(|xs| xs.iter().find_map(|x| x.get("$ref")))
                        .and_then(Value::as_str)
                })
                .or_else(|| {
                    v.get("items")
                        .and_then(|i| i.get("$ref"))
                        .and_then(Value::as_str)
                });
            match r.and_then(|r| r.strip_prefix("#/$defs/")) {
                Some(name) => match defs.and_then(|d| d.get(name)) {
                    Some(next) if next.get("properties").is_some() => return next,
                    Some(next) => v = next,
                    None => return v,
                },
                None => return v,
            }
        }
        v
    };
    let mut node: &'static Value = root;
    let mut zh: Vec<String> = Vec::new();
    let mut en: Vec<String> = Vec::new();
    let keys: Vec<&str> = path
        .split('.')
        .map(|p| p.split('[').next().unwrap_or(p))
        .collect();
    for (n, key) in keys.iter().enumerate() {
        let Some(prop) = node.get("properties").and_then(|p| p.get(*key)) else {
            break;
        };
        let top = n == 0;
        if let Some(d) = prop.get("description").and_then(Value::as_str) {
            let (z, e) = split_description(d);
            // The top level (entity, websites) is said by the path's context; keep the rest.
            if !top || keys.len() == 1 {
                zh.push(z);
                en.push(e);
            }
        }
        node = resolve(prop);
    }
    if zh.is_empty() {
        return (path.to_string(), path.to_string());
    }
    // The last two levels are enough to read (主体负责人 · 手机号码).
    let tail = |v: Vec<String>| {
        let k = v.len().saturating_sub(2);
        v[k..].join(" · ")
    };
    (tail(zh), tail(en))
}

fn split_description(d: &str) -> (String, String) {
    let (z, e) = d
        .split_once(" / ")
        .or_else(|| d.split_once("/ "))
        .unwrap_or((d, d));
    let z = z.split(['（', '：', '，']).next().unwrap_or(z).trim();
    let e = e
        .split([',', '(', ':', ';'])
        .next()
        .unwrap_or(e)
        .trim()
        .trim_end_matches('.');
    (z.to_string(), e.to_string())
}

/// Starts a change filing on an approved draft: the entity and websites as they are now become
/// the filed state (`draft.filed`), the application kind becomes a change and the status
/// "change pending". Returns false, leaving the draft as it was, when the draft is not approved
/// (only an approved filing can be changed).
pub fn start_change(draft: &mut Draft) -> bool {
    use crate::draft::{ApplicationKind, FilingStatus};
    if draft.application.status != FilingStatus::Approved {
        return false;
    }
    draft.filed = Some(Filed {
        entity: draft.entity.clone(),
        websites: draft.websites.clone(),
    });
    draft.application.kind = ApplicationKind::Change;
    draft.application.status = FilingStatus::ChangePending;
    true
}

#[cfg(test)]
mod start_change_tests {
    use super::*;
    use crate::draft::{ApplicationKind, FilingStatus};

    fn approved() -> Draft {
        let mut d = crate::examples::get("guangdong-company").expect("example");
        d.application.status = FilingStatus::Approved;
        d.websites[0].filing_number = "粤ICP备12345678号-1".into();
        d
    }

    #[test]
    fn an_approved_draft_becomes_a_change_with_nothing_changed_yet() {
        let mut d = approved();
        assert!(start_change(&mut d));
        assert_eq!(d.application.kind, ApplicationKind::Change);
        assert_eq!(d.application.status, FilingStatus::ChangePending);
        let filed = d.filed.as_ref().expect("filed state");
        assert_eq!(filed.entity, d.entity);
        assert_eq!(filed.websites, d.websites);
        assert!(compare(&d).expect("report").is_empty());
        // An edit after the start shows as a change.
        d.websites[0].name = "新名称".into();
        let report = compare(&d).expect("report");
        assert!(report.needs(Operation::ChangeWebsite), "{report:?}");
        assert_eq!(report.changes[0].path, "websites[0].name");
    }

    #[test]
    fn a_draft_not_approved_is_left_alone() {
        for status in [
            FilingStatus::Draft,
            FilingStatus::Submitted,
            FilingStatus::ChangePending,
        ] {
            let mut d = approved();
            d.application.status = status;
            let before = d.clone();
            assert!(!start_change(&mut d), "{status:?}");
            assert_eq!(d, before);
        }
    }
}
