//! The source catalogue `assets/sources.toml`: every public document a rule rests on, once, with
//! its publisher, title, URL, the date the document itself carries, when it was read, and a
//! reliability class. Rules cite sources by id; an unknown id is a load error.
//!
//! Leaves out: which rules cite what (the rule files), and the severity policy (see
//! [`crate::rules`]).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;

use super::Problem;
use crate::finding::{Reliability, Source};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogue {
    source: Vec<toml::Spanned<RawSource>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    publisher: String,
    title: String,
    #[serde(default)]
    url: Option<String>,
    date: String,
    read: String,
    reliability: Reliability,
    /// Caveats for the reader of the catalogue (mirror used, per-file dates); not shown to users.
    #[serde(default, rename = "note")]
    _note: String,
}

/// A citation in a rule file: a catalogue id, the cited page's own date where it differs from
/// the catalogue's, and what the source says for this rule.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Citation {
    pub id: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub note: String,
}

/// The catalogue, by id.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    entries: BTreeMap<String, Source>,
}

/// True for `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `undated`.
pub fn valid_date(d: &str) -> bool {
    if d == "undated" {
        return true;
    }
    let parts: Vec<&str> = d.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, day] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(day, 2)
                && chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok()
        }
        _ => false,
    }
}

impl Catalogue {
    /// Reads the catalogue; problems are added to `problems`.
    pub(crate) fn load(file: (&str, &str), problems: &mut Vec<Problem>) -> Catalogue {
        let mut cat = Catalogue::default();
        let raw: RawCatalogue = match toml::from_str(file.1) {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem::toml(file, &e));
                return cat;
            }
        };
        for s in raw.source {
            let line = super::line_of(file.1, s.span().start);
            let s = s.into_inner();
            let mut bad = |message: String| {
                problems.push(Problem {
                    file: file.0.into(),
                    line: Some(line),
                    rule: Some(format!("source {}", s.id)),
                    message,
                })
            };
            if !super::is_kebab(&s.id) {
                bad("id must be kebab-case".into());
            }
            if s.publisher.trim().is_empty() || s.title.trim().is_empty() {
                bad("needs publisher and title".into());
            }
            if !valid_date(&s.date) || !valid_date(&s.read) || s.read == "undated" {
                bad(format!(
                    "date “{}” / read “{}” must be YYYY, YYYY-MM, YYYY-MM-DD (date may be undated)",
                    s.date, s.read
                ));
            }
            let entry = Source {
                id: s.id.clone(),
                publisher: s.publisher,
                title: s.title,
                url: s.url,
                date: s.date,
                read: s.read,
                reliability: s.reliability,
                note: String::new(),
            };
            if cat.entries.insert(s.id.clone(), entry).is_some() {
                bad("id is used twice".into());
            }
        }
        cat
    }

    /// Resolves a citation; `Err` names the problem.
    pub(crate) fn cite(&self, c: &Citation) -> Result<Arc<Source>, String> {
        let entry = self
            .entries
            .get(&c.id)
            .ok_or_else(|| format!("unknown source id `{}` (not in assets/sources.toml)", c.id))?;
        let mut s = entry.clone();
        if let Some(d) = &c.date {
            if !valid_date(d) {
                return Err(format!("source {}: date “{d}” is not YYYY[-MM[-DD]]", c.id));
            }
            s.date = d.clone();
        }
        s.note = c.note.clone();
        Ok(Arc::new(s))
    }

    /// Every entry.
    pub fn entries(&self) -> impl Iterator<Item = &Source> {
        self.entries.values()
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.entries.get(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for ok in ["2024", "2024-04", "2024-04-01", "undated"] {
            assert!(valid_date(ok), "{ok}");
        }
        for bad in ["", "2024-4-1", "before 2017", "2024-02-30", "1999 (GB)"] {
            assert!(!valid_date(bad), "{bad}");
        }
    }
}
