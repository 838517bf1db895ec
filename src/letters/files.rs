//! The names of the files this app saves for the checklist's materials: letters as PDF, images
//! as JPEG, each numbered with its checklist row so that a folder sorts in checklist order, e.g.
//! `03_身份证人像面_王芳.jpg`, `07_授权书_广州市某某科技有限公司.pdf`.
//!
//! One place decides the names: the app's save dialogs suggest them, the CLI writes them and the
//! checklist PDF lists them, so the list names the files as saved.
//!
//! Leaves out: writing files (the caller does), names of materials this app does not make (a
//! licence scan the applicant makes elsewhere still gets the name the image step would give it).

use crate::checklist::{Checklist, ChecklistItem};
use crate::draft::Draft;
use crate::images::{file_name, MaterialKind};
use crate::text::normalise_name;

use super::LetterKind;

/// The row number of checklist item `index` (0-based) in file names: 1, 2, 3 …
pub fn row_number(index: usize) -> usize {
    index + 1
}

/// Whose material an item is, for the file name: the item's subject (a domain, a person, an
/// area), else the person in charge the material belongs to, else the entity.
fn owners(item: &ChecklistItem, draft: &Draft) -> Vec<String> {
    let subject = item.subject.trim();
    if !subject.is_empty() {
        return vec![subject.to_string()];
    }
    let entity = draft.entity.name.trim().to_string();
    let mut out: Vec<String> = Vec::new();
    fn push(out: &mut Vec<String>, name: &str) {
        let name = name.trim();
        if !name.is_empty()
            && !out
                .iter()
                .any(|o| normalise_name(o) == normalise_name(name))
        {
            out.push(name.to_string());
        }
    }
    // The field the rule looked at says which website, when it names one.
    let site = item.field.website_index();
    let website_person =
        item.material.starts_with("website-") || item.material == "verification-photo";
    if website_person {
        match site.and_then(|i| draft.websites.get(i)) {
            Some(w) => push(&mut out, &w.principal.name),
            None => draft
                .websites
                .iter()
                .for_each(|w| push(&mut out, &w.principal.name)),
        }
    } else if item.material.contains("principal") {
        push(&mut out, &draft.entity.principal.name);
    }
    if out.is_empty() {
        push(&mut out, &entity);
    }
    out
}

/// The image kinds one material is uploaded as: both sides for an ID scan.
fn image_kinds(item: &ChecklistItem) -> Vec<MaterialKind> {
    let Some(kind) = item
        .image_kind
        .as_deref()
        .and_then(|k| k.parse::<MaterialKind>().ok())
    else {
        return Vec::new();
    };
    match kind {
        MaterialKind::IdFront | MaterialKind::IdBack => {
            vec![MaterialKind::IdFront, MaterialKind::IdBack]
        }
        k => vec![k],
    }
}

/// The PDF file name of a letter: numbered with the first checklist row that asks for it
/// (`00` when the checklist does not name it), then the letter's name and the entity.
pub fn letter_file(kind: LetterKind, draft: &Draft, checklist: &Checklist) -> String {
    let index = checklist
        .items
        .iter()
        .position(|i| i.letter.as_deref() == Some(kind.code()))
        .map(row_number)
        .unwrap_or(0);
    file_name(index, kind.name_zh(), draft.entity.name.trim(), "pdf")
}

/// The JPEG file name of an image exported for checklist item `index` showing `kind`, for the
/// person or entity `owner` (empty: the item's own owner).
pub fn image_file(
    checklist: &Checklist,
    draft: &Draft,
    index: usize,
    kind: MaterialKind,
    owner: &str,
) -> String {
    let owner = if owner.trim().is_empty() {
        checklist
            .items
            .get(index)
            .and_then(|i| owners(i, draft).into_iter().next())
            .unwrap_or_default()
    } else {
        owner.trim().to_string()
    };
    let what = if kind == MaterialKind::Other || kind == MaterialKind::LetterScan {
        checklist
            .items
            .get(index)
            .map(|i| short_name(&i.name_zh))
            .unwrap_or_else(|| kind.name_zh().to_string())
    } else {
        kind.name_zh().to_string()
    };
    file_name(row_number(index), &what, &owner, "jpg")
}

/// A material's name without its explanation in brackets: "本省有效居住证 / 暂住证" stays,
/// "域名注册人与主办单位关系证明（有关…）" becomes "域名注册人与主办单位关系证明".
fn short_name(name: &str) -> String {
    let cut = name.find(['（', '(']).unwrap_or(name.len());
    let s = name[..cut].trim();
    let s = s.split(" / ").next().unwrap_or(s);
    s.trim().to_string()
}

/// Every file this app saves for checklist item `index`: the letter's PDF when it writes one,
/// else one JPEG per image kind and owner; empty when the material is neither (an SMS check).
pub fn item_files(checklist: &Checklist, draft: &Draft, index: usize) -> Vec<String> {
    let Some(item) = checklist.items.get(index) else {
        return Vec::new();
    };
    if let Some(kind) = item.letter.as_deref().and_then(LetterKind::from_code) {
        return vec![letter_file(kind, draft, checklist)];
    }
    let mut out = Vec::new();
    for owner in owners(item, draft) {
        for kind in image_kinds(item) {
            out.push(image_file(checklist, draft, index, kind, &owner));
        }
    }
    out
}
