//! Native file dialogs (tauri-plugin-dialog, which wraps rfd), or scripted answers for tests.
//!
//! Scripted answers: a save dialog answers `<dir>/<suggested file name>` and an open dialog
//! answers the first file (by name) in `<dir>/open/`, or "cancelled" when there is none. E2E
//! tests use this instead of driving GTK. A test in this repository can ask for them in code
//! ([`Dialogs::Scripted`]); from outside the process (`ICP_FILING_TEST_DIALOG_DIR`,
//! `--dialog-dir`) only a build with the `e2e` feature turns them on — never a release build.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Environment variable that turns on scripted dialogs (builds with the `e2e` feature only).
pub const TEST_DIALOG_ENV: &str = "ICP_FILING_TEST_DIALOG_DIR";

/// How file dialogs are answered.
#[derive(Clone, Debug)]
pub enum Dialogs {
    /// Real dialogs.
    Native,
    /// Scripted answers from a folder (tests).
    Scripted(PathBuf),
}

/// A file-type filter: label and extensions without the dot.
pub struct Filter<'a> {
    /// Label shown in the dialog.
    pub label: &'a str,
    /// Extensions.
    pub extensions: &'a [&'a str],
}

impl Dialogs {
    /// Scripted when `ICP_FILING_TEST_DIALOG_DIR` is set in a build with the `e2e` feature,
    /// native otherwise.
    pub fn from_env() -> Dialogs {
        if !cfg!(feature = "e2e") {
            return Dialogs::Native;
        }
        match std::env::var_os(TEST_DIALOG_ENV) {
            Some(dir) if !dir.is_empty() => Dialogs::Scripted(PathBuf::from(dir)),
            _ => Dialogs::Native,
        }
    }

    /// Asks where to save; `None` when cancelled. Blocks: call it from an async command.
    pub fn save<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        suggested: &str,
        filter: Filter<'_>,
    ) -> Option<PathBuf> {
        match self {
            Dialogs::Scripted(dir) => Some(dir.join(suggested)),
            Dialogs::Native => app
                .dialog()
                .file()
                .set_file_name(suggested)
                .add_filter(filter.label, filter.extensions)
                .blocking_save_file()
                .and_then(|p| p.into_path().ok()),
        }
    }

    /// Asks for a file to open; `None` when cancelled. Blocks: call it from an async command.
    pub fn open<R: Runtime>(&self, app: &AppHandle<R>, filter: Filter<'_>) -> Option<PathBuf> {
        match self {
            Dialogs::Scripted(dir) => {
                let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("open"))
                    .ok()?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.is_file())
                    .collect();
                files.sort();
                files.into_iter().next()
            }
            Dialogs::Native => app
                .dialog()
                .file()
                .add_filter(filter.label, filter.extensions)
                .blocking_pick_file()
                .and_then(|p| p.into_path().ok()),
        }
    }
}
