//! Upload-ready material images (issue 6): load a scan or photo (JPEG, PNG, WebP, BMP), turn it
//! upright (EXIF orientation), apply the user's crop and quarter turns, check it (greyscale, too
//! small to read, odd shape for the kind), optionally watermark it "仅供备案使用", and compress it
//! to a JPEG that meets the chosen filing system's limits with the best quality that fits.
//!
//! Plain functions for the CLI and the app's materials step:
//! - [`inspect`]: does a file meet the target as it is, and why not;
//! - [`prepare`]: make the upload-ready JPEG, with a report;
//! - [`combine_id_card`]: ID card front and back on one A4-shaped page;
//! - [`export_name`]: the file name of a prepared material in the export folder.
//!
//! Targets are data: `assets/upload-targets.toml` ([`targets`]). Leaves out: HEIC (no well-kept
//! pure-Rust decoder; the user is told to export JPEG), colour management, authenticity checks
//! (photo of a screen, copy of a copy), reading or writing files (the caller passes bytes).

pub mod analyse;
pub mod compress;
mod decode;
mod naming;
pub mod targets;
pub mod watermark;

use image::RgbImage;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use decode::{MAX_INPUT_BYTES, MAX_INPUT_PIXELS, MAX_INPUT_SIDE};
pub use naming::{export_name, file_name};
pub use targets::{Target, Targets};

use crate::Error;

pub(crate) fn img_err(zh: impl Into<String>, en: impl Into<String>) -> Error {
    Error::Image {
        zh: zh.into(),
        en: en.into(),
    }
}

/// What a material image shows; selects the upload target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MaterialKind {
    /// ID card, portrait side (人像面).
    IdFront,
    /// ID card, emblem side (国徽面).
    IdBack,
    /// ID card front and back on one page.
    IdCombined,
    /// Business licence or other entity certificate.
    BusinessLicence,
    /// Verification (curtain) photo.
    VerificationPhoto,
    /// Scan of a signed letter or form.
    LetterScan,
    /// Domain certificate or real-name screenshot.
    DomainCertificate,
    /// Residence permit.
    ResidencePermit,
    /// Anything else.
    Other,
}

impl MaterialKind {
    /// Every kind, in a stable order.
    pub const ALL: [MaterialKind; 9] = [
        MaterialKind::IdFront,
        MaterialKind::IdBack,
        MaterialKind::IdCombined,
        MaterialKind::BusinessLicence,
        MaterialKind::VerificationPhoto,
        MaterialKind::LetterScan,
        MaterialKind::DomainCertificate,
        MaterialKind::ResidencePermit,
        MaterialKind::Other,
    ];

    /// The kebab-case id, as in the data files.
    pub fn as_str(self) -> &'static str {
        match self {
            MaterialKind::IdFront => "id-front",
            MaterialKind::IdBack => "id-back",
            MaterialKind::IdCombined => "id-combined",
            MaterialKind::BusinessLicence => "business-licence",
            MaterialKind::VerificationPhoto => "verification-photo",
            MaterialKind::LetterScan => "letter-scan",
            MaterialKind::DomainCertificate => "domain-certificate",
            MaterialKind::ResidencePermit => "residence-permit",
            MaterialKind::Other => "other",
        }
    }

    /// Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            MaterialKind::IdFront => "身份证人像面",
            MaterialKind::IdBack => "身份证国徽面",
            MaterialKind::IdCombined => "身份证正反面",
            MaterialKind::BusinessLicence => "营业执照等主体证件",
            MaterialKind::VerificationPhoto => "核验照片",
            MaterialKind::LetterScan => "信函扫描件",
            MaterialKind::DomainCertificate => "域名证书",
            MaterialKind::ResidencePermit => "居住证",
            MaterialKind::Other => "其他材料",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            MaterialKind::IdFront => "ID card, portrait side",
            MaterialKind::IdBack => "ID card, emblem side",
            MaterialKind::IdCombined => "ID card, both sides",
            MaterialKind::BusinessLicence => "business licence / entity certificate",
            MaterialKind::VerificationPhoto => "verification photo",
            MaterialKind::LetterScan => "letter scan",
            MaterialKind::DomainCertificate => "domain certificate",
            MaterialKind::ResidencePermit => "residence permit",
            MaterialKind::Other => "other material",
        }
    }
}

impl std::str::FromStr for MaterialKind {
    type Err = Error;

    fn from_str(s: &str) -> Result<MaterialKind, Error> {
        let s = s.trim().to_ascii_lowercase();
        MaterialKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                let all: Vec<&str> = MaterialKind::ALL.iter().map(|k| k.as_str()).collect();
                img_err(
                    format!("未知的材料类型“{s}”，可选：{}", all.join("、")),
                    format!("Unknown material kind \"{s}\"; known: {}", all.join(", ")),
                )
            })
    }
}

impl std::fmt::Display for MaterialKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A crop rectangle in pixels, in the image as the user sees it: after the EXIF orientation and
/// the quarter turns. Parts outside the image are cut off; a rectangle with nothing inside is an
/// error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Rect {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

/// What to make of one input image.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrepareRequest {
    /// What the image shows.
    pub kind: MaterialKind,
    /// Filing system (`huawei`, `aliyun`, `tencent`); `None` = generic limits.
    pub system: Option<String>,
    /// A tighter byte limit than the target's (a larger one is ignored: the target wins).
    pub max_bytes: Option<u64>,
    /// Crop, see [`Rect`].
    pub crop: Option<Rect>,
    /// Clockwise quarter turns after the EXIF orientation (taken modulo 4).
    pub quarter_turns: u8,
    /// Draw the "仅供备案使用" watermark.
    pub watermark: bool,
}

impl PrepareRequest {
    /// A request with generic limits and no edits.
    pub fn new(kind: MaterialKind) -> PrepareRequest {
        PrepareRequest {
            kind,
            system: None,
            max_bytes: None,
            crop: None,
            quarter_turns: 0,
            watermark: false,
        }
    }
}

/// Stable codes of image warnings and reasons (the UI and tests match these; texts are zh + en).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum WarningCode {
    /// The image has no real colour (black and white, possibly with a tint); systems want colour originals.
    Greyscale,
    /// Short side or pixel count below what the kind needs to be readable.
    TooSmall,
    /// Long side ÷ short side outside the normal range for the kind (wrong document, or badly cropped).
    AspectRatio,
    /// Portrait where landscape is expected or the reverse (perhaps sideways).
    Orientation,
    /// The file's format is not accepted by the filing system.
    FormatNotAccepted,
    /// The file is larger than the system accepts.
    TooManyBytes,
    /// The file is smaller than the system accepts.
    TooFewBytes,
    /// The image has more pixels than the system accepts.
    TooManyPixels,
    /// The file relies on an EXIF orientation tag, which upload forms may ignore (shown sideways).
    ExifRotated,
    /// Padding was added to reach the system's minimum file size.
    Padded,
    /// No place free of text was found, so the watermark covers some text.
    WatermarkOverText,
    /// The image is too small to carry the watermark; none was drawn.
    WatermarkSkipped,
    /// The filing system asks for the "仅供备案使用" watermark and none was requested.
    WatermarkAdvised,
    /// The card does not fill the photo (small in the frame, or the background is too busy to
    /// tell): the user should crop to the card's edges.
    NeedsCrop,
}

impl WarningCode {
    /// The kebab-case code.
    pub fn as_str(self) -> &'static str {
        match self {
            WarningCode::Greyscale => "greyscale",
            WarningCode::TooSmall => "too-small",
            WarningCode::AspectRatio => "aspect-ratio",
            WarningCode::Orientation => "orientation",
            WarningCode::FormatNotAccepted => "format-not-accepted",
            WarningCode::TooManyBytes => "too-many-bytes",
            WarningCode::TooFewBytes => "too-few-bytes",
            WarningCode::TooManyPixels => "too-many-pixels",
            WarningCode::ExifRotated => "exif-rotated",
            WarningCode::Padded => "padded",
            WarningCode::WatermarkOverText => "watermark-over-text",
            WarningCode::WatermarkSkipped => "watermark-skipped",
            WarningCode::WatermarkAdvised => "watermark-advised",
            WarningCode::NeedsCrop => "needs-crop",
        }
    }

    /// Whether [`prepare`] fixes it by itself (format, size, orientation tag).
    pub fn fixed_by_prepare(self) -> bool {
        matches!(
            self,
            WarningCode::FormatNotAccepted
                | WarningCode::TooManyBytes
                | WarningCode::TooFewBytes
                | WarningCode::TooManyPixels
                | WarningCode::ExifRotated
        )
    }
}

/// A warning or reason about an image: stable code + Chinese + English text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ImageWarning {
    /// Stable code.
    pub code: WarningCode,
    /// Chinese message.
    pub zh: String,
    /// English message.
    pub en: String,
}

impl ImageWarning {
    fn new(code: WarningCode, zh: impl Into<String>, en: impl Into<String>) -> ImageWarning {
        ImageWarning {
            code,
            zh: zh.into(),
            en: en.into(),
        }
    }
}

/// An upload-ready JPEG and how it was made.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Prepared {
    /// The JPEG file.
    #[serde(skip)]
    pub jpeg: Vec<u8>,
    /// Width, pixels.
    pub width: u32,
    /// Height, pixels.
    pub height: u32,
    /// JPEG quality (1–100).
    pub quality: u8,
    /// File size, bytes.
    pub bytes: u64,
    /// The byte limit that was met.
    pub max_bytes: u64,
    /// Whether the image was made smaller to fit.
    pub downscaled: bool,
    /// Padding bytes added to reach the minimum size (0 = none).
    pub padded_bytes: u64,
    /// Watermark copies drawn (0 = none).
    pub watermark_copies: usize,
    /// Warnings to show before upload.
    pub warnings: Vec<ImageWarning>,
    /// The target used.
    pub target: Target,
}

/// What [`inspect`] found about a file as it is.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Inspection {
    /// Format: jpg, png, webp or bmp.
    pub format: String,
    /// File size, bytes.
    pub bytes: u64,
    /// Width as shown (after the EXIF orientation), pixels.
    pub width: u32,
    /// Height as shown, pixels.
    pub height: u32,
    /// The file carries an EXIF orientation other than upright.
    pub exif_rotated: bool,
    /// No real colour found.
    pub greyscale: bool,
    /// Share of pixels with real colour (0–1), for the UI.
    pub colourful_share: f32,
    /// The file can be uploaded as it is (no reasons).
    pub meets_target: bool,
    /// Why it cannot, or what to look at; see [`WarningCode::fixed_by_prepare`].
    pub reasons: Vec<ImageWarning>,
    /// The target checked against.
    pub target: Target,
}

fn kb(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.2} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{:.0} KB", bytes as f64 / 1000.0)
    }
}

/// Rotation and crop as the user asked.
fn edit(mut img: RgbImage, crop: Option<Rect>, quarter_turns: u8) -> Result<RgbImage, Error> {
    img = match quarter_turns % 4 {
        1 => image::imageops::rotate90(&img),
        2 => image::imageops::rotate180(&img),
        3 => image::imageops::rotate270(&img),
        _ => img,
    };
    if let Some(r) = crop {
        let (w, h) = img.dimensions();
        let x1 = r.x.saturating_add(r.width).min(w);
        let y1 = r.y.saturating_add(r.height).min(h);
        if r.x >= x1 || r.y >= y1 {
            return Err(img_err(
                format!(
                    "裁剪区域（x={} y={} 宽={} 高={}）不在图片（{w}×{h}）范围内",
                    r.x, r.y, r.width, r.height
                ),
                format!(
                    "The crop rectangle (x={} y={} w={} h={}) lies outside the image ({w}×{h})",
                    r.x, r.y, r.width, r.height
                ),
            ));
        }
        img = image::imageops::crop_imm(&img, r.x, r.y, x1 - r.x, y1 - r.y).to_image();
    }
    Ok(img)
}

/// Kinds that are a card the user photographs (and may photograph small or sideways).
fn is_card(kind: MaterialKind) -> bool {
    matches!(
        kind,
        MaterialKind::IdFront | MaterialKind::IdBack | MaterialKind::ResidencePermit
    )
}

/// A card that covers less than this share of the photo is "small in the frame".
const CARD_SHARE_MIN: f32 = 0.6;

/// Where the card lies in a photo, and what to tell the user about it: a busy background, a
/// card small in the frame, a card lying sideways in a landscape photo. Not asked after the user
/// cropped (the crop is the user's answer).
fn card_warnings(
    img: &RgbImage,
    target: &Target,
    pz: &str,
    pe: &str,
) -> (Vec<ImageWarning>, analyse::Extent) {
    let extent = analyse::document_extent(img);
    let mut out = Vec::new();
    let name_zh = target.kind.name_zh();
    let name_en = target.kind.name_en();
    if extent.busy_border {
        out.push(ImageWarning::new(
            WarningCode::NeedsCrop,
            format!("{pz}照片背景杂乱，看不出{name_zh}的边缘，无法确认证件占满画面、方向正确：请用“裁剪”框到证件四边，备案系统会驳回证件过小或不完整的照片"),
            format!("{pe}The background is too busy to find the edges of the {name_en}, so it cannot be told whether the card fills the picture the right way up: crop to the card's four edges; filing systems refuse cards that are small or cut off"),
        ));
        return (out, extent);
    }
    if extent.share < CARD_SHARE_MIN {
        out.push(ImageWarning::new(
            WarningCode::NeedsCrop,
            format!(
                "{pz}{name_zh}只占画面约 {:.0}%：请用“裁剪”框到证件四边再上传",
                extent.share * 100.0
            ),
            format!(
                "{pe}The {name_en} covers only about {:.0}% of the picture: crop to the card's four edges before uploading",
                extent.share * 100.0
            ),
        ));
    }
    let (ew, eh) = (extent.width, extent.height);
    let sideways = match target.orientation {
        targets::Orientation::Landscape => eh > ew,
        targets::Orientation::Portrait => ew > eh,
        targets::Orientation::Any => false,
    };
    let (w, h) = img.dimensions();
    let frame_sideways = match target.orientation {
        targets::Orientation::Landscape => h > w,
        targets::Orientation::Portrait => w > h,
        targets::Orientation::Any => false,
    };
    // A sideways frame is reported by the shape check; here the card inside an upright frame.
    if sideways && !frame_sideways {
        out.push(ImageWarning::new(
            WarningCode::Orientation,
            format!("{pz}{name_zh}在画面中是竖放的（{ew}×{eh} 像素）：请裁剪到证件边缘并旋转到正向"),
            format!("{pe}The {name_en} lies sideways in the picture ({ew}×{eh} px): crop to its edges and rotate it upright"),
        ));
    }
    (out, extent)
}

/// Content checks: colour, readability, shape, and for cards where the card lies in the photo
/// (unless `cropped`). `side` names the ID side in combined pages.
fn content_warnings(
    img: &RgbImage,
    stored_grey: bool,
    target: &Target,
    side: Option<(&str, &str)>,
    cropped: bool,
) -> (Vec<ImageWarning>, analyse::ColourReport) {
    let (pz, pe) = side
        .map(|(z, e)| (format!("{z}："), format!("{e}: ")))
        .unwrap_or_default();
    let mut out = Vec::new();
    let colour = analyse::colour_report(img);
    let grey = stored_grey || colour.greyscale;
    if target.colour && grey {
        let (zh, en) = if colour.tinted() && !stored_grey {
            (
                "图片看起来是带色偏的黑白复印件或黑白扫描（只有一种色调）。备案系统要求彩色原件：请用彩色模式扫描或拍摄证件原件",
                "The image looks like a black-and-white copy with a colour tint (one hue only). Filing systems want colour originals: scan or photograph the original in colour",
            )
        } else {
            (
                "图片是黑白（灰度）的。备案系统要求彩色原件，黑白照片无效：请用彩色模式扫描或拍摄证件原件",
                "The image is black and white (greyscale). Filing systems want colour originals and refuse black-and-white copies: scan or photograph the original in colour",
            )
        };
        out.push(ImageWarning::new(
            WarningCode::Greyscale,
            format!("{pz}{zh}"),
            format!("{pe}{en}"),
        ));
    }
    let (w, h) = img.dimensions();
    let short = w.min(h);
    let long = w.max(h);
    let px = u64::from(w) * u64::from(h);
    let too_short = target.min_short_side.is_some_and(|m| short < m);
    let too_few = target.min_pixels.is_some_and(|m| px < m);
    if too_short || too_few {
        let need = match (target.min_short_side, target.min_pixels) {
            (Some(s), Some(p)) => format!("{s} px / {} px²", p),
            (Some(s), None) => format!("{s} px"),
            (None, Some(p)) => format!("{p} px²"),
            (None, None) => String::new(),
        };
        out.push(ImageWarning::new(
            WarningCode::TooSmall,
            format!("{pz}图片只有 {w}×{h} 像素，低于{}的最低要求（{need}），文字可能看不清。请用更清晰的原件，或少裁掉一些", target.kind.name_zh()),
            format!("{pe}The image is only {w}×{h} pixels, below the minimum for a {} ({need}); the text may be unreadable. Use a sharper original or crop less", target.kind.name_en()),
        ));
    }
    let aspect = long as f32 / short.max(1) as f32;
    if aspect < target.aspect_min - 0.005 || aspect > target.aspect_max + 0.005 {
        out.push(ImageWarning::new(
            WarningCode::AspectRatio,
            format!(
                "{pz}图片长宽比 {aspect:.2} 不像{}（通常 {:.2}–{:.2}）。请检查是否选错材料或裁剪不当",
                target.kind.name_zh(),
                target.aspect_min,
                target.aspect_max
            ),
            format!(
                "{pe}The aspect ratio {aspect:.2} is unusual for a {} (normally {:.2}–{:.2}). Check the material or the crop",
                target.kind.name_en(),
                target.aspect_min,
                target.aspect_max
            ),
        ));
    }
    let wrong_way = match target.orientation {
        targets::Orientation::Landscape => h > w,
        targets::Orientation::Portrait => w > h,
        targets::Orientation::Any => false,
    };
    if wrong_way {
        let (ez, ee) = if target.orientation == targets::Orientation::Landscape {
            ("横向", "landscape")
        } else {
            ("纵向", "portrait")
        };
        out.push(ImageWarning::new(
            WarningCode::Orientation,
            format!("{pz}{}通常是{ez}的，这张图片方向不同，可能被放倒了：请旋转后再上传", target.kind.name_zh()),
            format!("{pe}A {} is normally {ee}; this image is not, it may be sideways: rotate it before uploading", target.kind.name_en()),
        ));
    }
    if is_card(target.kind) && !cropped {
        out.extend(card_warnings(img, target, &pz, &pe).0);
    }
    (out, colour)
}

/// Where the watermark goes: on the document when it was found inside a larger photo, else
/// the whole image.
fn watermark_area(img: &RgbImage, kind: MaterialKind, cropped: bool) -> (u32, u32, u32, u32) {
    let (w, h) = img.dimensions();
    if cropped || !is_card(kind) {
        return (0, 0, w, h);
    }
    let e = analyse::document_extent(img);
    if e.busy_border || e.share > 0.9 {
        (0, 0, w, h)
    } else {
        (e.x, e.y, e.width, e.height)
    }
}

fn effective_max_bytes(target: &Target, asked: Option<u64>) -> Result<u64, Error> {
    let max = match asked {
        Some(0) => {
            return Err(img_err("大小上限不能为 0", "The size limit cannot be 0"));
        }
        Some(m) => m.min(target.max_bytes),
        None => target.max_bytes,
    };
    if max <= target.min_bytes {
        return Err(img_err(
            format!(
                "大小上限 {} 低于该系统要求的最小文件大小 {}",
                kb(max),
                kb(target.min_bytes)
            ),
            format!(
                "The size limit {} is below the system's minimum file size {}",
                kb(max),
                kb(target.min_bytes)
            ),
        ));
    }
    Ok(max)
}

fn watermark_step(
    img: &mut RgbImage,
    wanted: bool,
    target: &Target,
    area: (u32, u32, u32, u32),
    warnings: &mut Vec<ImageWarning>,
) -> Result<usize, Error> {
    if !wanted {
        if target.watermark_advised {
            warnings.push(ImageWarning::new(
                WarningCode::WatermarkAdvised,
                "该备案系统要求在材料上加“仅供备案使用”水印：可勾选“加水印”",
                "This filing system asks for the watermark \"仅供备案使用\" (for ICP filing only): turn on the watermark",
            ));
        }
        return Ok(0);
    }
    let placed = watermark::apply_within(img, area)?;
    if placed.copies == 0 {
        warnings.push(ImageWarning::new(
            WarningCode::WatermarkSkipped,
            "图片太小，无法放下水印，未加水印",
            "The image is too small to carry the watermark; none was drawn",
        ));
    } else if placed.over_text {
        warnings.push(ImageWarning::new(
            WarningCode::WatermarkOverText,
            "图片上几乎没有空白处，水印不得不压住部分文字：请检查文字是否仍然清楚，或裁剪时留出边距",
            "The image has almost no blank space, so the watermark covers some text: check the text is still legible, or leave a margin when cropping",
        ));
    }
    Ok(placed.copies)
}

fn finish(
    img: &RgbImage,
    target: Target,
    max_bytes: u64,
    mut warnings: Vec<ImageWarning>,
    watermark_copies: usize,
) -> Result<Prepared, Error> {
    let fitted = compress::fit(
        img,
        compress::FitLimits {
            max_bytes,
            min_bytes: target.min_bytes,
            max_pixels: target.max_pixels,
        },
    )?;
    if fitted.padded > 0 {
        warnings.push(ImageWarning::new(
            WarningCode::Padded,
            format!(
                "即使用最高质量，文件仍小于该系统要求的 {}；已在文件中加入 {} 字节的注释填充（图片内容不变）",
                kb(target.min_bytes),
                fitted.padded
            ),
            format!(
                "Even at the highest quality the file is under the system's minimum of {}; {} bytes of comment padding were added (the picture is unchanged)",
                kb(target.min_bytes),
                fitted.padded
            ),
        ));
    }
    Ok(Prepared {
        bytes: fitted.jpeg.len() as u64,
        jpeg: fitted.jpeg,
        width: fitted.width,
        height: fitted.height,
        quality: fitted.quality,
        max_bytes,
        downscaled: fitted.downscaled,
        padded_bytes: fitted.padded,
        watermark_copies,
        warnings,
        target,
    })
}

/// Makes the upload-ready JPEG of one image (see the module docs for the steps).
pub fn prepare(input: &[u8], req: &PrepareRequest) -> Result<Prepared, Error> {
    let target = Targets::builtin()?.resolve(req.kind, req.system.as_deref())?;
    let max_bytes = effective_max_bytes(&target, req.max_bytes)?;
    let loaded = decode::load(input)?;
    let mut img = edit(loaded.rgb, req.crop, req.quarter_turns)?;
    let cropped = req.crop.is_some();
    let (mut warnings, _) = content_warnings(&img, loaded.stored_grey, &target, None, cropped);
    let area = watermark_area(&img, req.kind, cropped);
    let copies = watermark_step(&mut img, req.watermark, &target, area, &mut warnings)?;
    finish(&img, target, max_bytes, warnings, copies)
}

/// Looks at a file as it is: can it be uploaded to the target unchanged, and if not, why.
pub fn inspect(
    input: &[u8],
    kind: MaterialKind,
    system: Option<&str>,
) -> Result<Inspection, Error> {
    let target = Targets::builtin()?.resolve(kind, system)?;
    let loaded = decode::load(input)?;
    let bytes = input.len() as u64;
    let (w, h) = loaded.rgb.dimensions();
    let mut reasons = Vec::new();
    if !target.accepts_format(loaded.format) {
        reasons.push(ImageWarning::new(
            WarningCode::FormatNotAccepted,
            format!(
                "该系统不接受 {} 格式（接受：{}）",
                loaded.format.to_uppercase(),
                target.formats.join("、")
            ),
            format!(
                "The system does not accept {} (accepted: {})",
                loaded.format.to_uppercase(),
                target.formats.join(", ")
            ),
        ));
    }
    if bytes > target.max_bytes {
        reasons.push(ImageWarning::new(
            WarningCode::TooManyBytes,
            format!(
                "文件 {}，超过该系统上限 {}",
                kb(bytes),
                kb(target.max_bytes)
            ),
            format!(
                "The file is {}, over the system's limit of {}",
                kb(bytes),
                kb(target.max_bytes)
            ),
        ));
    }
    if bytes < target.min_bytes {
        reasons.push(ImageWarning::new(
            WarningCode::TooFewBytes,
            format!(
                "文件 {}，小于该系统要求的 {}",
                kb(bytes),
                kb(target.min_bytes)
            ),
            format!(
                "The file is {}, under the system's minimum of {}",
                kb(bytes),
                kb(target.min_bytes)
            ),
        ));
    }
    if let Some(max_px) = target.max_pixels {
        if u64::from(w) * u64::from(h) > max_px {
            reasons.push(ImageWarning::new(
                WarningCode::TooManyPixels,
                format!("图片 {w}×{h} 像素，超过该系统上限 {max_px} 像素"),
                format!("The image is {w}×{h} pixels, over the system's limit of {max_px} pixels"),
            ));
        }
    }
    if loaded.exif_rotated {
        reasons.push(ImageWarning::new(
            WarningCode::ExifRotated,
            "照片靠 EXIF 方向标记显示为正向，上传后可能被放倒；处理后会真正转正",
            "The photo is upright only through its EXIF orientation tag and may show sideways after upload; preparing it turns the pixels upright",
        ));
    }
    let (content, colour) = content_warnings(&loaded.rgb, loaded.stored_grey, &target, None, false);
    reasons.extend(content);
    Ok(Inspection {
        format: loaded.format.to_string(),
        bytes,
        width: w,
        height: h,
        exif_rotated: loaded.exif_rotated,
        greyscale: loaded.stored_grey || colour.greyscale,
        colourful_share: colour.colourful_share,
        meets_target: reasons.is_empty(),
        reasons,
        target,
    })
}

/// One side of an ID card for [`combine_id_card`].
#[derive(Clone, Copy, Debug)]
pub struct IdSide<'a> {
    /// The image file.
    pub input: &'a [u8],
    /// Crop, see [`Rect`].
    pub crop: Option<Rect>,
    /// Clockwise quarter turns after the EXIF orientation.
    pub quarter_turns: u8,
}

impl<'a> IdSide<'a> {
    /// A side with no edits.
    pub fn new(input: &'a [u8]) -> IdSide<'a> {
        IdSide {
            input,
            crop: None,
            quarter_turns: 0,
        }
    }
}

/// A4 page height ÷ width.
const A4_RATIO: f64 = 297.0 / 210.0;

/// Lays front (top) and back (bottom) on a white A4-proportioned page. Each card keeps its size
/// when it fits a box of 80 % of the page width and 42 % of its height, else it is shrunk.
pub fn combine_pages(front: &RgbImage, back: &RgbImage) -> Result<RgbImage, Error> {
    let widest = front.width().max(back.width());
    let tallest = front.height().max(back.height());
    // Wide enough for the widest card at 80 %, tall enough for the tallest at 42 %.
    let from_w = f64::from(widest) / 0.8;
    let from_h = f64::from(tallest) / 0.42 / A4_RATIO;
    let page_w = from_w.max(from_h).clamp(800.0, 2480.0).round() as u32;
    let page_h = (f64::from(page_w) * A4_RATIO).round() as u32;
    let mut page = RgbImage::from_pixel(page_w, page_h, image::Rgb([255, 255, 255]));
    let box_w = f64::from(page_w) * 0.8;
    let box_h = f64::from(page_h) * 0.42;
    for (card, centre_y) in [(front, 0.27), (back, 0.73)] {
        let (cw, ch) = card.dimensions();
        let s = (box_w / f64::from(cw)).min(box_h / f64::from(ch)).min(1.0);
        let (nw, nh) = (
            ((f64::from(cw) * s).round() as u32).max(1),
            ((f64::from(ch) * s).round() as u32).max(1),
        );
        let placed = if (nw, nh) == (cw, ch) {
            card.clone()
        } else {
            compress::resize(card, nw, nh)?
        };
        let x = i64::from((page_w - nw) / 2);
        let y = (f64::from(page_h) * centre_y - f64::from(nh) / 2.0).round() as i64;
        image::imageops::replace(&mut page, &placed, x, y);
    }
    Ok(page)
}

/// Options of [`combine_id_card`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CombineRequest {
    /// Filing system; `None` = generic limits.
    pub system: Option<String>,
    /// A tighter byte limit than the target's.
    pub max_bytes: Option<u64>,
    /// Draw the "仅供备案使用" watermark.
    pub watermark: bool,
}

/// ID card front and back on one A4-shaped page (front on top), checked per side and
/// compressed to the `id-combined` target.
pub fn combine_id_card(
    front: IdSide<'_>,
    back: IdSide<'_>,
    req: &CombineRequest,
) -> Result<Prepared, Error> {
    let targets = Targets::builtin()?;
    let target = targets.resolve(MaterialKind::IdCombined, req.system.as_deref())?;
    let max_bytes = effective_max_bytes(&target, req.max_bytes)?;
    let mut warnings = Vec::new();
    let mut sides = Vec::new();
    for (side, kind, label) in [
        (
            front,
            MaterialKind::IdFront,
            ("正面（人像面）", "Front (portrait side)"),
        ),
        (
            back,
            MaterialKind::IdBack,
            ("反面（国徽面）", "Back (emblem side)"),
        ),
    ] {
        let loaded = decode::load(side.input)?;
        let img = edit(loaded.rgb, side.crop, side.quarter_turns)?;
        let side_target = targets.resolve(kind, req.system.as_deref())?;
        let cropped = side.crop.is_some();
        warnings.extend(
            content_warnings(&img, loaded.stored_grey, &side_target, Some(label), cropped).0,
        );
        sides.push(img);
    }
    let mut page = combine_pages(&sides[0], &sides[1])?;
    drop(sides);
    let (pw, ph) = page.dimensions();
    let copies = watermark_step(
        &mut page,
        req.watermark,
        &target,
        (0, 0, pw, ph),
        &mut warnings,
    )?;
    finish(&page, target, max_bytes, warnings, copies)
}

/// A small copy of an input image turned upright (EXIF) and by the quarter turns, for the
/// app's crop tool: the crop is drawn on it and given in the turned image's pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct TurnedPreview {
    /// JPEG of at most `max_side` pixels on the long side.
    pub jpeg: Vec<u8>,
    /// Width of the turned image at full size, pixels.
    pub full_width: u32,
    /// Height of the turned image at full size, pixels.
    pub full_height: u32,
}

/// Makes a [`TurnedPreview`].
pub fn turned_preview(
    input: &[u8],
    quarter_turns: u8,
    max_side: u32,
) -> Result<TurnedPreview, Error> {
    let loaded = decode::load(input)?;
    let img = edit(loaded.rgb, None, quarter_turns)?;
    let (w, h) = img.dimensions();
    let scale = (f64::from(max_side.max(16)) / f64::from(w.max(h))).min(1.0);
    let small = if scale < 1.0 {
        let nw = ((f64::from(w) * scale).round() as u32).max(1);
        let nh = ((f64::from(h) * scale).round() as u32).max(1);
        compress::resize(&img, nw, nh)?
    } else {
        img
    };
    Ok(TurnedPreview {
        jpeg: compress::encode(&small, 85)?,
        full_width: w,
        full_height: h,
    })
}
