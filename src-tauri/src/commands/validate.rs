//! Checking a draft: its findings and its materials checklist, as of today. The draft arrives as
//! a typed [`Draft`] (one conversion, by Tauri's IPC); only its format version is checked here.

use icp_filing::checklist::Checklist;
use icp_filing::draft::SCHEMA_VERSION;
use icp_filing::finding::Report;
use icp_filing::subjects::Subject;
use icp_filing::Draft;
use tauri::State;

use super::{rules, today};
use crate::error::CommandResult;
use crate::state::{AppState, FolderKey, SubjectsRead};

fn supported(draft: &Draft) -> CommandResult<()> {
    if draft.schema_version != SCHEMA_VERSION {
        return Err(icp_filing::Error::SchemaVersion {
            found: u64::from(draft.schema_version),
        }
        .into());
    }
    Ok(())
}

/// Checks a draft as of today: every finding, errors first. `name` is the draft's own file in
/// the data folder: the other drafts there are the workspace's other subjects (a person or
/// mobile another subject uses); the draft's own saved copy is left out.
#[tauri::command(async)]
pub fn validate(
    state: State<'_, AppState>,
    draft: Draft,
    name: Option<String>,
) -> CommandResult<Report> {
    supported(&draft)?;
    let others = other_subjects(&state, name.as_deref());
    Ok(icp_filing::engine::check_among(
        &draft,
        rules()?,
        today(),
        &others,
    ))
}

/// The subjects of the data folder's readable drafts other than `own`. Read again only when a
/// draft file was added, removed or changed since the last call (validation runs as the user
/// types). A folder that cannot be listed gives none: the draft's own check never fails for it.
fn other_subjects(state: &AppState, own: Option<&str>) -> Vec<Subject> {
    let Ok(names) = state.store.names() else {
        return Vec::new();
    };
    let key: FolderKey = names
        .iter()
        .map(|n| {
            let meta = state
                .store
                .path_of(n)
                .ok()
                .and_then(|p| std::fs::metadata(p).ok());
            let len = meta.as_ref().map_or(0, |m| m.len());
            (n.clone(), len, meta.and_then(|m| m.modified().ok()))
        })
        .collect();
    let mut cache = state.subjects.lock().unwrap_or_else(|e| e.into_inner());
    if cache.as_ref().is_none_or(|read| read.key != key) {
        let subjects = names
            .iter()
            .filter_map(|n| {
                state
                    .store
                    .load(n)
                    .ok()
                    .map(|d| (n.clone(), Subject::of(&d)))
            })
            .collect();
        *cache = Some(SubjectsRead { key, subjects });
    }
    cache
        .as_ref()
        .map(|read| {
            read.subjects
                .iter()
                .filter(|(n, _)| Some(n.as_str()) != own)
                .map(|(_, s)| s.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The materials checklist of a draft as of today.
#[tauri::command(async)]
pub fn checklist(draft: Draft) -> CommandResult<Checklist> {
    supported(&draft)?;
    Ok(icp_filing::checklist::build(&draft, rules()?, today()))
}
