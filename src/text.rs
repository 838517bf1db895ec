//! Text helpers for names: normalising names before comparing them, counting the characters of a
//! website name the way the filing systems count them, and searching names for listed words.
//!
//! Sources: website-name counting follows the Aliyun-style rule quoted in
//! `research/provinces.md` topic 3 ([3Z0]: "a letter or digit counts as one character; "()" and
//! "-" are allowed but not counted; other symbols not allowed"); comparing names after removing
//! full-width forms and spaces follows anchors R10 (Aliyun "全角符号" note).
//!
//! This module holds no word lists (they are rule data) and decides nothing about severity.

use unicode_normalization::UnicodeNormalization;

/// True for characters that take no space and that users paste by accident (zero-width space,
/// joiners, word joiner, byte-order mark, soft hyphen).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}'
    )
}

/// Normalises a name for comparison (domain holder vs entity name, website name vs entity name):
/// Unicode NFKC (full-width → half-width), all whitespace (incl. U+3000) and zero-width
/// characters removed, brackets （）【】〔〕〖〗 and `[]` mapped to `(` `)`, ASCII lower-cased.
///
/// `normalise_name("ＡＢＣ 科技（深圳）有限公司") == "abc科技(深圳)有限公司"`.
pub fn normalise_name(s: &str) -> String {
    // Fast path: printable ASCII without spaces and CJK unified ideographs are unchanged by NFKC.
    if s.chars()
        .all(|c| c.is_ascii_graphic() || ('\u{4E00}'..='\u{9FFF}').contains(&c))
    {
        return s
            .chars()
            .map(|c| match c {
                '[' => '(',
                ']' => ')',
                c => c.to_ascii_lowercase(),
            })
            .collect();
    }
    s.nfkc()
        .filter(|c| !c.is_whitespace() && !is_invisible(*c))
        .map(|c| match c {
            '（' | '【' | '〔' | '〖' | '[' => '(',
            '）' | '】' | '〕' | '〗' | ']' => ')',
            c => c.to_ascii_lowercase(),
        })
        .collect::<String>()
        // Removing a space can bring a combining mark next to its base letter; compose again so
        // that normalising twice gives the same result.
        .nfkc()
        .collect()
}

/// The characters of a website name, counted as the filing systems count them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameChars {
    /// Characters that count towards the length: Han characters, letters and digits.
    pub counted: usize,
    /// Han (Chinese) characters.
    pub han: usize,
    /// Latin letters (half- or full-width).
    pub latin: usize,
    /// Digits 0–9 (half- or full-width).
    pub digits: usize,
    /// Letters of other scripts (kana, Hangul, Greek, Cyrillic …); counted, but the caller may
    /// want to warn about them.
    pub other_letters: usize,
    /// Whitespace characters (not counted, not in `forbidden`; the caller decides).
    pub whitespace: usize,
    /// Characters that are not allowed: symbols, punctuation, emoji, circled digits …, each
    /// distinct character once, in order of first appearance.
    pub forbidden: Vec<char>,
}

/// True for a CJK ideograph (Unified Ideographs, extensions A–H, compatibility ideographs) or 〇.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3007}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}'
        | '\u{30000}'..='\u{323AF}')
}

/// Maps full-width ASCII forms (U+FF01–U+FF5E) to ASCII and U+3000 to a space; other characters
/// are kept (unlike NFKC, which would turn ① into 1 and hide a forbidden symbol).
fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        c => c,
    }
}

/// Counts the characters of a website name: a Han character, a letter or a digit counts as one;
/// brackets `()` `（）`, the hyphen `-` and the middle dot `·` are allowed but not counted; any
/// other symbol, punctuation mark or emoji goes to `forbidden`. Zero-width characters are ignored.
pub fn count_name_chars(s: &str) -> NameChars {
    let mut out = NameChars::default();
    for raw in s.chars() {
        if is_invisible(raw) {
            continue;
        }
        let c = half_width(raw);
        if is_han(c) {
            out.han += 1;
            out.counted += 1;
        } else if c.is_ascii_alphabetic() {
            out.latin += 1;
            out.counted += 1;
        } else if c.is_ascii_digit() {
            out.digits += 1;
            out.counted += 1;
        } else if c.is_whitespace() {
            out.whitespace += 1;
        } else if matches!(c, '(' | ')' | '-' | '\u{00B7}' | '\u{30FB}') {
            // allowed, not counted: () （） - · (and the katakana middle dot IMEs produce for ·)
        } else if c.is_alphabetic() && !is_symbol_like(c) {
            out.other_letters += 1;
            out.counted += 1;
        } else if !out.forbidden.contains(&raw) {
            out.forbidden.push(raw);
        }
    }
    out
}

/// Alphabetic characters that are still symbols for naming purposes (circled letters, Roman
/// numerals, letter-like symbols such as ™ or ℃ that `char::is_alphabetic` may accept).
fn is_symbol_like(c: char) -> bool {
    matches!(c,
        '\u{2100}'..='\u{218F}'   // letterlike symbols, number forms (Ⅻ)
        | '\u{2460}'..='\u{24FF}' // enclosed alphanumerics (ⓐ)
        | '\u{3200}'..='\u{33FF}' // enclosed CJK, CJK compatibility (㈱ ㎡)
        | '\u{1F100}'..='\u{1F1FF}') // enclosed alphanumeric supplement, regional indicators
}

/// The first of `words` whose normalised form (`norm`, prepared with [`normalise_name`]) occurs
/// in `normalised_haystack`.
pub fn first_contained<'a>(
    normalised_haystack: &str,
    words: &'a [String],
    norm: &[String],
) -> Option<&'a str> {
    words
        .iter()
        .zip(norm)
        .find(|(_, n)| !n.is_empty() && normalised_haystack.contains(n.as_str()))
        .map(|(w, _)| w.as_str())
}

/// The words of `words` that occur in `haystack`, both compared after [`normalise_name`]
/// (so full-width, spaces and ASCII case do not matter). Empty words never match. The result
/// keeps the order of `words`.
pub fn contains_any<'a>(haystack: &str, words: &'a [String]) -> Vec<&'a str> {
    let hay = normalise_name(haystack);
    words
        .iter()
        .filter(|w| {
            let n = normalise_name(w);
            !n.is_empty() && hay.contains(&n)
        })
        .map(|w| w.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_name_table() {
        let cases = [
            ("ＡＢＣ 科技（深圳）有限公司", "abc科技(深圳)有限公司"),
            (
                "深圳市　腾讯计算机系统有限公司",
                "深圳市腾讯计算机系统有限公司",
            ),
            ("【北京】某某\u{200B}公司", "(北京)某某公司"),
            ("  Example  Co., LTD ", "exampleco.,ltd"),
            ("〔测试〕\u{FEFF}", "(测试)"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(normalise_name(input), want, "input {input:?}");
        }
        // Both bracket styles compare equal.
        assert_eq!(
            normalise_name("某某（广州）有限公司"),
            normalise_name("某某(广州)有限公司")
        );
        // Different names stay different.
        assert_ne!(
            normalise_name("某某有限公司"),
            normalise_name("某某有限责任公司")
        );
    }

    fn chars(s: &str) -> (usize, usize, usize, usize, Vec<char>) {
        let n = count_name_chars(s);
        (n.counted, n.han, n.latin, n.digits, n.forbidden)
    }

    #[test]
    fn count_name_chars_table() {
        // (counted, han, latin, digits, forbidden)
        type Expected = (usize, usize, usize, usize, &'static [char]);
        let cases: &[(&str, Expected)] = &[
            ("美食分享", (4, 4, 0, 0, &[])),
            ("ABC科技官网", (7, 4, 3, 0, &[])),
            ("ＡＢＣ科技", (5, 2, 3, 0, &[])),
            ("3D打印", (4, 2, 1, 1, &[])),
            ("１２３", (3, 0, 0, 3, &[])),
            ("某某（广州）官网", (6, 6, 0, 0, &[])),
            ("某某(广州)-官网", (6, 6, 0, 0, &[])),
            ("张三·李四", (4, 4, 0, 0, &[])),
            ("我的博客!", (4, 4, 0, 0, &['!'])),
            ("美食★分享★", (4, 4, 0, 0, &['★'])),
            ("快乐😀小窝", (4, 4, 0, 0, &['😀'])),
            ("第①站", (2, 2, 0, 0, &['①'])),
            ("小站，你好。", (4, 4, 0, 0, &['，', '。'])),
            ("a_b", (2, 0, 2, 0, &['_'])),
            ("", (0, 0, 0, 0, &[])),
        ];
        for (input, (counted, han, latin, digits, forbidden)) in cases {
            assert_eq!(
                chars(input),
                (*counted, *han, *latin, *digits, forbidden.to_vec()),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn count_name_chars_spaces_and_other_scripts() {
        let n = count_name_chars("ABC 科技\u{3000}官网");
        assert_eq!((n.counted, n.whitespace), (7, 2));
        assert!(n.forbidden.is_empty());
        let n = count_name_chars("さくら日记");
        assert_eq!((n.counted, n.han, n.other_letters), (5, 2, 3));
        // Extension-B ideograph counts as Han.
        assert_eq!(count_name_chars("𠀀").han, 1);
        // ™ is a symbol even though it is letter-like.
        assert_eq!(count_name_chars("好站™").forbidden, vec!['™']);
    }

    #[test]
    fn contains_any_table() {
        let words: Vec<String> = ["论坛", "BBS", "平台", ""].map(String::from).to_vec();
        assert_eq!(contains_any("技术论坛", &words), vec!["论坛"]);
        assert_eq!(
            contains_any("ｂｂｓ 交流 平 台", &words),
            vec!["BBS", "平台"]
        );
        assert!(contains_any("美食分享", &words).is_empty());
        assert!(contains_any("", &words).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn text_functions_never_panic(s in proptest::arbitrary::any::<String>()) {
            let n = normalise_name(&s);
            proptest::prop_assert_eq!(normalise_name(&n), n);
            let c = count_name_chars(&s);
            proptest::prop_assert!(c.han + c.latin + c.digits + c.other_letters == c.counted);
            let _ = contains_any(&s, std::slice::from_ref(&s));
        }
    }
}
