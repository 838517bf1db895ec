//! The whole app on Tauri's mock runtime: state set-up (first-start sample draft), and the
//! commands called through IPC as the UI calls them, with errors as `{ kind, message_zh, message_en }`.

use std::path::Path;

use icp_filing_app::dialogs::Dialogs;
use icp_filing_app::state::AppState;
use icp_filing_app::Options;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{
    get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY,
};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

struct Harness {
    _app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

fn start(data: &Path, dialogs: &Path) -> Harness {
    let options = Options {
        data_dir: Some(data.to_path_buf()),
        dialogs: Some(Dialogs::Scripted(dialogs.to_path_buf())),
    };
    let app = icp_filing_app::builder(mock_builder(), options)
        .build(mock_context(noop_assets()))
        .expect("app builds on the mock runtime");
    // The setup hook runs when the event loop starts; these tests never start it, so they put
    // the same state in place themselves.
    let state = AppState::open(data, Dialogs::Scripted(dialogs.to_path_buf())).expect("state");
    app.manage(state);
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("window");
    Harness { _app: app, window }
}

impl Harness {
    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                // The origin the embedded UI has on Linux (local, so app commands are allowed).
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().expect("JSON response"))
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }
}

fn sample() -> Value {
    serde_json::from_str(icp_filing::examples::text("guangdong-company").unwrap()).unwrap()
}

#[test]
fn first_start_writes_the_sample_draft_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let h = start(&data, dir.path());
    let info = h.ok("app_info", json!({}));
    let sample_name = info["sample_created"]
        .as_str()
        .expect("sample created")
        .to_string();
    assert_eq!(info["provinces"].as_array().unwrap().len(), 31);
    let list = h.ok("list_drafts", json!({}));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["name"], sample_name.as_str());
    assert_eq!(list[0]["province"], "guangdong");
    drop(h);

    // Deleting the sample and starting again does not bring it back.
    let h = start(&data, dir.path());
    h.ok("delete_draft", json!({ "name": sample_name }));
    drop(h);
    let h = start(&data, dir.path());
    assert_eq!(h.ok("app_info", json!({}))["sample_created"], Value::Null);
    assert_eq!(h.ok("list_drafts", json!({})).as_array().unwrap().len(), 0);
}

#[test]
fn validate_reports_a_bad_id_number_at_its_field() {
    let dir = tempfile::tempdir().unwrap();
    let h = start(&dir.path().join("data"), dir.path());
    let mut draft = sample();
    let good = h.ok("validate", json!({ "draft": draft }));
    let field = "entity.principal.id.number";
    let at_field = |report: &Value| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["field"] == field && f["severity"] == "error")
            .count()
    };
    assert_eq!(at_field(&good), 0, "{good}");
    draft["entity"]["principal"]["id"]["number"] = json!("440106198503124615");
    let bad = h.ok("validate", json!({ "draft": draft }));
    assert!(at_field(&bad) > 0, "no error at {field}: {bad}");
    let finding = bad["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == field)
        .unwrap();
    assert!(!finding["message_zh"].as_str().unwrap().is_empty());
    assert!(!finding["message_en"].as_str().unwrap().is_empty());
}

#[test]
fn validate_compares_with_the_other_subjects_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let h = start(&dir.path().join("data"), dir.path());
    let code = "gd-website-principal-in-other-subject";
    let fires = |report: &Value| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == code && f["field"] == "websites[0].principal.id.number")
    };
    // Another company in the folder whose website is run by the same person.
    let mut other: Value =
        serde_json::from_str(icp_filing::examples::text("beijing-individual").unwrap()).unwrap();
    other["websites"][0]["principal"]["id"]["number"] = json!("440305199001012355");
    h.ok(
        "create_draft",
        json!({ "base": "另一主体", "draft": other }),
    );
    let mine = h.ok(
        "create_draft",
        json!({ "base": "本主体", "draft": sample() }),
    );
    let report = h.ok("validate", json!({ "draft": sample(), "name": mine }));
    assert!(fires(&report), "{report}");
    // The draft's own saved copy is not another subject, even with a changed credit code.
    let mut changed = sample();
    changed["entity"]["certificate"]["number"] = json!("91440300MA5FAAAA4X");
    h.ok("save_draft", json!({ "name": mine, "draft": changed }));
    h.ok("delete_draft", json!({ "name": "另一主体" }));
    let alone = h.ok("validate", json!({ "draft": sample(), "name": mine }));
    assert!(!fires(&alone), "{alone}");
}

#[test]
fn drafts_round_trip_and_errors_cross_as_kind_and_message() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let h = start(&data, dir.path());
    let name = h.ok("create_draft", json!({ "base": "测试", "draft": sample() }));
    assert_eq!(name, "测试");
    let loaded = h.ok("load_draft", json!({ "name": "测试" }));
    assert_eq!(loaded["entity"]["name"], sample()["entity"]["name"]);

    // A malformed draft from the UI: invalid-draft, naming the problem, in both languages.
    let err = h
        .call(
            "save_draft",
            json!({ "name": "测试", "draft": { "schema_version": 1 } }),
        )
        .unwrap_err();
    assert_eq!(err["kind"], "invalid-draft", "{err}");
    // One language per message: the UI shows the chosen one.
    let zh = err["message_zh"].as_str().unwrap();
    let en = err["message_en"].as_str().unwrap();
    assert!(
        zh.contains("缺少字段") && !zh.contains("missing field"),
        "{err}"
    );
    assert!(en.contains("missing field"), "{err}");

    // A corrupt file: load fails with invalid-draft and the file is unchanged.
    let broken = data.join("drafts").join("坏.json");
    std::fs::write(&broken, "{ not json").unwrap();
    let err = h.call("load_draft", json!({ "name": "坏" })).unwrap_err();
    assert_eq!(err["kind"], "invalid-draft");
    assert_eq!(std::fs::read_to_string(&broken).unwrap(), "{ not json");

    // Export through the (scripted) save dialog, import through the open dialog.
    let path = h.ok("export_draft", json!({ "name": "测试" }));
    let exported = Path::new(path.as_str().unwrap());
    assert!(exported.starts_with(dir.path()) && exported.exists());
    std::fs::create_dir_all(dir.path().join("open")).unwrap();
    std::fs::copy(exported, dir.path().join("open").join("别处.json")).unwrap();
    assert_eq!(h.ok("import_draft", json!({})), "别处");
    assert_eq!(
        h.ok(
            "duplicate_draft",
            json!({ "name": "测试", "newName": "测试" })
        ),
        "测试-2"
    );
}

#[test]
fn letters_needed_and_saved_as_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let h = start(&dir.path().join("data"), dir.path());
    let letters = h.ok("letters_needed", json!({ "draft": sample() }));
    let ids: Vec<&str> = letters
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"gd-commitment-organisation"), "{ids:?}");
    let layout = h.ok(
        "letter_layout",
        json!({ "draft": sample(), "id": "gd-commitment-organisation" }),
    );
    assert!(!layout["pages"].as_array().unwrap().is_empty());
    let path = h.ok(
        "save_letter",
        json!({ "draft": sample(), "id": "gd-commitment-organisation" }),
    );
    let bytes = std::fs::read(path.as_str().unwrap()).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let err = h
        .call(
            "letter_layout",
            json!({ "draft": sample(), "id": "no-such-letter" }),
        )
        .unwrap_err();
    assert_eq!(err["kind"], "letter");
}

/// The agency drafts of `examples/agency/`, as (file stem, JSON).
fn agency() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/agency");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().to_string();
            (
                stem,
                serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn workspace_rows_calendar_and_change() {
    let dir = tempfile::tempdir().unwrap();
    let h = start(&dir.path().join("data"), dir.path());
    let drafts = agency();
    for (name, draft) in &drafts {
        h.ok("create_draft", json!({ "base": name, "draft": draft }));
    }
    std::fs::write(dir.path().join("data/drafts/坏.json"), "{ not json").unwrap();
    let ws = h.ok("workspace_rows", json!({}));
    let rows = ws["rows"].as_array().unwrap();
    // The sample of the first start, the agency's ten.
    assert_eq!(rows.len(), drafts.len() + 1);
    let row = rows
        .iter()
        .find(|r| r["name"] == "05-xinjiang-org-draft")
        .expect("row");
    assert_eq!(row["province"], "xinjiang");
    assert!(row["errors"].is_u64() && row["events"].is_array() && row["modified"].is_string());
    let bad = &ws["unreadable"][0];
    assert_eq!(bad["name"], "坏");
    assert!(
        bad["message_zh"]
            .as_str()
            .unwrap()
            .contains("草稿文件格式错误"),
        "{bad}"
    );
    assert!(
        bad["message_en"]
            .as_str()
            .unwrap()
            .starts_with("The draft is not valid"),
        "{bad}"
    );

    // The calendar of every readable draft through the scripted save dialog.
    let saved = h.ok("export_calendar", json!({ "lang": "en" }));
    let ics = std::fs::read_to_string(saved["path"].as_str().unwrap()).unwrap();
    assert!(saved["path"]
        .as_str()
        .unwrap()
        .ends_with("filing-calendar.ics"));
    let events: usize = rows
        .iter()
        .map(|r| r["events"].as_array().unwrap().len())
        .sum();
    assert!(events > 0);
    assert_eq!(saved["events"], events);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), events);

    // A change: only on an approved draft; the report starts empty and follows edits.
    let (_, approved) = drafts
        .iter()
        .find(|(n, _)| n == "01-xinghe-approved")
        .unwrap();
    let mut draft = h.ok("start_change", json!({ "draft": approved }));
    assert_eq!(draft["application"]["kind"], "change");
    assert_eq!(draft["application"]["status"], "change-pending");
    let report = h.ok("change_report", json!({ "draft": draft }));
    assert_eq!(report["changes"].as_array().unwrap().len(), 0);
    draft["websites"][0]["name"] = json!("改名后的网站");
    let report = h.ok("change_report", json!({ "draft": draft }));
    assert_eq!(report["changes"][0]["path"], "websites[0].name");
    let err = h
        .call("start_change", json!({ "draft": draft }))
        .unwrap_err();
    assert!(
        err["message_zh"].as_str().unwrap().contains("已备案"),
        "{err}"
    );
    assert!(
        err["message_en"].as_str().unwrap().contains("approved"),
        "{err}"
    );
    assert_eq!(
        h.ok("change_report", json!({ "draft": sample() })),
        Value::Null
    );

    // Footer snippets and the public-security steps.
    let view = h.ok("footers", json!({ "draft": approved }));
    assert!(
        view["footers"][0]["html"]
            .as_str()
            .unwrap()
            .contains("beian.miit.gov.cn"),
        "{view}"
    );
    assert!(!view["police_steps"].as_array().unwrap().is_empty());
}

#[test]
fn run_app_starts_and_exits_on_the_mock_runtime() {
    let dir = tempfile::tempdir().unwrap();
    let options = Options {
        data_dir: Some(dir.path().join("data")),
        dialogs: Some(Dialogs::Scripted(dir.path().to_path_buf())),
    };
    let code = icp_filing_app::run_app(mock_builder(), options, |handle| {
        // Close the window from tauri.conf.json once it exists: that ends the run loop.
        let handle = handle.clone();
        std::thread::spawn(move || {
            for _ in 0..100 {
                if let Some(window) = handle.get_webview_window("main") {
                    window.close().unwrap();
                    return;
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            panic!("the main window never appeared");
        });
    });
    assert_eq!(code, 0);
    assert!(dir.path().join("data").join("drafts").is_dir());
}

/// Errors cross as `{ kind, message_zh, message_en }`: one language per message, serde's parser
/// text put into Chinese, and I/O errors told apart (missing, permission).
mod errors {
    use icp_filing_app::error::{CommandError, ErrorKind};

    fn from_json(text: &str) -> CommandError {
        icp_filing::Draft::from_json(text).unwrap_err().into()
    }

    #[test]
    fn truncated_draft_is_invalid_draft_in_plain_chinese() {
        let e = from_json(r#"{"schema_version": 1, "application": {"kind": "first-fil"#);
        assert_eq!(e.kind, ErrorKind::InvalidDraft);
        assert!(e.message_zh.contains("内容不完整"), "{}", e.message_zh);
        assert!(!e.message_zh.contains("EOF"), "{}", e.message_zh);
        assert!(e.message_en.contains("EOF"), "{}", e.message_en);
    }

    #[test]
    fn missing_and_unknown_fields_are_named() {
        let e = from_json(r#"{"schema_version": 1}"#);
        assert!(
            e.message_zh.contains("缺少字段 application"),
            "{}",
            e.message_zh
        );
        let e = from_json(r#"{"schema_version": 1, "bogus": 1}"#);
        assert!(e.message_zh.contains("bogus"), "{}", e.message_zh);
        assert!(!e.message_zh.contains(" / "), "{}", e.message_zh);
    }

    #[test]
    fn io_errors_say_missing_or_permission() {
        let missing = icp_filing::Error::io(
            "/x/草稿.json",
            std::io::Error::from(std::io::ErrorKind::NotFound),
        );
        let e = CommandError::from(missing);
        assert_eq!(e.kind, ErrorKind::NotFound);
        assert!(e.message_zh.contains("不存在"), "{}", e.message_zh);
        let denied = icp_filing::Error::io(
            "/x",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        assert_eq!(CommandError::from(denied).kind, ErrorKind::PermissionDenied);
    }

    #[test]
    fn bilingual_variants_are_split() {
        let e = CommandError::from(icp_filing::Error::SchemaVersion { found: 9 });
        assert_eq!(e.kind, ErrorKind::UnsupportedVersion);
        assert!(
            e.message_zh.starts_with("草稿格式版本 9"),
            "{}",
            e.message_zh
        );
        assert!(
            e.message_en.starts_with("Draft format version 9"),
            "{}",
            e.message_en
        );
        let custom = icp_filing::Error::io(
            "/x",
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "不是文件路径 / not a file path",
            ),
        );
        let e = CommandError::from(custom);
        assert_eq!(e.message_zh, "无法读写 /x：不是文件路径");
        assert_eq!(e.message_en, "Cannot read or write /x: not a file path");
        assert_eq!(ErrorKind::from("image"), ErrorKind::Image);
        assert_eq!(ErrorKind::from("no-such-kind"), ErrorKind::Other);
    }
}

#[test]
fn divisions_list_every_province_with_its_cities_and_districts() {
    let dir = tempfile::tempdir().unwrap();
    let h = start(&dir.path().join("data"), dir.path());
    let tree = h.ok("divisions", json!({}));
    let provinces = tree.as_array().unwrap();
    assert_eq!(provinces.len(), 31);
    let hebei = provinces.iter().find(|p| p["province"] == "hebei").unwrap();
    let sjz = hebei["cities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "石家庄市")
        .expect("石家庄市 in 河北");
    assert_eq!(sjz["code"], 130100);
    assert!(sjz["districts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["name"] == "长安区"));
    let beijing = provinces
        .iter()
        .find(|p| p["province"] == "beijing")
        .unwrap();
    assert_eq!(beijing["cities"][0]["name"], "北京市");
}
