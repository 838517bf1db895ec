//! Service content and pre-approvals (前置审批): declared content, permits held, areas declared as
//! not involved, and the keyword scan of the website and entity texts.

use crate::draft::{PreapprovalArea, ServiceContent};
use crate::engine::{Ctx, Hit};
use crate::field_path::FieldPath;
use crate::rules::check::Outcome;

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
    out: &mut Vec<Hit>,
) {
    let d = ctx.draft;
    if outcome == Outcome::NumberMissing {
        for (i, w) in d.websites.iter().enumerate() {
            for (k, a) in w.preapprovals.iter().enumerate() {
                if a.number.trim().is_empty() {
                    out.push(
                        Hit::at(FieldPath::website(i).key("preapprovals").index(k).key("number"))
                            .vocab("area", a.area),
                    );
                }
            }
        }
        return;
    }
    for (i, w) in d.websites.iter().enumerate() {
        let (name, description) = &ctx.website_texts[i];
        let mut texts = vec![name.as_str(), description.as_str()];
        if !ctx.individual {
            texts.push(ctx.entity_texts.0.as_str());
            texts.push(ctx.entity_texts.1.as_str());
        }
        for area in ctx.areas {
            if !areas.is_empty() && !areas.contains(&area.area) {
                continue;
            }
            let keyword = texts.iter().find_map(|t| {
                area.keywords_norm
                    .iter()
                    .position(|k| !k.is_empty() && t.contains(k.as_str()))
                    .map(|n| area.keywords[n].as_str())
            });
            let Some(keyword) = keyword else { continue };
            let permit_held = w.preapprovals.iter().any(|a| a.area == area.area);
            let declared_not = w.not_involved.contains(&area.area);
            let fired = match outcome {
                Outcome::Individual => ctx.individual,
                Outcome::Undeclared => !ctx.individual && !permit_held && !declared_not,
                Outcome::NotInvolved => !ctx.individual && declared_not && !permit_held,
                Outcome::Any => !ctx.individual,
                Outcome::NumberMissing => false,
            };
            if fired {
                let field = FieldPath::website(i).key(if declared_not {
                    "not_involved"
                } else {
                    "preapprovals"
                });
                out.push(
                    Hit::at(field)
                        .vocab("area", area.area)
                        .text("keyword", keyword)
                        .label("permit", area.permit_zh.clone(), en_or(&area.permit_en, &area.permit_zh))
                        .label(
                            "authority",
                            area.authority_zh.clone(),
                            en_or(&area.authority_en, &area.authority_zh),
                        )
                        .text("website", w.name.clone()),
                );
            }
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
