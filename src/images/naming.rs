//! File names for exported materials: readable (Chinese allowed), sortable in checklist order and
//! safe on Windows, macOS and Linux.

use unicode_normalization::UnicodeNormalization;

/// Longest stem kept, in characters (file systems allow 255 bytes; CJK takes 3 bytes a character).
const MAX_STEM_CHARS: usize = 72;

/// Characters Windows refuses in file names, plus path separators everywhere.
fn forbidden(c: char) -> bool {
    matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*') || c.is_control()
}

/// Makes one name part safe: forbidden characters and runs of whitespace become `_`/one space,
/// leading/trailing dots and spaces go (Windows drops trailing ones silently).
fn clean(part: &str) -> String {
    let mut out = String::new();
    let mut last_space = false;
    for c in part.nfc() {
        if forbidden(c) {
            out.push('_');
            last_space = false;
        } else if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
    }
    out.trim_matches(|c: char| c == '.' || c == ' ' || c == '_')
        .to_string()
}

/// The export file name of one prepared material, e.g.
/// `export_name("身份证人像面", "张三", 3)` → `03_身份证人像面_张三.jpg`.
///
/// `material_id` may be an id (`principal-id-scan`) or a Chinese material name; `subject` (a
/// person, a domain) is left out when empty; `index` is written as given, two digits at least, so
/// the files sort in checklist order. Always ends in `.jpg`, never a reserved Windows name
/// (the index comes first), never longer than 72 characters before the extension.
pub fn export_name(material_id: &str, subject: &str, index: usize) -> String {
    file_name(index, material_id, subject, "jpg")
}

/// A numbered file name `NN_material_subject.ext` made safe as [`export_name`] describes, for
/// any extension (`pdf` for letters).
pub fn file_name(index: usize, material: &str, subject: &str, ext: &str) -> String {
    let material = clean(material);
    let subject = clean(subject);
    let mut stem = format!("{index:02}");
    if !material.is_empty() {
        stem.push('_');
        stem.push_str(&material);
    }
    if !subject.is_empty() {
        stem.push('_');
        stem.push_str(&subject);
    }
    let stem: String = stem.chars().take(MAX_STEM_CHARS).collect();
    let stem = stem.trim_end_matches(['.', ' ', '_']);
    format!("{stem}.{ext}")
}
