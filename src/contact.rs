//! Contact data: mainland mobile and landline numbers, email addresses and postal addresses.
//!
//! Sources (`research/provinces.md` topic 9, `research/anchors.md` §3 R7 and R13): addresses
//! must reach the door number, or carry the remark "此为最详细地址" / "（已为最详细的地址）"
//! [UC-P2 Q6; volcengine; WeChat applyIcpFiling]; WeChat's filing API wants the 通讯地址
//! without the province/city/district it already selected [WX]. No source prescribes a
//! landline format ("区号-号码" rule NOT FOUND), so [`is_landline`] accepts the usual ways of
//! writing one. Whether a number belongs to the filing province needs a number-range table and
//! is not checked here.

use unicode_normalization::UnicodeNormalization;
use validator::ValidateEmail;

/// Dashes people type between digit groups (ASCII hyphen after NFKC, and typographic dashes
/// NFKC keeps).
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | 'ー')
}

/// NFKC, then drops everything that only separates digit groups: whitespace, dashes,
/// parentheses, dots.
fn strip_separators(s: &str) -> String {
    s.nfkc()
        .filter(|&c| {
            !(c.is_whitespace()
                || is_dash(c)
                || matches!(c, '(' | ')' | '（' | '）' | '.' | '\u{200B}' | '\u{FEFF}'))
        })
        .collect()
}

/// Strips a country prefix +86 / 0086 (and a bare 86 before an 11-digit mobile). After the
/// international prefix a landline lacks its trunk 0 (+86 10 … = 010 …), which is put back.
fn strip_country_code(digits: &str) -> String {
    let rest = digits
        .strip_prefix("+86")
        .or_else(|| digits.strip_prefix("0086"));
    match rest {
        Some(rest) => {
            let mobile = rest.len() == 11 && rest.starts_with('1');
            let service = rest.len() == 10 && (rest.starts_with("400") || rest.starts_with("800"));
            if mobile || service || rest.starts_with('0') || rest.is_empty() {
                rest.to_string()
            } else {
                format!("0{rest}")
            }
        }
        None => match digits.strip_prefix("86") {
            Some(rest) if rest.len() == 11 && rest.starts_with('1') => rest.to_string(),
            _ => digits.to_string(),
        },
    }
}

/// Normalises a phone number for comparison: NFKC (full-width digits), spaces, dashes,
/// parentheses and dots dropped, country code +86 / 0086 removed.
/// `normalise_phone("+86 138-0013-8000") == "13800138000"`.
pub fn normalise_phone(s: &str) -> String {
    strip_country_code(&strip_separators(s))
}

/// True for a mainland mobile number: after [`normalise_phone`], 11 digits `1[3-9]xxxxxxxxx`.
pub fn is_mobile(s: &str) -> bool {
    let n = normalise_phone(s);
    let b = n.as_bytes();
    b.len() == 11
        && b[0] == b'1'
        && (b'3'..=b'9').contains(&b[1])
        && b.iter().all(u8::is_ascii_digit)
}

/// Splits off an extension written with a marker: 转, 分机, ext, ext., x, #.
fn split_extension(s: &str) -> (&str, Option<&str>) {
    for marker in ["分机", "转", "ext.", "ext", "x", "#"] {
        if let Some(i) = s.find(marker) {
            return (&s[..i], Some(&s[i + marker.len()..]));
        }
    }
    (s, None)
}

fn is_extension(e: &str) -> bool {
    (1..=6).contains(&e.len()) && e.bytes().all(|b| b.is_ascii_digit())
}

/// Area code + subscriber number, digits only: 010 and 02x take 3 digits, every other area
/// code 0 + 3 digits; the subscriber number has 7–8 digits and starts with 2–9.
fn is_area_and_number(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.len() < 3 || b[0] != b'0' || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let area_len = if b[1] == b'1' && b[2] == b'0' || b[1] == b'2' {
        3
    } else if b[1] == b'1' {
        return false; // 011–019 are not area codes
    } else {
        4
    };
    let number = &b[area_len.min(b.len())..];
    (7..=8).contains(&number.len()) && (b'2'..=b'9').contains(&number[0])
}

fn is_service_number(digits: &str) -> bool {
    digits.len() == 10
        && (digits.starts_with("400") || digits.starts_with("800"))
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// True for a mainland landline: area code (0 + 2–3 digits) and a 7–8 digit number, with or
/// without separators (`010-12345678`, `(0755)8765 4321`, `+86 10 1234 5678`), optionally an
/// extension (`-123`, `转123`, `ext 123`); also 400/800 service numbers (`400-123-4567`).
/// Mobile numbers are not landlines.
pub fn is_landline(s: &str) -> bool {
    let text: String = s.nfkc().collect::<String>().trim().to_ascii_lowercase();
    if text.is_empty() {
        return false;
    }
    let (main, ext) = split_extension(&text);
    if let Some(e) = ext {
        if !is_extension(&strip_separators(e)) {
            return false;
        }
    }
    let digits = strip_country_code(&strip_separators(main));
    if is_area_and_number(&digits) || is_service_number(&digits) {
        return true;
    }
    if ext.is_some() {
        return false;
    }
    // Without a marker, an extension may follow as a last dash- or space-separated group:
    // 010-12345678-123.
    let groups: Vec<String> = main
        .split(|c: char| c.is_whitespace() || is_dash(c))
        .map(strip_separators)
        .filter(|g| !g.is_empty())
        .collect();
    if groups.len() >= 3 {
        let (last, head) = groups.split_last().unwrap_or((&groups[0], &[]));
        let digits = strip_country_code(&head.concat());
        return is_extension(last) && (is_area_and_number(&digits) || is_service_number(&digits));
    }
    false
}

/// True for an email address: the HTML5 rule as implemented by `validator` 0.21
/// (`ValidateEmail`), a domain with at least one dot, and no full-width characters (`＠`, `．`
/// and full-width letters are a common typing slip that `validator` would partly accept
/// through IDNA mapping).
pub fn is_email(s: &str) -> bool {
    if s.chars()
        .any(|c| matches!(c, '\u{FF01}'..='\u{FF5E}' | '\u{3000}' | '。' | '｡'))
    {
        return false;
    }
    let Some((_, domain)) = s.rsplit_once('@') else {
        return false;
    };
    domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && s.validate_email()
}

/// Remarks that say the address is as detailed as it gets (UC-P2 Q6; volcengine / WeChat).
const MOST_DETAILED_REMARKS: [&str; 4] = [
    "已为最详细的地址",
    "已为最详细地址",
    "此为最详细地址",
    "此为最详细的地址",
];

/// Door-number markers that must follow a number (longest first).
const DOOR_MARKERS: [&str; 17] = [
    "号楼", "号院", "号", "室", "栋", "幢", "座", "楼", "单元", "层", "弄", "房", "铺", "户", "f",
    "#", "组",
];

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || "零〇一二三四五六七八九十百千两".contains(c)
}

/// True when the detailed address reaches a door number — a number (Arabic or Chinese,
/// optionally a letter like `A` or `B1`) followed by 号, 室, 栋, 幢, 座, 楼, 单元, 层, 弄, 号楼,
/// 房, 铺, 户, F, # or 组 — or contains the remark 已为最详细的地址 / 此为最详细地址.
pub fn address_is_detailed(detail: &str) -> bool {
    let text: String = detail
        .nfkc()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    if MOST_DETAILED_REMARKS.iter().any(|r| text.contains(r)) {
        return true;
    }
    let chars: Vec<char> = text.chars().collect();
    for i in 1..chars.len() {
        // A marker starts at i; the character before it is a number, or a letter that itself
        // follows a number or stands alone before 座/栋 (A座, B栋).
        let rest: String = chars[i..].iter().take(2).collect();
        let Some(marker) = DOOR_MARKERS.iter().find(|m| rest.starts_with(*m)) else {
            continue;
        };
        let prev = chars[i - 1];
        if is_number_char(prev) {
            // "f" and "#" only after Arabic digits (3F, 5#); Chinese numerals before 楼 etc.
            if matches!(*marker, "f" | "#") && !prev.is_ascii_digit() {
                continue;
            }
            return true;
        }
        if prev.is_ascii_alphabetic() && matches!(*marker, "座" | "栋" | "幢" | "号楼" | "单元")
        {
            return true;
        }
    }
    false
}

/// Suffixes of province-level names (longest first).
const PROVINCE_SUFFIXES: [&str; 7] = [
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "特别行政区",
    "省",
    "市",
];
/// Suffixes of city- and district-level names (longest first).
const LOCAL_SUFFIXES: [&str; 9] = [
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "新区",
    "市",
    "区",
    "县",
    "盟",
];

/// The name without its administrative suffix, and the forms that clearly name the division
/// (the name as given if it has a suffix, else the name with each usual suffix).
fn region_forms(name: &str, suffixes: &[&str], add: &[&str]) -> (String, Vec<String>) {
    let name: String = name.nfkc().filter(|c| !c.is_whitespace()).collect();
    if name.is_empty() {
        return (String::new(), Vec::new());
    }
    for s in suffixes {
        if let Some(base) = name.strip_suffix(s) {
            // 城区, 矿区: a one-character base is no name of its own.
            let base = if base.chars().count() >= 2 {
                base
            } else {
                &name
            };
            return (base.to_string(), vec![name.clone()]);
        }
    }
    let full = add.iter().map(|s| format!("{name}{s}")).collect();
    (name, full)
}

/// Full names of the province-level divisions whose short name (as in
/// [`crate::Province::name_zh`]) takes more than 省/市.
fn province_full_names(short: &str) -> Vec<String> {
    let full = match short {
        "内蒙古" => "内蒙古自治区",
        "广西" => "广西壮族自治区",
        "西藏" => "西藏自治区",
        "宁夏" => "宁夏回族自治区",
        "新疆" => "新疆维吾尔自治区",
        _ => "",
    };
    if full.is_empty() {
        vec![format!("{short}省"), format!("{short}市")]
    } else {
        vec![full.to_string()]
    }
}

/// True when the detailed address starts with the province, city or district already chosen
/// (WeChat's filing rules say to omit them). Full names always count (`广东省…`, `广州市…`,
/// `天河区…`); a short name counts only when the next level follows (`广东广州…`,
/// `广州天河…`), so that street names like 北京路 or 朝阳路 are not mistaken for a region.
pub fn address_repeats_region(detail: &str, province_zh: &str, city: &str, district: &str) -> bool {
    let text: String = detail.nfkc().filter(|c| !c.is_whitespace()).collect();
    if text.is_empty() {
        return false;
    }
    let (p_base, mut p_full) = region_forms(province_zh, &PROVINCE_SUFFIXES, &[]);
    if !p_base.is_empty() && p_full.is_empty() {
        p_full = province_full_names(&p_base);
    }
    let (c_base, c_full) = region_forms(city, &LOCAL_SUFFIXES, &["市", "地区", "自治州", "盟"]);
    let (d_base, d_full) = region_forms(district, &LOCAL_SUFFIXES, &["区", "县", "市", "旗"]);

    let starts_full = |forms: &[String]| forms.iter().any(|f| text.starts_with(f.as_str()));
    if starts_full(&p_full) || starts_full(&c_full) || starts_full(&d_full) {
        return true;
    }
    // Short name followed by the next level (short or full).
    let followed_by = |base: &str, next_base: &str, next_full: &[String]| {
        if base.is_empty() {
            return false;
        }
        let Some(rest) = text.strip_prefix(base) else {
            return false;
        };
        (!next_base.is_empty() && rest.starts_with(next_base))
            || next_full.iter().any(|f| rest.starts_with(f.as_str()))
    };
    // Municipalities: province 北京 and city 北京(市) share the short name; 北京朝阳区 …
    followed_by(&p_base, &c_base, &c_full)
        || followed_by(&p_base, &d_base, &d_full)
        || followed_by(&c_base, &d_base, &d_full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_phone_table() {
        let cases = [
            ("13800138000", "13800138000"),
            ("+86 138-0013-8000", "13800138000"),
            ("0086 13800138000", "13800138000"),
            ("8613800138000", "13800138000"),
            ("１３８ ００１３ ８０００", "13800138000"),
            ("(010) 6234-5678", "01062345678"),
            ("+86 10 1234 5678", "01012345678"),
            ("+86 755 8765 4321", "075587654321"),
            ("+86 400 123 4567", "4001234567"),
            ("138—0013—8000", "13800138000"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(normalise_phone(input), want, "{input:?}");
        }
    }

    #[test]
    fn is_mobile_table() {
        let yes = [
            "13800138000",
            "19912345678",
            "+86 138 0013 8000",
            "１３８００１３８０００",
            "138-0013-8000",
        ];
        let no = [
            "12800138000",
            "1380013800",
            "138001380001",
            "010-12345678",
            "23800138000",
            "1380013800a",
            "",
            "+1 13800138000",
        ];
        for s in yes {
            assert!(is_mobile(s), "{s:?} should be a mobile");
        }
        for s in no {
            assert!(!is_mobile(s), "{s:?} should not be a mobile");
        }
    }

    #[test]
    fn is_landline_table() {
        let yes = [
            "010-62345678",
            "01062345678",
            "021-6888 8888",
            "(0755)87654321",
            "（０７５５）８７６５４３２１",
            "0755-8765432",
            "0591-87654321",
            "+86 10 6234 5678",
            "010-62345678-123",
            "010-62345678转123",
            "0755 8765 4321 ext. 8",
            "400-123-4567",
            "4001234567",
            "800-123-4567",
            "0898-66666666",
        ];
        let no = [
            "13800138000",
            "12345678",
            "010-6234567890",
            "010-12345678",
            "010-02345678",
            "0111-2345678",
            "0755-876543",
            "010-62345678转",
            "010-62345678转1234567",
            "400-123-456",
            "abc",
            "",
            "010-6234-5678-9999-1",
        ];
        for s in yes {
            assert!(is_landline(s), "{s:?} should be a landline");
        }
        for s in no {
            assert!(!is_landline(s), "{s:?} should not be a landline");
        }
    }

    #[test]
    fn is_email_table() {
        let yes = [
            "user@example.com",
            "a.b+c@example.com.cn",
            "zhang_san@例子.中国",
        ];
        let no = [
            "user＠example.com",
            "user@example．com",
            "ｕｓｅｒ@example.com",
            "user@localhost",
            "user@",
            "@example.com",
            "user example.com",
            "user@example..com",
            "user@.example.com",
            "user@example.com.",
            "用户@example.com",
            " user@example.com",
            "",
        ];
        for s in yes {
            assert!(is_email(s), "{s:?} should be an email");
        }
        for s in no {
            assert!(!is_email(s), "{s:?} should not be an email");
        }
    }

    #[test]
    fn address_is_detailed_table() {
        let yes = [
            "天河路385号",
            "科技园南区深南大道9988号A座1201室",
            "人民路100号3栋2单元501",
            "某小区5幢",
            "B座12楼",
            "长宁路1018弄",
            "中山大道一号",
            "某大厦3F",
            "某园区5#楼",
            "某村三组",
            "某某路（已为最详细的地址）",
            "某某村 此为最详细地址",
            "某某镇第十二层",
        ];
        let no = [
            "天河路",
            "钟楼街",
            "中关村大街",
            "某某村",
            "",
            "号",
            "某大厦#",
        ];
        for s in yes {
            assert!(address_is_detailed(s), "{s:?} should be detailed");
        }
        for s in no {
            assert!(!address_is_detailed(s), "{s:?} should not be detailed");
        }
    }

    #[test]
    fn address_repeats_region_table() {
        let cases = [
            (
                "广东省广州市天河区天河路385号",
                "广东",
                "广州市",
                "天河区",
                true,
            ),
            ("广州市天河区天河路385号", "广东", "广州市", "天河区", true),
            ("天河区天河路385号", "广东", "广州市", "天河区", true),
            ("广东广州天河路385号", "广东", "广州市", "天河区", true),
            ("广州天河天河路385号", "广东", "广州", "天河", true),
            ("天河路385号", "广东", "广州市", "天河区", false),
            ("北京路100号", "广东", "广州市", "越秀区", false),
            ("北京市朝阳区建国路1号", "北京", "北京市", "朝阳区", true),
            ("北京朝阳区建国路1号", "北京", "市辖区", "朝阳区", true),
            ("朝阳路1号", "北京", "北京市", "朝阳区", false),
            (
                "广西壮族自治区南宁市青秀区民族大道1号",
                "广西",
                "南宁市",
                "青秀区",
                true,
            ),
            ("民族大道1号", "广西", "南宁市", "青秀区", false),
            ("吉林市船营区某路1号", "吉林", "吉林市", "船营区", true),
            ("某路1号", "", "", "", false),
            ("", "广东", "广州市", "天河区", false),
        ];
        for (detail, p, c, d, want) in cases {
            assert_eq!(address_repeats_region(detail, p, c, d), want, "{detail:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn contact_functions_never_panic(s in proptest::arbitrary::any::<String>()) {
            let n = normalise_phone(&s);
            if is_mobile(&s) {
                proptest::prop_assert_eq!(n.len(), 11);
                proptest::prop_assert!(!is_landline(&s));
            }
            let _ = is_landline(&s);
            let _ = is_email(&s);
            let _ = address_is_detailed(&s);
            let _ = address_repeats_region(&s, &s, &s, &s);
            let _ = address_repeats_region(&s, "广东", "广州市", "天河区");
        }

        #[test]
        fn phone_like_never_panics(s in "[0-9+()（） \\-转xext.#]{0,24}") {
            let _ = is_landline(&s);
            let _ = is_mobile(&s);
        }
    }
}
