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
use crate::rules::{AreaKeywords, KeywordHit, RuleSet};
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
    /// Other subjects of the workspace (never the draft's own), for the cross-subject checks.
    pub others: Vec<&'a crate::subjects::Subject>,
    /// The draft as JSON, for `required` rules (made on first use).
    value: OnceCell<serde_json::Value>,
    /// Distinct domain prefixes (made on first use).
    prefixes: OnceCell<Vec<String>>,
    /// Per website, per area of `areas`: the keyword found in the texts the pre-approval scan
    /// reads, and which text (made on first use).
    area_matches: OnceCell<Vec<AreaMatches>>,
}

/// Per area of [`Ctx::areas`]: the keyword found and the text it was found in.
pub(crate) type AreaMatches = Vec<Option<(KeywordHit, Text)>>;

/// The texts the pre-approval scan reads, in the order it reads them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Text {
    WebsiteName,
    Description,
    EntityName,
    BusinessScope,
}

impl Text {
    /// The field the text is, for website `i`.
    pub fn field(self, i: usize) -> FieldPath {
        match self {
            Text::WebsiteName => FieldPath::website(i).key("name"),
            Text::Description => FieldPath::website(i).key("description"),
            Text::EntityName => FieldPath::of("entity.name"),
            Text::BusinessScope => FieldPath::of("entity.business_scope"),
        }
    }
    /// What the text is, in both languages.
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            Text::WebsiteName => ("网站名称", "website name"),
            Text::Description => ("网站内容描述", "website description"),
            Text::EntityName => ("主办单位名称", "entity name"),
            Text::BusinessScope => ("经营范围", "business scope"),
        }
    }
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
            others: Vec::new(),
            value: OnceCell::new(),
            prefixes: OnceCell::new(),
            area_matches: OnceCell::new(),
        }
    }

    /// Keyword matches of website `i`, per area of [`Ctx::areas`]: the website's name and
    /// description, then (organisations) the entity's name and business scope; the first text
    /// that names an area gives its keyword and the field the finding points at.
    pub fn area_matches(&self, i: usize) -> &[Option<(KeywordHit, Text)>] {
        let all = self.area_matches.get_or_init(|| {
            let n = self.areas.len();
            let Some(index) = self.rules.keyword_index(self.draft.application.province) else {
                return vec![vec![None; n]; self.website_texts.len()];
            };
            let entity: Vec<(Vec<Option<KeywordHit>>, Text)> = if self.individual {
                Vec::new()
            } else {
                vec![
                    (index.scan(&self.entity_texts.0, n), Text::EntityName),
                    (index.scan(&self.entity_texts.1, n), Text::BusinessScope),
                ]
            };
            self.website_texts
                .iter()
                .map(|(name, description)| {
                    let texts = [
                        (index.scan(name, n), Text::WebsiteName),
                        (index.scan(description, n), Text::Description),
                    ];
                    (0..n)
                        .map(|a| {
                            texts
                                .iter()
                                .chain(&entity)
                                .find_map(|(found, text)| found[a].clone().map(|h| (h, *text)))
                        })
                        .collect()
                })
                .collect()
        });
        all.get(i).map(Vec::as_slice).unwrap_or(&[])
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
    pub fn domain_prefixes(&self) -> &[String] {
        self.prefixes.get_or_init(|| self.compute_prefixes())
    }

    fn compute_prefixes(&self) -> Vec<String> {
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
            .map(|d| suffixes.prefix(&d))
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
