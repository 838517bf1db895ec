//! Contact data: phone and email formats, the emergency contact, shared numbers, addresses.

use crate::contact;
use crate::draft::Person;
use crate::engine::{same_person, Ctx, Hit};
use crate::field_path::FieldPath;
use crate::rules::check::{ContactKind, SharedContact};

pub(super) fn format(ctx: &Ctx, what: ContactKind, out: &mut Vec<Hit>) {
    let mut fields: Vec<(FieldPath, &str)> = Vec::new();
    for (path, _, person) in &ctx.persons {
        let (key, value) = match what {
            ContactKind::Mobile => ("mobile", &person.mobile),
            ContactKind::Landline => ("landline", &person.landline),
            ContactKind::Email => ("email", &person.email),
        };
        fields.push((path.clone().key(key), value));
    }
    if what == ContactKind::Mobile {
        fields.push((
            FieldPath::of("entity.emergency_contact.mobile"),
            &ctx.draft.entity.emergency_contact.mobile,
        ));
    }
    for (field, value) in fields {
        let v = value.trim();
        let ok = v.is_empty()
            || match what {
                ContactKind::Mobile => contact::is_mobile(v),
                ContactKind::Landline => contact::is_landline(v),
                ContactKind::Email => contact::is_email(v),
            };
        if !ok {
            out.push(Hit::at(field).text("value", v));
        }
    }
}

pub(super) fn emergency_distinct(ctx: &Ctx, out: &mut Vec<Hit>) {
    let e = &ctx.draft.entity.emergency_contact;
    let em = contact::normalise_phone(&e.mobile);
    if !em.is_empty()
        && ctx
            .persons
            .iter()
            .any(|(_, _, p)| contact::normalise_phone(&p.mobile) == em)
    {
        out.push(
            Hit::at(FieldPath::of("entity.emergency_contact.mobile"))
                .text("value", e.mobile.clone()),
        );
    }
}

pub(super) fn shared(ctx: &Ctx, what: SharedContact, out: &mut Vec<Hit>) {
    let mut seen: Vec<(String, &Person)> = Vec::new();
    for (path, _, person) in &ctx.persons {
        let (key, value) = match what {
            SharedContact::Mobile => ("mobile", contact::normalise_phone(&person.mobile)),
            SharedContact::Email => ("email", person.email.trim().to_lowercase()),
        };
        if value.is_empty() {
            continue;
        }
        if let Some((_, other)) = seen
            .iter()
            .find(|(v, other)| *v == value && !same_person(other, person))
        {
            out.push(
                Hit::at(path.clone().key(key))
                    .text("value", value.clone())
                    .text("other", other.name.clone())
                    .text("name", person.name.clone()),
            );
        }
        seen.push((value, person));
    }
}

pub(super) fn address_detailed(ctx: &Ctx, out: &mut Vec<Hit>) {
    let a = &ctx.draft.entity.mailing_address;
    if !a.detail.trim().is_empty() && !contact::address_is_detailed(&a.detail) {
        out.push(
            Hit::at(FieldPath::of("entity.mailing_address.detail"))
                .text("detail", a.detail.clone()),
        );
    }
}

pub(super) fn landline_not_mobile(ctx: &Ctx, out: &mut Vec<Hit>) {
    for (path, _, person) in &ctx.persons {
        let landline = contact::normalise_phone(&person.landline);
        if landline.is_empty() {
            continue;
        }
        let own = contact::normalise_phone(&person.mobile);
        if contact::is_mobile(&landline) || landline == own {
            out.push(
                Hit::at(path.clone().key("landline"))
                    .text("value", person.landline.trim())
                    .text("name", person.name.clone()),
            );
        }
    }
}

/// `42-2-1`, `3-1-502`: three or more numbers joined by hyphens.
fn is_shorthand(detail: &str) -> bool {
    let text: String = unicode_normalization::UnicodeNormalization::nfkc(detail).collect();
    let mut run = 0;
    let mut groups = 0;
    let mut prev_dash = false;
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            if run == 0 && !prev_dash {
                groups = 0;
            }
            run += 1;
            prev_dash = false;
        } else if c == '-' && run > 0 {
            groups += 1;
            run = 0;
            prev_dash = true;
        } else {
            if run > 0 && groups >= 2 {
                return true;
            }
            run = 0;
            groups = 0;
            prev_dash = false;
        }
    }
    false
}

pub(super) fn address_shorthand(ctx: &Ctx, out: &mut Vec<Hit>) {
    let e = &ctx.draft.entity;
    for (field, a) in [
        ("entity.mailing_address.detail", &e.mailing_address),
        ("entity.certificate_address.detail", &e.certificate_address),
    ] {
        if is_shorthand(&a.detail) {
            out.push(Hit::at(FieldPath::of(field)).text("detail", a.detail.trim()));
        }
    }
}

/// The number after the area code is 0s or 1s only, or the run 1234567(8): no landline starts
/// with 0 or 1.
fn is_placeholder(number: &str) -> bool {
    let n = contact::normalise_phone(number);
    let digits: String = n.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 7 {
        return false;
    }
    let local: &str = if contact::is_mobile(&n) {
        &digits[3..]
    } else if let Some((_, rest)) = number.trim().split_once(['-', ' ']) {
        let rest: &str = rest;
        if rest.chars().all(|c| c.is_ascii_digit()) {
            return placeholder_digits(rest);
        }
        &digits[digits.len().saturating_sub(8)..]
    } else {
        &digits[digits.len().saturating_sub(8)..]
    };
    placeholder_digits(local)
}

fn placeholder_digits(local: &str) -> bool {
    let b = local.as_bytes();
    if b.len() < 7 {
        return false;
    }
    // Local numbers never start with 0 or 1, so these are no one's number; 88888888 may be.
    let same = b.iter().all(|&c| c == b[0]) && matches!(b[0], b'0' | b'1');
    let ascending = b[0] == b'1' && b.windows(2).all(|w| w[1] == w[0] + 1);
    same || ascending
}

pub(super) fn phone_placeholder(ctx: &Ctx, out: &mut Vec<Hit>) {
    let mut check = |field: FieldPath, value: &str| {
        if !value.trim().is_empty() && is_placeholder(value) {
            out.push(Hit::at(field).text("value", value.trim()));
        }
    };
    // Office phones only: a mobile such as 13900000000 can be a real (if rare) number.
    for (path, _, person) in &ctx.persons {
        check(path.clone().key("landline"), &person.landline);
    }
}

pub(super) fn mobiles_min(ctx: &Ctx, min: u32, out: &mut Vec<Hit>) {
    let d = ctx.draft;
    let id = |p: &crate::draft::Person| p.id.number.trim().to_uppercase();
    let entity_id = id(&d.entity.principal);
    let differs = d
        .websites
        .iter()
        .any(|w| !id(&w.principal).is_empty() && id(&w.principal) != entity_id);
    if !differs || entity_id.is_empty() {
        return;
    }
    let mut mobiles: Vec<String> = std::iter::once(&d.entity.principal.mobile)
        .chain(d.websites.iter().map(|w| &w.principal.mobile))
        .chain(std::iter::once(&d.entity.emergency_contact.mobile))
        .map(|m| contact::normalise_phone(m))
        .filter(|m| !m.is_empty())
        .collect();
    mobiles.sort();
    mobiles.dedup();
    if (mobiles.len() as u32) < min {
        out.push(
            Hit::at(FieldPath::of("entity.emergency_contact.mobile"))
                .text("count", mobiles.len().to_string())
                .text("min", min.to_string()),
        );
    }
}

#[cfg(test)]
mod shorthand_tests {
    #[test]
    fn shorthand_and_placeholders() {
        assert!(super::is_shorthand("朝阳路42-2-1"));
        assert!(super::is_shorthand("幸福小区 3-1-502"));
        assert!(!super::is_shorthand("科技园路 1 号 A 座 1201 室"));
        assert!(!super::is_shorthand("深南大道 9988-1 号"));
        assert!(!super::is_shorthand("2-3栋"));
        assert!(super::is_placeholder("010-00000000"));
        assert!(super::is_placeholder("0755-12345678"));
        assert!(!super::is_placeholder("0755-88888888"));
        assert!(!super::is_placeholder("13800138000"));
        assert!(!super::is_placeholder("0755-86001235"));
        assert!(!super::is_placeholder("010-8888"));
    }
}
