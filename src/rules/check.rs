//! The check kinds a rule can use, each with typed parameters.
//!
//! A rule file writes the kind as `check = "count-max"` and its parameters beside it
//! (`count = "websites"`, `max = 1`). The enum is read directly by serde, so a misspelt kind, a
//! misspelt value (`count = "websitez"`) or a parameter the kind does not take is a load error
//! naming the file, line and rule. The doc comment of each variant and field is the reference in
//! `docs/rules.md` ("check kinds and their parameters"), generated from this enum's JSON Schema.
//!
//! Leaves out: how each check runs (see [`crate::rules::checks`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::draft::{
    CertificateKind, EntityKind, PreapprovalArea, ResidenceProofKind, ServiceContent,
};
use crate::field_path::FieldPath;
use crate::labels::Role;

/// A field named by a `required` rule, with its label.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldLabel {
    /// Field path; `[*]` walks every element of a list.
    pub path: FieldPath,
    /// Chinese label.
    pub zh: String,
    /// English label.
    pub en: String,
}

/// An entity type with a certificate type it may file with (`"enterprise:business-licence"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindCertificate {
    /// Entity type.
    pub entity: EntityKind,
    /// Certificate type.
    pub certificate: CertificateKind,
}

impl<'de> Deserialize<'de> for KindCertificate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let s = String::deserialize(d)?;
        let (e, c) = s.split_once(':').ok_or_else(|| {
            D::Error::custom(format!("“{s}” must be entity-kind:certificate-kind"))
        })?;
        let entity = crate::labels::Vocabulary::from_code(e)
            .ok_or_else(|| D::Error::custom(format!("unknown entity kind `{e}` in “{s}”")))?;
        let certificate = crate::labels::Vocabulary::from_code(c)
            .ok_or_else(|| D::Error::custom(format!("unknown certificate kind `{c}` in “{s}”")))?;
        Ok(KindCertificate {
            entity,
            certificate,
        })
    }
}

impl Serialize for KindCertificate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!(
            "{}:{}",
            self.entity.code(),
            self.certificate.code()
        ))
    }
}

impl JsonSchema for KindCertificate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "KindCertificate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "entity-kind:certificate-kind, e.g. enterprise:business-licence"
        })
    }
}

/// Which 居民身份证 (GB 11643) error an `id-card` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum IdCardCase {
    /// An old 15-digit number.
    FifteenDigit,
    /// Not 18 characters.
    Length,
    /// Characters other than digits and a final X.
    Charset,
    /// The region code is not a GB/T 2260 province.
    Division,
    /// The birth date is not a date.
    BirthDate,
    /// The check character is wrong.
    Checksum,
    /// The birth date is after the submission date.
    FutureBirth,
    /// A lower-case x (accepted, normalised).
    LowercaseX,
}

/// Which 统一社会信用代码 (GB 32100) error a `uscc` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum UsccCase {
    /// Not 18 characters.
    Length,
    /// A character outside the code's alphabet.
    Charset,
    /// The check character is wrong.
    Checksum,
    /// The division code is not a province.
    Division,
}

/// Which part of an address an `address-region` rule compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AddressLevel {
    /// The city against the address's province.
    City,
    /// The district against the address's city.
    District,
}

/// Documents whose validity a check reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Document {
    /// The entity's certificate (an individual's ID).
    EntityCertificate,
    /// The principals' IDs.
    PersonIds,
    /// The domains (their expiry dates).
    Domains,
    /// The residence proofs declared by persons whose ID address lies in another province than
    /// the filing's.
    ResidenceProofs,
}

/// What a `person-in-other-subject` rule compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PersonKey {
    /// The ID number.
    IdNumber,
    /// The mobile number.
    Mobile,
}

/// Which state of a declared residence proof a `residence-proof` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ResidenceProofCase {
    /// Declared and issued by the filing province (the material to upload).
    Declared,
    /// Issued by another province than the filing's.
    OtherProvince,
    /// No end of validity and not long-term.
    NoValidity,
}

/// Which inconsistency a `validity-dates` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ValidityCase {
    /// The end is before the start.
    Inverted,
    /// No end and not long-term.
    MissingEnd,
    /// The start is after the submission date.
    FutureStart,
    /// Long-term but with an end date.
    LongTermWithEnd,
}

/// Which website-name form a `website-name-form` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NameFormCase {
    /// Only Latin letters and digits.
    LatinDigitsOnly,
    /// The name is a domain (or the site's own domain).
    DomainLike,
    /// Symbols the naming rules refuse.
    ForbiddenSymbols,
}

/// Where a word must stand in a name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    /// Anywhere in the name.
    #[default]
    Contains,
    /// At the start of the name.
    Prefix,
}

/// What a count check counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Counted {
    /// Websites, filed and new.
    Websites,
    /// Websites in this application.
    NewWebsites,
    /// Domains, filed and new.
    Domains,
    /// Domains in this application.
    NewDomains,
    /// Distinct domain prefixes (the part before a known suffix), filed and new.
    DomainPrefixes,
    /// Domains of each website (one finding per website).
    DomainsPerWebsite,
}

/// Which domain-syntax problem a `domain-syntax` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DomainSyntaxCase {
    /// Not a domain name.
    Invalid,
    /// Starts with `www.`.
    Www,
}

/// Which domain-holder case a `domain-holder` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum HolderCase {
    /// The holder is neither the entity nor (where allowed) its principal or legal representative.
    Mismatch,
    /// The holder is the principal or legal representative (allowed, with proof).
    Principal,
}

/// Which case of the pre-approval scan a `preapproval` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// An organisation's texts name the area; no permit held and not declared as not involved.
    Undeclared,
    /// Declared as not involved although the texts name the area.
    NotInvolved,
    /// An individual's texts name the area.
    Individual,
    /// An organisation's texts name the area (whatever was declared).
    Any,
    /// A declared permit has no number.
    NumberMissing,
}

/// Which case of declared content a `declared-content` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DeclaredOutcome {
    /// An individual declares content that needs a pre-approval.
    Individual,
    /// An organisation declares such content without a permit for it.
    PermitMissing,
    /// An organisation declares such content (a reminder of what to upload).
    Declared,
}

/// A limit in a provider's profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ProviderLimitKind {
    /// Websites in one application (organisation or personal).
    NewWebsites,
}

/// Whose limit a `provider-limit` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ProviderOutcome {
    /// The provider the draft files through.
    Own,
    /// Other providers (the draft's provider has no such limit or is not known).
    Other,
}

/// A kind of contact data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    /// Mobile numbers (principals and the emergency contact).
    Mobile,
    /// Landlines (area code-number).
    Landline,
    /// Email addresses.
    Email,
}

/// Contact data that different people must not share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SharedContact {
    /// Mobile numbers.
    Mobile,
    /// Email addresses.
    Email,
}

/// Which application-kind problem an `application-kind` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ApplicationCase {
    /// A first filing although filings or a filing number exist.
    FirstWithPrevious,
    /// No filing number for a new website, new access or change.
    MissingNumber,
    /// A new website without any filed website listed.
    NewWithoutPrevious,
    /// The filing number is not of the form 粤ICP备12345678号.
    NumberFormat,
    /// The filing number's abbreviation is another province's.
    NumberProvince,
}

/// Which problem of a change filing (变更) a `change` rule reports; the draft's `filed` state is
/// compared with its new state (see `src/change.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeCase {
    /// A filed website with one domain has a different domain now.
    DomainSwapped,
    /// A filed website with several domains gains a domain it did not have.
    DomainAdded,
    /// The entity's certificate number differs while its certificate type is the same: another
    /// entity, not a change.
    OtherEntity,
    /// The entity type differs (e.g. an individual becoming a company).
    EntityKindChanged,
    /// The entity's name differs (same certificate number): a rename.
    EntityRenamed,
    /// The entity changes and websites without a filed counterpart are added in the same draft.
    EntityChangeWithNewWebsite,
    /// The draft is a change application but holds no filed state to compare with.
    NoFiledState,
    /// The draft holds a filed state that differs from it, but the application kind is not change.
    NotAChangeApplication,
}

/// Which government-domain problem a `government-domain` rule reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GovernmentDomainCase {
    /// A government body's domain is not under .gov.cn (or .政务 for Chinese domains).
    Government,
    /// A public institution (事业单位) uses .gov.cn.
    Institution,
}

/// A yes/no fact the entity declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EntityFlag {
    /// `entity.abnormal_operation_listed`: on the list of abnormal operations.
    AbnormalOperationListed,
    /// `entity.has_trade_name`: an individual business with a trade name.
    HasTradeName,
    /// `entity.has_official_seal`: an individual business with an official seal.
    HasOfficialSeal,
    /// `entity.principal.landline` left empty by an organisation (true when empty; never for an
    /// individual).
    PrincipalLandlineEmpty,
}

/// Which problem of a website filing number (粤ICP备12345678号-1) a `website-filing-number` rule
/// reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum WebsiteNumberCase {
    /// Not of the form 粤ICP备12345678号-1.
    Format,
    /// An App, mini-program or quick-app number (-2A, -3X, -4K), not a website's.
    ServiceSuffix,
    /// The entity part differs from the application's filing number.
    OtherEntity,
    /// The province abbreviation is not the filing province's.
    Province,
}

/// The kinds of check, with their parameters.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(tag = "check", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Check {
    /// Fires once wherever the rule applies (a reminder, or a material on the checklist).
    Always {},
    /// Fires once for every domain of every website (a per-domain material).
    EachDomain {},
    /// Fires when the rules' `as_of` date is more than `days` before the submission date.
    RulesStale {
        /// Days after `as_of` from which the rules may be out of date.
        days: u32,
    },
    /// Listed fields must be filled in.
    Required {
        /// The fields.
        fields: Vec<FieldLabel>,
    },
    /// A 居民身份证 (GB 11643) number is wrong.
    IdCard {
        /// The error reported.
        error: IdCardCase,
    },
    /// A 统一社会信用代码 (GB 32100) is wrong.
    Uscc {
        /// The error reported.
        error: UsccCase,
    },
    /// The USCC's registration department and category do not fit the entity type.
    UsccEntityKind {},
    /// A passport, permit or other certificate number has the wrong form.
    CertificateFormat {},
    /// The entity's certificate type does not fit its type.
    EntityCertificateKind {
        /// Allowed pairs; entity types not listed are not checked.
        allowed: Vec<KindCertificate>,
    },
    /// A person's ID type is refused.
    PersonIdKind {
        /// Refused ID types.
        refused: Vec<CertificateKind>,
    },
    /// The entity type is refused.
    EntityKindRefused {
        /// Refused entity types.
        refused: Vec<EntityKind>,
    },
    /// A document's validity is over on the submission date.
    ValidityExpired {
        /// Documents read.
        documents: Vec<Document>,
    },
    /// A document's validity ends within `months` of the submission date.
    ValidityWindow {
        /// Documents read.
        documents: Vec<Document>,
        /// Months of validity that must remain.
        months: u32,
    },
    /// A document's validity dates are inconsistent.
    ValidityDates {
        /// The inconsistency reported.
        error: ValidityCase,
    },
    /// A person is younger than `below` (and at least `from_age`).
    MinimumAge {
        /// Fires below this age.
        below: u32,
        /// Fires only at or above this age (for "16–18 needs proof" rules).
        #[serde(default)]
        from_age: u32,
        /// Whose age is read.
        roles: Vec<Role>,
    },
    /// An organisation files outside the province of its certificate's registered address.
    OrgCrossProvince {},
    /// An individual files outside the province of the address on the ID. With `accepts`, a
    /// declared residence proof of one of these kinds, issued by the filing province and valid
    /// on the submission date, answers it (the check then does not fire).
    IndividualCrossProvince {
        /// Proofs the province takes from non-local individuals (empty: none answers it).
        #[serde(default)]
        accepts: Vec<ResidenceProofKind>,
    },
    /// A person whose ID address lies in another province declared a residence proof, and the
    /// proof is in the state `case`.
    ResidenceProof {
        /// The state reported.
        case: ResidenceProofCase,
    },
    /// The entity certificate's number was issued in another province than its address (a note:
    /// the address decides).
    NumberRegion {},
    /// The entity's 投资者或上级主管单位 holds one of `words` (normalised text).
    InvestorWords {
        /// Words that fire.
        words: Vec<String>,
    },
    /// The entity's 投资者或上级主管单位 is a person the draft names (the legal representative or
    /// a person in charge).
    InvestorIsPerson {},
    /// A person in one of `roles` shares `key` with a person of another subject of the workspace
    /// (the drafts passed in as other subjects; never fires without them).
    PersonInOtherSubject {
        /// What is compared.
        key: PersonKey,
        /// Whose persons are read.
        roles: Vec<Role>,
    },
    /// A person in one of `roles` holds an ID of another province (the ID's address, else the
    /// number's first digits).
    PersonHomeProvince {
        /// Whose ID is read.
        roles: Vec<Role>,
    },
    /// The mailing address is in another city than the certificate address (cities compared by
    /// their GB/T 2260 codes; a name the division table does not know by its text without the
    /// administrative ending).
    CrossCity {},
    /// An address's city lies in another province than the address's province, or its district
    /// in another city (GB/T 2260 division table). Unknown or ambiguous names are not reported.
    AddressRegion {
        /// Which part of the address is compared.
        level: AddressLevel,
    },
    /// The principal in `role` is not the legal representative.
    PrincipalNotLegalRep {
        /// Whose name is compared.
        role: Role,
        /// Provinces where a foreign legal representative may authorise a Chinese citizen as the
        /// person in charge: there the check does not fire when the draft says the legal
        /// representative is foreign.
        #[serde(default)]
        foreign_legal_rep_exempt_in: Vec<crate::Province>,
        /// Fire only when the legal representative is foreign (for the authorisation reminder).
        #[serde(default)]
        only_foreign_legal_rep: bool,
    },
    /// A website principal is the same person as the entity principal.
    PrincipalsSamePerson {},
    /// The entity principal is not the legal representative and a website principal differs.
    PrincipalsMustMatch {},
    /// The entity name holds one of `words` and a principal is not the legal representative.
    NameKeywordLegalRep {
        /// Words in the entity name.
        words: Vec<String>,
    },
    /// A website name is shorter than `min` counted characters.
    WebsiteNameLength {
        /// Minimum counted characters.
        min: u32,
    },
    /// A website name has a refused form.
    WebsiteNameForm {
        /// The form reported.
        error: NameFormCase,
    },
    /// A website name holds (or starts with) one of `words`.
    WebsiteNameWords {
        /// The words.
        words: Vec<String>,
        /// Where a word must stand.
        #[serde(default)]
        position: Position,
        /// A word that the entity's own registered name holds does not count (中华书局's site
        /// may be called 中华书局官网).
        #[serde(default)]
        unless_in_entity_name: bool,
    },
    /// A website name does not end with one of `suffixes`.
    WebsiteNameSuffix {
        /// Allowed endings.
        suffixes: Vec<String>,
    },
    /// An organisation's website name shares nothing with its name (字号).
    WebsiteNameUnrelated {
        /// Organisation-form endings removed before comparing (有限公司, 科技 …).
        suffixes: Vec<String>,
    },
    /// Two websites share a name (also against filed websites).
    WebsiteNameDuplicate {},
    /// Counted things are more than `max`.
    CountMax {
        /// What is counted.
        count: Counted,
        /// The largest count allowed.
        max: u32,
    },
    /// Counted things reach a threshold: `at_least` (sources that say 含) or `more_than` (不含).
    /// With both, the finding's dispute note shows only at the contested count.
    CountThreshold {
        /// What is counted.
        count: Counted,
        /// Fires when the count is at least this.
        #[serde(default)]
        at_least: Option<u32>,
        /// Fires when the count is more than this.
        #[serde(default)]
        more_than: Option<u32>,
    },
    /// A domain's syntax is wrong.
    DomainSyntax {
        /// The problem reported.
        error: DomainSyntaxCase,
    },
    /// A domain's suffix is not in `suffixes`.
    DomainSuffix {
        /// Allowed suffixes (with the dot).
        suffixes: Vec<String>,
    },
    /// This entity type must use one of `suffixes` (government → .gov.cn).
    DomainSuffixForKind {
        /// Allowed suffixes (with the dot).
        suffixes: Vec<String>,
    },
    /// A domain's holder is not the entity.
    DomainHolder {
        /// The case reported.
        error: HolderCase,
        /// The principal or legal representative may hold an organisation's domain.
        #[serde(default)]
        allow_principal: bool,
    },
    /// A domain's real-name verification date is not given (a domain that was never verified
    /// cannot be filed).
    DomainRealNameMissing {},
    /// A domain holder's type is not the entity's.
    DomainHolderKind {},
    /// A domain's registrar is outside the mainland.
    DomainRegistrar {},
    /// Real-name verification finished fewer than `working_days` before submission.
    DomainRealNameRecent {
        /// Working days that must have passed.
        working_days: u32,
    },
    /// A website's service content is refused, or not among `allowed`.
    ServiceContent {
        /// Refused contents.
        #[serde(default)]
        refused: Vec<ServiceContent>,
        /// Allowed contents (empty: any not refused).
        #[serde(default)]
        allowed: Vec<ServiceContent>,
    },
    /// Pre-approval keyword scan of the website and entity texts (a negated mention is no
    /// mention; a keyword inside an excluded phrase does not count). The finding points at the
    /// text that matched.
    Preapproval {
        /// The case reported.
        outcome: Outcome,
        /// Areas the rule is limited to (empty: all).
        #[serde(default)]
        areas: Vec<PreapprovalArea>,
        /// Which keywords: explicit triggers, or words that need the applicant's confirmation
        /// (absent: both).
        #[serde(default)]
        tier: Option<super::Tier>,
    },
    /// Content the applicant declares (`content_areas`) against what the entity may run and the
    /// permits it holds.
    DeclaredContent {
        /// The case reported.
        outcome: DeclaredOutcome,
        /// Areas the rule is limited to (empty: all).
        #[serde(default)]
        areas: Vec<PreapprovalArea>,
    },
    /// A phone number or email has the wrong form.
    ContactFormat {
        /// What is read.
        what: ContactKind,
    },
    /// The emergency contact's mobile is a principal's.
    EmergencyDistinct {},
    /// A person's office phone (landline) is a mobile number, or that person's own mobile.
    LandlineNotMobile {},
    /// Different people share a mobile or an email.
    ContactShared {
        /// What is compared.
        what: SharedContact,
    },
    /// The mailing address does not reach the door number.
    AddressDetailed {},
    /// An address written in shorthand numbers (42-2-1) instead of building, unit and room.
    AddressShorthand {},
    /// An office phone that is a placeholder: the number after the area code is 0s or 1s only
    /// (010-00000000) or the run 12345678 — no landline starts with 0 or 1.
    PhonePlaceholder {},
    /// Fewer than `min` different mobile numbers in the draft (principals and emergency contact)
    /// while the entity's and a website's person in charge are different people.
    MobilesMin {
        /// Least number of different mobiles.
        min: u32,
    },
    /// An individual's "investor" names someone other than the individual.
    IndividualInvestor {},
    /// Government domains (国办函〔2018〕55号): `government` — a government body's domain not
    /// under .gov.cn or .政务; `institution` — a public institution's domain under .gov.cn.
    GovernmentDomain {
        /// Which of the two.
        case: GovernmentDomainCase,
    },
    /// The entity declares `flag` = `value` (a flag not answered never fires), unless the
    /// application's remark holds `unless_remark`.
    EntityFlag {
        /// The fact.
        flag: EntityFlag,
        /// The answer that fires.
        value: bool,
        /// A remark phrase that settles it (e.g. 个体工商户无公章).
        #[serde(default)]
        unless_remark: Option<String>,
    },
    /// A change filing (变更) compared with the filed state.
    Change {
        /// The problem reported.
        error: ChangeCase,
    },
    /// A website filing number (of a draft website or a filed one listed in the application).
    WebsiteFilingNumber {
        /// The problem reported.
        error: WebsiteNumberCase,
    },
    /// The application kind and the filing number disagree.
    ApplicationKind {
        /// The problem reported.
        error: ApplicationCase,
    },
    /// A website description is shorter than `min` characters.
    DescriptionLength {
        /// Minimum characters.
        min: u32,
    },
    /// `phrase` must appear in the remark or a website description.
    RemarkPhrase {
        /// The phrase.
        phrase: String,
    },
    /// A limit of the access providers' own systems (`assets/providers.toml`): `own` reports the
    /// limit of the draft's provider, `other` the providers whose limit the draft would break
    /// when it is filed elsewhere.
    ProviderLimit {
        /// Which limit.
        limit: ProviderLimitKind,
        /// The draft's own provider, or the others.
        outcome: ProviderOutcome,
    },
    /// A website's languages must include every one of `allowed`.
    Languages {
        /// Required language tags.
        allowed: Vec<String>,
    },
    /// An IP address has the wrong form.
    IpAddress {},
    /// An IP address is not a public one (0.0.0.0, loopback, private ranges such as 192.168.x.x).
    IpNotPublic {},
    /// The home page's host is not one of the website's domains (or below one).
    HomePageDomain {},
    /// A person's name is a form of address rather than a name: ends with one of `titles`, is one
    /// of `placeholders`, or mixes Chinese with Latin letters or digits.
    PersonNameForm {
        /// Endings that make a name a form of address (先生, 小姐 …).
        titles: Vec<String>,
        /// Whole names that are placeholders (个人 …).
        placeholders: Vec<String>,
    },
}

impl Check {
    /// The kind's name as rule files write it (`count-max`).
    pub fn kind(&self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.get("check").and_then(|c| c.as_str()).map(String::from))
            .unwrap_or_default()
    }

    /// Checks of the parameters that serde cannot express.
    pub fn validate(&self) -> Result<(), String> {
        match self {
            Check::CountThreshold {
                at_least: None,
                more_than: None,
                ..
            } => Err("count-threshold needs at_least or more_than".into()),
            Check::Required { fields } if fields.is_empty() => {
                Err("required needs at least one field".into())
            }
            Check::WebsiteNameWords { words, .. } | Check::NameKeywordLegalRep { words }
                if words.is_empty() =>
            {
                Err("needs at least one word".into())
            }
            Check::DomainSuffix { suffixes }
            | Check::DomainSuffixForKind { suffixes }
            | Check::WebsiteNameSuffix { suffixes }
                if suffixes.is_empty() =>
            {
                Err("needs at least one suffix".into())
            }
            Check::MinimumAge { roles, .. } | Check::PersonHomeProvince { roles }
                if roles.is_empty() =>
            {
                Err("minimum-age needs roles".into())
            }
            Check::ValidityExpired { documents } | Check::ValidityWindow { documents, .. }
                if documents.is_empty() =>
            {
                Err("needs documents".into())
            }
            Check::ServiceContent { refused, allowed }
                if refused.is_empty() && allowed.is_empty() =>
            {
                Err("service-content needs refused or allowed".into())
            }
            _ => Ok(()),
        }
    }
}
