//! The "仅供备案使用" (for ICP filing only) watermark, drawn with the shipped CJK font
//! ([`crate::fonts`]) through `ab_glyph`.
//!
//! Placement heuristic (so the watermark protects the copy without hiding what it protects):
//! 1. A text map marks grid cells with dense edges — print, handwriting, seals, the ID photo —
//!    grown by one cell all round as a clearance ([`super::analyse::TextMap`]).
//! 2. The phrase is rendered once, semi-transparent grey, turned 30° (rising to the right), at
//!    about 1/16 of the short side.
//! 3. Candidate positions lie on a staggered diagonal lattice over the whole image; a candidate is
//!    kept only if it lies wholly inside the image and none of its inked pixels falls on a text
//!    cell. So copies land in margins, blank areas and gaps between text blocks.
//! 4. If no candidate is clear, the lattice is tried again at 60 % size; if still none, the single
//!    candidate touching the least text is used and the caller warns (`watermark-over-text`).
//!
//! Grey is neutral, so the watermark never makes a greyscale image look coloured or the reverse.

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use image::RgbImage;

use super::analyse::TextMap;
use super::img_err;
use crate::Error;

/// The watermark text.
pub const WATERMARK_TEXT: &str = "仅供备案使用";

/// Opacity of the ink (0–1).
const OPACITY: f32 = 0.42;

/// Ink colour (neutral grey).
const INK: [f32; 3] = [110.0, 110.0, 110.0];

/// Angle, degrees, counter-clockwise as seen.
const ANGLE_DEG: f32 = 30.0;

/// Smallest font size used, pixels.
const MIN_PX: f32 = 12.0;

/// What [`apply`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// Copies drawn.
    pub copies: usize,
    /// Whether a copy had to go over text (no clear place was found).
    pub over_text: bool,
}

/// Coverage mask of the rotated phrase.
struct Stamp {
    w: u32,
    h: u32,
    alpha: Vec<f32>,
}

fn font() -> Result<FontRef<'static>, Error> {
    FontRef::try_from_slice(crate::fonts::cjk_font()).map_err(|e| {
        img_err(
            format!("内置字体无法读取：{e}"),
            format!("The built-in font cannot be read: {e}"),
        )
    })
}

/// Renders the phrase horizontally: (width, height, coverage).
fn text_mask(px: f32) -> Result<(u32, u32, Vec<f32>), Error> {
    if let Some(c) = crate::fonts::first_missing_glyph(WATERMARK_TEXT) {
        return Err(img_err(
            format!("内置字体缺少字符“{c}”"),
            format!("The built-in font lacks the character '{c}'"),
        ));
    }
    let font = font()?;
    let scale = PxScale::from(px);
    let scaled = font.as_scaled(scale);
    let pad = (px * 0.15).ceil();
    let mut x = pad;
    let baseline = pad + scaled.ascent();
    let mut glyphs = Vec::new();
    for c in WATERMARK_TEXT.chars() {
        let id = scaled.glyph_id(c);
        glyphs.push(id.with_scale_and_position(scale, ab_glyph::point(x, baseline)));
        x += scaled.h_advance(id);
    }
    let w = (x + pad).ceil() as u32;
    let h = (baseline - scaled.descent() + pad).ceil() as u32;
    let mut cov = vec![0f32; (w * h) as usize];
    for g in glyphs {
        if let Some(outlined) = font.outline_glyph(g) {
            let b = outlined.px_bounds();
            outlined.draw(|gx, gy, c| {
                let px_x = b.min.x as i64 + i64::from(gx);
                let px_y = b.min.y as i64 + i64::from(gy);
                if px_x >= 0 && px_y >= 0 && (px_x as u32) < w && (px_y as u32) < h {
                    let i = (px_y as u32 * w + px_x as u32) as usize;
                    cov[i] = (cov[i] + c).min(1.0);
                }
            });
        }
    }
    Ok((w, h, cov))
}

/// Turns the mask by ANGLE_DEG (bilinear sampling).
fn rotate(w: u32, h: u32, cov: &[f32]) -> Stamp {
    let (s, c) = (-ANGLE_DEG.to_radians()).sin_cos();
    let (fw, fh) = (w as f32, h as f32);
    let rw = (fw * c.abs() + fh * s.abs()).ceil() as u32 + 2;
    let rh = (fw * s.abs() + fh * c.abs()).ceil() as u32 + 2;
    let (cx, cy) = (fw / 2.0, fh / 2.0);
    let (rcx, rcy) = (rw as f32 / 2.0, rh as f32 / 2.0);
    let at = |x: i64, y: i64| -> f32 {
        if x < 0 || y < 0 || x >= i64::from(w) || y >= i64::from(h) {
            0.0
        } else {
            cov[(y as u32 * w + x as u32) as usize]
        }
    };
    let mut alpha = vec![0f32; (rw * rh) as usize];
    for y in 0..rh {
        for x in 0..rw {
            // Inverse rotation: destination → source.
            let dx = x as f32 + 0.5 - rcx;
            let dy = y as f32 + 0.5 - rcy;
            let sx = c * dx + s * dy + cx - 0.5;
            let sy = -s * dx + c * dy + cy - 0.5;
            let (x0, y0) = (sx.floor(), sy.floor());
            let (fx, fy) = (sx - x0, sy - y0);
            let (x0, y0) = (x0 as i64, y0 as i64);
            let v = at(x0, y0) * (1.0 - fx) * (1.0 - fy)
                + at(x0 + 1, y0) * fx * (1.0 - fy)
                + at(x0, y0 + 1) * (1.0 - fx) * fy
                + at(x0 + 1, y0 + 1) * fx * fy;
            alpha[(y * rw + x) as usize] = v;
        }
    }
    Stamp {
        w: rw,
        h: rh,
        alpha,
    }
}

impl Stamp {
    /// Inked pixels of the stamp placed with its top-left at (ox, oy) that fall on text.
    fn text_hits(&self, map: &TextMap, ox: i64, oy: i64) -> usize {
        let mut hits = 0;
        for y in (0..self.h).step_by(2) {
            for x in (0..self.w).step_by(2) {
                if self.alpha[(y * self.w + x) as usize] > 0.05
                    && map.is_text(ox + i64::from(x), oy + i64::from(y))
                {
                    hits += 1;
                }
            }
        }
        hits
    }

    fn draw(&self, img: &mut RgbImage, ox: i64, oy: i64) {
        let (iw, ih) = img.dimensions();
        for y in 0..self.h {
            let py = oy + i64::from(y);
            if py < 0 || py >= i64::from(ih) {
                continue;
            }
            for x in 0..self.w {
                let px = ox + i64::from(x);
                if px < 0 || px >= i64::from(iw) {
                    continue;
                }
                let a = self.alpha[(y * self.w + x) as usize] * OPACITY;
                if a <= 0.0 {
                    continue;
                }
                let p = img.get_pixel_mut(px as u32, py as u32);
                for ch in 0..3 {
                    let v = f32::from(p[ch]) * (1.0 - a) + INK[ch] * a;
                    p[ch] = v.round().clamp(0.0, 255.0) as u8;
                }
            }
        }
    }
}

/// Top-left corners of the lattice for a stamp of this size (wholly inside the image).
fn lattice(iw: u32, ih: u32, sw: u32, sh: u32) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    if sw > iw || sh > ih {
        return out;
    }
    let step_x = (f64::from(sw) * 1.15).ceil() as i64;
    let step_y = (f64::from(sh) * 0.75).ceil().max(1.0) as i64;
    let (max_x, max_y) = (i64::from(iw - sw), i64::from(ih - sh));
    // Centre the lattice so margins are even.
    let rows = max_y / step_y + 1;
    let y_start = (max_y - (rows - 1) * step_y) / 2;
    for r in 0..rows {
        let y = y_start + r * step_y;
        let shift = if r % 2 == 1 { step_x / 2 } else { 0 };
        let cols = (max_x - shift).max(0) / step_x + 1;
        let x_start = shift + (max_x - shift - (cols - 1) * step_x).max(0) / 2;
        for k in 0..cols {
            let x = x_start + k * step_x;
            if x <= max_x {
                out.push((x, y));
            }
        }
    }
    out
}

/// Draws the watermark on `img` following the placement heuristic above.
pub fn apply(img: &mut RgbImage) -> Result<Placement, Error> {
    let (w, h) = img.dimensions();
    apply_within(img, (0, 0, w, h))
}

/// Draws the watermark inside `area` (x, y, width, height) only: the document found in a
/// larger photo, so that the mark is on the card or page it protects and not on the table
/// around it. Sized to the area's short side.
pub fn apply_within(img: &mut RgbImage, area: (u32, u32, u32, u32)) -> Result<Placement, Error> {
    let (full_w, full_h) = img.dimensions();
    let ax = area.0.min(full_w);
    let ay = area.1.min(full_h);
    let iw = area.2.min(full_w - ax);
    let ih = area.3.min(full_h - ay);
    let (ox, oy) = (i64::from(ax), i64::from(ay));
    let map = TextMap::build(img);
    let base_px = (iw.min(ih) as f32 / 16.0).max(MIN_PX);
    // Least-bad spot seen: (font px, x, y, text hits).
    let mut fallback: Option<(f32, i64, i64, usize)> = None;
    for factor in [1.0f32, 0.6] {
        let px = (base_px * factor).max(MIN_PX);
        let (w, h, cov) = text_mask(px)?;
        let stamp = rotate(w, h, &cov);
        let spots: Vec<(i64, i64)> = lattice(iw, ih, stamp.w, stamp.h)
            .into_iter()
            .map(|(x, y)| (x + ox, y + oy))
            .collect();
        let mut clear = Vec::new();
        for &(x, y) in &spots {
            let hits = stamp.text_hits(&map, x, y);
            if hits == 0 {
                clear.push((x, y));
            } else if fallback.is_none_or(|f| hits < f.3) {
                fallback = Some((px, x, y, hits));
            }
        }
        if !clear.is_empty() {
            for &(x, y) in &clear {
                stamp.draw(img, x, y);
            }
            return Ok(Placement {
                copies: clear.len(),
                over_text: false,
            });
        }
    }
    match fallback {
        Some((px, x, y, _)) => {
            let (w, h, cov) = text_mask(px)?;
            rotate(w, h, &cov).draw(img, x, y);
            Ok(Placement {
                copies: 1,
                over_text: true,
            })
        }
        None => Ok(Placement {
            copies: 0,
            over_text: false,
        }),
    }
}
