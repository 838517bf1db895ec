//! Domains and servers: syntax, suffixes, holders, registrars, real-name verification, IPs.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::domain::{DomainError, SuffixSet};
use crate::draft::HolderKind;
use crate::engine::{date, is_name, Ctx, Hit};
use crate::field_path::FieldPath;
use crate::rules::check::{DomainSyntaxCase, HolderCase};

pub(super) fn each_domain(ctx: &Ctx, out: &mut Vec<Hit>) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        for (j, dom) in w.domains.iter().enumerate() {
            if !dom.name.trim().is_empty() {
                out.push(
                    Hit::at(FieldPath::domain(i, j).key("name")).text("domain", dom.name.trim()),
                );
            }
        }
    }
}

pub(super) fn syntax(ctx: &Ctx, case: DomainSyntaxCase, out: &mut Vec<Hit>) {
    for (i, j, parsed) in &ctx.domains {
        let hit = || {
            Hit::at(FieldPath::domain(*i, *j).key("name"))
                .text("domain", ctx.draft.websites[*i].domains[*j].name.clone())
        };
        match (case, parsed) {
            (DomainSyntaxCase::Www, Err(DomainError::Www)) => out.push(hit()),
            (DomainSyntaxCase::Invalid, Err(e)) if !matches!(e, DomainError::Www) => {
                let (zh, en) = e.reason();
                out.push(hit().label("reason", zh, en))
            }
            _ => {}
        }
    }
}

pub(super) fn suffix(ctx: &Ctx, suffixes: &[String], set: &SuffixSet, out: &mut Vec<Hit>) {
    for (i, j, parsed) in &ctx.domains {
        let Ok(dn) = parsed else { continue };
        if set.longest(dn).is_none() {
            let last = dn.labels.last().cloned().unwrap_or_default();
            out.push(
                Hit::at(FieldPath::domain(*i, *j).key("name"))
                    .text("domain", dn.unicode.clone())
                    .text("suffix", format!(".{last}"))
                    .text("allowed", suffixes.join(" "))
                    .vocab("kind", ctx.draft.entity.kind),
            );
        }
    }
}

/// The holder is the entity's principal or legal representative (organisations).
fn held_by_principal(ctx: &Ctx, holder: &str) -> bool {
    !ctx.individual
        && (is_name(holder, &ctx.draft.entity.principal.name)
            || ctx.legal_rep().is_some_and(|lr| is_name(holder, lr)))
}

pub(super) fn holder(ctx: &Ctx, case: HolderCase, allow_principal: bool, out: &mut Vec<Hit>) {
    let d = ctx.draft;
    for (i, w) in d.websites.iter().enumerate() {
        for (j, dom) in w.domains.iter().enumerate() {
            let holder = dom.holder_name.trim();
            if holder.is_empty() || dom.name.trim().is_empty() || is_name(holder, &d.entity.name) {
                continue;
            }
            let is_principal = held_by_principal(ctx, holder);
            let fired = match case {
                HolderCase::Mismatch => !(allow_principal && is_principal),
                HolderCase::Principal => allow_principal && is_principal,
            };
            if fired {
                out.push(
                    Hit::at(FieldPath::domain(i, j).key("holder_name"))
                        .text("holder", holder)
                        .text("entity", d.entity.name.clone())
                        .text("domain", dom.name.clone()),
                );
            }
        }
    }
}

pub(super) fn holder_kind(ctx: &Ctx, out: &mut Vec<Hit>) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        for (j, dom) in w.domains.iter().enumerate() {
            let Some(kind) = dom.holder_kind else {
                continue;
            };
            let fired = match (ctx.individual, kind) {
                (true, HolderKind::Organisation) => true,
                (false, HolderKind::Individual) => !held_by_principal(ctx, &dom.holder_name),
                _ => false,
            };
            if fired {
                out.push(
                    Hit::at(FieldPath::domain(i, j).key("holder_kind"))
                        .vocab("holder_kind", kind)
                        .text("domain", dom.name.clone()),
                );
            }
        }
    }
}

pub(super) fn registrar(ctx: &Ctx, out: &mut Vec<Hit>) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        for (j, dom) in w.domains.iter().enumerate() {
            if !dom.registrar_in_mainland && !dom.name.trim().is_empty() {
                out.push(
                    Hit::at(FieldPath::domain(i, j).key("registrar_in_mainland"))
                        .text("domain", dom.name.clone())
                        .text("registrar", dom.registrar.clone()),
                );
            }
        }
    }
}

pub(super) fn real_name_recent(ctx: &Ctx, days: u32, out: &mut Vec<Hit>) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        for (j, dom) in w.domains.iter().enumerate() {
            let Some(verified) = dom.real_name_verified else {
                continue;
            };
            if working_days_between(verified, ctx.submission) < i64::from(days) {
                out.push(
                    Hit::at(FieldPath::domain(i, j).key("real_name_verified"))
                        .text("domain", dom.name.clone())
                        .text("verified", date(verified))
                        .text("ready", date(add_working_days(verified, days)))
                        .text("days", days.to_string()),
                );
            }
        }
    }
}

pub(super) fn real_name_missing(ctx: &Ctx, out: &mut Vec<Hit>) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        for (j, dom) in w.domains.iter().enumerate() {
            if dom.real_name_verified.is_none() && !dom.name.trim().is_empty() {
                out.push(
                    Hit::at(FieldPath::domain(i, j).key("real_name_verified"))
                        .text("domain", dom.name.trim()),
                );
            }
        }
    }
}

pub(super) fn ip_address(ctx: &Ctx, out: &mut Vec<Hit>) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        for (j, ip) in w.ips.iter().enumerate() {
            if ip.trim().parse::<std::net::IpAddr>().is_err() {
                out.push(Hit::at(FieldPath::website(i).key("ips").index(j)).text("ip", ip.clone()));
            }
        }
    }
}

fn is_working_day(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Working days (Monday–Friday) after `from` up to and including `to`; 0 when `to <= from`.
fn working_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    let days = (to - from).num_days();
    if days <= 0 {
        return 0;
    }
    let mut n = days / 7 * 5;
    let mut d = from + chrono::Duration::days(days / 7 * 7);
    while d < to {
        d = d.succ_opt().unwrap_or(to);
        if is_working_day(d) {
            n += 1;
        }
    }
    n
}

/// The date `n` working days after `from`.
fn add_working_days(from: NaiveDate, n: u32) -> NaiveDate {
    let mut d = from;
    let mut left = n;
    while left > 0 {
        match d.succ_opt() {
            Some(next) => d = next,
            None => return d,
        }
        if is_working_day(d) {
            left -= 1;
        }
    }
    d
}

pub(super) fn ip_not_public(ctx: &Ctx, out: &mut Vec<Hit>) {
    use std::net::IpAddr;
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        for (j, ip) in w.ips.iter().enumerate() {
            let Ok(addr) = ip.trim().parse::<IpAddr>() else {
                continue;
            };
            let private = match addr {
                IpAddr::V4(a) => {
                    a.is_unspecified()
                        || a.is_loopback()
                        || a.is_private()
                        || a.is_link_local()
                        || a.is_broadcast()
                        || a.is_documentation()
                        || a.octets()[0] == 100 && (64..128).contains(&a.octets()[1])
                }
                IpAddr::V6(a) => {
                    a.is_unspecified()
                        || a.is_loopback()
                        || (a.segments()[0] & 0xfe00) == 0xfc00
                        || (a.segments()[0] & 0xffc0) == 0xfe80
                }
            };
            if private {
                out.push(Hit::at(FieldPath::website(i).key("ips").index(j)).text("ip", ip.trim()));
            }
        }
    }
}

pub(super) fn home_page_domain(ctx: &Ctx, out: &mut Vec<Hit>) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        let url = w.home_page.trim().to_lowercase();
        if url.is_empty() {
            continue;
        }
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .unwrap_or(&url);
        let host = rest.split(['/', '?', '#', ':']).next().unwrap_or("");
        let listed: Vec<String> = w
            .domains
            .iter()
            .map(|d| d.name.trim().to_lowercase())
            .filter(|d| !d.is_empty())
            .collect();
        if listed.is_empty() {
            continue;
        }
        let ok = listed
            .iter()
            .any(|d| host == d || host.ends_with(&format!(".{d}")));
        if !ok {
            out.push(
                Hit::at(FieldPath::website(i).key("home_page"))
                    .text("home_page", w.home_page.trim())
                    .text("domains", listed.join(", ")),
            );
        }
    }
}

pub(super) fn government_domain(
    ctx: &Ctx,
    case: crate::rules::check::GovernmentDomainCase,
    out: &mut Vec<Hit>,
) {
    use crate::draft::EntityKind;
    use crate::rules::check::GovernmentDomainCase as G;
    let kind = ctx.draft.entity.kind;
    let wanted = match case {
        G::Government => kind == EntityKind::Government,
        G::Institution => kind == EntityKind::PublicInstitution,
    };
    if !wanted {
        return;
    }
    for (i, j, parsed) in &ctx.domains {
        let Ok(d) = parsed else { continue };
        let gov = d.ascii == "gov.cn" || d.ascii.ends_with(".gov.cn");
        let zhengwu = d.unicode.ends_with(".政务") || d.unicode.ends_with(".政务.cn");
        let fired = match case {
            G::Government => !gov && !zhengwu,
            G::Institution => gov,
        };
        if fired {
            out.push(
                Hit::at(FieldPath::domain(*i, *j).key("name")).text("domain", d.unicode.clone()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_days_skip_weekends() {
        let fri = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let mon = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(working_days_between(fri, mon), 1);
        assert_eq!(working_days_between(mon, fri), 0);
        assert_eq!(
            add_working_days(fri, 3),
            NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
        );
        // No silent cap (the old loop stopped at 60): compare with a day-by-day count.
        for k in 0..400 {
            let to = fri + chrono::Duration::days(k);
            let slow = (1..=k)
                .filter(|x| is_working_day(fri + chrono::Duration::days(*x)))
                .count() as i64;
            assert_eq!(working_days_between(fri, to), slow, "{k}");
        }
    }
}
