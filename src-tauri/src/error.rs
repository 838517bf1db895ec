//! The one error type that crosses the Tauri boundary: `{ kind, message_zh, message_en }`.
//!
//! `kind` is a closed set ([`ErrorKind`]), so the UI can say what to do (a corrupt draft, a file
//! that is gone, a folder it may not write); the two messages let the UI show the chosen language
//! only. serde's English parse errors ("EOF while parsing …") are put into words in Chinese here,
//! so the Chinese message never carries raw parser text.

use schemars::JsonSchema;
use serde::Serialize;

/// What went wrong, as the UI reacts to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// 草稿文件损坏或格式不对 / The draft file is corrupt or not in the draft format.
    InvalidDraft,
    /// 草稿由其他版本写入 / The draft was written by another format version.
    UnsupportedVersion,
    /// 内置规则文件无效 / A built-in rule file is invalid.
    InvalidRules,
    /// 文件或文件夹不存在 / The file or folder does not exist (moved or deleted).
    NotFound,
    /// 没有读写权限 / No permission to read or write.
    PermissionDenied,
    /// 其他读写错误 / Another read or write failure (disk full, …).
    Io,
    /// 信函无法生成 / A letter cannot be produced.
    Letter,
    /// 图片无法处理 / An image cannot be processed.
    Image,
    /// 文件对话框失败 / A file dialog failed.
    Dialog,
    /// 无法用系统程序打开 / A file could not be opened with the system program.
    Open,
    /// 其他错误 / Anything else.
    Other,
}

impl From<&str> for ErrorKind {
    /// The kind named by a shell command (`"image"`, `"open"`, …); unknown names are `Other`.
    fn from(name: &str) -> Self {
        match name {
            "invalid-draft" => Self::InvalidDraft,
            "unsupported-version" => Self::UnsupportedVersion,
            "invalid-rules" => Self::InvalidRules,
            "not-found" => Self::NotFound,
            "permission-denied" => Self::PermissionDenied,
            "io" => Self::Io,
            "letter" => Self::Letter,
            "image" => Self::Image,
            "dialog" => Self::Dialog,
            "open" => Self::Open,
            _ => Self::Other,
        }
    }
}

/// An error returned by a command.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct CommandError {
    /// What went wrong, for the UI to say what to do.
    pub kind: ErrorKind,
    /// 中文说明 / The message in Chinese.
    pub message_zh: String,
    /// The message in English.
    pub message_en: String,
}

impl CommandError {
    /// An error of the shell itself, with its Chinese and English text.
    pub fn shell(kind: impl Into<ErrorKind>, zh: &str, en: &str) -> CommandError {
        CommandError {
            kind: kind.into(),
            message_zh: zh.to_string(),
            message_en: en.to_string(),
        }
    }
}

impl From<icp_filing::Error> for CommandError {
    fn from(e: icp_filing::Error) -> Self {
        use icp_filing::Error as E;
        let (kind, zh, en) = match &e {
            E::Json {
                line,
                column,
                detail,
            } => (
                ErrorKind::InvalidDraft,
                format!(
                    "草稿文件格式错误（第 {line} 行第 {column} 列）：{}",
                    serde_detail_zh(detail)
                ),
                format!(
                    "The draft is not valid (line {line}, column {column}): {}",
                    without_place(detail)
                ),
            ),
            E::Io { path, source } => {
                let kind = match source.kind() {
                    std::io::ErrorKind::NotFound => ErrorKind::NotFound,
                    std::io::ErrorKind::PermissionDenied => ErrorKind::PermissionDenied,
                    _ => ErrorKind::Io,
                };
                // The core's own I/O errors carry a "中文 / English" text; OS errors do not.
                let (zh, en) = match source.get_ref().map(|inner| inner.to_string()) {
                    Some(text) => split_bilingual(&text),
                    None => (io_zh(source).to_string(), source.to_string()),
                };
                (
                    kind,
                    format!("无法读写 {path}：{zh}"),
                    format!("Cannot read or write {path}: {en}"),
                )
            }
            E::Letter { zh, en } | E::Image { zh, en } => {
                (ErrorKind::from(e.kind()), zh.clone(), en.clone())
            }
            // The other variants carry no foreign text: their Display is "中文 / English".
            _ => {
                let (zh, en) = split_bilingual(&e.to_string());
                (ErrorKind::from(e.kind()), zh, en)
            }
        };
        CommandError {
            kind,
            message_zh: zh,
            message_en: en,
        }
    }
}

/// Splits a "中文 / English" text at the first "/ " that starts the English part.
fn split_bilingual(text: &str) -> (String, String) {
    let at = text.match_indices("/ ").map(|(i, _)| i).find(|&i| {
        text[i + 2..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
    });
    match at {
        Some(i) => (
            text[..i].trim().to_string(),
            text[i + 2..].trim().to_string(),
        ),
        None => (text.to_string(), text.to_string()),
    }
}

/// serde's description without the " at line L column C" it appends (the message names the place
/// already).
fn without_place(detail: &str) -> &str {
    detail
        .rsplit_once(" at line ")
        .map_or(detail, |(head, _)| head)
}

/// serde_json's description of a parse error, in Chinese. Field and value names are kept as they
/// are (they are the draft format's own words).
fn serde_detail_zh(detail: &str) -> String {
    let detail = without_place(detail);
    let quoted = |prefix: &str| {
        detail
            .strip_prefix(prefix)
            .map(|rest| rest.split('`').next().unwrap_or("").to_string())
    };
    if detail.starts_with("EOF while parsing") {
        "文件在中途结束，内容不完整（可能没有保存完）".to_string()
    } else if let Some(field) = quoted("missing field `") {
        format!("缺少字段 {field}")
    } else if let Some(field) = quoted("unknown field `") {
        format!("含有本程序不认识的字段 {field}")
    } else if let Some(value) = quoted("unknown variant `") {
        format!("取值 {value} 不在可选范围内")
    } else if let Some(field) = quoted("duplicate field `") {
        format!("字段 {field} 出现了两次")
    } else if detail.starts_with("invalid type") {
        "某个字段的类型不对（例如应为文字却是数字）".to_string()
    } else if detail.starts_with("trailing") {
        "有效内容之后还有多余的字符".to_string()
    } else if detail.starts_with("premature end") {
        "日期或数值不完整".to_string()
    } else if detail.contains("input contains invalid characters")
        || detail.contains("input is out of range")
        || detail.contains("input is not enough")
    {
        "日期格式不对（应为 YYYY-MM-DD）".to_string()
    } else {
        "不是有效的 JSON 草稿文件".to_string()
    }
}

/// An OS error in Chinese, by its kind.
fn io_zh(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "文件或文件夹不存在",
        std::io::ErrorKind::PermissionDenied => "没有权限",
        std::io::ErrorKind::AlreadyExists => "文件已存在",
        std::io::ErrorKind::InvalidInput => "名称或路径无效",
        std::io::ErrorKind::InvalidData => "文件内容无效",
        std::io::ErrorKind::StorageFull => "磁盘已满",
        _ => "系统读写错误",
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:?}: {} / {}",
            self.kind, self.message_zh, self.message_en
        )
    }
}

/// Result of a command.
pub type CommandResult<T> = Result<T, CommandError>;
