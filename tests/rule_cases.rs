//! Every rule has a case that triggers it and one that passes it (`tests/rule_cases.toml`).
//!
//! A case names a rule, a base example draft, and two sets of patches (field path → value) applied
//! to the base: under `trigger` the rule must fire, under `pass` it must not. The test fails when a
//! rule in the shipped rule set has no case, so a new rule needs its cases.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use icp_filing::subjects::Subject;
use icp_filing::{engine, examples, rules, Draft, FieldPath};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    rule: String,
    base: String,
    #[serde(default)]
    today: Option<String>,
    #[serde(default)]
    trigger: BTreeMap<String, toml::Value>,
    #[serde(default)]
    pass: Option<BTreeMap<String, toml::Value>>,
    /// Examples held as the workspace's other subjects, for both the trigger and the pass case.
    #[serde(default)]
    others: Vec<String>,
}

fn to_json(v: &toml::Value) -> serde_json::Value {
    serde_json::to_value(v).expect("toml → json")
}

/// Sets `path` (e.g. `websites[0].domains[0].name`) in a JSON value with the core's one path
/// grammar, creating objects and growing lists as needed.
pub fn set_path(root: &mut serde_json::Value, path: &str, value: serde_json::Value) {
    FieldPath::parse(path)
        .map(|p| p.set_growing(root, value))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .unwrap_or_else(|e| panic!("{e}"));
}

fn draft_with(base: &str, patches: &BTreeMap<String, toml::Value>) -> Draft {
    let text = examples::text(base).unwrap_or_else(|| panic!("no example {base}"));
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    for (path, v) in patches {
        set_path(&mut value, path, to_json(v));
    }
    serde_json::from_value(value).unwrap_or_else(|e| panic!("patched draft invalid: {e}"))
}

fn load() -> Cases {
    toml::from_str(include_str!("rule_cases.toml")).expect("tests/rule_cases.toml parses")
}

#[test]
fn every_rule_triggers_and_passes() {
    let set = rules::builtin().expect("rules load");
    let cases = load();
    let mut failures = Vec::new();
    for c in &cases.case {
        if set.rule(&c.rule).is_none() {
            failures.push(format!("{}: no such rule", c.rule));
            continue;
        }
        let today = c
            .today
            .as_deref()
            .map(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").unwrap())
            .unwrap_or(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        let others: Vec<Subject> = c
            .others
            .iter()
            .map(|o| Subject::of(&draft_with(o, &BTreeMap::new())))
            .collect();
        let fired = engine::check_among(&draft_with(&c.base, &c.trigger), set, today, &others);
        if !fired.has(&c.rule) {
            failures.push(format!(
                "{}: trigger case did not fire (got {:?})",
                c.rule,
                fired.codes()
            ));
        } else {
            let f = fired.findings.iter().find(|f| f.code == c.rule).unwrap();
            if f.message_zh.contains('{') || f.message_en.contains('{') {
                failures.push(format!(
                    "{}: unfilled placeholder: {}",
                    c.rule, f.message_en
                ));
            }
        }
        let rule = set.rule(&c.rule).unwrap();
        let unconditional = matches!(rule.check, rules::Check::Always {})
            && rule.entity_kinds.is_empty()
            && rule.application_kinds.is_empty()
            && rule.provinces.is_empty()
            && rule.province.is_none()
            && rule.since.is_none();
        match &c.pass {
            Some(pass) => {
                let passed = engine::check_among(&draft_with(&c.base, pass), set, today, &others);
                if passed.has(&c.rule) {
                    failures.push(format!("{}: pass case fired", c.rule));
                }
            }
            None if unconditional => {}
            None => failures.push(format!("{}: needs a pass case", c.rule)),
        }
    }
    let covered: Vec<&str> = cases.case.iter().map(|c| c.rule.as_str()).collect();
    for r in &set.rules {
        if !covered.contains(&r.id.as_str()) {
            failures.push(format!(
                "{}: no test case in tests/rule_cases.toml ({})",
                r.id, r.file
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_source_and_messages() {
    let set = rules::builtin().expect("rules load");
    for r in &set.rules {
        assert!(!r.sources.is_empty(), "{} has no source", r.id);
        for s in &r.sources {
            assert!(
                !s.publisher.trim().is_empty() && !s.title.trim().is_empty(),
                "{}: source without publisher/title",
                r.id
            );
        }
        assert!(
            !r.message_zh.trim().is_empty() && !r.message_en.trim().is_empty(),
            "{}",
            r.id
        );
        assert!(
            r.message_zh
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}: message_zh has no Chinese",
            r.id
        );
    }
    assert!(
        set.rules.len() > 60,
        "expected the full rule set, got {}",
        set.rules.len()
    );
}

#[test]
fn every_province_has_a_file_with_a_summary() {
    let set = rules::builtin().unwrap();
    assert_eq!(set.provinces.len(), 31);
    for info in &set.provinces {
        assert!(
            !info.summary_zh.contains("待补充"),
            "{} summary is a placeholder",
            info.province.slug()
        );
    }
}

#[test]
fn disputed_threshold_says_so_only_at_the_boundary() {
    let set = rules::builtin().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let with = |n: usize| {
        let list: Vec<toml::Value> = (0..n)
            .map(|i| toml::Value::Table(toml::toml! { domain = (format!("p{i}.cn")) }))
            .collect();
        let mut patch = BTreeMap::new();
        patch.insert(
            "application.previous_filings".to_string(),
            toml::Value::Array(list),
        );
        let report = engine::check(&draft_with("guangdong-company", &patch), set, today);
        report
            .findings
            .into_iter()
            .find(|f| f.code == "gd-org-domain-prefixes")
    };
    // 30 filed + 1 new = 31: UCloud (含31) fires, QingCloud (不含31) does not → disputed.
    let at = with(30).expect("fires at 31");
    assert!(at
        .dispute
        .as_ref()
        .is_some_and(|d| d.zh.contains("UCloud") && d.en.contains("QingCloud")));
    // 32: every source agrees → no dispute note.
    let above = with(31).expect("fires at 32");
    assert!(above.dispute.is_none());
    assert!(with(29).is_none());
}
