//! Prints one JSON Schema with every type the UI exchanges with the shell, for
//! `ui/src/generated/` (json-schema-to-typescript). `scripts/check-ui-types.sh` fails when the
//! committed files drift from this output.

use icp_filing::change::ChangeReport;
use icp_filing::checklist::Checklist;
use icp_filing::divisions::ProvinceDivisions;
use icp_filing::finding::Report;
use icp_filing::letters::Document;
use icp_filing::storage::DraftEntry;
use icp_filing::Draft;
use icp_filing_app::commands::app::{AppInfo, StartupMark};
use icp_filing_app::commands::images::{AttachedImage, ImageOptions, ImageRequest};
use icp_filing_app::commands::letters::NeededLetter;
use icp_filing_app::commands::workspace::{CalendarExport, FooterView, Workspace};
use icp_filing_app::error::CommandError;
use schemars::JsonSchema;

/// Every type the UI exchanges with the shell.
#[allow(dead_code)]
#[derive(JsonSchema)]
#[schemars(title = "UiTypes")]
struct UiTypes {
    draft: Draft,
    report: Report,
    checklist: Checklist,
    draft_entry: DraftEntry,
    app_info: AppInfo,
    needed_letter: NeededLetter,
    image_options: ImageOptions,
    image_request: ImageRequest,
    attached_image: AttachedImage,
    letter_document: Document,
    command_error: CommandError,
    province_divisions: ProvinceDivisions,
    workspace: Workspace,
    calendar_export: CalendarExport,
    change_report: ChangeReport,
    footer_view: FooterView,
    startup_mark: StartupMark,
}

fn main() {
    let schema = schemars::schema_for!(UiTypes);
    println!(
        "{}",
        serde_json::to_string_pretty(&schema).expect("schema serialises")
    );
}
