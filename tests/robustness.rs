//! Bad input never panics: malformed JSON, unknown fields, wrong types, huge strings and odd
//! Unicode give a clear error (Chinese + English) or a normal report.

use chrono::NaiveDate;
use icp_filing::{engine, examples, rules, Draft, Error};
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

#[test]
fn malformed_json_names_line_and_column() {
    let err = Draft::from_json("{\"schema_version\": 1,\n \"application\": }").unwrap_err();
    match &err {
        Error::Json { line, .. } => assert_eq!(*line, 2),
        other => panic!("unexpected {other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("草稿") && msg.contains("draft"), "{msg}");
}

#[test]
fn unknown_field_is_named() {
    let mut v: serde_json::Value =
        serde_json::from_str(examples::text("beijing-individual").unwrap()).unwrap();
    v["entity"]["nickname"] = "x".into();
    let err = Draft::from_json(&v.to_string()).unwrap_err().to_string();
    assert!(err.contains("nickname"), "{err}");
}

#[test]
fn wrong_type_is_named() {
    let mut v: serde_json::Value =
        serde_json::from_str(examples::text("beijing-individual").unwrap()).unwrap();
    v["websites"][0]["ips"] = 42.into();
    let err = Draft::from_json(&v.to_string()).unwrap_err().to_string();
    assert!(err.contains("invalid type"), "{err}");
    v["websites"][0]["ips"] = serde_json::json!([]);
    v["application"]["province"] = "hongkong".into();
    let err = Draft::from_json(&v.to_string()).unwrap_err().to_string();
    assert!(err.contains("hongkong"), "{err}");
}

#[test]
fn missing_or_future_schema_version() {
    assert!(matches!(
        Draft::from_json("{}"),
        Err(Error::MissingSchemaVersion)
    ));
    assert!(matches!(
        Draft::from_json("{\"schema_version\": 99}"),
        Err(Error::SchemaVersion { found: 99 })
    ));
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let big = " ".repeat(icp_filing::MAX_DRAFT_BYTES + 1);
    assert!(matches!(
        Draft::from_json(&big),
        Err(Error::TooLarge { .. })
    ));
}

#[test]
fn huge_and_odd_strings_are_checked_without_panic() {
    let set = rules::builtin().unwrap();
    let mut d = examples::get("guangdong-company").unwrap();
    d.websites[0].name = "星".repeat(200_000);
    d.entity.name = "\u{202e}\u{0000}\u{feff}𠀀𪚥䶮\u{fe0f}🙂".into();
    d.websites[0].domains[0].name = "xn--".repeat(100);
    d.entity.principal.id.number = "４４０１０６１９８５０３１２４６１４".into();
    let report = engine::check(&d, set, today());
    assert!(!report.findings.is_empty());
}

/// Applies a random string to a random string field of a draft's JSON.
fn mutate(v: &mut serde_json::Value, choice: usize, s: &str) {
    let mut slots: Vec<*mut serde_json::Value> = Vec::new();
    fn collect(v: &mut serde_json::Value, out: &mut Vec<*mut serde_json::Value>) {
        match v {
            serde_json::Value::String(_) => out.push(v as *mut _),
            serde_json::Value::Array(a) => a.iter_mut().for_each(|x| collect(x, out)),
            serde_json::Value::Object(o) => o.values_mut().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    collect(v, &mut slots);
    if !slots.is_empty() {
        let slot = slots[choice % slots.len()];
        // SAFETY: the pointers come from `v`, which is borrowed mutably for this whole function,
        // and only one of them is written.
        unsafe { *slot = serde_json::Value::String(s.to_string()) };
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        let _ = Draft::from_json(&s);
    }

    #[test]
    fn arbitrary_field_values_never_panic(
        example in 0usize..4,
        choice in 0usize..200,
        s in prop_oneof![
            "\\PC{0,40}",
            "[0-9Xx]{0,20}",
            "[a-z0-9.\\-]{0,30}",
            "[\\u{4e00}-\\u{9fff}]{0,12}",
        ],
    ) {
        let name = examples::names()[example];
        let mut v: serde_json::Value = serde_json::from_str(examples::text(name).unwrap()).unwrap();
        mutate(&mut v, choice, &s);
        // Either the draft is rejected with an error, or it is checked: never a panic.
        if let Ok(d) = Draft::from_json(&v.to_string()) {
            let _ = engine::check(&d, rules::builtin().unwrap(), today());
            let _ = icp_filing::checklist::build(&d, rules::builtin().unwrap(), today());
        }
    }
}
