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
