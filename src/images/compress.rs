//! JPEG output that meets a byte limit with the best quality, downscaling only when needed.
//!
//! Search: a sample of the image (full-width bands, about 0.6 megapixel) predicts the file size at
//! any quality cheaply; the prediction picks where to probe, then full encodes (two at a time,
//! one per core) narrow a bracket `lo` (fits) / `hi` (too big) until `hi = lo + 1`. So the
//! reported quality is maximal: quality + 1 was encoded and did not fit.
//!
//! Downscaling happens only when even [`LOW_QUALITY`] does not fit, or the image has more pixels
//! than the target allows. The new size is chosen so that about [`DOWNSCALE_QUALITY`] fits:
//! a sharper, slightly smaller image reads better than a full-size one full of JPEG artefacts.

use image::RgbImage;

use super::img_err;
use crate::Error;

/// Highest quality used while fitting under a limit (above it files grow fast for no visible gain).
pub const MAX_QUALITY: u8 = 95;

/// The "low quality" floor: if this does not fit, the image is downscaled instead.
pub const LOW_QUALITY: u8 = 60;

/// When downscaling, the new size aims for this quality to fit.
pub const DOWNSCALE_QUALITY: u8 = 75;

/// Smallest side a downscaled image may get.
const MIN_SIDE: u32 = 16;

/// Target pixels of the prediction sample.
const SAMPLE_PIXELS: u64 = 600_000;

/// Band height of the sample: two 4:2:0 MCU rows.
const BAND: u32 = 32;

/// Largest side libjpeg writes (`JPEG_MAX_DIMENSION`).
const MAX_SIDE: u32 = 65_500;

/// Encodes RGB as baseline JPEG with 4:2:0 chroma, through mozjpeg (libjpeg-turbo's SIMD code).
///
/// Settings, chosen for quality per byte at libjpeg-turbo speed (scripts/bench-images.sh):
/// - libjpeg's fast profile (`set_fastest_defaults`): no trellis quantisation and no progressive
///   scans, which would win another 0.1–0.4 dB at equal bytes for 3–4× the encode time;
/// - optimised Huffman tables (a second pass over the coefficients; ImageMagick's default too);
/// - N. Robidoux's quantisation table (mozjpeg's own default, one table for luma and chroma),
///   scaled by `quality` like libjpeg scales its tables; at equal bytes it keeps about 0.5 dB
///   more PSNR than the JPEG standard's Annex K tables that libjpeg and ImageMagick use.
///
/// Deterministic: the same pixels and quality give the same bytes. libjpeg reports errors by
/// unwinding (mozjpeg's error manager, without the panic hook); they are caught here and returned
/// as [`Error::Image`], so the release profile must keep `panic = "unwind"`.
pub fn encode(img: &RgbImage, quality: u8) -> Result<Vec<u8>, Error> {
    let (w, h) = img.dimensions();
    if w == 0 || h == 0 {
        return Err(img_err("图片没有像素", "The image has no pixels"));
    }
    if w > MAX_SIDE || h > MAX_SIDE {
        return Err(img_err(
            format!("图片边长超过 JPEG 上限 {MAX_SIDE}"),
            format!("A side exceeds JPEG's {MAX_SIDE} pixel limit"),
        ));
    }
    let quality = f32::from(quality.clamp(1, 100));
    let run = || -> std::io::Result<Vec<u8>> {
        let mut comp = mozjpeg::Compress::new(mozjpeg::ColorSpace::JCS_RGB);
        comp.set_fastest_defaults();
        comp.set_size(w as usize, h as usize);
        comp.set_chroma_sampling_pixel_sizes((2, 2), (2, 2));
        comp.set_optimize_coding(true);
        let table = mozjpeg::qtable::NRobidoux.scaled(quality, quality);
        comp.set_luma_qtable(&table);
        comp.set_chroma_qtable(&table);
        let capacity = (u64::from(w) * u64::from(h) / 4) as usize;
        let mut started = comp.start_compress(Vec::with_capacity(capacity))?;
        started.write_scanlines(img.as_raw())?;
        started.finish()
    };
    let failed = |detail: String| {
        img_err(
            format!("JPEG 编码失败：{detail}"),
            format!("JPEG encoding failed: {detail}"),
        )
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(Ok(jpeg)) => Ok(jpeg),
        Ok(Err(e)) => Err(failed(e.to_string())),
        Err(payload) => Err(failed(
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "libjpeg".to_string()),
        )),
    }
}

/// Lanczos3 resize (the filter ImageMagick's `-resize` uses when shrinking).
pub fn resize(img: &RgbImage, width: u32, height: u32) -> Result<RgbImage, Error> {
    use fast_image_resize as fr;
    let (w, h) = img.dimensions();
    if (w, h) == (width, height) {
        return Ok(img.clone());
    }
    let fail = |e: String| img_err(format!("缩放失败：{e}"), format!("Resizing failed: {e}"));
    let src = fr::images::ImageRef::new(w, h, img.as_raw(), fr::PixelType::U8x3)
        .map_err(|e| fail(e.to_string()))?;
    let mut dst = fr::images::Image::new(width, height, fr::PixelType::U8x3);
    let opts =
        fr::ResizeOptions::new().resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3));
    fr::Resizer::new()
        .resize(&src, &mut dst, &opts)
        .map_err(|e| fail(e.to_string()))?;
    RgbImage::from_raw(width, height, dst.into_vec()).ok_or_else(|| fail("buffer".into()))
}

/// Size that keeps the aspect ratio and scales the area by `area_factor` (< 1).
fn scaled(w: u32, h: u32, area_factor: f64) -> (u32, u32) {
    let s = area_factor.sqrt().min(1.0);
    let nw = ((f64::from(w) * s).round() as u32).max(1);
    let nh = ((f64::from(h) * s).round() as u32).max(1);
    (nw, nh)
}

/// Limits for [`fit`].
#[derive(Clone, Copy, Debug)]
pub struct FitLimits {
    /// Largest file, bytes.
    pub max_bytes: u64,
    /// Smallest file, bytes (0 = none).
    pub min_bytes: u64,
    /// Most pixels, if any.
    pub max_pixels: Option<u64>,
}

/// The result of [`fit`].
#[derive(Clone, Debug)]
pub struct Fitted {
    /// The JPEG file.
    pub jpeg: Vec<u8>,
    /// Width, pixels.
    pub width: u32,
    /// Height, pixels.
    pub height: u32,
    /// JPEG quality used.
    pub quality: u8,
    /// Whether the image was made smaller.
    pub downscaled: bool,
    /// Bytes of padding added (COM segment) to reach `min_bytes`.
    pub padded: u64,
}

/// Predicts full-image JPEG sizes from full-width bands spread over the height.
struct Predictor {
    sample: RgbImage,
    ratio: f64,
    header: f64,
    known: std::cell::RefCell<Vec<(u8, u64)>>,
}

impl Predictor {
    fn new(img: &RgbImage) -> Predictor {
        let (w, h) = img.dimensions();
        let pixels = u64::from(w) * u64::from(h);
        let bands = h.div_ceil(BAND);
        let every = (pixels.div_ceil(SAMPLE_PIXELS) as u32).max(1);
        if every <= 1 || bands < 4 {
            return Predictor {
                sample: img.clone(),
                ratio: 1.0,
                header: 0.0,
                known: Default::default(),
            };
        }
        let picked: Vec<u32> = (0..bands).filter(|b| b % every == every / 2).collect();
        let rows: u32 = picked.iter().map(|b| (h - b * BAND).min(BAND)).sum();
        let mut sample = RgbImage::new(w, rows);
        let row_bytes = w as usize * 3;
        let mut out_row = 0usize;
        for b in picked {
            let y0 = b * BAND;
            let n = (h - y0).min(BAND) as usize;
            let src = &img.as_raw()[y0 as usize * row_bytes..(y0 as usize + n) * row_bytes];
            sample.as_mut()[out_row * row_bytes..(out_row + n) * row_bytes].copy_from_slice(src);
            out_row += n;
        }
        Predictor {
            sample,
            ratio: f64::from(h) / f64::from(rows),
            // Tables and headers do not grow with the image.
            header: 620.0,
            known: Default::default(),
        }
    }

    fn predict(&self, quality: u8) -> Result<u64, Error> {
        if let Some(&(_, n)) = self.known.borrow().iter().find(|(q, _)| *q == quality) {
            return Ok(n);
        }
        let n = encode(&self.sample, quality)?.len() as f64;
        let n = ((n - self.header).max(0.0) * self.ratio + self.header) as u64;
        self.known.borrow_mut().push((quality, n));
        Ok(n)
    }

    /// Largest quality in `lo..=hi` predicted to fit (`lo - 1` if none), by bisection.
    fn best_quality(&self, lo: u8, hi: u8, max_bytes: u64) -> Result<u8, Error> {
        let (mut fit, mut over) = (lo - 1, hi + 1);
        while over - fit > 1 {
            let mid = fit + (over - fit) / 2;
            if self.predict(mid)? <= max_bytes {
                fit = mid;
            } else {
                over = mid;
            }
        }
        Ok(fit)
    }
}

/// Full encodes of up to two qualities at once (one per core).
fn encode_pair(img: &RgbImage, qs: &[u8]) -> Result<Vec<(u8, Vec<u8>)>, Error> {
    match qs {
        [a] => Ok(vec![(*a, encode(img, *a)?)]),
        [a, b] => {
            let (ra, rb) = std::thread::scope(|s| {
                let hb = s.spawn(|| encode(img, *b));
                let ra = encode(img, *a);
                (ra, hb.join())
            });
            let rb =
                rb.map_err(|_| img_err("JPEG 编码线程失败", "The JPEG encoding thread failed"))?;
            Ok(vec![(*a, ra?), (*b, rb?)])
        }
        _ => Ok(Vec::new()),
    }
}

/// Finds the highest quality in `LOW_QUALITY..=MAX_QUALITY` whose file fits `max_bytes`, verified
/// by full encodes; `None` when even `LOW_QUALITY` is too big.
fn search_quality(img: &RgbImage, max_bytes: u64) -> Result<Option<(u8, Vec<u8>)>, Error> {
    let predictor = Predictor::new(img);
    // Bracket: `lo` fits (or is the virtual LOW_QUALITY - 1), `hi` does not (or MAX_QUALITY + 1).
    let (mut lo, mut hi): (u8, u8) = (LOW_QUALITY - 1, MAX_QUALITY + 1);
    let mut best: Option<(u8, Vec<u8>)> = None;
    // Actual ÷ predicted size, learnt from the last full encode.
    let mut correction = 1.0f64;
    // The correction the last guided round used, and how many guided rounds ran in a row.
    let mut guided_with: Option<f64> = None;
    let mut guided_streak = 0u32;
    loop {
        // Unknown qualities strictly between lo and hi.
        let (a, b) = (lo + 1, hi - 1);
        let n = b - a + 1;
        // Guided by the sample while that is worth it: first, and again when the last full encodes
        // taught a new correction (the sample of a text page predicts a few per cent low, so the
        // first guess lands one step off and the corrected one on the boundary); at most two
        // guided rounds in a row, then a bisection step, so the search ends in a few rounds
        // whatever the sample says.
        let learnt = guided_with.is_none_or(|c| (correction / c - 1.0).abs() > 0.005);
        let guided = n > 2 && guided_streak < 2 && learnt;
        let mut probes: Vec<u8> = if n <= 2 {
            (a..=b).collect()
        } else if guided {
            // The predicted boundary and the quality above it, or that one quality alone:
            let limit = (max_bytes as f64 / correction) as u64;
            // where the boundary is predicted next to a quality already encoded, one encode can
            // close the bracket (and runs alone, faster than two side by side).
            let g = predictor.best_quality(a, b, limit)?;
            if g < a {
                vec![a] // lo fits; a is predicted not to
            } else if g >= b {
                vec![b] // hi does not fit; b is predicted to
            } else {
                vec![g, g + 1]
            }
        } else {
            // Bisection step in thirds.
            let third = n / 3;
            vec![a + third, a + 2 * third + 1]
        };
        if guided {
            guided_with = Some(correction);
            guided_streak += 1;
        } else {
            guided_streak = 0;
        }
        probes.retain(|q| *q > lo && *q < hi);
        probes.dedup();
        if probes.is_empty() {
            break;
        }
        for (q, jpeg) in encode_pair(img, &probes)? {
            let size = jpeg.len() as u64;
            if let Ok(p) = predictor.predict(q) {
                correction = (size as f64 / p.max(1) as f64).clamp(0.25, 4.0);
            }
            if size <= max_bytes {
                if q > lo {
                    lo = q;
                    best = Some((q, jpeg));
                }
            } else if q < hi {
                hi = q;
            }
        }
        if lo >= hi {
            // Size not monotonic in quality between probes: keep the highest verified fit and
            // look at the quality right above it.
            hi = MAX_QUALITY + 1;
        }
        if hi - lo <= 1 {
            break;
        }
    }
    Ok(best)
}

/// Compresses `img` to a JPEG within `limits`: best quality, downscaled only when needed.
pub fn fit(img: &RgbImage, limits: FitLimits) -> Result<Fitted, Error> {
    let (w0, h0) = img.dimensions();
    let mut downscaled = false;
    let mut current: Option<RgbImage> = None;
    if let Some(max_px) = limits.max_pixels {
        let px = u64::from(w0) * u64::from(h0);
        if px > max_px {
            let (nw, nh) = scaled(w0, h0, max_px as f64 / px as f64 * 0.999);
            current = Some(resize(img, nw, nh)?);
            downscaled = true;
        }
    }
    let mut attempts = 0;
    loop {
        let work = current.as_ref().unwrap_or(img);
        if let Some((quality, jpeg)) = search_quality(work, limits.max_bytes)? {
            let (width, height) = work.dimensions();
            let mut fitted = Fitted {
                jpeg,
                width,
                height,
                quality,
                downscaled,
                padded: 0,
            };
            if (fitted.jpeg.len() as u64) < limits.min_bytes {
                raise_to_min(work, &mut fitted, limits)?;
            }
            return Ok(fitted);
        }
        attempts += 1;
        let (w, h) = work.dimensions();
        if attempts > 6 || w.min(h) <= MIN_SIDE {
            return Err(img_err(
                format!("无法把图片压缩到 {} 字节以内（限值过小）", limits.max_bytes),
                format!(
                    "Cannot compress the image under {} bytes (the limit is too small)",
                    limits.max_bytes
                ),
            ));
        }
        let area = if attempts == 1 {
            downscale_area(img, limits.max_bytes, (w, h))?
        } else {
            // The predicted size was not enough: even LOW_QUALITY did not fit. Shrink harder.
            (u64::from(w) * u64::from(h)) as f64 * 0.7
        };
        let (nw, nh) = scaled(w0, h0, area / (u64::from(w0) * u64::from(h0)) as f64);
        let (nw, nh) = (nw.max(MIN_SIDE.min(w0)), nh.max(MIN_SIDE.min(h0)));
        // Always resize from the original, so blur does not accumulate.
        current = Some(resize(img, nw, nh)?);
        downscaled = true;
    }
}

/// The pixel area at which DOWNSCALE_QUALITY is predicted to fill 80–95 % of `max_bytes`.
///
/// Size does not scale with area alone (shrinking also averages away grain), so the area is found
/// by a secant search on log(size) against log(area), each step resizing the original and
/// predicting from its sample.
fn downscale_area(img: &RgbImage, max_bytes: u64, (w, h): (u32, u32)) -> Result<f64, Error> {
    let (w0, h0) = img.dimensions();
    let full = (u64::from(w0) * u64::from(h0)) as f64;
    let goal = max_bytes as f64 * 0.9;
    let start = (u64::from(w) * u64::from(h)) as f64;
    let predict_at = |area: f64| -> Result<f64, Error> {
        let (nw, nh) = scaled(w0, h0, area / full);
        let size = if (nw, nh) == (w0, h0) {
            Predictor::new(img).predict(DOWNSCALE_QUALITY)?
        } else {
            Predictor::new(&resize(img, nw, nh)?).predict(DOWNSCALE_QUALITY)?
        };
        Ok(size.max(1) as f64)
    };
    let (mut prev_area, mut prev_size) = (start, predict_at(start)?);
    // First step assumes size ∝ area; later steps use the measured slope.
    let mut slope = 1.0f64;
    let mut area = start * goal / prev_size;
    for _ in 0..4 {
        area = area.clamp(f64::from(MIN_SIDE * MIN_SIDE), start * 0.98);
        let size = predict_at(area)?;
        if size <= max_bytes as f64 * 0.95 && size >= max_bytes as f64 * 0.8 {
            break;
        }
        if (area / prev_area).ln().abs() > 1e-3 {
            slope = ((size / prev_size).ln() / (area / prev_area).ln()).clamp(0.3, 3.0);
        }
        let next = area * (goal / size).powf(1.0 / slope);
        (prev_area, prev_size) = (area, size);
        area = next;
    }
    Ok(area.clamp(f64::from(MIN_SIDE * MIN_SIDE), start * 0.98))
}

/// The file is under `min_bytes`: raise the quality up to 100, then pad with a comment segment.
fn raise_to_min(img: &RgbImage, fitted: &mut Fitted, limits: FitLimits) -> Result<(), Error> {
    for q in (fitted.quality + 1)..=100 {
        let jpeg = encode(img, q)?;
        let n = jpeg.len() as u64;
        if n > limits.max_bytes {
            break;
        }
        fitted.jpeg = jpeg;
        fitted.quality = q;
        if n >= limits.min_bytes {
            return Ok(());
        }
    }
    let missing = limits.min_bytes - fitted.jpeg.len() as u64;
    fitted.jpeg = pad_jpeg(&fitted.jpeg, missing as usize);
    fitted.padded = missing;
    Ok(())
}

/// Inserts COM segments right after SOI so the file grows by exactly `extra` bytes (at least 4:
/// one segment's marker and length). Decoders skip comments; the picture is unchanged.
pub fn pad_jpeg(jpeg: &[u8], extra: usize) -> Vec<u8> {
    let extra = extra.max(4);
    let mut out = Vec::with_capacity(jpeg.len() + extra);
    out.extend_from_slice(&jpeg[..2]);
    let mut left = extra;
    const FILL: &[u8] = b"ICP filing upload padding / \xe5\xa4\x87\xe6\xa1\x88\xe4\xb8\x8a\xe4\xbc\xa0\xe5\xa1\xab\xe5\x85\x85 ";
    while left > 0 {
        // One segment: FF FE, 2 length bytes (counting themselves), payload ≤ 65533.
        let mut seg = left.min(65_535 + 2);
        // Never leave a remainder too small for a segment of its own.
        if left - seg > 0 && left - seg < 4 {
            seg -= 4;
        }
        let payload = seg - 4;
        out.extend_from_slice(&[0xFF, 0xFE]);
        out.extend_from_slice(&((payload + 2) as u16).to_be_bytes());
        out.extend(FILL.iter().copied().cycle().take(payload));
        left -= seg;
    }
    out.extend_from_slice(&jpeg[2..]);
    out
}
