//! Upload images: check a scan or photo against the chosen filing system's limits, show the
//! upload-ready version (with the user's crop and quarter turns), and export that same result
//! under the name the printed checklist lists. Limits and processing are the core's
//! [`icp_filing::images`]; this file reads and writes the files.

use std::path::PathBuf;
use std::sync::Mutex;

use base64::Engine;
use icp_filing::images::{self, Inspection, MaterialKind, PrepareRequest, Prepared, Rect};
use icp_filing::{letters, Draft};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime, State};

use super::{draft_from_ui, rules, today};
use crate::dialogs::Filter;
use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

const IMAGE_FILTER: Filter<'static> = Filter {
    label: "图片 Image",
    extensions: &["jpg", "jpeg", "png", "webp", "bmp"],
};
const JPEG_FILTER: Filter<'static> = Filter {
    label: "JPEG",
    extensions: &["jpg"],
};

/// A material kind with its labels.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ImageKind {
    /// Id, e.g. `id-front`.
    pub id: String,
    /// 中文名称
    pub name_zh: String,
    /// English name.
    pub name_en: String,
}

/// Material kinds and filing systems the image step offers.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ImageOptions {
    /// Material kinds.
    pub kinds: Vec<ImageKind>,
    /// Filing systems with the names users know (通用, 阿里云, 腾讯云, 华为云).
    pub systems: Vec<images::targets::System>,
}

/// What the UI sends to check, prepare or export an image.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ImageRequest {
    /// The picked file.
    pub path: String,
    /// Material kind id.
    pub kind: String,
    /// Filing system, none for the generic limits.
    pub system: Option<String>,
    /// Draw the "仅供备案使用" watermark.
    pub watermark: bool,
    /// Crop in pixels of the image as shown after the quarter turns; none = the whole image.
    #[serde(default)]
    pub crop: Option<Rect>,
    /// Clockwise quarter turns (0–3), applied before the crop.
    #[serde(default)]
    pub quarter_turns: u8,
}

/// An attached image: its check against the limits and the upload-ready preview.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct AttachedImage {
    /// The request it was made for (export reuses the result when it is unchanged).
    pub request: ImageRequest,
    /// The file as it is, against the limits.
    pub inspection: Inspection,
    /// The upload-ready version (what export writes).
    pub prepared: Prepared,
    /// The upload-ready JPEG as a `data:` URL for the preview.
    pub preview: String,
    /// The picked file turned by the quarter turns, without crop, as a small `data:` URL JPEG,
    /// for drawing the crop; its size in pixels of the turned image.
    pub source_preview: String,
    /// Width of the turned image, pixels (the crop's coordinate space).
    pub source_width: u32,
    /// Height of the turned image, pixels.
    pub source_height: u32,
}

/// The last prepared image, so that export writes exactly what the preview showed without
/// decoding and compressing the file again.
#[derive(Default)]
pub struct PreparedCache(Mutex<Option<(ImageRequest, Prepared)>>);

fn cache<R: Runtime>(app: &AppHandle<R>) -> State<'_, PreparedCache> {
    if app.try_state::<PreparedCache>().is_none() {
        app.manage(PreparedCache::default());
    }
    app.state::<PreparedCache>()
}

fn parse_kind(id: &str) -> CommandResult<MaterialKind> {
    Ok(id.parse::<MaterialKind>()?)
}

fn read(path: &str) -> CommandResult<Vec<u8>> {
    let path = PathBuf::from(path);
    let meta = std::fs::metadata(&path).map_err(|e| icp_filing::Error::io(&path, e))?;
    if meta.len() > images::MAX_INPUT_BYTES as u64 {
        return Err(CommandError::shell(
            "image",
            &format!("图片文件过大（{} 字节）", meta.len()),
            &format!("the image file is too large ({} bytes)", meta.len()),
        ));
    }
    Ok(std::fs::read(&path).map_err(|e| icp_filing::Error::io(&path, e))?)
}

fn prepare(bytes: &[u8], req: &ImageRequest) -> CommandResult<Prepared> {
    let request = PrepareRequest {
        kind: parse_kind(&req.kind)?,
        system: req.system.clone(),
        max_bytes: None,
        crop: req.crop,
        quarter_turns: req.quarter_turns % 4,
        watermark: req.watermark,
    };
    Ok(images::prepare(bytes, &request)?)
}

fn data_url(jpeg: &[u8]) -> String {
    format!(
        "data:image/jpeg;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(jpeg)
    )
}

/// Checks and prepares an image file (no cache: for tests and the CLI-like path).
pub fn attach(req: &ImageRequest) -> CommandResult<AttachedImage> {
    let bytes = read(&req.path)?;
    let kind = parse_kind(&req.kind)?;
    let inspection = images::inspect(&bytes, kind, req.system.as_deref())?;
    let prepared = prepare(&bytes, req)?;
    let source = images::turned_preview(&bytes, req.quarter_turns % 4, 720)?;
    Ok(AttachedImage {
        request: req.clone(),
        inspection,
        preview: data_url(&prepared.jpeg),
        prepared,
        source_preview: data_url(&source.jpeg),
        source_width: source.full_width,
        source_height: source.full_height,
    })
}

/// The export file name for checklist item `item` (0-based) showing `kind`, as the printed
/// checklist lists it (`03_身份证人像面_王芳.jpg`).
pub fn export_file_name(draft: &Draft, item: usize, kind: &str) -> CommandResult<String> {
    let kind = parse_kind(kind)?;
    let checklist = icp_filing::checklist::build(draft, rules()?, today());
    if item >= checklist.items.len() {
        return Err(CommandError::shell(
            "image",
            &format!("材料清单中没有第 {} 项", item + 1),
            &format!("the checklist has no item {}", item + 1),
        ));
    }
    Ok(letters::files::image_file(
        &checklist, draft, item, kind, "",
    ))
}

/// Material kinds and filing systems.
#[tauri::command(async)]
pub fn image_options() -> CommandResult<ImageOptions> {
    let targets = images::Targets::builtin()?;
    Ok(ImageOptions {
        kinds: MaterialKind::ALL
            .into_iter()
            .map(|k| ImageKind {
                id: k.as_str().to_string(),
                name_zh: k.name_zh().to_string(),
                name_en: k.name_en().to_string(),
            })
            .collect(),
        systems: targets.system_names().to_vec(),
    })
}

/// Asks for an image file; returns its path, or none when cancelled.
#[tauri::command]
pub async fn pick_image<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> CommandResult<Option<String>> {
    Ok(state
        .dialogs
        .open(&app, IMAGE_FILTER)
        .map(|p| p.display().to_string()))
}

/// Checks an image against the limits and makes the upload-ready preview with the crop and
/// quarter turns asked for; keeps the result for export.
#[tauri::command]
pub async fn attach_image<R: Runtime>(
    app: AppHandle<R>,
    request: ImageRequest,
) -> CommandResult<AttachedImage> {
    let attached = attach(&request)?;
    let cache = cache(&app);
    *cache.0.lock().unwrap_or_else(|p| p.into_inner()) = Some((request, attached.prepared.clone()));
    Ok(attached)
}

/// Exports the upload-ready JPEG where the user chooses, suggesting the checklist's file name
/// for item `item` (0-based); reuses the prepared image when the request is the one last
/// attached. Returns the path, or none when cancelled.
#[tauri::command]
pub async fn export_image<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    draft: serde_json::Value,
    request: ImageRequest,
    item: usize,
) -> CommandResult<Option<String>> {
    let draft = draft_from_ui(&draft)?;
    let name = export_file_name(&draft, item, &request.kind)?;
    let cached = {
        let cache = cache(&app);
        let guard = cache.0.lock().unwrap_or_else(|p| p.into_inner());
        guard
            .as_ref()
            .filter(|(r, _)| *r == request)
            .map(|(_, p)| p.jpeg.clone())
    };
    let jpeg = match cached {
        Some(jpeg) => jpeg,
        None => prepare(&read(&request.path)?, &request)?.jpeg,
    };
    let Some(target) = state.dialogs.save(&app, &name, JPEG_FILTER) else {
        return Ok(None);
    };
    icp_filing::storage::write_atomic(&target, &jpeg)?;
    Ok(Some(target.display().to_string()))
}
