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
    for (kind, pdf) in &rendered {
        // The names the printed checklist lists: row number, letter, entity.
        let path = a
            .out
            .join(letters::files::letter_file(*kind, &draft, &checklist));
        storage::write_atomic(&path, pdf)?;
        println!("{}", path.display());
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
    println!("{}", a.out.display());
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
