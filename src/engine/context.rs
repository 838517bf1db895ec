//! What many checks need, computed once per draft: the identity documents with their roles and
//! parsed ID cards, the persons, the parsed domains, the normalised texts, the province's keyword
//! areas and the submission date.

use std::cell::OnceCell;

use chrono::NaiveDate;

use crate::domain::{self, DomainError, DomainName};
use crate::draft::{Certificate, CertificateKind, Draft, Person};
use crate::field_path::FieldPath;
use crate::identity::{self, IdCard, IdCardError};
use crate::labels::Role;
use crate::rules::{AreaKeywords, RuleSet};
use crate::text;

/// An identity document or certificate in the draft.
pub(crate) struct Doc<'a> {
    /// Path of the certificate object, e.g. `entity.principal.id`.
    pub path: FieldPath,
    pub cert: &'a Certificate,
    /// None for an organisation's certificate.
    pub role: Option<Role>,
    /// The parsed ID card, when the document is one and parses.
    pub id_card: Option<Result<IdCard, IdCardError>>,
}

impl Doc<'_> {
    /// True for the entity's own certificate.
    pub fn is_entity(&self) -> bool {
        self.path.head() == Some("entity") && self.path.segments().len() == 2
    }
}

pub(crate) struct Ctx<'a> {
    pub draft: &'a Draft,
    pub rules: &'a RuleSet,
    pub submission: NaiveDate,
    pub individual: bool,
    pub docs: Vec<Doc<'a>>,
    /// Persons with their path and role (entity principal, website principals).
    pub persons: Vec<(FieldPath, Role, &'a Person)>,
    /// Parsed domains: (website index, domain index, result).
    pub domains: Vec<(usize, usize, Result<DomainName, DomainError>)>,
    /// Pre-approval keyword areas of the filing province.
    pub areas: &'a [AreaKeywords],
    /// Normalised (name, description) of each website.
    pub website_texts: Vec<(String, String)>,
    /// Normalised (name, business scope) of the entity.
    pub entity_texts: (String, String),
    /// The draft as JSON, for `required` rules (made on first use).
    value: OnceCell<serde_json::Value>,
}

impl<'a> Ctx<'a> {
    pub fn new(draft: &'a Draft, rules: &'a RuleSet, today: NaiveDate) -> Ctx<'a> {
        let individual = draft.entity.kind.is_individual();
        let parse_id = |c: &Certificate| {
            matches!(
                c.kind,
                CertificateKind::ResidentIdCard | CertificateKind::TemporaryIdCard
            )
            .then(|| identity::parse_id_card(&c.number))
        };
        let mut docs = vec![Doc {
            path: FieldPath::of("entity.certificate"),
            cert: &draft.entity.certificate,
            role: individual.then_some(Role::Individual),
            id_card: parse_id(&draft.entity.certificate),
        }];
        let mut persons = vec![(
            FieldPath::of("entity.principal"),
            Role::EntityPrincipal,
            &draft.entity.principal,
        )];
        for (i, w) in draft.websites.iter().enumerate() {
            persons.push((
                FieldPath::website(i).key("principal"),
                Role::WebsitePrincipal,
                &w.principal,
            ));
        }
        for (path, role, p) in &persons {
            docs.push(Doc {
                path: path.clone().key("id"),
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
            areas: rules.areas_for(draft.application.province),
            website_texts,
            entity_texts,
            value: OnceCell::new(),
        }
    }

    /// The draft as JSON (for `required` rules).
    pub fn value(&self) -> &serde_json::Value {
        self.value
            .get_or_init(|| serde_json::to_value(self.draft).unwrap_or_default())
    }

    /// The legal representative's name, for organisations that give one.
    pub fn legal_rep(&self) -> Option<&'a str> {
        let lr = self.draft.entity.legal_representative.trim();
        (!self.individual && !lr.is_empty()).then_some(lr)
    }

    /// Distinct domain prefixes over filed and new domains.
    pub fn domain_prefixes(&self) -> Vec<String> {
        let suffixes = &self.rules.known_suffixes;
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
            .map(|d| domain::prefix(&d, suffixes))
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// The same person: the same ID number where both have one, else the same name.
pub(crate) fn same_person(a: &Person, b: &Person) -> bool {
    let na = a.id.number.trim().to_uppercase();
    let nb = b.id.number.trim().to_uppercase();
    if !na.is_empty() && !nb.is_empty() {
        na == nb
    } else {
        text::normalise_name(&a.name) == text::normalise_name(&b.name)
    }
}

/// Two names are the same once normalised (and not empty).
pub(crate) fn is_name(a: &str, b: &str) -> bool {
    let a = text::normalise_name(a);
    !a.is_empty() && a == text::normalise_name(b)
}

/// `YYYY-MM-DD`.
pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
