//! Domain names as a filing takes them: without scheme, path, port or `www.`, checked label by
//! label (RFC 1035/5891 rules), with Chinese (IDN) domains in both Unicode and Punycode form,
//! and matched against lists of filing suffixes.
//!
//! The suffix lists themselves (MIIT-approved TLDs, Beijing's list) are rule data
//! (`research/letters-and-lists.md` §3); this module only matches against a list it is given.
//! Conversions use the `idna` crate (UTS #46, strict STD3 rules). Nothing here touches the
//! network: whether the domain is registered or real-name verified is for the applicant to show.

use unicode_normalization::UnicodeNormalization;

/// A syntactically valid domain name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainName {
    /// ASCII (Punycode) form, lower case, e.g. `xn--fsqu00a.xn--fiqs8s`.
    pub ascii: String,
    /// Unicode form, lower case, e.g. `例子.中国`.
    pub unicode: String,
    /// Labels of the Unicode form, left to right.
    pub labels: Vec<String>,
}

/// Why a text is not a domain a filing accepts.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// Nothing was entered.
    #[error("域名为空 / The domain is empty")]
    Empty,
    /// A URL scheme (`http://`) was included.
    #[error("请只填写域名，不要包含 http:// 或 https:// / Enter the domain only, without http:// or https://")]
    Scheme,
    /// A path, query, port or user part was included.
    #[error("请只填写域名，不要包含路径、端口或其他部分 / Enter the domain only, without a path, port or anything else")]
    PathOrPort,
    /// The domain starts with `www.`; filings take the domain without it.
    #[error("备案填写的域名不带 www，请去掉开头的“www.” / Filings take the domain without www: remove the leading \"www.\"")]
    Www,
    /// Longer than 253 characters in ASCII form.
    #[error("域名过长（超过 253 个字符）/ The domain is too long (more than 253 characters)")]
    TooLong,
    /// A label breaks the rules.
    #[error("域名中的“{label}”无效：{reason_zh} / The label \"{label}\" is invalid: {reason_en}")]
    Label {
        /// The label as entered (Unicode).
        label: String,
        /// Reason, Chinese.
        reason_zh: &'static str,
        /// Reason, English.
        reason_en: &'static str,
    },
    /// The Unicode name cannot be converted (disallowed characters, bad Punycode, mixed
    /// directions …).
    #[error("域名含有不允许的字符，无法转换为国际化域名 / The domain contains characters an internationalised domain may not contain")]
    Idna,
    /// Only one label (no dot), e.g. `example`.
    #[error("域名缺少后缀（如 .cn、.com）/ The domain has no suffix (such as .cn or .com)")]
    SingleLabel,
}

impl DomainError {
    /// The reason in a few words, Chinese and English (for a message that names the domain).
    pub fn reason(&self) -> (String, String) {
        let (zh, en): (&str, &str) = match self {
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

    /// Stable code for rule data and tests.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::Scheme => "scheme",
            Self::PathOrPort => "path-or-port",
            Self::Www => "www",
            Self::TooLong => "too-long",
            Self::Label { .. } => "label",
            Self::Idna => "idna",
            Self::SingleLabel => "single-label",
        }
    }
}

fn label_error(label: &str, reason_zh: &'static str, reason_en: &'static str) -> DomainError {
    DomainError::Label {
        label: label.to_string(),
        reason_zh,
        reason_en,
    }
}

/// Largest input looked at; anything longer cannot be a domain (253 ASCII characters, and a
/// Unicode label is never longer than its Punycode form).
const MAX_INPUT_CHARS: usize = 253;

/// Normalises text before parsing: NFKC (full-width letters and the full-width full stop ．
/// become ASCII), the ideographic full stops 。 and ｡ become `.`, zero-width characters are
/// dropped, surrounding whitespace trimmed, lower case.
fn prepare(input: &str) -> String {
    input
        .nfkc()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'))
        .map(|c| if matches!(c, '。' | '｡') { '.' } else { c })
        .collect::<String>()
        .trim()
        .to_lowercase()
}

/// Parses a domain as filed: trims, NFKC, lower-cases; refuses a scheme, path, port, a leading
/// `www.` (on names of three labels or more) and single labels; checks each label (1–63
/// characters, letters/digits/hyphens, no hyphen first or last, no `--` in positions 3–4
/// except Punycode `xn--`) and the total length (≤ 253); converts between Unicode and ASCII
/// (Punycode) with `idna`. `例子.中国` and `xn--fsqu00a.xn--fiqs8s` give the same result.
pub fn parse_domain(input: &str) -> Result<DomainName, DomainError> {
    let s = prepare(input);
    if s.is_empty() {
        return Err(DomainError::Empty);
    }
    if s.contains("://") || s.starts_with("http:") || s.starts_with("https:") || s.starts_with("//")
    {
        return Err(DomainError::Scheme);
    }
    if s.contains(['/', '?', '#', ':', '@', '\\']) {
        return Err(DomainError::PathOrPort);
    }
    if s.chars().count() > MAX_INPUT_CHARS {
        return Err(DomainError::TooLong);
    }
    let raw_labels: Vec<&str> = s.split('.').collect();
    if raw_labels.len() == 1 {
        return Err(DomainError::SingleLabel);
    }
    if raw_labels.len() >= 3 && raw_labels[0] == "www" {
        return Err(DomainError::Www);
    }
    for label in &raw_labels {
        check_label_chars(label)?;
    }
    // Lengths first, on the lenient conversion, so that an over-long label is reported as such
    // (the strict conversion below refuses it without saying why).
    let ascii = idna::domain_to_ascii(&s).map_err(|_| DomainError::Idna)?;
    for (label, shown) in ascii.split('.').zip(&raw_labels) {
        if label.len() > 63 {
            return Err(label_error(
                shown,
                "每一级不能超过 63 个字符（中文按转换后的长度计）",
                "a label may have at most 63 characters (Chinese labels count in Punycode form)",
            ));
        }
    }
    if ascii.len() > 253 {
        return Err(DomainError::TooLong);
    }
    let ascii = idna::domain_to_ascii_strict(&s).map_err(|_| DomainError::Idna)?;
    let (unicode, result) = idna::domain_to_unicode(&ascii);
    if result.is_err() {
        return Err(DomainError::Idna);
    }
    // A label typed in Punycode (xn--…) is held to the same character rules as its Unicode
    // form, so both forms of a domain parse alike.
    for (label, typed) in unicode.split('.').zip(&raw_labels) {
        if typed.starts_with("xn--") {
            check_label_chars(label)?;
        }
    }
    let labels = unicode.split('.').map(str::to_string).collect();
    Ok(DomainName {
        ascii,
        unicode,
        labels,
    })
}

/// Label rules that can be stated before IDNA conversion, so that the user gets a specific
/// reason rather than "cannot convert".
fn check_label_chars(label: &str) -> Result<(), DomainError> {
    if label.is_empty() {
        return Err(label_error(
            label,
            "不能有空的一级（开头、结尾或连续的点）",
            "empty label (a dot at the start or end, or two dots in a row)",
        ));
    }
    // ASCII: letters, digits, hyphen (LDH). Other scripts: letters and digits, plus combining
    // diacritics; symbols and emoji (which UTS #46 would let through) are refused, since a
    // filing names a real registered domain.
    let allowed = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric() || c == '-'
        } else {
            c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036F}')
        }
    };
    if !label.chars().all(allowed) {
        return Err(label_error(
            label,
            "只能包含字母、数字、连字符（-）或中文",
            "only letters, digits, hyphens (-) or Chinese characters are allowed",
        ));
    }
    if label.starts_with('-') || label.ends_with('-') {
        return Err(label_error(
            label,
            "不能以连字符（-）开头或结尾",
            "a label may not start or end with a hyphen (-)",
        ));
    }
    let b = label.as_bytes();
    if label.is_ascii() && b.len() >= 4 && &b[2..4] == b"--" && !label.starts_with("xn--") {
        return Err(label_error(
            label,
            "第 3、4 位不能同时是连字符（xn-- 开头的转换形式除外）",
            "characters 3 and 4 may not both be hyphens (except the Punycode prefix xn--)",
        ));
    }
    Ok(())
}

/// Splits a suffix list entry (`.com`, `.政务.CN`, `com.cn`) into lower-case Unicode labels.
/// A list entry already in canonical form (lower-case ASCII or CJK ideographs, no Punycode)
/// needs no normalisation or IDNA conversion. Suffix lists are long and are matched for every
/// domain, so this matters.
fn is_canonical_suffix(entry: &str) -> bool {
    !entry.contains("xn--")
        && entry.starts_with('.')
        && entry.chars().all(|c| {
            c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || c == '.'
                || c == '-'
                || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        })
}

fn suffix_labels(entry: &str) -> Vec<String> {
    if is_canonical_suffix(entry) {
        return entry
            .trim_matches('.')
            .split('.')
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
    }
    let s = prepare(entry);
    let s = s.trim_matches('.');
    if s.is_empty() {
        return Vec::new();
    }
    // Entries written in Punycode compare in Unicode form.
    let (unicode, ok) = idna::domain_to_unicode(s);
    let s = if ok.is_ok() { unicode } else { s.to_string() };
    s.split('.').map(str::to_string).collect()
}

/// A suffix list prepared once for matching (each entry in its Unicode form, `.com.cn`), so
/// that matching a domain allocates nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SuffixSet {
    /// (entry as written, canonical form with a leading dot, number of labels).
    entries: Vec<(String, String, usize)>,
}

impl SuffixSet {
    /// Prepares a list of suffixes (`.cn`, `.com.cn`, `.中国`, Punycode or upper case too).
    pub fn new(suffixes: &[String]) -> SuffixSet {
        let entries = suffixes
            .iter()
            .filter_map(|entry| {
                let canonical = if is_canonical_suffix(entry) {
                    entry.trim_end_matches('.').to_string()
                } else {
                    let labels = suffix_labels(entry);
                    if labels.is_empty() {
                        return None;
                    }
                    format!(".{}", labels.join("."))
                };
                let n = canonical.matches('.').count();
                Some((entry.clone(), canonical, n))
            })
            .collect();
        SuffixSet { entries }
    }

    /// The longest entry that is a suffix of `d` (with at least one label more), as written;
    /// among equal lengths the first in the list.
    pub fn longest(&self, d: &DomainName) -> Option<(&str, usize)> {
        let mut best: Option<(&str, usize)> = None;
        for (entry, canonical, n) in &self.entries {
            // `.com.cn` matches `a.com.cn` but not `com.cn`.
            if d.unicode.len() > canonical.len()
                && d.unicode.ends_with(canonical.as_str())
                && best.is_none_or(|(_, b)| *n > b)
            {
                best = Some((entry.as_str(), *n));
            }
        }
        best
    }

    /// The "domain prefix" (域名前缀): the label just left of the matched suffix, so that
    /// `example.com` and `example.cn` share the prefix `example` (Guangdong counts distinct
    /// prefixes). When no suffix matches, the label left of the last one.
    pub fn prefix(&self, d: &DomainName) -> String {
        let suffix_len = self.longest(d).map(|(_, n)| n).unwrap_or(1);
        let n = d.labels.len();
        if n > suffix_len {
            d.labels[n - suffix_len - 1].clone()
        } else {
            d.labels.first().cloned().unwrap_or_default()
        }
    }
}

/// The longest entry of `suffixes` that `d` ends with (see [`SuffixSet`] to match many domains).
pub fn matching_suffix<'a>(d: &DomainName, suffixes: &'a [String]) -> Option<&'a str> {
    let set = SuffixSet::new(suffixes);
    let (entry, _) = set.longest(d)?;
    suffixes
        .iter()
        .find(|s| s.as_str() == entry)
        .map(String::as_str)
}

/// The "domain prefix" of `d` with the suffixes `suffixes` (see [`SuffixSet::prefix`]).
pub fn prefix(d: &DomainName, suffixes: &[String]) -> String {
    SuffixSet::new(suffixes).prefix(d)
}

/// A domain as compared across drafts: its lower-case Unicode form when it parses, otherwise the
/// trimmed, lower-cased text (so 例子.中国 and xn--fsqu00a.xn--fiqs8s compare equal).
pub fn normalise_for_compare(input: &str) -> String {
    match parse_domain(input) {
        Ok(d) => d.unicode,
        Err(_) => input.trim().to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parse_valid_table() {
        let cases = [
            ("example.com", "example.com", "example.com"),
            ("  Example.COM ", "example.com", "example.com"),
            ("ｅｘａｍｐｌｅ．ｃｎ", "example.cn", "example.cn"),
            ("example。com。cn", "example.com.cn", "example.com.cn"),
            ("例子.中国", "xn--fsqu00a.xn--fiqs8s", "例子.中国"),
            (
                "xn--fsqu00a.xn--fiqs8s",
                "xn--fsqu00a.xn--fiqs8s",
                "例子.中国",
            ),
            ("例子.公司", "xn--fsqu00a.xn--55qx5d", "例子.公司"),
            ("例子。公司", "xn--fsqu00a.xn--55qx5d", "例子.公司"),
            ("a-b.gov.cn", "a-b.gov.cn", "a-b.gov.cn"),
            ("www.com", "www.com", "www.com"),
            ("1.cn", "1.cn", "1.cn"),
        ];
        for (input, ascii, unicode) in cases {
            let d = parse_domain(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            assert_eq!(
                (d.ascii.as_str(), d.unicode.as_str()),
                (ascii, unicode),
                "{input:?}"
            );
        }
        let d = parse_domain("例子.政务.cn").unwrap();
        assert_eq!(d.labels, vec!["例子", "政务", "cn"]);
    }

    #[test]
    fn idn_round_trip() {
        for input in ["例子.中国", "中文网站.网络", "北京大学.cn", "café.com"] {
            let d = parse_domain(input).unwrap();
            assert!(d.ascii.is_ascii() && d.ascii.contains("xn--"), "{d:?}");
            let back = parse_domain(&d.ascii).unwrap();
            assert_eq!(back, d);
        }
    }

    #[test]
    fn parse_errors_table() {
        use DomainError as E;
        let cases: Vec<(&str, &str)> = vec![
            ("", "empty"),
            (" \u{3000} ", "empty"),
            ("http://example.com", "scheme"),
            ("HTTPS://example.com", "scheme"),
            ("https:example.com", "scheme"),
            ("example.com/path", "path-or-port"),
            ("example.com:8080", "path-or-port"),
            ("example.com?q=1", "path-or-port"),
            ("user@example.com", "path-or-port"),
            ("www.example.com", "www"),
            ("WWW.example.com.cn", "www"),
            ("example", "single-label"),
            ("例子", "single-label"),
            ("exa_mple.com", "label"),
            ("exa mple.com", "label"),
            ("-example.com", "label"),
            ("example-.com", "label"),
            ("example..com", "label"),
            (".example.com", "label"),
            ("example.com.", "label"),
            ("ab--cd.com", "label"),
            ("xn--zz.com", "idna"),
            ("\u{0301}abc.com", "idna"),
            ("★.com", "label"),
            ("😀.cn", "label"),
            ("例子！.中国", "label"),
        ];
        for (input, code) in cases {
            let got = parse_domain(input);
            assert_eq!(
                got.as_ref().map_err(E::code),
                Err(code),
                "{input:?} → {got:?}"
            );
        }
        let long_label = format!("{}.com", "a".repeat(64));
        assert_eq!(parse_domain(&long_label).unwrap_err().code(), "label");
        assert!(parse_domain(&format!("{}.com", "a".repeat(63))).is_ok());
        // A Chinese label whose Punycode form exceeds 63 characters.
        let zh: String = (0..30u32)
            .filter_map(|i| char::from_u32(0x4E00 + i * 997))
            .collect();
        let long_zh = format!("{zh}.中国");
        assert!(
            idna::domain_to_ascii(&long_zh)
                .unwrap()
                .split('.')
                .next()
                .unwrap()
                .len()
                > 63
        );
        assert_eq!(parse_domain(&long_zh).unwrap_err().code(), "label");
        // 4 labels of 63 + dots = 255 > 253.
        let too_long = vec!["a".repeat(63); 4].join(".");
        assert_eq!(parse_domain(&too_long), Err(E::TooLong));
        let msg = parse_domain("www.example.com").unwrap_err().to_string();
        assert!(msg.contains("www") && msg.contains("不带"), "{msg}");
    }

    #[test]
    fn matching_suffix_table() {
        let suffixes = list(&[
            ".com",
            ".cn",
            ".com.cn",
            ".中国",
            ".政务.CN",
            ".公司",
            "net",
        ]);
        let cases = [
            ("example.com", Some(".com")),
            ("example.com.cn", Some(".com.cn")),
            ("example.cn", Some(".cn")),
            ("例子.中国", Some(".中国")),
            ("xn--fsqu00a.xn--fiqs8s", Some(".中国")),
            ("例子.政务.cn", Some(".政务.CN")),
            ("example.net", Some("net")),
            ("example.org", None),
            // the suffix alone is not a registrable domain
            ("com.cn", Some(".cn")),
            ("examplecom.io", None),
        ];
        for (domain, want) in cases {
            let d = parse_domain(domain).unwrap();
            assert_eq!(matching_suffix(&d, &suffixes), want, "{domain}");
        }
        // Punycode entries in the list match Unicode domains.
        let puny = list(&[".xn--fiqs8s"]);
        let d = parse_domain("例子.中国").unwrap();
        assert_eq!(matching_suffix(&d, &puny), Some(".xn--fiqs8s"));
        assert_eq!(matching_suffix(&d, &[]), None);
    }

    #[test]
    fn prefix_table() {
        let suffixes = list(&[".com", ".cn", ".com.cn", ".中国", ".政务.cn"]);
        let cases = [
            ("example.com", "example"),
            ("example.cn", "example"),
            ("example.com.cn", "example"),
            ("shop.example.com", "example"),
            ("例子.中国", "例子"),
            ("例子.政务.cn", "例子"),
            ("example.org", "example"),
            ("a.b.example.io", "example"),
        ];
        for (domain, want) in cases {
            let d = parse_domain(domain).unwrap();
            assert_eq!(prefix(&d, &suffixes), want, "{domain}");
        }
        let a = parse_domain("example.com").unwrap();
        let b = parse_domain("example.cn").unwrap();
        assert_eq!(prefix(&a, &suffixes), prefix(&b, &suffixes));
    }

    proptest::proptest! {
        #[test]
        fn parse_domain_never_panics(s in proptest::arbitrary::any::<String>()) {
            if let Ok(d) = parse_domain(&s) {
                proptest::prop_assert!(d.ascii.is_ascii() && d.ascii.len() <= 253);
                let _ = prefix(&d, &[s.clone(), ".com".to_string()]);
            }
        }

        #[test]
        fn domain_like_never_panics(s in "[a-z0-9例子中国。．.\\-]{0,80}") {
            if let Ok(d) = parse_domain(&s) {
                proptest::prop_assert_eq!(parse_domain(&d.ascii).unwrap(), d);
            }
        }
    }
}
