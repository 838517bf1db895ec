//! `check`, `checklist`, `schema`, `rules`, `example`: the rule engine on the command line.

use std::path::{Path, PathBuf};

use icp_filing::checklist::{self, Checklist};
use icp_filing::finding::{Report, Severity};
use icp_filing::storage::read_draft;
use icp_filing::subjects::Subject;
use icp_filing::{engine, examples, rules, workspace, Error, Province};

use crate::output::{error_object, print_json};

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// 草稿文件，或包含多个 *.json 草稿的文件夹 / Draft file, or a folder of *.json drafts.
    pub draft: PathBuf,
    /// 今天的日期（默认取系统日期）/ Today's date, YYYY-MM-DD (defaults to the system date).
    #[arg(long, value_parser = crate::parse_date)]
    pub today: Option<chrono::NaiveDate>,
    /// 输出格式 text|json / Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    /// 与该文件夹中其他主体的草稿比较（负责人或手机号已用于其他主体）/ Compare with the other
    /// subjects' drafts in this folder (a person or mobile another subject uses).
    #[arg(long, value_name = "DIR")]
    pub others: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct ChecklistArgs {
    /// 草稿文件 / Draft file.
    pub draft: PathBuf,
    /// 今天的日期 / Today's date, YYYY-MM-DD.
    #[arg(long, value_parser = crate::parse_date)]
    pub today: Option<chrono::NaiveDate>,
    /// 输出格式 text|json / Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    /// 只列出该省适用的规则（如 guangdong、广东、粤）/ Only the rules that apply in this province.
    #[arg(long)]
    pub province: Option<String>,
    /// 检查一个规则文件夹（assets/rules 的副本）并列出全部错误 / Load the rule files of a folder
    /// laid out like assets/rules (national.toml, provinces/) and print every problem; exit 1 on any.
    #[arg(long, value_name = "DIR")]
    pub validate: Option<PathBuf>,
    /// 输出格式 text|json|markdown / Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "json", "markdown"])]
    pub format: String,
}

#[derive(clap::Args, Debug)]
pub struct ExampleArgs {
    /// 示例名称（不填则列出全部）/ Example name (list them when omitted).
    pub name: Option<String>,
    /// 写入文件（默认输出到标准输出）/ Write to this file (default: stdout).
    #[arg(short = 'o', long = "out")]
    pub out: Option<PathBuf>,
}

pub fn check(a: CheckArgs) -> Result<u8, Error> {
    let rules = rules::builtin()?;
    let today = crate::today_or(a.today);
    let files = if a.draft.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&a.draft)
            .map_err(|e| Error::io(&a.draft, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "json")
                    && !p.to_string_lossy().ends_with(".expected.json")
            })
            .collect();
        files.sort();
        files
    } else {
        vec![a.draft.clone()]
    };
    let batch = a.draft.is_dir();
    let others: Vec<Subject> = match &a.others {
        Some(dir) => {
            let (drafts, _) = crate::cmd_agency::read_drafts(dir)?;
            workspace::subjects_of(drafts.iter().map(|(_, d)| d))
        }
        None => Vec::new(),
    };
    if batch && a.format == "json" {
        return check_batch_json(&files, rules, today, &others);
    }
    let mut worst = 0u8;
    for file in &files {
        match read_draft(file) {
            Ok(draft) => {
                let report = engine::check_among(&draft, rules, today, &others);
                if !report.passes() {
                    worst = worst.max(1);
                }
                if a.format == "json" {
                    print_json(&report.findings);
                } else {
                    print_report(file, &report, batch);
                }
            }
            // One file: the failure is the result (main writes it, as JSON in JSON mode).
            Err(e) if !batch => return Err(e),
            Err(e) => {
                worst = 2;
                println!("✗ {}: {e}", file.display());
            }
        }
    }
    Ok(worst)
}

/// One finding as a batch report lists it: sources by catalogue id (`icp-filing rules --format
/// json` has the catalogue), messages in both languages.
#[derive(serde::Serialize)]
struct BatchFinding<'a> {
    code: &'a str,
    severity: Severity,
    field: &'a icp_filing::FieldPath,
    message_zh: &'a str,
    message_en: &'a str,
    sources: Vec<&'a str>,
}

/// A folder in JSON: a list with one compact line per draft — its counts and its errors and
/// warnings (info findings are reminders and materials, the same for most drafts: they are
/// counted; `check FILE` lists them).
fn check_batch_json(
    files: &[PathBuf],
    rules: &rules::RuleSet,
    today: chrono::NaiveDate,
    others: &[Subject],
) -> Result<u8, Error> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut worst = 0u8;
    let io = |e: std::io::Error| Error::io("stdout", e);
    out.write_all(b"[").map_err(io)?;
    for (n, file) in files.iter().enumerate() {
        out.write_all(if n == 0 { b"\n" } else { b",\n" })
            .map_err(io)?;
        let name = file.display().to_string();
        let line = match read_draft(file) {
            Ok(draft) => {
                let report = engine::check_among(&draft, rules, today, others);
                if !report.passes() {
                    worst = worst.max(1);
                }
                let findings: Vec<BatchFinding> = report
                    .findings
                    .iter()
                    .filter(|f| f.severity != Severity::Info)
                    .map(|f| BatchFinding {
                        code: &f.code,
                        severity: f.severity,
                        field: &f.field,
                        message_zh: &f.message_zh,
                        message_en: &f.message_en,
                        sources: f.sources.iter().map(|s| s.id.as_str()).collect(),
                    })
                    .collect();
                serde_json::to_vec(&serde_json::json!({
                    "file": name,
                    "errors": report.count(Severity::Error),
                    "warnings": report.count(Severity::Warning),
                    "infos": report.count(Severity::Info),
                    "findings": findings,
                }))
            }
            Err(e) => {
                worst = 2;
                serde_json::to_vec(&serde_json::json!({
                    "file": name,
                    "error": error_object(&e, Some(file)),
                }))
            }
        }
        .expect("json");
        out.write_all(&line).map_err(io)?;
    }
    out.write_all(b"\n]\n").map_err(io)?;
    out.flush().map_err(io)?;
    Ok(worst)
}

fn print_report(file: &Path, report: &Report, batch: bool) {
    let (e, w, i) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Info),
    );
    if batch {
        let mark = if e == 0 { "✓" } else { "✗" };
        println!(
            "{mark} {}: {e} 个错误 / errors, {w} 个警告 / warnings, {i} 条提示 / notes",
            file.display()
        );
        return;
    }
    for f in &report.findings {
        let field = if f.field.is_root() {
            "—".to_string()
        } else {
            f.field.to_string()
        };
        println!(
            "[{} {}] {} ({field})",
            f.severity.name_zh(),
            f.severity.name_en(),
            f.code
        );
        println!("  {}", f.message_zh);
        println!("  {}", f.message_en);
        println!("  来源 / source: {}", f.source);
        if let Some(d) = &f.dispute {
            println!("  ⚠ 来源不一致 / sources disagree: {}", d.zh);
            println!("    {}", d.en);
        }
    }
    println!(
        "{}：{e} 个错误，{w} 个警告，{i} 条提示 / {e} errors, {w} warnings, {i} notes",
        file.display()
    );
}

pub fn checklist(a: ChecklistArgs) -> Result<u8, Error> {
    let rules = rules::builtin()?;
    let draft = read_draft(&a.draft)?;
    let list = checklist::build(&draft, rules, crate::today_or(a.today));
    if a.format == "json" {
        print_json(&list);
    } else {
        print_checklist(&list);
    }
    Ok(0)
}

fn print_checklist(list: &Checklist) {
    println!(
        "材料清单 / Materials checklist ({} 项 / items)",
        list.items.len()
    );
    for (n, item) in list.items.iter().enumerate() {
        let subject = if item.subject.is_empty() {
            String::new()
        } else {
            format!("（{}）", item.subject)
        };
        println!("{:>2}. ☐ {}{subject}", n + 1, item.name_zh);
        println!("      {}", item.name_en);
        println!("      原因 / why: {} [{}]", item.reason_zh, item.rule);
        println!("      来源 / source: {}", item.source);
        if let Some(l) = &item.letter {
            println!(
                "      本程序可生成 / this app writes it: icp-filing letter {l} DRAFT -o FILE.pdf"
            );
        }
    }
}

pub fn schema() -> Result<u8, Error> {
    let schema = icp_filing::draft::json_schema();
    print_json(&schema);
    Ok(0)
}

/// `rules --validate DIR`: every problem of the folder's rule files, one per line.
fn validate_dir(dir: &Path) -> Result<u8, Error> {
    let files = rules::RuleFiles::from_dir(dir)?;
    match rules::RuleSet::load(&files) {
        Ok(set) => {
            println!(
                "规则文件无误：{} 条规则 / rule files are valid: {} rules",
                set.rules.len(),
                set.rules.len()
            );
            Ok(0)
        }
        Err(Error::RuleFiles { problems }) => {
            for p in &problems {
                println!("{p}");
            }
            eprintln!(
                "规则文件有 {} 处错误 / {} problem(s) in the rule files",
                problems.len(),
                problems.len()
            );
            Ok(1)
        }
        Err(e) => Err(e),
    }
}

pub fn rules(a: RulesArgs) -> Result<u8, Error> {
    if let Some(dir) = &a.validate {
        return validate_dir(dir);
    }
    let set = rules::builtin()?;
    let province = match &a.province {
        Some(p) => Some(Province::parse(p).ok_or_else(|| Error::Rules {
            file: "--province".into(),
            detail: format!("未知省份 / unknown province: {p}"),
        })?),
        None => None,
    };
    let list: Vec<&rules::Rule> = match province {
        Some(p) => set.for_province(p).collect(),
        None => set.rules.iter().collect(),
    };
    if a.format == "json" {
        print_json(&list);
        return Ok(0);
    }
    if a.format == "markdown" {
        print!("{}", set.to_markdown());
        return Ok(0);
    }
    if let Some(d) = set.as_of() {
        println!("规则更新于 {d} / rules as of {d}");
    }
    if let Some(p) = province {
        if let Some(info) = set.province_info(p) {
            println!("{}（{}）: {}", p.name_zh(), p.name_en(), info.summary_zh);
            println!("  {}", info.summary_en);
            if !info.not_found.is_empty() {
                println!("  未找到资料 / not found: {}", info.not_found.join("；"));
            }
            let own = list.iter().filter(|r| r.province == Some(p)).count();
            if own == 0 {
                println!("  本省未找到省级特有规则，适用全国规则 / nothing province-specific was found; the national rules apply");
            }
        }
    }
    for r in &list {
        let scope = match r.province {
            Some(p) => p.name_zh().to_string(),
            None if r.provinces.is_empty() => "全国".to_string(),
            None => format!("全国规则，限 {} 省", r.provinces.len()),
        };
        println!(
            "{} [{}] ({scope}) {}",
            r.id,
            r.severity.name_en(),
            r.message_zh
        );
        let sources: Vec<String> = r.sources.iter().map(|s| s.label()).collect();
        println!("    来源 / source: {}", sources.join("; "));
    }
    println!("共 {} 条规则 / {} rules", list.len(), list.len());
    Ok(0)
}

pub fn example(a: ExampleArgs) -> Result<u8, Error> {
    let Some(name) = a.name else {
        for (name, zh, en, _) in examples::EXAMPLES {
            println!("{name}\t{zh} / {en}");
        }
        return Ok(0);
    };
    let text = examples::text(&name).ok_or_else(|| Error::Rules {
        file: "example".into(),
        detail: format!(
            "没有名为 {name} 的示例，可用：{} / no example named {name}",
            examples::names().join(", ")
        ),
    })?;
    match a.out {
        Some(path) => {
            std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
            println!("{}", path.display());
        }
        None => print!("{text}"),
    }
    Ok(0)
}
