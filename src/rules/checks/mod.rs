//! The check kinds' implementations, one file per family. Each reads the draft through the
//! engine's context and pushes [`Hit`]s (a field path plus the values that fill the message); the
//! engine turns them into findings. Adding a kind: a variant in [`Check`] and a function here.

mod application;
mod change;
mod contact;
mod counts;
mod domains;
mod identity;
mod people;
mod preapproval;
mod region;
mod validity;
mod website_name;

use super::{Check, Rule};
use crate::engine::{Ctx, Hit};

/// Runs one rule's check.
pub(crate) fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Hit>) {
    use Check as C;
    let prepared = &rule.prepared;
    match &rule.check {
        C::Always {} => application::always(out),
        C::RulesStale { days } => application::rules_stale(ctx, *days, out),
        C::Required { fields } => application::required(ctx, fields, out),
        C::ApplicationKind { error } => application::application_kind(ctx, *error, out),
        C::Change { error } => change::change(ctx, *error, out),
        C::EntityFlag {
            flag,
            value,
            unless_remark,
        } => identity::entity_flag(ctx, *flag, *value, unless_remark.as_deref(), out),
        C::WebsiteFilingNumber { error } => change::website_number(ctx, *error, out),
        C::DescriptionLength { min } => application::description_length(ctx, *min, out),
        C::RemarkPhrase { phrase } => application::remark_phrase(ctx, phrase, out),
        C::Languages { allowed } => application::languages(ctx, allowed, out),

        C::IdCard { error } => identity::id_card(ctx, *error, out),
        C::Uscc { error } => identity::uscc(ctx, *error, out),
        C::UsccEntityKind {} => identity::uscc_entity_kind(ctx, out),
        C::CertificateFormat {} => identity::certificate_format(ctx, out),
        C::EntityCertificateKind { allowed } => {
            identity::entity_certificate_kind(ctx, allowed, out)
        }
        C::PersonIdKind { refused } => identity::person_id_kind(ctx, refused, out),
        C::EntityKindRefused { refused } => identity::entity_kind_refused(ctx, refused, out),

        C::ValidityExpired { documents } => validity::expired(ctx, documents, out),
        C::ValidityWindow { documents, months } => validity::window(ctx, documents, *months, out),
        C::ValidityDates { error } => validity::dates(ctx, *error, out),
        C::MinimumAge {
            below,
            from_age,
            roles,
        } => validity::minimum_age(ctx, *below, *from_age, roles, out),

        C::OrgCrossProvince {} => region::org_cross_province(ctx, out),
        C::IndividualCrossProvince { accepts } => {
            region::individual_cross_province(ctx, accepts, out)
        }
        C::ResidenceProof { case } => region::residence_proof(ctx, *case, out),
        C::InvestorWords { words } => people::investor_words(ctx, words, out),
        C::InvestorIsPerson {} => people::investor_is_person(ctx, out),
        C::PersonInOtherSubject { key, roles } => {
            people::person_in_other_subject(ctx, *key, roles, out)
        }
        C::CrossCity {} => region::cross_city(ctx, out),
        C::AddressRegion { level } => region::address_region(ctx, *level, out),
        C::NumberRegion {} => region::number_region(ctx, out),
        C::PersonHomeProvince { roles } => region::person_home_province(ctx, roles, out),

        C::PrincipalNotLegalRep {
            role,
            foreign_legal_rep_exempt_in,
            only_foreign_legal_rep,
        } => {
            let foreign = ctx.draft.entity.legal_representative_foreign;
            let exempt =
                foreign && foreign_legal_rep_exempt_in.contains(&ctx.draft.application.province);
            if !exempt && (foreign || !only_foreign_legal_rep) {
                people::principal_not_legal_rep(ctx, *role, out)
            }
        }
        C::PrincipalsSamePerson {} => people::principals_same_person(ctx, out),
        C::PrincipalsMustMatch {} => people::principals_must_match(ctx, out),
        C::NameKeywordLegalRep { words } => {
            people::name_keyword_legal_rep(ctx, words, &prepared.norm, out)
        }

        C::WebsiteNameLength { .. }
        | C::WebsiteNameForm { .. }
        | C::WebsiteNameWords { .. }
        | C::WebsiteNameSuffix { .. }
        | C::WebsiteNameUnrelated { .. } => website_name::name(ctx, rule, out),
        C::WebsiteNameDuplicate {} => website_name::duplicate(ctx, out),

        C::CountMax { count, max } => counts::count_max(ctx, *count, *max, out),
        C::CountThreshold {
            count,
            at_least,
            more_than,
        } => counts::count_threshold(ctx, *count, *at_least, *more_than, out),

        C::EachDomain {} => domains::each_domain(ctx, out),
        C::DomainSyntax { error } => domains::syntax(ctx, *error, out),
        C::DomainSuffix { suffixes } | C::DomainSuffixForKind { suffixes } => {
            domains::suffix(ctx, suffixes, &prepared.suffixes, out)
        }
        C::DomainHolder {
            error,
            allow_principal,
        } => domains::holder(ctx, *error, *allow_principal, out),
        C::DomainHolderKind {} => domains::holder_kind(ctx, out),
        C::DomainRealNameMissing {} => domains::real_name_missing(ctx, out),
        C::DomainRegistrar {} => domains::registrar(ctx, out),
        C::DomainRealNameRecent { working_days } => {
            domains::real_name_recent(ctx, *working_days, out)
        }
        C::IpAddress {} => domains::ip_address(ctx, out),
        C::IpNotPublic {} => domains::ip_not_public(ctx, out),
        C::HomePageDomain {} => domains::home_page_domain(ctx, out),
        C::PersonNameForm {
            titles,
            placeholders,
        } => people::person_name_form(ctx, titles, placeholders, out),

        C::ServiceContent { refused, allowed } => {
            preapproval::service_content(ctx, refused, allowed, out)
        }
        C::Preapproval {
            outcome,
            areas,
            tier,
        } => preapproval::preapproval(ctx, *outcome, areas, *tier, out),
        C::DeclaredContent { outcome, areas } => preapproval::declared(ctx, *outcome, areas, out),

        C::ProviderLimit { limit, outcome } => counts::provider_limit(ctx, *limit, *outcome, out),
        C::ContactFormat { what } => contact::format(ctx, *what, out),
        C::EmergencyDistinct {} => contact::emergency_distinct(ctx, out),
        C::LandlineNotMobile {} => contact::landline_not_mobile(ctx, out),
        C::ContactShared { what } => contact::shared(ctx, *what, out),
        C::AddressDetailed {} => contact::address_detailed(ctx, out),
        C::AddressShorthand {} => contact::address_shorthand(ctx, out),
        C::PhonePlaceholder {} => contact::phone_placeholder(ctx, out),
        C::MobilesMin { min } => contact::mobiles_min(ctx, *min, out),
        C::IndividualInvestor {} => people::individual_investor(ctx, out),
        C::GovernmentDomain { case } => domains::government_domain(ctx, *case, out),
    }
}
