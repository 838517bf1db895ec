//! Where the entity and the people come from, against the filing province and city.

use crate::engine::{Ctx, Hit};
use crate::field_path::FieldPath;
use crate::identity;
use crate::province::Province;
use crate::text;

fn province_hit(field: FieldPath, home: Province) -> Hit {
    Hit::at(field).label("home", home.name_zh(), home.name_en())
}

pub(super) fn org_cross_province(ctx: &Ctx, out: &mut Vec<Hit>) {
    if ctx.individual {
        return;
    }
    let d = ctx.draft;
    let c = &d.entity.certificate;
    let from_code = c
        .kind
        .carries_uscc()
        .then(|| identity::parse_uscc(&c.number).ok().and_then(|u| u.province))
        .flatten();
    let (home, field) = match from_code {
        Some(p) => (Some(p), FieldPath::of("entity.certificate.number")),
        None => (
            d.entity.certificate_address.province,
            FieldPath::of("entity.certificate_address.province"),
        ),
    };
    if let Some(home) = home.filter(|h| *h != d.application.province) {
        out.push(province_hit(field, home));
    }
}

pub(super) fn individual_cross_province(ctx: &Ctx, out: &mut Vec<Hit>) {
    if !ctx.individual {
        return;
    }
    let d = ctx.draft;
    let home = match &ctx.docs[0].id_card {
        Some(Ok(card)) => Some((card.province, FieldPath::of("entity.certificate.number"))),
        _ => d
            .entity
            .certificate_address
            .province
            .map(|p| (p, FieldPath::of("entity.certificate_address.province"))),
    };
    if let Some((home, field)) = home.filter(|(h, _)| *h != d.application.province) {
        out.push(province_hit(field, home));
    }
}

pub(super) fn cross_city(ctx: &Ctx, out: &mut Vec<Hit>) {
    let e = &ctx.draft.entity;
    let a = text::normalise_name(&e.certificate_address.city);
    let b = text::normalise_name(&e.mailing_address.city);
    if !ctx.individual && !a.is_empty() && !b.is_empty() && a != b {
        out.push(
            Hit::at(FieldPath::of("entity.mailing_address.city"))
                .text("certificate_city", e.certificate_address.city.clone())
                .text("mailing_city", e.mailing_address.city.clone()),
        );
    }
}
