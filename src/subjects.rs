//! Other filing subjects (主体) the applicant or agency holds: the other drafts of a workspace,
//! reduced to who they are and the people they name. Some provinces refuse a person in charge,
//! or a mobile number, that is already used by another subject; the engine compares a draft
//! with these when the caller passes them in ([`crate::engine::check_among`]).

use crate::contact;
use crate::draft::{Draft, Person};

/// Another subject: its name, its certificate number and the people it names.
#[derive(Clone, Debug, PartialEq)]
pub struct Subject {
    /// 主办单位名称 / The subject's name as in its draft.
    pub name: String,
    /// The entity certificate's number, upper-cased, without spaces (may be empty).
    pub certificate: String,
    /// The persons in charge (entity and websites, the filed websites too), each once.
    pub people: Vec<SubjectPerson>,
}

/// A person named by a subject, with the keys compared.
#[derive(Clone, Debug, PartialEq)]
pub struct SubjectPerson {
    /// Name as entered.
    pub name: String,
    /// ID number, upper-cased, without spaces (may be empty).
    pub id_number: String,
    /// Mobile, digits only (may be empty).
    pub mobile: String,
}

/// An ID or certificate number as compared: trimmed, no inner spaces, upper case.
pub fn number_key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase()
}

impl SubjectPerson {
    /// The keys of a draft's person.
    pub fn of(p: &Person) -> SubjectPerson {
        SubjectPerson {
            name: p.name.trim().to_string(),
            id_number: number_key(&p.id.number),
            mobile: contact::normalise_phone(&p.mobile),
        }
    }
}

impl Subject {
    /// The subject a draft files for, with every person it names (also those of the websites
    /// already on record).
    pub fn of(draft: &Draft) -> Subject {
        let mut people: Vec<SubjectPerson> = Vec::new();
        let filed = draft.filed.iter().flat_map(|f| &f.websites);
        let persons = std::iter::once(&draft.entity.principal)
            .chain(draft.websites.iter().map(|w| &w.principal))
            .chain(filed.map(|w| &w.principal));
        for p in persons {
            let sp = SubjectPerson::of(p);
            if (sp.id_number.is_empty() && sp.mobile.is_empty()) || people.contains(&sp) {
                continue;
            }
            people.push(sp);
        }
        Subject {
            name: draft.entity.name.trim().to_string(),
            certificate: number_key(&draft.entity.certificate.number),
            people,
        }
    }

    /// True when this subject is another one than `draft`'s: another certificate number where
    /// both are given, else another name. Two drafts of one company (a first filing and a later
    /// change) are the same subject.
    pub fn is_other_than(&self, draft: &Draft) -> bool {
        let cert = number_key(&draft.entity.certificate.number);
        if !cert.is_empty() && !self.certificate.is_empty() {
            return cert != self.certificate;
        }
        let name = draft.entity.name.trim();
        !name.is_empty() && !self.name.is_empty() && name != self.name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str) -> Draft {
        let text = crate::examples::text(name).unwrap();
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn a_subject_names_each_person_once_with_normalised_keys() {
        let mut d = draft("guangdong-company");
        d.websites[0].principal = d.entity.principal.clone();
        d.entity.principal.id.number = format!(" {} ", d.entity.principal.id.number.to_lowercase());
        let s = Subject::of(&d);
        assert_eq!(s.people.len(), 1, "{:?}", s.people);
        assert!(!s.people[0].id_number.contains(' '));
        assert!(s.people[0].mobile.chars().all(|c| c.is_ascii_digit()));
    }

    #[test]
    fn the_same_company_is_not_another_subject() {
        let d = draft("guangdong-company");
        let mut renamed = d.clone();
        renamed.entity.name = "另一个名字有限公司".into();
        assert!(!Subject::of(&renamed).is_other_than(&d), "same credit code");
        let other = draft("beijing-individual");
        assert!(Subject::of(&other).is_other_than(&d));
        let mut unnumbered = d.clone();
        unnumbered.entity.certificate.number.clear();
        assert!(!Subject::of(&unnumbered).is_other_than(&d), "same name");
    }
}
