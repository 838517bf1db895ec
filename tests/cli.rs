//! The `icp-filing` binary: exit codes, formats, batch mode and error messages.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_icp-filing"))
}

fn example(name: &str) -> String {
    format!("{}/examples/{name}.json", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn check_exit_codes() {
    let ok = bin()
        .args([
            "check",
            &example("beijing-individual"),
            "--today",
            "2026-11-23",
        ])
        .output()
        .unwrap();
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    let mut v: serde_json::Value =
        serde_json::from_str(icp_filing::examples::text("beijing-individual").unwrap()).unwrap();
    v["entity"]["principal"]["id"]["number"] = "110105198808153027".into();
    std::fs::write(&bad, v.to_string()).unwrap();
    let out = bin()
        .args(["check", bad.to_str().unwrap(), "--today", "2026-11-23"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("id-card-checksum") && text.contains("校验位") && text.contains("check"),
        "{text}"
    );

    let garbage = dir.path().join("garbage.json");
    std::fs::write(&garbage, "{not json").unwrap();
    let out = bin()
        .args(["check", garbage.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("草稿") && err.contains("draft"), "{err}");

    let missing = bin()
        .args(["check", "/nonexistent/draft.json"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn json_findings_carry_the_documented_fields() {
    let out = bin()
        .args([
            "check",
            &example("cross-province-individual"),
            "--today",
            "2026-11-23",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v.as_array().unwrap()[0];
    for key in [
        "code",
        "severity",
        "field",
        "message_zh",
        "message_en",
        "source",
    ] {
        assert!(first.get(key).is_some(), "missing {key} in {first}");
    }
}

#[test]
fn batch_mode_checks_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    for name in icp_filing::examples::names() {
        std::fs::write(
            dir.path().join(format!("{name}.json")),
            icp_filing::examples::text(name).unwrap(),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("broken.json"), "[").unwrap();
    let out = bin()
        .args([
            "check",
            dir.path().to_str().unwrap(),
            "--today",
            "2026-11-23",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v.as_array().unwrap().len(),
        icp_filing::examples::names().len() + 1
    );
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f.get("error").is_some()));
    // One compact line per draft: counts, errors and warnings, sources by catalogue id.
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().count(),
        icp_filing::examples::names().len() + 3,
        "{text}"
    );
    let cross = v
        .as_array()
        .unwrap()
        .iter()
        .find(|d| {
            d["file"]
                .as_str()
                .unwrap()
                .ends_with("cross-province-individual.json")
        })
        .unwrap();
    assert!(cross["infos"].as_u64().unwrap() > 0);
    let findings = cross["findings"].as_array().unwrap();
    assert_eq!(
        findings.len() as u64,
        cross["errors"].as_u64().unwrap() + cross["warnings"].as_u64().unwrap()
    );
    for f in findings {
        assert_ne!(f["severity"], "info");
        for s in f["sources"].as_array().unwrap() {
            let id = s.as_str().unwrap();
            assert!(
                icp_filing::rules::builtin()
                    .unwrap()
                    .catalogue
                    .get(id)
                    .is_some(),
                "{id}"
            );
        }
    }
}

#[test]
fn schema_describes_fields_in_both_languages() {
    let out = bin().arg("schema").output().unwrap();
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = schema.to_string();
    assert!(
        text.contains("备案省份") && text.contains("Province whose"),
        "schema lacks zh/en descriptions"
    );
}

#[test]
fn rules_and_examples_subcommands() {
    let out = bin().args(["rules", "--province", "粤"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("gd-commitment-organisation")
            && text.contains("UCloud")
            && text.contains("2024-04-01")
            && text.contains("rules as of 2026-12-01"),
        "{text}"
    );
    let out = bin()
        .args(["rules", "--province", "atlantis"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    let out = bin()
        .args(["example", "guangdong-company", "-o", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(icp_filing::Draft::from_json(&std::fs::read_to_string(path).unwrap()).is_ok());
    let out = bin()
        .args([
            "checklist",
            &example("xinjiang-organisation"),
            "--today",
            "2026-11-23",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("授权书") && text.contains("authorisation"),
        "{text}"
    );
}

/// Runs the CLI and returns (exit code, stdout as JSON, stderr).
fn run_json(args: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let out = bin().args(args).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("stdout of {args:?} is not JSON ({e}): {stdout:?}"));
    (
        out.status.code(),
        value,
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn assert_error_object(args: &[&str], kind: &str, path: &str, zh: &str, en: &str) {
    let (code, v, stderr) = run_json(args);
    assert_eq!(code, Some(2), "{args:?}: {v}");
    assert_eq!(v["kind"], kind, "{args:?}: {v}");
    assert_eq!(v["path"], path, "{args:?}: {v}");
    let message_zh = v["message_zh"].as_str().unwrap();
    let message_en = v["message_en"].as_str().unwrap();
    assert!(message_zh.contains(zh), "{args:?}: {v}");
    assert!(message_en.contains(en), "{args:?}: {v}");
    // The same message, both languages, on stderr.
    assert!(
        stderr.contains(message_zh) && stderr.contains(message_en),
        "{args:?}: {stderr}"
    );
}

#[test]
fn json_mode_failures_are_error_objects() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name).to_str().unwrap().to_string();

    std::fs::write(p("garbage.json"), "{not json").unwrap();
    let big = std::fs::File::create(p("big.json")).unwrap();
    big.set_len(icp_filing::MAX_DRAFT_BYTES as u64 + 1).unwrap();
    let mut v: serde_json::Value =
        serde_json::from_str(icp_filing::examples::text("beijing-individual").unwrap()).unwrap();
    v["schema_version"] = 99.into();
    std::fs::write(p("v99.json"), v.to_string()).unwrap();
    std::fs::write(
        p("latin1.json"),
        b"{\"schema_version\": 1, \"x\": \"\xe9\"}",
    )
    .unwrap();
    let missing = p("missing.json");

    let cases: [(&str, &str, &str, &str); 5] = [
        (
            "garbage.json",
            "invalid-draft",
            "草稿文件格式错误",
            "not valid",
        ),
        ("big.json", "invalid-draft", "文件过大", "too large"),
        ("v99.json", "unsupported-version", "版本 99", "version 99"),
        ("latin1.json", "invalid-draft", "第 1 行", "not UTF-8"),
        ("missing.json", "io", "无法读写", "Cannot read"),
    ];
    for (file, kind, zh, en) in cases {
        let path = p(file);
        assert_error_object(&["check", &path, "--format", "json"], kind, &path, zh, en);
        assert_error_object(
            &["checklist", &path, "--format", "json"],
            kind,
            &path,
            zh,
            en,
        );
    }
    let out_dir = p("letters");
    assert_error_object(
        &["letters", &missing, "--out", &out_dir, "--format", "json"],
        "io",
        &missing,
        "无法读写",
        "Cannot read",
    );
    assert_error_object(
        &[
            "letter",
            "gd-commitment-organisation",
            &p("garbage.json"),
            "-o",
            &p("x.pdf"),
            "--format",
            "json",
        ],
        "invalid-draft",
        &p("garbage.json"),
        "草稿文件格式错误",
        "not valid",
    );
    assert_error_object(
        &[
            "image",
            &p("garbage.json"),
            "-o",
            &p("x.jpg"),
            "--kind",
            "id-front",
            "--format",
            "json",
        ],
        "image",
        &p("garbage.json"),
        "",
        "",
    );
    assert_error_object(
        &[
            "image",
            &missing,
            "-o",
            &p("x.jpg"),
            "--kind",
            "id-front",
            "--format",
            "json",
        ],
        "io",
        &missing,
        "无法读写",
        "Cannot read",
    );
    // Text mode keeps stdout free of JSON and still says it on stderr.
    let out = bin().args(["check", &missing]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("Cannot read"));
}

#[test]
fn a_draft_with_a_byte_order_mark_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.json");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(
        icp_filing::examples::text("beijing-individual")
            .unwrap()
            .as_bytes(),
    );
    std::fs::write(&path, &bytes).unwrap();
    let path = path.to_str().unwrap();
    let (code, v, stderr) = run_json(&["check", path, "--today", "2026-11-23", "--format", "json"]);
    assert_eq!(code, Some(0), "{v} {stderr}");
    assert!(v.is_array(), "{v}");
    let (code, v, _) = run_json(&[
        "checklist",
        path,
        "--today",
        "2026-11-23",
        "--format",
        "json",
    ]);
    assert_eq!(code, Some(0), "{v}");
    // The same reader in the core, from bytes, for the app's import.
    assert!(icp_filing::storage::draft_from_bytes(&bytes).is_ok());
}

#[test]
fn check_with_others_compares_with_the_other_subjects_of_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("workspace");
    std::fs::create_dir(&folder).unwrap();
    // Another company whose website is run by guangdong-company's website principal.
    let mut other: serde_json::Value =
        serde_json::from_str(icp_filing::examples::text("beijing-individual").unwrap()).unwrap();
    other["websites"][0]["principal"]["id"]["number"] = "440305199001012355".into();
    std::fs::write(folder.join("other.json"), other.to_string()).unwrap();
    let mine = folder.join("mine.json");
    std::fs::write(
        &mine,
        icp_filing::examples::text("guangdong-company").unwrap(),
    )
    .unwrap();
    let run = |extra: &[&str]| {
        let mut args = vec!["check", mine.to_str().unwrap(), "--format", "json"];
        args.extend_from_slice(extra);
        let out = bin().args(&args).output().unwrap();
        let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        findings
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "gd-website-principal-in-other-subject")
    };
    assert!(!run(&[]), "without --others nothing is compared");
    assert!(run(&["--others", folder.to_str().unwrap()]));
}
