//! ICP Filing Assistant (备案助手) core library.
//!
//! Offline, pre-submission checks of an ICP filing draft against national and per-province rules,
//! the materials checklist, printable letters (PDF) and upload-ready images. The core never reads
//! the clock or application folders: "today" and every path are passed in by the caller (the CLI
//! `icp-filing` or the Tauri shell in `src-tauri/`).
//!
//! Findings about the applicant's data are values ([`finding::Finding`]); operational failures
//! (unreadable file, bad rule data) are [`Error`]s.

pub mod calendar;
pub mod change;
pub mod checklist;
pub mod contact;
pub mod divisions;
pub mod domain;
pub mod draft;
pub mod engine;
pub mod examples;
pub mod field_path;
pub mod finding;
pub mod fonts;
pub mod identity;
pub mod images;
pub mod labels;
pub mod letters;
pub mod province;
pub mod rules;
pub mod storage;
pub mod subjects;
pub mod text;
pub mod workspace;

pub use draft::Draft;
pub use field_path::FieldPath;
pub use finding::{Finding, Severity};
pub use province::Province;

/// Largest draft file accepted (a real draft is a few KB).
pub const MAX_DRAFT_BYTES: usize = 4 * 1024 * 1024;

/// Operational errors of the core. Each has a Chinese and an English message.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The draft is not valid JSON or does not match the format.
    #[error("草稿文件格式错误（第 {line} 行第 {column} 列）：{detail} / The draft is not valid (line {line}, column {column}): {detail}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// serde's description, naming the field.
        detail: String,
    },
    /// The draft has no schema_version.
    #[error("草稿缺少 schema_version 字段，无法识别格式 / The draft has no schema_version field")]
    MissingSchemaVersion,
    /// The draft was written by a different format version.
    #[error("草稿格式版本 {found} 不受支持（本程序读取版本 1）/ Draft format version {found} is not supported (this build reads version 1)")]
    SchemaVersion {
        /// The version found in the file.
        found: u64,
    },
    /// The input is larger than any real draft.
    #[error("文件过大（{bytes} 字节），不是有效的草稿 / The file is too large ({bytes} bytes) to be a draft")]
    TooLarge {
        /// Size in bytes.
        bytes: usize,
    },
    /// A rule data file is invalid.
    #[error("规则文件 {file} 无效：{detail} / Rule file {file} is invalid: {detail}")]
    Rules {
        /// The file, as named in assets/.
        file: String,
        /// What is wrong.
        detail: String,
    },
    /// Rule files hold problems: every one of them, with file, line and rule.
    #[error("规则文件有 {} 处错误 / {} problem(s) in the rule files:\n{}", problems.len(), problems.len(), problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
    RuleFiles {
        /// The problems.
        problems: Vec<rules::Problem>,
    },
    /// Reading or writing a file failed.
    #[error("无法读写 {path}：{source} / Cannot read or write {path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// A letter could not be produced because the draft lacks data it needs.
    #[error("{zh} / {en}")]
    Letter {
        /// Chinese message.
        zh: String,
        /// English message.
        en: String,
    },
    /// An image could not be processed.
    #[error("{zh} / {en}")]
    Image {
        /// Chinese message.
        zh: String,
        /// English message.
        en: String,
    },
}

impl Error {
    pub(crate) fn json(e: serde_json::Error) -> Error {
        Error::Json {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        }
    }

    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.as_ref().display().to_string(),
            source,
        }
    }

    /// A stable kind for the UI (`{ kind, message }` across the Tauri boundary).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Json { .. } | Error::MissingSchemaVersion | Error::TooLarge { .. } => {
                "invalid-draft"
            }
            Error::SchemaVersion { .. } => "unsupported-version",
            Error::Rules { .. } | Error::RuleFiles { .. } => "invalid-rules",
            Error::Io { .. } => "io",
            Error::Letter { .. } => "letter",
            Error::Image { .. } => "image",
        }
    }

    /// The message in Chinese alone (the `Display` text is Chinese, then English).
    pub fn message_zh(&self) -> String {
        match self {
            Error::Json {
                line,
                column,
                detail,
            } => format!("草稿文件格式错误（第 {line} 行第 {column} 列）：{detail}"),
            Error::MissingSchemaVersion => "草稿缺少 schema_version 字段，无法识别格式".to_string(),
            Error::SchemaVersion { found } => {
                format!("草稿格式版本 {found} 不受支持（本程序读取版本 1）")
            }
            Error::TooLarge { bytes } => format!("文件过大（{bytes} 字节），不是有效的草稿"),
            Error::Rules { file, detail } => format!("规则文件 {file} 无效：{detail}"),
            Error::RuleFiles { problems } => format!(
                "规则文件有 {} 处错误：\n{}",
                problems.len(),
                lines(problems)
            ),
            Error::Io { path, source } => format!("无法读写 {path}：{source}"),
            Error::Letter { zh, .. } | Error::Image { zh, .. } => zh.clone(),
        }
    }

    /// The message in English alone.
    pub fn message_en(&self) -> String {
        match self {
            Error::Json {
                line,
                column,
                detail,
            } => format!("The draft is not valid (line {line}, column {column}): {detail}"),
            Error::MissingSchemaVersion => "The draft has no schema_version field".to_string(),
            Error::SchemaVersion { found } => format!(
                "Draft format version {found} is not supported (this build reads version 1)"
            ),
            Error::TooLarge { bytes } => {
                format!("The file is too large ({bytes} bytes) to be a draft")
            }
            Error::Rules { file, detail } => format!("Rule file {file} is invalid: {detail}"),
            Error::RuleFiles { problems } => format!(
                "{} problem(s) in the rule files:\n{}",
                problems.len(),
                lines(problems)
            ),
            Error::Io { path, source } => format!("Cannot read or write {path}: {source}"),
            Error::Letter { en, .. } | Error::Image { en, .. } => en.clone(),
        }
    }

    /// The file a failure concerns, when it names one.
    pub fn path(&self) -> Option<&str> {
        match self {
            Error::Io { path, .. } => Some(path),
            _ => None,
        }
    }
}

/// Rule-file problems, one per line.
fn lines(problems: &[rules::Problem]) -> String {
    problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
