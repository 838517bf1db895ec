//! Upload images: check a scan or photo against the chosen filing system's limits, show the
//! upload-ready version, and export it under the name the checklist suggests. Limits and
//! processing are the core's [`icp_filing::images`]; this file reads and writes the files.

use std::path::PathBuf;

use base64::Engine;
use icp_filing::images::{self, Inspection, MaterialKind, PrepareRequest, Prepared};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Runtime, State};

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
    /// Filing systems with their own limits (`huawei`, `aliyun` …).
    pub systems: Vec<String>,
}

/// What the UI sends to check or export an image.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
pub struct ImageRequest {
    /// The picked file.
    pub path: String,
    /// Material kind id.
    pub kind: String,
    /// Filing system, none for the generic limits.
    pub system: Option<String>,
    /// Draw the "仅供备案使用" watermark.
    pub watermark: bool,
}

/// An attached image: its check against the limits and the upload-ready preview.
#[derive(Clone, Debug, Serialize)]
pub struct AttachedImage {
    /// The file.
    pub path: String,
    /// The file as it is, against the limits.
    pub inspection: Inspection,
    /// The upload-ready version (what export writes).
    pub prepared: Prepared,
    /// The upload-ready JPEG as a `data:` URL for the preview.
    pub preview: String,
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
        crop: None,
        quarter_turns: 0,
        watermark: req.watermark,
    };
    Ok(images::prepare(bytes, &request)?)
}

/// Checks and prepares an image file.
pub fn attach(req: &ImageRequest) -> CommandResult<AttachedImage> {
    let bytes = read(&req.path)?;
    let kind = parse_kind(&req.kind)?;
    let inspection = images::inspect(&bytes, kind, req.system.as_deref())?;
    let prepared = prepare(&bytes, req)?;
    let preview = format!(
        "data:image/jpeg;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&prepared.jpeg)
    );
    Ok(AttachedImage {
        path: req.path.clone(),
        inspection,
        prepared,
        preview,
    })
}

/// Material kinds and filing systems.
#[tauri::command]
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
        systems: targets.systems().to_vec(),
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

/// Checks an image against the limits and makes the upload-ready preview.
#[tauri::command]
pub async fn attach_image(request: ImageRequest) -> CommandResult<AttachedImage> {
    attach(&request)
}

/// Exports the upload-ready JPEG where the user chooses (suggesting the checklist's file name);
/// returns the path, or none when cancelled.
#[tauri::command]
pub async fn export_image<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    request: ImageRequest,
    material: String,
    subject: String,
    index: usize,
) -> CommandResult<Option<String>> {
    let bytes = read(&request.path)?;
    let prepared = prepare(&bytes, &request)?;
    let name = images::export_name(&material, &subject, index);
    let Some(target) = state.dialogs.save(&app, &name, JPEG_FILTER) else {
        return Ok(None);
    };
    icp_filing::storage::write_atomic(&target, &prepared.jpeg)?;
    Ok(Some(target.display().to_string()))
}
