//! The one CJK font the app ships, built into the binary: Noto Serif CJK SC Regular
//! (a Song/Ming-style face, SIL OFL 1.1, `assets/fonts/OFL.txt`).
//!
//! Nothing is loaded from the system or the network. The file in `assets/fonts/` is Debian's
//! `NotoSerifCJK-Regular.ttc` face 2 (SC), reduced with `pyftsubset` to the glyphs its own
//! character map reaches (all 44,746 code points kept; the JP/KR/TC regional variants dropped),
//! see `assets/fonts/README.md`. It covers GB 18030's CJK Unified Ideographs and CJK Extension A
//! (e.g. 䶮, 㛃). Callers check [`has_glyph`] before drawing so that a missing character is an
//! error naming it, never a tofu box.
//!
//! The program carries the font brotli-compressed (`NotoSerifCJKsc-Regular.otf.br`, made by
//! `assets/fonts/compress-font.sh`; 15.9 MB → 10.7 MB, which is what keeps the installers under
//! 20 MB) and decompresses it once, at the first call that needs it; `benches/letters.rs`
//! measures that cost (`font/decompress`). A test checks that the compressed copy is exactly
//! the `.otf` beside it.
//!
//! Leaves out: shaping, fallback fonts, vertical text.

use std::sync::OnceLock;

/// The font, brotli-compressed (quality 11, 16 MiB window).
static FONT_BROTLI: &[u8] = include_bytes!("../assets/fonts/NotoSerifCJKsc-Regular.otf.br");

/// The font file name in `assets/fonts/`, for messages and docs.
pub const CJK_FONT_FILE: &str = "NotoSerifCJKsc-Regular.otf";

/// The font's family name as shown to users.
pub const CJK_FONT_NAME: &str = "Noto Serif CJK SC";

/// The raw OpenType (CFF) bytes of the shipped CJK font (decompressed on the first call).
pub fn cjk_font() -> &'static [u8] {
    static FONT: OnceLock<Vec<u8>> = OnceLock::new();
    FONT.get_or_init(|| decompress_font(FONT_BROTLI))
}

/// Decompresses the built-in font. Public for the benchmark; callers use [`cjk_font`].
#[doc(hidden)]
pub fn decompress_font(compressed: &[u8]) -> Vec<u8> {
    let mut font = Vec::with_capacity(16 << 20);
    // The bytes are built in and checked by a test; failing here is a build defect.
    brotli_decompressor::BrotliDecompress(&mut &compressed[..], &mut font)
        .expect("the built-in CJK font decompresses");
    font
}

/// The compressed font as built in (for the benchmark).
#[doc(hidden)]
pub fn compressed_font() -> &'static [u8] {
    FONT_BROTLI
}

/// The parsed font (ttf-parser parses lazily; this is cheap and done once).
pub fn cjk_face() -> &'static ttf_parser::Face<'static> {
    static FACE: OnceLock<ttf_parser::Face<'static>> = OnceLock::new();
    FACE.get_or_init(|| {
        // The bytes are built in and checked by a test; failing here is a build defect.
        ttf_parser::Face::parse(cjk_font(), 0).expect("the built-in CJK font parses")
    })
}

/// Whether the shipped font has a real glyph for `c` (not `.notdef`).
///
/// Whitespace and control characters other than the ordinary space report `false`: they draw
/// nothing, and letters never need them.
pub fn has_glyph(c: char) -> bool {
    cjk_face().glyph_index(c).is_some_and(|g| g.0 != 0)
}

/// The first character of `text` the font cannot draw, if any.
pub fn first_missing_glyph(text: &str) -> Option<char> {
    text.chars().find(|&c| !has_glyph(c))
}

/// Advance width of `c` as a fraction of the font size (1.0 = one em); `None` if the font
/// lacks the character.
pub fn advance_em(c: char) -> Option<f32> {
    let face = cjk_face();
    let glyph = face.glyph_index(c).filter(|g| g.0 != 0)?;
    let advance = face.glyph_hor_advance(glyph)?;
    Some(f32::from(advance) / f32::from(face.units_per_em()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_names_people_have() {
        for c in [
            '䶮', '㛃', '龑', '堃', '喆', '淼', '犇', '昇', 'A', '1', '（', '。', '·',
        ] {
            assert!(has_glyph(c), "font lacks {c} U+{:04X}", c as u32);
        }
        assert!(
            !has_glyph('\u{E000}'),
            "private use area must report missing"
        );
    }

    #[test]
    fn compressed_font_is_the_otf() {
        let otf = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/fonts/NotoSerifCJKsc-Regular.otf"
        ))
        .expect("assets/fonts/NotoSerifCJKsc-Regular.otf");
        assert!(
            cjk_font() == otf.as_slice(),
            "NotoSerifCJKsc-Regular.otf.br is not the .otf beside it: run assets/fonts/compress-font.sh"
        );
        assert!(
            FONT_BROTLI.len() < otf.len() * 7 / 10,
            "the font should compress to < 70 %"
        );
    }

    #[test]
    fn cjk_is_full_width() {
        assert_eq!(advance_em('备'), Some(1.0));
        assert!(advance_em('a').unwrap() < 0.7);
    }
}
