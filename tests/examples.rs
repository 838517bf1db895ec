//! The sample drafts in `examples/` with their expected findings and checklist written beside them
//! (`examples/NAME.expected.json`). Regenerate after an intended change with
//! `UPDATE_EXPECTED=1 cargo test examples` and review the diff.

use chrono::NaiveDate;
use icp_filing::{checklist, engine, examples, rules};
use serde_json::json;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn actual(name: &str) -> serde_json::Value {
    let set = rules::builtin().unwrap();
    let draft = examples::get(name).unwrap();
    let report = engine::check(&draft, set, today());
    let list = checklist::from_report(&report, set);
    let mut v = json!({
        "today": "2026-11-23",
        "findings": report.findings.iter().map(|f| json!({
            "code": f.code, "severity": f.severity, "field": f.field,
        })).collect::<Vec<_>>(),
        "checklist": list.items.iter().map(|i| {
            if i.subject.is_empty() { i.material.clone() } else { format!("{} ({})", i.material, i.subject) }
        }).collect::<Vec<_>>(),
        "letters": list.letters(),
    });
    // A change filing: the operations and fields that changed (icp-filing diff).
    if let Some(report) = icp_filing::change::compare(&draft) {
        v["change"] = serde_json::to_value(&report).unwrap();
    }
    v
}

#[test]
fn examples_match_their_expected_findings() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut failures = Vec::new();
    for name in examples::names() {
        let path = dir.join(format!("{name}.expected.json"));
        let got = actual(name);
        if std::env::var_os("UPDATE_EXPECTED").is_some() {
            std::fs::write(&path, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "{} is missing (UPDATE_EXPECTED=1 writes it)",
                path.display()
            )
        });
        let want: serde_json::Value = serde_json::from_str(&text).unwrap();
        if want != got {
            failures.push(format!(
                "{name}: expected\n{}\ngot\n{}",
                serde_json::to_string_pretty(&want).unwrap(),
                serde_json::to_string_pretty(&got).unwrap()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn examples_say_what_they_are_for() {
    let set = rules::builtin().unwrap();
    let codes = |name: &str| {
        engine::check(&examples::get(name).unwrap(), set, today())
            .findings
            .into_iter()
            .map(|f| f.code)
            .collect::<Vec<_>>()
    };
    let gd = codes("guangdong-company");
    assert!(gd.contains(&"gd-commitment-organisation".to_string()));
    let cross = codes("cross-province-individual");
    assert!(cross.contains(&"gd-individual-cross-province".to_string()));
    assert!(cross.contains(&"gd-commitment-individual".to_string()));
    assert!(
        cross.contains(&"certificate-expiring-soon".to_string()),
        "{cross:?}"
    );
    let xj = codes("xinjiang-organisation");
    assert!(xj.contains(&"website-principal-authorisation-letter".to_string()));
    let bj = codes("beijing-individual");
    assert!(
        engine::check(&examples::get("beijing-individual").unwrap(), set, today()).passes(),
        "{bj:?}"
    );
}

#[test]
fn docs_rules_md_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let want = rules::builtin().unwrap().to_markdown();
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/rules.md is out of date: run UPDATE_EXPECTED=1 cargo test docs"
    );
}
