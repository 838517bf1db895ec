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
    assert_eq!(v.as_array().unwrap().len(), 5);
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f.get("error").is_some()));
    // One compact line per draft: counts, errors and warnings, sources by catalogue id.
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 5 + 2, "{text}");
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
