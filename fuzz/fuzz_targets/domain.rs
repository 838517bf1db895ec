//! Domain parsing (IDNA, full-width forms, suffix matching) from arbitrary text. Nothing may
//! panic; a parsed domain parses again from its ASCII and its Unicode form to the same name.
#![no_main]

use icp_filing::domain;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(name) = domain::parse_domain(text) else {
        return;
    };
    assert!(name.ascii.is_ascii() && name.ascii.len() <= 253, "{name:?}");
    for form in [&name.ascii, &name.unicode] {
        let again = domain::parse_domain(form)
            .unwrap_or_else(|e| panic!("{form:?} (from {text:?}) does not parse again: {e}"));
        assert_eq!(again, name, "from {text:?}");
    }
    let suffixes: Vec<String> = [".com", ".cn", ".com.cn", ".中国", ".政务.cn"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let _ = domain::matching_suffix(&name, &suffixes);
    let _ = domain::prefix(&name, &suffixes);
});
