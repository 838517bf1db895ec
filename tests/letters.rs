//! Letters (issue 4): every letter rendered for a Guangdong company and a Guangdong individual,
//! parsed back with poppler (`pdftotext`, `pdffonts`), and checked for the pre-filled values,
//! the required undertaking text and a subset-embedded font. Never compares raw bytes.

use std::io::Write;
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use icp_filing::checklist::{Checklist, ChecklistItem};
use icp_filing::draft::Draft;
use icp_filing::letters::layout::{self, Item};
use icp_filing::letters::linebreak::{NO_LINE_END, NO_LINE_START};
use icp_filing::letters::{self, compose, render_pdf, Document, LetterKind};
use icp_filing::Error;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A Guangdong company whose legal representative (王䶮, CJK Extension A) is not the website's
/// person-in-charge, with a website that declares two pre-approval areas it does not touch.
fn company() -> Draft {
    let mut v: serde_json::Value =
        serde_json::from_str(icp_filing::examples::text("guangdong-company").unwrap()).unwrap();
    v["entity"]["name"] = "广州市㛃楠网络科技有限公司".into();
    v["entity"]["legal_representative"] = "王䶮".into();
    v["entity"]["principal"]["name"] = "王䶮".into();
    v["entity"]["business_scope"] =
        "软件开发；信息技术咨询服务；数据处理和存储支持服务（不含金融信息服务）".into();
    v["websites"][0]["name"] = "㛃楠科技官网".into();
    v["websites"][0]["domains"][0]["name"] = "jienan-tech.cn".into();
    v["websites"][0]["not_involved"] = serde_json::json!(["finance", "education"]);
    Draft::from_json(&v.to_string()).unwrap()
}

/// A Guangdong individual with a personal blog.
fn person() -> Draft {
    let mut v: serde_json::Value =
        serde_json::from_str(icp_filing::examples::text("guangdong-company").unwrap()).unwrap();
    v["entity"]["kind"] = "individual".into();
    v["entity"]["name"] = "陈喆".into();
    v["entity"]["legal_representative"] = "".into();
    v["entity"]["business_scope"] = "".into();
    v["entity"]["certificate"] = serde_json::json!({
        "kind": "resident-id-card", "number": "440106198503124614",
        "validity": { "start": "2016-05-10", "end": "2036-05-10", "long_term": false }
    });
    v["entity"]["principal"]["name"] = "陈喆".into();
    v["websites"][0]["name"] = "喆的读书笔记".into();
    v["websites"][0]["domains"][0]["name"] = "chenzhe-notes.cn".into();
    v["websites"][0]["description"] = "个人读书笔记与技术随笔，不提供评论和在线交易。".into();
    v["websites"][0]["service_content"] = "blog".into();
    v["websites"][0]["principal"]["name"] = "陈喆".into();
    v["websites"][0]["not_involved"] = serde_json::json!(["news"]);
    Draft::from_json(&v.to_string()).unwrap()
}

fn item(material: &str, letter: Option<&str>) -> ChecklistItem {
    ChecklistItem {
        material: material.into(),
        name_zh: format!("材料{material}"),
        name_en: material.into(),
        letter: letter.map(str::to_string),
        image_kind: None,
        subject: String::new(),
        rule: format!("rule-{material}"),
        reason_zh: "测试原因：需要这份材料。".into(),
        reason_en: "test reason".into(),
        source: "测试来源 2026-11-23".into(),
        sources: Vec::new(),
        field: icp_filing::FieldPath::of("entity"),
    }
}

fn pdftotext(pdf: &[u8]) -> String {
    let mut child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("poppler-utils (pdftotext) must be installed for the letter tests");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// `pdffonts` rows: (name, emb, sub).
fn pdffonts(pdf: &[u8]) -> Vec<(String, bool, bool)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdffonts")
        .arg(&path)
        .output()
        .expect("poppler-utils (pdffonts) must be installed for the letter tests");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines()
        .skip(2)
        .map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            // name type... encoding emb sub uni object ID
            let n = cols.len();
            (
                cols[0].to_string(),
                cols[n - 5] == "yes",
                cols[n - 4] == "yes",
            )
        })
        .collect()
}

/// Text without any whitespace, so phrases broken over lines still match.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn render(kind: LetterKind, draft: &Draft, list: &Checklist) -> (Document, Vec<u8>, String) {
    let doc = compose(kind, draft, list, today())
        .unwrap_or_else(|e| panic!("{} failed: {e}", kind.code()));
    let pdf = render_pdf(&doc).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = squash(&pdftotext(&pdf));
    let fonts = pdffonts(&pdf);
    assert!(!fonts.is_empty(), "{}: no font", kind.code());
    for (name, emb, sub) in &fonts {
        assert!(
            *emb && *sub,
            "{}: font {name} not embedded as subset",
            kind.code()
        );
        assert!(name.contains("NotoSerifCJKsc"), "{name}");
    }
    (doc, pdf, text)
}

fn assert_contains(kind: LetterKind, text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(
            text.contains(&squash(w)),
            "{}: missing {w:?} in text layer:\n{text}",
            kind.code()
        );
    }
}

#[test]
fn company_letters_carry_the_draft_values() {
    let d = company();
    let empty = Checklist::default();
    let common = [
        "广州市㛃楠网络科技有限公司",
        "91440300MA5FAB1235",
        "王䶮",
        "广东省通信管理局：",
    ];
    let (_, _, t) = render(LetterKind::GdCommitmentOrganisation, &d, &empty);
    assert_contains(LetterKind::GdCommitmentOrganisation, &t, &common);
    assert_contains(
        LetterKind::GdCommitmentOrganisation,
        &t,
        &[
            "互联网信息服务备案承诺书",
            "（单位）",
            "㛃楠科技官网",
            "jienan-tech.cn",
            "首次备案",
            "真实、准确、完整",
            "依法注销备案、关闭网站",
            "及时通过接入服务商办理变更手续",
            "承诺单位（盖章）：",
            "法定代表人（签字）：",
            "日期：2026年11月23日",
        ],
    );

    let (_, _, t) = render(LetterKind::GdFinanceUndertaking, &d, &empty);
    assert_contains(LetterKind::GdFinanceUndertaking, &t, &common);
    assert_contains(
        LetterKind::GdFinanceUndertaking,
        &t,
        &[
            "不从事互联网金融经营承诺书",
            // Seed 003: the undertaking the Guangdong CA requires, word for word in our Chinese.
            "未经相关金融监管部门批准并经广东省通信管理局同意，不利用互联网从事金融服务",
            "主营业务：软件开发；信息技术咨询服务",
            "公司官网，展示公司简介",
            "华为云计算技术有限公司",
            "营业执照复印件（加盖公章）",
            "法定代表人（签字）：",
            "日期：2026年11月23日",
        ],
    );

    let (_, _, t) = render(LetterKind::PreapprovalNotInvolved, &d, &empty);
    assert_contains(LetterKind::PreapprovalNotInvolved, &t, &common);
    assert_contains(
        LetterKind::PreapprovalNotInvolved,
        &t,
        &[
            "不涉及前置审批承诺书",
            "jienan-tech.cn",
            "不涉及教育（含校外培训）、互联网金融。",
        ],
    );

    let (_, _, t) = render(LetterKind::AuthorisationLetter, &d, &empty);
    assert_contains(LetterKind::AuthorisationLetter, &t, &common);
    assert_contains(
        LetterKind::AuthorisationLetter,
        &t,
        &[
            "授权书",
            "王芳（居民身份证号码：440305199001012355），担任网站“㛃楠科技官网”的网站负责人",
            // The legal representative is the entity's person-in-charge: the ID is known.
            "法定代表人证件号码：440106198503124614",
            "特此授权。",
            "授权日期：",
        ],
    );
    assert!(
        !t.contains("2026年11月23日"),
        "the legal representative writes no date: {t}"
    );
}

#[test]
fn individual_letters_carry_the_draft_values() {
    let d = person();
    let empty = Checklist::default();
    let (_, _, t) = render(LetterKind::GdCommitmentIndividual, &d, &empty);
    assert_contains(
        LetterKind::GdCommitmentIndividual,
        &t,
        &[
            "（个人）",
            "本人陈喆（居民身份证号码：440106198503124614）",
            "喆的读书笔记",
            "chenzhe-notes.cn",
            "不含企业或其他组织的信息",
            "承诺人：陈喆",
            "签字（并按手印）：",
            "日期：2026年11月23日",
        ],
    );
    assert!(!t.contains("盖章"), "no seal for a person: {t}");

    let (_, _, t) = render(LetterKind::GdFinanceUndertaking, &d, &empty);
    assert_contains(
        LetterKind::GdFinanceUndertaking,
        &t,
        &[
            "本人承诺：未经相关金融监管部门批准并经广东省通信管理局同意，不利用互联网从事金融服务",
            "个人读书笔记与技术随笔",
            "承诺人：陈喆",
        ],
    );
    let (_, _, t) = render(LetterKind::PreapprovalNotInvolved, &d, &empty);
    assert_contains(
        LetterKind::PreapprovalNotInvolved,
        &t,
        &["本人陈喆", "不涉及互联网新闻信息服务。", "承诺人：陈喆"],
    );

    // Letters for organisations refuse an individual, naming the field.
    for kind in [
        LetterKind::GdCommitmentOrganisation,
        LetterKind::AuthorisationLetter,
    ] {
        let err = compose(kind, &d, &empty, today()).unwrap_err();
        assert!(err.to_string().contains("entity.kind"), "{err}");
    }
    let err = compose(
        LetterKind::GdCommitmentIndividual,
        &company(),
        &empty,
        today(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("entity.kind"), "{err}");
}

type Spoil = Box<dyn Fn(&mut Draft)>;

#[test]
fn missing_data_is_an_error_naming_the_field() {
    let empty = Checklist::default();
    let cases: Vec<(LetterKind, Spoil, &str)> = vec![
        (
            LetterKind::GdCommitmentOrganisation,
            Box::new(|d| d.entity.legal_representative = "  ".into()),
            "entity.legal_representative",
        ),
        (
            LetterKind::GdCommitmentOrganisation,
            Box::new(|d| d.websites.clear()),
            "websites",
        ),
        (
            LetterKind::GdCommitmentOrganisation,
            Box::new(|d| d.websites[0].domains.clear()),
            "websites[0].domains",
        ),
        (
            LetterKind::GdCommitmentOrganisation,
            Box::new(|d| d.entity.certificate.number.clear()),
            "entity.certificate.number",
        ),
        (
            LetterKind::GdFinanceUndertaking,
            Box::new(|d| d.websites[0].description.clear()),
            "websites[0].description",
        ),
        (
            LetterKind::GdFinanceUndertaking,
            Box::new(|d| d.entity.business_scope.clear()),
            "entity.business_scope",
        ),
        (
            LetterKind::PreapprovalNotInvolved,
            Box::new(|d| d.websites[0].domains[0].name.clear()),
            "websites[0].domains[0].name",
        ),
        (
            LetterKind::AuthorisationLetter,
            Box::new(|d| d.websites[0].principal.name = "王 䶮".into()),
            "websites[].principal",
        ),
        (
            LetterKind::AuthorisationLetter,
            Box::new(|d| d.websites[0].principal.id.number.clear()),
            "websites[0].principal.id.number",
        ),
    ];
    for (kind, spoil, field) in cases {
        let mut d = company();
        spoil(&mut d);
        let err = compose(kind, &d, &empty, today()).unwrap_err();
        assert!(matches!(err, Error::Letter { .. }), "{err:?}");
        let msg = err.to_string();
        assert!(
            msg.contains(field),
            "{}: {msg} should name {field}",
            kind.code()
        );
        // Chinese and English.
        let (zh, en) = msg.split_once(" / ").expect("zh / en");
        assert!(
            zh.contains(field) && zh.chars().any(|c| c > '\u{4E00}'),
            "{msg}"
        );
        assert!(
            en.contains(field) && en.is_ascii() || en.contains(" the "),
            "{msg}"
        );
    }
}

#[test]
fn a_character_the_font_lacks_is_an_error_not_a_box() {
    // U+4DB6 (CJK Extension A, added in Unicode 13) is not in the shipped font.
    assert!(!icp_filing::fonts::has_glyph('\u{4DB6}'));
    let mut d = company();
    d.entity.legal_representative = "王\u{4DB6}".into();
    let err = compose(
        LetterKind::GdCommitmentOrganisation,
        &d,
        &Checklist::default(),
        today(),
    )
    .unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains('\u{4DB6}') && msg.contains("U+4DB6"), "{msg}");
    assert!(msg.contains("entity.legal_representative"), "{msg}");
}

fn all_documents() -> Vec<Document> {
    let list = Checklist {
        items: (0..3).map(|i| item(&format!("m{i}"), None)).collect(),
    };
    let mut docs = Vec::new();
    for d in [company(), person()] {
        for kind in LetterKind::ALL {
            if let Ok(doc) = compose(kind, &d, &list, today()) {
                docs.push(doc);
            }
        }
    }
    assert_eq!(
        docs.len(),
        5 + 4,
        "company: 5 letters + checklist… got {}",
        docs.len()
    );
    docs
}

#[test]
fn layout_keeps_text_inside_the_page_and_follows_line_breaking_rules() {
    for doc in all_documents() {
        for (p, page) in doc.pages.iter().enumerate() {
            for item in &page.items {
                if let Item::Text(run) = item {
                    if run.text.starts_with("— ") {
                        continue; // the page number
                    }
                    let where_ = format!("{} page {} {:?}", doc.kind.code(), p + 1, run.text);
                    assert!(run.x_mm >= layout::MARGIN_LEFT_MM - 0.01, "{where_}");
                    let right = layout::PAGE_WIDTH_MM - layout::MARGIN_RIGHT_MM;
                    assert!(
                        run.x_mm + run.width_mm <= right + 0.05,
                        "{where_} overflows"
                    );
                    assert!(run.baseline_mm > layout::MARGIN_TOP_MM, "{where_}");
                    assert!(run.baseline_mm < layout::PAGE_HEIGHT_MM - 20.0, "{where_}");
                    let first = run.text.chars().next().unwrap();
                    let last = run.text.chars().last().unwrap();
                    assert!(
                        !NO_LINE_START.contains(first),
                        "{where_} starts with {first}"
                    );
                    assert!(!NO_LINE_END.contains(last), "{where_} ends with {last}");
                }
            }
        }
    }
}

#[test]
fn one_page_letters_fit_one_page_and_long_ones_get_page_numbers() {
    let list = Checklist::default();
    for (kind, d) in [
        (LetterKind::GdCommitmentOrganisation, company()),
        (LetterKind::GdCommitmentIndividual, person()),
        (LetterKind::PreapprovalNotInvolved, company()),
        (LetterKind::AuthorisationLetter, company()),
    ] {
        let doc = compose(kind, &d, &list, today()).unwrap();
        assert_eq!(doc.pages.len(), 1, "{} runs past one page", kind.code());
        assert!(!doc.text().contains("— 1 —"));
    }
    // Twelve websites do not fit on one page: numbered pages, signature block kept whole.
    let mut d = company();
    let site = d.websites[0].clone();
    d.websites = (0..12)
        .map(|i| {
            let mut s = site.clone();
            s.name = format!("示例网站{i}");
            s.domains[0].name = format!("example{i}.cn");
            s
        })
        .collect();
    let doc = compose(LetterKind::GdCommitmentOrganisation, &d, &list, today()).unwrap();
    assert!(doc.pages.len() >= 2);
    assert!(doc.text().contains("— 2 —"));
    let pdf = render_pdf(&doc).unwrap();
    let text = squash(&pdftotext(&pdf));
    assert!(
        text.contains("example11.cn") && text.contains("—2—"),
        "{text}"
    );
}

#[test]
fn document_layout_serialises_for_the_preview() {
    let doc = compose(
        LetterKind::GdCommitmentOrganisation,
        &company(),
        &Checklist::default(),
        today(),
    )
    .unwrap();
    let json = serde_json::to_value(&doc).unwrap();
    assert_eq!(json["kind"], "gd-commitment-organisation");
    assert_eq!(json["pages"][0]["items"][0]["type"], "text");
    let back: Document = serde_json::from_value(json).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn checklist_pdf_is_a_table_of_the_items() {
    let mut items: Vec<ChecklistItem> = (0..30).map(|i| item(&format!("m{i}"), None)).collect();
    items[1].letter = Some("gd-commitment-organisation".into());
    items[2].subject = "jienan-tech.cn".into();
    let list = Checklist { items };
    let (doc, pdf, _) = render(LetterKind::Checklist, &company(), &list);
    // pdftotext reads table columns interleaved: compare the layout's text, cell by cell, and
    // check the PDF's text layer for a phrase within one cell line.
    let t = squash(&doc.text());
    assert!(squash(&pdftotext(&pdf)).contains("法定代表人签字并加盖公章"));
    assert!(doc.pages.len() >= 2, "30 rows need two pages");
    assert_contains(
        LetterKind::Checklist,
        &t,
        &[
            "备案材料清单",
            "广州市㛃楠网络科技有限公司",
            "备案省份：广东省",
            "生成日期：2026年11月23日",
            "材料m0",
            "材料m29",
            "材料m2（jienan-tech.cn）",
            "保存为：02_互联网信息服务备案承诺书（单位）_广州市㛃楠网络科技有限公司.pdf",
            "法定代表人签字并加盖公章，上传到接入商备案系统“补充材料”",
            "测试原因：需要这份材料。",
            "测试来源2026-11-23",
        ],
    );
    // One check box per row (a small square frame in the first column).
    let boxes = doc
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|i| matches!(i, Item::Frame(f) if f.w_mm < 5.0 && f.h_mm < 5.0))
        .count();
    assert_eq!(boxes, 30);
    // The header row is repeated on every page.
    for page in &doc.pages {
        assert!(page
            .items
            .iter()
            .any(|i| matches!(i, Item::Text(r) if r.text.starts_with("依据"))));
    }
}

#[test]
fn render_needed_follows_the_checklist_from_the_rules() {
    let rules = icp_filing::rules::builtin().unwrap();
    let d = company();
    let list = icp_filing::checklist::build(&d, rules, today());
    let out = letters::render_needed(&d, &list, today()).unwrap();
    let kinds: Vec<&str> = out.iter().map(|(k, _)| k.code()).collect();
    assert!(kinds.contains(&"gd-commitment-organisation"), "{kinds:?}");
    assert_eq!(kinds.last(), Some(&"checklist"));
    for (kind, pdf) in &out {
        assert!(pdf.starts_with(b"%PDF-"), "{}", kind.code());
    }
    // An unknown letter id in the checklist is an error, not silently skipped.
    let mut bad = list.clone();
    bad.items.push(item("x", Some("no-such-letter")));
    let err = letters::render_needed(&d, &bad, today()).unwrap_err();
    assert!(err.to_string().contains("no-such-letter"), "{err}");
}

#[test]
fn letter_kind_codes_round_trip() {
    for kind in LetterKind::ALL {
        assert_eq!(LetterKind::from_code(kind.code()), Some(kind));
        assert_eq!(
            serde_json::to_value(kind).unwrap(),
            serde_json::Value::String(kind.code().into())
        );
    }
    assert!(LetterKind::parse("nope")
        .unwrap_err()
        .to_string()
        .contains("gd-commitment-individual"));
}

/// Refreshes the reference images in `docs/letters/` (one PNG per letter, first page, 60 dpi):
/// `cargo test --test tests letters::reference_images -- --ignored`, then look at the diff.
#[test]
#[ignore = "writes docs/letters/*.png; run by hand when the layout or wording changes"]
fn reference_images() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/letters");
    std::fs::create_dir_all(&dir).unwrap();
    let rules = icp_filing::rules::builtin().unwrap();
    let company = company();
    let list = icp_filing::checklist::build(&company, rules, today());
    for kind in LetterKind::ALL {
        let draft = if kind == LetterKind::GdCommitmentIndividual {
            person()
        } else {
            company.clone()
        };
        let doc = compose(kind, &draft, &list, today()).unwrap();
        let pdf = render_pdf(&doc).unwrap();
        let pdf_path = dir.join(format!("{}.pdf", kind.code()));
        std::fs::write(&pdf_path, &pdf).unwrap();
        let status = Command::new("pdftoppm")
            .args(["-r", "60", "-png", "-singlefile"])
            .arg(&pdf_path)
            .arg(dir.join(kind.code()))
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::remove_file(&pdf_path).unwrap();
    }
}

#[test]
fn not_involved_without_declared_areas_names_no_area() {
    // Xinjiang asks every organisation for it, whatever the keyword scan found: the website is
    // named with the general undertaking, and no area nobody declared is listed.
    let mut d = company();
    d.websites[0].not_involved.clear();
    d.websites[0].preapprovals = vec![icp_filing::draft::Preapproval {
        area: icp_filing::draft::PreapprovalArea::Medical,
        number: "（粤）-非经营性-2026-0001".into(),
    }];
    let (doc, _, t) = render(
        LetterKind::PreapprovalNotInvolved,
        &d,
        &Checklist::default(),
    );
    assert_eq!(doc.pages.len(), 1);
    assert_contains(
        LetterKind::PreapprovalNotInvolved,
        &t,
        &["除已取得前置审批的医疗保健信息服务外，不从事需经有关主管部门前置审批的互联网信息服务。"],
    );
    for area in [
        "互联网新闻信息服务",
        "网络出版",
        "电子公告服务",
        "互联网金融",
    ] {
        assert!(!t.contains(area), "{area} was not declared: {t}");
    }
}

#[test]
fn not_involved_lists_only_the_areas_declared_for_each_website() {
    let mut d = company();
    let mut second = d.websites[0].clone();
    second.name = "㛃楠商城".into();
    second.domains[0].name = "jienan-shop.cn".into();
    second.not_involved = vec![icp_filing::draft::PreapprovalArea::News];
    d.websites.push(second);
    let (_, _, t) = render(
        LetterKind::PreapprovalNotInvolved,
        &d,
        &Checklist::default(),
    );
    assert_contains(
        LetterKind::PreapprovalNotInvolved,
        &t,
        &[
            "1.网站名称：㛃楠科技官网（域名：jienan-tech.cn），不涉及教育（含校外培训）、互联网金融。",
            "2.网站名称：㛃楠商城（域名：jienan-shop.cn），不涉及互联网新闻信息服务。",
        ],
    );
    for area in [
        "网络出版",
        "医疗保健",
        "药品",
        "网络文化",
        "视听",
        "网约车",
        "宗教",
        "电子公告",
    ] {
        assert!(!t.contains(area), "{area} was not declared: {t}");
    }
}

#[test]
fn authorisation_names_every_role_of_a_person_in_one_sentence() {
    // 王芳 is the entity's and the website's person-in-charge, not the legal representative.
    let mut d = company();
    d.entity.principal = d.websites[0].principal.clone();
    let (_, _, t) = render(LetterKind::AuthorisationLetter, &d, &Checklist::default());
    let name = squash(&d.websites[0].principal.name);
    assert!(
        !t.contains("。、"),
        "sentence broken after the first role: {t}"
    );
    assert_contains(
        LetterKind::AuthorisationLetter,
        &t,
        &[
            &format!("{name}（"),
            "担任主体负责人、网站“㛃楠科技官网”的网站负责人。",
        ],
    );
}

/// Text runs' boxes (mm): x0, top, x1, bottom; the em box is −0.12 … 0.88 em about the baseline.
fn text_boxes(page: &layout::Page) -> Vec<(String, f32, f32, f32, f32)> {
    page.items
        .iter()
        .filter_map(|i| match i {
            Item::Text(r) => {
                let em = layout::pt_to_mm(r.size_pt);
                Some((
                    r.text.clone(),
                    r.x_mm,
                    r.baseline_mm - 0.88 * em,
                    r.x_mm + r.width_mm,
                    r.baseline_mm + 0.12 * em,
                ))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn seal_area_is_42_mm_in_the_same_place_on_every_letter_and_clear_of_text() {
    let individual_kinds = [
        LetterKind::GdCommitmentIndividual,
        LetterKind::GdFinanceUndertaking,
        LetterKind::PreapprovalNotInvolved,
    ];
    let mut seals = 0;
    let mut prints = 0;
    for doc in all_documents() {
        let last = doc.pages.last().unwrap();
        let marks: Vec<&layout::Frame> = doc
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                Item::Frame(f) if f.dashed => Some(f),
                _ => None,
            })
            .collect();
        if doc.kind == LetterKind::Checklist {
            assert!(marks.is_empty(), "the checklist is not signed");
            continue;
        }
        assert_eq!(marks.len(), 1, "{}: one mark area", doc.kind.code());
        let m = marks[0];
        let individual = doc.text().contains("按手印处");
        if individual {
            assert!(individual_kinds.contains(&doc.kind), "{}", doc.kind.code());
            prints += 1;
            assert!((m.w_mm - layout::FINGERPRINT_MM).abs() < 0.01);
            // Inside the seal area's square.
            assert!(m.x_mm >= layout::SEAL_X_MM && m.y_mm >= layout::SEAL_Y_MM);
            assert!(m.x_mm + m.w_mm <= layout::SEAL_X_MM + layout::SEAL_MM + 0.01);
            assert!(!doc.text().contains("盖章处"), "{}", doc.kind.code());
        } else {
            seals += 1;
            assert_eq!(
                (m.x_mm, m.y_mm, m.w_mm, m.h_mm),
                (
                    layout::SEAL_X_MM,
                    layout::SEAL_Y_MM,
                    layout::SEAL_MM,
                    layout::SEAL_MM
                ),
                "{}",
                doc.kind.code()
            );
            assert_eq!(layout::SEAL_MM, 42.0);
        }
        // The mark is on the last page, and no printed text (but its own label) touches it.
        assert!(last
            .items
            .iter()
            .any(|i| matches!(i, Item::Frame(f) if f == m)));
        for (text, x0, y0, x1, y1) in text_boxes(last) {
            if text == layout::SEAL_HINT || text == layout::FINGERPRINT_HINT {
                assert!(x0 >= m.x_mm && x1 <= m.x_mm + m.w_mm && y1 <= m.y_mm + m.h_mm);
                continue;
            }
            // For a seal: the whole 42 mm square stays clear. For a fingerprint: the same
            // square, so a seal-sized press never covers text either.
            let (sx0, sy0, sx1, sy1) = (
                layout::SEAL_X_MM,
                layout::SEAL_Y_MM,
                layout::SEAL_X_MM + layout::SEAL_MM,
                layout::SEAL_Y_MM + layout::SEAL_MM,
            );
            let overlaps = x0 < sx1 && x1 > sx0 && y0 < sy1 && y1 > sy0;
            assert!(
                !overlaps,
                "{}: {text:?} ({x0:.1},{y0:.1})–({x1:.1},{y1:.1}) overlaps the mark area",
                doc.kind.code()
            );
        }
        // Signature underlines stay left of the area too.
        for i in &last.items {
            if let Item::Line(l) = i {
                assert!(l.x2_mm <= layout::SEAL_X_MM - 1.0, "{}", doc.kind.code());
            }
        }
    }
    assert_eq!(seals, 4, "company letters with a seal");
    assert_eq!(prints, 3, "personal letters with a fingerprint spot");
}

#[test]
fn every_letter_says_who_signs_and_where_it_is_uploaded() {
    for kind in LetterKind::ALL {
        for individual in [false, true] {
            let s = kind.signing(individual);
            assert!(!s.signer_zh.is_empty() && !s.signer_en.is_empty());
            assert!(!s.steps_zh.is_empty() && !s.upload_zh.is_empty());
            assert!(!(s.seal && s.fingerprint), "{}", kind.code());
        }
    }
    let org = LetterKind::GdCommitmentOrganisation.signing(false);
    assert!(org.seal && org.steps_zh.contains("公章") && org.upload_zh.contains("备案系统"));
    let person = LetterKind::GdCommitmentIndividual.signing(true);
    assert!(person.fingerprint && person.steps_zh.contains("手印"));
    assert!(LetterKind::PreapprovalNotInvolved.signing(true).fingerprint);
    assert!(LetterKind::PreapprovalNotInvolved.signing(false).seal);
}

#[test]
fn checklist_pdf_names_the_files_as_saved_and_the_sources_by_publisher() {
    let rules = icp_filing::rules::builtin().unwrap();
    let d = company();
    let list = icp_filing::checklist::build(&d, rules, today());
    let (doc, pdf, _) = render(LetterKind::Checklist, &d, &list);
    assert!(squash(&pdftotext(&pdf)).contains(&squash("UCloud 优刻得《")));
    let t = squash(&doc.text());
    for kind in list.letters() {
        let kind = LetterKind::parse(kind).unwrap();
        let file = letters::files::letter_file(kind, &d, &list);
        assert!(file.ends_with(".pdf") && file.starts_with(|c: char| c.is_ascii_digit()));
        assert!(t.contains(&squash(&file)), "{file} not listed: {t}");
    }
    // The ID scans are listed under the names the image export gives them.
    let idx = list
        .items
        .iter()
        .position(|i| i.material == "principal-id-scan")
        .unwrap();
    let files = letters::files::item_files(&list, &d, idx);
    assert_eq!(files.len(), 2, "{files:?}");
    let who = d.entity.principal.name.trim();
    assert_eq!(
        files[0],
        format!("{:02}_身份证人像面_{who}.jpg", idx + 1),
        "{files:?}"
    );
    assert!(t.contains(&squash(&files[0])) && t.contains(&squash(&files[1])));
    // Sources by publisher, title and date, not by tag.
    let guide = icp_filing::rules::builtin()
        .unwrap()
        .catalogue
        .get("ucloud-beian-materials-guide")
        .unwrap()
        .label();
    assert!(t.contains(&squash(&guide)), "{guide} not in {t}");
    assert!(!t.contains("UC-G1"), "{t}");
}

#[test]
fn cli_writes_the_letters_a_draft_needs() {
    let bin = env!("CARGO_BIN_EXE_icp-filing");
    let example = format!(
        "{}/examples/guangdong-company.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(bin)
        .args(["letters", &example, "--today", "2026-11-23", "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let paths: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    // Saved under the names the printed checklist lists.
    assert!(
        paths.iter().any(
            |p| p.ends_with("_互联网信息服务备案承诺书（单位）_深圳市星河数据科技有限公司.pdf")
        ),
        "{paths:?}"
    );
    assert!(
        paths
            .iter()
            .any(|p| p.ends_with("_备案材料清单_深圳市星河数据科技有限公司.pdf")),
        "{paths:?}"
    );
    for p in &paths {
        let pdf = std::fs::read(p).unwrap();
        assert!(
            squash(&pdftotext(&pdf)).contains("深圳市星河数据科技有限公司"),
            "{p}"
        );
    }

    let one = dir.path().join("sub/auth.pdf");
    let out = Command::new(bin)
        .args([
            "letter",
            "authorisation-letter",
            &example,
            "--today",
            "2026-11-23",
            "-o",
        ])
        .arg(&one)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(squash(&pdftotext(&std::fs::read(&one).unwrap())).contains("王芳"));

    let out = Command::new(bin)
        .args(["letter", "no-such-letter", &example, "-o"])
        .arg(dir.path().join("x.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("未知的信函类型") && err.contains("unknown letter kind"),
        "{err}"
    );

    let out = Command::new(bin)
        .args(["letter", "gd-commitment-individual", &example, "-o"])
        .arg(dir.path().join("y.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("entity.kind"));
    assert!(!dir.path().join("y.pdf").exists());
}

#[test]
fn a_long_letter_is_set_in_the_smaller_size_to_stay_on_one_page() {
    let mut d = company();
    d.entity.business_scope = "一般经营项目是：软件开发；信息技术咨询服务；数据处理和存储支持服务；\
        信息系统集成服务；计算机软硬件及辅助设备批发；计算机软硬件及辅助设备零售；技术服务、技术开发、\
        技术咨询、技术交流、技术转让、技术推广；互联网销售（除销售需要许可的商品）；广告设计、代理；\
        会议及展览服务；企业管理咨询；市场营销策划。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
        .into();
    let doc = compose(
        LetterKind::GdFinanceUndertaking,
        &d,
        &Checklist::default(),
        today(),
    )
    .unwrap();
    assert_eq!(doc.pages.len(), 1);
    let body_sizes: Vec<f32> = doc.pages[0]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text(r) if r.text == "特此承诺。" => Some(r.size_pt),
            _ => None,
        })
        .collect();
    assert_eq!(body_sizes, [layout::BODY_COMPACT_PT]);
    // The short letter keeps the regular size.
    let short = compose(
        LetterKind::GdFinanceUndertaking,
        &company(),
        &Checklist::default(),
        today(),
    )
    .unwrap();
    assert!(short.pages[0].items.iter().any(
        |i| matches!(i, Item::Text(r) if r.text == "特此承诺。" && r.size_pt == layout::BODY_PT)
    ));
}
