//! The agency workspace: one row per draft in the data folder (the core's
//! [`icp_filing::workspace::row`] as of today), the calendar of every draft as an `.ics` file, and
//! for one draft its change report, the start of a change and the footer snippets after
//! approval. Every value is the core's; this file only reads the folder, passes today and the
//! clock, and asks where to save.

use chrono::{DateTime, NaiveDate, Utc};
use icp_filing::calendar::{self, Lang};
use icp_filing::change::{self, ChangeReport};
use icp_filing::rules::after::Step;
use icp_filing::workspace::{self, Footer, Row, Unreadable};
use icp_filing::Draft;
use schemars::JsonSchema;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use super::{now, rules, today};
use crate::dialogs::Filter;
use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

const ICS_FILTER: Filter<'static> = Filter {
    label: "日历 Calendar (iCalendar)",
    extensions: &["ics"],
};

/// Every draft of the data folder as the workspace shows it.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Workspace {
    /// The date the rows were computed for (the shell's today).
    pub today: NaiveDate,
    /// One row per readable draft, most recently edited first.
    pub rows: Vec<WorkspaceRow>,
    /// Drafts that cannot be read, with why.
    pub unreadable: Vec<Unreadable>,
}

/// One draft: the core's row plus when its file was last written.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct WorkspaceRow {
    /// The core's workspace row.
    #[serde(flatten)]
    pub row: Row,
    /// Last modification of the file (UTC).
    pub modified: Option<DateTime<Utc>>,
}

/// The footer snippets of a draft's websites and the public-security filing steps.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct FooterView {
    /// One snippet per website.
    pub footers: Vec<Footer>,
    /// The public-security filing steps, in order.
    pub police_steps: Vec<Step>,
}

/// The workspace rows of every draft, as of today.
#[tauri::command(async)]
pub fn workspace_rows(state: State<'_, AppState>) -> CommandResult<Workspace> {
    let (rules, today) = (rules()?, today());
    let mut rows = Vec::new();
    let mut unreadable = Vec::new();
    let listed = state.store.list()?;
    let subjects = workspace::subjects_of(listed.iter().filter_map(|(_, d)| d.as_ref()));
    for (entry, draft) in listed {
        match draft {
            Some(d) => rows.push(WorkspaceRow {
                row: workspace::row(&entry.name, &d, rules, today, &subjects),
                modified: entry.modified,
            }),
            None => {
                // The store's own reason, in the words the rest of the shell uses for it.
                let error = match state.store.load(&entry.name) {
                    Err(e) => CommandError::from(e),
                    Ok(_) => CommandError::shell("other", "无法读取", "cannot be read"),
                };
                unreadable.push(Unreadable {
                    name: entry.name,
                    message_zh: error.message_zh,
                    message_en: error.message_en,
                });
            }
        }
    }
    Ok(Workspace {
        today,
        rows,
        unreadable,
    })
}

/// Saves the calendar of every readable draft as an `.ics` file the user picks (titles in `lang`,
/// `zh` or `en`); returns the path and the number of dates, or none when cancelled.
#[tauri::command]
pub async fn export_calendar<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    lang: String,
) -> CommandResult<Option<CalendarExport>> {
    let rules = rules()?;
    let mut events: Vec<calendar::Event> = state
        .store
        .list()?
        .into_iter()
        .filter_map(|(entry, draft)| draft.map(|d| calendar::events(&entry.name, &d, rules)))
        .flatten()
        .collect();
    // The order the command line writes them in, so both give the same file.
    events.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.uid.cmp(&b.uid)));
    let lang = if lang == "en" { Lang::En } else { Lang::Zh };
    let suggested = match lang {
        Lang::Zh => "备案日历.ics",
        Lang::En => "filing-calendar.ics",
    };
    let Some(target) = state.dialogs.save(&app, suggested, ICS_FILTER) else {
        return Ok(None);
    };
    let ics = calendar::to_ics(&events, now(), lang);
    icp_filing::storage::write_atomic(&target, ics.as_bytes())?;
    Ok(Some(CalendarExport {
        path: target.display().to_string(),
        events: events.len(),
    }))
}

/// Where the calendar was saved and how many dates it holds.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CalendarExport {
    /// The file written.
    pub path: String,
    /// Number of dates (VEVENTs).
    pub events: usize,
}

/// What changed between the filed state and the draft; none when the draft holds no filed state.
#[tauri::command(async)]
pub fn change_report(draft: Draft) -> CommandResult<Option<ChangeReport>> {
    Ok(change::compare(&draft))
}

/// Starts a change filing on an approved draft (the core's [`change::start_change`]); returns
/// the draft to continue with.
#[tauri::command(async)]
pub fn start_change(mut draft: Draft) -> CommandResult<Draft> {
    if change::start_change(&mut draft) {
        Ok(draft)
    } else {
        Err(CommandError::shell(
            "other",
            "只有已备案（审核通过）的草稿才能开始变更：请先把备案状态设为“已备案”。",
            "Only an approved filing can be changed: set the filing status to approved first.",
        ))
    }
}

/// The footer snippets of a draft's websites and the public-security filing steps.
#[tauri::command(async)]
pub fn footers(draft: Draft) -> CommandResult<FooterView> {
    let rules = rules()?;
    Ok(FooterView {
        footers: workspace::footers(&draft, rules),
        police_steps: workspace::police_steps(rules).to_vec(),
    })
}
