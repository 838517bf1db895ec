//! Letter composition from arbitrary drafts: every letter kind laid out for any draft that
//! parses, and written as PDF. A draft lacking data may be refused with an error; nothing may
//! panic.
#![no_main]

use icp_filing::letters::{self, LetterKind};
use icp_filing::{checklist, rules, storage};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(draft) = storage::draft_from_bytes(data) else {
        return;
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let list = checklist::build(&draft, rules::builtin().expect("rules"), today);
    for kind in LetterKind::ALL {
        if let Ok(doc) = letters::compose(kind, &draft, &list, today) {
            // PDF writing (font subsetting) is the slow part: once per input is enough.
            if kind == LetterKind::ALL[data.len() % LetterKind::ALL.len()] {
                let pdf = letters::render_pdf(&doc).expect("a composed letter renders");
                assert!(pdf.starts_with(b"%PDF-"));
            }
        }
    }
});
