//! How the CLI reports a failure: the message (Chinese / English) on stderr, and in JSON mode
//! also one object on stdout, `{kind, message_zh, message_en, path}`, so a script reading the
//! JSON never gets `null` or nothing.

use std::path::Path;

use icp_filing::Error;

/// The JSON error object of a failure. `path` is the file the error names, else `input`.
pub fn error_object(error: &Error, input: Option<&Path>) -> serde_json::Value {
    let path = error
        .path()
        .map(str::to_string)
        .or_else(|| input.map(|p| p.display().to_string()));
    serde_json::json!({
        "kind": error.kind(),
        "message_zh": error.message_zh(),
        "message_en": error.message_en(),
        "path": path,
    })
}

/// Writes a failure: always the message on stderr; in JSON mode the object on stdout too.
pub fn report_error(error: &Error, input: Option<&Path>, json: bool) {
    eprintln!("{error}");
    if json {
        print_json(&error_object(error, input));
    }
}

/// Pretty JSON on stdout.
pub fn print_json(value: &impl serde::Serialize) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"),
        // Only a serialiser bug could get here; say so instead of printing nothing.
        Err(e) => eprintln!("JSON 输出失败 / cannot write JSON: {e}"),
    }
}
