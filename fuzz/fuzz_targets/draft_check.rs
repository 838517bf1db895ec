//! Draft parsing and checking from arbitrary bytes: the one draft reader of the CLI and the app
//! (`storage::draft_from_bytes`), then the rule engine and the checklist. Nothing may panic; a
//! draft that parses must survive a save/load round trip unchanged.
#![no_main]

use icp_filing::{checklist, engine, rules, storage, Draft};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(draft) = storage::draft_from_bytes(data) else {
        return;
    };
    let rules = rules::builtin().expect("built-in rules load");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let report = engine::check(&draft, rules, today);
    for finding in &report.findings {
        assert!(!finding.code.is_empty() && !finding.message_zh.is_empty());
    }
    let _ = checklist::build(&draft, rules, today);
    let again = Draft::from_json(&draft.to_json()).expect("a saved draft loads again");
    assert_eq!(again, draft);
});
