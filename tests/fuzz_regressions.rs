//! Inputs the fuzz targets (fuzz/) found, kept as tests: each failed once.

use icp_filing::domain;

/// fuzz target `domain`, 2026-12-01: a Punycode label whose Unicode form holds a character the
/// label rules refuse (U+190AF) parsed, but its Unicode form did not parse again. Both forms must
/// be judged alike.
#[test]
fn punycode_and_unicode_forms_parse_alike() {
    let text = "xn--fqqu0qqu00a.ex8s";
    match domain::parse_domain(text) {
        Ok(name) => {
            for form in [&name.ascii, &name.unicode] {
                assert_eq!(domain::parse_domain(form).as_ref(), Ok(&name), "{form}");
            }
        }
        Err(e) => {
            // Refused: then its Unicode form is refused too.
            let (unicode, _) = idna::domain_to_unicode(text);
            assert!(domain::parse_domain(&unicode).is_err(), "{e}");
        }
    }
    // A valid Chinese domain in Punycode still parses, to its Unicode form.
    let cn = domain::parse_domain("xn--fsqu00a.xn--fiqs8s").unwrap();
    assert_eq!(cn.unicode, "例子.中国");
}
