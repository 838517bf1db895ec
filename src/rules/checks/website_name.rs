//! Website names: length, form, reserved words, required endings, relation to the entity's name,
//! and duplicates.

use crate::domain;
use crate::engine::{is_name, Ctx, Hit};
use crate::field_path::FieldPath;
use crate::province::Province;
use crate::rules::check::{NameFormCase, Position};
use crate::rules::{Check, Rule};
use crate::text;

pub(super) fn name(ctx: &Ctx, rule: &Rule, out: &mut Vec<Hit>) {
    // The entity's short name is the same for every website: work it out once.
    let short = match &rule.check {
        Check::WebsiteNameUnrelated { .. } if !ctx.individual => {
            let addr = &ctx.draft.entity.certificate_address;
            let core = short_name(
                &ctx.draft.entity.name,
                &[addr.city.as_str(), addr.district.as_str()],
                &rule.prepared.norm,
            );
            if core.chars().count() < 2 {
                return;
            }
            Some(core)
        }
        Check::WebsiteNameUnrelated { .. } => return,
        _ => None,
    };
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        let name = w.name.trim();
        if name.is_empty() {
            continue;
        }
        let norm = &ctx.website_texts[i].0;
        if let Some(hit) = one(ctx, rule, i, name, norm, short.as_deref()) {
            out.push(hit);
        }
    }
}

fn one(
    ctx: &Ctx,
    rule: &Rule,
    i: usize,
    name: &str,
    norm: &str,
    short: Option<&str>,
) -> Option<Hit> {
    let hit = || Hit::at(FieldPath::website(i).key("name")).text("name", name);
    let prepared = &rule.prepared.norm;
    match &rule.check {
        Check::WebsiteNameLength { min } => {
            let chars = text::count_name_chars(name);
            (chars.counted < *min as usize).then(|| {
                hit()
                    .text("length", chars.counted.to_string())
                    .text("min", min.to_string())
            })
        }
        Check::WebsiteNameForm { error } => {
            let chars = text::count_name_chars(name);
            match error {
                NameFormCase::LatinDigitsOnly => {
                    (chars.han == 0 && chars.latin + chars.digits > 0).then(hit)
                }
                NameFormCase::DomainLike => {
                    // A domain in any form: bare, with www., a scheme or a path.
                    let lower = name.trim().to_ascii_lowercase();
                    let rest = lower
                        .strip_prefix("https://")
                        .or_else(|| lower.strip_prefix("http://"))
                        .unwrap_or(&lower);
                    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
                    let host = host.strip_prefix("www.").unwrap_or(host);
                    let looks_like = host.contains('.') && domain::parse_domain(host).is_ok();
                    let is_own = ctx.draft.websites[i]
                        .domains
                        .iter()
                        .any(|dm| is_name(&dm.name, name));
                    (looks_like || is_own).then(hit)
                }
                NameFormCase::ForbiddenSymbols => (!chars.forbidden.is_empty())
                    .then(|| hit().text("symbols", chars.forbidden.iter().collect::<String>())),
            }
        }
        Check::WebsiteNameWords {
            words,
            position,
            unless_in_entity_name,
        } => {
            let entity = &ctx.entity_texts.0;
            let word = words
                .iter()
                .zip(prepared)
                .filter(|(_, n)| !n.is_empty())
                .filter(|(_, n)| !(*unless_in_entity_name && entity.contains(n.as_str())))
                .find(|(_, n)| match position {
                    Position::Prefix => norm.starts_with(n.as_str()),
                    Position::Contains => norm.contains(n.as_str()),
                })
                .map(|(w, _)| w.as_str())?;
            Some(hit().text("word", word))
        }
        Check::WebsiteNameSuffix { suffixes } => {
            let ok = prepared.iter().any(|s| norm.ends_with(s.as_str()));
            (!ok).then(|| hit().text("suffixes", suffixes.join("、")))
        }
        Check::WebsiteNameUnrelated { .. } => {
            let core = short?;
            let chars_core: Vec<char> = core.chars().collect();
            let mut pair = String::with_capacity(8);
            let related = chars_core.windows(2).any(|w| {
                pair.clear();
                pair.extend(w);
                norm.contains(pair.as_str())
            });
            (!related).then(|| hit().text("short_name", core))
        }
        _ => None,
    }
}

pub(super) fn duplicate(ctx: &Ctx, out: &mut Vec<Hit>) {
    let d = ctx.draft;
    let mut seen: Vec<String> = d
        .application
        .previous_filings
        .iter()
        .map(|f| text::normalise_name(&f.website_name))
        .filter(|n| !n.is_empty())
        .collect();
    for (i, w) in d.websites.iter().enumerate() {
        let n = text::normalise_name(&w.name);
        if n.is_empty() {
            continue;
        }
        if seen.contains(&n) {
            out.push(Hit::at(FieldPath::website(i).key("name")).text("name", w.name.clone()));
        }
        seen.push(n);
    }
}

/// The distinctive part of an organisation's name (字号): region words (provinces, the
/// certificate's city (`regions[0]`) and district) and organisation-form suffixes removed.
/// `forms` are normalised already.
pub(crate) fn short_name(entity: &str, regions: &[&str], forms: &[String]) -> String {
    let mut s = text::normalise_name(entity);
    let mut words: Vec<String> = Vec::new();
    for p in Province::ALL {
        words.push(format!("{}省", p.name_zh()));
        words.push(format!("{}市", p.name_zh()));
        words.push(p.name_zh().to_string());
    }
    for (n, r) in regions.iter().enumerate() {
        let r = text::normalise_name(r);
        // The city also appears without 市 (乌鲁木齐天山果业); a district only in full (天山区),
        // since its stem is often the trade name itself.
        if n == 0 {
            for suffix in ["市", "地区", "自治州", "州", "盟"] {
                if let Some(stem) = r.strip_suffix(suffix) {
                    if stem.chars().count() >= 2 {
                        words.push(stem.to_string());
                    }
                }
            }
        }
        words.push(r);
    }
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    for w in &words {
        if !w.is_empty() && s.starts_with(w.as_str()) {
            s = s[w.len()..].to_string();
        }
    }
    let mut changed = true;
    while changed {
        changed = false;
        for f in forms {
            if !f.is_empty() && s.ends_with(f.as_str()) && s.len() > f.len() {
                s.truncate(s.len() - f.len());
                changed = true;
            }
        }
        // Bracketed region, e.g. 某某（深圳）科技有限公司.
        if let (Some(a), Some(b)) = (s.find('('), s.find(')')) {
            if a < b {
                s = format!("{}{}", &s[..a], &s[b + 1..]);
                changed = true;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names() {
        let forms: Vec<String> = ["有限公司", "科技", "股份", "有限责任公司", "集团"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            short_name("深圳市腾飞科技有限公司", &["深圳市"], &forms),
            "腾飞"
        );
        assert_eq!(short_name("广东省星河有限公司", &[], &forms), "星河");
        assert_eq!(short_name("星河（深圳）科技有限公司", &[], &forms), "星河");
        assert_eq!(
            short_name(
                "乌鲁木齐天山果业有限公司",
                &["乌鲁木齐市", "天山区"],
                &forms
            ),
            "天山果业"
        );
    }
}
