//! Change filings, the agency workspace, its calendar and the footer snippets, on the examples:
//! `examples/guangdong-change.json` and the ten drafts of `examples/agency/`, whose summary and
//! calendar are written beside them (`examples/agency/expected/`). Regenerate after an intended
//! change with `UPDATE_EXPECTED=1 cargo test agency` and review the diff.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use icp_filing::calendar::{self, Lang};
use icp_filing::change::{self, ChangeKind, Operation};
use icp_filing::{engine, examples, rules, storage, workspace, Draft, Severity};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn stamp() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap()
}

fn agency_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/agency")
}

fn agency() -> Vec<(String, Draft)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(agency_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                storage::read_draft(p).unwrap(),
            )
        })
        .collect()
}

fn compare_or_update(path: &Path, got: &str, failures: &mut Vec<String>) {
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(path).unwrap_or_else(|_| {
        panic!(
            "{} is missing (UPDATE_EXPECTED=1 writes it)",
            path.display()
        )
    });
    if want != got {
        failures.push(format!(
            "{} differs:\n--- expected\n{want}\n--- got\n{got}",
            path.display()
        ));
    }
}

#[test]
fn agency_folder_has_ten_drafts_and_its_expected_outputs() {
    let set = rules::builtin().unwrap();
    let drafts = agency();
    assert!(
        drafts.len() >= 10,
        "the agency example needs at least 10 drafts"
    );
    let rows: Vec<workspace::Row> = workspace::rows(&drafts, set, today());
    let events: Vec<calendar::Event> = drafts
        .iter()
        .flat_map(|(n, d)| calendar::events(n, d, set))
        .collect();
    let expected = agency_dir().join("expected");
    let mut failures = Vec::new();
    compare_or_update(
        &expected.join("summary.csv"),
        &workspace::to_csv(&rows, &[], Lang::Zh),
        &mut failures,
    );
    compare_or_update(
        &expected.join("summary.en.md"),
        &workspace::to_markdown(&rows, &[], Lang::En),
        &mut failures,
    );
    compare_or_update(
        &expected.join("summary.md"),
        &workspace::to_markdown(&rows, &[], Lang::Zh),
        &mut failures,
    );
    compare_or_update(
        &expected.join("calendar.ics"),
        &calendar::to_ics(&events, stamp(), Lang::Zh),
        &mut failures,
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn workspace_rows_count_what_the_check_finds() {
    let set = rules::builtin().unwrap();
    let drafts = agency();
    let subjects = workspace::subjects_of(drafts.iter().map(|(_, d)| d));
    for (name, d) in drafts {
        let row = workspace::row(&name, &d, set, today(), &subjects);
        let report = engine::check_among(&d, set, today(), &subjects);
        assert_eq!(row.errors, report.count(Severity::Error), "{name}");
        assert_eq!(row.warnings, report.count(Severity::Warning), "{name}");
        assert_eq!(row.status, d.application.status, "{name}");
        if let Some(next) = &row.next {
            assert!(
                next.date >= today(),
                "{name}: next date {} is past",
                next.date
            );
            assert!(row
                .events
                .iter()
                .all(|e| e.date < today() || e.date >= next.date));
        }
    }
}

#[test]
fn approved_first_filings_are_not_refused_for_holding_their_number() {
    let set = rules::builtin().unwrap();
    let (_, d) = agency()
        .into_iter()
        .find(|(n, _)| n == "01-xinghe-approved")
        .unwrap();
    let report = engine::check(&d, set, today());
    assert!(!report.has("application-first-filing-has-previous"));
    let mut draft = d.clone();
    draft.application.status = icp_filing::draft::FilingStatus::Draft;
    assert!(engine::check(&draft, set, today()).has("application-first-filing-has-previous"));
}

#[test]
fn calendar_dates_follow_the_draft() {
    let set = rules::builtin().unwrap();
    let mut d = examples::get("guangdong-company").unwrap();
    let online = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    d.websites[0].online_since = Some(online);
    let ev = calendar::events("a", &d, set);
    let police: Vec<_> = ev
        .iter()
        .filter(|e| e.kind == "police-filing-due")
        .collect();
    assert_eq!(police.len(), 1);
    assert_eq!(
        police[0].date,
        NaiveDate::from_ymd_opt(2026, 12, 20).unwrap()
    );
    assert_eq!(police[0].field, "websites[0].online_since");
    assert!(
        police[0].source.contains("公安部令第33号"),
        "{}",
        police[0].source
    );

    // Filed with the police: no reminder any more.
    d.websites[0].police_filing_number = "粤公网安备44030502000001号".into();
    assert!(calendar::events("a", &d, set)
        .iter()
        .all(|e| e.kind != "police-filing-due"));

    // 核验单 signed: Guangdong accepts it for 3 months (a source says so); Beijing has none.
    d.application.verification_form_date = NaiveDate::from_ymd_opt(2026, 11, 30);
    let form: Vec<_> = calendar::events("a", &d, set)
        .into_iter()
        .filter(|e| e.kind == "verification-form-expiry")
        .collect();
    assert_eq!(form.len(), 1);
    assert_eq!(form[0].date, NaiveDate::from_ymd_opt(2027, 2, 28).unwrap());
    assert!(form[0].source.contains("chinacc"), "{}", form[0].source);
    d.application.province = icp_filing::Province::Beijing;
    assert!(calendar::events("a", &d, set)
        .iter()
        .all(|e| e.kind != "verification-form-expiry"));

    // The SMS reminder only once submitted.
    d.application.submitted_on = NaiveDate::from_ymd_opt(2026, 12, 2);
    assert!(calendar::events("a", &d, set)
        .iter()
        .all(|e| e.kind != "sms-verification"));
    d.application.status = icp_filing::draft::FilingStatus::Submitted;
    let sms: Vec<_> = calendar::events("a", &d, set)
        .into_iter()
        .filter(|e| e.kind == "sms-verification")
        .collect();
    assert_eq!(sms.len(), 1);
    assert_eq!(sms[0].date, NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());

    // Long-term documents have no date; a dated ID has one, once per person.
    let ids: Vec<_> = calendar::events("a", &d, set)
        .into_iter()
        .filter(|e| e.kind == "person-id-expiry")
        .collect();
    assert!(!ids.is_empty());
    let mut uids: Vec<_> = ids.iter().map(|e| e.uid.clone()).collect();
    uids.dedup();
    assert_eq!(uids.len(), ids.len());
    assert!(calendar::events("a", &d, set)
        .iter()
        .all(|e| e.kind != "certificate-expiry"));
}

#[test]
fn calendar_uids_are_stable_and_distinct() {
    let set = rules::builtin().unwrap();
    let d = examples::get("guangdong-change").unwrap();
    let a = calendar::events("x", &d, set);
    let b = calendar::events("x", &d, set);
    assert_eq!(a, b);
    let other = calendar::events("y", &d, set);
    assert!(a.iter().zip(&other).all(|(p, q)| p.uid != q.uid));
    let mut uids: Vec<_> = a.iter().map(|e| &e.uid).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), a.len());
}

#[test]
fn ics_is_well_formed_and_independent_of_the_clock() {
    let set = rules::builtin().unwrap();
    let events: Vec<_> = agency()
        .iter()
        .flat_map(|(n, d)| calendar::events(n, d, set))
        .collect();
    let ics = calendar::to_ics(&events, stamp(), Lang::En);
    assert_eq!(ics, calendar::to_ics(&events, stamp(), Lang::En));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), events.len());
    assert_eq!(ics.matches("BEGIN:VALARM").count(), events.len());
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line}");
        assert!(!line.contains('\n'), "bare LF in {line:?}");
    }
    // No time stamp but the one passed in.
    for line in ics.split("\r\n").filter(|l| l.starts_with("DTSTAMP")) {
        assert_eq!(line, "DTSTAMP:20261201T000000Z");
    }
    assert!(ics.contains("SUMMARY:"));
}

#[test]
fn the_change_example_lists_its_operations_and_changes() {
    let d = examples::get("guangdong-change").unwrap();
    let r = change::compare(&d).unwrap();
    let ops: Vec<Operation> = r.operations.iter().map(|o| o.operation).collect();
    assert_eq!(
        ops,
        [
            Operation::ChangeEntity,
            Operation::ChangeWebsite,
            Operation::NewWebsite
        ]
    );
    let name = r.changes.iter().find(|c| c.path == "entity.name").unwrap();
    assert_eq!(name.kind, ChangeKind::Changed);
    assert_eq!(name.before, "深圳市星河信息科技有限公司");
    assert_eq!(name.label_zh, "主办单位名称或个人姓名");
    assert!(r
        .changes
        .iter()
        .any(|c| c.kind == ChangeKind::Removed && c.before == "xinghe-docs.cn"));
    assert!(r
        .changes
        .iter()
        .any(|c| c.kind == ChangeKind::Added && c.after == "xinghedata.com"));
    // The workspace's own bookkeeping is no change of the filing.
    assert!(r.changes.iter().all(|c| !c.path.ends_with("online_since")));
    // Nothing changed: an empty report.
    let mut same = d.clone();
    let filed = same.filed.clone().unwrap();
    same.entity = filed.entity.clone();
    same.websites = filed.websites.clone();
    assert!(change::compare(&same).unwrap().is_empty());
    // A cancelled website and the last one gone: cancel the entity.
    same.websites.clear();
    let ops: Vec<Operation> = change::compare(&same)
        .unwrap()
        .operations
        .iter()
        .map(|o| o.operation)
        .collect();
    assert_eq!(ops, [Operation::CancelWebsite, Operation::CancelEntity]);
}

#[test]
fn access_changes_are_their_own_operation() {
    let mut d = examples::get("guangdong-change").unwrap();
    let filed = d.filed.clone().unwrap();
    d.entity = filed.entity.clone();
    d.websites = filed.websites.clone();
    d.websites[0].ips = vec!["121.37.10.99".into()];
    let r = change::compare(&d).unwrap();
    let ops: Vec<Operation> = r.operations.iter().map(|o| o.operation).collect();
    assert_eq!(ops, [Operation::ChangeAccess]);
    assert_eq!(r.operations[0].websites, ["星河数据官网"]);
}

#[test]
fn footers_follow_the_province_and_escape_html() {
    let set = rules::builtin().unwrap();
    let d = examples::get("guangdong-change").unwrap();
    let f = workspace::footers(&d, set);
    assert_eq!(f.len(), 3);
    // Guangdong: the entity's number, linked to MIIT.
    assert_eq!(f[0].number, "粤ICP备18012345号");
    assert!(f[0].html.contains("href=\"https://beian.miit.gov.cn\""));
    // Not approved yet: no snippet.
    assert!(f[2].html.is_empty() && f[2].number.is_empty());
    // Elsewhere the website's own number; Shanghai names the owner, escaped.
    let mut sh = d.clone();
    sh.application.province = icp_filing::Province::Shanghai;
    sh.entity.name = "A&B <公司>".into();
    let f = workspace::footers(&sh, set);
    assert_eq!(f[0].number, "粤ICP备18012345号-1");
    assert!(
        f[0].html.contains("版权所有 © A&amp;B &lt;公司&gt;"),
        "{}",
        f[0].html
    );
    let mut bj = d.clone();
    bj.application.province = icp_filing::Province::Beijing;
    let f = workspace::footers(&bj, set);
    assert!(!f[0].html.contains("版权所有"));
    assert!(!workspace::police_steps(set).is_empty());
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_icp-filing"))
}

#[test]
fn help_lists_the_agency_subcommands() {
    let out = bin().arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["diff", "workspace", "calendar", "footer", "export"] {
        assert!(
            text.lines().any(|l| l.trim_start().starts_with(cmd)),
            "--help does not list {cmd}:\n{text}"
        );
    }
}

#[test]
fn cli_calendar_writes_the_expected_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("agency.ics");
    let status = bin()
        .args([
            "calendar",
            agency_dir().to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--stamp",
            "2026-12-01T00:00:00Z",
        ])
        .status()
        .unwrap();
    assert!(status.success());
    let want = std::fs::read_to_string(agency_dir().join("expected/calendar.ics")).unwrap();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), want);
}

#[test]
fn cli_diff_json_and_no_filed_state() {
    let ex = |n: &str| format!("{}/examples/{n}.json", env!("CARGO_MANIFEST_DIR"));
    let out = bin()
        .args(["diff", &ex("guangdong-change"), "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["operations"][0]["operation"], "change-entity");
    let out = bin()
        .args(["diff", &ex("guangdong-company")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("filed"));
}

#[test]
fn cli_export_zip_holds_every_drafts_files() {
    let dir = tempfile::tempdir().unwrap();
    // A copy of the agency folder, with photos for one draft.
    let src = dir.path().join("agency");
    std::fs::create_dir_all(&src).unwrap();
    for e in std::fs::read_dir(agency_dir()).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, src.join(p.file_name().unwrap())).unwrap();
        }
    }
    let photos = src.join("01-xinghe-approved.photos");
    std::fs::create_dir_all(&photos).unwrap();
    let img = image::RgbImage::from_fn(1600, 1000, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, ((x + y) % 239) as u8])
    });
    img.save(photos.join("business-licence.png")).unwrap();
    let zip_path = dir.path().join("out.zip");
    let out = bin()
        .args([
            "export",
            src.to_str().unwrap(),
            "--out",
            zip_path.to_str().unwrap(),
            "--today",
            "2026-12-01",
            "--stamp",
            "2026-12-01T00:00:00Z",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut z = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let names: Vec<String> = (0..z.len())
        .map(|i| z.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    for want in ["summary.csv", "summary.md", "calendar.ics"] {
        assert!(names.iter().any(|n| n == want), "{want} missing: {names:?}");
    }
    for (name, _) in agency() {
        assert!(names.contains(&format!("{name}/checklist.md")), "{name}");
        assert!(
            names
                .iter()
                .any(|n| n.starts_with(&format!("{name}/letters/")) && n.ends_with(".pdf")),
            "{name}: no letter"
        );
    }
    let image = names
        .iter()
        .find(|n| n.starts_with("01-xinghe-approved/images/"))
        .expect("the prepared photo is in the archive");
    assert!(
        image.ends_with(".jpg") && image.contains("营业执照"),
        "{image}"
    );
    let mut jpeg = Vec::new();
    std::io::Read::read_to_end(&mut z.by_name(image).unwrap(), &mut jpeg).unwrap();
    assert_eq!(&jpeg[..2], &[0xff, 0xd8], "a JPEG");
    let mut cal = String::new();
    std::io::Read::read_to_string(&mut z.by_name("calendar.ics").unwrap(), &mut cal).unwrap();
    assert_eq!(
        cal,
        std::fs::read_to_string(agency_dir().join("expected/calendar.ics")).unwrap()
    );
}
