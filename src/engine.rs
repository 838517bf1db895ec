//! The rule engine: runs every rule that applies to a draft and returns the findings.
//!
//! Which rules apply, with which parameters, messages and sources, is data (see [`crate::rules`]);
//! this module implements the check kinds. Each check kind yields "hits" (a field path plus the
//! parameters that fill in the rule's message); the engine turns hits into [`Finding`]s. "Today"
//! is passed in: the core never reads the clock.

use chrono::{Datelike, Months, NaiveDate, Weekday};

use crate::contact;
use crate::domain::{self, DomainError, DomainName};
use crate::draft::{
    ApplicationKind, Certificate, CertificateKind, Draft, EntityKind, HolderKind, Person,
};
use crate::finding::{Finding, Report};
use crate::identity::{self, IdCard, IdCardError, UsccError};
use crate::province::Province;
use crate::rules::{CheckKind, Rule, RuleSet};
use crate::text;

/// Checks a draft against the rules, as of `today` (the caller's date; the core reads no clock).
pub fn check(draft: &Draft, rules: &RuleSet, today: NaiveDate) -> Report {
    let ctx = Ctx::new(draft, rules, today);
    let mut findings = Vec::new();
    for rule in rules.for_province(draft.application.province) {
        if !applies(rule, draft, ctx.submission) {
            continue;
        }
        for hit in run(rule, &ctx) {
            findings.push(finding(rule, hit, &ctx));
        }
    }
    findings.sort_by(|a, b| {
        (a.severity, field_order(&a.field), &a.code).cmp(&(
            b.severity,
            field_order(&b.field),
            &b.code,
        ))
    });
    Report { findings }
}

/// Orders fields as the wizard shows them: application, entity, websites by index.
fn field_order(field: &str) -> (u8, String) {
    let rank = if field.starts_with("application") {
        0
    } else if field.starts_with("entity") {
        1
    } else if field.starts_with("websites") {
        2
    } else {
        3
    };
    // Pad indices so websites[10] sorts after websites[9].
    let mut key = String::with_capacity(field.len() + 8);
    let mut digits = String::new();
    for c in field.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            if !digits.is_empty() {
                key.push_str(&format!("{digits:0>4}"));
                digits.clear();
            }
            key.push(c);
        }
    }
    key.push_str(&digits);
    (rank, key)
}

fn applies(rule: &Rule, draft: &Draft, submission: NaiveDate) -> bool {
    (rule.entity_kinds.is_empty() || rule.entity_kinds.contains(&draft.entity.kind))
        && (rule.application_kinds.is_empty()
            || rule.application_kinds.contains(&draft.application.kind))
        && rule.since.is_none_or(|since| submission >= since)
}

/// One place a rule fired.
struct Hit {
    field: String,
    params: Vec<(String, String)>,
    /// `Some(false)`: the rule's dispute does not concern this hit (e.g. a count above every
    /// source's threshold); `None`/`Some(true)`: show it.
    disputed: Option<bool>,
}

fn hit(field: impl Into<String>, params: &[(&str, String)]) -> Hit {
    Hit {
        field: field.into(),
        params: params
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
        disputed: None,
    }
}

fn finding(rule: &Rule, h: Hit, ctx: &Ctx) -> Finding {
    let mut params = h.params;
    let province = ctx.draft.application.province;
    params.push(("province".into(), province.name_zh().into()));
    params.push(("province_en".into(), province.name_en().into()));
    let message_zh = fill(&rule.message_zh, &params, true);
    let message_en = fill(&rule.message_en, &params, false);
    params.retain(|(k, _)| k != "province" && k != "province_en");
    let dispute = match h.disputed {
        Some(false) => None,
        _ => rule.dispute.clone(),
    };
    Finding {
        code: rule.id.clone(),
        severity: rule.severity,
        field: h.field,
        message_zh,
        message_en,
        source: rule
            .sources
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>()
            .join("; "),
        sources: rule.sources.clone(),
        dispute,
        province: rule.province,
        params,
        material: rule.material.clone(),
    }
}

/// Fills `{name}` placeholders. Values with a `_en` twin are used in the English text.
fn fill(template: &str, params: &[(String, String)], zh: bool) -> String {
    let mut out = template.to_string();
    for (k, v) in params {
        if !zh {
            if let Some((_, en)) = params.iter().find(|(k2, _)| *k2 == format!("{k}_en")) {
                out = out.replace(&format!("{{{k}}}"), en);
                continue;
            }
        }
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Context: what many checks need, computed once.

/// Which person a document belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The entity itself is a person (个人主体): its certificate.
    Individual,
    EntityPrincipal,
    WebsitePrincipal,
}

impl Role {
    fn code(self) -> &'static str {
        match self {
            Role::Individual => "individual",
            Role::EntityPrincipal => "entity-principal",
            Role::WebsitePrincipal => "website-principal",
        }
    }
    fn name_zh(self) -> &'static str {
        match self {
            Role::Individual => "备案人",
            Role::EntityPrincipal => "主体负责人",
            Role::WebsitePrincipal => "网站负责人",
        }
    }
    fn name_en(self) -> &'static str {
        match self {
            Role::Individual => "applicant",
            Role::EntityPrincipal => "entity person-in-charge",
            Role::WebsitePrincipal => "website person-in-charge",
        }
    }
}

/// An identity document or certificate in the draft.
struct Doc<'a> {
    /// Path of the certificate object, e.g. `entity.principal.id`.
    path: String,
    cert: &'a Certificate,
    /// None for an organisation's certificate.
    role: Option<Role>,
    /// The parsed ID card, when the document is one and parses.
    id_card: Option<Result<IdCard, IdCardError>>,
}

struct Ctx<'a> {
    draft: &'a Draft,
    rules: &'a RuleSet,
    submission: NaiveDate,
    individual: bool,
    docs: Vec<Doc<'a>>,
    /// Persons with their path and role (entity principal, website principals).
    persons: Vec<(String, Role, &'a Person)>,
    /// Parsed domains: (website index, domain index, result).
    domains: Vec<(usize, usize, Result<DomainName, DomainError>)>,
    /// Every domain suffix any rule lists (to find domain prefixes).
    suffixes: Vec<String>,
    /// Pre-approval keyword areas of the filing province, with normalised keywords.
    areas: Vec<(crate::rules::AreaKeywords, Vec<String>)>,
    /// Normalised (name, description) of each website.
    website_texts: Vec<(String, String)>,
    /// Normalised (name, business scope) of the entity.
    entity_texts: (String, String),
    /// The draft as JSON, for `required` rules (made on first use).
    value: std::cell::OnceCell<serde_json::Value>,
}

impl<'a> Ctx<'a> {
    fn new(draft: &'a Draft, rules: &'a RuleSet, today: NaiveDate) -> Ctx<'a> {
        let individual = draft.entity.kind.is_individual();
        let parse_id = |c: &Certificate| {
            matches!(
                c.kind,
                CertificateKind::ResidentIdCard | CertificateKind::TemporaryIdCard
            )
            .then(|| identity::parse_id_card(&c.number))
        };
        let mut docs = vec![Doc {
            path: "entity.certificate".into(),
            cert: &draft.entity.certificate,
            role: individual.then_some(Role::Individual),
            id_card: parse_id(&draft.entity.certificate),
        }];
        let mut persons = vec![(
            "entity.principal".to_string(),
            Role::EntityPrincipal,
            &draft.entity.principal,
        )];
        for (i, w) in draft.websites.iter().enumerate() {
            persons.push((
                format!("websites[{i}].principal"),
                Role::WebsitePrincipal,
                &w.principal,
            ));
        }
        for (path, role, p) in &persons {
            docs.push(Doc {
                path: format!("{path}.id"),
                cert: &p.id,
                role: Some(*role),
                id_card: parse_id(&p.id),
            });
        }
        let mut domains = Vec::new();
        for (i, w) in draft.websites.iter().enumerate() {
            for (j, d) in w.domains.iter().enumerate() {
                if !d.name.trim().is_empty() {
                    domains.push((i, j, domain::parse_domain(&d.name)));
                }
            }
        }
        let mut suffixes: Vec<String> = rules
            .rules
            .iter()
            .filter(|r| r.check == CheckKind::DomainSuffix)
            .flat_map(|r| r.params.suffixes.iter().cloned())
            .collect();
        suffixes.sort();
        suffixes.dedup();
        let areas = rules
            .areas_for(draft.application.province)
            .into_iter()
            .map(|a| {
                let norm = a.keywords.iter().map(|k| text::normalise_name(k)).collect();
                (a, norm)
            })
            .collect();
        let website_texts = draft
            .websites
            .iter()
            .map(|w| {
                (
                    text::normalise_name(&w.name),
                    text::normalise_name(&w.description),
                )
            })
            .collect();
        let entity_texts = (
            text::normalise_name(&draft.entity.name),
            text::normalise_name(&draft.entity.business_scope),
        );
        Ctx {
            draft,
            rules,
            submission: draft.submission_date(today),
            individual,
            docs,
            persons,
            domains,
            suffixes,
            areas,
            website_texts,
            entity_texts,
            value: std::cell::OnceCell::new(),
        }
    }

    fn legal_rep(&self) -> Option<&'a str> {
        let lr = self.draft.entity.legal_representative.trim();
        (!self.individual && !lr.is_empty()).then_some(lr)
    }

    /// Distinct domain prefixes over filed and new domains.
    fn domain_prefixes(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .draft
            .application
            .previous_filings
            .iter()
            .filter_map(|p| domain::parse_domain(&p.domain).ok())
            .chain(
                self.domains
                    .iter()
                    .filter_map(|(_, _, d)| d.as_ref().ok().cloned()),
            )
            .map(|d| domain::prefix(&d, &self.suffixes))
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

fn same_person(a: &Person, b: &Person) -> bool {
    let na = a.id.number.trim().to_uppercase();
    let nb = b.id.number.trim().to_uppercase();
    if !na.is_empty() && !nb.is_empty() {
        na == nb
    } else {
        text::normalise_name(&a.name) == text::normalise_name(&b.name)
    }
}

fn is_name(a: &str, b: &str) -> bool {
    let a = text::normalise_name(a);
    !a.is_empty() && a == text::normalise_name(b)
}

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Working days (Monday–Friday) after `from` up to and including `to`.
fn working_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    let mut n = 0;
    let mut d = from;
    while d < to {
        d = d.succ_opt().unwrap_or(d);
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            n += 1;
        }
        if n > 60 {
            break;
        }
    }
    n
}

/// The date `n` working days after `from`.
fn add_working_days(from: NaiveDate, n: u32) -> NaiveDate {
    let mut d = from;
    let mut left = n;
    while left > 0 {
        d = d.succ_opt().unwrap_or(d);
        if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    d
}

// ---------------------------------------------------------------------------------------------
// The check kinds.

fn run(rule: &Rule, ctx: &Ctx) -> Vec<Hit> {
    let d = ctx.draft;
    let p = &rule.params;
    let err = p.error.as_deref().unwrap_or("");
    let mut out = Vec::new();
    match rule.check {
        CheckKind::Always => out.push(hit("", &[])),

        CheckKind::EachDomain => {
            for (i, w) in d.websites.iter().enumerate() {
                for (j, dom) in w.domains.iter().enumerate() {
                    if !dom.name.trim().is_empty() {
                        out.push(hit(
                            format!("websites[{i}].domains[{j}].name"),
                            &[("domain", dom.name.trim().to_string())],
                        ));
                    }
                }
            }
        }

        CheckKind::Required => {
            let value = ctx
                .value
                .get_or_init(|| serde_json::to_value(d).unwrap_or_default());
            for f in &p.fields {
                for path in missing_paths(value, &f.path) {
                    out.push(hit(
                        path,
                        &[("field", f.zh.clone()), ("field_en", f.en.clone())],
                    ));
                }
            }
        }

        CheckKind::IdCard => {
            for doc in &ctx.docs {
                let field = format!("{}.number", doc.path);
                let who = doc.role.map(|r| (r.name_zh(), r.name_en()));
                let (who_zh, who_en) = who.unwrap_or(("主体", "entity"));
                let base = [("who", who_zh.to_string()), ("who_en", who_en.to_string())];
                match &doc.id_card {
                    Some(Err(e)) if doc.cert.number.trim().is_empty() => {
                        let _ = e;
                    }
                    Some(Err(e)) => {
                        let mut params = base.to_vec();
                        let matched = match (err, e) {
                            ("fifteen-digit", IdCardError::FifteenDigit) => true,
                            ("length", IdCardError::Length { len }) => {
                                params.push(("length", len.to_string()));
                                true
                            }
                            ("charset", IdCardError::Charset) => true,
                            ("division", IdCardError::Division { code }) => {
                                params.push(("code", code.clone()));
                                true
                            }
                            ("birth-date", IdCardError::BirthDate { text }) => {
                                params.push(("date", text.clone()));
                                true
                            }
                            ("checksum", IdCardError::Checksum { expected, found }) => {
                                params.push(("expected", expected.to_string()));
                                params.push(("found", found.to_string()));
                                true
                            }
                            _ => false,
                        };
                        if matched {
                            out.push(hit(field, &params));
                        }
                    }
                    Some(Ok(card)) if err == "future-birth" && card.birth_date > ctx.submission => {
                        out.push(hit(
                            field,
                            &[
                                base[0].clone(),
                                base[1].clone(),
                                ("date", date(card.birth_date)),
                            ],
                        ));
                    }
                    Some(Ok(card))
                        if err == "lowercase-x" && doc.cert.number.trim().ends_with('x') =>
                    {
                        out.push(hit(
                            field,
                            &[
                                base[0].clone(),
                                base[1].clone(),
                                ("normalised", card.normalised.clone()),
                            ],
                        ));
                    }
                    _ => {}
                }
            }
        }

        CheckKind::Uscc => {
            let c = &d.entity.certificate;
            if !ctx.individual && c.kind.carries_uscc() && !c.number.trim().is_empty() {
                if let Err(e) = identity::parse_uscc(&c.number) {
                    let field = "entity.certificate.number";
                    match (err, e) {
                        ("length", UsccError::Length { len }) => {
                            out.push(hit(field, &[("length", len.to_string())]))
                        }
                        ("charset", UsccError::Charset { ch, position }) => out.push(hit(
                            field,
                            &[("char", ch.to_string()), ("position", position.to_string())],
                        )),
                        ("checksum", UsccError::Checksum { expected, found }) => out.push(hit(
                            field,
                            &[
                                ("expected", expected.to_string()),
                                ("found", found.to_string()),
                            ],
                        )),
                        ("division", UsccError::Division { code }) => {
                            out.push(hit(field, &[("code", code)]))
                        }
                        _ => {}
                    }
                }
            }
        }

        CheckKind::UsccEntityKind => {
            let c = &d.entity.certificate;
            if !ctx.individual && c.kind.carries_uscc() {
                if let Ok(u) = identity::parse_uscc(&c.number) {
                    let kinds = identity::entity_kinds_for_uscc(u.department, u.category);
                    if !kinds.is_empty() && !kinds.contains(&d.entity.kind) {
                        let expected: Vec<&str> = kinds.iter().map(|k| k.name_zh()).collect();
                        out.push(hit(
                            "entity.kind",
                            &[
                                ("code", format!("{}{}", u.department, u.category)),
                                ("expected", expected.join("、")),
                                ("kind", d.entity.kind.name_zh().to_string()),
                            ],
                        ));
                    }
                }
            }
        }

        CheckKind::CertificateFormat => {
            for doc in &ctx.docs {
                let k = doc.cert.kind;
                let special = matches!(
                    k,
                    CertificateKind::ResidentIdCard | CertificateKind::TemporaryIdCard
                ) || k.carries_uscc();
                if special || doc.cert.number.trim().is_empty() {
                    continue;
                }
                if let Err(identity::FormatError::Invalid {
                    expected_zh,
                    expected_en,
                }) = identity::check_format(k, &doc.cert.number)
                {
                    out.push(hit(
                        format!("{}.number", doc.path),
                        &[
                            ("kind", k.name_zh().to_string()),
                            ("expected", expected_zh.to_string()),
                            ("expected_en", expected_en.to_string()),
                        ],
                    ));
                }
            }
        }

        CheckKind::EntityCertificateKind => {
            let pair = format!(
                "{}:{}",
                d.entity.kind.code(),
                d.entity.certificate.kind.code()
            );
            let kind_listed = p
                .allowed
                .iter()
                .any(|a| a.split(':').next() == Some(d.entity.kind.code()));
            if kind_listed && !p.allowed.contains(&pair) {
                let expected: Vec<String> = p
                    .allowed
                    .iter()
                    .filter_map(|a| a.strip_prefix(&format!("{}:", d.entity.kind.code())))
                    .filter_map(cert_kind_name)
                    .collect();
                out.push(hit(
                    "entity.certificate.kind",
                    &[
                        ("kind", d.entity.kind.name_zh().to_string()),
                        (
                            "certificate",
                            d.entity.certificate.kind.name_zh().to_string(),
                        ),
                        ("expected", expected.join("、")),
                    ],
                ));
            }
        }

        CheckKind::PersonIdKind => {
            for doc in ctx.docs.iter().filter(|doc| doc.role.is_some()) {
                if p.refused.iter().any(|r| r == doc.cert.kind.code()) {
                    out.push(hit(
                        format!("{}.kind", doc.path),
                        &[("kind", doc.cert.kind.name_zh().to_string())],
                    ));
                }
            }
        }

        CheckKind::EntityKindRefused => {
            if p.refused.iter().any(|r| r == d.entity.kind.code()) {
                out.push(hit(
                    "entity.kind",
                    &[("kind", d.entity.kind.name_zh().to_string())],
                ));
            }
        }

        CheckKind::ValidityExpired | CheckKind::ValidityWindow => {
            let months = p.months.unwrap_or(0);
            let limit = ctx
                .submission
                .checked_add_months(Months::new(months))
                .unwrap_or(NaiveDate::MAX);
            let fires = |end: NaiveDate| match rule.check {
                CheckKind::ValidityExpired => end < ctx.submission,
                _ => end >= ctx.submission && end < limit,
            };
            for (field, end) in validity_ends(ctx, &p.documents) {
                if fires(end) {
                    out.push(hit(
                        field,
                        &[
                            ("end", date(end)),
                            ("months", months.to_string()),
                            ("submission", date(ctx.submission)),
                        ],
                    ));
                }
            }
        }

        CheckKind::ValidityDates => {
            for doc in &ctx.docs {
                let v = &doc.cert.validity;
                let field = format!("{}.validity", doc.path);
                let fired = match err {
                    "inverted" => matches!((v.start, v.end), (Some(s), Some(e)) if s > e),
                    "missing-end" => v.end.is_none() && !v.long_term,
                    "future-start" => v.start.is_some_and(|s| s > ctx.submission),
                    "long-term-with-end" => v.long_term && v.end.is_some(),
                    _ => false,
                };
                if fired && !doc.cert.number.trim().is_empty() {
                    out.push(hit(field, &[("kind", doc.cert.kind.name_zh().to_string())]));
                }
            }
        }

        CheckKind::MinimumAge => {
            let below = p.below.unwrap_or(0);
            let from = p.from_age.unwrap_or(0);
            let mut seen: Vec<String> = Vec::new();
            for doc in &ctx.docs {
                let (Some(role), Some(Ok(card))) = (doc.role, &doc.id_card) else {
                    continue;
                };
                if !p.roles.iter().any(|r| r == role.code()) || seen.contains(&card.normalised) {
                    continue;
                }
                let age = identity::age_on(card.birth_date, ctx.submission);
                if age < below && age >= from {
                    seen.push(card.normalised.clone());
                    out.push(hit(
                        format!("{}.number", doc.path),
                        &[
                            ("age", age.to_string()),
                            ("who", role.name_zh().to_string()),
                            ("who_en", role.name_en().to_string()),
                        ],
                    ));
                }
            }
        }

        CheckKind::OrgCrossProvince => {
            if !ctx.individual {
                let c = &d.entity.certificate;
                let from_code = c
                    .kind
                    .carries_uscc()
                    .then(|| {
                        identity::parse_uscc(&c.number)
                            .ok()
                            .and_then(|u| u.province)
                    })
                    .flatten();
                let (home, field) = match from_code {
                    Some(p) => (Some(p), "entity.certificate.number"),
                    None => (
                        d.entity.certificate_address.province,
                        "entity.certificate_address.province",
                    ),
                };
                if let Some(home) = home.filter(|h| *h != d.application.province) {
                    out.push(hit(field, &province_params(home)));
                }
            }
        }

        CheckKind::IndividualCrossProvince => {
            if ctx.individual {
                let home = match &ctx.docs[0].id_card {
                    Some(Ok(card)) => Some((card.province, "entity.certificate.number")),
                    _ => d
                        .entity
                        .certificate_address
                        .province
                        .map(|p| (p, "entity.certificate_address.province")),
                };
                if let Some((home, field)) = home.filter(|(h, _)| *h != d.application.province) {
                    out.push(hit(field, &province_params(home)));
                }
            }
        }

        CheckKind::CrossCity => {
            let a = text::normalise_name(&d.entity.certificate_address.city);
            let b = text::normalise_name(&d.entity.mailing_address.city);
            if !ctx.individual && !a.is_empty() && !b.is_empty() && a != b {
                out.push(hit(
                    "entity.mailing_address.city",
                    &[
                        (
                            "certificate_city",
                            d.entity.certificate_address.city.clone(),
                        ),
                        ("mailing_city", d.entity.mailing_address.city.clone()),
                    ],
                ));
            }
        }

        CheckKind::PrincipalNotLegalRep => {
            if let Some(lr) = ctx.legal_rep() {
                let role = p.role.as_deref().unwrap_or("");
                for (path, r, person) in &ctx.persons {
                    if r.code() == role
                        && !person.name.trim().is_empty()
                        && !is_name(&person.name, lr)
                    {
                        out.push(hit(
                            format!("{path}.name"),
                            &[("name", person.name.clone()), ("legal_rep", lr.to_string())],
                        ));
                    }
                }
            }
        }

        CheckKind::PrincipalsSamePerson => {
            if !ctx.individual {
                let ep = &d.entity.principal;
                for (i, w) in d.websites.iter().enumerate() {
                    if !w.principal.name.trim().is_empty() && same_person(ep, &w.principal) {
                        out.push(hit(
                            format!("websites[{i}].principal.name"),
                            &[("name", w.principal.name.clone())],
                        ));
                    }
                }
            }
        }

        CheckKind::PrincipalsMustMatch => {
            if let Some(lr) = ctx.legal_rep() {
                let ep = &d.entity.principal;
                if !ep.name.trim().is_empty() && !is_name(&ep.name, lr) {
                    for (i, w) in d.websites.iter().enumerate() {
                        if !w.principal.name.trim().is_empty() && !same_person(ep, &w.principal) {
                            out.push(hit(
                                format!("websites[{i}].principal.name"),
                                &[
                                    ("name", w.principal.name.clone()),
                                    ("principal", ep.name.clone()),
                                ],
                            ));
                        }
                    }
                }
            }
        }

        CheckKind::NameKeywordLegalRep => {
            if let Some(lr) = ctx.legal_rep() {
                if let Some(word) = text::contains_any(&d.entity.name, &p.words).first() {
                    for (path, _, person) in &ctx.persons {
                        if !person.name.trim().is_empty() && !is_name(&person.name, lr) {
                            out.push(hit(
                                format!("{path}.name"),
                                &[("word", word.to_string()), ("legal_rep", lr.to_string())],
                            ));
                        }
                    }
                }
            }
        }

        CheckKind::WebsiteNameLength
        | CheckKind::WebsiteNameForm
        | CheckKind::WebsiteNameWords
        | CheckKind::WebsiteNameSuffix
        | CheckKind::WebsiteNameUnrelated => {
            for (i, w) in d.websites.iter().enumerate() {
                let name = w.name.trim();
                if name.is_empty() {
                    continue;
                }
                let field = format!("websites[{i}].name");
                if let Some(params) = website_name(rule, ctx, i, name) {
                    out.push(Hit {
                        field,
                        params,
                        disputed: None,
                    });
                }
            }
        }

        CheckKind::WebsiteNameDuplicate => {
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
                    out.push(hit(
                        format!("websites[{i}].name"),
                        &[("name", w.name.clone())],
                    ));
                }
                seen.push(n);
            }
        }

        CheckKind::CountMax | CheckKind::CountThreshold => {
            let what = p.count.as_deref().unwrap_or("");
            if what == "domains-per-website" {
                for (i, w) in d.websites.iter().enumerate() {
                    let n = w
                        .domains
                        .iter()
                        .filter(|d| !d.name.trim().is_empty())
                        .count() as u32;
                    if let Some(h) = count_hit(rule, n, format!("websites[{i}].domains")) {
                        out.push(h);
                    }
                }
            } else {
                let n = count(ctx, what);
                let field =
                    if what.starts_with("new-") || what == "domains" || what == "domain-prefixes" {
                        "websites"
                    } else {
                        "application.previous_filings"
                    };
                if let Some(h) = count_hit(rule, n, field.to_string()) {
                    out.push(h);
                }
            }
        }

        CheckKind::DomainSyntax => {
            for (i, j, parsed) in &ctx.domains {
                let field = format!("websites[{i}].domains[{j}].name");
                let name = d.websites[*i].domains[*j].name.clone();
                match (err, parsed) {
                    ("www", Err(DomainError::Www)) => out.push(hit(field, &[("domain", name)])),
                    ("invalid", Err(e)) if !matches!(e, DomainError::Www) => {
                        let (zh, en) = domain_error_text(e);
                        out.push(hit(
                            field,
                            &[("domain", name), ("reason", zh), ("reason_en", en)],
                        ))
                    }
                    _ => {}
                }
            }
        }

        CheckKind::DomainSuffix | CheckKind::DomainSuffixForKind => {
            for (i, j, parsed) in &ctx.domains {
                let Ok(dn) = parsed else { continue };
                if domain::matching_suffix(dn, &p.suffixes).is_none() {
                    let last = dn.labels.last().cloned().unwrap_or_default();
                    out.push(hit(
                        format!("websites[{i}].domains[{j}].name"),
                        &[
                            ("domain", dn.unicode.clone()),
                            ("suffix", format!(".{last}")),
                            ("allowed", p.suffixes.join(" ")),
                            ("kind", d.entity.kind.name_zh().to_string()),
                        ],
                    ));
                }
            }
        }

        CheckKind::DomainHolder => {
            for (i, w) in d.websites.iter().enumerate() {
                for (j, dom) in w.domains.iter().enumerate() {
                    let holder = dom.holder_name.trim();
                    if holder.is_empty()
                        || dom.name.trim().is_empty()
                        || is_name(holder, &d.entity.name)
                    {
                        continue;
                    }
                    let is_principal = !ctx.individual
                        && (is_name(holder, &d.entity.principal.name)
                            || ctx.legal_rep().is_some_and(|lr| is_name(holder, lr)));
                    let allow = p.allow_principal.unwrap_or(false);
                    let fired = match err {
                        "mismatch" => !(allow && is_principal),
                        "principal" => allow && is_principal,
                        _ => false,
                    };
                    if fired {
                        out.push(hit(
                            format!("websites[{i}].domains[{j}].holder_name"),
                            &[
                                ("holder", holder.to_string()),
                                ("entity", d.entity.name.clone()),
                                ("domain", dom.name.clone()),
                            ],
                        ));
                    }
                }
            }
        }

        CheckKind::DomainHolderKind => {
            for (i, w) in d.websites.iter().enumerate() {
                for (j, dom) in w.domains.iter().enumerate() {
                    let Some(kind) = dom.holder_kind else {
                        continue;
                    };
                    let fired = match (ctx.individual, kind) {
                        (true, HolderKind::Organisation) => true,
                        (false, HolderKind::Individual) => {
                            !(is_name(&dom.holder_name, &d.entity.principal.name)
                                || ctx
                                    .legal_rep()
                                    .is_some_and(|lr| is_name(&dom.holder_name, lr)))
                        }
                        _ => false,
                    };
                    if fired {
                        let (zh, en) = match kind {
                            HolderKind::Individual => ("个人", "a person"),
                            HolderKind::Organisation => ("单位", "an organisation"),
                        };
                        out.push(hit(
                            format!("websites[{i}].domains[{j}].holder_kind"),
                            &[
                                ("holder_kind", zh.to_string()),
                                ("holder_kind_en", en.to_string()),
                                ("domain", dom.name.clone()),
                            ],
                        ));
                    }
                }
            }
        }

        CheckKind::DomainRegistrar => {
            for (i, w) in d.websites.iter().enumerate() {
                for (j, dom) in w.domains.iter().enumerate() {
                    if !dom.registrar_in_mainland && !dom.name.trim().is_empty() {
                        out.push(hit(
                            format!("websites[{i}].domains[{j}].registrar_in_mainland"),
                            &[
                                ("domain", dom.name.clone()),
                                ("registrar", dom.registrar.clone()),
                            ],
                        ));
                    }
                }
            }
        }

        CheckKind::DomainRealNameRecent => {
            let days = p.working_days.unwrap_or(0);
            for (i, w) in d.websites.iter().enumerate() {
                for (j, dom) in w.domains.iter().enumerate() {
                    let Some(verified) = dom.real_name_verified else {
                        continue;
                    };
                    if working_days_between(verified, ctx.submission) < days as i64 {
                        out.push(hit(
                            format!("websites[{i}].domains[{j}].real_name_verified"),
                            &[
                                ("domain", dom.name.clone()),
                                ("verified", date(verified)),
                                ("ready", date(add_working_days(verified, days))),
                                ("days", days.to_string()),
                            ],
                        ));
                    }
                }
            }
        }

        CheckKind::ServiceContent => {
            for (i, w) in d.websites.iter().enumerate() {
                let code = w.service_content.code();
                let refused = p.refused.iter().any(|r| r == code);
                let not_allowed = !p.allowed.is_empty() && !p.allowed.iter().any(|a| a == code);
                if refused || not_allowed {
                    out.push(hit(
                        format!("websites[{i}].service_content"),
                        &[("content", w.service_content.name_zh().to_string())],
                    ));
                }
            }
        }

        CheckKind::Preapproval => out.extend(preapproval(rule, ctx)),

        CheckKind::ContactFormat => {
            let what = p.what.as_deref().unwrap_or("");
            let mut fields: Vec<(String, &str)> = Vec::new();
            for (path, _, person) in &ctx.persons {
                match what {
                    "mobile" => fields.push((format!("{path}.mobile"), &person.mobile)),
                    "landline" => fields.push((format!("{path}.landline"), &person.landline)),
                    "email" => fields.push((format!("{path}.email"), &person.email)),
                    _ => {}
                }
            }
            if what == "mobile" {
                fields.push((
                    "entity.emergency_contact.mobile".into(),
                    &d.entity.emergency_contact.mobile,
                ));
            }
            for (field, value) in fields {
                let v = value.trim();
                let ok = v.is_empty()
                    || match what {
                        "mobile" => contact::is_mobile(v),
                        "landline" => contact::is_landline(v),
                        _ => contact::is_email(v),
                    };
                if !ok {
                    out.push(hit(field, &[("value", v.to_string())]));
                }
            }
        }

        CheckKind::EmergencyDistinct => {
            let em = contact::normalise_phone(&d.entity.emergency_contact.mobile);
            if !em.is_empty()
                && ctx
                    .persons
                    .iter()
                    .any(|(_, _, p)| contact::normalise_phone(&p.mobile) == em)
            {
                out.push(hit(
                    "entity.emergency_contact.mobile",
                    &[("value", d.entity.emergency_contact.mobile.clone())],
                ));
            }
        }

        CheckKind::ContactShared => {
            let what = p.what.as_deref().unwrap_or("");
            let mut seen: Vec<(String, &Person)> = Vec::new();
            for (path, _, person) in &ctx.persons {
                let value = match what {
                    "mobile" => contact::normalise_phone(&person.mobile),
                    _ => person.email.trim().to_lowercase(),
                };
                if value.is_empty() {
                    continue;
                }
                if let Some((_, other)) = seen
                    .iter()
                    .find(|(v, other)| *v == value && !same_person(other, person))
                {
                    out.push(hit(
                        format!("{path}.{what}"),
                        &[
                            ("value", value.clone()),
                            ("other", other.name.clone()),
                            ("name", person.name.clone()),
                        ],
                    ));
                }
                seen.push((value, person));
            }
        }

        CheckKind::AddressDetailed => {
            let a = &d.entity.mailing_address;
            if !a.detail.trim().is_empty() && !contact::address_is_detailed(&a.detail) {
                out.push(hit(
                    "entity.mailing_address.detail",
                    &[("detail", a.detail.clone())],
                ));
            }
        }

        CheckKind::ApplicationKind => {
            let app = &d.application;
            let number = app.filing_number.trim();
            let parsed = parse_filing_number(number);
            let fired = match err {
                "first-with-previous" => {
                    app.kind == ApplicationKind::FirstFiling
                        && (!app.previous_filings.is_empty() || !number.is_empty())
                }
                "missing-number" => app.kind != ApplicationKind::FirstFiling && number.is_empty(),
                "new-without-previous" => {
                    app.kind == ApplicationKind::NewWebsite && app.previous_filings.is_empty()
                }
                "number-format" => !number.is_empty() && parsed.is_none(),
                "number-province" => parsed.is_some_and(|p| p != app.province),
                _ => false,
            };
            if fired {
                let field = if err.starts_with("number") || err == "missing-number" {
                    "application.filing_number"
                } else {
                    "application.kind"
                };
                let mut params = vec![
                    ("number", number.to_string()),
                    ("kind", app.kind.name_zh().to_string()),
                    ("kind_en", app.kind.name_en().to_string()),
                    ("abbr", app.province.abbreviation().to_string()),
                ];
                if let Some(p) = parsed {
                    params.push(("number_province", p.name_zh().to_string()));
                    params.push(("number_province_en", p.name_en().to_string()));
                }
                out.push(hit(field, &params));
            }
        }

        CheckKind::DescriptionLength => {
            let min = p.min.unwrap_or(0) as usize;
            for (i, w) in d.websites.iter().enumerate() {
                let n = w.description.trim().chars().count();
                if n < min {
                    out.push(hit(
                        format!("websites[{i}].description"),
                        &[("length", n.to_string()), ("min", min.to_string())],
                    ));
                }
            }
        }

        CheckKind::RemarkPhrase => {
            let phrase = text::normalise_name(p.phrase.as_deref().unwrap_or(""));
            let found = std::iter::once(&d.application.remark)
                .chain(d.websites.iter().map(|w| &w.description))
                .any(|t| text::normalise_name(t).contains(&phrase));
            if !found {
                out.push(hit(
                    "application.remark",
                    &[("phrase", p.phrase.clone().unwrap_or_default())],
                ));
            }
        }

        CheckKind::Languages => {
            for (i, w) in d.websites.iter().enumerate() {
                let missing: Vec<&String> = p
                    .allowed
                    .iter()
                    .filter(|l| !w.languages.iter().any(|x| x.eq_ignore_ascii_case(l)))
                    .collect();
                if !missing.is_empty() {
                    out.push(hit(
                        format!("websites[{i}].languages"),
                        &[(
                            "missing",
                            missing
                                .iter()
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        )],
                    ));
                }
            }
        }

        CheckKind::IpAddress => {
            for (i, w) in d.websites.iter().enumerate() {
                for (j, ip) in w.ips.iter().enumerate() {
                    if ip.trim().parse::<std::net::IpAddr>().is_err() {
                        out.push(hit(
                            format!("websites[{i}].ips[{j}]"),
                            &[("ip", ip.clone())],
                        ));
                    }
                }
            }
        }
    }
    out
}

fn cert_kind_name(code: &str) -> Option<String> {
    serde_json::from_value::<CertificateKind>(serde_json::Value::String(code.into()))
        .ok()
        .map(|k| k.name_zh().to_string())
}

fn province_params(home: Province) -> Vec<(&'static str, String)> {
    vec![
        ("home", home.name_zh().to_string()),
        ("home_en", home.name_en().to_string()),
    ]
}

fn domain_error_text(e: &DomainError) -> (String, String) {
    let (zh, en): (&str, &str) = match e {
        DomainError::Empty => ("域名为空", "empty"),
        DomainError::Scheme => ("不要包含 http:// 或 https://", "remove http:// or https://"),
        DomainError::PathOrPort => ("不要包含路径或端口", "remove the path or port"),
        DomainError::Www => ("不要包含 www.", "remove www."),
        DomainError::TooLong => (
            "域名过长（最多 253 个字符）",
            "too long (at most 253 characters)",
        ),
        DomainError::Label {
            label,
            reason_zh,
            reason_en,
        } => {
            return (
                format!("“{label}”：{reason_zh}"),
                format!("'{label}': {reason_en}"),
            )
        }
        DomainError::Idna => (
            "中文域名无法转换（IDNA）",
            "the internationalised name cannot be converted (IDNA)",
        ),
        DomainError::SingleLabel => ("缺少后缀（如 .cn）", "no suffix (such as .cn)"),
    };
    (zh.to_string(), en.to_string())
}

/// Parses 粤ICP备12345678号 or 粤ICP备12345678号-1 and returns the province.
pub fn parse_filing_number(s: &str) -> Option<Province> {
    let s = s.trim();
    let abbr = s.chars().next()?;
    let province = Province::ALL
        .into_iter()
        .find(|p| p.abbreviation().starts_with(abbr))?;
    let rest = s[abbr.len_utf8()..].strip_prefix("ICP备")?;
    let (digits, tail) = rest.split_once('号')?;
    if !(6..=10).contains(&digits.len()) || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if !tail.is_empty() {
        let n = tail.strip_prefix('-')?;
        if n.is_empty() || n.len() > 3 || !n.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    Some(province)
}

/// Document validity ends for the listed kinds: `entity-certificate`, `person-ids`, `domains`.
fn validity_ends(ctx: &Ctx, documents: &[String]) -> Vec<(String, NaiveDate)> {
    let mut out = Vec::new();
    let wants = |k: &str| documents.iter().any(|d| d == k);
    let mut seen_ids: Vec<String> = Vec::new();
    for doc in &ctx.docs {
        let is_entity = doc.path == "entity.certificate";
        if (is_entity && !wants("entity-certificate")) || (!is_entity && !wants("person-ids")) {
            continue;
        }
        if doc.cert.number.trim().is_empty() || doc.cert.validity.long_term {
            continue;
        }
        // The same ID entered for several roles (an individual is also the person-in-charge) is
        // reported once.
        let key = doc.cert.number.trim().to_uppercase();
        if !is_entity || doc.role.is_some() {
            if seen_ids.contains(&key) {
                continue;
            }
            seen_ids.push(key);
        }
        if let Some(end) = doc.cert.validity.end {
            out.push((format!("{}.validity.end", doc.path), end));
        }
    }
    if wants("domains") {
        for (i, w) in ctx.draft.websites.iter().enumerate() {
            for (j, dom) in w.domains.iter().enumerate() {
                if let (Some(end), false) = (dom.expiry, dom.name.trim().is_empty()) {
                    out.push((format!("websites[{i}].domains[{j}].expiry"), end));
                }
            }
        }
    }
    out
}

fn count(ctx: &Ctx, what: &str) -> u32 {
    let d = ctx.draft;
    let new_domains = d
        .websites
        .iter()
        .flat_map(|w| &w.domains)
        .filter(|x| !x.name.trim().is_empty())
        .count();
    let prev = &d.application.previous_filings;
    (match what {
        "websites" => prev.len() + d.websites.len(),
        "new-websites" => d.websites.len(),
        "domains" => prev.iter().filter(|p| !p.domain.trim().is_empty()).count() + new_domains,
        "new-domains" => new_domains,
        "domain-prefixes" => ctx.domain_prefixes().len(),
        _ => 0,
    }) as u32
}

fn count_hit(rule: &Rule, n: u32, field: String) -> Option<Hit> {
    let p = &rule.params;
    let mut params = vec![("count", n.to_string())];
    match rule.check {
        CheckKind::CountMax => {
            let max = p.max.unwrap_or(u32::MAX);
            params.push(("max", max.to_string()));
            (n > max).then(|| hit(field, &params))
        }
        _ => {
            let by_at_least = p.at_least.map(|a| n >= a);
            let by_more_than = p.more_than.map(|m| n > m);
            if let Some(a) = p.at_least {
                params.push(("threshold", a.to_string()));
            } else if let Some(m) = p.more_than {
                params.push(("threshold", m.to_string()));
            }
            let any = by_at_least == Some(true) || by_more_than == Some(true);
            let all = by_at_least != Some(false) && by_more_than != Some(false);
            any.then(|| {
                let mut h = hit(field, &params);
                // Every source agrees above the boundary; the dispute matters only at it.
                h.disputed = Some(!all);
                h
            })
        }
    }
}

fn website_name(rule: &Rule, ctx: &Ctx, i: usize, name: &str) -> Option<Vec<(String, String)>> {
    let p = &rule.params;
    let own =
        |v: &[(&str, String)]| Some(v.iter().map(|(k, v)| (k.to_string(), v.clone())).collect());
    let chars = text::count_name_chars(name);
    match rule.check {
        CheckKind::WebsiteNameLength => {
            let min = p.min.unwrap_or(0) as usize;
            (chars.counted < min).then_some(())?;
            own(&[
                ("name", name.into()),
                ("length", chars.counted.to_string()),
                ("min", min.to_string()),
            ])
        }
        CheckKind::WebsiteNameForm => match p.error.as_deref() {
            Some("latin-digits-only") => {
                (chars.han == 0 && chars.latin + chars.digits > 0).then_some(())?;
                own(&[("name", name.into())])
            }
            Some("domain-like") => {
                let looks_like = name.contains('.') && domain::parse_domain(name).is_ok();
                let is_own = ctx.draft.websites[i]
                    .domains
                    .iter()
                    .any(|dm| is_name(&dm.name, name));
                (looks_like || is_own).then_some(())?;
                own(&[("name", name.into())])
            }
            Some("forbidden-symbols") => {
                (!chars.forbidden.is_empty()).then_some(())?;
                let symbols: String = chars.forbidden.iter().collect();
                own(&[("name", name.into()), ("symbols", symbols)])
            }
            _ => None,
        },
        CheckKind::WebsiteNameWords => {
            let prefix = p.position.as_deref() == Some("prefix");
            let norm = text::normalise_name(name);
            let word = if prefix {
                p.words
                    .iter()
                    .find(|w| norm.starts_with(&text::normalise_name(w)))
                    .map(|w| w.as_str())
            } else {
                text::contains_any(name, &p.words).first().copied()
            }?;
            own(&[("name", name.into()), ("word", word.into())])
        }
        CheckKind::WebsiteNameSuffix => {
            let norm = text::normalise_name(name);
            let ok = p
                .suffixes
                .iter()
                .any(|s| norm.ends_with(&text::normalise_name(s)));
            (!ok).then_some(())?;
            own(&[("name", name.into()), ("suffixes", p.suffixes.join("、"))])
        }
        CheckKind::WebsiteNameUnrelated => {
            if ctx.individual {
                return None;
            }
            let addr = &ctx.draft.entity.certificate_address;
            let core = short_name(
                &ctx.draft.entity.name,
                &[addr.city.as_str(), addr.district.as_str()],
                &p.suffixes,
            );
            if core.chars().count() < 2 {
                return None;
            }
            let norm = text::normalise_name(name);
            let chars_core: Vec<char> = core.chars().collect();
            let related = chars_core
                .windows(2)
                .any(|w| norm.contains(&w.iter().collect::<String>()));
            (!related).then_some(())?;
            own(&[("name", name.into()), ("short_name", core)])
        }
        _ => None,
    }
}

/// The distinctive part of an organisation's name (字号): region words (provinces, the
/// certificate's city (`regions[0]`) and district) and organisation-form suffixes removed.
fn short_name(entity: &str, regions: &[&str], forms: &[String]) -> String {
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

fn preapproval(rule: &Rule, ctx: &Ctx) -> Vec<Hit> {
    let d = ctx.draft;
    let p = &rule.params;
    let outcome = p.outcome.as_deref().unwrap_or("");
    let mut out = Vec::new();
    if outcome == "number-missing" {
        for (i, w) in d.websites.iter().enumerate() {
            for (k, a) in w.preapprovals.iter().enumerate() {
                if a.number.trim().is_empty() {
                    out.push(hit(
                        format!("websites[{i}].preapprovals[{k}].number"),
                        &[
                            ("area", area_name(ctx, a.area).0),
                            ("area_en", area_name(ctx, a.area).1),
                        ],
                    ));
                }
            }
        }
        return out;
    }
    for (i, w) in d.websites.iter().enumerate() {
        let (name, description) = &ctx.website_texts[i];
        let mut texts = vec![name.as_str(), description.as_str()];
        if !ctx.individual {
            texts.push(ctx.entity_texts.0.as_str());
            texts.push(ctx.entity_texts.1.as_str());
        }
        for (area, keywords_norm) in &ctx.areas {
            if !p.areas.is_empty() && !p.areas.contains(&area.area) {
                continue;
            }
            let keyword = texts.iter().find_map(|t| {
                keywords_norm
                    .iter()
                    .position(|k| !k.is_empty() && t.contains(k.as_str()))
                    .map(|n| area.keywords[n].clone())
            });
            let Some(keyword) = keyword else { continue };
            let permit_held = w.preapprovals.iter().any(|a| a.area == area.area);
            let declared_not = w.not_involved.contains(&area.area);
            let fired = match outcome {
                "individual" => ctx.individual,
                "undeclared" => !ctx.individual && !permit_held && !declared_not,
                "not-involved" => !ctx.individual && declared_not && !permit_held,
                "any" => !ctx.individual,
                _ => false,
            };
            if fired {
                let field = if declared_not {
                    format!("websites[{i}].not_involved")
                } else {
                    format!("websites[{i}].preapprovals")
                };
                out.push(hit(
                    field,
                    &[
                        ("area", area.name_zh.clone()),
                        ("area_en", area.name_en.clone()),
                        ("keyword", keyword),
                        ("permit", area.permit_zh.clone()),
                        ("permit_en", area.permit_en.clone()),
                        ("authority", area.authority_zh.clone()),
                        ("website", w.name.clone()),
                    ],
                ));
            }
        }
    }
    out
}

fn area_name(ctx: &Ctx, area: crate::draft::PreapprovalArea) -> (String, String) {
    ctx.rules
        .areas
        .iter()
        .find(|a| a.area == area && a.province.is_none())
        .map(|a| (a.name_zh.clone(), a.name_en.clone()))
        .unwrap_or_else(|| (area.code().to_string(), area.code().to_string()))
}

/// Paths under `path` (with `[*]` wildcards) whose value is missing, null, blank or an empty list.
fn missing_paths(value: &serde_json::Value, path: &str) -> Vec<String> {
    let mut out = Vec::new();
    walk(value, path, String::new(), &mut out);
    out
}

fn walk(value: &serde_json::Value, rest: &str, at: String, out: &mut Vec<String>) {
    if rest.is_empty() {
        let missing = match value {
            serde_json::Value::Null => true,
            serde_json::Value::String(s) => s.trim().is_empty(),
            serde_json::Value::Array(a) => a.is_empty(),
            _ => false,
        };
        if missing {
            out.push(at);
        }
        return;
    }
    let (head, tail) = match rest.find('.') {
        Some(pos) => (&rest[..pos], &rest[pos + 1..]),
        None => (rest, ""),
    };
    let join = |k: &str| {
        if at.is_empty() {
            k.to_string()
        } else {
            format!("{at}.{k}")
        }
    };
    if let Some(key) = head.strip_suffix("[*]") {
        if let Some(items) = value.get(key).and_then(|v| v.as_array()) {
            for (i, item) in items.iter().enumerate() {
                walk(item, tail, format!("{}[{i}]", join(key)), out);
            }
        }
    } else {
        let next = value.get(head).unwrap_or(&serde_json::Value::Null);
        if next.is_null() && !tail.is_empty() {
            out.push(join(head));
            return;
        }
        walk(next, tail, join(head), out);
    }
}

// Kept for the entity kinds used in rule files.
#[allow(dead_code)]
fn entity_kind_name(k: EntityKind) -> &'static str {
    k.name_zh()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filing_numbers() {
        assert_eq!(
            parse_filing_number("粤ICP备12345678号"),
            Some(Province::Guangdong)
        );
        assert_eq!(
            parse_filing_number("京ICP备2021012345号-3"),
            Some(Province::Beijing)
        );
        assert_eq!(parse_filing_number("粤ICP备12345678"), None);
        assert_eq!(parse_filing_number("ICP备12345678号"), None);
        assert_eq!(parse_filing_number("粤ICP备12A45678号"), None);
        assert_eq!(parse_filing_number("蒙ICP备123456号-"), None);
    }

    #[test]
    fn working_days_skip_weekends() {
        let fri = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let mon = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(working_days_between(fri, mon), 1);
        assert_eq!(
            add_working_days(fri, 3),
            NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
        );
    }

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

    #[test]
    fn required_paths_walk_lists() {
        let v = serde_json::json!({"a": [{"b": ""}, {"b": "x"}], "c": null});
        assert_eq!(missing_paths(&v, "a[*].b"), vec!["a[0].b"]);
        assert_eq!(missing_paths(&v, "c"), vec!["c"]);
        assert_eq!(missing_paths(&v, "c.d"), vec!["c"]);
    }
}
