//! The commands the UI calls, one file per concern. Each is a thin wrapper over the core: it turns
//! JSON into core types, passes today's date and the app's folders, and maps errors to
//! [`crate::error::CommandError`]. No rule logic lives here.

pub mod app;
pub mod drafts;
pub mod images;
pub mod letters;
pub mod validate;

use icp_filing::Draft;

use crate::error::CommandResult;

/// Reads a draft sent by the UI with the core's parser, so a malformed draft is a
/// `{ kind: "invalid-draft", message }` naming the field rather than a bare string.
pub fn draft_from_ui(value: &serde_json::Value) -> CommandResult<Draft> {
    Ok(Draft::from_json(&value.to_string())?)
}

static TODAY: std::sync::OnceLock<chrono::NaiveDate> = std::sync::OnceLock::new();

/// Fixes "today" for this run (`--today`, for tests and screenshots).
pub fn set_today(date: chrono::NaiveDate) {
    let _ = TODAY.set(date);
}

/// Today's date as the shell sees it: `--today`, `ICP_FILING_TODAY` (YYYY-MM-DD) or the local
/// clock. The core is always given the date; it never reads the clock.
pub fn today() -> chrono::NaiveDate {
    if let Some(date) = TODAY.get() {
        return *date;
    }
    std::env::var("ICP_FILING_TODAY")
        .ok()
        .and_then(|s| chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// The rules shipped with the core.
pub fn rules() -> CommandResult<&'static icp_filing::rules::RuleSet> {
    Ok(icp_filing::rules::builtin()?)
}
