//! Layout as data: a letter is first described as blocks (title, paragraphs, a signature block,
//! a table), then [`flow`] places them on A4 pages as positioned text runs, lines and boxes in
//! millimetres. The PDF writer ([`super::pdf`]) and the app's preview draw the same [`Document`].
//!
//! Conventions after GB/T 9704-2012 (党政机关公文格式), adapted to a one-page letter: A4, margins
//! 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (text area 156 × 225 mm), centred title in
//! 22 pt (二号), body 14 pt (四号) with a first-line indent of two characters, page numbers
//! "— 1 —" centred below the text area when the letter runs past one page.
//!
//! Coordinates: origin at the top-left corner of the page, x to the right, y down; text is placed
//! by its baseline.
//!
//! Leaves out: vertical text, more than one font, colours other than ink and a grey for hints.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::linebreak::{break_lines, width_em};
use super::LetterKind;

/// A4 width in mm.
pub const PAGE_WIDTH_MM: f32 = 210.0;
/// A4 height in mm.
pub const PAGE_HEIGHT_MM: f32 = 297.0;
/// Top margin (天头) in mm.
pub const MARGIN_TOP_MM: f32 = 37.0;
/// Bottom margin in mm.
pub const MARGIN_BOTTOM_MM: f32 = 35.0;
/// Left margin (订口) in mm.
pub const MARGIN_LEFT_MM: f32 = 28.0;
/// Right margin in mm.
pub const MARGIN_RIGHT_MM: f32 = 26.0;
/// Title size in pt (二号).
pub const TITLE_PT: f32 = 22.0;
/// Subtitle size in pt (三号).
pub const SUBTITLE_PT: f32 = 16.0;
/// Body size in pt (四号).
pub const BODY_PT: f32 = 14.0;
/// Body line pitch in pt.
pub const BODY_PITCH_PT: f32 = 22.0;
/// Body size in pt (小四) when the letter would not fit on one page in 四号.
pub const BODY_COMPACT_PT: f32 = 12.0;
/// Body line pitch in pt with the compact size.
pub const BODY_COMPACT_PITCH_PT: f32 = 20.0;
/// Table text size in pt (五号).
pub const TABLE_PT: f32 = 10.5;
/// Size of hints and the page number, in pt.
pub const SMALL_PT: f32 = 9.0;

/// Side of the dashed seal area in mm: company seals are 38–42 mm across, so a 42 mm square
/// takes the largest one without touching any printed text.
pub const SEAL_MM: f32 = 42.0;
/// Left edge of the seal area, mm: flush with the right edge of the text area. The same on
/// every letter and every page size this app prints (A4).
pub const SEAL_X_MM: f32 = PAGE_WIDTH_MM - MARGIN_RIGHT_MM - SEAL_MM;
/// How far the seal area reaches below the text area into the bottom margin, mm: the seal is
/// not text, and the body keeps that much more room. 23 mm stay free below it.
pub const SEAL_BELOW_TEXT_MM: f32 = 12.0;
/// Top edge of the seal area, mm.
pub const SEAL_Y_MM: f32 = PAGE_HEIGHT_MM - MARGIN_BOTTOM_MM - SEAL_MM + SEAL_BELOW_TEXT_MM;
/// Side of the dashed fingerprint spot on personal letters, mm (a thumb print is 15–20 mm).
pub const FINGERPRINT_MM: f32 = 22.0;
/// Free space kept between the signature lines and the seal area, mm.
pub const SEAL_GAP_MM: f32 = 4.0;
/// Label inside the seal area.
pub const SEAL_HINT: &str = "盖章处";
/// Label inside the fingerprint spot.
pub const FINGERPRINT_HINT: &str = "按手印处";

const MM_PER_PT: f32 = 25.4 / 72.0;

/// Converts points to millimetres.
pub fn pt_to_mm(pt: f32) -> f32 {
    pt * MM_PER_PT
}

fn text_left() -> f32 {
    MARGIN_LEFT_MM
}
fn text_right() -> f32 {
    PAGE_WIDTH_MM - MARGIN_RIGHT_MM
}
/// Width of the text area in mm (156 mm).
pub fn text_width_mm() -> f32 {
    text_right() - text_left()
}
fn text_bottom() -> f32 {
    PAGE_HEIGHT_MM - MARGIN_BOTTOM_MM
}

/// A laid-out letter: pages of positioned items. Serialisable for the app's preview.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    /// Which letter this is.
    pub kind: LetterKind,
    /// Document title (also the PDF title).
    pub title: String,
    /// The date the letter was made for (PDF creation date), `YYYY-MM-DD`.
    pub date: chrono::NaiveDate,
    /// Pages in order.
    pub pages: Vec<Page>,
}

impl Document {
    /// All text of the document in reading order, one run per line (for tests and search).
    pub fn text(&self) -> String {
        let mut out = String::new();
        for page in &self.pages {
            for item in &page.items {
                if let Item::Text(run) = item {
                    out.push_str(&run.text);
                    out.push('\n');
                }
            }
        }
        out
    }
}

/// One page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Page {
    /// Page width in mm.
    pub width_mm: f32,
    /// Page height in mm.
    pub height_mm: f32,
    /// Items in drawing order.
    pub items: Vec<Item>,
}

/// Something drawn on a page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Item {
    /// A run of text on one baseline.
    Text(TextRun),
    /// A straight line (underline for a signature, table rule).
    Line(Rule),
    /// A rectangle outline (seal area, check box, table cell).
    Frame(Frame),
}

/// How dark something is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Tone {
    /// Black: the letter itself.
    Ink,
    /// Grey: hints such as "盖章处" that are not part of the wording.
    Hint,
}

/// A run of text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TextRun {
    /// Left edge of the first glyph, mm from the page's left edge.
    pub x_mm: f32,
    /// Baseline, mm from the page's top edge.
    pub baseline_mm: f32,
    /// Font size in pt.
    pub size_pt: f32,
    /// Extra space after each character in pt (justification; PDF `Tc`, CSS `letter-spacing`).
    pub char_spacing_pt: f32,
    /// Drawn width including the spacing, mm.
    pub width_mm: f32,
    /// Ink or hint.
    pub tone: Tone,
    /// The text.
    pub text: String,
}

/// A straight line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Rule {
    /// Start x, mm.
    pub x1_mm: f32,
    /// Start y, mm from the top.
    pub y1_mm: f32,
    /// End x, mm.
    pub x2_mm: f32,
    /// End y, mm from the top.
    pub y2_mm: f32,
    /// Stroke width in pt.
    pub width_pt: f32,
    /// Dashed instead of solid.
    pub dashed: bool,
}

/// A rectangle outline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Frame {
    /// Left, mm.
    pub x_mm: f32,
    /// Top, mm from the page's top edge.
    pub y_mm: f32,
    /// Width, mm.
    pub w_mm: f32,
    /// Height, mm.
    pub h_mm: f32,
    /// Stroke width in pt.
    pub width_pt: f32,
    /// Dashed instead of solid.
    pub dashed: bool,
    /// Ink or hint.
    pub tone: Tone,
}

/// Content of a letter before it is placed on pages.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Centred title line(s) in the title size.
    Title(String),
    /// Centred subtitle in the subtitle size.
    Subtitle(String),
    /// Empty space of `n` body lines.
    Space(f32),
    /// A paragraph in body size.
    Paragraph(Para),
    /// The signature block at the bottom right.
    Signature(Signature),
    /// A table (the checklist).
    Table(Table),
    /// A small grey note in the text area.
    Note(String),
}

/// A paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Para {
    /// The text.
    pub text: String,
    /// First-line indent in characters (2 for body text, 0 for the salutation).
    pub first_indent: f32,
    /// Indent of the other lines in characters (hanging indent of a list item).
    pub rest_indent: f32,
}

impl Para {
    /// Body text: first line indented by two characters.
    pub fn body(text: impl Into<String>) -> Block {
        Block::Paragraph(Para {
            text: text.into(),
            first_indent: 2.0,
            rest_indent: 0.0,
        })
    }
    /// A line flush with the left margin (salutation "广东省通信管理局：").
    pub fn flush(text: impl Into<String>) -> Block {
        Block::Paragraph(Para {
            text: text.into(),
            first_indent: 0.0,
            rest_indent: 0.0,
        })
    }
}

/// One line of a signature block: a printed label, then either pre-filled text or a blank with
/// an underline for handwriting.
#[derive(Clone, Debug, PartialEq)]
pub struct SignLine {
    /// "承诺单位（盖章）：".
    pub label: String,
    /// Pre-filled value; `None` leaves an underlined blank for the pen.
    pub value: Option<String>,
}

/// The mark that goes next to the signature lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A dashed 42 mm seal area (organisations: the official seal, 公章).
    Seal,
    /// A dashed fingerprint spot (individuals press a red-ink fingerprint, 按手印).
    Fingerprint,
    /// Nothing.
    None,
}

/// The signature block: lines at the bottom of the last page, left of a fixed mark area.
///
/// The mark area is the square [`SEAL_X_MM`], [`SEAL_Y_MM`], [`SEAL_MM`] on every letter: the
/// bottom-right corner of the text area, reaching [`SEAL_BELOW_TEXT_MM`] into the bottom margin.
/// The lines are set to its left with [`SEAL_GAP_MM`] of
/// free space, so a seal of up to 42 mm never covers printed text, and the block goes to a new
/// page when the body text reaches the area.
#[derive(Clone, Debug, PartialEq)]
pub struct Signature {
    /// Lines top to bottom.
    pub lines: Vec<SignLine>,
    /// Seal area, fingerprint spot or nothing.
    pub mark: Mark,
}

/// A table with a header row repeated on every page.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Column widths in mm; they add up to the text width.
    pub widths_mm: Vec<f32>,
    /// Header cells.
    pub header: Vec<String>,
    /// Rows of cells; a cell `"☐"` in the first column is drawn as a check box; `\n` in a cell
    /// starts a new line.
    pub rows: Vec<Vec<String>>,
}

/// Marker cell drawn as an empty check box.
pub const CHECK_BOX: &str = "☐";

/// Places blocks on pages: body in 四号 (14 pt); a letter that would run past one page in 四号
/// but fits in 小四 (12 pt) is set in 小四, because each page is uploaded as a separate image.
pub fn flow(kind: LetterKind, title: &str, date: chrono::NaiveDate, blocks: &[Block]) -> Document {
    let regular = flow_with(kind, title, date, blocks, BODY_PT, BODY_PITCH_PT);
    if regular.pages.len() == 1 || blocks.iter().any(|b| matches!(b, Block::Table(_))) {
        return regular;
    }
    let compact = flow_with(
        kind,
        title,
        date,
        blocks,
        BODY_COMPACT_PT,
        BODY_COMPACT_PITCH_PT,
    );
    if compact.pages.len() < regular.pages.len() {
        compact
    } else {
        regular
    }
}

fn flow_with(
    kind: LetterKind,
    title: &str,
    date: chrono::NaiveDate,
    blocks: &[Block],
    body_pt: f32,
    pitch_pt: f32,
) -> Document {
    let mut f = Flow {
        pages: vec![Vec::new()],
        y: MARGIN_TOP_MM,
        body_pt,
        pitch_pt,
    };
    for block in blocks {
        match block {
            Block::Title(text) => f.centred(text, TITLE_PT, TITLE_PT * 1.5),
            Block::Subtitle(text) => f.centred(text, SUBTITLE_PT, SUBTITLE_PT * 1.6),
            Block::Space(lines) => f.y += pt_to_mm(pitch_pt) * lines,
            Block::Paragraph(p) => f.paragraph(p, body_pt, pitch_pt, Tone::Ink),
            Block::Note(text) => {
                let p = Para {
                    text: text.clone(),
                    first_indent: 0.0,
                    rest_indent: 0.0,
                };
                f.paragraph(&p, SMALL_PT, SMALL_PT * 1.6, Tone::Hint)
            }
            Block::Signature(s) => f.signature(s),
            Block::Table(t) => f.table(t),
        }
    }
    let total = f.pages.len();
    let pages = f
        .pages
        .into_iter()
        .enumerate()
        .map(|(i, mut items)| {
            if total > 1 {
                // GB/T 9704 §7.5: page number with a dash on each side, below the text area.
                let text = format!("— {} —", i + 1);
                let w = width_em(&text) * pt_to_mm(BODY_PT);
                items.push(Item::Text(TextRun {
                    x_mm: (PAGE_WIDTH_MM - w) / 2.0,
                    baseline_mm: text_bottom() + 10.0,
                    size_pt: BODY_PT,
                    char_spacing_pt: 0.0,
                    width_mm: w,
                    tone: Tone::Ink,
                    text,
                }));
            }
            Page {
                width_mm: PAGE_WIDTH_MM,
                height_mm: PAGE_HEIGHT_MM,
                items,
            }
        })
        .collect();
    Document {
        kind,
        title: title.to_string(),
        date,
        pages,
    }
}

/// Size, line pitch (both pt) and tone of a run.
#[derive(Clone, Copy)]
struct Pen {
    size: f32,
    pitch: f32,
    tone: Tone,
}

struct Flow {
    pages: Vec<Vec<Item>>,
    /// Top of the next line, mm.
    y: f32,
    /// Body size, pt.
    body_pt: f32,
    /// Body line pitch, pt.
    pitch_pt: f32,
}

/// Baseline for a line whose box starts at `top` (mm): the CJK em box (−0.12 … 0.88 em around
/// the baseline) is centred in the line pitch.
fn baseline(top: f32, size_pt: f32, pitch_pt: f32) -> f32 {
    top + pt_to_mm(pitch_pt) / 2.0 + pt_to_mm(size_pt) * 0.38
}

impl Flow {
    fn items(&mut self) -> &mut Vec<Item> {
        self.pages.last_mut().expect("there is always a page")
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN_TOP_MM;
    }

    /// Makes room for `h` mm, starting a new page if needed (unless the page is still empty).
    fn need(&mut self, h: f32) {
        if self.y + h > text_bottom() + 0.01 && self.y > MARGIN_TOP_MM + 0.01 {
            self.new_page();
        }
    }

    fn run(&mut self, x: f32, top: f32, pen: Pen, spacing: f32, text: &str) {
        let Pen { size, pitch, tone } = pen;
        let n = text.chars().count() as f32;
        let w = width_em(text) * pt_to_mm(size) + pt_to_mm(spacing) * (n - 1.0).max(0.0);
        self.items().push(Item::Text(TextRun {
            x_mm: x,
            baseline_mm: baseline(top, size, pitch),
            size_pt: size,
            char_spacing_pt: spacing,
            width_mm: w,
            tone,
            text: text.to_string(),
        }));
    }

    fn centred(&mut self, text: &str, size: f32, pitch: f32) {
        let avail = text_width_mm() / pt_to_mm(size);
        for line in break_lines(text, avail, avail) {
            self.need(pt_to_mm(pitch));
            let w = line.width_em * pt_to_mm(size);
            let x = text_left() + (text_width_mm() - w) / 2.0;
            let top = self.y;
            self.run(
                x,
                top,
                Pen {
                    size,
                    pitch,
                    tone: Tone::Ink,
                },
                0.0,
                &line.text,
            );
            self.y += pt_to_mm(pitch);
        }
    }

    fn paragraph(&mut self, p: &Para, size: f32, pitch: f32, tone: Tone) {
        let em = pt_to_mm(size);
        let avail = text_width_mm() / pt_to_mm(size);
        let lines = break_lines(&p.text, avail - p.first_indent, avail - p.rest_indent);
        let count = lines.len();
        for (i, line) in lines.into_iter().enumerate() {
            self.need(pt_to_mm(pitch));
            let indent = if i == 0 {
                p.first_indent
            } else {
                p.rest_indent
            };
            let avail_em = avail - indent;
            // Justify every line but the last: spread the gap over the character gaps.
            let spacing = if i + 1 < count && line.glyphs > 1 {
                let gap_em = (avail_em - line.width_em).max(0.0);
                // Never stretch a short line (one ended early by a long Latin run) absurdly.
                if gap_em < 3.0 {
                    gap_em * size / (line.glyphs - 1) as f32
                } else {
                    0.0
                }
            } else {
                0.0
            };
            let top = self.y;
            self.run(
                text_left() + indent * em,
                top,
                Pen { size, pitch, tone },
                spacing,
                &line.text,
            );
            self.y += pt_to_mm(pitch);
        }
    }

    fn signature(&mut self, s: &Signature) {
        let size = self.body_pt;
        let em = pt_to_mm(size);
        let pitch_pt = self.pitch_pt * 1.3;
        let pitch = pt_to_mm(pitch_pt);
        let blank_mm = 45.0;
        // The lines end SEAL_GAP_MM left of the mark area and are as wide as the widest line,
        // at most the room left of the area.
        let right = SEAL_X_MM - SEAL_GAP_MM;
        let max_w = right - text_left();
        let natural = s
            .lines
            .iter()
            .map(|l| {
                width_em(&l.label) * em
                    + l.value
                        .as_deref()
                        .map(|v| width_em(v) * em)
                        .unwrap_or(blank_mm)
            })
            .fold(0.0_f32, f32::max);
        let block_w = natural.min(max_w);
        let x0 = right - block_w;
        // Lay the lines out first to know the block height: (label width, value lines, blank).
        let mut laid: Vec<(f32, Vec<String>, Option<f32>)> = Vec::new();
        let mut rows = 0usize;
        for l in &s.lines {
            let lw = width_em(&l.label) * em;
            match &l.value {
                Some(v) => {
                    let avail = ((block_w - lw) / em).max(2.0);
                    let mut parts: Vec<String> = break_lines(v, avail, avail)
                        .into_iter()
                        .map(|b| b.text)
                        .collect();
                    // A value that wraps is split into lines of even length, never a long
                    // line and one orphaned character.
                    if parts.len() > 1 {
                        let even = (width_em(v) / parts.len() as f32 + 1.0).min(avail);
                        let balanced: Vec<String> = break_lines(v, even, even)
                            .into_iter()
                            .map(|b| b.text)
                            .collect();
                        if balanced.len() == parts.len() {
                            parts = balanced;
                        }
                    }
                    rows += parts.len().max(1);
                    laid.push((lw, parts, None));
                }
                None => {
                    rows += 1;
                    laid.push((lw, Vec::new(), Some((block_w - lw).max(2.0 * em))));
                }
            }
        }
        let block_h = rows as f32 * pitch;
        // The lines end on the bottom of the text area, beside the mark area.
        let lines_top = text_bottom() - block_h;
        let zone_top = lines_top.min(SEAL_Y_MM);
        let gap = pt_to_mm(self.pitch_pt);
        if self.y + gap > zone_top + 0.01 {
            self.new_page();
        }
        match s.mark {
            Mark::Seal => self.mark_area(SEAL_X_MM, SEAL_Y_MM, SEAL_MM, SEAL_HINT),
            Mark::Fingerprint => {
                let inset = (SEAL_MM - FINGERPRINT_MM) / 2.0;
                self.mark_area(
                    SEAL_X_MM + inset,
                    SEAL_Y_MM + inset,
                    FINGERPRINT_MM,
                    FINGERPRINT_HINT,
                )
            }
            Mark::None => {}
        }
        let mut top = lines_top;
        for (l, (lw, parts, blank)) in s.lines.iter().zip(laid) {
            self.run(
                x0,
                top,
                Pen {
                    size,
                    pitch: pitch_pt,
                    tone: Tone::Ink,
                },
                0.0,
                &l.label,
            );
            if let Some(blank) = blank {
                let y = baseline(top, size, pitch_pt) + 1.2;
                self.items().push(Item::Line(Rule {
                    x1_mm: x0 + lw,
                    y1_mm: y,
                    x2_mm: x0 + lw + blank,
                    y2_mm: y,
                    width_pt: 0.5,
                    dashed: false,
                }));
                top += pitch;
            } else {
                for part in parts {
                    self.run(
                        x0 + lw,
                        top,
                        Pen {
                            size,
                            pitch: pitch_pt,
                            tone: Tone::Ink,
                        },
                        0.0,
                        &part,
                    );
                    top += pitch;
                }
            }
        }
        self.y = text_bottom();
    }

    /// A dashed grey square with its label at the bottom inside.
    fn mark_area(&mut self, x: f32, y: f32, side: f32, hint: &str) {
        self.items().push(Item::Frame(Frame {
            x_mm: x,
            y_mm: y,
            w_mm: side,
            h_mm: side,
            width_pt: 0.6,
            dashed: true,
            tone: Tone::Hint,
        }));
        let (sz, p) = (SMALL_PT, SMALL_PT * 1.4);
        let w = width_em(hint) * pt_to_mm(sz);
        let hint_top = y + side - pt_to_mm(p) - 1.0;
        self.run(
            x + (side - w) / 2.0,
            hint_top,
            Pen {
                size: sz,
                pitch: p,
                tone: Tone::Hint,
            },
            0.0,
            hint,
        );
    }

    fn table(&mut self, t: &Table) {
        let size = TABLE_PT;
        let em = pt_to_mm(size);
        let pitch_pt = size * 1.45;
        let pitch = pt_to_mm(pitch_pt);
        let pad = 1.6;
        let stroke = 0.5;
        let layout_row = |cells: &[String]| -> (Vec<Vec<String>>, f32) {
            let mut lines = Vec::new();
            let mut n = 1;
            for (cell, w) in cells.iter().zip(&t.widths_mm) {
                let avail = ((w - 2.0 * pad) / em).max(1.0);
                // A line break in a cell starts a new line (file names under the material).
                let l: Vec<String> = cell
                    .split('\n')
                    .flat_map(|part| break_lines(part, avail, avail))
                    .map(|b| b.text)
                    .collect();
                n = n.max(l.len());
                lines.push(l);
            }
            (lines, n as f32 * pitch + 2.0 * pad)
        };
        let header = layout_row(&t.header);
        let draw_row = |f: &mut Flow, cells: &(Vec<Vec<String>>, f32), head: bool| {
            let top = f.y;
            let mut x = text_left();
            for (i, (lines, w)) in cells.0.iter().zip(&t.widths_mm).enumerate() {
                f.items().push(Item::Frame(Frame {
                    x_mm: x,
                    y_mm: top,
                    w_mm: *w,
                    h_mm: cells.1,
                    width_pt: stroke,
                    dashed: false,
                    tone: Tone::Ink,
                }));
                if !head && i == 0 && lines.len() == 1 && lines[0] == CHECK_BOX {
                    let side = 3.6;
                    f.items().push(Item::Frame(Frame {
                        x_mm: x + (w - side) / 2.0,
                        y_mm: top + pad + (pitch - side) / 2.0,
                        w_mm: side,
                        h_mm: side,
                        width_pt: 0.6,
                        dashed: false,
                        tone: Tone::Ink,
                    }));
                } else {
                    let mut line_top = top + pad;
                    for line in lines {
                        let lx = if head {
                            x + (w - width_em(line) * em) / 2.0
                        } else {
                            x + pad
                        };
                        f.run(
                            lx,
                            line_top,
                            Pen {
                                size,
                                pitch: pitch_pt,
                                tone: Tone::Ink,
                            },
                            0.0,
                            line,
                        );
                        line_top += pitch;
                    }
                }
                x += w;
            }
            f.y += cells.1;
        };
        self.need(header.1 + pitch * 2.0 + 2.0 * pad);
        draw_row(self, &header, true);
        for row in &t.rows {
            let laid = layout_row(row);
            if self.y + laid.1 > text_bottom() {
                self.new_page();
                draw_row(self, &header, true);
            }
            draw_row(self, &laid, false);
        }
        self.y += pitch / 2.0;
    }
}
