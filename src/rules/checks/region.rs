//! Where the entity and the people come from, against the filing province and city.

use crate::divisions::{self, Division};
use crate::draft::{Address, CertificateKind, Person, ResidenceProofKind};
use crate::engine::{Ctx, Hit};
use crate::field_path::FieldPath;
use crate::identity;
use crate::labels::Role;
use crate::province::Province;
use crate::rules::check::{AddressLevel, ResidenceProofCase};
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
/// number's first digits. A residence proof of an `accepts` kind, issued by the filing province
/// and valid on the submission date (an end on or after it, or long-term), answers it.
pub(super) fn individual_cross_province(
    ctx: &Ctx,
    accepts: &[ResidenceProofKind],
    out: &mut Vec<Hit>,
) {
    if !ctx.individual {
        return;
    }
    let proof = &ctx.draft.entity.principal.residence_proof;
    let answered = proof.kind.is_some_and(|k| accepts.contains(&k))
        && proof.province == Some(ctx.draft.application.province)
        && (proof.validity.long_term || proof.validity.end.is_some_and(|e| e >= ctx.submission));
    if !answered {
        address_province_differs(ctx, out);
    }
}

/// Where a person's home is: for the individual filing as a person (the entity principal of an
/// individual filing) the entity certificate's address, which is the ID's; else the person's ID
/// address; else the first digits of a resident ID's number.
fn home_of(ctx: &Ctx, role: Role, person: &Person) -> Option<Province> {
    let own = (ctx.individual && role == Role::EntityPrincipal)
        .then_some(ctx.draft.entity.certificate_address.province)
        .flatten();
    own.or(person.id_address.province)
        .or_else(|| number_province(person))
}

/// The province of a resident ID's first digits (where it was first issued), when it parses.
fn number_province(person: &Person) -> Option<Province> {
    matches!(
        person.id.kind,
        CertificateKind::ResidentIdCard | CertificateKind::TemporaryIdCard
    )
    .then(|| {
        identity::parse_id_card(&person.id.number)
            .ok()
            .map(|c| c.province)
    })
    .flatten()
}

/// The persons whose home lies in another province than the filing's and who declared a
/// residence proof: (path of the proof, role, person, home), each person once.
pub(crate) fn nonlocal_proofs<'a>(ctx: &'a Ctx) -> Vec<(FieldPath, Role, &'a Person, Province)> {
    let filing = ctx.draft.application.province;
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for (path, role, person) in &ctx.persons {
        if person.residence_proof.kind.is_none() {
            continue;
        }
        let Some(home) = home_of(ctx, *role, person).filter(|h| *h != filing) else {
            continue;
        };
        let key = person.id.number.trim().to_uppercase();
        if !key.is_empty() {
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
        }
        // The entity principal of an individual filing is the applicant.
        let role = if ctx.individual && *role == Role::EntityPrincipal {
            Role::Individual
        } else {
            *role
        };
        out.push((path.clone().key("residence_proof"), role, *person, home));
    }
    out
}

/// A declared residence proof of a non-local person in the state `case`.
pub(super) fn residence_proof(ctx: &Ctx, case: ResidenceProofCase, out: &mut Vec<Hit>) {
    let filing = ctx.draft.application.province;
    for (path, role, person, home) in nonlocal_proofs(ctx) {
        let proof = &person.residence_proof;
        let Some(kind) = proof.kind else { continue };
        let field = match case {
            ResidenceProofCase::Declared => {
                (proof.province == Some(filing)).then(|| path.key("kind"))
            }
            ResidenceProofCase::OtherProvince => proof
                .province
                .filter(|p| *p != filing)
                .map(|_| path.key("province")),
            ResidenceProofCase::NoValidity => (proof.validity.end.is_none()
                && !proof.validity.long_term)
                .then(|| path.keys("validity.end")),
        };
        if let Some(field) = field {
            let issued = proof.province.unwrap_or(filing);
            out.push(
                province_hit(field, home)
                    .vocab("who", role)
                    .vocab("proof", kind)
                    .label("issued", issued.name_zh(), issued.name_en()),
            );
        }
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
                number_province(person),
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
    let (cert, mail) = (&e.certificate_address, &e.mailing_address);
    if ctx.individual || cert.city.trim().is_empty() || mail.city.trim().is_empty() {
        return;
    }
    // Division codes where the table knows both cities (石家庄 = 石家庄市, 延边 = 延边朝鲜族自治州,
    // 朝阳区 typed as the city stands for 北京市); else the text without its ending, so an
    // unknown name is compared as before and never becomes an error of its own.
    let differs = match (city_code(cert), city_code(mail)) {
        (Some(a), Some(b)) => a != b,
        _ => {
            let (a, b) = (city_stem(&cert.city), city_stem(&mail.city));
            a != b
        }
    };
    if differs {
        out.push(
            Hit::at(FieldPath::of("entity.mailing_address.city"))
                .text("certificate_city", cert.city.clone())
                .text("mailing_city", mail.city.clone()),
        );
    }
}

/// The GB/T 2260 code of an address's city, when its province is given and the table knows the
/// name there.
fn city_code(address: &Address) -> Option<u32> {
    let province = address.province?;
    divisions::table()
        .resolve_city(province, &address.city)
        .map(|c| c.code)
}

/// A city name without its administrative ending, so that 石家庄 and 石家庄市 compare equal
/// (for names the division table does not know).
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

/// Every address of the draft with its path: the entity's certificate and mailing addresses,
/// the persons' ID addresses (each at its own path, so the finding shows where it is typed).
fn addresses<'a>(ctx: &'a Ctx) -> Vec<(FieldPath, &'a Address)> {
    let e = &ctx.draft.entity;
    let mut out = vec![
        (
            FieldPath::of("entity.certificate_address"),
            &e.certificate_address,
        ),
        (FieldPath::of("entity.mailing_address"), &e.mailing_address),
    ];
    for (path, _, person) in &ctx.persons {
        out.push((path.clone().key("id_address"), &person.id_address));
    }
    out
}

/// An address whose city the division table places only outside the address's province, or
/// whose district it places only outside the address's city. A name the table does not know, a
/// name it finds in several places including the right one, or a district typed into the city
/// field, gives nothing.
pub(super) fn address_region(ctx: &Ctx, level: AddressLevel, out: &mut Vec<Hit>) {
    let table = divisions::table();
    for (path, address) in addresses(ctx) {
        let Some(province) = address.province else {
            continue;
        };
        let city = address.city.trim();
        if city.is_empty() {
            continue;
        }
        match level {
            AddressLevel::City => {
                if table.resolve_city(province, city).is_some()
                    || table
                        .districts_named(city)
                        .any(|d| d.province() == Some(province))
                {
                    continue;
                }
                let found = table.city_provinces(city);
                if found.is_empty() {
                    continue;
                }
                let zh: Vec<&str> = found.iter().map(|p| p.name_zh()).collect();
                let en: Vec<&str> = found.iter().map(|p| p.name_en()).collect();
                out.push(
                    Hit::at(path.key("city"))
                        .text("city", city)
                        .label("province", province.name_zh(), province.name_en())
                        .label("found_in", zh.join("、"), en.join(", ")),
                );
            }
            AddressLevel::District => {
                let district = address.district.trim();
                let Some(city_division) = table.city(province, city) else {
                    continue;
                };
                if district.is_empty()
                    || table.districts(city_division.code).next().is_none()
                    || table.district(city_division.code, district).is_some()
                {
                    continue;
                }
                let elsewhere: Vec<&Division> = table
                    .districts_named(district)
                    .filter_map(|d| d.parent.and_then(|p| table.get(p)))
                    .collect();
                if elsewhere.is_empty() || elsewhere.iter().any(|c| c.code == city_division.code) {
                    continue;
                }
                let place = |c: &&Division, zh: bool| {
                    let p = c
                        .province()
                        .map(|p| if zh { p.name_zh() } else { p.name_en() });
                    match p {
                        Some(p) if zh => format!("{p}{}", c.name),
                        Some(p) => format!("{} ({p})", c.name),
                        None => c.name.to_string(),
                    }
                };
                let zh: Vec<String> = elsewhere.iter().map(|c| place(c, true)).collect();
                let en: Vec<String> = elsewhere.iter().map(|c| place(c, false)).collect();
                out.push(
                    Hit::at(path.key("district"))
                        .text("district", district)
                        .text("city", city_division.name)
                        .label("found_in", zh.join("、"), en.join(", ")),
                );
            }
        }
    }
}
