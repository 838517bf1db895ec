//! Application-level checks: reminders, required fields, the application kind and filing number,
//! remarks and descriptions, languages, and whether the rules themselves may be out of date.

use crate::draft::ApplicationKind;
use crate::engine::{date, Ctx, Hit};
use crate::field_path::FieldPath;
use crate::identity::parse_filing_number;
use crate::rules::check::{ApplicationCase, FieldLabel};
use crate::text;

pub(super) fn always(out: &mut Vec<Hit>) {
    out.push(Hit::at(FieldPath::root()));
}

pub(super) fn rules_stale(ctx: &Ctx, days: u32, out: &mut Vec<Hit>) {
    let Some(as_of) = ctx.rules.as_of() else {
        return;
    };
    let age = (ctx.submission - as_of).num_days();
    if age > i64::from(days) {
        out.push(
            Hit::at(FieldPath::root())
                .text("as_of", date(as_of))
                .text("days", age.to_string()),
        );
    }
}

pub(super) fn required(ctx: &Ctx, fields: &[FieldLabel], out: &mut Vec<Hit>) {
    let value = ctx.value();
    for f in fields {
        f.path.visit(value, &mut |at, v| {
            let missing = match v {
                serde_json::Value::Null => true,
                serde_json::Value::String(s) => s.trim().is_empty(),
                serde_json::Value::Array(a) => a.is_empty(),
                _ => false,
            };
            if missing {
                out.push(Hit::at(FieldPath::from_steps(at)).label(
                    "field",
                    f.zh.clone(),
                    f.en.clone(),
                ));
            }
        });
    }
}

pub(super) fn application_kind(ctx: &Ctx, error: ApplicationCase, out: &mut Vec<Hit>) {
    let app = &ctx.draft.application;
    let number = app.filing_number.trim();
    let parsed = parse_filing_number(number);
    let fired = match error {
        ApplicationCase::FirstWithPrevious => {
            // Once approved, a first filing holds its own number.
            let on_record = matches!(
                app.status,
                crate::draft::FilingStatus::Approved | crate::draft::FilingStatus::ChangePending
            );
            app.kind == ApplicationKind::FirstFiling
                && (!app.previous_filings.is_empty() || (!number.is_empty() && !on_record))
        }
        ApplicationCase::MissingNumber => {
            app.kind != ApplicationKind::FirstFiling && number.is_empty()
        }
        ApplicationCase::NewWithoutPrevious => {
            app.kind == ApplicationKind::NewWebsite && app.previous_filings.is_empty()
        }
        ApplicationCase::NumberFormat => !number.is_empty() && parsed.is_none(),
        ApplicationCase::NumberProvince => parsed.is_some_and(|p| p != app.province),
    };
    if !fired {
        return;
    }
    let field = match error {
        ApplicationCase::FirstWithPrevious | ApplicationCase::NewWithoutPrevious => {
            FieldPath::of("application.kind")
        }
        _ => FieldPath::of("application.filing_number"),
    };
    let mut hit = Hit::at(field)
        .text("number", number)
        .vocab("kind", app.kind)
        .text("abbr", app.province.abbreviation());
    if let Some(p) = parsed {
        hit = hit.label("number_province", p.name_zh(), p.name_en());
    }
    out.push(hit);
}

pub(super) fn description_length(ctx: &Ctx, min: u32, out: &mut Vec<Hit>) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        let n = w.description.trim().chars().count();
        if n < min as usize {
            out.push(
                Hit::at(FieldPath::website(i).key("description"))
                    .text("length", n.to_string())
                    .text("min", min.to_string()),
            );
        }
    }
}

pub(super) fn remark_phrase(ctx: &Ctx, phrase: &str, out: &mut Vec<Hit>) {
    let d = ctx.draft;
    let wanted = text::normalise_name(phrase);
    let found = std::iter::once(&d.application.remark)
        .chain(d.websites.iter().map(|w| &w.description))
        .any(|t| text::normalise_name(t).contains(&wanted));
    if !found {
        out.push(Hit::at(FieldPath::of("application.remark")).text("phrase", phrase));
    }
}

pub(super) fn languages(ctx: &Ctx, allowed: &[String], out: &mut Vec<Hit>) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        // A draft that names no language says nothing either way (the UI fills zh-Hans in).
        if w.languages.is_empty() {
            continue;
        }
        let missing: Vec<&str> = allowed
            .iter()
            .filter(|l| !w.languages.iter().any(|x| x.eq_ignore_ascii_case(l)))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            out.push(
                Hit::at(FieldPath::website(i).key("languages")).text("missing", missing.join(", ")),
            );
        }
    }
}
