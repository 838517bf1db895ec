//! Identity checks: 居民身份证 (GB 11643) and 统一社会信用代码 (GB 32100) numbers, the formats of
//! other certificates, and whether the certificate and ID types fit the entity.

use crate::draft::{CertificateKind, EntityKind};
use crate::engine::{date, Ctx, Hit};
use crate::field_path::FieldPath;
use crate::identity::{self, IdCardError, UsccError};
use crate::rules::check::{IdCardCase, KindCertificate, UsccCase};

/// "who" of a document: its role, or the entity.
fn who(hit: Hit, role: Option<crate::labels::Role>) -> Hit {
    match role {
        Some(r) => hit.vocab("who", r),
        None => hit.label("who", "主体", "entity"),
    }
}

pub(super) fn id_card(ctx: &Ctx, case: IdCardCase, out: &mut Vec<Hit>) {
    for doc in &ctx.docs {
        let Some(parsed) = &doc.id_card else { continue };
        if doc.cert.number.trim().is_empty() {
            continue;
        }
        let hit = || who(Hit::at(doc.path.clone().key("number")), doc.role);
        match (case, parsed) {
            (IdCardCase::FifteenDigit, Err(IdCardError::FifteenDigit))
            | (IdCardCase::Charset, Err(IdCardError::Charset)) => out.push(hit()),
            (IdCardCase::Length, Err(IdCardError::Length { len })) => {
                out.push(hit().text("length", len.to_string()))
            }
            (IdCardCase::Division, Err(IdCardError::Division { code })) => {
                out.push(hit().text("code", code.clone()))
            }
            (IdCardCase::BirthDate, Err(IdCardError::BirthDate { text })) => {
                out.push(hit().text("date", text.clone()))
            }
            (IdCardCase::Checksum, Err(IdCardError::Checksum { expected, found })) => out.push(
                hit()
                    .text("expected", expected.to_string())
                    .text("found", found.to_string()),
            ),
            (IdCardCase::FutureBirth, Ok(card)) if card.birth_date > ctx.submission => {
                out.push(hit().text("date", date(card.birth_date)))
            }
            (IdCardCase::LowercaseX, Ok(card)) if doc.cert.number.trim().ends_with('x') => {
                out.push(hit().text("normalised", card.normalised.clone()))
            }
            _ => {}
        }
    }
}

pub(super) fn uscc(ctx: &Ctx, case: UsccCase, out: &mut Vec<Hit>) {
    let c = &ctx.draft.entity.certificate;
    if ctx.individual || !c.kind.carries_uscc() || c.number.trim().is_empty() {
        return;
    }
    let Err(e) = identity::parse_uscc(&c.number) else {
        return;
    };
    let hit = || Hit::at(FieldPath::of("entity.certificate.number"));
    match (case, e) {
        (UsccCase::Length, UsccError::Length { len }) => {
            out.push(hit().text("length", len.to_string()))
        }
        (UsccCase::Charset, UsccError::Charset { ch, position }) => out.push(
            hit()
                .text("char", ch.to_string())
                .text("position", position.to_string()),
        ),
        (UsccCase::Checksum, UsccError::Checksum { expected, found }) => out.push(
            hit()
                .text("expected", expected.to_string())
                .text("found", found.to_string()),
        ),
        (UsccCase::Division, UsccError::Division { code }) => out.push(hit().text("code", code)),
        _ => {}
    }
}

fn kinds_label(kinds: &[EntityKind]) -> (String, String) {
    (
        kinds
            .iter()
            .map(|k| k.name_zh())
            .collect::<Vec<_>>()
            .join("、"),
        kinds
            .iter()
            .map(|k| k.name_en())
            .collect::<Vec<_>>()
            .join(", "),
    )
}

pub(super) fn uscc_entity_kind(ctx: &Ctx, out: &mut Vec<Hit>) {
    let d = ctx.draft;
    let c = &d.entity.certificate;
    if ctx.individual || !c.kind.carries_uscc() {
        return;
    }
    let Ok(u) = identity::parse_uscc(&c.number) else {
        return;
    };
    let kinds = identity::entity_kinds_for_uscc(u.department, u.category);
    if !kinds.is_empty() && !kinds.contains(&d.entity.kind) {
        let (zh, en) = kinds_label(kinds);
        out.push(
            Hit::at(FieldPath::of("entity.kind"))
                .text("code", format!("{}{}", u.department, u.category))
                .label("expected", zh, en)
                .vocab("kind", d.entity.kind),
        );
    }
}

pub(super) fn certificate_format(ctx: &Ctx, out: &mut Vec<Hit>) {
    for doc in &ctx.docs {
        let k = doc.cert.kind;
        let special = matches!(
            k,
            CertificateKind::ResidentIdCard | CertificateKind::TemporaryIdCard
        ) || k.carries_uscc();
        if special || doc.cert.number.trim().is_empty() {
            continue;
        }
        if let Err(identity::FormatError::Invalid {
            expected_zh,
            expected_en,
        }) = identity::check_format(k, &doc.cert.number)
        {
            out.push(
                Hit::at(doc.path.clone().key("number"))
                    .vocab("kind", k)
                    .label("expected", expected_zh, expected_en),
            );
        }
    }
}

pub(super) fn entity_certificate_kind(ctx: &Ctx, allowed: &[KindCertificate], out: &mut Vec<Hit>) {
    let e = &ctx.draft.entity;
    let for_kind: Vec<CertificateKind> = allowed
        .iter()
        .filter(|a| a.entity == e.kind)
        .map(|a| a.certificate)
        .collect();
    if for_kind.is_empty() || for_kind.contains(&e.certificate.kind) {
        return;
    }
    out.push(
        Hit::at(FieldPath::of("entity.certificate.kind"))
            .vocab("kind", e.kind)
            .vocab("certificate", e.certificate.kind)
            .label(
                "expected",
                for_kind
                    .iter()
                    .map(|k| k.name_zh())
                    .collect::<Vec<_>>()
                    .join("、"),
                for_kind
                    .iter()
                    .map(|k| k.name_en())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
    );
}

pub(super) fn person_id_kind(ctx: &Ctx, refused: &[CertificateKind], out: &mut Vec<Hit>) {
    for doc in ctx.docs.iter().filter(|doc| doc.role.is_some()) {
        if refused.contains(&doc.cert.kind) {
            out.push(Hit::at(doc.path.clone().key("kind")).vocab("kind", doc.cert.kind));
        }
    }
}

pub(super) fn entity_kind_refused(ctx: &Ctx, refused: &[EntityKind], out: &mut Vec<Hit>) {
    let kind = ctx.draft.entity.kind;
    if refused.contains(&kind) {
        out.push(Hit::at(FieldPath::of("entity.kind")).vocab("kind", kind));
    }
}

pub(super) fn entity_flag(
    ctx: &Ctx,
    flag: crate::rules::check::EntityFlag,
    value: bool,
    unless_remark: Option<&str>,
    out: &mut Vec<Hit>,
) {
    use crate::rules::check::EntityFlag as F;
    let e = &ctx.draft.entity;
    let (answer, field) = match flag {
        F::AbnormalOperationListed => (
            Some(e.abnormal_operation_listed),
            "entity.abnormal_operation_listed",
        ),
        F::HasTradeName => (e.has_trade_name, "entity.has_trade_name"),
        F::HasOfficialSeal => (e.has_official_seal, "entity.has_official_seal"),
        F::PrincipalLandlineEmpty => (
            (!ctx.individual).then(|| e.principal.landline.trim().is_empty()),
            "entity.principal.landline",
        ),
    };
    if answer != Some(value) {
        return;
    }
    if let Some(phrase) = unless_remark {
        let wanted = crate::text::normalise_name(phrase);
        if crate::text::normalise_name(&ctx.draft.application.remark).contains(&wanted) {
            return;
        }
    }
    let mut hit = Hit::at(FieldPath::of(field)).text("name", e.name.trim());
    if let Some(phrase) = unless_remark {
        hit = hit.text("phrase", phrase);
    }
    out.push(hit);
}
