//! Checking a draft: its findings and its materials checklist, as of today.

use icp_filing::checklist::Checklist;
use icp_filing::finding::Report;

use super::{draft_from_ui, rules, today};
use crate::error::CommandResult;

/// Checks a draft as of today: every finding, errors first.
#[tauri::command]
pub fn validate(draft: serde_json::Value) -> CommandResult<Report> {
    let draft = draft_from_ui(&draft)?;
    Ok(icp_filing::engine::check(&draft, rules()?, today()))
}

/// The materials checklist of a draft as of today.
#[tauri::command]
pub fn checklist(draft: serde_json::Value) -> CommandResult<Checklist> {
    let draft = draft_from_ui(&draft)?;
    Ok(icp_filing::checklist::build(&draft, rules()?, today()))
}
