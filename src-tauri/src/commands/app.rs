//! What the UI needs once at start (today, provinces with their hints, the sample draft), and
//! the "first screen is interactive" signal used to measure start-up time.

use chrono::NaiveDate;
use icp_filing::Province;
use schemars::JsonSchema;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use super::{rules, today};
use crate::error::CommandResult;
use crate::state::AppState;

/// Set to print `ready <ms>` on stdout when the first screen is interactive
/// (scripts/measure-app.sh); with the value `exit` the app then quits.
pub const REPORT_READY_ENV: &str = "ICP_FILING_REPORT_READY";

/// A province with its labels and the province file's summary (shown as a hint).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ProvinceLabel {
    /// Slug used in drafts, e.g. `guangdong`.
    pub province: Province,
    /// 广东
    pub name_zh: String,
    /// Guangdong
    pub name_en: String,
    /// 粤
    pub abbreviation: String,
    /// 该省规则摘要 / Summary of the province's rules, Chinese.
    pub summary_zh: String,
    /// Summary of the province's rules, English.
    pub summary_en: String,
}

/// What the UI asks for once at start.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct AppInfo {
    /// Today's date as the shell passes it to the core.
    pub today: NaiveDate,
    /// App version.
    pub version: String,
    /// 规则整理日期 / "Rules as of": the oldest `as_of` date of the built-in rule files.
    pub rules_as_of: Option<NaiveDate>,
    /// Folder that holds the drafts.
    pub drafts_dir: String,
    /// Name of the sample draft written on this (first) start, to open it.
    pub sample_created: Option<String>,
    /// The 31 filing provinces with labels and hints.
    pub provinces: Vec<ProvinceLabel>,
    /// The access providers with a profile in the rule data (not "other"), to pick from.
    pub providers: Vec<ProviderLabel>,
}

/// An access provider to pick: its id and names.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ProviderLabel {
    /// Profile id (`tencent-cloud`, …).
    pub id: String,
    /// Chinese name (what the pick writes into the field).
    pub name_zh: String,
    /// English name.
    pub name_en: String,
}

/// Builds [`AppInfo`].
pub fn app_info_of(state: &AppState) -> CommandResult<AppInfo> {
    crate::shell_mark("app-info-asked");
    let rules = rules()?;
    crate::shell_mark("rules-ready");
    let provinces = Province::ALL
        .into_iter()
        .map(|p| {
            let info = rules.province_info(p);
            ProvinceLabel {
                province: p,
                name_zh: p.name_zh().to_string(),
                name_en: p.name_en().to_string(),
                abbreviation: p.abbreviation().to_string(),
                summary_zh: info.map(|i| i.summary_zh.clone()).unwrap_or_default(),
                summary_en: info.map(|i| i.summary_en.clone()).unwrap_or_default(),
            }
        })
        .collect();
    Ok(AppInfo {
        today: today(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        rules_as_of: rules.as_of(),
        drafts_dir: state.store.dir().display().to_string(),
        sample_created: state.sample_created.clone(),
        provinces,
        providers: rules
            .providers
            .iter()
            .filter(|p| p.id != "other")
            .map(|p| ProviderLabel {
                id: p.id.clone(),
                name_zh: p.name_zh.clone(),
                name_en: p.name_en.clone(),
            })
            .collect(),
    })
}

/// App information for the UI.
#[tauri::command(async)]
pub fn app_info(state: State<'_, AppState>) -> CommandResult<AppInfo> {
    app_info_of(&state)
}

/// A named moment of the page's start-up (`performance.mark` in the UI), ms since the page
/// started loading.
#[derive(Clone, Debug, serde::Deserialize, JsonSchema)]
pub struct StartupMark {
    /// The mark's name (`js-evaluated`, `app-info`, …).
    pub name: String,
    /// Milliseconds since the page started loading.
    pub ms: f64,
}

/// Called by the UI once its first screen is painted and interactive, with the milliseconds since
/// the page started loading, which screen it is (`start` or `wizard`) and the page's start-up
/// marks. Prints `ready <ms since main> page <page ms> screen <screen>`, then the page's marks
/// `marks <name>=<ms> …` and the shell's `shell <name>=<ms after main> …` when
/// `ICP_FILING_REPORT_READY` is set (and quits when it is `exit`).
#[tauri::command]
pub fn ui_ready<R: Runtime>(
    app: AppHandle<R>,
    page_ms: f64,
    screen: Option<String>,
    marks: Option<Vec<StartupMark>>,
) {
    if let Ok(mode) = std::env::var(REPORT_READY_ENV) {
        let ms = crate::started().elapsed().as_secs_f64() * 1000.0;
        // Only the two names the UI sends; anything else (or none) is printed as `unknown`, which
        // scripts/measure-app.sh refuses.
        let screen = screen
            .as_deref()
            .filter(|s| matches!(*s, "start" | "wizard"))
            .unwrap_or("unknown");
        println!("ready {ms:.0} page {page_ms:.0} screen {screen}");
        // Mark names as the UI sent them, kept to the characters a name has (no spaces or `=`).
        let marks: Vec<String> = marks
            .unwrap_or_default()
            .iter()
            .filter(|m| {
                !m.name.is_empty()
                    && m.name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            })
            .map(|m| format!("{}={:.0}", m.name, m.ms))
            .collect();
        let shell: Vec<String> = crate::shell_marks()
            .into_iter()
            .map(|(name, ms)| format!("{name}={ms:.0}"))
            .collect();
        println!("marks {}", marks.join(" "));
        println!("shell {}", shell.join(" "));
        use std::io::Write;
        let _ = std::io::stdout().flush();
        if mode == "exit" {
            app.exit(0);
        }
    }
}
