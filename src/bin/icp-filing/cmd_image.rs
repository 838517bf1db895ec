//! `image` subcommand (issue 6): make an upload-ready JPEG and print a zh + en summary.
use std::path::{Path, PathBuf};

use icp_filing::images::{
    self, CombineRequest, IdSide, MaterialKind, PrepareRequest, Prepared, Rect,
};
use icp_filing::Error;

#[derive(clap::Args, Debug)]
pub struct ImageArgs {
    /// 输入图片 / Input image.
    pub input: PathBuf,
    /// 输出 JPEG / Output file.
    #[arg(short = 'o', long = "out")]
    pub out: PathBuf,
    /// 材料类型 / Material kind, e.g. id-front.
    #[arg(long)]
    pub kind: String,
    /// 备案系统 / Filing system, e.g. huawei, aliyun.
    #[arg(long)]
    pub system: Option<String>,
    /// 最大 KB / Maximum size in KB.
    #[arg(long)]
    pub max_kb: Option<u64>,
    /// 加水印“仅供备案使用” / Add the watermark.
    #[arg(long)]
    pub watermark: bool,
    /// 裁剪 X,Y,宽,高（转正后的像素）/ Crop X,Y,WIDTH,HEIGHT in pixels of the upright image.
    #[arg(long, value_parser = parse_rect)]
    pub crop: Option<Rect>,
    /// 顺时针旋转 90° 的次数 / Clockwise quarter turns (0-3).
    #[arg(long, default_value_t = 0)]
    pub rotate: u8,
    /// 身份证反面：与输入（正面）合成一页，类型按 id-combined / ID card back: combine with the input
    /// (front) on one A4-shaped page; the kind becomes id-combined.
    #[arg(long, value_name = "FILE")]
    pub combine_back: Option<PathBuf>,
    /// 输出格式 text|json / Output format.
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
}

fn parse_rect(s: &str) -> Result<Rect, String> {
    let parts: Vec<Result<u32, _>> = s.split(',').map(|p| p.trim().parse::<u32>()).collect();
    match parts.as_slice() {
        [Ok(x), Ok(y), Ok(width), Ok(height)] => Ok(Rect {
            x: *x,
            y: *y,
            width: *width,
            height: *height,
        }),
        _ => Err(format!(
            "裁剪格式应为 X,Y,宽,高（非负整数）：{s} / crop must be X,Y,WIDTH,HEIGHT (non-negative integers): {s}"
        )),
    }
}

fn read_input(path: &Path) -> Result<Vec<u8>, Error> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > images::MAX_INPUT_BYTES as u64 {
        return Err(Error::Image {
            zh: format!(
                "文件过大（{} MB）：{}",
                meta.len() / (1024 * 1024),
                path.display()
            ),
            en: format!(
                "The file is too large ({} MB): {}",
                meta.len() / (1024 * 1024),
                path.display()
            ),
        });
    }
    std::fs::read(path).map_err(|e| Error::io(path, e))
}

pub fn image(a: ImageArgs) -> Result<u8, Error> {
    let kind: MaterialKind = a.kind.parse()?;
    let max_bytes = match a.max_kb {
        Some(kb) => Some(kb.checked_mul(1024).ok_or_else(|| Error::Image {
            zh: "--max-kb 太大".into(),
            en: "--max-kb is too large".into(),
        })?),
        None => None,
    };
    let input = read_input(&a.input)?;
    let prepared = match &a.combine_back {
        Some(back_path) => {
            let back = read_input(back_path)?;
            let mut front = IdSide::new(&input);
            front.crop = a.crop;
            front.quarter_turns = a.rotate;
            let req = CombineRequest {
                system: a.system.clone(),
                max_bytes,
                watermark: a.watermark,
            };
            images::combine_id_card(front, IdSide::new(&back), &req)?
        }
        None => {
            let req = PrepareRequest {
                kind,
                system: a.system.clone(),
                max_bytes,
                crop: a.crop,
                quarter_turns: a.rotate,
                watermark: a.watermark,
            };
            images::prepare(&input, &req)?
        }
    };
    // Atomic like every file the app writes: a crash leaves the old file or the new one.
    icp_filing::storage::write_atomic(&a.out, &prepared.jpeg)?;
    if a.format == "json" {
        crate::output::print_json(
            &serde_json::json!({ "path": a.out.display().to_string(), "prepared": prepared }),
        );
    } else {
        print_summary(&a.out, &prepared);
    }
    Ok(0)
}

fn print_summary(out: &Path, p: &Prepared) {
    let t = &p.target;
    println!("已写入 / Wrote: {}", out.display());
    println!(
        "材料 / Material: {} / {} ({}), 系统 / system: {}",
        t.kind.name_zh(),
        t.kind.name_en(),
        t.kind,
        t.system
    );
    println!(
        "大小 / Size: {} 字节 / bytes (上限 / limit {}{})",
        p.bytes,
        p.max_bytes,
        if t.min_bytes > 0 {
            format!(", 下限 / minimum {}", t.min_bytes)
        } else {
            String::new()
        }
    );
    println!(
        "像素 / Pixels: {}×{}{}",
        p.width,
        p.height,
        if p.downscaled {
            "（已缩小 / downscaled）"
        } else {
            ""
        }
    );
    println!("质量 / Quality: {}", p.quality);
    if p.watermark_copies > 0 {
        println!("水印 / Watermark: {} 处 / copies", p.watermark_copies);
    }
    if p.warnings.is_empty() {
        println!("提示 / Warnings: 无 / none");
    } else {
        println!("提示 / Warnings:");
        for w in &p.warnings {
            println!("  [{}] {}", w.code.as_str(), w.zh);
            println!(
                "  {:width$} {}",
                "",
                w.en,
                width = w.code.as_str().len() + 2
            );
        }
    }
}
