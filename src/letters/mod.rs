//! Printable letters (issue 4): the Guangdong 互联网信息服务备案承诺书 for organisations and for
//! individuals, the internet-finance undertaking (不从事互联网金融经营承诺书, "Letter of
//! Undertaking"), the 不涉及前置审批 undertaking, the 授权书, and the materials checklist as a
//! table, all pre-filled from the draft.
//!
//! Layout as data, then a writer: [`compose`] turns a draft into a [`Document`] (pages of text
//! runs, lines and boxes in mm, serialisable for the app's preview); [`render_pdf`] is the one
//! PDF writer. Which letters a draft needs comes from the checklist ([`render_needed`]), never
//! from code branches on the province. The wording is ours (the official templates could not be
//! obtained); `docs/letters.md` says what each letter contains and where it comes from.
//!
//! Missing data a letter needs is an [`Error::Letter`] naming the field, never a blank line; a
//! character the font lacks is an error naming the character and the field, never a tofu box.
//!
//! Leaves out: reading the clock (`today` is passed in), other provinces' own templates.

pub mod files;
pub mod layout;
pub mod linebreak;
pub mod pdf;
pub mod templates;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::checklist::Checklist;
use crate::draft::Draft;
use crate::Error;

pub use layout::{Document, Item, Page, TextRun};
pub use pdf::WriteOptions;

/// The letters this app can produce. The ids are those of `letter` in `assets/materials.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LetterKind {
    /// 互联网信息服务备案承诺书（单位）, Guangdong, signed by the legal representative, sealed.
    GdCommitmentOrganisation,
    /// 互联网信息服务备案承诺书（个人）, Guangdong, signed by the applicant.
    GdCommitmentIndividual,
    /// 不从事互联网金融经营承诺书 (Guangdong "Letter of Undertaking").
    GdFinanceUndertaking,
    /// 不涉及前置审批承诺书: the areas the applicant declares the site does not operate in.
    PreapprovalNotInvolved,
    /// 授权书: the legal representative authorises a person-in-charge.
    AuthorisationLetter,
    /// 备案材料清单: the materials checklist as a table.
    Checklist,
}

impl LetterKind {
    /// Every kind, in a stable order.
    pub const ALL: [LetterKind; 6] = [
        LetterKind::GdCommitmentOrganisation,
        LetterKind::GdCommitmentIndividual,
        LetterKind::GdFinanceUndertaking,
        LetterKind::PreapprovalNotInvolved,
        LetterKind::AuthorisationLetter,
        LetterKind::Checklist,
    ];

    /// Stable id (file name stem, `letter` in the materials catalogue).
    pub fn code(self) -> &'static str {
        match self {
            Self::GdCommitmentOrganisation => "gd-commitment-organisation",
            Self::GdCommitmentIndividual => "gd-commitment-individual",
            Self::GdFinanceUndertaking => "gd-finance-undertaking",
            Self::PreapprovalNotInvolved => "preapproval-not-involved",
            Self::AuthorisationLetter => "authorisation-letter",
            Self::Checklist => "checklist",
        }
    }

    /// The kind for an id, if known.
    pub fn from_code(code: &str) -> Option<LetterKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            Self::GdCommitmentOrganisation => "互联网信息服务备案承诺书（单位）",
            Self::GdCommitmentIndividual => "互联网信息服务备案承诺书（个人）",
            Self::GdFinanceUndertaking => "不从事互联网金融经营承诺书",
            Self::PreapprovalNotInvolved => "不涉及前置审批承诺书",
            Self::AuthorisationLetter => "授权书",
            Self::Checklist => "备案材料清单",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Self::GdCommitmentOrganisation => "ICP filing commitment letter (organisation)",
            Self::GdCommitmentIndividual => "ICP filing commitment letter (individual)",
            Self::GdFinanceUndertaking => "Letter of Undertaking (no internet finance business)",
            Self::PreapprovalNotInvolved => "Undertaking: no pre-approval areas involved",
            Self::AuthorisationLetter => "Letter of authorisation",
            Self::Checklist => "Materials checklist",
        }
    }

    /// Parses an id, with an error listing the known ids.
    pub fn parse(code: &str) -> Result<LetterKind, Error> {
        Self::from_code(code.trim()).ok_or_else(|| {
            let known: Vec<&str> = Self::ALL.iter().map(|k| k.code()).collect();
            Error::Letter {
                zh: format!("未知的信函类型“{code}”，可用：{}", known.join("、")),
                en: format!("unknown letter kind '{code}'; known: {}", known.join(", ")),
            }
        })
    }
}

/// What the applicant does with a letter once it is printed: who signs, whether it is sealed or
/// fingerprinted, where the scan is uploaded. Shown next to each letter in the app and on the
/// checklist PDF.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Signing {
    /// 签字人 / Who signs, in Chinese.
    pub signer_zh: String,
    /// Who signs, in English.
    pub signer_en: String,
    /// The organisation's official seal (公章) goes on the 42 mm seal area.
    pub seal: bool,
    /// The signer presses a fingerprint on the marked spot.
    pub fingerprint: bool,
    /// What to do, one sentence in Chinese (sign, seal, fingerprint).
    pub steps_zh: String,
    /// What to do, in English.
    pub steps_en: String,
    /// Where the scan goes, in Chinese.
    pub upload_zh: String,
    /// Where the scan goes, in English.
    pub upload_en: String,
}

impl LetterKind {
    /// Who signs, seals or presses a fingerprint, and where the letter is uploaded; `individual`
    /// is the draft's entity kind (the finance and not-involved letters exist in both forms).
    pub fn signing(self, individual: bool) -> Signing {
        const UPLOAD_ZH: &str = "签好后彩色扫描或拍照（JPG），在接入商备案系统“上传资料”一步作为补充材料上传（“其他材料/承诺书”一栏）";
        const UPLOAD_EN: &str = "after signing, scan or photograph it in colour (JPG) and upload it in the access provider's filing system at the 'upload materials' step, as a supplementary material ('other materials / letters')";
        let (signer_zh, signer_en, seal, fingerprint) = match self {
            Self::Checklist => ("无需签字", "nobody signs", false, false),
            Self::GdCommitmentIndividual => ("备案人本人", "the applicant in person", false, true),
            Self::GdFinanceUndertaking | Self::PreapprovalNotInvolved if individual => {
                ("备案人本人", "the applicant in person", false, true)
            }
            _ => ("法定代表人", "the legal representative", true, false),
        };
        let (steps_zh, steps_en, upload_zh, upload_en) = if self == Self::Checklist {
            (
                "打印后逐项核对，自己留存".to_string(),
                "print it and tick off each item; keep it yourself".to_string(),
                "不上传".to_string(),
                "not uploaded".to_string(),
            )
        } else if seal {
            (
                format!("{signer_zh}用黑色签字笔楷体签名（不能用签名章代替），在右下角 42 mm 盖章处加盖单位公章"),
                format!("{signer_en} signs in black ink, regular script (no signature stamp), and the organisation's official seal goes on the 42 mm seal area at the bottom right"),
                UPLOAD_ZH.to_string(),
                UPLOAD_EN.to_string(),
            )
        } else {
            (
                "备案人本人用黑色签字笔楷体签名，并在右下角“按手印处”按红色手印".to_string(),
                "the applicant signs in black ink, regular script, and presses a red-ink fingerprint on the marked spot at the bottom right".to_string(),
                UPLOAD_ZH.to_string(),
                UPLOAD_EN.to_string(),
            )
        };
        Signing {
            signer_zh: signer_zh.into(),
            signer_en: signer_en.into(),
            seal,
            fingerprint,
            steps_zh,
            steps_en,
            upload_zh,
            upload_en,
        }
    }
}

/// Lays out one letter for the draft. `checklist` is only read by [`LetterKind::Checklist`];
/// `today` is the date of making (the letters are dated with the draft's planned submission
/// date, or `today` when there is none).
pub fn compose(
    kind: LetterKind,
    draft: &Draft,
    checklist: &Checklist,
    today: NaiveDate,
) -> Result<Document, Error> {
    let doc = templates::compose(kind, draft, checklist, today)?;
    // Every character drawn must be in the font, also those of texts the template takes without
    // naming their field (lists of websites, domains): then name the field the character is in.
    if let Err(e) = pdf::check_coverage(&doc) {
        let missing = doc
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .find_map(|item| match item {
                layout::Item::Text(run) => crate::fonts::first_missing_glyph(&run.text),
                _ => None,
            });
        let field = missing.and_then(|c| field_holding(draft, c));
        return Err(match (missing, field) {
            (Some(c), Some(path)) => pdf::missing_glyph(c, Some((&path, &path))),
            _ => e,
        });
    }
    Ok(doc)
}

/// The path of the first text field of the draft holding `c` (e.g. `websites[0].name`).
fn field_holding(draft: &Draft, c: char) -> Option<String> {
    fn walk(v: &serde_json::Value, path: String, c: char) -> Option<String> {
        match v {
            serde_json::Value::String(s) if s.contains(c) => Some(path),
            serde_json::Value::Object(m) => m.iter().find_map(|(k, x)| {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(x, p, c)
            }),
            serde_json::Value::Array(a) => a
                .iter()
                .enumerate()
                .find_map(|(i, x)| walk(x, format!("{path}[{i}]"), c)),
            _ => None,
        }
    }
    walk(&serde_json::to_value(draft).ok()?, String::new(), c)
}

/// Writes a laid-out letter as PDF (font embedded as a subset).
pub fn render_pdf(doc: &Document) -> Result<Vec<u8>, Error> {
    pdf::write_pdf(doc, WriteOptions::default())
}

/// Every letter the checklist names (in checklist order), then the checklist itself, as PDFs.
pub fn render_needed(
    draft: &Draft,
    checklist: &Checklist,
    today: NaiveDate,
) -> Result<Vec<(LetterKind, Vec<u8>)>, Error> {
    let mut out = Vec::new();
    for code in checklist.letters() {
        let kind = LetterKind::parse(code)?;
        if kind == LetterKind::Checklist {
            continue;
        }
        let doc = compose(kind, draft, checklist, today)?;
        out.push((kind, render_pdf(&doc)?));
    }
    let doc = compose(LetterKind::Checklist, draft, checklist, today)?;
    out.push((LetterKind::Checklist, render_pdf(&doc)?));
    Ok(out)
}
