//! Checking a 10-website draft (target: at most 200 µs) and building its checklist; loading the
//! rule files. The batch figure (drafts per second over a folder) is `scripts/bench-batch.sh`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use icp_filing::{checklist, engine, examples, rules};

fn ten_website_draft() -> icp_filing::Draft {
    let mut d = examples::get("guangdong-company").unwrap();
    let template = d.websites[0].clone();
    d.websites = (0..10)
        .map(|i| {
            let mut w = template.clone();
            w.name = format!("星河数据官网{i}");
            w.domains[0].name = format!("xinghedata{i}.cn");
            w
        })
        .collect();
    d
}

fn bench(c: &mut Criterion) {
    let set = rules::builtin().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let draft = ten_website_draft();
    c.bench_function("check 10-website draft", |b| {
        b.iter(|| engine::check(std::hint::black_box(&draft), set, today))
    });
    c.bench_function("checklist 10-website draft", |b| {
        b.iter(|| checklist::build(std::hint::black_box(&draft), set, today))
    });
    let files = rules::RuleFiles::builtin();
    c.bench_function("load and validate rule files", |b| {
        b.iter(|| rules::RuleSet::load(std::hint::black_box(&files)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
