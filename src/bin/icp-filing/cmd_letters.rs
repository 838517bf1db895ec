//! `letters` and `letter` subcommands (issue 4): write the PDF letters a draft needs.
use std::path::{Path, PathBuf};

use icp_filing::letters::{self, LetterKind};
use icp_filing::{rules, storage, Error};

#[derive(clap::Args, Debug)]
pub struct LettersArgs {
    /// 草稿文件 / Draft file.
    pub draft: PathBuf,
    /// 输出文件夹 / Output folder.
    #[arg(long)]
    pub out: PathBuf,
    /// 今天的日期 / Today's date (YYYY-MM-DD).
    #[arg(long, value_parser = crate::parse_date)]
    pub today: Option<chrono::NaiveDate>,
    /// 输出格式 text|json（json：写出的文件列表）/ Output format (json: the files written).
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

#[derive(clap::Args, Debug)]
pub struct LetterArgs {
    /// 信函类型 / Letter kind.
    pub kind: String,
    /// 草稿文件 / Draft file.
    pub draft: PathBuf,
    /// 输出 PDF / Output PDF.
    #[arg(short = 'o', long = "out")]
    pub out: PathBuf,
    /// 今天的日期 / Today's date (YYYY-MM-DD).
    #[arg(long, value_parser = crate::parse_date)]
    pub today: Option<chrono::NaiveDate>,
    /// 输出格式 text|json（json：写出的文件列表）/ Output format (json: the files written).
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

const HINT: &str = "提示：信函措辞由备案助手按公开资料拟写，并非官方模板；提交前请与接入商提供的最新模板核对。\n\
Note: the wording was written by this app from public sources, not an official template; compare it with your access provider's current template before submitting.";

/// Writes every letter the draft's checklist names, plus the checklist, into `--out`.
pub fn letters(a: LettersArgs) -> Result<u8, Error> {
    let today = crate::today_or(a.today);
    let draft = storage::read_draft(&a.draft)?;
    let checklist = icp_filing::checklist::build(&draft, rules::builtin()?, today);
    let rendered = letters::render_needed(&draft, &checklist, today)?;
    std::fs::create_dir_all(&a.out).map_err(|e| Error::io(&a.out, e))?;
    let mut written = Vec::new();
    for (kind, pdf) in &rendered {
        // The names the printed checklist lists: row number, letter, entity.
        let path = a
            .out
            .join(letters::files::letter_file(*kind, &draft, &checklist));
        storage::write_atomic(&path, pdf)?;
        if a.format == "json" {
            written.push(
                serde_json::json!({ "letter": kind.code(), "path": path.display().to_string() }),
            );
        } else {
            println!("{}", path.display());
        }
    }
    if a.format == "json" {
        crate::output::print_json(&written);
    }
    eprintln!("{HINT}");
    Ok(0)
}

/// Writes one letter.
pub fn letter(a: LetterArgs) -> Result<u8, Error> {
    let today = crate::today_or(a.today);
    let kind = LetterKind::parse(&a.kind)?;
    let draft = storage::read_draft(&a.draft)?;
    let checklist = if kind == LetterKind::Checklist {
        icp_filing::checklist::build(&draft, rules::builtin()?, today)
    } else {
        Default::default()
    };
    let doc = letters::compose(kind, &draft, &checklist, today)?;
    let pdf = letters::render_pdf(&doc)?;
    write(&a.out, &pdf)?;
    if a.format == "json" {
        crate::output::print_json(
            &serde_json::json!({ "letter": kind.code(), "path": a.out.display().to_string() }),
        );
    } else {
        println!("{}", a.out.display());
    }
    if kind != LetterKind::Checklist {
        eprintln!("{HINT}");
    }
    Ok(0)
}

fn write(path: &Path, pdf: &[u8]) -> Result<(), Error> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    storage::write_atomic(path, pdf)
}
