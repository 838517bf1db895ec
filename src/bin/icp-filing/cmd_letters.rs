//! `letters` and `letter` subcommands (issue 4). Owned by the letters work.
use std::path::PathBuf;

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

pub fn letters(_a: LettersArgs) -> Result<u8, icp_filing::Error> {
    Err(icp_filing::Error::Letter { zh: "尚未实现".into(), en: "not implemented yet".into() })
}

pub fn letter(_a: LetterArgs) -> Result<u8, icp_filing::Error> {
    Err(icp_filing::Error::Letter { zh: "尚未实现".into(), en: "not implemented yet".into() })
}
