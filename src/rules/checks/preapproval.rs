//! Service content and pre-approvals (前置审批): declared content, permits held, areas declared as
//! not involved, and the keyword scan of the website and entity texts.

use crate::draft::{PreapprovalArea, ServiceContent};
use crate::engine::{Ctx, Hit};
use crate::field_path::FieldPath;
use crate::rules::check::{DeclaredOutcome, Outcome};
use crate::rules::Tier;

pub(super) fn service_content(
    ctx: &Ctx,
    refused: &[ServiceContent],
    allowed: &[ServiceContent],
    out: &mut Vec<Hit>,
) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        let c = w.service_content;
        if refused.contains(&c) || (!allowed.is_empty() && !allowed.contains(&c)) {
            out.push(Hit::at(FieldPath::website(i).key("service_content")).vocab("content", c));
        }
    }
}

pub(super) fn preapproval(
    ctx: &Ctx,
    outcome: Outcome,
    areas: &[PreapprovalArea],
    tier: Option<Tier>,
    out: &mut Vec<Hit>,
) {
    let d = ctx.draft;
    if outcome == Outcome::NumberMissing {
        for (i, w) in d.websites.iter().enumerate() {
            for (k, a) in w.preapprovals.iter().enumerate() {
                if a.number.trim().is_empty() {
                    out.push(
                        Hit::at(
                            FieldPath::website(i)
                                .key("preapprovals")
                                .index(k)
                                .key("number"),
                        )
                        .vocab("area", a.area),
                    );
                }
            }
        }
        return;
    }
    for (i, w) in d.websites.iter().enumerate() {
        let matches = ctx.area_matches(i);
        for (a, area) in ctx.areas.iter().enumerate() {
            if !areas.is_empty() && !areas.contains(&area.area) {
                continue;
            }
            let Some((hit, text)) = matches.get(a).and_then(Option::as_ref) else {
                continue;
            };
            if tier.is_some_and(|t| t != hit.tier) {
                continue;
            }
            let permit_held = w.preapprovals.iter().any(|p| p.area == area.area);
            let declared = ctx.rules.declared_areas(w).contains(&area.area);
            let declared_not = w.not_involved.contains(&area.area);
            let fired = match outcome {
                // Declared content is judged by `declared-content` rules, not by the scan.
                Outcome::Individual => ctx.individual && !declared && !declared_not,
                Outcome::Undeclared => {
                    !ctx.individual && !permit_held && !declared_not && !declared
                }
                Outcome::NotInvolved => !ctx.individual && declared_not && !permit_held,
                Outcome::Any => !ctx.individual,
                Outcome::NumberMissing => false,
            };
            if fired {
                let (where_zh, where_en) = text.label();
                out.push(
                    Hit::at(text.field(i))
                        .vocab("area", area.area)
                        .text("keyword", hit.word.clone())
                        .label("where", where_zh, where_en)
                        .label(
                            "permit",
                            area.permit_zh.clone(),
                            en_or(&area.permit_en, &area.permit_zh),
                        )
                        .label(
                            "authority",
                            area.authority_zh.clone(),
                            en_or(&area.authority_en, &area.authority_zh),
                        )
                        .text("website", w.name.clone())
                        .text("website_no", (i + 1).to_string()),
                );
            }
        }
    }
}

pub(super) fn declared(
    ctx: &Ctx,
    outcome: DeclaredOutcome,
    areas: &[PreapprovalArea],
    out: &mut Vec<Hit>,
) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        for area in ctx.rules.declared_areas(w) {
            if !areas.is_empty() && !areas.contains(&area) {
                continue;
            }
            let permit_held = w.preapprovals.iter().any(|p| p.area == area);
            let fired = match outcome {
                DeclaredOutcome::Individual => ctx.individual,
                DeclaredOutcome::PermitMissing => !ctx.individual && !permit_held,
                DeclaredOutcome::Declared => !ctx.individual,
            };
            if !fired {
                continue;
            }
            let info = ctx.areas.iter().find(|a| a.area == area);
            let permit = info.map(|a| (a.permit_zh.clone(), en_or(&a.permit_en, &a.permit_zh)));
            let (permit_zh, permit_en) = permit.unwrap_or_else(|| {
                (
                    "主管部门的前置审批文件".into(),
                    "the competent authority's approval".into(),
                )
            });
            // The field that declares it: the area in the list, else the service content.
            let field = match w.content_areas.iter().position(|a| *a == area) {
                Some(k) => FieldPath::website(i).key("content_areas").index(k),
                None => FieldPath::website(i).key("service_content"),
            };
            out.push(
                Hit::at(field)
                    .vocab("area", area)
                    .label("permit", permit_zh, permit_en)
                    .text("website", w.name.clone())
                    .text("website_no", (i + 1).to_string()),
            );
        }
    }
}

/// The English text, or the Chinese one (a document or authority's proper name) when the data
/// gives no English.
fn en_or(en: &str, zh: &str) -> String {
    if en.is_empty() {
        zh.to_string()
    } else {
        en.to_string()
    }
}
