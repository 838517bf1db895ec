//! Drafts in the app data folder: list, load, (auto)save, delete, duplicate, export and import.
//! Storage itself (atomic writes, backups, permissions, corrupt files) is the core's
//! [`icp_filing::storage`]; export and import ask for a path through [`crate::dialogs`].

use icp_filing::storage::DraftEntry;
use icp_filing::Draft;
use tauri::{AppHandle, Runtime, State};

use super::{draft_from_ui, rules, today};
use crate::dialogs::Filter;
use crate::error::CommandResult;
use crate::state::AppState;

const JSON_FILTER: Filter<'static> = Filter {
    label: "备案草稿 Draft (JSON)",
    extensions: &["json"],
};

/// Drafts in the folder, most recent first, with province and error count as of today (the
/// listing comes from storage, the count from the engine).
#[tauri::command(async)]
pub fn list_drafts(state: State<'_, AppState>) -> CommandResult<Vec<DraftEntry>> {
    let (rules, today) = (rules()?, today());
    let listed = state.store.list()?;
    let subjects =
        icp_filing::workspace::subjects_of(listed.iter().filter_map(|(_, d)| d.as_ref()));
    Ok(listed
        .into_iter()
        .map(|(mut entry, draft)| {
            entry.error_count = draft.map(|d| {
                icp_filing::engine::check_among(&d, rules, today, &subjects)
                    .count(icp_filing::Severity::Error)
            });
            entry
        })
        .collect())
}

/// Loads a draft. A damaged file gives `invalid-draft` and is not changed.
#[tauri::command(async)]
pub fn load_draft(state: State<'_, AppState>, name: String) -> CommandResult<Draft> {
    Ok(state.store.load(&name)?)
}

/// Saves (autosaves) a draft under its name; the previous version is kept as a backup.
#[tauri::command(async)]
pub fn save_draft(
    state: State<'_, AppState>,
    name: String,
    draft: serde_json::Value,
) -> CommandResult<()> {
    let draft = draft_from_ui(&draft)?;
    state.store.save(&name, &draft)?;
    Ok(())
}

/// Creates a draft under a new unique name derived from `base`; returns the name.
#[tauri::command(async)]
pub fn create_draft(
    state: State<'_, AppState>,
    base: String,
    draft: serde_json::Value,
) -> CommandResult<String> {
    let draft = draft_from_ui(&draft)?;
    let name = state.store.unique_name(&base);
    state.store.save(&name, &draft)?;
    Ok(name)
}

/// Copies a draft under a new unique name ("save as" inside the app); returns the new name.
#[tauri::command(async)]
pub fn duplicate_draft(
    state: State<'_, AppState>,
    name: String,
    new_name: String,
) -> CommandResult<String> {
    let draft = state.store.load(&name)?;
    let new_name = state.store.unique_name(&new_name);
    state.store.save(&new_name, &draft)?;
    Ok(new_name)
}

/// Deletes a draft and its backup.
#[tauri::command(async)]
pub fn delete_draft(state: State<'_, AppState>, name: String) -> CommandResult<()> {
    Ok(state.store.delete(&name)?)
}

/// Exports a draft to a file the user picks; returns the path, or none when cancelled.
#[tauri::command]
pub async fn export_draft<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    name: String,
) -> CommandResult<Option<String>> {
    let Some(target) = state
        .dialogs
        .save(&app, &format!("{name}.json"), JSON_FILTER)
    else {
        return Ok(None);
    };
    state.store.export(&name, &target)?;
    Ok(Some(target.display().to_string()))
}

/// Imports a draft file the user picks (checked first); returns its name, or none when cancelled.
#[tauri::command]
pub async fn import_draft<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> CommandResult<Option<String>> {
    let Some(source) = state.dialogs.open(&app, JSON_FILTER) else {
        return Ok(None);
    };
    Ok(Some(state.store.import(&source)?))
}
