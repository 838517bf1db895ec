//! The rule files as a rule author meets them: typos in kinds, values and parameters, unknown
//! sources, every problem reported at once with file and line; the source catalogue carries no
//! research notes or seed file names; the severity policy holds; messages are complete in both
//! languages.

use std::process::Command;

use icp_filing::finding::Reliability;
use icp_filing::rules::{self, Problem, RuleFiles, RuleSet};
use icp_filing::Error;

/// The built-in files with `from` replaced by `to` (exactly once) in the national file.
fn national_with(edits: &[(&str, &str)]) -> RuleFiles {
    let mut files = RuleFiles::builtin();
    for (from, to) in edits {
        assert_eq!(
            files.national.1.matches(from).count(),
            1,
            "edit anchor {from:?} must occur once"
        );
        files.national.1 = files.national.1.replacen(from, to, 1);
    }
    files
}

fn problems(files: &RuleFiles) -> Vec<Problem> {
    match RuleSet::load(files) {
        Err(Error::RuleFiles { problems }) => problems,
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("the edited files loaded"),
    }
}

/// 1-based line of the first occurrence of `needle` in the national file.
fn line_of(files: &RuleFiles, needle: &str) -> usize {
    let at = files.national.1.find(needle).expect("needle present");
    files.national.1[..at].matches('\n').count() + 1
}

#[test]
fn builtin_rules_load() {
    let set = rules::builtin().expect("built-in rules load");
    assert!(set.rules.len() > 300);
    assert_eq!(
        set.as_of().map(|d| d.to_string()).as_deref(),
        Some("2026-12-01")
    );
}

#[test]
fn misspelt_parameter_value_names_file_line_and_rule() {
    let files = national_with(&[(
        "count = \"domains-per-website\"\nmax = 1",
        "count = \"domains-per-websitez\"\nmax = 1",
    )]);
    let p = problems(&files);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].file, "assets/rules/national.toml");
    assert_eq!(p[0].rule.as_deref(), Some("one-domain-per-website"));
    assert!(
        p[0].message.contains("domains-per-websitez"),
        "{}",
        p[0].message
    );
    assert_eq!(
        p[0].line,
        Some(line_of(&files, "count = \"domains-per-websitez")),
        "{}",
        p[0]
    );
}

#[test]
fn unknown_parameter_and_unknown_source_are_all_reported_at_once() {
    let files = national_with(&[
        (
            "id = \"required-application\"\ncheck = \"required\"",
            "id = \"required-application\"\ncheck = \"required\"\ncolour = \"red\"",
        ),
        (
            "id = \"material-checklist\"",
            "id = \"material-checklist\"\nmonths = 3",
        ),
    ]);
    let mut files = files;
    // An unknown source id in a province file.
    let gd = files
        .provinces
        .iter_mut()
        .find(|(name, _)| name.ends_with("guangdong.toml"))
        .unwrap();
    let first_id = gd.1.find("\nid = \"ucloud-").expect("a UCloud citation") + 1;
    gd.1.replace_range(first_id..first_id + 12, "id = \"no-such");
    let p = problems(&files);
    assert_eq!(p.len(), 3, "{p:#?}");
    let colour = p
        .iter()
        .find(|x| x.message.contains("colour"))
        .expect("colour");
    assert_eq!(colour.rule.as_deref(), Some("required-application"));
    assert_eq!(colour.line, Some(line_of(&files, "colour = ")));
    let months = p
        .iter()
        .find(|x| x.message.contains("months"))
        .expect("months");
    assert_eq!(months.rule.as_deref(), Some("material-checklist"));
    let source = p
        .iter()
        .find(|x| x.message.contains("unknown source id"))
        .expect("source");
    assert!(source.file.ends_with("guangdong.toml"), "{source}");
    assert!(source.line.is_some() && source.rule.is_some(), "{source}");
    // The error's text lists every problem as file:line: rule: message.
    let text = Error::RuleFiles { problems: p }.to_string();
    assert!(text.contains("3 problem(s)"), "{text}");
    assert!(text.contains("national.toml:"), "{text}");
}

#[test]
fn misspelt_check_kind_is_refused() {
    let files = national_with(&[(
        "id = \"required-application\"\ncheck = \"required\"",
        "id = \"required-application\"\ncheck = \"requried\"",
    )]);
    let p = problems(&files);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].message.contains("requried"), "{}", p[0].message);
}

#[test]
fn validate_command_prints_every_problem_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/rules");
    std::fs::create_dir_all(dir.path().join("provinces")).unwrap();
    for entry in std::fs::read_dir(root.join("provinces")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(
            &p,
            dir.path().join("provinces").join(p.file_name().unwrap()),
        )
        .unwrap();
    }
    let national = std::fs::read_to_string(root.join("national.toml")).unwrap();
    let bad = national
        .replacen(
            "check = \"required\"",
            "check = \"required\"\ncolour = 1",
            1,
        )
        .replacen("severity = \"info\"", "severity = \"infoo\"", 1);
    std::fs::write(dir.path().join("national.toml"), bad).unwrap();
    let bin = env!("CARGO_BIN_EXE_icp-filing");
    let out = Command::new(bin)
        .args(["rules", "--validate"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines.iter().any(|l| l.contains("colour")), "{text}");
    assert!(lines.iter().any(|l| l.contains("infoo")), "{text}");
    for l in &lines {
        assert!(l.contains("national.toml:"), "{l}");
    }
    // The shipped folder validates.
    let ok = Command::new(bin)
        .args(["rules", "--validate"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
}

/// No rule, area or finding cites a research note, a seed document's file name or this project.
#[test]
fn sources_are_public_documents() {
    let set = rules::builtin().unwrap();
    let bad = |s: &str| {
        let l = s.to_lowercase();
        l.contains("anchors")
            || l.contains("provinces.md")
            || l.contains("letters-and-lists")
            || l.contains("research note")
            || l.contains("icp filing assistant")
            || l.contains("备案助手")
            || s.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .any(|w| w.len() == 20 && w.as_bytes()[3] == b'_' && w.ends_with("txt"))
            || regex_like_seed(s)
    };
    for s in set.catalogue.entries() {
        for text in [&s.id, &s.publisher, &s.title] {
            assert!(!bad(text), "catalogue {}: {text}", s.id);
        }
    }
    for r in &set.rules {
        for s in &r.sources {
            assert!(!bad(&s.note) && !bad(&s.title), "{}: {}", r.id, s.label());
        }
    }
    for a in &set.areas {
        assert!(!a.sources.is_empty());
    }
    // The rule files themselves: no tag of the old free-form kind is left.
    for (name, text) in std::iter::once(rules::NATIONAL).chain(rules::PROVINCE_FILES) {
        assert!(
            !text.contains("\ntag = "),
            "{name} still has a free source tag"
        );
        assert!(!regex_like_seed(text), "{name} names a seed file");
    }
}

/// A seed file name: three digits, `_`, sixteen hex digits, `.txt`.
fn regex_like_seed(s: &str) -> bool {
    s.match_indices(".txt").any(|(i, _)| {
        i >= 20 && {
            let w = &s.as_bytes()[i - 20..i];
            w[..3].iter().all(u8::is_ascii_digit)
                && w[3] == b'_'
                && w[4..].iter().all(u8::is_ascii_hexdigit)
        }
    })
}

/// The severity policy (docs/rules.md): an error needs an official or provider source.
#[test]
fn error_rules_rest_on_official_or_provider_sources() {
    let set = rules::builtin().unwrap();
    let weak: Vec<String> = set
        .rules
        .iter()
        .filter(|r| r.severity == icp_filing::Severity::Error)
        .filter(|r| !r.sources.iter().any(|s| s.reliability.can_carry_error()))
        .map(|r| {
            let classes: Vec<&str> = r.sources.iter().map(|s| s.reliability.name_en()).collect();
            format!("{} ({}): {}", r.id, r.file, classes.join(", "))
        })
        .collect();
    assert!(
        weak.is_empty(),
        "errors on third-party/user sources only:\n{}",
        weak.join("\n")
    );
    assert!(Reliability::Provider.can_carry_error() && !Reliability::ThirdParty.can_carry_error());
}

/// English message templates hold no Chinese except where the text names something the
/// applicant types or looks for as it is: inside 《…》, “…”, '…' or (…), a domain suffix (`.政务`),
/// or the filing-number pattern (`ICP备`).
#[test]
fn english_templates_are_english() {
    let set = rules::builtin().unwrap();
    let mut bad = Vec::new();
    for r in &set.rules {
        let text = r.message_en.replace("ICP备", "");
        let mut depth = 0i32;
        let mut quoted = false;
        let mut prev = ' ';
        let mut after_dot = false;
        for c in text.chars() {
            let han = ('\u{4e00}'..='\u{9fff}').contains(&c);
            match c {
                '《' | '（' | '(' | '“' => depth += 1,
                '》' | '）' | ')' | '”' => depth -= 1,
                '\'' if !prev.is_ascii_alphanumeric() => quoted = true,
                '\'' => quoted = false,
                _ => {}
            }
            if !han {
                after_dot = c == '.' || (after_dot && c != ' ');
            }
            if han && depth <= 0 && !quoted && !after_dot {
                bad.push(format!("{}: {}", r.id, r.message_en));
                break;
            }
            prev = c;
        }
    }
    assert!(
        bad.len() <= ALLOWED_CHINESE_IN_ENGLISH,
        "{} templates:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// Templates that name a Chinese term the applicant must type or look for as it is (field names
/// of the filing systems, words of a list); kept at most this many while they are reviewed.
const ALLOWED_CHINESE_IN_ENGLISH: usize = 0;
