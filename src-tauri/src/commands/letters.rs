//! Letters (承诺书 and others): which ones the draft needs, a preview, save as PDF, print.
//!
//! Which letters are needed comes from the core's checklist; the layout and the PDF from the
//! core's letters module. The preview is the same layout data the PDF is written from, drawn by
//! the UI. Printing hands the PDF to the system viewer, because printing from the webview is
//! unreliable in Tauri.

use std::path::Path;

use icp_filing::letters::{self, LetterKind};
use icp_filing::Draft;
use schemars::JsonSchema;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use super::{draft_from_ui, rules, today};
use crate::dialogs::Filter;
use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

const PDF_FILTER: Filter<'static> = Filter {
    label: "PDF",
    extensions: &["pdf"],
};

/// A letter the draft needs.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct NeededLetter {
    /// Letter id, e.g. `gd-commitment-organisation`.
    pub id: String,
    /// 信函名称 / Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// The file name the save dialog suggests (and the printed checklist lists).
    pub file: String,
    /// Who signs, seals or presses a fingerprint, and where it is uploaded.
    pub signing: letters::Signing,
}

/// Letters a draft needs, in checklist order, then the printable checklist itself.
pub fn needed_letters(draft: &Draft) -> CommandResult<Vec<NeededLetter>> {
    let checklist = icp_filing::checklist::build(draft, rules()?, today());
    let mut kinds: Vec<LetterKind> = Vec::new();
    for code in checklist.letters() {
        let kind = LetterKind::parse(code)?;
        if !kinds.contains(&kind) && kind != LetterKind::Checklist {
            kinds.push(kind);
        }
    }
    kinds.push(LetterKind::Checklist);
    let individual = draft.entity.kind.is_individual();
    Ok(kinds
        .into_iter()
        .map(|k| NeededLetter {
            id: k.code().to_string(),
            name_zh: k.name_zh().to_string(),
            name_en: k.name_en().to_string(),
            file: letters::files::letter_file(k, draft, &checklist),
            signing: k.signing(individual),
        })
        .collect())
}

/// Lays out one letter for the draft, with the checklist it was laid out against.
fn layout_with_checklist(
    draft: &Draft,
    id: &str,
) -> CommandResult<(letters::Document, icp_filing::checklist::Checklist)> {
    let kind = LetterKind::parse(id)?;
    let rules = rules()?;
    let today = today();
    let checklist = icp_filing::checklist::build(draft, rules, today);
    let doc = letters::compose(kind, draft, &checklist, today)?;
    Ok((doc, checklist))
}

/// Lays out one letter for the draft.
pub fn layout(draft: &Draft, id: &str) -> CommandResult<letters::Document> {
    Ok(layout_with_checklist(draft, id)?.0)
}

/// The PDF of one letter and the file name to suggest for it (the name the printed checklist
/// lists: row number, letter, entity).
pub fn pdf(draft: &Draft, id: &str) -> CommandResult<(String, Vec<u8>)> {
    let (doc, checklist) = layout_with_checklist(draft, id)?;
    let bytes = letters::render_pdf(&doc)?;
    let file = letters::files::letter_file(doc.kind, draft, &checklist);
    Ok((file, bytes))
}

/// Letters a draft needs.
#[tauri::command(async)]
pub fn letters_needed(draft: serde_json::Value) -> CommandResult<Vec<NeededLetter>> {
    needed_letters(&draft_from_ui(&draft)?)
}

/// The layout of a letter (pages of positioned text, lines and boxes in mm) for the preview.
#[tauri::command(async)]
pub fn letter_layout(draft: serde_json::Value, id: String) -> CommandResult<letters::Document> {
    layout(&draft_from_ui(&draft)?, &id)
}

/// Saves a letter as PDF where the user chooses; returns the path, or none when cancelled.
#[tauri::command]
pub async fn save_letter<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    draft: serde_json::Value,
    id: String,
) -> CommandResult<Option<String>> {
    let draft = draft_from_ui(&draft)?;
    let (file, bytes) = pdf(&draft, &id)?;
    let Some(target) = state.dialogs.save(&app, &file, PDF_FILTER) else {
        return Ok(None);
    };
    icp_filing::storage::write_atomic(&target, &bytes)?;
    Ok(Some(target.display().to_string()))
}

/// Writes a letter to the app's print folder and opens it in the system PDF viewer.
/// Returns the path of the PDF.
#[tauri::command(async)]
pub fn print_letter(
    state: State<'_, AppState>,
    draft: serde_json::Value,
    id: String,
) -> CommandResult<String> {
    let draft = draft_from_ui(&draft)?;
    let (file, bytes) = pdf(&draft, &id)?;
    std::fs::create_dir_all(&state.print_dir)
        .map_err(|e| icp_filing::Error::io(&state.print_dir, e))?;
    let target = state.print_dir.join(file);
    icp_filing::storage::write_atomic(&target, &bytes)?;
    // With scripted dialogs (tests) nothing is opened: there is no one to look at it.
    if matches!(state.dialogs, crate::dialogs::Dialogs::Native) {
        open_in_viewer(&target)?;
    }
    Ok(target.display().to_string())
}

/// Opens a file with the system's default program (tauri-plugin-opener: the default PDF viewer
/// on Windows and macOS, `xdg-open` on Linux, which the .deb depends on). The plugin's Rust API
/// needs no registration and gives the webview no new permission.
fn open_in_viewer(path: &Path) -> CommandResult<()> {
    tauri_plugin_opener::open_path(path, None::<&str>).map_err(|e| {
        CommandError::shell(
            "open",
            &format!(
                "无法打开系统 PDF 阅读器（{e}），文件已保存在 {}",
                path.display()
            ),
            &format!(
                "cannot open the system PDF viewer ({e}); the file is at {}",
                path.display()
            ),
        )
    })
}
