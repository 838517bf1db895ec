//! Change filings (变更) against the filed state, and website filing numbers.

use crate::change::{self, Operation};
use crate::draft::ApplicationKind;
use crate::engine::{Ctx, Hit};
use crate::field_path::FieldPath;
use crate::identity::{parse_filing_number, parse_website_number};
use crate::rules::check::{ChangeCase, WebsiteNumberCase};
use crate::text::normalise_name;

fn domain_list(w: &crate::draft::Website) -> Vec<String> {
    w.domains
        .iter()
        .map(|d| crate::domain::normalise_for_compare(&d.name))
        .filter(|d| !d.is_empty())
        .collect()
}

pub(super) fn change(ctx: &Ctx, error: ChangeCase, out: &mut Vec<Hit>) {
    let d = ctx.draft;
    let is_change = d.application.kind == ApplicationKind::Change;
    let Some(filed) = d.filed.as_ref() else {
        if error == ChangeCase::NoFiledState && is_change {
            out.push(Hit::at(FieldPath::of("application.kind")));
        }
        return;
    };
    match error {
        ChangeCase::NoFiledState => {}
        ChangeCase::NotAChangeApplication => {
            let report = change::compare_with(filed, d);
            let changes_filed = report.needs(Operation::ChangeEntity)
                || report.needs(Operation::ChangeWebsite)
                || report.needs(Operation::ChangeAccess)
                || report.needs(Operation::CancelWebsite);
            if !is_change && changes_filed {
                let ops: Vec<&str> = report
                    .operations
                    .iter()
                    .filter(|o| o.operation != Operation::NewWebsite)
                    .map(|o| o.operation.name_zh())
                    .collect();
                let ops_en: Vec<&str> = report
                    .operations
                    .iter()
                    .filter(|o| o.operation != Operation::NewWebsite)
                    .map(|o| o.operation.name_en())
                    .collect();
                out.push(
                    Hit::at(FieldPath::of("application.kind"))
                        .vocab("kind", d.application.kind)
                        .label("operations", ops.join("、"), ops_en.join(", ")),
                );
            }
        }
        ChangeCase::DomainSwapped | ChangeCase::DomainAdded => {
            for (i, j) in change::pair_websites(&filed.websites, &d.websites) {
                let (Some(i), Some(j)) = (i, j) else {
                    continue;
                };
                let before = domain_list(&filed.websites[i]);
                let added: Vec<usize> = d.websites[j]
                    .domains
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| !x.name.trim().is_empty())
                    .filter(|(_, x)| {
                        !before.contains(&crate::domain::normalise_for_compare(&x.name))
                    })
                    .map(|(k, _)| k)
                    .collect();
                if added.is_empty() {
                    continue;
                }
                let single = before.len() == 1;
                if (error == ChangeCase::DomainSwapped) != single {
                    continue;
                }
                for k in added {
                    let new = d.websites[j].domains[k].name.trim().to_string();
                    out.push(
                        Hit::at(FieldPath::domain(j, k).key("name"))
                            .text("website", d.websites[j].name.trim())
                            .text("domain", new)
                            .text("filed_domains", before.join("、")),
                    );
                }
            }
        }
        ChangeCase::OtherEntity => {
            let (b, a) = (&filed.entity.certificate, &d.entity.certificate);
            let (bn, an) = (b.number.trim(), a.number.trim());
            if b.kind == a.kind && !bn.is_empty() && !an.is_empty() && !bn.eq_ignore_ascii_case(an)
            {
                out.push(
                    Hit::at(FieldPath::of("entity.certificate.number"))
                        .text("before", bn)
                        .text("after", an),
                );
            }
        }
        ChangeCase::EntityKindChanged => {
            if filed.entity.kind != d.entity.kind {
                out.push(
                    Hit::at(FieldPath::of("entity.kind"))
                        .vocab("before", filed.entity.kind)
                        .vocab("after", d.entity.kind),
                );
            }
        }
        ChangeCase::EntityRenamed => {
            let (b, a) = (filed.entity.name.trim(), d.entity.name.trim());
            if !b.is_empty()
                && !a.is_empty()
                && normalise_name(b) != normalise_name(a)
                && filed.entity.kind == d.entity.kind
            {
                out.push(
                    Hit::at(FieldPath::of("entity.name"))
                        .text("before", b)
                        .text("after", a),
                );
            }
        }
        ChangeCase::EntityChangeWithNewWebsite => {
            let report = change::compare_with(filed, d);
            if !report.needs(Operation::ChangeEntity) {
                return;
            }
            for (i, j) in change::pair_websites(&filed.websites, &d.websites) {
                if let (None, Some(j)) = (i, j) {
                    out.push(
                        Hit::at(FieldPath::website(j).key("name"))
                            .text("website", d.websites[j].name.trim()),
                    );
                }
            }
        }
    }
}

pub(super) fn website_number(ctx: &Ctx, error: WebsiteNumberCase, out: &mut Vec<Hit>) {
    let d = ctx.draft;
    let entity_number = d.application.filing_number.trim();
    let entity_ok = parse_filing_number(entity_number).is_some() && !entity_number.contains('-');
    let mut numbers: Vec<(FieldPath, &str)> = d
        .websites
        .iter()
        .enumerate()
        .map(|(i, w)| {
            (
                FieldPath::website(i).key("filing_number"),
                w.filing_number.trim(),
            )
        })
        .collect();
    numbers.extend(
        d.application
            .previous_filings
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    FieldPath::of("application.previous_filings")
                        .index(i)
                        .key("filing_number"),
                    p.filing_number.trim(),
                )
            }),
    );
    for (field, number) in numbers {
        if number.is_empty() {
            continue;
        }
        let parsed = parse_website_number(number);
        let hit = || {
            Hit::at(field.clone())
                .text("number", number)
                .text("abbr", d.application.province.abbreviation())
                .text("entity_number", entity_number)
        };
        match (error, &parsed) {
            (WebsiteNumberCase::Format, None) => out.push(hit()),
            (WebsiteNumberCase::ServiceSuffix, Some(w)) => {
                if let Some(c) = w.service {
                    let (zh, en) = match c {
                        'A' => ("App", "an App"),
                        'X' => ("小程序", "a mini program"),
                        'K' => ("快应用", "a quick app"),
                        _ => ("其他互联网信息服务", "another kind of service"),
                    };
                    out.push(hit().label("service", zh, en));
                }
            }
            (WebsiteNumberCase::OtherEntity, Some(w)) if entity_ok && w.entity != entity_number => {
                out.push(hit());
            }
            (WebsiteNumberCase::Province, Some(w)) if w.province != d.application.province => {
                out.push(hit().label(
                    "number_province",
                    w.province.name_zh(),
                    w.province.name_en(),
                ));
            }
            _ => {}
        }
    }
}
