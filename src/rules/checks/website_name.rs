//! Website names: length, form, reserved words, required endings, relation to the entity's name,
//! and duplicates.

use crate::domain;
use crate::engine::{is_name, Ctx, Hit};
use crate::field_path::FieldPath;
use crate::province::Province;
use crate::rules::check::{NameFormCase, Position};
use crate::rules::Check;
use crate::text;

pub(super) fn name(ctx: &Ctx, check: &Check, out: &mut Vec<Hit>) {
    for (i, w) in ctx.draft.websites.iter().enumerate() {
        let name = w.name.trim();
        if name.is_empty() {
            continue;
        }
        if let Some(hit) = one(ctx, check, i, name) {
            out.push(hit);
        }
    }
}

fn one(ctx: &Ctx, check: &Check, i: usize, name: &str) -> Option<Hit> {
    let hit = || Hit::at(FieldPath::website(i).key("name")).text("name", name);
    let chars = text::count_name_chars(name);
    match check {
        Check::WebsiteNameLength { min } => (chars.counted < *min as usize).then(|| {
            hit()
                .text("length", chars.counted.to_string())
                .text("min", min.to_string())
        }),
        Check::WebsiteNameForm { error } => match error {
            NameFormCase::LatinDigitsOnly => {
                (chars.han == 0 && chars.latin + chars.digits > 0).then(hit)
            }
            NameFormCase::DomainLike => {
                let looks_like = name.contains('.') && domain::parse_domain(name).is_ok();
                let is_own = ctx.draft.websites[i]
                    .domains
                    .iter()
                    .any(|dm| is_name(&dm.name, name));
                (looks_like || is_own).then(hit)
            }
            NameFormCase::ForbiddenSymbols => (!chars.forbidden.is_empty())
                .then(|| hit().text("symbols", chars.forbidden.iter().collect::<String>())),
        },
        Check::WebsiteNameWords { words, position } => {
            let word = match position {
                Position::Prefix => {
                    let norm = text::normalise_name(name);
                    words
                        .iter()
                        .find(|w| norm.starts_with(&text::normalise_name(w)))
                        .map(String::as_str)
                }
                Position::Contains => text::contains_any(name, words).first().copied(),
            }?;
            Some(hit().text("word", word))
        }
        Check::WebsiteNameSuffix { suffixes } => {
            let norm = text::normalise_name(name);
            let ok = suffixes
                .iter()
                .any(|s| norm.ends_with(&text::normalise_name(s)));
            (!ok).then(|| hit().text("suffixes", suffixes.join("、")))
        }
        Check::WebsiteNameUnrelated { suffixes } => {
            if ctx.individual {
                return None;
            }
            let addr = &ctx.draft.entity.certificate_address;
            let core = short_name(
                &ctx.draft.entity.name,
                &[addr.city.as_str(), addr.district.as_str()],
                suffixes,
            );
            if core.chars().count() < 2 {
                return None;
            }
            let norm = text::normalise_name(name);
            let chars_core: Vec<char> = core.chars().collect();
            let related = chars_core
                .windows(2)
                .any(|w| norm.contains(&w.iter().collect::<String>()));
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
            let f = text::normalise_name(f);
            if !f.is_empty() && s.ends_with(&f) && s.len() > f.len() {
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
        assert_eq!(short_name("深圳市腾飞科技有限公司", &["深圳市"], &forms), "腾飞");
        assert_eq!(short_name("广东省星河有限公司", &[], &forms), "星河");
        assert_eq!(short_name("星河（深圳）科技有限公司", &[], &forms), "星河");
        assert_eq!(
            short_name("乌鲁木齐天山果业有限公司", &["乌鲁木齐市", "天山区"], &forms),
            "天山果业"
        );
    }
}
