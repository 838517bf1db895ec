//! Checking a 10-website draft (the figure: under 1 ms) and building its checklist.

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
    c.bench_function("load and validate rule files", |b| {
        b.iter(|| {
            rules::RuleSet::load(rules::NATIONAL, &rules::PROVINCE_FILES, rules::MATERIALS).unwrap()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
