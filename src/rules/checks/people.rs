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

pub(super) fn name_keyword_legal_rep(ctx: &Ctx, words: &[String], out: &mut Vec<Hit>) {
    let Some(lr) = ctx.legal_rep() else { return };
    let Some(word) = text::contains_any(&ctx.draft.entity.name, words).first().copied() else {
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
