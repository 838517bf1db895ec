//! Where the entity and the people come from, against the filing province and city.

use crate::draft::CertificateKind;
use crate::engine::{Ctx, Hit};
use crate::field_path::FieldPath;
use crate::identity;
use crate::labels::Role;
use crate::province::Province;
use crate::text;

fn province_hit(field: FieldPath, home: Province) -> Hit {
    Hit::at(field).label("home", home.name_zh(), home.name_en())
}

/// An organisation's province is its certificate's registered address. The credit code's
/// division is only a hint (a company that moves keeps its code: see [`number_region`]).
pub(super) fn org_cross_province(ctx: &Ctx, out: &mut Vec<Hit>) {
    if !ctx.individual {
        address_province_differs(ctx, out);
    }
}

/// An individual's province is the address on the ID card (the registered residence), not the
/// number's first digits.
pub(super) fn individual_cross_province(ctx: &Ctx, out: &mut Vec<Hit>) {
    if ctx.individual {
        address_province_differs(ctx, out);
    }
}

/// The certificate address lies in another province than the filing's.
fn address_province_differs(ctx: &Ctx, out: &mut Vec<Hit>) {
    let d = ctx.draft;
    if let Some(home) = d
        .entity
        .certificate_address
        .province
        .filter(|h| *h != d.application.province)
    {
        out.push(province_hit(
            FieldPath::of("entity.certificate_address.province"),
            home,
        ));
    }
}

/// The entity certificate's number was issued in another province than its address: a note
/// (the address decides where to file).
pub(super) fn number_region(ctx: &Ctx, out: &mut Vec<Hit>) {
    let e = &ctx.draft.entity;
    let Some(address) = e.certificate_address.province else {
        return;
    };
    let from_number = if ctx.individual {
        match &ctx.docs[0].id_card {
            Some(Ok(card)) => Some(card.province),
            _ => None,
        }
    } else if e.certificate.kind.carries_uscc() {
        identity::parse_uscc(&e.certificate.number)
            .ok()
            .and_then(|u| u.province)
    } else {
        None
    };
    if let Some(number) = from_number.filter(|n| *n != address) {
        out.push(
            Hit::at(FieldPath::of("entity.certificate.number"))
                .label("number_province", number.name_zh(), number.name_en())
                .label("address_province", address.name_zh(), address.name_en()),
        );
    }
}

/// A person in one of `roles` whose ID shows another province: the ID's address where given,
/// else the number's first digits (then the person is asked to confirm with the address).
pub(super) fn person_home_province(ctx: &Ctx, roles: &[Role], out: &mut Vec<Hit>) {
    let filing = ctx.draft.application.province;
    let mut seen: Vec<&str> = Vec::new();
    for (path, role, person) in &ctx.persons {
        if !roles.contains(role) || person.id.number.trim().is_empty() {
            continue;
        }
        let key = person.id.number.trim();
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let (home, field, basis) = match person.id_address.province {
            Some(p) => (
                Some(p),
                path.clone().keys("id_address.province"),
                ("证件住址", "the address on the ID"),
            ),
            None => (
                matches!(
                    person.id.kind,
                    CertificateKind::ResidentIdCard | CertificateKind::TemporaryIdCard
                )
                .then(|| identity::parse_id_card(&person.id.number).ok().map(|c| c.province))
                .flatten(),
                path.clone().keys("id.number"),
                (
                    "号码前两位（首次登记地，请填写证件住址确认）",
                    "the number's first digits (where it was first issued: enter the address on the ID to confirm)",
                ),
            ),
        };
        if let Some(home) = home.filter(|h| *h != filing) {
            out.push(
                province_hit(field, home)
                    .vocab("who", *role)
                    .label("basis", basis.0, basis.1),
            );
        }
    }
}

pub(super) fn cross_city(ctx: &Ctx, out: &mut Vec<Hit>) {
    let e = &ctx.draft.entity;
    let a = city_stem(&e.certificate_address.city);
    let b = city_stem(&e.mailing_address.city);
    if !ctx.individual && !a.is_empty() && !b.is_empty() && a != b {
        out.push(
            Hit::at(FieldPath::of("entity.mailing_address.city"))
                .text("certificate_city", e.certificate_address.city.clone())
                .text("mailing_city", e.mailing_address.city.clone()),
        );
    }
}

/// A city name without its administrative ending, so that 石家庄 and 石家庄市 compare equal
/// (the form's city is free text until the division table backs it).
fn city_stem(city: &str) -> String {
    let n = text::normalise_name(city);
    for suffix in ["自治州", "地区", "市", "盟"] {
        if let Some(stem) = n.strip_suffix(suffix) {
            if stem.chars().count() >= 2 {
                return stem.to_string();
            }
        }
    }
    n
}
