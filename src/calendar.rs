//! The agency calendar: the dates that matter across drafts (IDs, certificates and domains that
//! expire, a signed 核验单 that lapses, the 12381 SMS after submission, the public-security filing
//! due 30 days after a website goes online), each with what to do and its sources, as data
//! (`assets/after-approval.toml`), and exported as iCalendar (RFC 5545) with the `icalendar` crate.
//!
//! The core never reads the clock: the export's time stamp is passed in. Event UIDs are made from
//! the draft's name, the date's kind, the field and the date, so exporting again gives the same
//! UIDs and a calendar application updates its events instead of doubling them.

use chrono::{DateTime, Duration, Months, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, EventLike};
use schemars::JsonSchema;
use serde::Serialize;

use crate::draft::{Draft, FilingStatus, Person};
use crate::labels::Role;
use crate::rules::after::{source_line, DateKind, DateRule};
use crate::rules::RuleSet;

/// One date in the calendar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Event {
    /// Stable UID (the same for the same draft, kind, field and date).
    pub uid: String,
    /// The draft's name (its file stem in the workspace).
    pub draft: String,
    /// The date's kind (`person-id-expiry`, `police-filing-due`, …).
    pub kind: String,
    /// The date.
    pub date: NaiveDate,
    /// The alarm this many days before (0: on the day).
    pub remind_days: u32,
    /// Title, Chinese.
    pub summary_zh: String,
    /// Title, English.
    pub summary_en: String,
    /// What to do, Chinese.
    pub note_zh: String,
    /// What to do, English.
    pub note_en: String,
    /// Sources, one line.
    pub source: String,
    /// The draft field the date comes from.
    pub field: String,
}

/// The language of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// Chinese.
    Zh,
    /// English.
    En,
}

fn fill(template: &str, params: &[(&str, &str)]) -> String {
    let mut s = template.to_string();
    for (k, v) in params {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

/// FNV-1a, for short stable UIDs (not for security).
fn fnv(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

struct Maker<'a> {
    name: &'a str,
    subject: String,
    out: Vec<Event>,
}

impl Maker<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        rule: &DateRule,
        date: NaiveDate,
        field: String,
        params: &[(&str, &str)],
        params_en: &[(&str, &str)],
        extra_source: Option<String>,
    ) {
        let mut p: Vec<(&str, &str)> = vec![("subject", self.subject.as_str())];
        p.extend_from_slice(params);
        let mut pe: Vec<(&str, &str)> = vec![("subject", self.subject.as_str())];
        pe.extend_from_slice(params_en);
        let mut source = source_line(&rule.sources);
        if let Some(extra) = extra_source {
            if !source.is_empty() {
                source.push_str("; ");
            }
            source.push_str(&extra);
        }
        let uid = format!(
            "{}-{:016x}@icp-filing",
            rule.id,
            fnv(&format!("{}\u{0}{}\u{0}{}", self.name, field, date))
        );
        self.out.push(Event {
            uid,
            draft: self.name.to_string(),
            kind: rule.id.clone(),
            date,
            remind_days: rule.remind_days,
            summary_zh: fill(&rule.summary_zh, &p),
            summary_en: fill(&rule.summary_en, &pe),
            note_zh: rule.note_zh.clone(),
            note_en: rule.note_en.clone(),
            source,
            field,
        });
    }
}

/// The persons of a draft with their path and role, each ID once.
fn persons(draft: &Draft) -> Vec<(String, Role, &Person)> {
    let mut out: Vec<(String, Role, &Person)> = Vec::new();
    let first = if draft.entity.kind == crate::draft::EntityKind::Individual {
        Role::Individual
    } else {
        Role::EntityPrincipal
    };
    out.push(("entity.principal".into(), first, &draft.entity.principal));
    for (i, w) in draft.websites.iter().enumerate() {
        out.push((
            format!("websites[{i}].principal"),
            Role::WebsitePrincipal,
            &w.principal,
        ));
    }
    let mut seen: Vec<(String, Option<NaiveDate>)> = Vec::new();
    out.retain(|(_, _, p)| {
        let key = (p.id.number.trim().to_uppercase(), p.id.validity.end);
        if !key.0.is_empty() && seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
    out
}

/// The calendar dates of one draft, in date order.
pub fn events(name: &str, draft: &Draft, rules: &RuleSet) -> Vec<Event> {
    let subject = if draft.entity.name.trim().is_empty() {
        name.to_string()
    } else {
        draft.entity.name.trim().to_string()
    };
    let mut m = Maker {
        name,
        subject,
        out: Vec::new(),
    };
    let status = draft.application.status;
    for rule in &rules.after.dates {
        match rule.what {
            DateKind::PersonId => {
                for (path, role, p) in persons(draft) {
                    if p.id.validity.long_term {
                        continue;
                    }
                    if let Some(end) = p.id.validity.end {
                        let person = p.name.trim();
                        m.push(
                            rule,
                            end,
                            format!("{path}.id.validity.end"),
                            &[("person", person), ("role", role.name_zh())],
                            &[("person", person), ("role", role.name_en())],
                            None,
                        );
                    }
                }
            }
            DateKind::EntityCertificate => {
                let c = &draft.entity.certificate;
                // An individual's certificate is the principal's ID, already listed.
                if draft.entity.kind == crate::draft::EntityKind::Individual || c.validity.long_term
                {
                    continue;
                }
                if let Some(end) = c.validity.end {
                    m.push(
                        rule,
                        end,
                        "entity.certificate.validity.end".into(),
                        &[],
                        &[],
                        None,
                    );
                }
            }
            DateKind::Domain => {
                for (i, w) in draft.websites.iter().enumerate() {
                    for (j, d) in w.domains.iter().enumerate() {
                        if let Some(end) = d.expiry {
                            let name = d.name.trim();
                            m.push(
                                rule,
                                end,
                                format!("websites[{i}].domains[{j}].expiry"),
                                &[("domain", name)],
                                &[("domain", name)],
                                None,
                            );
                        }
                    }
                }
            }
            DateKind::VerificationForm => {
                let (Some(signed), Some(v)) = (
                    draft.application.verification_form_date,
                    rules.after.form_validity(draft.application.province),
                ) else {
                    continue;
                };
                if status != FilingStatus::Draft {
                    continue;
                }
                if let Some(end) = signed.checked_add_months(Months::new(v.months)) {
                    m.push(
                        rule,
                        end,
                        "application.verification_form_date".into(),
                        &[],
                        &[],
                        Some(source_line(&v.sources)),
                    );
                }
            }
            DateKind::SmsVerification => {
                if !matches!(
                    status,
                    FilingStatus::Submitted | FilingStatus::ChangePending
                ) {
                    continue;
                }
                if let Some(day) = draft.application.submitted_on {
                    m.push(rule, day, "application.submitted_on".into(), &[], &[], None);
                }
            }
            DateKind::PoliceFiling => {
                for (i, w) in draft.websites.iter().enumerate() {
                    if !w.police_filing_number.trim().is_empty() {
                        continue;
                    }
                    if let Some(online) = w.online_since {
                        let due = online + Duration::days(i64::from(rule.days));
                        let site = w.name.trim();
                        m.push(
                            rule,
                            due,
                            format!("websites[{i}].online_since"),
                            &[("website", site)],
                            &[("website", site)],
                            None,
                        );
                    }
                }
            }
        }
    }
    let mut out = m.out;
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.uid.cmp(&b.uid)));
    out
}

/// The first date on or after `today`, if any.
pub fn next_date(events: &[Event], today: NaiveDate) -> Option<&Event> {
    events
        .iter()
        .filter(|e| e.date >= today)
        .min_by_key(|e| e.date)
}

/// The events as an iCalendar file: one all-day event each, with a display alarm
/// `remind_days` before, the note and sources in the description. `stamp` is the export time
/// (DTSTAMP); the core does not read the clock.
pub fn to_ics(events: &[Event], stamp: DateTime<Utc>, lang: Lang) -> String {
    let mut cal = Calendar::new();
    cal.name(match lang {
        Lang::Zh => "备案助手：备案日程",
        Lang::En => "ICP Filing Assistant: filing dates",
    });
    // In date order whatever order the drafts came in, so the same dates give the same file.
    let mut sorted: Vec<&Event> = events.iter().collect();
    sorted.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.uid.cmp(&b.uid)));
    for e in sorted {
        let (summary, note, source_label, draft_label) = match lang {
            Lang::Zh => (&e.summary_zh, &e.note_zh, "来源", "草稿"),
            Lang::En => (&e.summary_en, &e.note_en, "Sources", "Draft"),
        };
        let description = format!(
            "{note}\n{source_label}: {}\n{draft_label}: {} ({})",
            e.source, e.draft, e.field
        );
        let mut ev = icalendar::Event::new();
        ev.uid(&e.uid)
            .timestamp(stamp)
            .summary(summary)
            .description(&description)
            // An all-day event ends (exclusively) the next day (RFC 5545 §3.6.1).
            .starts(e.date)
            .ends(e.date + Duration::days(1))
            .add_property("CATEGORIES", &e.kind);
        // The crate fills a missing DTSTAMP with the clock and a missing UID with a random one;
        // both are set, so the export depends only on its input.
        let mut alarm = Alarm::display(summary, -Duration::days(i64::from(e.remind_days)));
        alarm.timestamp(stamp).uid(&format!("alarm-{}", e.uid));
        ev.alarm(alarm);
        cal.push(ev.done());
    }
    cal.done().to_string()
}
