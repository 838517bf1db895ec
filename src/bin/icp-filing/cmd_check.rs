//! check, checklist, schema, rules, example.
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// 草稿文件或文件夹 / Draft file or folder.
    pub draft: PathBuf,
    /// 今天的日期 / Today's date (YYYY-MM-DD).
    #[arg(long, value_parser = crate::parse_date)]
    pub today: Option<chrono::NaiveDate>,
    /// 输出格式 / Output format.
    #[arg(long, default_value = "text")]
    pub format: String,
}
#[derive(clap::Args, Debug)]
pub struct ChecklistArgs {
    pub draft: PathBuf,
    #[arg(long, value_parser = crate::parse_date)]
    pub today: Option<chrono::NaiveDate>,
    #[arg(long, default_value = "text")]
    pub format: String,
}
#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    #[arg(long)]
    pub province: Option<String>,
}
#[derive(clap::Args, Debug)]
pub struct ExampleArgs {
    pub name: Option<String>,
    #[arg(short = 'o', long = "out")]
    pub out: Option<PathBuf>,
}
pub fn check(_a: CheckArgs) -> Result<u8, icp_filing::Error> { Ok(0) }
pub fn checklist(_a: ChecklistArgs) -> Result<u8, icp_filing::Error> { Ok(0) }
pub fn schema() -> Result<u8, icp_filing::Error> {
    println!("{}", serde_json::to_string_pretty(&icp_filing::draft::json_schema()).unwrap());
    Ok(0)
}
pub fn rules(_a: RulesArgs) -> Result<u8, icp_filing::Error> { Ok(0) }
pub fn example(_a: ExampleArgs) -> Result<u8, icp_filing::Error> { Ok(0) }
