//! Validity checks: certificates, IDs and domains expired or about to expire, inconsistent
//! validity dates, and the minimum age of the people named.

use chrono::{Months, NaiveDate};

use crate::engine::{date, Ctx, Hit};
use crate::field_path::FieldPath;
use crate::identity;
use crate::labels::Role;
use crate::rules::check::{Document, ValidityCase};

/// Validity ends of the listed documents (an ID entered for several roles is read once).
fn validity_ends(ctx: &Ctx, documents: &[Document]) -> Vec<(FieldPath, NaiveDate)> {
    let mut out = Vec::new();
    let wants = |k: Document| documents.contains(&k);
    let mut seen_ids: Vec<String> = Vec::new();
    for doc in &ctx.docs {
        let is_entity = doc.is_entity();
        if (is_entity && !wants(Document::EntityCertificate))
            || (!is_entity && !wants(Document::PersonIds))
        {
            continue;
        }
        if doc.cert.number.trim().is_empty() || doc.cert.validity.long_term {
            continue;
        }
        let key = doc.cert.number.trim().to_uppercase();
        if !is_entity || doc.role.is_some() {
            if seen_ids.contains(&key) {
                continue;
            }
            seen_ids.push(key);
        }
        if let Some(end) = doc.cert.validity.end {
            out.push((doc.path.clone().keys("validity.end"), end));
        }
    }
    if wants(Document::ResidenceProofs) {
        for (path, _, person, _) in super::region::nonlocal_proofs(ctx) {
            let v = &person.residence_proof.validity;
            if let (Some(end), false) = (v.end, v.long_term) {
                out.push((path.keys("validity.end"), end));
            }
        }
    }
    if wants(Document::Domains) {
        for (i, w) in ctx.draft.websites.iter().enumerate() {
            for (j, dom) in w.domains.iter().enumerate() {
                if let (Some(end), false) = (dom.expiry, dom.name.trim().is_empty()) {
                    out.push((FieldPath::domain(i, j).key("expiry"), end));
                }
            }
        }
    }
    out
}

fn push(out: &mut Vec<Hit>, field: FieldPath, end: NaiveDate, months: u32, ctx: &Ctx) {
    out.push(
        Hit::at(field)
            .text("end", date(end))
            .text("months", months.to_string())
            .text("submission", date(ctx.submission)),
    );
}

pub(super) fn expired(ctx: &Ctx, documents: &[Document], out: &mut Vec<Hit>) {
    for (field, end) in validity_ends(ctx, documents) {
        if end < ctx.submission {
            push(out, field, end, 0, ctx);
        }
    }
}

pub(super) fn window(ctx: &Ctx, documents: &[Document], months: u32, out: &mut Vec<Hit>) {
    let limit = ctx
        .submission
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX);
    for (field, end) in validity_ends(ctx, documents) {
        if end >= ctx.submission && end < limit {
            push(out, field, end, months, ctx);
        }
    }
}

pub(super) fn dates(ctx: &Ctx, case: ValidityCase, out: &mut Vec<Hit>) {
    for doc in &ctx.docs {
        let v = &doc.cert.validity;
        let fired = match case {
            ValidityCase::Inverted => matches!((v.start, v.end), (Some(s), Some(e)) if s > e),
            ValidityCase::MissingEnd => v.end.is_none() && !v.long_term,
            ValidityCase::FutureStart => v.start.is_some_and(|s| s > ctx.submission),
            ValidityCase::LongTermWithEnd => v.long_term && v.end.is_some(),
        };
        if fired && !doc.cert.number.trim().is_empty() {
            out.push(Hit::at(doc.path.clone().key("validity")).vocab("kind", doc.cert.kind));
        }
    }
}

pub(super) fn minimum_age(ctx: &Ctx, below: u32, from: u32, roles: &[Role], out: &mut Vec<Hit>) {
    let mut seen: Vec<&str> = Vec::new();
    for doc in &ctx.docs {
        let (Some(role), Some(Ok(card))) = (doc.role, &doc.id_card) else {
            continue;
        };
        if !roles.contains(&role) || seen.contains(&card.normalised.as_str()) {
            continue;
        }
        let age = identity::age_on(card.birth_date, ctx.submission);
        if age < below && age >= from {
            seen.push(&card.normalised);
            out.push(
                Hit::at(doc.path.clone().key("number"))
                    .text("age", age.to_string())
                    .vocab("who", role),
            );
        }
    }
}
