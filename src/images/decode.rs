//! Loading an image with bounded memory: format sniffing (with a clear message for HEIC, PDF and
//! other formats this build does not read), decoder limits, EXIF orientation, alpha flattened on
//! white. Leaves out colour management (ICC profiles are ignored; filing systems show sRGB).

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits, RgbImage};

use super::img_err;
use crate::Error;

/// Largest input file accepted, in bytes (a 64-megapixel PNG is well under this).
pub const MAX_INPUT_BYTES: usize = 200 * 1024 * 1024;

/// Most pixels an input may have (about a 64-megapixel phone photo); a 100-megapixel image or a
/// decompression bomb is refused before its pixels are allocated.
pub const MAX_INPUT_PIXELS: u64 = 64_000_000;

/// Longest side accepted by the decoders.
pub const MAX_INPUT_SIDE: u32 = 20_000;

/// Memory the decoder may allocate at once (default of the `image` crate).
pub const MAX_DECODER_ALLOC: u64 = 512 * 1024 * 1024;

/// A decoded image, upright.
pub(crate) struct Loaded {
    pub rgb: RgbImage,
    /// Lower-case format name: jpg, png, webp, bmp.
    pub format: &'static str,
    /// The file stores only grey levels (a greyscale PNG or JPEG).
    pub stored_grey: bool,
    /// The file carried an EXIF orientation other than "upright", now applied.
    pub exif_rotated: bool,
}

/// The format of `input`, or a clear error for empty, unknown and unsupported files.
pub(crate) fn sniff(input: &[u8]) -> Result<(ImageFormat, &'static str), Error> {
    if input.is_empty() {
        return Err(img_err("文件为空（0 字节）", "The file is empty (0 bytes)"));
    }
    if input.len() > MAX_INPUT_BYTES {
        return Err(img_err(
            format!(
                "文件过大（{} MB），请先缩小后再处理",
                input.len() / (1024 * 1024)
            ),
            format!(
                "The file is too large ({} MB); shrink it first",
                input.len() / (1024 * 1024)
            ),
        ));
    }
    if is_heif(input) {
        return Err(img_err(
            "不支持 HEIC/HEIF 格式（苹果手机默认照片格式）。请在手机上导出为 JPEG（设置 → 相机 → 格式 → 兼容性最佳），或用“照片”应用另存为 JPEG 后再选择",
            "HEIC/HEIF (the iPhone's default photo format) is not supported. Export the photo as JPEG (Settings → Camera → Formats → Most Compatible, or save a copy as JPEG) and choose that file",
        ));
    }
    if input.starts_with(b"%PDF") {
        return Err(img_err(
            "这是 PDF 文件，不是图片。请把扫描件导出为 JPEG 或 PNG 图片",
            "This is a PDF, not an image. Export the scan as a JPEG or PNG image",
        ));
    }
    let format = image::guess_format(input).map_err(|_| {
        img_err(
            "无法识别的图片文件（可能已损坏，或不是图片）。支持 JPEG、PNG、WebP、BMP",
            "Unrecognised image file (damaged, or not an image). JPEG, PNG, WebP and BMP are supported",
        )
    })?;
    let name = match format {
        ImageFormat::Jpeg => "jpg",
        ImageFormat::Png => "png",
        ImageFormat::WebP => "webp",
        ImageFormat::Bmp => "bmp",
        other => {
            let n = other
                .extensions_str()
                .first()
                .copied()
                .unwrap_or("?")
                .to_ascii_uppercase();
            return Err(img_err(
                format!("不支持 {n} 格式。请导出为 JPEG 或 PNG（支持 JPEG、PNG、WebP、BMP）"),
                format!("{n} files are not supported. Export as JPEG or PNG (JPEG, PNG, WebP and BMP are supported)"),
            ));
        }
    };
    Ok((format, name))
}

/// ISO-BMFF `ftyp` box with a HEIF/HEIC/AVIF brand.
fn is_heif(input: &[u8]) -> bool {
    if input.len() < 12 || &input[4..8] != b"ftyp" {
        return false;
    }
    matches!(
        &input[8..12],
        b"heic" | b"heix" | b"hevc" | b"hevx" | b"heim" | b"heis" | b"mif1" | b"msf1" | b"avif"
    )
}

fn limits() -> Limits {
    // Width and height are checked by `check_size` (with a message that names them) before any
    // pixel buffer exists; the allocation cap stays as a second guard inside the decoders.
    let mut l = Limits::default();
    l.max_alloc = Some(MAX_DECODER_ALLOC);
    l
}

fn too_many_pixels(w: u32, h: u32) -> Error {
    let mp = (u64::from(w) * u64::from(h)) as f64 / 1e6;
    img_err(
        format!(
            "图片过大：{w}×{h}（约 {mp:.0} 百万像素），超过上限（{} 百万像素，边长 {MAX_INPUT_SIDE}）。可能是异常文件；如是正常照片，请先缩小后再处理",
            MAX_INPUT_PIXELS / 1_000_000
        ),
        format!(
            "The image is too large: {w}×{h} (about {mp:.0} megapixels), over the limit ({} megapixels, {MAX_INPUT_SIDE} px a side). The file may be malformed; if it is a real photo, shrink it first",
            MAX_INPUT_PIXELS / 1_000_000
        ),
    )
}

fn decode_error(e: ImageError) -> Error {
    match e {
        ImageError::Limits(_) => img_err(
            "图片尺寸或所需内存超出上限（可能是异常或恶意构造的文件）",
            "The image's size or the memory it needs is over the limit (the file may be malformed or crafted)",
        ),
        ImageError::Unsupported(u) => img_err(
            format!("不支持该图片的编码方式（{u}）。请另存为普通 JPEG 或 PNG"),
            format!("This image's encoding is not supported ({u}). Save it as a plain JPEG or PNG"),
        ),
        other => img_err(
            format!("图片文件已损坏或不完整，无法读取（{other}）"),
            format!("The image file is damaged or incomplete and cannot be read ({other})"),
        ),
    }
}

fn check_size(w: u32, h: u32) -> Result<(), Error> {
    if w == 0 || h == 0 {
        return Err(img_err(
            "图片宽或高为 0",
            "The image has zero width or height",
        ));
    }
    if w > MAX_INPUT_SIDE || h > MAX_INPUT_SIDE || u64::from(w) * u64::from(h) > MAX_INPUT_PIXELS {
        return Err(too_many_pixels(w, h));
    }
    Ok(())
}

/// Decodes `input`, applies its EXIF orientation and flattens it to 8-bit RGB on white.
pub(crate) fn load(input: &[u8]) -> Result<Loaded, Error> {
    let (format, name) = sniff(input)?;
    let mut reader = ImageReader::with_format(Cursor::new(input), format);
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(decode_error)?;
    let (w, h) = decoder.dimensions();
    check_size(w, h)?;
    // A broken EXIF block must not stop an otherwise good photo: treat it as upright.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(decode_error)?;
    let exif_rotated = orientation != image::metadata::Orientation::NoTransforms;
    img.apply_orientation(orientation);
    let stored_grey = !img.color().has_color();
    let rgb = flatten_on_white(img);
    Ok(Loaded {
        rgb,
        format: name,
        stored_grey,
        exif_rotated,
    })
}

/// 8-bit RGB; transparent areas become white (JPEG has no alpha, and scans are on white paper).
fn flatten_on_white(img: DynamicImage) -> RgbImage {
    if !img.color().has_alpha() {
        return img.into_rgb8();
    }
    let rgba = img.into_rgba8();
    let (w, h) = rgba.dimensions();
    let mut out = RgbImage::new(w, h);
    for (o, p) in out.pixels_mut().zip(rgba.pixels()) {
        let a = u32::from(p[3]);
        for c in 0..3 {
            o[c] = ((u32::from(p[c]) * a + 255 * (255 - a) + 127) / 255) as u8;
        }
    }
    out
}
