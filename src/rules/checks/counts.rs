//! Counts: websites, domains and domain prefixes against the limits and thresholds of the rules.

use crate::engine::{Ctx, Hit};
use crate::field_path::FieldPath;
use crate::rules::check::{Counted, ProviderLimitKind, ProviderOutcome};
use crate::rules::Provider;

fn count(ctx: &Ctx, what: Counted) -> u32 {
    let d = ctx.draft;
    let new_domains = d
        .websites
        .iter()
        .flat_map(|w| &w.domains)
        .filter(|x| !x.name.trim().is_empty())
        .count();
    let prev = &d.application.previous_filings;
    (match what {
        Counted::Websites => prev.len() + d.websites.len(),
        Counted::NewWebsites => d.websites.len(),
        Counted::Domains => {
            prev.iter().filter(|p| !p.domain.trim().is_empty()).count() + new_domains
        }
        Counted::NewDomains => new_domains,
        Counted::DomainPrefixes => ctx.domain_prefixes().len(),
        Counted::DomainsPerWebsite => 0,
    }) as u32
}

/// `(field, count)` pairs: one per website for `domains-per-website`, else one for the draft.
fn counted(ctx: &Ctx, what: Counted) -> Vec<(FieldPath, u32)> {
    match what {
        Counted::DomainsPerWebsite => {
            // In a change filing a website that is on record keeps the domains it was filed
            // with (multi-domain websites filed before 2019 may keep or remove them); whether
            // its domains may change is the change rules' question, not this count's.
            let on_record: Vec<usize> = match &ctx.draft.filed {
                Some(f) => crate::change::pair_websites(&f.websites, &ctx.draft.websites)
                    .into_iter()
                    .filter_map(|(i, j)| i.and(j))
                    .collect(),
                None => Vec::new(),
            };
            ctx.draft
                .websites
                .iter()
                .enumerate()
                .filter(|(i, _)| !on_record.contains(i))
                .map(|(i, w)| {
                    let n = w
                        .domains
                        .iter()
                        .filter(|d| !d.name.trim().is_empty())
                        .count();
                    (FieldPath::website(i).key("domains"), n as u32)
                })
                .collect()
        }
        Counted::Websites => {
            vec![(
                FieldPath::of("application.previous_filings"),
                count(ctx, what),
            )]
        }
        _ => vec![(FieldPath::of("websites"), count(ctx, what))],
    }
}

pub(super) fn count_max(ctx: &Ctx, what: Counted, max: u32, out: &mut Vec<Hit>) {
    for (field, n) in counted(ctx, what) {
        if n > max {
            out.push(
                Hit::at(field)
                    .text("count", n.to_string())
                    .text("max", max.to_string()),
            );
        }
    }
}

pub(super) fn count_threshold(
    ctx: &Ctx,
    what: Counted,
    at_least: Option<u32>,
    more_than: Option<u32>,
    out: &mut Vec<Hit>,
) {
    for (field, n) in counted(ctx, what) {
        let by_at_least = at_least.map(|a| n >= a);
        let by_more_than = more_than.map(|m| n > m);
        let any = by_at_least == Some(true) || by_more_than == Some(true);
        if !any {
            continue;
        }
        let all = by_at_least != Some(false) && by_more_than != Some(false);
        let mut hit = Hit::at(field).text("count", n.to_string());
        if let Some(t) = at_least.or(more_than) {
            hit = hit.text("threshold", t.to_string());
        }
        // Every source agrees above the boundary; the dispute matters only at it.
        hit.disputed = !all;
        out.push(hit);
    }
}

pub(super) fn provider_limit(
    ctx: &Ctx,
    limit: ProviderLimitKind,
    outcome: ProviderOutcome,
    out: &mut Vec<Hit>,
) {
    let ProviderLimitKind::NewWebsites = limit;
    let n = count(ctx, Counted::NewWebsites);
    let max_of = |p: &Provider| {
        if ctx.individual {
            p.max_new_websites_individual
        } else {
            p.max_new_websites_organisation
        }
    };
    let own = ctx
        .draft
        .websites
        .iter()
        .find_map(|w| ctx.rules.provider_named(&w.access_provider));
    let own_limit = own.and_then(|p| max_of(p).map(|m| (p, m)));
    match outcome {
        ProviderOutcome::Own => {
            if let Some((p, max)) = own_limit.filter(|(_, m)| n > *m) {
                out.push(
                    Hit::at(FieldPath::of("websites"))
                        .text("count", n.to_string())
                        .text("max", max.to_string())
                        .label("provider", p.name_zh.clone(), p.name_en.clone()),
                );
            }
        }
        ProviderOutcome::Other => {
            if own_limit.is_some() {
                return;
            }
            let over: Vec<(&Provider, u32)> = ctx
                .rules
                .providers
                .iter()
                .filter_map(|p| max_of(p).map(|m| (p, m)))
                .filter(|(_, m)| n > *m)
                .collect();
            if over.is_empty() {
                return;
            }
            let zh: Vec<String> = over
                .iter()
                .map(|(p, m)| format!("{}（{m} 个）", p.name_zh))
                .collect();
            let en: Vec<String> = over
                .iter()
                .map(|(p, m)| format!("{} ({m})", p.name_en))
                .collect();
            out.push(
                Hit::at(FieldPath::of("websites"))
                    .text("count", n.to_string())
                    .label("providers", zh.join("、"), en.join(", ")),
            );
        }
    }
}
