//! Letters: time to lay out and write each one-page letter (the figure: under 50 ms) and
//! the PDF size (under 150 KB, aim 100 KB), next to the size with the whole font embedded.
//!
//! Sizes are printed once before the timings (`cargo bench --bench letters`); the run fails if a
//! one-page letter is not one page or exceeds 150 KB.

use std::time::Instant;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use icp_filing::checklist::Checklist;
use icp_filing::letters::{compose, pdf, render_pdf, LetterKind, WriteOptions};
use icp_filing::{examples, Draft};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The Guangdong company example with a website person-in-charge who is not the legal
/// representative and two declared not-involved areas (so every letter applies).
fn company() -> Draft {
    let mut d = examples::get("guangdong-company").unwrap();
    d.websites[0].not_involved = vec![
        icp_filing::draft::PreapprovalArea::Finance,
        icp_filing::draft::PreapprovalArea::Education,
    ];
    d
}

fn person() -> Draft {
    let mut d = company();
    d.entity.kind = icp_filing::draft::EntityKind::Individual;
    d.entity.name = "陈喆".into();
    d.entity.certificate = d.entity.principal.id.clone();
    d.entity.legal_representative.clear();
    d.websites[0].name = "喆的读书笔记".into();
    d
}

fn cases() -> Vec<(LetterKind, Draft)> {
    vec![
        (LetterKind::GdCommitmentOrganisation, company()),
        (LetterKind::GdCommitmentIndividual, person()),
        (LetterKind::GdFinanceUndertaking, company()),
        (LetterKind::PreapprovalNotInvolved, company()),
        (LetterKind::AuthorisationLetter, company()),
    ]
}

fn bench(c: &mut Criterion) {
    let list = Checklist::default();
    // First render in the process: includes parsing the 16 MB font once.
    let t0 = Instant::now();
    let first = compose(
        LetterKind::GdCommitmentOrganisation,
        &company(),
        &list,
        today(),
    )
    .unwrap();
    render_pdf(&first).unwrap();
    eprintln!(
        "first letter in the process (font decompression and parse included): {:.1} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );
    eprintln!(
        "{:<28} {:>6} {:>12} {:>14}",
        "letter", "pages", "subset (KB)", "full font (KB)"
    );
    for (kind, draft) in cases() {
        let doc = compose(kind, &draft, &list, today()).unwrap();
        let subset = render_pdf(&doc).unwrap().len();
        let full = pdf::write_pdf(&doc, WriteOptions { subset_font: false })
            .unwrap()
            .len();
        eprintln!(
            "{:<28} {:>6} {:>12.1} {:>14.1}",
            kind.code(),
            doc.pages.len(),
            subset as f64 / 1024.0,
            full as f64 / 1024.0
        );
        assert_eq!(doc.pages.len(), 1, "{} is not one page", kind.code());
        assert!(subset < 150 * 1024, "{} weighs {subset} bytes", kind.code());
    }

    let mut group = c.benchmark_group("letter");
    group.sample_size(30);
    for (kind, draft) in cases() {
        group.bench_function(kind.code(), |b| {
            b.iter(|| {
                let doc = compose(kind, std::hint::black_box(&draft), &list, today()).unwrap();
                render_pdf(&doc).unwrap()
            })
        });
    }
    let draft = company();
    group.bench_function("layout only (gd-commitment-organisation)", |b| {
        b.iter(|| {
            compose(
                LetterKind::GdCommitmentOrganisation,
                std::hint::black_box(&draft),
                &list,
                today(),
            )
            .unwrap()
        })
    });
    group.finish();

    // The one-off cost of the compressed font, paid by the first letter or watermark.
    let mut font = c.benchmark_group("font");
    font.sample_size(10);
    font.bench_function("decompress (brotli, once per process)", |b| {
        b.iter(|| icp_filing::fonts::decompress_font(icp_filing::fonts::compressed_font()))
    });
    font.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
