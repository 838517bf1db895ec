//! The desktop shell of the ICP Filing Assistant (备案助手), on Tauri 2.
//!
//! Thin by design: the UI (ui/) calls the commands in [`commands`], which call the core crate
//! `icp_filing` with today's date and the app's folders. `main` calls [`run`], which calls
//! [`run_app`] with the real (Wry) runtime; tests call [`run_app`] or [`builder`] with
//! `tauri::test::mock_builder()` so the whole command layer runs without a window.

pub mod commands;
pub mod dialogs;
pub mod error;
pub mod state;

use std::path::PathBuf;

use tauri::{Builder, Manager, Runtime};

use crate::dialogs::Dialogs;
use crate::state::AppState;

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// When the process started the app (for the start-up measurement).
pub fn started() -> std::time::Instant {
    *STARTED.get_or_init(std::time::Instant::now)
}

static SHELL_MARKS: std::sync::Mutex<Vec<(&'static str, f64)>> = std::sync::Mutex::new(Vec::new());

/// Notes a moment of the shell's start-up (ms since [`started`]), printed with the UI's `ui_ready`
/// when start-up is measured (scripts/measure-app.sh). Only the first 64 are kept: the marks are
/// for the start, and a long session must not grow them.
pub fn shell_mark(name: &'static str) {
    let ms = started().elapsed().as_secs_f64() * 1000.0;
    if let Ok(mut marks) = SHELL_MARKS.lock() {
        if marks.len() < 64 {
            marks.push((name, ms));
        }
    }
}

/// The shell's start-up marks so far.
pub fn shell_marks() -> Vec<(&'static str, f64)> {
    SHELL_MARKS.lock().map(|m| m.clone()).unwrap_or_default()
}

/// Where the shell keeps its files and how it answers file dialogs. `None` fields are taken from
/// the environment (`ICP_FILING_DATA_DIR`; `ICP_FILING_TEST_DIALOG_DIR` with the `e2e` feature)
/// or the OS.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// App data folder (drafts live in `<data>/drafts`).
    pub data_dir: Option<PathBuf>,
    /// File dialogs.
    pub dialogs: Option<Dialogs>,
}

impl Options {
    /// Options from the command line: `--data-dir DIR` (portable use, tests), and with the `e2e`
    /// feature only, `--dialog-dir DIR` (scripted dialogs) and `--today YYYY-MM-DD`. E2E tests
    /// pass these because tauri-driver starts the app with its own environment. A build without
    /// the feature (every release build) ignores the test switches and their values.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Options {
        let mut options = Options::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--data-dir" => options.data_dir = args.next().map(PathBuf::from),
                "--dialog-dir" if !cfg!(feature = "e2e") => {
                    let _ = args.next();
                }
                "--today" if !cfg!(feature = "e2e") => {
                    let _ = args.next();
                }
                "--dialog-dir" => {
                    options.dialogs = args.next().map(|d| Dialogs::Scripted(PathBuf::from(d)))
                }
                "--today" => {
                    if let Some(date) = args
                        .next()
                        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
                    {
                        commands::set_today(date);
                    }
                }
                _ => {}
            }
        }
        options
    }
}

/// Starts the app with the real runtime and exits the process with its exit code.
pub fn run() {
    started();
    let options = Options::from_args(std::env::args().skip(1));
    let code = run_app(tauri::Builder::default(), options, |_| {});
    std::process::exit(code);
}

/// Registers the plugins, the state set-up and every command on a builder of any runtime.
pub fn builder<R: Runtime>(builder: Builder<R>, options: Options) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .on_page_load(|_, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Started {
                shell_mark("page-load-started");
            } else {
                shell_mark("page-load-finished");
            }
        })
        .setup(move |app| {
            shell_mark("setup");
            let data_dir = match options.data_dir {
                Some(dir) => dir,
                None => state::data_dir_from_env(app.path().app_data_dir().ok())
                    .ok_or("找不到应用数据文件夹 / no app data folder")?,
            };
            let dialogs = options.dialogs.unwrap_or_else(Dialogs::from_env);
            let state = AppState::open(&data_dir, dialogs).map_err(|e| e.to_string())?;
            app.manage(state);
            shell_mark("state-open");
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::ui_ready,
            commands::divisions::divisions,
            commands::validate::validate,
            commands::validate::checklist,
            commands::drafts::list_drafts,
            commands::drafts::load_draft,
            commands::drafts::save_draft,
            commands::drafts::create_draft,
            commands::drafts::duplicate_draft,
            commands::drafts::delete_draft,
            commands::drafts::export_draft,
            commands::drafts::import_draft,
            commands::letters::letters_needed,
            commands::letters::letter_layout,
            commands::letters::save_letter,
            commands::letters::print_letter,
            commands::images::image_options,
            commands::images::pick_image,
            commands::images::attach_image,
            commands::images::export_image,
            commands::workspace::workspace_rows,
            commands::workspace::export_calendar,
            commands::workspace::change_report,
            commands::workspace::start_change,
            commands::workspace::footers,
        ])
}

/// Builds and runs the app on any runtime until it exits; returns the exit code.
/// `on_ready` gets the app handle once it is set up (tests use it to drive and quit the app).
pub fn run_app<R: Runtime, F: FnOnce(&tauri::AppHandle<R>)>(
    builder: Builder<R>,
    options: Options,
    on_ready: F,
) -> i32 {
    let app = self::builder(builder, options)
        .build(tauri::generate_context!("../tauri.conf.json"))
        .expect("应用启动失败 / error while building the app");
    on_ready(app.handle());
    app.run_return(|_, _| {})
}
