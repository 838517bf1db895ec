//! Identity and certificate numbers: 居民身份证 (GB 11643), 统一社会信用代码 (GB 32100),
//! 组织机构代码 (GB 11714) and the format of the other identity documents a filing accepts.
//!
//! Every function here is pure: it parses and checks one number and says what is wrong with it.
//! Whether a finding is an error or a warning, and anything that needs today's date (an ID whose
//! birth date lies in the future, an applicant under 18), is the rule engine's business; it gets
//! [`age_on`] for the latter. Check-digit facts: `research/provinces.md` "Check-digit facts
//! (topic 10)"; rejection reasons R10 and R18 in `research/anchors.md` §3.

use chrono::{Datelike, NaiveDate};
use unicode_normalization::UnicodeNormalization;

use crate::draft::{CertificateKind, EntityKind};
use crate::Province;

/// Prepares a number typed by a person: NFKC (full-width digits and letters → ASCII, U+3000 →
/// space), zero-width characters removed, surrounding whitespace trimmed, upper-cased.
fn prepare(input: &str) -> String {
    input
        .nfkc()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}'))
        .collect::<String>()
        .trim()
        .to_ascii_uppercase()
}

// ---------------------------------------------------------------------------------------------
// GB 11643-1999 公民身份号码
// ---------------------------------------------------------------------------------------------

/// ISO 7064 MOD 11-2 weights for the first 17 digits (GB 11643-1999; provinces.md topic 10).
const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// Check character for S mod 11 = 0..=10.
const ID_CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// The GB 11643 (ISO 7064 MOD 11-2) check character for 17 ASCII digits; `None` when the input
/// is not exactly 17 ASCII digits. Also used by the residence permits and the 2023 foreign
/// permanent resident card, which share the algorithm.
pub fn gb11643_check_char(first17: &str) -> Option<char> {
    let b = first17.as_bytes();
    if b.len() != 17 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = b
        .iter()
        .zip(ID_WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    Some(ID_CHECK[(sum % 11) as usize])
}

/// A valid 18-character 居民身份证号码.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdCard {
    /// The number as it should be filed: 18 ASCII characters, check character `X` upper-case.
    pub normalised: String,
    /// The 6-digit address code (GB/T 2260) of the place of first registration.
    pub division: String,
    /// The province of the address code (digits 1–2).
    pub province: Province,
    /// Birth date (digits 7–14).
    pub birth_date: NaiveDate,
    /// Digit 17 odd = male, even = female.
    pub male: bool,
}

/// Why a 居民身份证号码 is not valid.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdCardError {
    /// Nothing was entered.
    #[error("身份证号码为空 / The ID number is empty")]
    Empty,
    /// An old 15-digit number (first-generation card), which the filing system does not accept.
    #[error("15 位旧身份证号码不能用于备案，请填写 18 位号码 / Old 15-digit ID numbers are not accepted; enter the 18-character number")]
    FifteenDigit,
    /// Not 18 characters.
    #[error("身份证号码应为 18 位，当前为 {len} 位 / An ID number has 18 characters, this one has {len}")]
    Length {
        /// Number of characters entered (after trimming).
        len: usize,
    },
    /// Characters other than 17 digits followed by a digit or X.
    #[error("身份证号码只能由 17 位数字加 1 位数字或 X 组成 / An ID number is 17 digits followed by a digit or X")]
    Charset,
    /// The first two digits are not a mainland filing province (e.g. 81 香港, 82 澳门, 83 台湾).
    #[error("身份证号码前 6 位地址码 {code} 不属于大陆省份 / The address code {code} is not in a mainland province")]
    Division {
        /// The 6-digit address code.
        code: String,
    },
    /// Digits 7–14 are not a real date (or before 1900).
    #[error("身份证号码中的出生日期 {text} 不存在 / The birth date {text} in the ID number does not exist")]
    BirthDate {
        /// The 8 digits.
        text: String,
    },
    /// The check character does not match.
    #[error("身份证号码校验位错误（应为 {expected}，实为 {found}），请核对是否输错 / Wrong check character ({found}, expected {expected}); please check for a typing error")]
    Checksum {
        /// The check character the first 17 digits give.
        expected: char,
        /// The check character entered.
        found: char,
    },
}

impl IdCardError {
    /// Stable code for rule data and tests.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::FifteenDigit => "fifteen-digit",
            Self::Length { .. } => "length",
            Self::Charset => "charset",
            Self::Division { .. } => "division",
            Self::BirthDate { .. } => "birth-date",
            Self::Checksum { .. } => "checksum",
        }
    }
}

/// Checks the shape, birth date and check character shared by every GB 11643-style number
/// (ID card, residence permits, 2023 permanent resident card): 18 ASCII characters, 17 digits
/// and a digit or `X`. `s` is already prepared.
fn gb11643_shape(s: &str) -> Result<(), IdCardError> {
    let len = s.chars().count();
    if len == 15 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(IdCardError::FifteenDigit);
    }
    if len != 18 {
        return Err(IdCardError::Length { len });
    }
    let b = s.as_bytes(); // 18 chars and (checked next) all ASCII, so byte = char
    if !(b.len() == 18
        && b[..17].iter().all(u8::is_ascii_digit)
        && (b[17].is_ascii_digit() || b[17] == b'X'))
    {
        return Err(IdCardError::Charset);
    }
    Ok(())
}

/// Parses the 8 digits `YYYYMMDD` as a birth date on or after 1900-01-01.
fn birth_date(text: &str) -> Result<NaiveDate, IdCardError> {
    let err = || IdCardError::BirthDate {
        text: text.to_string(),
    };
    let y: i32 = text[0..4].parse().map_err(|_| err())?;
    let m: u32 = text[4..6].parse().map_err(|_| err())?;
    let d: u32 = text[6..8].parse().map_err(|_| err())?;
    let date = NaiveDate::from_ymd_opt(y, m, d).ok_or_else(err)?;
    if date.year() < 1900 {
        return Err(err());
    }
    Ok(date)
}

/// Compares the check character (position 18) with the one computed from the first 17 digits.
fn check_mod11_2(s: &str) -> Result<(), IdCardError> {
    let expected = gb11643_check_char(&s[..17]).ok_or(IdCardError::Charset)?;
    let found = s[17..].chars().next().ok_or(IdCardError::Charset)?;
    if expected != found {
        return Err(IdCardError::Checksum { expected, found });
    }
    Ok(())
}

/// Parses a 居民身份证号码 (GB 11643-1999): trims, accepts full-width digits and a lower-case
/// `x`; refuses 15-digit numbers, a first-two-digit code that is not a mainland filing province,
/// a birth date that does not exist or is before 1900, and a wrong MOD 11-2 check character.
/// A birth date in the future is not checked here (it needs today's date; see [`age_on`]).
pub fn parse_id_card(input: &str) -> Result<IdCard, IdCardError> {
    let s = prepare(input);
    if s.is_empty() {
        return Err(IdCardError::Empty);
    }
    gb11643_shape(&s)?;
    let division = s[..6].to_string();
    let code: u8 = s[..2].parse().map_err(|_| IdCardError::Charset)?;
    let province = Province::from_division_code(code).ok_or_else(|| IdCardError::Division {
        code: division.clone(),
    })?;
    let birth_date = birth_date(&s[6..14])?;
    check_mod11_2(&s)?;
    let male = (s.as_bytes()[16] - b'0') % 2 == 1;
    Ok(IdCard {
        normalised: s,
        division,
        province,
        birth_date,
        male,
    })
}

/// Age in full years on `day` of a person born on `birth` (0 when `day` is before `birth`).
/// A person born on 29 February becomes a year older on 1 March in common years.
pub fn age_on(birth: NaiveDate, day: NaiveDate) -> u32 {
    if day <= birth {
        return 0;
    }
    let mut years = day.year() - birth.year();
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

// ---------------------------------------------------------------------------------------------
// GB 32100-2015 统一社会信用代码
// ---------------------------------------------------------------------------------------------

/// The 31 characters of GB 32100 in value order (no I, O, S, V, Z).
const USCC_ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
/// Weights of positions 1–17 (3^(i−1) mod 31).
const USCC_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

fn uscc_value(c: u8) -> Option<u32> {
    USCC_ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// The GB 32100 check character for the first 17 characters (already upper-case); `None` when
/// the input is not 17 characters of the 31-character alphabet.
pub fn uscc_check_char(first17: &str) -> Option<char> {
    let b = first17.as_bytes();
    if b.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (c, w) in b.iter().zip(USCC_WEIGHTS) {
        sum += uscc_value(*c)? * w;
    }
    // C18 = 31 − (S mod 31); a result of 31 is written as 0.
    let v = (31 - sum % 31) % 31;
    Some(USCC_ALPHABET[v as usize] as char)
}

/// A valid 统一社会信用代码.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uscc {
    /// The code as it should be filed: 18 upper-case ASCII characters.
    pub normalised: String,
    /// Position 1: 登记管理部门代码 (registration department: 1 机构编制, 5 民政, 9 工商 …).
    pub department: char,
    /// Position 2: 机构类别代码 (category within the department).
    pub category: char,
    /// Positions 3–8: 登记管理机关行政区划码 (GB/T 2260).
    pub division: String,
    /// The province of positions 3–4; `None` for central bodies (10xxxx).
    pub province: Option<Province>,
    /// Positions 9–17: 主体标识码 (the organisation code, GB 11714).
    pub organisation_code: String,
}

/// Why a 统一社会信用代码 is not valid.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UsccError {
    /// Nothing was entered.
    #[error("统一社会信用代码为空 / The unified social credit code is empty")]
    Empty,
    /// Not 18 characters.
    #[error("统一社会信用代码应为 18 位，当前为 {len} 位 / A unified social credit code has 18 characters, this one has {len}")]
    Length {
        /// Number of characters entered (after trimming).
        len: usize,
    },
    /// A character outside 0-9 A-H J-N P Q R T U W X Y.
    #[error("统一社会信用代码第 {position} 位“{ch}”不是有效字符（不使用 I、O、S、V、Z）/ Character {position} '{ch}' is not allowed (I, O, S, V and Z are never used)")]
    Charset {
        /// The offending character.
        ch: char,
        /// 1-based position.
        position: usize,
    },
    /// The check character does not match.
    #[error("统一社会信用代码校验位错误（应为 {expected}，实为 {found}），请核对是否输错 / Wrong check character ({found}, expected {expected}); please check for a typing error")]
    Checksum {
        /// The check character the first 17 characters give.
        expected: char,
        /// The check character entered.
        found: char,
    },
    /// Positions 3–8 are not a mainland administrative division (nor 10xxxx, central bodies).
    #[error("统一社会信用代码第 3–8 位行政区划码 {code} 无效 / The division code {code} (characters 3–8) is not a mainland division")]
    Division {
        /// The 6 characters.
        code: String,
    },
}

impl UsccError {
    /// Stable code for rule data and tests.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::Length { .. } => "length",
            Self::Charset { .. } => "charset",
            Self::Checksum { .. } => "checksum",
            Self::Division { .. } => "division",
        }
    }
}

/// Parses a 统一社会信用代码 (GB 32100-2015): trims, accepts full-width and lower-case input,
/// checks the 31-character alphabet, the mod-31 check character (31 → `0`) and that positions
/// 3–8 are digits naming a mainland province or 10xxxx (central bodies, province `None`).
/// The embedded organisation code's own check digit is not enforced: individual businesses
/// (92…) carry codes that do not follow GB 11714.
pub fn parse_uscc(input: &str) -> Result<Uscc, UsccError> {
    let s = prepare(input);
    if s.is_empty() {
        return Err(UsccError::Empty);
    }
    let len = s.chars().count();
    if len != 18 {
        return Err(UsccError::Length { len });
    }
    if let Some((i, ch)) = s
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii() || uscc_value(*c as u8).is_none())
    {
        return Err(UsccError::Charset {
            ch,
            position: i + 1,
        });
    }
    // All 18 characters are ASCII now.
    let expected = uscc_check_char(&s[..17]).ok_or(UsccError::Length { len })?;
    let found = s.as_bytes()[17] as char;
    if expected != found {
        return Err(UsccError::Checksum { expected, found });
    }
    let division = s[2..8].to_string();
    let province = if division.bytes().all(|b| b.is_ascii_digit()) {
        let code: u8 = division[..2].parse().unwrap_or(0);
        match Province::from_division_code(code) {
            Some(p) => Some(p),
            None if code == 10 => None,
            None => return Err(UsccError::Division { code: division }),
        }
    } else {
        return Err(UsccError::Division { code: division });
    };
    let b = s.as_bytes();
    Ok(Uscc {
        department: b[0] as char,
        category: b[1] as char,
        division,
        province,
        organisation_code: s[8..17].to_string(),
        normalised: s,
    })
}

/// Plausible entity types (主体性质) for a USCC's department (position 1) and category
/// (position 2). An empty slice means "no opinion" (其他 categories, unknown codes): the caller
/// skips its check.
///
/// Source: GB 32100-2015 table of 登记管理部门代码 / 机构类别代码 as tabulated in
/// `research/provinces.md` topic 10 [fdstar/NumberValidators `ManagementKindCode.cs`] for
/// departments 1, 5, 9, and the extended table (2 外交, 3 司法行政, 4 文化, 6 旅游, 7 宗教,
/// 8 工会, A 中央军委改革和编制办公室, N 农业, Y 其他) repeated identically in several
/// public validators (secondary; code-search hits, 2024–2025). Where the filing system has no
/// matching 主体性质 (公证处, 司法鉴定机构, 仲裁委员会, 集体经济组织 …) we answer
/// `OtherOrganisation`.
pub fn entity_kinds_for_uscc(department: char, category: char) -> &'static [EntityKind] {
    use EntityKind::*;
    match (department.to_ascii_uppercase(), category) {
        // 1 机构编制: 1 机关, 2 事业单位, 3 中央编办直管的群众团体 (filed as 群众性团体组织).
        ('1', '1') => &[Government],
        ('1', '2') => &[PublicInstitution],
        ('1', '3') => &[OtherOrganisation, SocialOrganisation],
        // 2 外交: 1 外国常驻新闻机构.
        ('2', '1') => &[OtherOrganisation, OverseasOrganisation],
        // 3 司法行政: 1 律师执业机构, 2 公证处, 3 基层法律服务所, 4 司法鉴定机构, 5 仲裁委员会.
        ('3', '1') => &[LawFirm],
        ('3', '2') => &[OtherOrganisation, PublicInstitution],
        ('3', '3' | '4' | '5') => &[OtherOrganisation],
        // 4 文化: 1 外国在华文化中心.
        ('4', '1') => &[OtherOrganisation],
        // 5 民政: 1 社会团体, 2 民办非企业单位, 3 基金会.
        ('5', '1') => &[SocialOrganisation],
        ('5', '2') => &[PrivateNonEnterprise],
        ('5', '3') => &[Foundation],
        // 6 旅游: 1 外国旅游部门常驻代表机构, 2 港澳台地区旅游部门常驻内地代表机构.
        ('6', '1' | '2') => &[OtherOrganisation, OverseasOrganisation],
        // 7 宗教: 1 宗教活动场所, 2 宗教院校, 9 其他 — all filed as other organisations.
        ('7', '1' | '2' | '9') => &[OtherOrganisation],
        // 8 工会: 1 基层工会 (a 社会团体 legal person, filed as 群众性团体组织).
        ('8', '1') => &[OtherOrganisation, SocialOrganisation],
        // 9 工商 (市场监管): 1 企业, 2 个体工商户, 3 农民专业合作社.
        ('9', '1') => &[Enterprise],
        ('9', '2') => &[IndividualBusiness],
        ('9', '3') => &[Enterprise],
        // A 中央军委改革和编制办公室: 1 军队事业单位, 9 其他.
        ('A', '1') => &[Defence, PublicInstitution],
        ('A', '9') => &[Defence],
        // N 农业: 1 组级, 2 村级, 3 乡镇级集体经济组织.
        ('N', '1' | '2' | '3') => &[OtherOrganisation],
        _ => &[],
    }
}

// ---------------------------------------------------------------------------------------------
// GB 11714-1997 组织机构代码
// ---------------------------------------------------------------------------------------------

/// Why a 组织机构代码 is not valid.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OrgCodeError {
    /// Nothing was entered.
    #[error("组织机构代码为空 / The organisation code is empty")]
    Empty,
    /// Not 9 characters (8 + check, optionally written with a hyphen before the check).
    #[error("组织机构代码应为 9 位（如 12345678-9），当前为 {len} 位 / An organisation code has 9 characters (e.g. 12345678-9), this one has {len}")]
    Length {
        /// Number of characters entered, without the hyphen.
        len: usize,
    },
    /// A character other than digits and upper-case letters (check: digit or X).
    #[error("组织机构代码第 {position} 位“{ch}”不是有效字符 / Character {position} '{ch}' of the organisation code is not allowed")]
    Charset {
        /// The offending character.
        ch: char,
        /// 1-based position (without the hyphen).
        position: usize,
    },
    /// The check character does not match.
    #[error("组织机构代码校验位错误（应为 {expected}，实为 {found}）/ Wrong check character of the organisation code ({found}, expected {expected})")]
    Checksum {
        /// The check character the first 8 characters give.
        expected: char,
        /// The check character entered.
        found: char,
    },
}

/// GB 11714 weights of positions 1–8.
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// The GB 11714 check character for 8 characters (0-9, A-Z with A = 10 … Z = 35):
/// C9 = 11 − (Σ value·weight mod 11); 10 → `X`, 11 → `0`. `None` for other input.
pub fn organisation_code_check_char(first8: &str) -> Option<char> {
    let b = first8.as_bytes();
    if b.len() != 8 {
        return None;
    }
    let mut sum = 0u32;
    for (c, w) in b.iter().zip(ORG_WEIGHTS) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return None,
        };
        sum += v * w;
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        v => char::from(b'0' + v as u8),
    })
}

/// Parses a 组织机构代码 (GB 11714-1997): 8 digits or upper-case letters and a check character,
/// written with or without a hyphen before the check (`D2143569-X` or `D2143569X`). Returns the
/// 9 characters without the hyphen.
pub fn parse_organisation_code(input: &str) -> Result<String, OrgCodeError> {
    let s = prepare(input);
    if s.is_empty() {
        return Err(OrgCodeError::Empty);
    }
    let chars: Vec<char> = s.chars().collect();
    let chars: Vec<char> = if chars.len() == 10 && chars[8] == '-' {
        chars[..8].iter().chain(&chars[9..]).copied().collect()
    } else {
        chars
    };
    if chars.len() != 9 {
        return Err(OrgCodeError::Length { len: chars.len() });
    }
    for (i, &ch) in chars.iter().enumerate() {
        let ok = if i < 8 {
            ch.is_ascii_digit() || ch.is_ascii_uppercase()
        } else {
            ch.is_ascii_digit() || ch == 'X'
        };
        if !ok {
            return Err(OrgCodeError::Charset {
                ch,
                position: i + 1,
            });
        }
    }
    let code: String = chars.iter().collect();
    let expected =
        organisation_code_check_char(&code[..8]).ok_or(OrgCodeError::Length { len: 9 })?;
    let found = chars[8];
    if expected != found {
        return Err(OrgCodeError::Checksum { expected, found });
    }
    Ok(code)
}

// ---------------------------------------------------------------------------------------------
// Format of every certificate kind
// ---------------------------------------------------------------------------------------------

/// Why a certificate number does not have the format of its certificate kind.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// Nothing was entered.
    #[error("证件号码为空 / The certificate number is empty")]
    Empty,
    /// The number does not match; the fields describe the expected format.
    #[error("证件号码格式不正确，应为{expected_zh} / The number does not have the expected format: {expected_en}")]
    Invalid {
        /// Expected format, Chinese.
        expected_zh: &'static str,
        /// Expected format, English.
        expected_en: &'static str,
    },
}

fn invalid(expected_zh: &'static str, expected_en: &'static str) -> FormatError {
    FormatError::Invalid {
        expected_zh,
        expected_en,
    }
}

fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// Checks that `number` has the format of a certificate of `kind`. Use [`parse_id_card`],
/// [`parse_uscc`] or [`parse_organisation_code`] directly for the detailed reason.
pub fn check_format(kind: CertificateKind, number: &str) -> Result<(), FormatError> {
    let s = prepare(number);
    if s.is_empty() {
        return Err(FormatError::Empty);
    }
    use CertificateKind as K;
    match kind {
        // GB 11643-1999; a 临时居民身份证 carries the same 公民身份号码.
        K::ResidentIdCard | K::TemporaryIdCard => parse_id_card(&s).map(|_| ()).map_err(|_| {
            invalid(
                "18 位公民身份号码（末位为校验码，可为 X）",
                "an 18-character citizen ID number (GB 11643; last character a check digit or X)",
            )
        }),
        // GB 32100-2015 (business licence, USCC certificate and the 2016+ registration
        // certificates of 事业单位, 社会团体, 民办非企业, 基金会, 律师事务所 all print the USCC).
        K::BusinessLicence
        | K::UsccCertificate
        | K::PublicInstitutionCertificate
        | K::SocialOrganisationCertificate
        | K::PrivateNonEnterpriseCertificate
        | K::FoundationCertificate
        | K::LawFirmLicence => parse_uscc(&s).map(|_| ()).map_err(|_| {
            invalid(
                "18 位统一社会信用代码（GB 32100）",
                "an 18-character unified social credit code (GB 32100)",
            )
        }),
        // GB 11714-1997.
        K::OrganisationCode => parse_organisation_code(&s).map(|_| ()).map_err(|_| {
            invalid(
                "9 位组织机构代码（如 12345678-9，GB 11714）",
                "a 9-character organisation code (e.g. 12345678-9, GB 11714)",
            )
        }),
        // Chinese passports are E/G/D/S/P + 8 digits or E + letter + 7 digits (e.g. the
        // patterns in winjs-dev/cloud-utils `isValidPassport.ts`); foreign passports vary, so
        // accept 5–17 letters and digits with at least one digit and nothing else (ICAO 9303
        // document numbers are alphanumeric).
        K::Passport => {
            let ok = (5..=17).contains(&s.len())
                && s.bytes().all(|b| b.is_ascii_alphanumeric())
                && s.bytes().any(|b| b.is_ascii_digit());
            ok.then_some(()).ok_or_else(|| {
                invalid(
                    "护照号码（5–17 位字母和数字，不含空格和符号）",
                    "a passport number (5–17 letters and digits, no spaces or symbols)",
                )
            })
        }
        // 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) + 8 digits (2012 card), older cards
        // + 10 digits (common validators, e.g. the `isValidHKMacaoPermit` pattern
        // `^[HM](\d{8}|\d{10})$`, code-search hit, secondary).
        K::HkMacaoTravelPermit => {
            let ok = (s.starts_with('H') || s.starts_with('M'))
                && matches!(s.len(), 9 | 11)
                && all_digits(&s[1..]);
            ok.then_some(()).ok_or_else(|| {
                invalid(
                    "H 或 M 开头加 8 位（旧证 10 位）数字",
                    "H or M followed by 8 digits (10 on older permits)",
                )
            })
        }
        // 台湾居民来往大陆通行证: 8 digits since the 2015 card (zh.wikipedia, cited by the ut2
        // `isTWCard` validator); older booklets 10 digits.
        K::TaiwanTravelPermit => {
            let ok = matches!(s.len(), 8 | 10) && all_digits(&s);
            ok.then_some(())
                .ok_or_else(|| invalid("8 位数字（旧证 10 位）", "8 digits (10 on older permits)"))
        }
        // 港澳台居民居住证 (2018): GB 11643 layout with address code 810000 (Hong Kong), 820000
        // (Macao) or 830000 (Taiwan) and the same MOD 11-2 check (jxlwqq/id-validator, named in
        // research/anchors.md §2).
        K::HkMacaoResidencePermit | K::TaiwanResidencePermit => {
            let prefixes: &[&str] = if kind == K::HkMacaoResidencePermit {
                &["810000", "820000"]
            } else {
                &["830000"]
            };
            let ok = gb11643_shape(&s).is_ok()
                && prefixes.iter().any(|p| s.starts_with(p))
                && birth_date(&s[6..14]).is_ok()
                && check_mod11_2(&s).is_ok();
            ok.then_some(()).ok_or_else(|| {
                if kind == K::HkMacaoResidencePermit {
                    invalid(
                        "18 位居住证号码，以 810000（香港）或 820000（澳门）开头",
                        "an 18-character permit number starting 810000 (Hong Kong) or 820000 (Macao)",
                    )
                } else {
                    invalid(
                        "18 位居住证号码，以 830000 开头",
                        "an 18-character permit number starting 830000",
                    )
                }
            })
        }
        // 外国人永久居留身份证: 2017 card 15 characters = 3 letters (nationality) + 12 digits;
        // 2023 card (issued from 2023-12-01) 18 characters = "9" + 16 digits + MOD 11-2 check,
        // "与公民身份号码校验方式相同" (国家移民管理局《新版外国人永久居留身份证机读信息规则
        // (2023版)》, copy at www.eastcoms.com/service/pro/840.html, 2023-10-20).
        K::ForeignPermanentResidence => {
            let old = s.len() == 15
                && s.as_bytes()[..3].iter().all(u8::is_ascii_uppercase)
                && all_digits(&s[3..]);
            let new = s.len() == 18
                && s.starts_with('9')
                && gb11643_shape(&s).is_ok()
                && check_mod11_2(&s).is_ok();
            (old || new).then_some(()).ok_or_else(|| {
                invalid(
                    "3 位字母加 12 位数字（2017 版），或以 9 开头的 18 位号码（2023 版）",
                    "3 letters + 12 digits (2017 card) or 18 characters starting with 9 (2023 card)",
                )
            })
        }
        // 部队代号, 境外机构证件, 其他: no published format; only required to be non-empty.
        K::MilitaryCode | K::OverseasOrganisationCertificate | K::Other => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn id_card_valid_vectors() {
        let id = parse_id_card("11010519491231002X").unwrap();
        assert_eq!(id.normalised, "11010519491231002X");
        assert_eq!(id.division, "110105");
        assert_eq!(id.province, Province::Beijing);
        assert_eq!(id.birth_date, d(1949, 12, 31));
        assert!(!id.male); // digit 17 = 2
                           // lower-case x, surrounding spaces, full-width digits
        for input in [
            "11010519491231002x",
            "  11010519491231002X\u{3000}",
            "１１０１０５１９４９１２３１００２Ｘ",
            "１１０１０５１９４９１２３１００２ｘ",
        ] {
            assert_eq!(
                parse_id_card(input).map(|i| i.normalised),
                Ok("11010519491231002X".to_string()),
                "{input:?}"
            );
        }
        // Built from the algorithm: a Guangdong male born 2000-02-29.
        let first17 = "44030520000229001";
        let c = gb11643_check_char(first17).unwrap();
        let id = parse_id_card(&format!("{first17}{c}")).unwrap();
        assert_eq!(
            (id.province, id.birth_date, id.male),
            (Province::Guangdong, d(2000, 2, 29), true)
        );
    }

    #[test]
    fn id_card_errors() {
        use IdCardError as E;
        let cases: Vec<(&str, E)> = vec![
            ("", E::Empty),
            ("   ", E::Empty),
            ("110105491231002", E::FifteenDigit),
            ("1101051949123100", E::Length { len: 16 }),
            ("11010519491231002X1", E::Length { len: 19 }),
            ("11010519491231002Y", E::Charset),
            ("1101051949123100X2", E::Charset),
            ("110105 19491231002", E::Charset),
            (
                "110105194912310021",
                E::Checksum {
                    expected: 'X',
                    found: '1',
                },
            ),
            (
                "810000199001010011",
                E::Division {
                    code: "810000".into(),
                },
            ),
            (
                "710000199001010011",
                E::Division {
                    code: "710000".into(),
                },
            ),
            (
                "000000199001010011",
                E::Division {
                    code: "000000".into(),
                },
            ),
            (
                "110105199902300011",
                E::BirthDate {
                    text: "19990230".into(),
                },
            ),
            (
                "110105189912310011",
                E::BirthDate {
                    text: "18991231".into(),
                },
            ),
            (
                "110105199913010011",
                E::BirthDate {
                    text: "19991301".into(),
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(parse_id_card(input), Err(want), "{input:?}");
        }
        // Every wrong check character is caught.
        for c in "0123456789X".chars().filter(|&c| c != 'X') {
            let input = format!("11010519491231002{c}");
            assert_eq!(parse_id_card(&input).unwrap_err().code(), "checksum");
        }
        // Messages are bilingual.
        let msg = E::Checksum {
            expected: 'X',
            found: '1',
        }
        .to_string();
        assert!(
            msg.contains("校验位") && msg.contains("check character"),
            "{msg}"
        );
    }

    #[test]
    fn id_card_birth_date_in_future_is_callers_business() {
        let first17 = "11010520990101001";
        let c = gb11643_check_char(first17).unwrap();
        let id = parse_id_card(&format!("{first17}{c}")).unwrap();
        assert_eq!(age_on(id.birth_date, d(2026, 11, 23)), 0);
    }

    #[test]
    fn age_on_table() {
        let cases = [
            (d(2008, 11, 23), d(2026, 11, 23), 18),
            (d(2008, 11, 24), d(2026, 11, 23), 17),
            (d(1949, 12, 31), d(2026, 11, 23), 76),
            (d(2008, 2, 29), d(2026, 2, 28), 17),
            (d(2008, 2, 29), d(2026, 3, 1), 18),
            (d(2026, 11, 23), d(2026, 11, 23), 0),
            (d(2030, 1, 1), d(2026, 11, 23), 0),
        ];
        for (birth, day, want) in cases {
            assert_eq!(age_on(birth, day), want, "{birth} on {day}");
        }
    }

    #[test]
    fn uscc_valid_vectors() {
        for (input, province, org) in [
            ("91110108551385082Q", Some(Province::Beijing), "551385082"),
            ("91350100M000100Y43", Some(Province::Fujian), "M000100Y4"),
            ("91440300MA50000050", Some(Province::Guangdong), "MA5000005"),
        ] {
            let u = parse_uscc(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(u.normalised, input);
            assert_eq!((u.department, u.category), ('9', '1'));
            assert_eq!(u.province, province);
            assert_eq!(u.organisation_code, org);
            assert_eq!(u.division, &input[2..8]);
        }
        // The check character '0' stands for a result of 31.
        assert_eq!(uscc_check_char("91440300MA5000005"), Some('0'));
        // lower case and full width are accepted and normalised
        assert_eq!(
            parse_uscc(" 91350100m000100y43 ").unwrap().normalised,
            "91350100M000100Y43"
        );
        assert_eq!(
            parse_uscc("９１１１０１０８５５１３８５０８２Ｑ")
                .unwrap()
                .normalised,
            "91110108551385082Q"
        );
        // A central body (100000) has no province and is not an error.
        let first17 = "11100000MB0000000";
        let c = uscc_check_char(first17).unwrap();
        let u = parse_uscc(&format!("{first17}{c}")).unwrap();
        assert_eq!((u.province, u.department, u.category), (None, '1', '1'));
    }

    #[test]
    fn uscc_errors() {
        use UsccError as E;
        let cases: Vec<(&str, E)> = vec![
            ("", E::Empty),
            ("91110108551385082", E::Length { len: 17 }),
            ("91110108551385082QQ", E::Length { len: 19 }),
            (
                "91110108551385O82Q",
                E::Charset {
                    ch: 'O',
                    position: 15,
                },
            ),
            (
                "I1110108551385082Q",
                E::Charset {
                    ch: 'I',
                    position: 1,
                },
            ),
            (
                "911101085513850825",
                E::Checksum {
                    expected: 'Q',
                    found: '5',
                },
            ),
            (
                "91440300MA50000051",
                E::Checksum {
                    expected: '0',
                    found: '1',
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(parse_uscc(input), Err(want), "{input:?}");
        }
        // Hong Kong division and a division with letters: Division, once the checksum fits.
        for first17 in [
            "91810000MA0000000",
            "914403A0MA5000005",
            "91000000MA0000000",
        ] {
            let c = uscc_check_char(first17).unwrap();
            let err = parse_uscc(&format!("{first17}{c}")).unwrap_err();
            assert_eq!(
                err,
                E::Division {
                    code: first17[2..8].to_string()
                }
            );
        }
        // Swapping two adjacent characters is caught.
        assert_eq!(
            parse_uscc("91110108553185082Q").unwrap_err().code(),
            "checksum"
        );
    }

    #[test]
    fn entity_kinds_table() {
        use EntityKind::*;
        let cases: &[(char, char, &[EntityKind])] = &[
            ('1', '1', &[Government]),
            ('1', '2', &[PublicInstitution]),
            ('5', '1', &[SocialOrganisation]),
            ('5', '2', &[PrivateNonEnterprise]),
            ('5', '3', &[Foundation]),
            ('9', '1', &[Enterprise]),
            ('9', '2', &[IndividualBusiness]),
            ('9', '3', &[Enterprise]),
            ('3', '1', &[LawFirm]),
            ('7', '1', &[OtherOrganisation]),
            ('a', '1', &[Defence, PublicInstitution]),
            ('1', '9', &[]),
            ('Y', '1', &[]),
            ('Q', '1', &[]),
        ];
        for (dep, cat, want) in cases {
            assert_eq!(entity_kinds_for_uscc(*dep, *cat), *want, "{dep}{cat}");
        }
        let u = parse_uscc("91110108551385082Q").unwrap();
        assert_eq!(
            entity_kinds_for_uscc(u.department, u.category),
            &[Enterprise]
        );
    }

    #[test]
    fn organisation_code_table() {
        assert_eq!(
            parse_organisation_code("D2143569-X"),
            Ok("D2143569X".into())
        );
        assert_eq!(parse_organisation_code("d2143569x"), Ok("D2143569X".into()));
        // The organisation code inside a USCC.
        assert_eq!(
            parse_organisation_code("55138508-2"),
            Ok("551385082".into())
        );
        assert_eq!(organisation_code_check_char("55138508"), Some('2'));
        use OrgCodeError as E;
        let cases: Vec<(&str, E)> = vec![
            ("", E::Empty),
            ("D2143569", E::Length { len: 8 }),
            ("D21435-69X", E::Length { len: 10 }),
            (
                "D2143569-1",
                E::Checksum {
                    expected: 'X',
                    found: '1',
                },
            ),
            (
                "D21435_9X",
                E::Charset {
                    ch: '_',
                    position: 7,
                },
            ),
            (
                "D2143569A",
                E::Charset {
                    ch: 'A',
                    position: 9,
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(parse_organisation_code(input), Err(want), "{input:?}");
        }
        // Check value 11 is written 0: find an 8-digit body whose sum is a multiple of 11.
        let body = (0..100_000_000u32)
            .map(|n| format!("{n:08}"))
            .find(|b| organisation_code_check_char(b) == Some('0'))
            .unwrap();
        assert_eq!(
            parse_organisation_code(&format!("{body}0")),
            Ok(format!("{body}0"))
        );
    }

    fn with_check(first17: &str) -> String {
        format!("{first17}{}", gb11643_check_char(first17).unwrap())
    }

    #[test]
    fn check_format_table() {
        use CertificateKind as K;
        let hk = with_check("81000019900101001");
        let mo = with_check("82000019900101002");
        let tw = with_check("83000019900101003");
        let fpr = with_check("93615619900101001");
        let mut bad_fpr = fpr.clone();
        bad_fpr.replace_range(17..18, if fpr.ends_with('1') { "2" } else { "1" });
        let ok: Vec<(K, &str)> = vec![
            (K::ResidentIdCard, "11010519491231002x"),
            (K::TemporaryIdCard, "11010519491231002X"),
            (K::BusinessLicence, "91440300MA50000050"),
            (K::UsccCertificate, "91110108551385082Q"),
            (K::LawFirmLicence, "91350100M000100Y43"),
            (K::OrganisationCode, "D2143569-X"),
            (K::Passport, "E12345678"),
            (K::Passport, "EA1234567"),
            (K::Passport, "ｇ12345678"),
            (K::Passport, "X1234567"),
            (K::HkMacaoTravelPermit, "H12345678"),
            (K::HkMacaoTravelPermit, "m1234567890"),
            (K::TaiwanTravelPermit, "12345678"),
            (K::TaiwanTravelPermit, "1234567890"),
            (K::HkMacaoResidencePermit, &hk),
            (K::HkMacaoResidencePermit, &mo),
            (K::TaiwanResidencePermit, &tw),
            (K::ForeignPermanentResidence, "USA440100123456"),
            (K::ForeignPermanentResidence, &fpr),
            (K::MilitaryCode, "某部队代号"),
            (K::Other, "任意"),
            (K::OverseasOrganisationCertificate, "12345"),
        ];
        for (kind, number) in ok {
            assert_eq!(check_format(kind, number), Ok(()), "{kind:?} {number:?}");
        }
        let bad: Vec<(K, &str)> = vec![
            (K::ResidentIdCard, "110105491231002"),
            (K::ResidentIdCard, "110105194912310021"),
            (K::BusinessLicence, "91440300MA50000051"),
            (K::FoundationCertificate, "11010519491231002X"),
            (K::OrganisationCode, "D2143569-1"),
            (K::Passport, "E1234 5678"),
            (K::Passport, "E-12345678"),
            (K::Passport, "ABCDEFGH"),
            (K::Passport, "E12"),
            (K::HkMacaoTravelPermit, "C12345678"),
            (K::HkMacaoTravelPermit, "H1234567"),
            (K::TaiwanTravelPermit, "1234567"),
            (K::TaiwanTravelPermit, "T1234567"),
            (K::HkMacaoResidencePermit, &tw),
            (K::TaiwanResidencePermit, &hk),
            (K::HkMacaoResidencePermit, "11010519491231002X"),
            (K::ForeignPermanentResidence, "US4401001234567"),
            (K::ForeignPermanentResidence, &bad_fpr),
            (K::ForeignPermanentResidence, "11010519491231002X"),
        ];
        for (kind, number) in bad {
            assert!(
                matches!(check_format(kind, number), Err(FormatError::Invalid { .. })),
                "{kind:?} {number:?} should be invalid"
            );
        }
        for kind in [K::ResidentIdCard, K::MilitaryCode, K::Other, K::Passport] {
            assert_eq!(check_format(kind, " \u{3000} "), Err(FormatError::Empty));
        }
    }

    /// Every certificate kind; the match makes this test fail to compile when a kind is added.
    fn all_kinds() -> Vec<CertificateKind> {
        use CertificateKind as K;
        let all = vec![
            K::ResidentIdCard,
            K::TemporaryIdCard,
            K::Passport,
            K::HkMacaoTravelPermit,
            K::TaiwanTravelPermit,
            K::HkMacaoResidencePermit,
            K::TaiwanResidencePermit,
            K::ForeignPermanentResidence,
            K::BusinessLicence,
            K::UsccCertificate,
            K::OrganisationCode,
            K::PublicInstitutionCertificate,
            K::SocialOrganisationCertificate,
            K::PrivateNonEnterpriseCertificate,
            K::FoundationCertificate,
            K::LawFirmLicence,
            K::MilitaryCode,
            K::OverseasOrganisationCertificate,
            K::Other,
        ];
        for k in &all {
            match k {
                K::ResidentIdCard
                | K::TemporaryIdCard
                | K::Passport
                | K::HkMacaoTravelPermit
                | K::TaiwanTravelPermit
                | K::HkMacaoResidencePermit
                | K::TaiwanResidencePermit
                | K::ForeignPermanentResidence
                | K::BusinessLicence
                | K::UsccCertificate
                | K::OrganisationCode
                | K::PublicInstitutionCertificate
                | K::SocialOrganisationCertificate
                | K::PrivateNonEnterpriseCertificate
                | K::FoundationCertificate
                | K::LawFirmLicence
                | K::MilitaryCode
                | K::OverseasOrganisationCertificate
                | K::Other => {}
            }
        }
        all
    }

    #[test]
    fn uscc_kinds_agree_with_carries_uscc() {
        for kind in all_kinds() {
            let takes_uscc = check_format(kind, "91440300MA50000050").is_ok()
                && check_format(kind, "91440300MA50000051").is_err();
            assert_eq!(takes_uscc, kind.carries_uscc(), "{kind:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn parsers_never_panic(s in proptest::arbitrary::any::<String>()) {
            let _ = parse_id_card(&s);
            let _ = parse_uscc(&s);
            let _ = parse_organisation_code(&s);
            let _ = gb11643_check_char(&s);
            let _ = uscc_check_char(&s);
            for kind in all_kinds() {
                let _ = check_format(kind, &s);
            }
        }

        #[test]
        fn near_ids_never_panic(s in "[0-9Xx１２ｘ -]{14,20}") {
            let _ = parse_id_card(&s);
            let _ = check_format(CertificateKind::ForeignPermanentResidence, &s);
            let _ = check_format(CertificateKind::TaiwanResidencePermit, &s);
        }

        #[test]
        fn generated_ids_round_trip(div in 0usize..31, days in 0i64..45_000, seq in 0u32..1000) {
            let p = Province::ALL[div];
            let birth = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
            let first17 = format!("{:02}0101{}{:03}", p.division_code(), birth.format("%Y%m%d"), seq);
            let id = parse_id_card(&with_check(&first17)).unwrap();
            proptest::prop_assert_eq!(id.province, p);
            proptest::prop_assert_eq!(id.birth_date, birth);
            proptest::prop_assert_eq!(id.male, seq % 2 == 1);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Filing numbers.

/// Parses 粤ICP备12345678号 or 粤ICP备12345678号-1 and returns the province.
pub fn parse_filing_number(s: &str) -> Option<crate::province::Province> {
    use crate::province::Province;
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

/// What a website filing number (粤ICP备12345678号-1) is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebsiteNumber {
    /// The province of its abbreviation.
    pub province: crate::province::Province,
    /// The entity's filing number, 粤ICP备12345678号.
    pub entity: String,
    /// The website's sequence number (1 for -1).
    pub sequence: u32,
    /// A service letter after the sequence (A App, X mini program, K quick app), if any.
    pub service: Option<char>,
}

/// Parses a website number `粤ICP备12345678号-1`; an App or mini-program number (`-2A`) parses
/// too, with its service letter, so the caller can say what it is.
pub fn parse_website_number(s: &str) -> Option<WebsiteNumber> {
    let s = s.trim();
    let (entity, tail) = s.rsplit_once('-')?;
    let province = parse_filing_number(entity)?;
    if !entity.ends_with('号') {
        return None;
    }
    let (digits, service) = match tail.chars().last()? {
        c if c.is_ascii_alphabetic() => (&tail[..tail.len() - 1], Some(c.to_ascii_uppercase())),
        _ => (tail, None),
    };
    if digits.is_empty() || digits.len() > 3 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(WebsiteNumber {
        province,
        entity: entity.to_string(),
        sequence: digits.parse().ok()?,
        service,
    })
}

#[cfg(test)]
mod filing_number_tests {
    use super::*;
    use crate::province::Province;

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
    fn website_numbers() {
        let w = parse_website_number("粤ICP备12345678号-2").unwrap();
        assert_eq!(w.province, Province::Guangdong);
        assert_eq!(w.entity, "粤ICP备12345678号");
        assert_eq!((w.sequence, w.service), (2, None));
        let app = parse_website_number("京ICP备2021012345号-2A").unwrap();
        assert_eq!((app.sequence, app.service), (2, Some('A')));
        assert_eq!(parse_website_number("粤ICP备12345678号"), None);
        assert_eq!(parse_website_number("粤ICP备12345678号-"), None);
        assert_eq!(parse_website_number("粤ICP备12345678-1"), None);
        assert_eq!(parse_website_number("粤ICP备12345678号-1234"), None);
    }
}
