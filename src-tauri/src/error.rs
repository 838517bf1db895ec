//! The one error type that crosses the Tauri boundary: `{ kind, message }`.
//!
//! `kind` is stable (the core's [`icp_filing::Error::kind`] or a shell kind such as `dialog`), so
//! the UI can react to it; `message` is the bilingual text (Chinese / English) shown to the user.

use schemars::JsonSchema;
use serde::Serialize;

/// An error returned by a command.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct CommandError {
    /// Stable kind: invalid-draft, unsupported-version, invalid-rules, io, letter, image, dialog,
    /// open.
    pub kind: String,
    /// 中文 / English message.
    pub message: String,
}

impl CommandError {
    /// An error of the shell itself, with its Chinese and English text.
    pub fn shell(kind: &str, zh: &str, en: &str) -> CommandError {
        CommandError {
            kind: kind.to_string(),
            message: format!("{zh} / {en}"),
        }
    }
}

impl From<icp_filing::Error> for CommandError {
    fn from(e: icp_filing::Error) -> Self {
        CommandError {
            kind: e.kind().to_string(),
            message: e.to_string(),
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

/// Result of a command.
pub type CommandResult<T> = Result<T, CommandError>;
