//! `image` subcommand (issue 6). Owned by the images work.
use std::path::PathBuf;

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
}

pub fn image(_a: ImageArgs) -> Result<u8, icp_filing::Error> {
    Err(icp_filing::Error::Image { zh: "尚未实现".into(), en: "not implemented yet".into() })
}
