//! The commands the UI calls, one file per concern. Each is a thin wrapper over the core: it turns
//! JSON into core types, passes today's date and the app's folders, and maps errors to
//! [`crate::error::CommandError`]. No rule logic lives here.
//!
//! Commands that read files or run the rules are `#[tauri::command(async)]`: Tauri runs a plain
//! command on the main thread, which also drives the window, so a validation or a folder read
//! there held up the page's painting (on a first start the wizard waited for the drafts folder
//! to be read). Async ones run on the runtime's threads, side by side.

pub mod app;
pub mod divisions;
pub mod drafts;
pub mod images;
pub mod letters;
pub mod validate;
pub mod workspace;

use icp_filing::Draft;

use crate::error::CommandResult;

/// Reads a draft sent by the UI with the core's parser, so a malformed draft is a
/// `{ kind: "invalid-draft", message }` naming the field rather than a bare string.
pub fn draft_from_ui(value: &serde_json::Value) -> CommandResult<Draft> {
    Ok(Draft::from_json(&value.to_string())?)
}

static TODAY: std::sync::OnceLock<chrono::NaiveDate> = std::sync::OnceLock::new();

/// Environment variable that fixes "today" (builds with the `e2e` feature only).
pub const TODAY_ENV: &str = "ICP_FILING_TODAY";

/// Fixes "today" for this run (`--today` in an `e2e` build, for tests and screenshots).
pub fn set_today(date: chrono::NaiveDate) {
    let _ = TODAY.set(date);
}

/// Today's date as the shell sees it: the local clock; in a build with the `e2e` feature,
/// `--today` or `ICP_FILING_TODAY` (YYYY-MM-DD) first. The core is always given the date; it
/// never reads the clock.
pub fn today() -> chrono::NaiveDate {
    if cfg!(feature = "e2e") {
        if let Some(date) = TODAY.get() {
            return *date;
        }
        if let Some(date) = std::env::var(TODAY_ENV)
            .ok()
            .and_then(|s| chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
        {
            return date;
        }
    }
    chrono::Local::now().date_naive()
}

/// The shell's clock, for time stamps in exported files: the system clock; in a build with the
/// `e2e` feature and a fixed today, midnight UTC of that day (so a test's file is the same on
/// every run).
pub fn now() -> chrono::DateTime<chrono::Utc> {
    if cfg!(feature = "e2e") {
        if let Some(date) = TODAY.get() {
            return date.and_time(chrono::NaiveTime::MIN).and_utc();
        }
    }
    chrono::Utc::now()
}

/// The rules shipped with the core.
pub fn rules() -> CommandResult<&'static icp_filing::rules::RuleSet> {
    Ok(icp_filing::rules::builtin()?)
}
