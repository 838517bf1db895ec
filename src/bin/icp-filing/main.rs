//! `icp-filing`: the command-line face of the core library.
//!
//! Exit codes: 0 no errors, 1 the draft has errors (findings of severity error), 2 the input
//! could not be read (with a message in Chinese and English on stderr). With `--format json`,
//! a failure also writes one JSON object on stdout: `{kind, message_zh, message_en, path}`.

use std::path::Path;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd_agency;
mod cmd_check;
mod cmd_image;
mod cmd_letters;
mod output;

/// 备案助手命令行 / ICP Filing Assistant command line.
#[derive(Parser, Debug)]
#[command(
    name = "icp-filing",
    version,
    about = "备案助手：ICP 备案离线预检 / ICP Filing Assistant: offline pre-submission checks"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// 检查草稿（文件或文件夹）/ Check a draft file, or every *.json draft in a folder.
    Check(cmd_check::CheckArgs),
    /// 材料清单 / Print the materials checklist of a draft.
    Checklist(cmd_check::ChecklistArgs),
    /// 打印草稿格式的 JSON Schema / Print the draft format's JSON Schema.
    Schema,
    /// 列出规则 / List the rules (national, or those applying in one province).
    Rules(cmd_check::RulesArgs),
    /// 写出示例草稿 / Write a sample draft (list them without NAME).
    Example(cmd_check::ExampleArgs),
    /// 生成草稿需要的全部信函 PDF / Write every letter the draft needs as PDF.
    Letters(cmd_letters::LettersArgs),
    /// 生成一封信函 PDF / Write one letter as PDF.
    Letter(cmd_letters::LetterArgs),
    /// 处理上传图片 / Prepare an upload-ready image.
    Image(cmd_image::ImageArgs),
    /// 变更备案：与已备案信息逐项比较 / Change filing: what changed against the filing on record.
    Diff(cmd_agency::DiffArgs),
    /// 工作区：文件夹内每份草稿的状态、错误数和下一个日期 / Workspace: every draft of a folder
    /// with its state, counts and next date (text, CSV, Markdown, JSON).
    Workspace(cmd_agency::WorkspaceArgs),
    /// 到期日历：导出 iCalendar（.ics）/ Expiry calendar across drafts, as iCalendar (.ics).
    Calendar(cmd_agency::CalendarArgs),
    /// 网站页脚备案号代码与公安联网备案步骤 / Footer snippet per website and the public-security
    /// filing steps.
    Footer(cmd_agency::FooterArgs),
    /// 批量导出：汇总表、日历，及每份草稿的清单、信函和图片（文件夹或 ZIP）/ Batch export:
    /// summary, calendar, and per draft its checklist, letters and images (folder or ZIP).
    Export(cmd_agency::ExportArgs),
}

fn main() -> ExitCode {
    // Piping into `head` closes stdout early: end quietly like other Unix tools instead of
    // panicking on a broken pipe.
    #[cfg(unix)]
    // SAFETY: restoring the default SIGPIPE action before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let json = cli.command.json_mode();
    let input = cli.command.input().map(Path::to_path_buf);
    let result = match cli.command {
        Command::Check(a) => cmd_check::check(a),
        Command::Checklist(a) => cmd_check::checklist(a),
        Command::Schema => cmd_check::schema(),
        Command::Rules(a) => cmd_check::rules(a),
        Command::Example(a) => cmd_check::example(a),
        Command::Letters(a) => cmd_letters::letters(a),
        Command::Letter(a) => cmd_letters::letter(a),
        Command::Image(a) => cmd_image::image(a),
        Command::Diff(a) => cmd_agency::diff(a),
        Command::Workspace(a) => cmd_agency::workspace(a),
        Command::Calendar(a) => cmd_agency::calendar(a),
        Command::Footer(a) => cmd_agency::footer(a),
        Command::Export(a) => cmd_agency::export(a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            output::report_error(&e, input.as_deref(), json);
            ExitCode::from(2)
        }
    }
}

impl Command {
    /// True when the output asked for is JSON (then a failure is a JSON object too).
    fn json_mode(&self) -> bool {
        match self {
            Command::Check(a) => a.format == "json",
            Command::Checklist(a) => a.format == "json",
            Command::Rules(a) => a.format == "json",
            Command::Letters(a) => a.format == "json",
            Command::Letter(a) => a.format == "json",
            Command::Image(a) => a.format == "json",
            Command::Diff(a) => a.format == "json",
            Command::Workspace(a) => a.format == "json",
            Command::Calendar(a) => a.format == "json",
            Command::Footer(a) => a.format == "json",
            Command::Export(a) => a.format == "json",
            Command::Schema | Command::Example(_) => false,
        }
    }

    /// The file (or folder) the subcommand reads, named in its error object.
    fn input(&self) -> Option<&Path> {
        match self {
            Command::Check(a) => Some(&a.draft),
            Command::Checklist(a) => Some(&a.draft),
            Command::Letters(a) => Some(&a.draft),
            Command::Letter(a) => Some(&a.draft),
            Command::Image(a) => Some(&a.input),
            Command::Diff(a) => Some(&a.draft),
            Command::Workspace(a) => Some(&a.dir),
            Command::Calendar(a) => Some(&a.dir),
            Command::Footer(a) => Some(&a.draft),
            Command::Export(a) => Some(&a.dir),
            Command::Schema | Command::Rules(_) | Command::Example(_) => None,
        }
    }
}

/// Parses `YYYY-MM-DD` for `--today`.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("日期格式应为 YYYY-MM-DD：{s} / date must be YYYY-MM-DD: {s}"))
}

/// Today's date from the local clock: the CLI is the one place that reads it.
pub fn today_or(arg: Option<chrono::NaiveDate>) -> chrono::NaiveDate {
    arg.unwrap_or_else(|| chrono::Local::now().date_naive())
}
