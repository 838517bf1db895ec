//! The people of a filing: principals against the legal representative and against each other.

use crate::engine::{is_name, same_person, Ctx, Hit};
use crate::field_path::FieldPath;
use crate::labels::Role;
use crate::text;

pub(super) fn principal_not_legal_rep(ctx: &Ctx, role: Role, out: &mut Vec<Hit>) {
    let Some(lr) = ctx.legal_rep() else { return };
    for (path, r, person) in &ctx.persons {
        if *r == role && !person.name.trim().is_empty() && !is_name(&person.name, lr) {
            out.push(
                Hit::at(path.clone().key("name"))
                    .text("name", person.name.clone())
                    .text("legal_rep", lr),
            );
        }
    }
}

pub(super) fn principals_same_person(ctx: &Ctx, out: &mut Vec<Hit>) {
    if ctx.individual {
        return;
    }
    let ep = &ctx.draft.entity.principal;
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        if !w.principal.name.trim().is_empty() && same_person(ep, &w.principal) {
            out.push(
                Hit::at(FieldPath::website(i).keys("principal.name"))
                    .text("name", w.principal.name.clone()),
            );
        }
    }
}

pub(super) fn principals_must_match(ctx: &Ctx, out: &mut Vec<Hit>) {
    let Some(lr) = ctx.legal_rep() else { return };
    let ep = &ctx.draft.entity.principal;
    if ep.name.trim().is_empty() || is_name(&ep.name, lr) {
        return;
    }
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        if !w.principal.name.trim().is_empty() && !same_person(ep, &w.principal) {
            out.push(
                Hit::at(FieldPath::website(i).keys("principal.name"))
                    .text("name", w.principal.name.clone())
                    .text("principal", ep.name.clone()),
            );
        }
    }
}

pub(super) fn name_keyword_legal_rep(
    ctx: &Ctx,
    words: &[String],
    norm: &[String],
    out: &mut Vec<Hit>,
) {
    let Some(lr) = ctx.legal_rep() else { return };
    let Some(word) = text::first_contained(&ctx.entity_texts.0, words, norm) else {
        return;
    };
    for (path, _, person) in &ctx.persons {
        if !person.name.trim().is_empty() && !is_name(&person.name, lr) {
            out.push(
                Hit::at(path.clone().key("name"))
                    .text("word", word)
                    .text("legal_rep", lr),
            );
        }
    }
}

pub(super) fn person_name_form(
    ctx: &Ctx,
    titles: &[String],
    placeholders: &[String],
    out: &mut Vec<Hit>,
) {
    let mut people: Vec<(FieldPath, &str, bool)> = ctx
        .persons
        .iter()
        .map(|(path, _, p)| {
            let resident = matches!(
                p.id.kind,
                crate::draft::CertificateKind::ResidentIdCard
                    | crate::draft::CertificateKind::TemporaryIdCard
            );
            (path.clone().key("name"), p.name.as_str(), resident)
        })
        .collect();
    if ctx.individual {
        let resident = ctx.docs[0].id_card.is_some();
        people.push((
            FieldPath::of("entity.name"),
            ctx.draft.entity.name.as_str(),
            resident,
        ));
    }
    let mut seen: Vec<(String, String)> = Vec::new();
    for (field, name, resident) in people {
        let n = text::normalise_name(name);
        if n.is_empty() {
            continue;
        }
        let han = n.chars().any(text::is_han);
        // Latin letters or digits inside a Chinese name; a foreigner's name on a passport may be
        // Latin (and is not read here unless it mixes in digits).
        let mixed = (han && n.chars().any(|c| c.is_ascii_alphanumeric()))
            || (resident && n.chars().any(|c| c.is_ascii_digit()));
        let title = titles
            .iter()
            .find(|t| han && n.ends_with(&text::normalise_name(t)) && n.chars().count() <= 4);
        let placeholder = placeholders.iter().any(|p| text::normalise_name(p) == n);
        if mixed || title.is_some() || placeholder {
            let key = (field.to_string(), n.clone());
            if seen.iter().any(|(_, x)| *x == n) {
                continue;
            }
            seen.push(key);
            out.push(Hit::at(field).text("name", name.trim()));
        }
    }
}

pub(super) fn individual_investor(ctx: &Ctx, out: &mut Vec<Hit>) {
    let e = &ctx.draft.entity;
    let investor = e.investor.trim();
    if ctx.individual
        && !investor.is_empty()
        && !e.name.trim().is_empty()
        && crate::text::normalise_name(investor) != crate::text::normalise_name(&e.name)
    {
        out.push(
            Hit::at(FieldPath::of("entity.investor"))
                .text("investor", investor)
                .text("name", e.name.trim()),
        );
    }
}

/// The investor field holds one of `words` (e.g. the registration authority typed as the superior
/// body).
pub(super) fn investor_words(ctx: &Ctx, words: &[String], out: &mut Vec<Hit>) {
    let investor = ctx.draft.entity.investor.trim();
    let text = crate::text::normalise_name(investor);
    if let Some(word) = words
        .iter()
        .find(|w| text.contains(&crate::text::normalise_name(w)))
    {
        out.push(
            Hit::at(FieldPath::of("entity.investor"))
                .text("investor", investor)
                .text("word", word.clone()),
        );
    }
}

/// The investor field names a person of the draft: the legal representative or a person in
/// charge.
pub(super) fn investor_is_person(ctx: &Ctx, out: &mut Vec<Hit>) {
    let e = &ctx.draft.entity;
    let investor = e.investor.trim();
    let named = std::iter::once(e.legal_representative.as_str())
        .chain(ctx.persons.iter().map(|(_, _, p)| p.name.as_str()))
        .any(|n| is_name(investor, n));
    if named {
        out.push(Hit::at(FieldPath::of("entity.investor")).text("investor", investor));
    }
}

/// A person in one of `roles` whose ID number (or mobile) another subject of the workspace also
/// names. Each person and key once; the finding names the other subject.
pub(super) fn person_in_other_subject(
    ctx: &Ctx,
    key: crate::rules::check::PersonKey,
    roles: &[Role],
    out: &mut Vec<Hit>,
) {
    use crate::rules::check::PersonKey as K;
    use crate::subjects::SubjectPerson;
    let mut seen: Vec<String> = Vec::new();
    for (path, role, person) in &ctx.persons {
        if !roles.contains(role) {
            continue;
        }
        let me = SubjectPerson::of(person);
        let (mine, field) = match key {
            K::IdNumber => (me.id_number, path.clone().keys("id.number")),
            K::Mobile => (me.mobile, path.clone().key("mobile")),
        };
        if mine.is_empty() || seen.contains(&mine) {
            continue;
        }
        let other = ctx.others.iter().find(|s| {
            s.people.iter().any(|p| match key {
                K::IdNumber => p.id_number == mine,
                K::Mobile => p.mobile == mine,
            })
        });
        if let Some(other) = other {
            seen.push(mine);
            out.push(
                Hit::at(field)
                    .vocab("who", *role)
                    .text("name", person.name.trim())
                    .text("other", other.name.clone()),
            );
        }
    }
}
