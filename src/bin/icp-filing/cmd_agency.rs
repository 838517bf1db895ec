//! Subcommands for change filings and agencies: `diff`, `workspace`, `calendar`, `footer`,
//! `export`.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use icp_filing::calendar::{self, Lang};
use icp_filing::change::{self, ChangeKind};
use icp_filing::workspace::{self, Row, Unreadable};
use icp_filing::{checklist, images, letters, rules, storage, Draft, Error};

use crate::output::print_json;

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// 含已备案信息（filed）的草稿 / A draft holding the filed state (`filed`).
    pub draft: PathBuf,
    /// 输出格式 text|json / Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

#[derive(clap::Args, Debug)]
pub struct WorkspaceArgs {
    /// 草稿文件夹（或单个草稿）/ A folder of drafts (or one draft).
    pub dir: PathBuf,
    /// 今天（YYYY-MM-DD，默认系统日期）/ Today (default: the system date).
    #[arg(long, value_parser = crate::parse_date)]
    pub today: Option<NaiveDate>,
    /// 输出格式 text|csv|markdown|json / Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "csv", "markdown", "json"])]
    pub format: String,
    /// 表格语言 zh|en / Table language.
    #[arg(long, default_value = "zh", value_parser = ["zh", "en"])]
    pub lang: String,
}

#[derive(clap::Args, Debug)]
pub struct CalendarArgs {
    /// 草稿文件夹或草稿 / A folder of drafts, or one draft.
    pub dir: PathBuf,
    /// 写入的 .ics 文件（省略则输出到标准输出）/ The .ics file to write (stdout when omitted).
    #[arg(short = 'o', long = "out")]
    pub out: Option<PathBuf>,
    /// 日历语言 zh|en / Calendar language.
    #[arg(long, default_value = "zh", value_parser = ["zh", "en"])]
    pub lang: String,
    /// 导出时间戳（RFC 3339，默认当前时间）/ Export time stamp (default: now).
    #[arg(long, value_parser = parse_stamp)]
    pub stamp: Option<DateTime<Utc>>,
    /// 输出格式 ics|json / Output format.
    #[arg(long, default_value = "ics", value_parser = ["ics", "json"])]
    pub format: String,
}

#[derive(clap::Args, Debug)]
pub struct FooterArgs {
    /// 草稿 / The draft.
    pub draft: PathBuf,
    /// 输出格式 text|html|json / Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "html", "json"])]
    pub format: String,
}

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    /// 草稿文件夹 / A folder of drafts. Photos for a draft go in `<name>.photos/`, each named
    /// after its material or image kind (`id-front.jpg`, `business-licence.png`,
    /// `principal-id-scan.jpg`).
    pub dir: PathBuf,
    /// 输出文件夹，或以 .zip 结尾的 ZIP 文件 / Output folder, or a file ending in .zip.
    #[arg(short = 'o', long = "out")]
    pub out: PathBuf,
    /// 今天（YYYY-MM-DD）/ Today.
    #[arg(long, value_parser = crate::parse_date)]
    pub today: Option<NaiveDate>,
    /// 图片的上传系统 generic|aliyun|tencent|huawei / Upload system for the images.
    #[arg(long)]
    pub system: Option<String>,
    /// 导出时间戳（RFC 3339，默认当前时间）/ Export time stamp for the calendar.
    #[arg(long, value_parser = parse_stamp)]
    pub stamp: Option<DateTime<Utc>>,
    /// 输出格式 text|json / Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

fn parse_stamp(s: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|_| {
            format!(
                "时间戳应为 RFC 3339，如 2026-12-01T08:00:00Z：{s} / stamp must be RFC 3339: {s}"
            )
        })
}

fn lang(s: &str) -> Lang {
    if s == "en" {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// The drafts of a folder (or the one draft a file is): `(name, draft)` for each readable one,
/// and the unreadable ones with why. Names are file stems; files are read in name order.
/// The readable drafts of a folder, `(name, draft)` each, and the unreadable ones.
type Drafts = (Vec<(String, Draft)>, Vec<Unreadable>);

pub fn read_drafts(path: &Path) -> Result<Drafts, Error> {
    let stem = |p: &Path| {
        p.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    if !path.is_dir() {
        let d = storage::read_draft(path)?;
        return Ok((vec![(stem(path), d)], vec![]));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| Error::io(path, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension().is_some_and(|x| x == "json")
                && !p.to_string_lossy().ends_with(".expected.json")
        })
        .collect();
    files.sort();
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for f in files {
        match storage::read_draft(&f) {
            Ok(d) => ok.push((stem(&f), d)),
            Err(e) => bad.push(Unreadable {
                name: stem(&f),
                message_zh: e.message_zh(),
                message_en: e.message_en(),
            }),
        }
    }
    Ok((ok, bad))
}

pub fn diff(a: DiffArgs) -> Result<u8, Error> {
    let draft = storage::read_draft(&a.draft)?;
    let Some(report) = change::compare(&draft) else {
        let msg = "草稿没有已备案信息（filed），无从比较：变更备案请先填写已备案的主体和网站。 / The draft holds no filed state (`filed`) to compare with: for a change filing, enter the entity and websites as filed.";
        if a.format == "json" {
            print_json(&serde_json::json!({ "operations": [], "changes": [], "message": msg }));
        } else {
            println!("{msg}");
        }
        return Ok(1);
    };
    if a.format == "json" {
        print_json(&report);
        return Ok(0);
    }
    if report.is_empty() {
        println!("与已备案信息相同，没有变更 / Same as the filing on record: nothing changed");
        return Ok(0);
    }
    println!("备案操作 / Filing operations:");
    for op in &report.operations {
        let sites = if op.websites.is_empty() {
            String::new()
        } else {
            format!("：{}", op.websites.join("、"))
        };
        println!("  - {} / {}{sites}", op.name_zh, op.name_en);
    }
    println!("变更内容 / Changes:");
    for c in &report.changes {
        let what = match c.kind {
            ChangeKind::Changed => format!("“{}” → “{}”", c.before, c.after),
            ChangeKind::Added => format!("新增 / added “{}”", c.after),
            ChangeKind::Removed => format!("删除 / removed “{}”", c.before),
        };
        println!("  {} / {} ({}): {what}", c.label_zh, c.label_en, c.path);
    }
    println!("运行 `icp-filing check` 查看哪些变更不被允许 / run `icp-filing check` for what a change may not do");
    Ok(0)
}

fn rows(path: &Path, today: NaiveDate) -> Result<(Vec<Row>, Vec<Unreadable>), Error> {
    let set = rules::builtin()?;
    let (drafts, bad) = read_drafts(path)?;
    Ok((workspace::rows(&drafts, set, today), bad))
}

pub fn workspace(a: WorkspaceArgs) -> Result<u8, Error> {
    let today = crate::today_or(a.today);
    let (rows, bad) = rows(&a.dir, today)?;
    let l = lang(&a.lang);
    match a.format.as_str() {
        "csv" => print!("{}", workspace::to_csv(&rows, &bad, l)),
        "markdown" => print!("{}", workspace::to_markdown(&rows, &bad, l)),
        "json" => print_json(&serde_json::json!({ "drafts": rows, "unreadable": bad })),
        _ => {
            for r in &rows {
                let next = r
                    .next
                    .as_ref()
                    .map(|e| format!("{} {}", e.date, e.summary_zh))
                    .unwrap_or_else(|| "—".into());
                println!(
                    "{}  {}  {}  {}  {}  错误/errors {}  警告/warnings {}  下一个日期/next: {next}",
                    r.name,
                    if r.entity.is_empty() {
                        "（未填写主体）"
                    } else {
                        &r.entity
                    },
                    r.province.name_zh(),
                    r.kind.name_zh(),
                    r.status.name_zh(),
                    r.errors,
                    r.warnings
                );
            }
            for u in &bad {
                println!("{}  无法读取 / unreadable: {}", u.name, u.message_zh);
            }
        }
    }
    Ok(if bad.is_empty() { 0 } else { 2 })
}

fn all_events(path: &Path) -> Result<(Vec<calendar::Event>, Vec<Unreadable>), Error> {
    let set = rules::builtin()?;
    let (drafts, bad) = read_drafts(path)?;
    let mut events: Vec<calendar::Event> = drafts
        .iter()
        .flat_map(|(n, d)| calendar::events(n, d, set))
        .collect();
    events.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.uid.cmp(&b.uid)));
    Ok((events, bad))
}

pub fn calendar(a: CalendarArgs) -> Result<u8, Error> {
    let (events, bad) = all_events(&a.dir)?;
    for u in &bad {
        eprintln!(
            "跳过无法读取的草稿 / skipped unreadable draft {}: {}",
            u.name, u.message_zh
        );
    }
    if a.format == "json" {
        print_json(&serde_json::json!({ "events": events, "unreadable": bad }));
        return Ok(0);
    }
    let stamp = a.stamp.unwrap_or_else(Utc::now);
    let ics = calendar::to_ics(&events, stamp, lang(&a.lang));
    match &a.out {
        Some(out) => {
            storage::write_atomic(out, ics.as_bytes())?;
            println!(
                "已写入 {} 个日期 / wrote {} dates: {}",
                events.len(),
                events.len(),
                out.display()
            );
        }
        None => print!("{ics}"),
    }
    Ok(0)
}

pub fn footer(a: FooterArgs) -> Result<u8, Error> {
    let draft = storage::read_draft(&a.draft)?;
    let set = rules::builtin()?;
    let footers = workspace::footers(&draft, set);
    match a.format.as_str() {
        "json" => print_json(&serde_json::json!({
            "footers": footers,
            "police_steps": workspace::police_steps(set),
        })),
        "html" => {
            for f in &footers {
                if !f.html.is_empty() {
                    println!("<!-- {} -->\n{}", f.name.replace("--", "－－"), f.html);
                }
            }
        }
        _ => {
            for f in &footers {
                println!("网站 / Website {}：{}", f.website + 1, f.name);
                if f.html.is_empty() {
                    println!("  （尚无备案号 / no number yet）");
                } else {
                    println!("  HTML: {}", f.html);
                    println!("  文本 / text: {}", f.text);
                }
                for (zh, en) in f.notes_zh.iter().zip(&f.notes_en) {
                    println!("  - {zh}\n    {en}");
                }
                println!("  来源 / sources: {}", f.source);
            }
            println!("公安联网备案 / Public-security filing:");
            for (i, s) in workspace::police_steps(set).iter().enumerate() {
                println!(
                    "  {}. {}\n     {}\n     来源 / sources: {}",
                    i + 1,
                    s.zh,
                    s.en,
                    s.source
                );
            }
        }
    }
    Ok(if footers.iter().any(|f| f.html.is_empty()) {
        1
    } else {
        0
    })
}

/// Where the export writes: a folder, or a ZIP file built in memory and written atomically.
enum Sink {
    Dir(PathBuf),
    Zip(Box<zip::ZipWriter<std::io::Cursor<Vec<u8>>>>, PathBuf),
}

impl Sink {
    fn put(&mut self, rel: &str, bytes: &[u8]) -> Result<(), Error> {
        match self {
            Sink::Dir(root) => {
                let path = root.join(rel);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                }
                storage::write_atomic(&path, bytes)
            }
            Sink::Zip(z, out) => {
                let opts = zip::write::SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Deflated)
                    // A fixed time: the same drafts give the same archive.
                    .last_modified_time(zip::DateTime::default());
                let io = |e: std::io::Error| Error::io(out.as_path(), e);
                z.start_file(rel, opts)
                    .map_err(|e| io(std::io::Error::other(e)))?;
                z.write_all(bytes).map_err(io)
            }
        }
    }
    fn finish(self) -> Result<(), Error> {
        match self {
            Sink::Dir(_) => Ok(()),
            Sink::Zip(z, out) => {
                let cursor = (*z)
                    .finish()
                    .map_err(|e| Error::io(&out, std::io::Error::other(e)))?;
                storage::write_atomic(&out, &cursor.into_inner())
            }
        }
    }
}

fn checklist_markdown(list: &checklist::Checklist) -> String {
    let mut s = String::from("# 材料清单 / Materials checklist\n\n");
    for (i, item) in list.items.iter().enumerate() {
        let subject = if item.subject.is_empty() {
            String::new()
        } else {
            format!("（{}）", item.subject)
        };
        s.push_str(&format!(
            "{}. [ ] {}{subject} / {}\n   - {}\n   - 来源 / sources: {}\n",
            i + 1,
            item.name_zh,
            item.name_en,
            item.reason_zh,
            item.source
        ));
    }
    s
}

pub fn export(a: ExportArgs) -> Result<u8, Error> {
    let today = crate::today_or(a.today);
    let set = rules::builtin()?;
    let (drafts, bad) = read_drafts(&a.dir)?;
    let zip = a
        .out
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("zip"));
    let mut sink = if zip {
        Sink::Zip(
            Box::new(zip::ZipWriter::new(std::io::Cursor::new(Vec::new()))),
            a.out.clone(),
        )
    } else {
        std::fs::create_dir_all(&a.out).map_err(|e| Error::io(&a.out, e))?;
        Sink::Dir(a.out.clone())
    };
    let mut rows = Vec::new();
    let mut written = Vec::new();
    let mut problems = Vec::new();
    let subjects = workspace::subjects_of(drafts.iter().map(|(_, d)| d));
    for (name, draft) in &drafts {
        let row = workspace::row(name, draft, set, today, &subjects);
        let list = checklist::build(draft, set, today);
        let mut put = |rel: String, bytes: &[u8]| -> Result<(), Error> {
            sink.put(&rel, bytes)?;
            written.push(rel);
            Ok(())
        };
        put(
            format!("{name}/checklist.md"),
            checklist_markdown(&list).as_bytes(),
        )?;
        put(
            format!("{name}/checklist.json"),
            serde_json::to_string_pretty(&list)
                .unwrap_or_default()
                .as_bytes(),
        )?;
        match letters::render_needed(draft, &list, today) {
            Ok(pdfs) => {
                for (kind, pdf) in pdfs {
                    let file = letters::files::letter_file(kind, draft, &list);
                    put(format!("{name}/letters/{file}"), &pdf)?;
                }
            }
            Err(e) => problems.push(format!("{name}: {e}")),
        }
        // Photos beside the draft, prepared for upload and named in checklist order.
        let photos = a.dir.join(format!("{name}.photos"));
        if photos.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&photos)
                .map_err(|e| Error::io(&photos, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            files.sort();
            for f in files {
                let stem = f
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let position = list.items.iter().position(|i| {
                    i.material == stem || i.image_kind.as_deref() == Some(stem.as_str())
                });
                let kind_code = position
                    .and_then(|p| list.items[p].image_kind.clone())
                    .unwrap_or_else(|| stem.clone());
                let Ok(kind) = kind_code.parse::<images::MaterialKind>() else {
                    problems.push(format!(
                        "{}: 文件名不是材料或图片类型 / the name is no material or image kind",
                        f.display()
                    ));
                    continue;
                };
                let bytes = std::fs::read(&f).map_err(|e| Error::io(&f, e))?;
                let mut req = images::PrepareRequest::new(kind);
                req.system = a.system.clone();
                match images::prepare(&bytes, &req) {
                    Ok(p) => {
                        let (index, material, subject) = match position {
                            Some(i) => {
                                let item = &list.items[i];
                                let subject = if item.subject.is_empty() {
                                    draft.entity.name.trim().to_string()
                                } else {
                                    item.subject.clone()
                                };
                                (i + 1, item.name_zh.clone(), subject)
                            }
                            None => (
                                list.items.len() + 1,
                                kind.name_zh().to_string(),
                                draft.entity.name.trim().to_string(),
                            ),
                        };
                        let file = images::export_name(&material, &subject, index);
                        put(format!("{name}/images/{file}"), &p.jpeg)?;
                    }
                    Err(e) => problems.push(format!("{}: {e}", f.display())),
                }
            }
        }
        rows.push(row);
    }
    let events: Vec<calendar::Event> = rows.iter().flat_map(|r| r.events.clone()).collect();
    let stamp = a.stamp.unwrap_or_else(Utc::now);
    for (rel, bytes) in [
        ("summary.csv", workspace::to_csv(&rows, &bad, Lang::Zh)),
        ("summary.md", workspace::to_markdown(&rows, &bad, Lang::Zh)),
        ("calendar.ics", calendar::to_ics(&events, stamp, Lang::Zh)),
    ] {
        sink.put(rel, bytes.as_bytes())?;
        written.push(rel.to_string());
    }
    sink.finish()?;
    for u in &bad {
        problems.push(format!("{}: {}", u.name, u.message_zh));
    }
    if a.format == "json" {
        print_json(&serde_json::json!({
            "out": a.out.display().to_string(),
            "drafts": rows.len(),
            "files": written,
            "problems": problems,
        }));
    } else {
        println!(
            "已导出 {} 份草稿、{} 个文件 / exported {} drafts, {} files: {}",
            rows.len(),
            written.len(),
            rows.len(),
            written.len(),
            a.out.display()
        );
        for p in &problems {
            eprintln!("  ! {p}");
        }
    }
    Ok(if problems.is_empty() { 0 } else { 2 })
}
