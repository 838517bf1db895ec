//! Upload targets as data: `assets/upload-targets.toml`, built in with `include_str!`, read in two
//! stages (raw serde with `deny_unknown_fields` → validated [`Targets`]) so a bad entry is a
//! load-time [`Error::Rules`] naming the file, never a panic.
//!
//! A target for (kind, system) is the generic entries for the kind, overridden field by field by
//! the system's entries (see the comment block at the top of the TOML file).

use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::MaterialKind;
use crate::Error;

/// The file the targets come from, as named in errors.
pub const TARGETS_FILE: &str = "assets/upload-targets.toml";

/// The name of the default system.
pub const GENERIC_SYSTEM: &str = "generic";

static TARGETS_TOML: &str = include_str!("../../assets/upload-targets.toml");

/// Which way round the image should be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Orientation {
    /// Either way.
    Any,
    /// Wider than tall (ID cards).
    Landscape,
    /// Taller than wide (A4 letters).
    Portrait,
}

/// Where a limit comes from.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct TargetSource {
    /// The source, as written in the data file.
    pub source: String,
    /// The date it was read (YYYY-MM-DD).
    pub date: String,
}

/// The resolved upload target of one material kind in one filing system.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Target {
    /// The material kind.
    pub kind: MaterialKind,
    /// The filing system (`generic` when none was chosen).
    pub system: String,
    /// Accepted file formats (lower-case extensions, e.g. `jpg`).
    pub formats: Vec<String>,
    /// Smallest accepted file, bytes (0 = none).
    pub min_bytes: u64,
    /// Largest accepted file, bytes.
    pub max_bytes: u64,
    /// Fewest pixels (width × height), if a minimum applies.
    pub min_pixels: Option<u64>,
    /// Most pixels, if a maximum applies.
    pub max_pixels: Option<u64>,
    /// Shortest readable short side in pixels, if any.
    pub min_short_side: Option<u32>,
    /// Range of long side ÷ short side that is normal for the kind.
    pub aspect_min: f32,
    /// See `aspect_min`.
    pub aspect_max: f32,
    /// Expected orientation.
    pub orientation: Orientation,
    /// Greyscale images are refused.
    pub colour: bool,
    /// The system asks for the "仅供备案使用" watermark.
    pub watermark_advised: bool,
    /// Every entry that contributed, generic first.
    pub sources: Vec<TargetSource>,
}

impl Target {
    /// Whether the target accepts files of this format (`jpg`, `png`, ...); `jpeg` = `jpg`.
    pub fn accepts_format(&self, format: &str) -> bool {
        let f = normalise_format(format);
        self.formats.iter().any(|a| normalise_format(a) == f)
    }
}

fn normalise_format(f: &str) -> String {
    let f = f.trim().to_ascii_lowercase();
    if f == "jpeg" {
        "jpg".into()
    } else {
        f
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    schema_version: u32,
    #[serde(default)]
    system: Vec<System>,
    #[serde(default)]
    target: Vec<RawTarget>,
}

/// A filing system as users know it: `aliyun` is 阿里云.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct System {
    /// Id used in the targets (`generic`, `aliyun` …).
    pub id: String,
    /// 名称 / Chinese name (阿里云, 通用).
    pub name_zh: String,
    /// English name.
    pub name_en: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct RawTarget {
    system: String,
    kinds: Option<Vec<MaterialKind>>,
    formats: Option<Vec<String>>,
    min_bytes: Option<u64>,
    max_bytes: Option<u64>,
    min_pixels: Option<u64>,
    max_pixels: Option<u64>,
    min_short_side: Option<u32>,
    aspect_min: Option<f32>,
    aspect_max: Option<f32>,
    orientation: Option<Orientation>,
    colour: Option<bool>,
    watermark_advised: Option<bool>,
    source: String,
    date: String,
}

/// The validated set of upload targets.
#[derive(Clone, Debug)]
pub struct Targets {
    entries: Vec<RawTargetChecked>,
    systems: Vec<String>,
    names: Vec<System>,
}

#[derive(Clone, Debug)]
struct RawTargetChecked {
    system: String,
    kinds: Option<Vec<MaterialKind>>,
    formats: Option<Vec<String>>,
    min_bytes: Option<u64>,
    max_bytes: Option<u64>,
    min_pixels: Option<u64>,
    max_pixels: Option<u64>,
    min_short_side: Option<u32>,
    aspect_min: Option<f32>,
    aspect_max: Option<f32>,
    orientation: Option<Orientation>,
    colour: Option<bool>,
    watermark_advised: Option<bool>,
    source: TargetSource,
}

fn bad(detail: impl Into<String>) -> Error {
    Error::Rules {
        file: TARGETS_FILE.into(),
        detail: detail.into(),
    }
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Targets {
    /// The built-in targets (parsed once).
    pub fn builtin() -> Result<&'static Targets, Error> {
        static BUILTIN: OnceLock<Result<Targets, String>> = OnceLock::new();
        match BUILTIN.get_or_init(|| Targets::parse(TARGETS_TOML).map_err(|e| e.to_string())) {
            Ok(t) => Ok(t),
            // Keep the detail: Error is not Clone, so the message is carried over as text.
            Err(msg) => Err(bad(msg.clone())),
        }
    }

    /// Parses and validates a targets file (the text of `assets/upload-targets.toml`).
    pub fn parse(text: &str) -> Result<Targets, Error> {
        let raw: RawFile = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        if raw.schema_version != 1 {
            return Err(bad(format!(
                "schema_version {} 不受支持（应为 1）/ schema_version {} is not supported (expected 1)",
                raw.schema_version, raw.schema_version
            )));
        }
        let mut systems: Vec<String> = Vec::new();
        let mut entries = Vec::new();
        for (i, t) in raw.target.into_iter().enumerate() {
            let at = format!("[[target]] #{} (system {})", i + 1, t.system);
            if !is_kebab(&t.system) {
                return Err(bad(format!(
                    "{at}: 系统名应为小写 kebab-case / system name must be lower-case kebab-case"
                )));
            }
            if t.source.trim().is_empty() {
                return Err(bad(format!("{at}: 缺少 source / source is empty")));
            }
            if chrono::NaiveDate::parse_from_str(&t.date, "%Y-%m-%d").is_err() {
                return Err(bad(format!(
                    "{at}: date 应为 YYYY-MM-DD / date must be YYYY-MM-DD: {}",
                    t.date
                )));
            }
            if let Some(k) = &t.kinds {
                if k.is_empty() {
                    return Err(bad(format!("{at}: kinds 为空（省略即为全部）/ kinds is empty (leave it out for every kind)")));
                }
            }
            if let Some(f) = &t.formats {
                if f.is_empty() || f.iter().any(|x| !is_kebab(x)) {
                    return Err(bad(format!(
                        "{at}: formats 应为小写扩展名列表 / formats must be lower-case extensions"
                    )));
                }
            }
            if !systems.contains(&t.system) {
                systems.push(t.system.clone());
            }
            entries.push(RawTargetChecked {
                system: t.system,
                kinds: t.kinds,
                formats: t.formats,
                min_bytes: t.min_bytes,
                max_bytes: t.max_bytes,
                min_pixels: t.min_pixels,
                max_pixels: t.max_pixels,
                min_short_side: t.min_short_side,
                aspect_min: t.aspect_min,
                aspect_max: t.aspect_max,
                orientation: t.orientation,
                colour: t.colour,
                watermark_advised: t.watermark_advised,
                source: TargetSource {
                    source: t.source,
                    date: t.date,
                },
            });
        }
        if !systems.iter().any(|s| s == GENERIC_SYSTEM) {
            return Err(bad("缺少 generic 系统 / there is no generic system"));
        }
        // Every system has its names, and every name a system.
        for id in &systems {
            let n = raw.system.iter().filter(|s| &s.id == id).count();
            if n != 1 {
                return Err(bad(format!(
                    "系统 {id} 应有且只有一个 [[system]] 名称条目（现有 {n} 个）/ system {id} needs exactly one [[system]] entry with its names (has {n})"
                )));
            }
        }
        for sys in &raw.system {
            if !systems.contains(&sys.id) {
                return Err(bad(format!(
                    "[[system]] {} 没有任何 [[target]] / [[system]] {} has no [[target]]",
                    sys.id, sys.id
                )));
            }
            if sys.name_zh.trim().is_empty() || sys.name_en.trim().is_empty() {
                return Err(bad(format!(
                    "[[system]] {} 缺少名称 / [[system]] {} lacks a name",
                    sys.id, sys.id
                )));
            }
        }
        // Listed in the order of the [[system]] entries.
        let names: Vec<System> = raw.system.clone();
        let systems: Vec<String> = names.iter().map(|s| s.id.clone()).collect();
        let targets = Targets {
            entries,
            systems,
            names,
        };
        // Every combination must resolve to a coherent target.
        for system in &targets.systems {
            for kind in MaterialKind::ALL {
                targets.resolve_inner(kind, system)?;
            }
        }
        Ok(targets)
    }

    /// Filing systems named in the data, in the order of the `[[system]]` entries.
    pub fn systems(&self) -> &[String] {
        &self.systems
    }

    /// Filing systems with the names users know them by (通用, 阿里云, 腾讯云, 华为云).
    pub fn system_names(&self) -> &[System] {
        &self.names
    }

    /// The target for a material kind in a filing system (`None` = generic).
    pub fn resolve(&self, kind: MaterialKind, system: Option<&str>) -> Result<Target, Error> {
        let system = system.map(str::trim).filter(|s| !s.is_empty());
        let system = system.map(str::to_ascii_lowercase);
        let system = system.as_deref().unwrap_or(GENERIC_SYSTEM);
        if !self.systems.iter().any(|s| s == system) {
            return Err(Error::Image {
                zh: format!(
                    "未知的备案系统“{system}”，可选：{}",
                    self.systems.join("、")
                ),
                en: format!(
                    "Unknown filing system \"{system}\"; known: {}",
                    self.systems.join(", ")
                ),
            });
        }
        self.resolve_inner(kind, system)
    }

    fn resolve_inner(&self, kind: MaterialKind, system: &str) -> Result<Target, Error> {
        let mut t = Target {
            kind,
            system: system.to_string(),
            formats: Vec::new(),
            min_bytes: 0,
            max_bytes: 0,
            min_pixels: None,
            max_pixels: None,
            min_short_side: None,
            aspect_min: 1.0,
            aspect_max: f32::INFINITY,
            orientation: Orientation::Any,
            colour: false,
            watermark_advised: false,
            sources: Vec::new(),
        };
        let layers: &[&str] = if system == GENERIC_SYSTEM {
            &[GENERIC_SYSTEM]
        } else {
            &[GENERIC_SYSTEM, system]
        };
        for layer in layers {
            for e in self.entries.iter().filter(|e| e.system == *layer) {
                if let Some(kinds) = &e.kinds {
                    if !kinds.contains(&kind) {
                        continue;
                    }
                }
                if let Some(v) = &e.formats {
                    t.formats = v.clone();
                }
                if let Some(v) = e.min_bytes {
                    t.min_bytes = v;
                }
                if let Some(v) = e.max_bytes {
                    t.max_bytes = v;
                }
                if let Some(v) = e.min_pixels {
                    t.min_pixels = Some(v);
                }
                if let Some(v) = e.max_pixels {
                    t.max_pixels = Some(v);
                }
                if let Some(v) = e.min_short_side {
                    t.min_short_side = Some(v);
                }
                if let Some(v) = e.aspect_min {
                    t.aspect_min = v;
                }
                if let Some(v) = e.aspect_max {
                    t.aspect_max = v;
                }
                if let Some(v) = e.orientation {
                    t.orientation = v;
                }
                if let Some(v) = e.colour {
                    t.colour = v;
                }
                if let Some(v) = e.watermark_advised {
                    t.watermark_advised = v;
                }
                t.sources.push(e.source.clone());
            }
        }
        let at = format!("{} / {}", kind.as_str(), system);
        if t.formats.is_empty() {
            return Err(bad(format!("{at}: 没有 formats / no formats")));
        }
        if !t.accepts_format("jpg") {
            return Err(bad(format!("{at}: formats 必须包含 jpg（本程序输出 JPEG）/ formats must include jpg (this app writes JPEG)")));
        }
        if t.max_bytes == 0 {
            return Err(bad(format!("{at}: 没有 max_bytes / no max_bytes")));
        }
        if t.min_bytes >= t.max_bytes {
            return Err(bad(format!(
                "{at}: min_bytes 应小于 max_bytes / min_bytes must be below max_bytes"
            )));
        }
        if let (Some(a), Some(b)) = (t.min_pixels, t.max_pixels) {
            if a >= b {
                return Err(bad(format!(
                    "{at}: min_pixels 应小于 max_pixels / min_pixels must be below max_pixels"
                )));
            }
        }
        if !(t.aspect_min >= 1.0 && t.aspect_min <= t.aspect_max) {
            return Err(bad(format!(
                "{at}: 长宽比范围应满足 1 ≤ aspect_min ≤ aspect_max / aspect range must satisfy 1 ≤ aspect_min ≤ aspect_max"
            )));
        }
        Ok(t)
    }
}
