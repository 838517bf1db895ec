//! The wording of each letter, filled in from the draft, as layout blocks.
//!
//! The wording is written for this app from the requirements the research found (see
//! `docs/letters.md`); the providers' official templates could not be obtained. Every value taken
//! from the draft goes through [`Fill::need`], which refuses an empty value (naming the field in
//! Chinese and English) and a character the font cannot draw (naming the character and field).
//!
//! Leaves out: province-specific wording beyond the addressee (the draft's province names the
//! Communications Administration the letter is addressed to).

use chrono::{Datelike, NaiveDate};

use super::layout::{self, Block, Mark, Para, SignLine, Signature, Table, CHECK_BOX};
use super::{Document, LetterKind};
use crate::checklist::Checklist;
use crate::draft::{Certificate, Draft, Person, PreapprovalArea};
use crate::province::Province;
use crate::text::normalise_name;
use crate::{fonts, Error};

/// `2026年11月23日`.
pub fn date_zh(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// The full name of a province-level division: 广东省, 北京市, 广西壮族自治区.
pub fn province_full_name(p: Province) -> String {
    let suffix = match p.division_code() {
        11 | 12 | 31 | 50 => "市",
        15 | 54 => "自治区",
        45 => "壮族自治区",
        64 => "回族自治区",
        65 => "维吾尔自治区",
        _ => "省",
    };
    format!("{}{}", p.name_zh(), suffix)
}

/// The Communications Administration (通信管理局) of a province, the addressee of the letters.
pub fn authority(p: Province) -> String {
    format!("{}通信管理局", province_full_name(p))
}

/// Every pre-approval area, in the order of the label table.
pub const ALL_AREAS: &[PreapprovalArea] = PreapprovalArea::ALL;

/// Chinese name of a pre-approval area as written in the undertaking (the label table's).
pub fn area_zh(a: PreapprovalArea) -> &'static str {
    a.name_zh()
}

/// Collapses whitespace (line breaks in a description become one space) and trims.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads values out of the draft for one letter, with errors naming the field.
struct Fill {
    kind: LetterKind,
}

impl Fill {
    /// A value the letter needs: non-empty and drawable.
    fn need(&self, value: &str, path: &str, zh: &str, en: &str) -> Result<String, Error> {
        let v = clean(value);
        if v.is_empty() {
            return Err(Error::Letter {
                zh: format!(
                    "生成《{}》需要{}（{path}），草稿中尚未填写",
                    self.kind.name_zh(),
                    zh
                ),
                en: format!(
                    "the {} needs {en} ({path}), which the draft does not have yet",
                    self.kind.name_en()
                ),
            });
        }
        self.drawable(&v, path, zh, en)?;
        Ok(v)
    }

    /// A value that may be empty but must be drawable.
    fn drawable(&self, value: &str, path: &str, zh: &str, en: &str) -> Result<(), Error> {
        match fonts::first_missing_glyph(value) {
            Some(c) => Err(super::pdf::missing_glyph(
                c,
                Some((&format!("{zh} {path}"), &format!("{en}, {path}"))),
            )),
            None => Ok(()),
        }
    }

    fn wrong_entity(&self, zh: &str, en: &str) -> Error {
        Error::Letter {
            zh: format!("《{}》{zh}", self.kind.name_zh()),
            en: format!("the {} {en}", self.kind.name_en()),
        }
    }

    /// "统一社会信用代码：9144…" or "居民身份证号码：4403…".
    fn certificate(&self, c: &Certificate, path: &str) -> Result<String, Error> {
        let number = self.need(
            &c.number,
            &format!("{path}.number"),
            "证件号码",
            "the certificate number",
        )?;
        Ok(if c.kind.carries_uscc() {
            format!("统一社会信用代码：{number}")
        } else {
            format!("{}号码：{number}", c.kind.name_zh())
        })
    }

    /// One line per website: "网站名称：…；域名：…".
    fn websites(&self, draft: &Draft) -> Result<Vec<String>, Error> {
        if draft.websites.is_empty() {
            return Err(Error::Letter {
                zh: format!(
                    "生成《{}》需要至少一个网站（websites），草稿中没有网站",
                    self.kind.name_zh()
                ),
                en: format!(
                    "the {} needs at least one website (websites); the draft has none",
                    self.kind.name_en()
                ),
            });
        }
        let mut out = Vec::new();
        for (i, w) in draft.websites.iter().enumerate() {
            let name = self.need(
                &w.name,
                &format!("websites[{i}].name"),
                "网站名称",
                "the website name",
            )?;
            let domains = self.domains(draft, i)?;
            out.push(format!("网站名称：{name}；域名：{domains}"));
        }
        Ok(out)
    }

    fn domains(&self, draft: &Draft, i: usize) -> Result<String, Error> {
        let w = &draft.websites[i];
        if w.domains.is_empty() {
            return Err(Error::Letter {
                zh: format!(
                    "生成《{}》需要网站“{}”的域名（websites[{i}].domains）",
                    self.kind.name_zh(),
                    clean(&w.name)
                ),
                en: format!(
                    "the {} needs the domain of website '{}' (websites[{i}].domains)",
                    self.kind.name_en(),
                    clean(&w.name)
                ),
            });
        }
        let mut names = Vec::new();
        for (j, d) in w.domains.iter().enumerate() {
            names.push(self.need(
                &d.name,
                &format!("websites[{i}].domains[{j}].name"),
                "域名",
                "the domain name",
            )?);
        }
        Ok(names.join("、"))
    }
}

fn numbered(items: &[String]) -> Vec<Block> {
    items
        .iter()
        .enumerate()
        .map(|(i, s)| {
            Block::Paragraph(Para {
                text: format!("{}. {s}", i + 1),
                first_indent: 2.0,
                rest_indent: 2.0,
            })
        })
        .collect()
}

fn sign(label: &str, value: Option<String>) -> SignLine {
    SignLine {
        label: label.to_string(),
        value,
    }
}

/// Lays out `kind` for `draft`.
pub fn compose(
    kind: LetterKind,
    draft: &Draft,
    checklist: &Checklist,
    today: NaiveDate,
) -> Result<Document, Error> {
    let f = Fill { kind };
    let date = draft.submission_date(today);
    let (title, blocks) = match kind {
        LetterKind::GdCommitmentOrganisation => commitment_organisation(&f, draft, date)?,
        LetterKind::GdCommitmentIndividual => commitment_individual(&f, draft, date)?,
        LetterKind::GdFinanceUndertaking => finance_undertaking(&f, draft, date)?,
        LetterKind::PreapprovalNotInvolved => not_involved(&f, draft, date)?,
        LetterKind::AuthorisationLetter => authorisation(&f, draft)?,
        LetterKind::Checklist => checklist_table(&f, draft, checklist, today)?,
    };
    Ok(layout::flow(kind, &title, date, &blocks))
}

/// The organisation's name, legal representative and certificate line.
struct Organisation {
    name: String,
    legal_rep: String,
    certificate: String,
}

fn organisation(f: &Fill, draft: &Draft) -> Result<Organisation, Error> {
    if draft.entity.kind.is_individual() {
        return Err(f.wrong_entity(
            "适用于单位主体，本草稿的主体性质为个人（entity.kind）",
            "is for organisations; this draft's entity is an individual (entity.kind)",
        ));
    }
    Ok(Organisation {
        name: f.need(
            &draft.entity.name,
            "entity.name",
            "主办单位名称",
            "the organisation's name",
        )?,
        legal_rep: f.need(
            &draft.entity.legal_representative,
            "entity.legal_representative",
            "法定代表人姓名",
            "the legal representative's name",
        )?,
        certificate: f.certificate(&draft.entity.certificate, "entity.certificate")?,
    })
}

fn individual(f: &Fill, draft: &Draft) -> Result<(String, String), Error> {
    if !draft.entity.kind.is_individual() {
        return Err(f.wrong_entity(
            "适用于个人主体，本草稿的主体为单位（entity.kind），请使用单位版",
            "is for individuals; this draft's entity is an organisation (entity.kind), use the organisation version",
        ));
    }
    let name = f.need(
        &draft.entity.name,
        "entity.name",
        "姓名",
        "the applicant's name",
    )?;
    let cert = f.certificate(&draft.entity.certificate, "entity.certificate")?;
    Ok((name, cert))
}

fn org_signature(org: &Organisation, date: NaiveDate, unit_label: &str) -> Block {
    Block::Signature(Signature {
        lines: vec![
            sign(unit_label, Some(org.name.clone())),
            sign("法定代表人（签字）：", None),
            sign("日期：", Some(date_zh(date))),
        ],
        mark: Mark::Seal,
    })
}

fn person_signature(name: &str, date: NaiveDate) -> Block {
    Block::Signature(Signature {
        lines: vec![
            sign("承诺人：", Some(name.to_string())),
            sign("签字（并按手印）：", None),
            sign("日期：", Some(date_zh(date))),
        ],
        mark: Mark::Fingerprint,
    })
}

type Letter = (String, Vec<Block>);

fn commitment_organisation(f: &Fill, draft: &Draft, date: NaiveDate) -> Result<Letter, Error> {
    let org = organisation(f, draft)?;
    let sites = f.websites(draft)?;
    let kind = draft.application.kind.name_zh();
    let mut b = vec![
        Block::Title("互联网信息服务备案承诺书".into()),
        Block::Subtitle("（单位）".into()),
        Block::Space(0.5),
        Para::flush(format!("{}：", authority(draft.application.province))),
        Para::body(format!(
            "本单位{}（{}），法定代表人{}，现向贵局申请互联网信息服务备案（{kind}）。本次备案的网站如下：",
            org.name, org.certificate, org.legal_rep
        )),
    ];
    b.extend(numbered(&sites));
    b.push(Para::body("本单位郑重承诺："));
    for c in [
        "一、所提交的备案信息（主办单位信息、网站信息、负责人信息及证件资料）真实、准确、完整，证件合法有效，网站负责人已由本人完成核验。",
        "二、遵守《中华人民共和国网络安全法》《互联网信息服务管理办法》《非经营性互联网信息服务备案管理办法》等法律法规，依法开展互联网信息服务，不制作、复制、发布、传播法律法规禁止的信息。",
        "三、网站只提供备案登记的服务内容；未取得有关主管部门前置审批或许可的，不从事需经前置审批的互联网信息服务。",
        "四、备案信息发生变化时，及时通过接入服务商办理变更手续，保持备案信息真实有效。",
        "五、如所提交的备案信息不真实、不准确，或未按规定及时变更，本单位愿意接受通信管理部门依法注销备案、关闭网站等处理，并承担由此产生的法律责任。",
    ] {
        b.push(Para::body(c));
    }
    b.push(Para::body("特此承诺。"));
    b.push(org_signature(&org, date, "承诺单位（盖章）："));
    Ok(("互联网信息服务备案承诺书（单位）".into(), b))
}

fn commitment_individual(f: &Fill, draft: &Draft, date: NaiveDate) -> Result<Letter, Error> {
    let (name, cert) = individual(f, draft)?;
    let sites = f.websites(draft)?;
    let kind = draft.application.kind.name_zh();
    let mut b = vec![
        Block::Title("互联网信息服务备案承诺书".into()),
        Block::Subtitle("（个人）".into()),
        Block::Space(0.5),
        Para::flush(format!("{}：", authority(draft.application.province))),
        Para::body(format!(
            "本人{name}（{cert}）现向贵局申请互联网信息服务备案（{kind}）。本次备案的网站如下："
        )),
    ];
    b.extend(numbered(&sites));
    b.push(Para::body("本人郑重承诺："));
    for c in [
        "一、所提交的备案信息及证件资料真实、准确、完整，由本人亲自完成核验。",
        "二、所备案的网站为个人网站，不含企业或其他组织的信息，不从事经营性互联网信息服务。",
        "三、遵守《中华人民共和国网络安全法》《互联网信息服务管理办法》等法律法规，不制作、复制、发布、传播法律法规禁止的信息；未取得前置审批的，不从事需经前置审批的互联网信息服务。",
        "四、备案信息发生变化时，及时办理变更手续，保持备案信息真实有效。",
        "五、如提交虚假信息、未及时变更或超出备案范围提供服务，本人愿意接受关闭网站、注销备案等处理，并承担由此产生的法律责任。",
    ] {
        b.push(Para::body(c));
    }
    b.push(Para::body("特此承诺。"));
    b.push(person_signature(&name, date));
    Ok(("互联网信息服务备案承诺书（个人）".into(), b))
}

/// The sentence the Guangdong Communications Administration requires in the finance undertaking
/// (seed 003: "will not use the internet for financial services without the approvals of the
/// competent financial regulatory authorities and the consents of the competent provincial
/// Communications Administration Bureau").
pub fn finance_sentence(province: Province) -> String {
    format!(
        "未经相关金融监管部门批准并经{}同意，不利用互联网从事金融服务",
        authority(province)
    )
}

fn finance_undertaking(f: &Fill, draft: &Draft, date: NaiveDate) -> Result<Letter, Error> {
    let province = draft.application.province;
    let is_person = draft.entity.kind.is_individual();
    let mut b = vec![
        Block::Title("不从事互联网金融经营承诺书".into()),
        Block::Space(0.5),
        Para::flush(format!("{}：", authority(province))),
    ];
    let org = if is_person {
        let (name, cert) = individual(f, draft)?;
        b.push(Para::body("一、承诺人基本情况"));
        b.push(Para::body(format!("姓名：{name}；{cert}。")));
        (name, None)
    } else {
        let org = organisation(f, draft)?;
        let scope = f.need(
            &draft.entity.business_scope,
            "entity.business_scope",
            "经营范围（单位业务说明）",
            "the business scope (description of the organisation's business)",
        )?;
        b.push(Para::body("一、单位基本情况"));
        b.push(Para::body(format!(
            "单位名称：{}；{}；法定代表人：{}。",
            org.name, org.certificate, org.legal_rep
        )));
        b.push(Para::body(format!("主营业务：{scope}")));
        (org.name.clone(), Some(org))
    };
    b.push(Para::body("二、网站情况"));
    if draft.websites.is_empty() {
        f.websites(draft)?;
    }
    for (i, w) in draft.websites.iter().enumerate() {
        let name = f.need(
            &w.name,
            &format!("websites[{i}].name"),
            "网站名称",
            "the website name",
        )?;
        let domains = f.domains(draft, i)?;
        let content = f.need(
            &w.description,
            &format!("websites[{i}].description"),
            "网站内容描述",
            "the description of the website's content",
        )?;
        let provider = clean(&w.access_provider);
        f.drawable(
            &provider,
            &format!("websites[{i}].access_provider"),
            "接入服务商",
            "the access provider",
        )?;
        let provider = if provider.is_empty() {
            String::new()
        } else {
            format!("；接入服务商：{provider}")
        };
        b.push(Block::Paragraph(Para {
            text: format!(
                "{}. 网站名称：{name}；域名：{domains}{provider}。网站内容：{content}",
                i + 1
            ),
            first_indent: 2.0,
            rest_indent: 0.0,
        }));
    }
    b.push(Para::body("三、承诺事项"));
    let who = if is_person { "本人" } else { "本单位" };
    b.push(Para::body(format!(
        "{who}承诺：{}，包括但不限于互联网支付、网络借贷、股权众筹融资、互联网基金销售、互联网保险、互联网信托和互联网消费金融等业务；网站不发布金融产品的宣传推介、销售或交易信息。",
        finance_sentence(province)
    )));
    b.push(Para::body(format!(
        "如违反上述承诺，{who}愿意接受注销备案、关闭网站等处理，并承担由此产生的法律责任。"
    )));
    if !is_person {
        b.push(Para::body("附件：营业执照复印件（加盖公章）"));
    }
    b.push(Para::body("特此承诺。"));
    b.push(match &org.1 {
        Some(o) => org_signature(o, date, "承诺单位（盖章）："),
        None => person_signature(&org.0, date),
    });
    Ok(("不从事互联网金融经营承诺书".into(), b))
}

fn not_involved(f: &Fill, draft: &Draft, date: NaiveDate) -> Result<Letter, Error> {
    let province = draft.application.province;
    let is_person = draft.entity.kind.is_individual();
    let (who, subject) = if is_person {
        let (name, cert) = individual(f, draft)?;
        ("本人", (format!("本人{name}（{cert}）"), name))
    } else {
        let org = organisation(f, draft)?;
        (
            "本单位",
            (
                format!(
                    "本单位{}（{}，法定代表人{}）",
                    org.name, org.certificate, org.legal_rep
                ),
                org.name,
            ),
        )
    };
    // Each website lists the areas declared for it (`not_involved`) and nothing else: the
    // letter undertakes what the applicant declared, never areas nobody asked about. A website
    // that declares none is named with the general undertaking (Beijing and Xinjiang ask every
    // organisation for it) that it runs no service needing a pre-approval it does not hold.
    if draft.websites.is_empty() {
        f.websites(draft)?;
    }
    let mut lines = Vec::new();
    let mut any_declared = false;
    for (i, w) in draft.websites.iter().enumerate() {
        let name = f.need(
            &w.name,
            &format!("websites[{i}].name"),
            "网站名称",
            "the website name",
        )?;
        let domains = f.domains(draft, i)?;
        let mut areas: Vec<PreapprovalArea> = w.not_involved.clone();
        areas.sort();
        areas.dedup();
        let mut held: Vec<PreapprovalArea> = w.preapprovals.iter().map(|p| p.area).collect();
        held.sort();
        held.dedup();
        if areas.is_empty() {
            let except = if held.is_empty() {
                String::new()
            } else {
                let names: Vec<&str> = held.iter().map(|a| area_zh(*a)).collect();
                format!("除已取得前置审批的{}外，", names.join("、"))
            };
            lines.push(format!(
                "网站名称：{name}（域名：{domains}），{except}不从事需经有关主管部门前置审批的互联网信息服务。"
            ));
        } else {
            any_declared = true;
            let names: Vec<&str> = areas.into_iter().map(area_zh).collect();
            lines.push(format!(
                "网站名称：{name}（域名：{domains}），不涉及{}。",
                names.join("、")
            ));
        }
    }
    let intro = if any_declared {
        "经自查，以下网站不涉及所列需经有关主管部门前置审批的互联网信息服务："
    } else {
        "经自查，以下网站不从事需经有关主管部门前置审批的互联网信息服务："
    };
    let mut b = vec![
        Block::Title("不涉及前置审批承诺书".into()),
        Block::Space(0.5),
        Para::flush(format!("{}：", authority(province))),
        Para::body(format!(
            "{}申请互联网信息服务备案（{}）。{intro}",
            subject.0,
            draft.application.kind.name_zh()
        )),
    ];
    b.extend(numbered(&lines));
    b.push(Para::body(format!(
        "{who}承诺：上述网站不提供所列的互联网信息服务，不发布相关内容；今后如需开展，将先依法取得有关主管部门的审批或许可，并及时办理备案变更手续。"
    )));
    b.push(Para::body(format!(
        "如违反上述承诺，{who}愿意接受注销备案、关闭网站等处理，并承担由此产生的法律责任。"
    )));
    b.push(Para::body("特此承诺。"));
    if is_person {
        b.push(person_signature(&subject.1, date));
    } else {
        let org = organisation(f, draft)?;
        b.push(org_signature(&org, date, "承诺单位（盖章）："));
    }
    Ok(("不涉及前置审批承诺书".into(), b))
}

fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (normalise_name(a), normalise_name(b));
    !a.is_empty() && a == b
}

fn person_line(f: &Fill, p: &Person, path: &str, roles: &[String]) -> Result<String, Error> {
    let name = f.need(
        &p.name,
        &format!("{path}.name"),
        "负责人姓名",
        "the person-in-charge's name",
    )?;
    let cert = f.certificate(&p.id, &format!("{path}.id"))?;
    Ok(format!("{name}（{cert}），担任{}。", roles.join("、")))
}

fn authorisation(f: &Fill, draft: &Draft) -> Result<Letter, Error> {
    let org = organisation(f, draft)?;
    let legal = &draft.entity.legal_representative;
    let mut roles: Vec<(String, &Person, String)> = Vec::new();
    if !same_person(&draft.entity.principal.name, legal) {
        roles.push((
            "主体负责人".into(),
            &draft.entity.principal,
            "entity.principal".into(),
        ));
    }
    for (i, w) in draft.websites.iter().enumerate() {
        if !same_person(&w.principal.name, legal) {
            let site = clean(&w.name);
            let role = if site.is_empty() {
                "网站负责人".to_string()
            } else {
                format!("网站“{site}”的网站负责人")
            };
            roles.push((role, &w.principal, format!("websites[{i}].principal")));
        }
    }
    // One line per person, naming all their roles: (name key, person, path, roles).
    let mut grouped: Vec<(String, &Person, String, Vec<String>)> = Vec::new();
    for (role, person, path) in roles {
        let key = normalise_name(&person.name);
        match grouped.iter_mut().find(|g| !key.is_empty() && g.0 == key) {
            Some(g) => g.3.push(role),
            None => grouped.push((key, person, path, vec![role])),
        }
    }
    let mut people: Vec<String> = Vec::new();
    for (_, person, path, roles) in &grouped {
        people.push(person_line(f, person, path, roles)?);
    }
    if people.is_empty() {
        return Err(Error::Letter {
            zh: "不需要授权书：主体负责人和各网站负责人都是法定代表人本人（entity.principal、websites[].principal）".into(),
            en: "no letter of authorisation is needed: the entity and website persons-in-charge are all the legal representative (entity.principal, websites[].principal)".into(),
        });
    }
    // The legal representative's ID number is on the template; the draft has it only when the
    // legal representative is also a person-in-charge.
    let legal_id = std::iter::once(&draft.entity.principal)
        .chain(draft.websites.iter().map(|w| &w.principal))
        .find(|p| same_person(&p.name, legal))
        .map(|p| clean(&p.id.number))
        .filter(|n| !n.is_empty() && fonts::first_missing_glyph(n).is_none());
    let mut b = vec![
        Block::Title("授权书".into()),
        Block::Space(0.5),
        Para::flush(format!("{}：", authority(draft.application.province))),
        Para::body(format!(
            "{}（{}）法定代表人{}，现授权本单位以下人员代表本单位办理互联网信息服务备案（{}）相关事宜，并负责网站的日常管理：",
            org.name, org.certificate, org.legal_rep,
            draft.application.kind.name_zh()
        )),
    ];
    b.extend(numbered(&people));
    b.push(Para::body(
        "被授权人在备案过程中提交的信息视为本单位提交的信息，本单位对其真实性负责。如备案信息不真实或网站内容违反法律法规，本单位愿意接受有关主管部门依法采取的注销备案、关闭网站等处理措施。",
    ));
    b.push(Para::body("特此授权。"));
    let mut lines = vec![
        sign("主办单位（盖章）：", Some(org.name.clone())),
        sign("法定代表人（签字）：", None),
    ];
    lines.push(sign("法定代表人证件号码：", legal_id));
    // UCloud's filling instructions: the legal representative writes no date; the template's
    // date line stays as it is.
    lines.push(sign("授权日期：", Some("　　　年　　月　　日".into())));
    b.push(Block::Signature(Signature {
        lines,
        mark: Mark::Seal,
    }));
    Ok(("授权书".into(), b))
}

fn checklist_table(
    f: &Fill,
    draft: &Draft,
    checklist: &Checklist,
    today: NaiveDate,
) -> Result<Letter, Error> {
    let entity = clean(&draft.entity.name);
    f.drawable(&entity, "entity.name", "主办单位名称", "the entity name")?;
    let entity = if entity.is_empty() {
        "（未填写）".to_string()
    } else {
        entity
    };
    let mut b = vec![
        Block::Title("备案材料清单".into()),
        Para::flush(format!("主办单位或个人：{entity}")),
        Para::flush(format!(
            "备案省份：{}　备案类型：{}　生成日期：{}",
            province_full_name(draft.application.province),
            draft.application.kind.name_zh(),
            date_zh(today)
        )),
        Block::Space(0.3),
    ];
    if checklist.items.is_empty() {
        b.push(Para::body(
            "按目前的草稿和规则，没有需要另外准备的材料。请先运行检查，补全草稿后再生成清单。",
        ));
    } else {
        let mut rows = Vec::new();
        for (i, item) in checklist.items.iter().enumerate() {
            let path = format!("checklist.items[{i}]");
            let source = item.source.to_string();
            for (text, what) in [
                (&item.name_zh, "name_zh"),
                (&item.subject, "subject"),
                (&item.reason_zh, "reason_zh"),
                (&source, "source"),
            ] {
                f.drawable(
                    &clean(text),
                    &format!("{path}.{what}"),
                    "清单",
                    "the checklist",
                )?;
            }
            let mut name = clean(&item.name_zh);
            if !item.subject.trim().is_empty() {
                name.push_str(&format!("（{}）", clean(&item.subject)));
            }
            let files = super::files::item_files(checklist, draft, i);
            for file in &files {
                f.drawable(file, &format!("{path}.file"), "文件名", "the file name")?;
            }
            if let Some(kind) = item.letter.as_deref().and_then(LetterKind::from_code) {
                if !files.is_empty() {
                    name.push_str(&format!("\n保存为：{}", files.join("、")));
                }
                if kind != LetterKind::Checklist {
                    let signing = kind.signing(draft.entity.kind.is_individual());
                    name.push_str(&format!(
                        "\n{}{}，上传到接入商备案系统“补充材料”",
                        signing.signer_zh,
                        match (signing.seal, signing.fingerprint) {
                            (true, _) => "签字并加盖公章",
                            (false, true) => "签字并按手印",
                            _ => "签字",
                        }
                    ));
                }
            } else if !files.is_empty() {
                name.push_str(&format!("\n导出为：{}", files.join("、")));
            }
            let sources = if item.sources.is_empty() {
                clean(&item.source)
            } else {
                item.sources
                    .iter()
                    .map(|s| clean(&s.label()))
                    .collect::<Vec<_>>()
                    .join("；")
            };
            f.drawable(&sources, &format!("{path}.sources"), "依据", "the sources")?;
            rows.push(vec![
                CHECK_BOX.to_string(),
                name,
                clean(&item.reason_zh),
                sources,
            ]);
        }
        let w = layout::text_width_mm();
        let widths = vec![10.0, 58.0, 46.0, w - 114.0];
        b.push(Block::Table(Table {
            widths_mm: widths,
            header: vec![
                "核对".into(),
                "材料与文件".into(),
                "原因".into(),
                "依据（发布者《标题》日期）".into(),
            ],
            rows,
        }));
    }
    b.push(Block::Note(
        "本清单由备案助手按公开资料生成，各地管局和接入商的要求可能更新，提交前请与接入商的最新要求核对。".into(),
    ));
    Ok(("备案材料清单".into(), b))
}
