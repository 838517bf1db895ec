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

/// The `letter_compose` fuzz target's body, every letter written as PDF: a letter that composes
/// must render. Returns the refusals (English messages).
fn compose_all(data: &[u8]) -> Vec<String> {
    use icp_filing::letters::{self, LetterKind};
    use icp_filing::{checklist, rules, storage};
    let Ok(draft) = storage::draft_from_bytes(data) else {
        return Vec::new();
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let list = checklist::build(&draft, rules::builtin().expect("rules"), today);
    let mut refused = Vec::new();
    for kind in LetterKind::ALL {
        match letters::compose(kind, &draft, &list, today) {
            Ok(doc) => {
                let pdf = letters::render_pdf(&doc).expect("a composed letter renders");
                assert!(pdf.starts_with(b"%PDF-"));
            }
            Err(e) => refused.push(e.message_en()),
        }
    }
    refused
}

/// fuzz target `letter_compose`, 2026-12-01: a website name starting with a private-use
/// character (U+E61F) composed into the letters that list the websites, then failed to render.
/// Now the letter is refused at composition, naming the field.
#[test]
fn a_character_the_font_lacks_is_refused_at_composition_naming_its_field() {
    let refused = compose_all(include_bytes!("fuzz-inputs/letter_compose-1.json"));
    assert!(
        refused
            .iter()
            .any(|m| m.contains("U+E61F") && m.contains("websites[0].name")),
        "{refused:?}"
    );
}
