//! Checking a draft: its findings and its materials checklist, as of today. The draft arrives as
//! a typed [`Draft`] (one conversion, by Tauri's IPC); only its format version is checked here.

use icp_filing::checklist::Checklist;
use icp_filing::draft::SCHEMA_VERSION;
use icp_filing::finding::Report;
use icp_filing::Draft;

use super::{rules, today};
use crate::error::CommandResult;

fn supported(draft: &Draft) -> CommandResult<()> {
    if draft.schema_version != SCHEMA_VERSION {
        return Err(icp_filing::Error::SchemaVersion {
            found: u64::from(draft.schema_version),
        }
        .into());
    }
    Ok(())
}

/// Checks a draft as of today: every finding, errors first.
#[tauri::command]
pub fn validate(draft: Draft) -> CommandResult<Report> {
    supported(&draft)?;
    Ok(icp_filing::engine::check(&draft, rules()?, today()))
}

/// The materials checklist of a draft as of today.
#[tauri::command]
pub fn checklist(draft: Draft) -> CommandResult<Checklist> {
    supported(&draft)?;
    Ok(icp_filing::checklist::build(&draft, rules()?, today()))
}
