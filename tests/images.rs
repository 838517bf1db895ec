//! Image tests (issue 6). Every input image is generated here; no binaries are committed.

use icp_filing::images::analyse::colour_report;
use icp_filing::images::compress::{self, FitLimits, DOWNSCALE_QUALITY, LOW_QUALITY, MAX_QUALITY};
use icp_filing::images::{
    self, combine_id_card, export_name, inspect, prepare, watermark, CombineRequest, IdSide,
    MaterialKind, PrepareRequest, Rect, Targets, WarningCode,
};
use icp_filing::Error;
use image::{Rgb, RgbImage};

// ---- generated inputs ------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 32) as u32
    }
}

/// A photo-like colour image: smooth colour fields, edges and grain.
fn photo(w: u32, h: u32, seed: u64) -> RgbImage {
    let mut rng = Rng(seed | 1);
    RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        let wave = (fx * 19.0).sin() * (fy * 13.0).cos() * 55.0 + ((fx * fy * 150.0).sin() * 25.0);
        let n = (rng.next() % 25) as f32 - 12.0;
        let r = 120.0 + wave + 90.0 * fx + n;
        let g = 110.0 + 0.6 * wave + 80.0 * fy + n;
        let b = 140.0 - 0.5 * wave + 50.0 * (fx - fy) + n;
        Rgb([
            r.clamp(0.0, 255.0) as u8,
            g.clamp(0.0, 255.0) as u8,
            b.clamp(0.0, 255.0) as u8,
        ])
    })
}

/// An ID card as a scan or a tight crop shows it: pale patterned face, lines of dark print on
/// the left, a portrait block on the right, a thin margin all round.
fn card(w: u32, h: u32, seed: u64) -> RgbImage {
    let mut rng = Rng(seed | 1);
    RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        let n = (rng.next() % 7) as f32 - 3.0;
        let pattern = ((fx * 40.0).sin() * (fy * 30.0).cos()) * 4.0;
        let print = (0.08..0.60).contains(&fx)
            && (0.12..0.88).contains(&fy)
            && ((fy * 14.0).fract() < 0.45)
            && rng.next().is_multiple_of(3);
        let portrait = (0.64..0.92).contains(&fx) && (0.14..0.78).contains(&fy);
        let (r, g, b) = if print {
            (30.0, 30.0, 40.0)
        } else if portrait {
            (150.0 + 60.0 * fy, 110.0 + 40.0 * fx, 100.0)
        } else {
            (214.0 + pattern, 226.0 + pattern, 238.0 + pattern)
        };
        Rgb([
            (r + n).clamp(0.0, 255.0) as u8,
            (g + n).clamp(0.0, 255.0) as u8,
            (b + n).clamp(0.0, 255.0) as u8,
        ])
    })
}

/// A cluttered background (objects, a patterned cloth): patches of random colour.
fn clutter(w: u32, h: u32, seed: u64) -> RgbImage {
    let mut rng = Rng(seed | 1);
    let (cw, ch) = (37, 29);
    let cols = w.div_ceil(cw) as usize;
    let colours: Vec<Rgb<u8>> = (0..cols * h.div_ceil(ch) as usize)
        .map(|_| Rgb([rng.next() as u8, rng.next() as u8, rng.next() as u8]))
        .collect();
    RgbImage::from_fn(w, h, |x, y| {
        colours[(y / ch) as usize * cols + (x / cw) as usize]
    })
}

/// `inner` pasted into `frame` at (x, y).
fn pasted(mut frame: RgbImage, inner: &RgbImage, x: u32, y: u32) -> RgbImage {
    image::imageops::replace(&mut frame, inner, i64::from(x), i64::from(y));
    frame
}

fn grey_of(img: &RgbImage) -> RgbImage {
    RgbImage::from_fn(img.width(), img.height(), |x, y| {
        let p = img.get_pixel(x, y);
        let l =
            ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8;
        Rgb([l, l, l])
    })
}

fn png(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

fn jpeg(img: &RgbImage) -> Vec<u8> {
    compress::encode(img, 92).unwrap()
}

fn decode(bytes: &[u8]) -> RgbImage {
    image::load_from_memory(bytes).unwrap().into_rgb8()
}

/// Left half red, right half blue: shows where "left" went after a rotation.
fn red_left_blue_right(w: u32, h: u32) -> RgbImage {
    RgbImage::from_fn(w, h, |x, _| {
        if x < w / 2 {
            Rgb([220, 20, 20])
        } else {
            Rgb([20, 20, 220])
        }
    })
}

fn is_red(p: &Rgb<u8>) -> bool {
    p[0] > 150 && p[2] < 100
}

fn is_blue(p: &Rgb<u8>) -> bool {
    p[2] > 150 && p[0] < 100
}

/// Inserts an EXIF APP1 segment with only an Orientation tag, written by hand (big-endian TIFF).
fn with_exif_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"MM\0\x2a"); // big-endian TIFF header
    tiff.extend_from_slice(&8u32.to_be_bytes()); // IFD0 at offset 8
    tiff.extend_from_slice(&1u16.to_be_bytes()); // one entry
    tiff.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
    tiff.extend_from_slice(&3u16.to_be_bytes()); // SHORT
    tiff.extend_from_slice(&1u32.to_be_bytes()); // count 1
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0]); // value padded to 4 bytes
    tiff.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec(); // SOI
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
}

/// A valid-looking PNG whose header claims `w`×`h` RGB pixels (a decompression bomb's header).
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    png_chunk(&mut out, b"IHDR", &ihdr);
    // A tiny zlib stream (stored, empty) so the file is otherwise well formed.
    png_chunk(
        &mut out,
        b"IDAT",
        &[
            0x78, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x01,
        ],
    );
    png_chunk(&mut out, b"IEND", &[]);
    out
}

fn image_error(r: Result<impl std::fmt::Debug, Error>) -> (String, String) {
    match r {
        Err(Error::Image { zh, en }) => (zh, en),
        other => panic!("expected Error::Image, got {other:?}"),
    }
}

fn codes(w: &[images::ImageWarning]) -> Vec<WarningCode> {
    w.iter().map(|w| w.code).collect()
}

// ---- orientation, rotation, crop ---------------------------------------------------------------

#[test]
fn exif_orientation_is_applied() {
    let stored = jpeg(&red_left_blue_right(64, 32));
    // 6 = "rotate 90° clockwise to display": the stored left edge becomes the top.
    let tagged = with_exif_orientation(&stored, 6);
    let p = prepare(&tagged, &PrepareRequest::new(MaterialKind::Other)).unwrap();
    assert_eq!((p.width, p.height), (32, 64));
    let out = decode(&p.jpeg);
    assert!(
        is_red(out.get_pixel(16, 8)),
        "top should be red, got {:?}",
        out.get_pixel(16, 8)
    );
    assert!(
        is_blue(out.get_pixel(16, 56)),
        "bottom should be blue, got {:?}",
        out.get_pixel(16, 56)
    );
    // The output no longer relies on a tag: no APP1/Exif in it.
    assert!(!p.jpeg.windows(4).any(|w| w == b"Exif"));

    // Without the tag nothing turns.
    let plain = prepare(&stored, &PrepareRequest::new(MaterialKind::Other)).unwrap();
    assert_eq!((plain.width, plain.height), (64, 32));

    // 8 = "rotate 270° clockwise": the left edge becomes the bottom.
    let p8 = prepare(
        &with_exif_orientation(&stored, 8),
        &PrepareRequest::new(MaterialKind::Other),
    )
    .unwrap();
    let out8 = decode(&p8.jpeg);
    assert!(is_blue(out8.get_pixel(16, 8)) && is_red(out8.get_pixel(16, 56)));

    let insp = inspect(&tagged, MaterialKind::Other, None).unwrap();
    assert!(insp.exif_rotated);
    assert_eq!((insp.width, insp.height), (32, 64));
    assert!(codes(&insp.reasons).contains(&WarningCode::ExifRotated));
}

#[test]
fn quarter_turns_and_crop_are_in_the_upright_frame() {
    let src = png(&red_left_blue_right(64, 32));
    let mut req = PrepareRequest::new(MaterialKind::Other);
    req.quarter_turns = 1; // clockwise: left (red) goes to the top
    let p = prepare(&src, &req).unwrap();
    assert_eq!((p.width, p.height), (32, 64));
    let out = decode(&p.jpeg);
    assert!(is_red(out.get_pixel(16, 8)) && is_blue(out.get_pixel(16, 56)));

    // Crop the bottom half of the turned image: all blue.
    req.crop = Some(Rect {
        x: 0,
        y: 32,
        width: 32,
        height: 32,
    });
    let p = prepare(&src, &req).unwrap();
    assert_eq!((p.width, p.height), (32, 32));
    let out = decode(&p.jpeg);
    assert!(out.pixels().all(is_blue));

    // A rectangle reaching past the edge is cut off; one wholly outside is an error.
    req.crop = Some(Rect {
        x: 16,
        y: 48,
        width: 100,
        height: 100,
    });
    let p = prepare(&src, &req).unwrap();
    assert_eq!((p.width, p.height), (16, 16));
    req.crop = Some(Rect {
        x: 40,
        y: 0,
        width: 10,
        height: 10,
    });
    let (zh, en) = image_error(prepare(&src, &req));
    assert!(zh.contains("裁剪") && en.contains("crop"), "{zh} / {en}");
}

// ---- colour checks -----------------------------------------------------------------------------

#[test]
fn greyscale_is_detected_also_with_a_tint() {
    let colour = photo(600, 400, 1);
    assert!(!colour_report(&colour).greyscale);

    let grey = grey_of(&colour);
    let r = colour_report(&grey);
    assert!(r.greyscale && !r.tinted(), "{r:?}");

    // A black-and-white copy on yellowed paper: every pixel carries the paper's tint.
    let sepia = RgbImage::from_fn(600, 400, |x, y| {
        let l = f32::from(grey.get_pixel(x, y)[0]);
        Rgb([(l * 1.0) as u8, (l * 0.93) as u8, (l * 0.78) as u8])
    });
    let r = colour_report(&sepia);
    assert!(r.greyscale && r.tinted(), "{r:?}");

    // A white page with black print and one small red seal (about 0.7 % of the page) is colour.
    let mut page = RgbImage::from_fn(800, 1130, |x, y| {
        if (y / 12) % 3 == 0 && x > 80 && x < 720 && (x / 7) % 2 == 0 {
            Rgb([20, 20, 20])
        } else {
            Rgb([250, 250, 248])
        }
    });
    for y in 900..980 {
        for x in 560..640 {
            let (dx, dy) = (x as i32 - 600, y as i32 - 940);
            if dx * dx + dy * dy < 40 * 40 && (dx * dx + dy * dy > 33 * 33 || (dx + dy) % 5 == 0) {
                page.put_pixel(x, y, Rgb([210, 30, 40]));
            }
        }
    }
    let r = colour_report(&page);
    assert!(!r.greyscale, "{r:?}");

    // Through the API: the greyscale warning, with its tint wording.
    let p = prepare(
        &png(&sepia),
        &PrepareRequest::new(MaterialKind::BusinessLicence),
    )
    .unwrap();
    let w = p
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::Greyscale)
        .expect("greyscale warning");
    assert!(w.zh.contains("色偏") && w.en.contains("tint"), "{w:?}");
    let p = prepare(
        &png(&colour),
        &PrepareRequest::new(MaterialKind::BusinessLicence),
    )
    .unwrap();
    assert!(!codes(&p.warnings).contains(&WarningCode::Greyscale));

    // A greyscale PNG (one channel) is greyscale whatever its content.
    let luma = image::DynamicImage::ImageRgb8(grey.clone()).into_luma8();
    let mut l8 = Vec::new();
    luma.write_to(&mut std::io::Cursor::new(&mut l8), image::ImageFormat::Png)
        .unwrap();
    let insp = inspect(&l8, MaterialKind::IdFront, Some("huawei")).unwrap();
    assert!(insp.greyscale && !insp.meets_target);
    assert!(codes(&insp.reasons).contains(&WarningCode::Greyscale));
}

#[test]
fn too_small_and_odd_shapes_warn() {
    // An ID card side at 300×190: readable limit is 400 px on the short side.
    let p = prepare(
        &png(&photo(300, 190, 2)),
        &PrepareRequest::new(MaterialKind::IdFront),
    )
    .unwrap();
    let c = codes(&p.warnings);
    assert!(c.contains(&WarningCode::TooSmall), "{c:?}");
    assert!(!c.contains(&WarningCode::AspectRatio), "{c:?}");

    // A long strip is no ID card, and a portrait ID card is probably sideways.
    let p = prepare(
        &png(&photo(1200, 400, 3)),
        &PrepareRequest::new(MaterialKind::IdFront),
    )
    .unwrap();
    assert!(codes(&p.warnings).contains(&WarningCode::AspectRatio));
    let p = prepare(
        &png(&photo(500, 800, 4)),
        &PrepareRequest::new(MaterialKind::IdBack),
    )
    .unwrap();
    let c = codes(&p.warnings);
    assert!(
        c.contains(&WarningCode::Orientation) && !c.contains(&WarningCode::TooSmall),
        "{c:?}"
    );

    // A good one: no warnings at all.
    let p = prepare(
        &png(&card(856, 540, 5)),
        &PrepareRequest::new(MaterialKind::IdFront),
    )
    .unwrap();
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);

    // Curtain photo below 800×600 (Aliyun).
    let mut req = PrepareRequest::new(MaterialKind::VerificationPhoto);
    req.system = Some("aliyun".into());
    let p = prepare(&png(&photo(760, 570, 6)), &req).unwrap();
    assert!(codes(&p.warnings).contains(&WarningCode::TooSmall));
}

// ---- compression -------------------------------------------------------------------------------

/// Mean absolute difference per channel between two images of the same size.
fn mean_abs_diff(a: &RgbImage, b: &RgbImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let sum: u64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    sum as f64 / a.as_raw().len() as f64
}

#[test]
fn encoder_keeps_colours_of_small_and_odd_sized_images() {
    // Optimised Huffman tables once gave small images wrong colours (another encoder): sizes
    // below one MCU, odd sizes and flat colour patches must come back as they went in.
    for (w, h) in [(1u32, 1u32), (7, 5), (16, 16), (17, 9), (33, 65)] {
        let img = RgbImage::from_fn(w, h, |x, y| match (x * 3 / w.max(1), y * 2 / h.max(1)) {
            (0, 0) => Rgb([220, 30, 30]),
            (1, 0) => Rgb([30, 200, 40]),
            (2, 0) => Rgb([30, 40, 210]),
            (0, _) => Rgb([240, 240, 240]),
            (1, _) => Rgb([20, 20, 20]),
            _ => Rgb([200, 180, 40]),
        });
        let back = decode(&compress::encode(&img, 95).unwrap());
        // 4:2:0 smears chroma across patch edges; colours are kept on average.
        let d = mean_abs_diff(&img, &back);
        assert!(d < 40.0, "{w}×{h}: mean difference {d:.1}");
        let flat = RgbImage::from_pixel(w, h, Rgb([200, 120, 40]));
        let d = mean_abs_diff(&flat, &decode(&compress::encode(&flat, 90).unwrap()));
        assert!(d < 3.0, "{w}×{h} flat: mean difference {d:.1}");
    }
}

#[test]
fn encoder_is_deterministic_and_quality_orders_sizes() {
    let img = photo(640, 480, 11);
    let a = compress::encode(&img, 80).unwrap();
    assert_eq!(a, compress::encode(&img, 80).unwrap());
    let sizes: Vec<usize> = [40u8, 60, 80, 95]
        .iter()
        .map(|q| compress::encode(&img, *q).unwrap().len())
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] < w[1]), "{sizes:?}");
    // Higher quality is closer to the input.
    let err = |q| mean_abs_diff(&img, &decode(&compress::encode(&img, q).unwrap()));
    assert!(err(95) < err(60), "{} ≥ {}", err(95), err(60));
}

#[test]
fn encoder_refuses_empty_images_with_a_message() {
    for (w, h) in [(0u32, 10u32), (10, 0)] {
        match compress::encode(&RgbImage::new(w, h), 80) {
            Err(Error::Image { zh, en }) => {
                assert!(zh.contains("像素"), "{zh}");
                assert!(en.contains("no pixels"), "{en}");
            }
            other => panic!("{w}×{h}: expected an image error, got {other:?}"),
        }
    }
}

#[test]
fn size_target_met_with_maximal_quality() {
    let img = photo(1000, 750, 7);
    for max_bytes in [90_000u64, 160_000, 250_000] {
        let mut req = PrepareRequest::new(MaterialKind::Other);
        req.max_bytes = Some(max_bytes);
        let p = prepare(&png(&img), &req).unwrap();
        assert!(p.bytes <= max_bytes, "{} > {max_bytes}", p.bytes);
        assert_eq!(p.bytes, p.jpeg.len() as u64);
        assert!(
            !p.downscaled,
            "limit {max_bytes} should fit without downscaling"
        );
        assert_eq!((p.width, p.height), (1000, 750));
        assert!((LOW_QUALITY..=MAX_QUALITY).contains(&p.quality));
        // The same pixels at the reported quality give the same file...
        assert_eq!(compress::encode(&img, p.quality).unwrap(), p.jpeg);
        // ...and one step better would not fit.
        if p.quality < MAX_QUALITY {
            let above = compress::encode(&img, p.quality + 1).unwrap().len() as u64;
            assert!(
                above > max_bytes,
                "quality {} also fits ({above} ≤ {max_bytes})",
                p.quality + 1
            );
        }
    }
    // A generous limit: the quality cap is used.
    let mut req = PrepareRequest::new(MaterialKind::Other);
    req.max_bytes = Some(3_000_000);
    let p = prepare(&png(&img), &req).unwrap();
    assert_eq!(p.quality, MAX_QUALITY);
}

#[test]
fn downscales_only_when_low_quality_does_not_fit() {
    let img = photo(2400, 1600, 8);
    let low = compress::encode(&img, LOW_QUALITY).unwrap().len() as u64;
    let max_bytes = low / 3;
    let mut req = PrepareRequest::new(MaterialKind::Other);
    req.max_bytes = Some(max_bytes);
    let p = prepare(&png(&img), &req).unwrap();
    eprintln!(
        "downscale: {}x{} q{} {} bytes (limit {max_bytes})",
        p.width, p.height, p.quality, p.bytes
    );
    assert!(p.downscaled);
    assert!(p.bytes <= max_bytes);
    assert!(p.width < 2400 && p.height < 1600);
    // Shape kept.
    let ratio = f64::from(p.width) / f64::from(p.height);
    assert!((ratio - 1.5).abs() < 0.01, "{ratio}");
    assert!(p.quality >= LOW_QUALITY, "{}", p.quality);
    // It did not shrink far more than needed: the size was chosen for about DOWNSCALE_QUALITY.
    assert!(
        p.quality <= DOWNSCALE_QUALITY + 8,
        "shrunk too far: quality {}",
        p.quality
    );
    assert!(
        p.bytes > max_bytes * 3 / 4,
        "{} bytes, limit {max_bytes}",
        p.bytes
    );

    // Just above what LOW_QUALITY needs: no downscale.
    let mut req = PrepareRequest::new(MaterialKind::Other);
    req.max_bytes = Some(low + 1000);
    let p = prepare(&png(&img), &req).unwrap();
    assert!(!p.downscaled);
    assert!(p.quality >= LOW_QUALITY);
}

#[test]
fn max_pixels_downscales_and_min_bytes_pads() {
    let img = photo(1200, 900, 9);
    let f = compress::fit(
        &img,
        FitLimits {
            max_bytes: 10_000_000,
            min_bytes: 0,
            max_pixels: Some(300_000),
        },
    )
    .unwrap();
    assert!(f.downscaled && u64::from(f.width) * u64::from(f.height) <= 300_000);

    // Aliyun domain certificate: 55 KB–1 MB. A plain screenshot compresses far below 55 KB.
    let shot = RgbImage::from_fn(900, 600, |x, y| {
        if (y / 30) % 4 == 1 && (x / 9) % 3 != 0 && x > 60 && x < 840 {
            Rgb([30, 30, 30])
        } else if y < 60 {
            Rgb([20, 100, 200])
        } else {
            Rgb([255, 255, 255])
        }
    });
    let mut req = PrepareRequest::new(MaterialKind::DomainCertificate);
    req.system = Some("aliyun".into());
    let p = prepare(&png(&shot), &req).unwrap();
    assert!(p.bytes >= 56_320 && p.bytes <= 1_000_000, "{}", p.bytes);
    assert_eq!(p.padded_bytes, 0);
    // A blank page stays under 55 KB even at quality 100: padded with a comment segment.
    let blank = RgbImage::from_pixel(900, 600, Rgb([250, 250, 250]));
    let p = prepare(&png(&blank), &req).unwrap();
    assert!(p.bytes >= 56_320 && p.bytes <= 1_000_000, "{}", p.bytes);
    assert_eq!(p.quality, 100);
    assert!(p.padded_bytes > 0);
    assert!(codes(&p.warnings).contains(&WarningCode::Padded));
    // Still a valid JPEG with the same picture.
    let back = decode(&p.jpeg);
    assert_eq!(back.dimensions(), (900, 600));
    assert!(back
        .pixels()
        .all(|q| q.0.iter().all(|&c| c.abs_diff(250) <= 2)));

    // A limit below the system's minimum is refused.
    req.max_bytes = Some(40_000);
    let (zh, en) = image_error(prepare(&png(&shot), &req));
    assert!(zh.contains("最小") && en.contains("minimum"));
}

// ---- bad input ---------------------------------------------------------------------------------

#[test]
fn bad_files_give_clear_errors() {
    let req = PrepareRequest::new(MaterialKind::IdFront);
    let (zh, en) = image_error(prepare(&[], &req));
    assert!(zh.contains("空") && en.contains("empty"), "{zh} / {en}");

    let (zh, en) = image_error(prepare(b"this is not an image at all", &req));
    assert!(
        zh.contains("无法识别") && en.contains("Unrecognised"),
        "{zh} / {en}"
    );

    // A JPEG cut short in its header.
    let good = jpeg(&photo(200, 150, 10));
    let (zh, en) = image_error(prepare(&good[..40], &req));
    assert!(zh.contains("损坏") && en.contains("damaged"), "{zh} / {en}");

    // A PNG with broken image data (valid header, scrambled body).
    let mut broken = png(&photo(200, 150, 11));
    let n = broken.len();
    for b in &mut broken[60..n - 12] {
        *b = b.wrapping_mul(31).wrapping_add(7);
    }
    let (zh, en) = image_error(prepare(&broken, &req));
    assert!(zh.contains("损坏") && en.contains("damaged"), "{zh} / {en}");

    // A header claiming 100000×100000 pixels: refused before any pixel is allocated.
    let (zh, en) = image_error(prepare(&png_claiming(100_000, 100_000), &req));
    assert!(
        zh.contains("100000×100000") && en.contains("too large"),
        "{zh} / {en}"
    );
    // 100 megapixels within the side limit: refused too.
    let (_, en) = image_error(prepare(&png_claiming(12_500, 8_000), &req));
    assert!(en.contains("12500×8000"), "{en}");
    let (_, en) = image_error(inspect(
        &png_claiming(100_000, 100_000),
        MaterialKind::Other,
        None,
    ));
    assert!(en.contains("too large"), "{en}");

    // HEIC (ftyp box with the heic brand), PDF and GIF.
    let mut heic = vec![0, 0, 0, 24];
    heic.extend_from_slice(b"ftypheic\0\0\0\0mif1heic");
    let (zh, en) = image_error(prepare(&heic, &req));
    assert!(
        zh.contains("HEIC") && zh.contains("JPEG") && en.contains("Export"),
        "{zh} / {en}"
    );
    let (_, en) = image_error(prepare(b"%PDF-1.7\n...", &req));
    assert!(en.contains("PDF"), "{en}");
    let (_, en) = image_error(prepare(b"GIF89a\x01\x00\x01\x00\x00\x00\x00", &req));
    assert!(en.contains("GIF") && en.contains("not supported"), "{en}");

    // Unknown system, unknown kind, zero limit.
    let mut r = PrepareRequest::new(MaterialKind::IdFront);
    r.system = Some("nosuch".into());
    let (zh, en) = image_error(prepare(&good, &r));
    assert!(
        zh.contains("huawei") && en.contains("Unknown filing system"),
        "{zh} / {en}"
    );
    let (_, en) = image_error("passport".parse::<MaterialKind>());
    assert!(en.contains("id-front"), "{en}");
    let mut r = PrepareRequest::new(MaterialKind::IdFront);
    r.max_bytes = Some(0);
    image_error(prepare(&good, &r));
}

#[test]
fn other_formats_load() {
    let img = photo(320, 200, 12);
    for format in [
        image::ImageFormat::WebP,
        image::ImageFormat::Bmp,
        image::ImageFormat::Png,
    ] {
        let mut bytes = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut bytes), format)
            .unwrap();
        let insp = inspect(&bytes, MaterialKind::Other, None).unwrap();
        assert_eq!((insp.width, insp.height), (320, 200), "{format:?}");
        let p = prepare(&bytes, &PrepareRequest::new(MaterialKind::Other)).unwrap();
        assert_eq!(&p.jpeg[..2], &[0xFF, 0xD8]);
    }
    // Transparent PNG: flattened on white.
    let rgba = image::RgbaImage::from_pixel(40, 40, image::Rgba([0, 0, 0, 0]));
    let mut bytes = Vec::new();
    rgba.write_to(
        &mut std::io::Cursor::new(&mut bytes),
        image::ImageFormat::Png,
    )
    .unwrap();
    let p = prepare(&bytes, &PrepareRequest::new(MaterialKind::Other)).unwrap();
    assert!(decode(&p.jpeg)
        .pixels()
        .all(|p| p.0.iter().all(|&c| c > 245)));
}

// ---- inspect -----------------------------------------------------------------------------------

#[test]
fn inspect_reports_what_blocks_an_upload() {
    // A good ID card JPEG for Huawei: meets the target.
    let good = jpeg(&card(1000, 630, 13));
    let insp = inspect(&good, MaterialKind::IdFront, Some("huawei")).unwrap();
    assert!(insp.meets_target, "{:?}", insp.reasons);
    assert_eq!(insp.format, "jpg");

    // WebP is not accepted by Huawei (jpg/png) and a noisy 7-megapixel PNG is over 4 MB.
    let mut webp = Vec::new();
    photo(1000, 630, 14)
        .write_to(
            &mut std::io::Cursor::new(&mut webp),
            image::ImageFormat::WebP,
        )
        .unwrap();
    let insp = inspect(&webp, MaterialKind::IdFront, Some("huawei")).unwrap();
    assert!(!insp.meets_target);
    let r = insp
        .reasons
        .iter()
        .find(|r| r.code == WarningCode::FormatNotAccepted)
        .unwrap();
    assert!(r.code.fixed_by_prepare() && r.en.contains("WEBP"));

    let big = png(&photo(3200, 2200, 15));
    assert!(big.len() > 4_000_000, "test input too small: {}", big.len());
    let insp = inspect(&big, MaterialKind::BusinessLicence, Some("huawei")).unwrap();
    assert!(codes(&insp.reasons).contains(&WarningCode::TooManyBytes));
    // prepare fixes it.
    let p = prepare(
        &big,
        &PrepareRequest {
            system: Some("huawei".into()),
            ..PrepareRequest::new(MaterialKind::BusinessLicence)
        },
    )
    .unwrap();
    assert!(
        p.bytes <= 4_000_000 && p.warnings.is_empty(),
        "{:?}",
        p.warnings
    );
}

// ---- watermark ---------------------------------------------------------------------------------

/// White page with a dense block of "print" in the middle.
fn page_with_text_block() -> (RgbImage, (u32, u32, u32, u32)) {
    let block = (400, 300, 800, 560);
    let mut rng = Rng(99);
    let img = RgbImage::from_fn(1200, 860, |x, y| {
        let inside = x >= block.0 && x < block.2 && y >= block.1 && y < block.3;
        // Lines of 14 px "characters" with 8 px gaps, strokes at random.
        if inside && (y - block.1) % 22 < 14 && rng.next().is_multiple_of(3) {
            Rgb([15, 15, 15])
        } else {
            Rgb([255, 255, 255])
        }
    });
    (img, block)
}

#[test]
fn watermark_avoids_the_text_and_is_translucent() {
    let (orig, (x0, y0, x1, y1)) = page_with_text_block();
    let mut marked = orig.clone();
    let placed = watermark::apply(&mut marked).unwrap();
    assert!(placed.copies >= 2 && !placed.over_text, "{placed:?}");
    let mut changed_outside = 0u32;
    for (x, y, p) in marked.enumerate_pixels() {
        let o = orig.get_pixel(x, y);
        let inside = x >= x0 && x < x1 && y >= y0 && y < y1;
        if inside {
            assert_eq!(p, o, "text block pixel ({x},{y}) changed");
        } else if p != o {
            changed_outside += 1;
            // Semi-transparent grey over white: never darker than the ink at full coverage.
            assert!(
                p[0] >= 190 && p[0] == p[1] && p[1] == p[2],
                "({x},{y}) {p:?}"
            );
        }
    }
    assert!(
        changed_outside > 2_000,
        "only {changed_outside} pixels marked"
    );

    // Through prepare: copies are reported, and the output differs from the unmarked one.
    let src = png(&orig);
    let mut req = PrepareRequest::new(MaterialKind::LetterScan);
    req.watermark = true;
    let with = prepare(&src, &req).unwrap();
    assert!(with.watermark_copies >= 2);
    req.watermark = false;
    let without = prepare(&src, &req).unwrap();
    assert_eq!(without.watermark_copies, 0);
    assert_ne!(decode(&with.jpeg), decode(&without.jpeg));

    // Tencent asks for it: a warning when it is off.
    req.system = Some("tencent".into());
    let p = prepare(&src, &req).unwrap();
    assert!(codes(&p.warnings).contains(&WarningCode::WatermarkAdvised));
}

#[test]
fn watermark_over_text_when_no_blank_space() {
    let mut rng = Rng(5);
    let mut busy = RgbImage::from_fn(600, 400, |_, _| {
        if rng.next().is_multiple_of(2) {
            Rgb([0, 0, 0])
        } else {
            Rgb([255, 255, 255])
        }
    });
    let placed = watermark::apply(&mut busy).unwrap();
    assert_eq!(
        placed,
        watermark::Placement {
            copies: 1,
            over_text: true
        }
    );
    let mut req = PrepareRequest::new(MaterialKind::Other);
    req.watermark = true;
    let mut rng = Rng(5);
    let busy = RgbImage::from_fn(600, 400, |_, _| {
        if rng.next().is_multiple_of(2) {
            Rgb([0, 0, 0])
        } else {
            Rgb([255, 255, 255])
        }
    });
    let p = prepare(&png(&busy), &req).unwrap();
    assert!(codes(&p.warnings).contains(&WarningCode::WatermarkOverText));
}

// ---- combine -----------------------------------------------------------------------------------

#[test]
fn id_card_sides_combine_on_one_a4_page() {
    let front = RgbImage::from_pixel(856, 540, Rgb([200, 40, 40]));
    let back = RgbImage::from_pixel(856, 540, Rgb([40, 40, 200]));
    let page = images::combine_pages(&front, &back).unwrap();
    let (w, h) = page.dimensions();
    assert!(
        (f64::from(h) / f64::from(w) - 297.0 / 210.0).abs() < 0.002,
        "{w}×{h}"
    );
    // Cards keep their size (they fit the boxes) and sit centred, front on top.
    assert_eq!(w, 1070);
    assert!(is_red(page.get_pixel(w / 2, h * 27 / 100)));
    assert!(is_blue(page.get_pixel(w / 2, h * 73 / 100)));
    assert_eq!(page.get_pixel(5, 5), &Rgb([255, 255, 255]));
    assert_eq!(page.get_pixel(w / 2, h / 2), &Rgb([255, 255, 255]));

    // Through the API with a photographed back that is much larger: shrunk to fit the page.
    let f = jpeg(&card(856, 540, 16));
    let b = jpeg(&card(3000, 1900, 17));
    let p = combine_id_card(IdSide::new(&f), IdSide::new(&b), &CombineRequest::default()).unwrap();
    assert!((f64::from(p.height) / f64::from(p.width) - 297.0 / 210.0).abs() < 0.01);
    assert!(p.width <= 2480 && p.bytes <= p.max_bytes);
    assert_eq!(p.target.kind, MaterialKind::IdCombined);
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);

    // A greyscale back is named as the back.
    let gb = jpeg(&grey_of(&card(856, 540, 18)));
    let p = combine_id_card(
        IdSide::new(&f),
        IdSide::new(&gb),
        &CombineRequest::default(),
    )
    .unwrap();
    let w = p
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::Greyscale)
        .unwrap();
    assert!(
        w.zh.starts_with("反面") && w.en.starts_with("Back"),
        "{w:?}"
    );
}

// ---- where the card lies in a photo ------------------------------------------------------------

#[test]
fn a_card_small_in_a_busy_frame_never_meets_the_target() {
    // A 12-megapixel-like photo of a patterned table with the card in the middle at 40 %.
    let frame = pasted(clutter(2000, 1500, 40), &card(860, 540, 41), 570, 480);
    let bytes = jpeg(&frame);
    let insp = inspect(&bytes, MaterialKind::IdFront, Some("huawei")).unwrap();
    assert!(!insp.meets_target, "{:?}", insp.reasons);
    let r = insp
        .reasons
        .iter()
        .find(|r| r.code == WarningCode::NeedsCrop)
        .unwrap_or_else(|| panic!("{:?}", insp.reasons));
    assert!(r.zh.contains("裁剪") && r.en.contains("crop"), "{r:?}");
    assert!(!r.code.fixed_by_prepare());
    // Cropped to the card, it is fine.
    let mut req = PrepareRequest::new(MaterialKind::IdFront);
    req.crop = Some(Rect {
        x: 570,
        y: 480,
        width: 860,
        height: 540,
    });
    let p = prepare(&bytes, &req).unwrap();
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    assert_eq!((p.width, p.height), (860, 540));
}

#[test]
fn a_card_small_on_a_plain_table_is_found_and_measured() {
    let table = RgbImage::from_pixel(1800, 1350, Rgb([246, 244, 240]));
    let frame = pasted(table, &card(700, 440, 42), 300, 500);
    let e = images::analyse::document_extent(&frame);
    assert!(!e.busy_border);
    // Found within a few pixels of where it is (the small copy is 256 px wide).
    assert!(e.x.abs_diff(300) <= 16 && e.y.abs_diff(500) <= 16, "{e:?}");
    assert!(
        e.width.abs_diff(700) <= 24 && e.height.abs_diff(440) <= 24,
        "{e:?}"
    );
    let insp = inspect(&png(&frame), MaterialKind::IdBack, None).unwrap();
    assert!(
        codes(&insp.reasons).contains(&WarningCode::NeedsCrop),
        "{:?}",
        insp.reasons
    );
    assert!(!insp.meets_target);
    // The watermark goes on the card, not on the table.
    let mut req = PrepareRequest::new(MaterialKind::IdBack);
    req.watermark = true;
    let p = prepare(&png(&frame), &req).unwrap();
    assert!(p.watermark_copies > 0);
    let out = decode(&p.jpeg);
    let (sx, sy) = (
        out.width() as f32 / frame.width() as f32,
        out.height() as f32 / frame.height() as f32,
    );
    let mut changed_off_card = 0;
    for y in (0..out.height()).step_by(3) {
        for x in (0..out.width()).step_by(3) {
            let (fx, fy) = ((x as f32 / sx) as u32, (y as f32 / sy) as u32);
            let on_card = (290..1010).contains(&fx) && (490..950).contains(&fy);
            let p = out.get_pixel(x, y);
            if !on_card && (p[0] as i32 - 246).abs() > 40 {
                changed_off_card += 1;
            }
        }
    }
    assert_eq!(changed_off_card, 0, "watermark ink on the table");
}

#[test]
fn a_card_lying_sideways_in_a_landscape_photo_is_reported() {
    let upright = card(860, 540, 43);
    let sideways = image::imageops::rotate90(&upright);
    let table = RgbImage::from_pixel(1300, 1000, Rgb([250, 250, 250]));
    let frame = pasted(table, &sideways, 380, 40);
    let insp = inspect(&png(&frame), MaterialKind::IdFront, None).unwrap();
    let c = codes(&insp.reasons);
    assert!(c.contains(&WarningCode::Orientation), "{c:?}");
    assert!(!insp.meets_target);
    // Turned and cropped by the user: nothing left to say.
    let mut req = PrepareRequest::new(MaterialKind::IdFront);
    req.quarter_turns = 3;
    // After a counter-clockwise quarter turn of 1300×1000, the card (380,40 540×860) sits at
    // (40, 1300 − 380 − 540) = (40, 380), 860×540.
    req.crop = Some(Rect {
        x: 40,
        y: 380,
        width: 860,
        height: 540,
    });
    let p = prepare(&png(&frame), &req).unwrap();
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    assert_eq!((p.width, p.height), (860, 540));
    let out = decode(&p.jpeg);
    // The portrait block is on the right again.
    let px = out.get_pixel(860 * 78 / 100, 540 / 2);
    assert!(px[0] > 140 && px[2] < 130, "{px:?}");
}

#[test]
fn turned_preview_has_the_turned_size() {
    let img = red_left_blue_right(400, 200);
    let t = images::turned_preview(&png(&img), 1, 100).unwrap();
    assert_eq!((t.full_width, t.full_height), (200, 400));
    let small = decode(&t.jpeg);
    assert_eq!((small.width(), small.height()), (50, 100));
    // Turned clockwise: the left (red) half is now on top.
    assert!(is_red(small.get_pixel(25, 10)) && is_blue(small.get_pixel(25, 90)));
}

// ---- targets -----------------------------------------------------------------------------------

#[test]
fn targets_resolve_from_data() {
    let t = Targets::builtin().unwrap();
    for s in ["generic", "huawei", "aliyun", "tencent"] {
        assert!(t.systems().iter().any(|x| x == s), "{s}");
    }
    // Named as users know them, generic first.
    let names: Vec<&str> = t
        .system_names()
        .iter()
        .map(|s| s.name_zh.as_str())
        .collect();
    assert_eq!(names, ["通用", "阿里云", "腾讯云", "华为云"]);
    let d = t
        .resolve(MaterialKind::DomainCertificate, Some("aliyun"))
        .unwrap();
    assert_eq!((d.min_bytes, d.max_bytes), (56_320, 1_000_000));
    assert!(d.accepts_format("bmp") && d.accepts_format("jpeg") && !d.accepts_format("png"));
    assert!(d.sources.len() >= 3 && d.sources.iter().all(|s| s.date == "2026-11-23"));
    let h = t.resolve(MaterialKind::IdFront, Some("Huawei")).unwrap();
    assert_eq!(h.max_bytes, 4_000_000);
    assert_eq!(h.min_short_side, Some(400));
    let g = t.resolve(MaterialKind::IdFront, None).unwrap();
    assert_eq!(g.max_bytes, 3_000_000);
    let v = t
        .resolve(MaterialKind::VerificationPhoto, Some("aliyun"))
        .unwrap();
    assert_eq!(v.min_pixels, Some(480_000));
    assert!(!t.resolve(MaterialKind::Other, None).unwrap().colour);
    assert!(
        t.resolve(MaterialKind::LetterScan, Some("tencent"))
            .unwrap()
            .watermark_advised
    );
}

#[test]
fn bad_target_data_is_a_load_error() {
    let ok = "schema_version = 1\n[[system]]\nid = \"generic\"\nname_zh = \"通用\"\nname_en = \"Generic\"\n[[target]]\nsystem = \"generic\"\nformats = [\"jpg\"]\nmax_bytes = 100\nsource = \"s\"\ndate = \"2026-11-23\"\n";
    assert!(Targets::parse(ok).is_ok());
    let cases = [
        (ok.replace("max_bytes", "max_bytez"), "max_bytez"),
        (ok.replace("[\"jpg\"]", "[\"png\"]"), "jpg"),
        (
            ok.replace("max_bytes = 100", "max_bytes = 100\nmin_bytes = 200"),
            "min_bytes",
        ),
        (ok.replace("2026-11-23", "23.11.2026"), "date"),
        (ok.replace("source = \"s\"", "source = \" \""), "source"),
        (
            ok.replace("system = \"generic\"", "system = \"huawei\""),
            "generic",
        ),
        (ok.replace("name_zh = \"通用\"", "name_zh = \" \""), "name"),
        (
            ok.replace(
                "[[system]]\nid = \"generic\"\nname_zh = \"通用\"\nname_en = \"Generic\"\n",
                "",
            ),
            "[[system]]",
        ),
        (
            ok.replace("schema_version = 1", "schema_version = 2"),
            "schema_version",
        ),
        (
            ok.replace("max_bytes = 100", "max_bytes = 100\nkinds = [\"passport\"]"),
            "passport",
        ),
        (
            ok.replace(
                "max_bytes = 100",
                "max_bytes = 100\naspect_min = 2.0\naspect_max = 1.5",
            ),
            "aspect",
        ),
    ];
    for (text, needle) in cases {
        match Targets::parse(&text) {
            Err(Error::Rules { file, detail }) => {
                assert_eq!(file, "assets/upload-targets.toml");
                assert!(detail.contains(needle), "{needle}: {detail}");
            }
            other => panic!("{needle}: expected a rules error, got {other:?}"),
        }
    }
}

// ---- names -------------------------------------------------------------------------------------

#[test]
fn export_names_are_safe_everywhere() {
    assert_eq!(
        export_name("身份证人像面", "张三", 3),
        "03_身份证人像面_张三.jpg"
    );
    assert_eq!(
        export_name("domain-certificate", "", 12),
        "12_domain-certificate.jpg"
    );
    assert_eq!(
        export_name("营业执照", "a/b\\c:d*e?f\"g<h>i|j", 1),
        "01_营业执照_a_b_c_d_e_f_g_h_i_j.jpg"
    );
    assert_eq!(
        export_name("证书 ", " example.com. ", 2),
        "02_证书_example.com.jpg"
    );
    assert_eq!(export_name("  ", "\u{0}\t", 0), "00.jpg");
    let long = export_name(&"备".repeat(200), "x", 5);
    assert!(long.chars().count() <= 76 && long.ends_with(".jpg"));
    // NFD input (macOS file names) comes out NFC.
    assert_eq!(export_name("e\u{301}", "", 1), "01_\u{e9}.jpg");
}

// ---- CLI ---------------------------------------------------------------------------------------

#[test]
fn cli_image_writes_and_exits() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("id.png");
    std::fs::write(&input, png(&photo(900, 570, 19))).unwrap();
    let out = dir.path().join("id.jpg");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_icp-filing"))
        .args(["image"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .args([
            "--kind",
            "id-front",
            "--system",
            "huawei",
            "--max-kb",
            "60",
            "--watermark",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let written = std::fs::read(&out).unwrap();
    assert!(written.len() <= 60 * 1024);
    assert!(
        stdout.contains("质量 / Quality") && stdout.contains(&written.len().to_string()),
        "{stdout}"
    );

    let run = std::process::Command::new(env!("CARGO_BIN_EXE_icp-filing"))
        .args(["image"])
        .arg(dir.path().join("missing.png"))
        .arg("-o")
        .arg(&out)
        .args(["--kind", "id-front"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let bad_kind = std::process::Command::new(env!("CARGO_BIN_EXE_icp-filing"))
        .args(["image"])
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .args(["--kind", "passport"])
        .output()
        .unwrap();
    assert_eq!(bad_kind.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_kind.stderr).contains("id-front"));
}
