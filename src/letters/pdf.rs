//! The one writer: turns a laid-out [`Document`] into PDF bytes with printpdf, the shipped CJK
//! font embedded as a subset (only the glyphs used; see `tauri-build-notes.md` §7: this needs
//! printpdf's `text_layout` feature and `subset_fonts: true`).
//!
//! Leaves out: images, links, bookmarks, PDF/A.

use std::sync::OnceLock;

use printpdf::{
    Color, Greyscale, Line, LineDashPattern, LinePoint, Mm, Op, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem, TextMatrix,
};

use super::layout::{Document, Item, Tone};
use crate::{fonts, Error};

/// Grey used for hints (seal area label), as a fill/stroke level (0 = black).
const HINT_GREY: f32 = 0.55;

/// The shipped font parsed by printpdf, once per process (parsing its 44,746-entry cmap takes a
/// while; every letter reuses it).
fn parsed_font() -> Result<&'static ParsedFont, Error> {
    static FONT: OnceLock<Option<ParsedFont>> = OnceLock::new();
    FONT.get_or_init(|| {
        let mut warnings = Vec::new();
        ParsedFont::from_bytes(fonts::cjk_font(), 0, &mut warnings)
    })
    .as_ref()
    .ok_or_else(|| Error::Letter {
        zh: format!("内置字体 {} 无法读取", fonts::CJK_FONT_FILE),
        en: format!("the built-in font {} cannot be read", fonts::CJK_FONT_FILE),
    })
}

/// Options for [`write_pdf`].
#[derive(Clone, Copy, Debug)]
pub struct WriteOptions {
    /// Embed only the glyphs used (default). `false` embeds the whole font, for comparison.
    pub subset_font: bool,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions { subset_font: true }
    }
}

/// Checks that the font can draw every character of the document.
pub fn check_coverage(doc: &Document) -> Result<(), Error> {
    for page in &doc.pages {
        for item in &page.items {
            if let Item::Text(run) = item {
                if let Some(c) = fonts::first_missing_glyph(&run.text) {
                    return Err(missing_glyph(c, None));
                }
            }
        }
    }
    Ok(())
}

/// The error for a character the font lacks, naming the field when known.
pub fn missing_glyph(c: char, field: Option<(&str, &str)>) -> Error {
    let (fzh, fen) = match field {
        Some((zh, en)) => (format!("（{zh}）"), format!(" (in {en})")),
        None => (String::new(), String::new()),
    };
    Error::Letter {
        zh: format!(
            "内置字体 {} 没有字符“{c}”（U+{:04X}）{fzh}，无法打印；请检查该字符是否正确，或手写补上",
            fonts::CJK_FONT_NAME,
            c as u32
        ),
        en: format!(
            "the built-in font {} has no glyph for '{c}' (U+{:04X}){fen}; check the character or write it in by hand",
            fonts::CJK_FONT_NAME,
            c as u32
        ),
    }
}

fn mm_x(x: f32) -> Pt {
    Mm(x).into_pt()
}

fn mm_y(page_h: f32, y: f32) -> Pt {
    Mm(page_h - y).into_pt()
}

fn grey(tone: Tone) -> Color {
    let percent = match tone {
        Tone::Ink => 0.0,
        Tone::Hint => HINT_GREY,
    };
    Color::Greyscale(Greyscale {
        percent,
        icc_profile: None,
    })
}

/// Writes the document as PDF bytes.
pub fn write_pdf(doc: &Document, opts: WriteOptions) -> Result<Vec<u8>, Error> {
    check_coverage(doc)?;
    let font = parsed_font()?;
    let mut pdf = PdfDocument::new(&doc.title);
    let stamp = doc
        .date
        .and_hms_opt(0, 0, 0)
        .map(|d| d.and_utc().timestamp())
        .unwrap_or(0);
    if let Ok(date) = printpdf::OffsetDateTime::from_unix_timestamp(stamp) {
        pdf.metadata.info.creation_date = date;
        pdf.metadata.info.modification_date = date;
        pdf.metadata.info.metadata_date = date;
    }
    pdf.metadata.info.creator = "备案助手 ICP Filing Assistant".into();
    pdf.metadata.info.producer = format!("icp-filing {}", env!("CARGO_PKG_VERSION"));
    let font_id = pdf.add_font(font);

    let mut pages = Vec::with_capacity(doc.pages.len());
    for page in &doc.pages {
        let h = page.height_mm;
        let mut ops = Vec::new();
        for item in &page.items {
            match item {
                Item::Text(run) => {
                    ops.push(Op::StartTextSection);
                    ops.push(Op::SetFillColor {
                        col: grey(run.tone),
                    });
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font_id.clone()),
                        size: Pt(run.size_pt),
                    });
                    ops.push(Op::SetCharacterSpacing {
                        multiplier: run.char_spacing_pt,
                    });
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(mm_x(run.x_mm), mm_y(h, run.baseline_mm)),
                    });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(run.text.clone())],
                    });
                    ops.push(Op::EndTextSection);
                }
                Item::Line(rule) => {
                    ops.push(Op::SetOutlineColor {
                        col: grey(Tone::Ink),
                    });
                    ops.push(Op::SetOutlineThickness {
                        pt: Pt(rule.width_pt),
                    });
                    ops.push(Op::SetLineDashPattern {
                        dash: dash(rule.dashed),
                    });
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![
                                point(mm_x(rule.x1_mm), mm_y(h, rule.y1_mm)),
                                point(mm_x(rule.x2_mm), mm_y(h, rule.y2_mm)),
                            ],
                            is_closed: false,
                        },
                    });
                }
                Item::Frame(frame) => {
                    ops.push(Op::SetOutlineColor {
                        col: grey(frame.tone),
                    });
                    ops.push(Op::SetOutlineThickness {
                        pt: Pt(frame.width_pt),
                    });
                    ops.push(Op::SetLineDashPattern {
                        dash: dash(frame.dashed),
                    });
                    let (x0, x1) = (mm_x(frame.x_mm), mm_x(frame.x_mm + frame.w_mm));
                    let (y0, y1) = (mm_y(h, frame.y_mm), mm_y(h, frame.y_mm + frame.h_mm));
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![
                                point(x0, y0),
                                point(x1, y0),
                                point(x1, y1),
                                point(x0, y1),
                            ],
                            is_closed: true,
                        },
                    });
                }
            }
        }
        pages.push(PdfPage::new(Mm(page.width_mm), Mm(page.height_mm), ops));
    }
    let mut warnings = Vec::new();
    let bytes = pdf.with_pages(pages).save(
        &PdfSaveOptions {
            subset_fonts: opts.subset_font,
            ..Default::default()
        },
        &mut warnings,
    );
    Ok(bytes)
}

fn point(x: Pt, y: Pt) -> LinePoint {
    LinePoint {
        p: Point { x, y },
        bezier: false,
    }
}

fn dash(dashed: bool) -> LineDashPattern {
    if dashed {
        LineDashPattern::new(0.0, &[3.0, 2.0])
    } else {
        LineDashPattern::solid()
    }
}
