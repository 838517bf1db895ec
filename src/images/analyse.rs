//! Measurements on the pixels: is the image really in colour, and where is the text (so the
//! watermark can avoid it). Both work on a bounded sample, so cost does not grow with megapixels.

use image::RgbImage;

/// About this many pixels are looked at for the colour check.
const COLOUR_SAMPLE: u64 = 250_000;

/// A pixel counts as coloured when its chroma, after removing the paper's colour cast, is this
/// far from neutral (Cb/Cr units, 0–255 scale). JPEG noise in grey images stays well below it;
/// a red seal or a blue ID-card background is far above it.
const CHROMA_COLOURFUL: f32 = 18.0;

/// An image is greyscale when fewer than this share of its pixels are coloured. A white page
/// with only a small red seal still has more (a 2 cm seal on A4 is about 0.6 %).
const COLOURFUL_SHARE_MIN: f32 = 0.002;

/// A cast stronger than this (mean paper chroma) is reported as a tinted black-and-white copy.
const CAST_NOTICEABLE: f32 = 5.0;

/// What the colour check found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ColourReport {
    /// Share of sampled pixels with real colour (0–1).
    pub colourful_share: f32,
    /// Chroma of the paper (brightest pixels): a tint of the whole image.
    pub cast: f32,
    /// No real colour: black and white, or black and white with a tint.
    pub greyscale: bool,
}

fn chroma(p: &image::Rgb<u8>) -> (f32, f32, f32) {
    let (r, g, b) = (f32::from(p[0]), f32::from(p[1]), f32::from(p[2]));
    let y = 0.299 * r + 0.587 * g + 0.114 * b;
    let cb = -0.168_736 * r - 0.331_264 * g + 0.5 * b;
    let cr = 0.5 * r - 0.418_688 * g - 0.081_312 * b;
    (y, cb, cr)
}

/// Decides whether an image is greyscale, also when a black-and-white copy was scanned or
/// photographed with a colour cast (yellowed paper, warm light): the cast is estimated from the
/// brightest pixels (the paper) and removed in proportion to brightness before measuring colour.
pub fn colour_report(img: &RgbImage) -> ColourReport {
    let (w, h) = img.dimensions();
    let pixels = u64::from(w) * u64::from(h);
    if pixels == 0 {
        return ColourReport {
            colourful_share: 0.0,
            cast: 0.0,
            greyscale: true,
        };
    }
    let step = ((pixels as f64 / COLOUR_SAMPLE as f64).sqrt().ceil() as u32).max(1);
    let mut samples: Vec<(f32, f32, f32)> = Vec::new();
    let mut y_pos = step / 2;
    while y_pos < h {
        let mut x = step / 2;
        while x < w {
            samples.push(chroma(img.get_pixel(x, y_pos)));
            x += step;
        }
        y_pos += step;
    }
    if samples.is_empty() {
        samples.push(chroma(img.get_pixel(0, 0)));
    }
    // Paper = the brightest tenth of the samples.
    let mut lumas: Vec<f32> = samples.iter().map(|s| s.0).collect();
    lumas.sort_by(|a, b| a.total_cmp(b));
    let bright_cut = lumas[(lumas.len() * 9) / 10];
    let (mut sum_cb, mut sum_cr, mut sum_y, mut n) = (0.0f32, 0.0f32, 0.0f32, 0u32);
    for &(y, cb, cr) in samples.iter().filter(|s| s.0 >= bright_cut) {
        sum_y += y;
        sum_cb += cb;
        sum_cr += cr;
        n += 1;
    }
    let n = n.max(1) as f32;
    let (paper_y, paper_cb, paper_cr) = ((sum_y / n).max(1.0), sum_cb / n, sum_cr / n);
    let cast = (paper_cb * paper_cb + paper_cr * paper_cr).sqrt();
    let colourful = samples
        .iter()
        .filter(|&&(y, cb, cr)| {
            // A tinted grey pixel carries the paper's tint scaled by its brightness.
            let k = (y / paper_y).clamp(0.0, 1.0);
            let dcb = cb - paper_cb * k;
            let dcr = cr - paper_cr * k;
            (dcb * dcb + dcr * dcr).sqrt() > CHROMA_COLOURFUL
        })
        .count();
    let colourful_share = colourful as f32 / samples.len() as f32;
    ColourReport {
        colourful_share,
        cast,
        greyscale: colourful_share < COLOURFUL_SHARE_MIN,
    }
}

impl ColourReport {
    /// A greyscale image with a visible tint.
    pub fn tinted(&self) -> bool {
        self.greyscale && self.cast > CAST_NOTICEABLE
    }
}

/// Where the text is: a grid of cells, each marked when it holds dense edges (print, handwriting,
/// seals). Used to keep the watermark off the text.
pub struct TextMap {
    /// Cell size in pixels.
    pub cell: u32,
    /// Cells across.
    pub cols: u32,
    /// Cells down.
    pub rows: u32,
    /// Row-major; true = text.
    pub text: Vec<bool>,
}

/// Mean luma step between neighbours above which a cell counts as text. Print on paper gives
/// steps of 40+ on edge pixels; paper grain, smooth photos and faint guilloche stay below.
const EDGE_TEXT: f32 = 10.0;

impl TextMap {
    /// Builds the map with cells of about 1/48 of the short side (at least 8 px).
    pub fn build(img: &RgbImage) -> TextMap {
        let (w, h) = img.dimensions();
        let cell = (w.min(h) / 48).max(8);
        let cols = w.div_ceil(cell);
        let rows = h.div_ceil(cell);
        let luma = |x: u32, y: u32| {
            let p = img.get_pixel(x, y);
            (u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8
        };
        // Look at up to 16×16 pixels per cell.
        let step = (cell / 16).max(1);
        let mut text = vec![false; (cols * rows) as usize];
        for r in 0..rows {
            for c in 0..cols {
                let (x0, y0) = (c * cell, r * cell);
                let (x1, y1) = ((x0 + cell).min(w), (y0 + cell).min(h));
                let (mut sum, mut n) = (0u32, 0u32);
                let mut y = y0;
                while y < y1 {
                    let mut x = x0;
                    while x < x1 {
                        let l = luma(x, y);
                        if x + step < w {
                            sum += l.abs_diff(luma(x + step, y));
                            n += 1;
                        }
                        if y + step < h {
                            sum += l.abs_diff(luma(x, y + step));
                            n += 1;
                        }
                        x += step;
                    }
                    y += step;
                }
                let mean = if n == 0 { 0.0 } else { sum as f32 / n as f32 };
                text[(r * cols + c) as usize] = mean > EDGE_TEXT;
            }
        }
        // Grow each text cell by one cell all round: a clearance, and the gaps between lines of
        // print count as part of the text block.
        let mut grown = text.clone();
        for r in 0..rows {
            for c in 0..cols {
                if !text[(r * cols + c) as usize] {
                    continue;
                }
                for rr in r.saturating_sub(1)..(r + 2).min(rows) {
                    for cc in c.saturating_sub(1)..(c + 2).min(cols) {
                        grown[(rr * cols + cc) as usize] = true;
                    }
                }
            }
        }
        TextMap {
            cell,
            cols,
            rows,
            text: grown,
        }
    }

    /// Whether the pixel lies in a text cell (outside the image: no).
    pub fn is_text(&self, x: i64, y: i64) -> bool {
        if x < 0 || y < 0 {
            return false;
        }
        let (c, r) = (
            (x as u64 / u64::from(self.cell)) as u32,
            (y as u64 / u64::from(self.cell)) as u32,
        );
        if c >= self.cols || r >= self.rows {
            return false;
        }
        self.text[(r * self.cols + c) as usize]
    }

    /// Share of text cells (0–1).
    pub fn text_share(&self) -> f32 {
        if self.text.is_empty() {
            return 0.0;
        }
        self.text.iter().filter(|t| **t).count() as f32 / self.text.len() as f32
    }
}

/// Where the document (an ID card, a page) lies in the frame, found by comparing every part of
/// the image with its outer border: a card photographed on a plain table differs from the table;
/// a card on a patterned cloth or among other objects leaves a border as busy as the card, and
/// then nothing can be said without the user's crop.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extent {
    /// Left edge of the document, pixels.
    pub x: u32,
    /// Top edge, pixels.
    pub y: u32,
    /// Width, pixels.
    pub width: u32,
    /// Height, pixels.
    pub height: u32,
    /// Share of the frame the document covers (0–1).
    pub share: f32,
    /// The border of the frame is busy (dense edges): the document's edges cannot be told from
    /// the background, so the extent is the whole frame and means nothing.
    pub busy_border: bool,
}

/// Longest side of the copy the extent is measured on.
const EXTENT_SIDE: u32 = 256;
/// Mean luma step in the border ring above which the background counts as busy. A scanner
/// bed, a plain table or the card's own pale guilloche stay well below it.
const BUSY_BORDER: f32 = 9.0;
/// A pixel belongs to the document when its colour is this far from the background's
/// (sum of channel differences) or it sits on a strong edge.
const FOREGROUND_DISTANCE: u32 = 36;
/// A pixel on a luma step at least this large belongs to the document (its outline, print).
const FOREGROUND_EDGE: u32 = 30;
/// A row or column belongs to the document when this share of it is foreground.
const FOREGROUND_LINE_SHARE: f32 = 0.04;

/// Finds the document's extent; see [`Extent`].
pub fn document_extent(img: &RgbImage) -> Extent {
    let (w, h) = img.dimensions();
    let whole = Extent {
        x: 0,
        y: 0,
        width: w,
        height: h,
        share: 1.0,
        busy_border: false,
    };
    if w < 16 || h < 16 {
        return whole;
    }
    // A small copy by box averaging (sensor grain averages out; the extent needs no detail).
    let scale = (w.max(h) as f32 / EXTENT_SIDE as f32).max(1.0);
    let (sw, sh) = (
        ((w as f32 / scale) as u32).max(8),
        ((h as f32 / scale) as u32).max(8),
    );
    let mut sums = vec![[0u32; 4]; (sw * sh) as usize];
    // Sample at most about 4 × 4 pixels per cell: bounded cost for any size.
    let stride = ((scale / 4.0).floor() as u32).max(1);
    for y in (0..h).step_by(stride as usize) {
        let cy = ((y as f32 / scale) as u32).min(sh - 1);
        for x in (0..w).step_by(stride as usize) {
            let cx = ((x as f32 / scale) as u32).min(sw - 1);
            let p = img.get_pixel(x, y);
            let cell = &mut sums[(cy * sw + cx) as usize];
            for c in 0..3 {
                cell[c] += u32::from(p[c]);
            }
            cell[3] += 1;
        }
    }
    let small: Vec<image::Rgb<u8>> = sums
        .iter()
        .map(|c| {
            let n = c[3].max(1);
            image::Rgb([(c[0] / n) as u8, (c[1] / n) as u8, (c[2] / n) as u8])
        })
        .collect();
    let at = |x: u32, y: u32| small[(y * sw + x) as usize];
    let luma = |p: image::Rgb<u8>| {
        (u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8
    };
    let edge = |x: u32, y: u32| {
        let l = luma(at(x, y));
        let r = if x + 1 < sw { luma(at(x + 1, y)) } else { l };
        let d = if y + 1 < sh { luma(at(x, y + 1)) } else { l };
        l.abs_diff(r) + l.abs_diff(d)
    };
    // The border ring: the outer 5 % on every side.
    let ring = (sw.min(sh) / 20).max(1);
    let in_ring = |x: u32, y: u32| x < ring || y < ring || x >= sw - ring || y >= sh - ring;
    let (mut edge_sum, mut n) = (0u64, 0u64);
    let mut ring_px: [Vec<u8>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for y in 0..sh {
        for x in 0..sw {
            if in_ring(x, y) {
                edge_sum += u64::from(edge(x, y));
                n += 1;
                let p = at(x, y);
                for c in 0..3 {
                    ring_px[c].push(p[c]);
                }
            }
        }
    }
    let busy = edge_sum as f32 / n.max(1) as f32 > BUSY_BORDER;
    if busy {
        return Extent {
            busy_border: true,
            ..whole
        };
    }
    let background: Vec<u32> = ring_px
        .iter_mut()
        .map(|v| {
            v.sort_unstable();
            u32::from(v[v.len() / 2])
        })
        .collect();
    let foreground = |x: u32, y: u32| {
        let p = at(x, y);
        let dist: u32 = (0..3)
            .map(|c| u32::from(p[c]).abs_diff(background[c]))
            .sum();
        dist > FOREGROUND_DISTANCE || edge(x, y) > FOREGROUND_EDGE
    };
    let mut rows = vec![0u32; sh as usize];
    let mut cols = vec![0u32; sw as usize];
    for y in 0..sh {
        for x in 0..sw {
            if foreground(x, y) {
                rows[y as usize] += 1;
                cols[x as usize] += 1;
            }
        }
    }
    let span = |counts: &[u32], across: u32| -> Option<(u32, u32)> {
        let min = (across as f32 * FOREGROUND_LINE_SHARE).ceil() as u32;
        let first = counts.iter().position(|&c| c >= min.max(1))?;
        let last = counts.iter().rposition(|&c| c >= min.max(1))?;
        Some((first as u32, last as u32 + 1))
    };
    let (Some((y0, y1)), Some((x0, x1))) = (span(&rows, sw), span(&cols, sh)) else {
        // Nothing stands out from the background: a blank page, or the document fills it.
        return whole;
    };
    let to_full = |v: u32, limit: u32| ((v as f32 * scale).round() as u32).min(limit);
    let (fx0, fy0) = (to_full(x0, w), to_full(y0, h));
    let (fx1, fy1) = (to_full(x1, w).max(fx0 + 1), to_full(y1, h).max(fy0 + 1));
    let share = ((fx1 - fx0) as f32 * (fy1 - fy0) as f32) / (w as f32 * h as f32);
    Extent {
        x: fx0,
        y: fy0,
        width: fx1 - fx0,
        height: fy1 - fy0,
        share,
        busy_border: false,
    }
}
