//! Chinese line breaking (禁则处理) and text measuring with the shipped font.
//!
//! Text is cut into units that may not be split: one Han character or full-width sign, a run of
//! Latin letters and digits (so `example.cn` or a credit code stays whole when it fits), a space,
//! or a doubled dash/ellipsis (`——`, `……`). A line may break between two units unless the next
//! unit starts with a sign that must not begin a line (，。、；：？！）」》 …) or the previous one
//! ends with a sign that must not end a line (（「《 …). When a line is full the break moves back to
//! the last allowed place, so the closing sign travels to the next line together with the character
//! before it (推出). A Latin run longer than a whole line is split between characters.
//!
//! Leaves out: hanging punctuation, hyphenation, bidirectional text, kerning.

use crate::fonts;

/// Signs that must not start a line (GB/T 15834 punctuation that closes or follows).
pub const NO_LINE_START: &str = "，。、；：？！）」』》〉】〕｝〗”’…—·％‰,.;:?!)]}%～•";
/// Signs that must not end a line (opening brackets and quotes).
pub const NO_LINE_END: &str = "（「『《〈【〔｛〖“‘([{";

/// One laid-out line: its text and its natural width in em (at size 1).
#[derive(Clone, Debug, PartialEq)]
pub struct BrokenLine {
    /// The text of the line, without leading or trailing spaces.
    pub text: String,
    /// Natural width (no extra spacing), in em.
    pub width_em: f32,
    /// Number of characters (glyphs) on the line.
    pub glyphs: usize,
}

/// Width of `text` in em (advance widths of the shipped font). Characters the font lacks count as
/// one em; callers check coverage before laying out (see [`crate::fonts::has_glyph`]).
pub fn width_em(text: &str) -> f32 {
    text.chars().map(char_em).sum()
}

fn char_em(c: char) -> f32 {
    fonts::advance_em(c).unwrap_or(1.0)
}

fn is_cjk_unit(c: char) -> bool {
    // Everything that is not ASCII-ish Latin/digit text is its own unit: Han, kana, full-width
    // signs, CJK punctuation.
    !(c.is_ascii_alphanumeric()
        || matches!(
            c,
            '.' | '-' | '_' | '@' | '/' | ':' | '#' | '&' | '+' | '=' | '\'' | '~'
        )
        || (c.is_alphanumeric() && !crate::text::is_han(c) && (c as u32) < 0x2E80))
}

#[derive(Clone, Debug)]
struct Unit {
    text: String,
    width: f32,
    space: bool,
}

fn units(text: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c == ' ' {
            i += 1;
        } else if (c == '—' || c == '…') && chars.get(i + 1) == Some(&c) {
            i += 2;
        } else if !is_cjk_unit(c) {
            while i < chars.len() && chars[i] != ' ' && !is_cjk_unit(chars[i]) {
                i += 1;
            }
        } else {
            i += 1;
        }
        let s: String = chars[start..i].iter().collect();
        out.push(Unit {
            width: width_em(&s),
            space: c == ' ',
            text: s,
        });
    }
    out
}

fn may_break_between(prev: &Unit, next: &Unit) -> bool {
    if next.space || prev.space {
        return true;
    }
    let starts_bad = next
        .text
        .chars()
        .next()
        .is_some_and(|c| NO_LINE_START.contains(c));
    let ends_bad = prev
        .text
        .chars()
        .last()
        .is_some_and(|c| NO_LINE_END.contains(c));
    !(starts_bad || ends_bad)
}

fn finish(units: &[Unit]) -> BrokenLine {
    let mut slice = units;
    while slice.first().is_some_and(|u| u.space) {
        slice = &slice[1..];
    }
    while slice.last().is_some_and(|u| u.space) {
        slice = &slice[..slice.len() - 1];
    }
    let text: String = slice.iter().map(|u| u.text.as_str()).collect();
    BrokenLine {
        width_em: slice.iter().map(|u| u.width).sum(),
        glyphs: text.chars().count(),
        text,
    }
}

/// Breaks `text` into lines: the first line at most `first_em` wide, the others at most
/// `rest_em` (in em, i.e. width in points divided by the font size). Never returns an empty list
/// for non-empty text; returns no lines for empty text.
pub fn break_lines(text: &str, first_em: f32, rest_em: f32) -> Vec<BrokenLine> {
    const EPS: f32 = 1e-3;
    let mut all = units(text);
    let mut lines = Vec::new();
    let mut start = 0;
    while start < all.len() {
        // Skip spaces at the start of a line.
        while start < all.len() && all[start].space {
            start += 1;
        }
        if start >= all.len() {
            break;
        }
        let limit = if lines.is_empty() { first_em } else { rest_em }.max(1.0);
        let mut width = 0.0;
        let mut end = start;
        while end < all.len() {
            let w = all[end].width;
            if width + w > limit + EPS && !all[end].space {
                break;
            }
            width += w;
            end += 1;
        }
        if end >= all.len() {
            lines.push(finish(&all[start..]));
            break;
        }
        // `end` does not fit: find the last allowed break at or before `end`.
        let mut cut = end;
        while cut > start && !may_break_between(&all[cut - 1], &all[cut]) {
            cut -= 1;
        }
        if cut == start {
            // No allowed break on this line. Split an over-long Latin run, or else break
            // against the rules rather than overflow the margin.
            if end == start {
                let unit = all[start].clone();
                let mut head = String::new();
                let mut w = 0.0;
                for c in unit.text.chars() {
                    let cw = char_em(c);
                    if w + cw > limit + EPS && !head.is_empty() {
                        break;
                    }
                    head.push(c);
                    w += cw;
                }
                let tail: String = unit.text[head.len()..].to_string();
                all[start] = Unit {
                    text: head,
                    width: w,
                    space: false,
                };
                all.insert(
                    start + 1,
                    Unit {
                        width: width_em(&tail),
                        text: tail,
                        space: false,
                    },
                );
                cut = start + 1;
            } else {
                cut = end;
            }
        }
        lines.push(finish(&all[start..cut]));
        start = cut;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[BrokenLine]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn breaks_at_width() {
        let lines = break_lines("一二三四五六七八九十", 4.0, 4.0);
        assert_eq!(texts(&lines), ["一二三四", "五六七八", "九十"]);
    }

    #[test]
    fn closing_sign_pulls_previous_char_down() {
        // "四" would end line 1 and "，" start line 2: both move down.
        let lines = break_lines("一二三四，五六七八", 4.0, 4.0);
        assert_eq!(texts(&lines), ["一二三", "四，五六", "七八"]);
        for l in &lines {
            let first = l.text.chars().next().unwrap();
            assert!(!NO_LINE_START.contains(first), "{:?}", l.text);
        }
    }

    #[test]
    fn opening_bracket_never_ends_a_line() {
        let lines = break_lines("一二三（四五）六", 4.0, 4.0);
        for l in &lines {
            let last = l.text.chars().last().unwrap();
            assert!(!NO_LINE_END.contains(last), "{:?}", l.text);
        }
        assert_eq!(lines.concat_text(), "一二三（四五）六");
    }

    #[test]
    fn latin_runs_stay_whole_when_they_fit() {
        let lines = break_lines("域名为example.cn的网站", 6.0, 6.0);
        assert!(
            lines.iter().any(|l| l.text.contains("example.cn")),
            "{lines:?}"
        );
    }

    #[test]
    fn over_long_latin_run_is_split_not_overflowing() {
        let long = "a".repeat(80);
        let lines = break_lines(&long, 10.0, 10.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(l.width_em <= 10.0 + 1e-3, "{l:?}");
        }
        assert_eq!(lines.concat_text(), long);
    }

    #[test]
    fn first_line_may_be_narrower() {
        let lines = break_lines("一二三四五六七八", 2.0, 4.0);
        assert_eq!(texts(&lines), ["一二", "三四五六", "七八"]);
    }

    trait Concat {
        fn concat_text(&self) -> String;
    }
    impl Concat for Vec<BrokenLine> {
        fn concat_text(&self) -> String {
            self.iter().map(|l| l.text.as_str()).collect()
        }
    }
}
