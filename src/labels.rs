//! One label table per vocabulary: every code the draft format and the rule data use, with its
//! Chinese and English label, written once.
//!
//! The enums below are defined from their tables, so the JSON value (`code`), the JSON Schema's
//! description (`中文 / English.`), the labels in messages (`name_zh`, `name_en`), the UI's options
//! (through [`tables`]) and the letters all read the same row. English labels are lower-case noun
//! phrases that fit inside a sentence ("a {kind} cannot …"); the UI capitalises where it needs to.
//! Provinces have their own table in [`crate::province`] (with division codes and abbreviations).
//!
//! Leaves out: what the codes mean for the rules (see `assets/rules/`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A vocabulary: a closed set of codes with labels.
pub trait Vocabulary: Sized + Copy + 'static {
    /// The vocabulary's name (the Rust type).
    const NAME: &'static str;
    /// Every value, in table order.
    fn all() -> &'static [Self];
    /// The stable code (the JSON value and the value in rule data).
    fn code(self) -> &'static str;
    /// Chinese label.
    fn name_zh(self) -> &'static str;
    /// English label.
    fn name_en(self) -> &'static str;
    /// The value with this code.
    fn from_code(code: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.code() == code)
    }
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* pub enum $name:ident {
        $( $variant:ident = ($code:literal, $zh:literal, $en:literal) ),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        pub enum $name {
            $( #[doc = concat!($zh, " / ", $en, ".")] #[serde(rename = $code)] $variant ),+
        }

        impl $name {
            /// Every value, in table order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The stable code (the JSON value and the value in rule data).
            pub fn code(self) -> &'static str { match self { $($name::$variant => $code),+ } }
            /// Chinese label.
            pub fn name_zh(self) -> &'static str { match self { $($name::$variant => $zh),+ } }
            /// English label.
            pub fn name_en(self) -> &'static str { match self { $($name::$variant => $en),+ } }
        }

        impl Vocabulary for $name {
            const NAME: &'static str = stringify!($name);
            fn all() -> &'static [Self] { Self::ALL }
            fn code(self) -> &'static str { $name::code(self) }
            fn name_zh(self) -> &'static str { $name::name_zh(self) }
            fn name_en(self) -> &'static str { $name::name_en(self) }
        }
    };
}

vocabulary! {
    /// 备案类型 / Kind of filing application.
    pub enum ApplicationKind {
        FirstFiling = ("first-filing", "首次备案", "first filing"),
        NewWebsite = ("new-website", "新增网站", "new website"),
        NewAccess = ("new-access", "新增接入", "new access"),
        Change = ("change", "变更备案", "change of filing"),
    }
}

vocabulary! {
    /// 备案状态 / Where the filing stands (the agency workspace sorts and filters by it).
    pub enum FilingStatus {
        Draft = ("draft", "草稿", "draft"),
        Submitted = ("submitted", "已提交", "submitted"),
        Approved = ("approved", "已备案", "approved"),
        ChangePending = ("change-pending", "变更中", "change pending"),
    }
}

vocabulary! {
    /// 主体性质 / Entity type.
    pub enum EntityKind {
        Individual = ("individual", "个人", "individual"),
        Enterprise = ("enterprise", "企业", "enterprise"),
        IndividualBusiness = ("individual-business", "个体工商户", "individual business"),
        PublicInstitution = ("public-institution", "事业单位", "public institution"),
        Government = ("government", "政府机关", "government body"),
        SocialOrganisation = ("social-organisation", "社会团体", "social organisation"),
        PrivateNonEnterprise = ("private-non-enterprise", "民办非企业单位", "private non-enterprise unit"),
        Foundation = ("foundation", "基金会", "foundation"),
        LawFirm = ("law-firm", "律师执业机构", "law firm"),
        Defence = ("defence", "国防机构", "defence body"),
        OtherOrganisation = ("other-organisation", "其他组织", "other organisation"),
        OverseasOrganisation = ("overseas-organisation", "境外组织", "organisation registered outside the mainland"),
    }
}

impl EntityKind {
    /// True for a person filing as a person.
    pub fn is_individual(self) -> bool {
        matches!(self, EntityKind::Individual)
    }
}

vocabulary! {
    /// 证件类型 / Certificate or identity-document type, for entities and persons alike.
    pub enum CertificateKind {
        ResidentIdCard = ("resident-id-card", "居民身份证", "resident identity card"),
        TemporaryIdCard = ("temporary-id-card", "临时居民身份证", "temporary resident identity card"),
        Passport = ("passport", "护照", "passport"),
        HkMacaoTravelPermit = ("hk-macao-travel-permit", "港澳居民来往内地通行证", "mainland travel permit for Hong Kong and Macao residents"),
        TaiwanTravelPermit = ("taiwan-travel-permit", "台湾居民来往大陆通行证", "mainland travel permit for Taiwan residents"),
        HkMacaoResidencePermit = ("hk-macao-residence-permit", "港澳居民居住证", "residence permit for Hong Kong and Macao residents"),
        TaiwanResidencePermit = ("taiwan-residence-permit", "台湾居民居住证", "residence permit for Taiwan residents"),
        ForeignPermanentResidence = ("foreign-permanent-residence", "外国人永久居留身份证", "foreign permanent resident ID card"),
        BusinessLicence = ("business-licence", "营业执照", "business licence"),
        UsccCertificate = ("uscc-certificate", "统一社会信用代码证书", "unified social credit code certificate"),
        OrganisationCode = ("organisation-code", "组织机构代码证", "organisation code certificate"),
        PublicInstitutionCertificate = ("public-institution-certificate", "事业单位法人证书", "public institution legal-person certificate"),
        SocialOrganisationCertificate = ("social-organisation-certificate", "社会团体法人登记证书", "social organisation registration certificate"),
        PrivateNonEnterpriseCertificate = ("private-non-enterprise-certificate", "民办非企业单位登记证书", "private non-enterprise unit registration certificate"),
        FoundationCertificate = ("foundation-certificate", "基金会法人登记证书", "foundation registration certificate"),
        LawFirmLicence = ("law-firm-licence", "律师事务所执业许可证", "law firm practice licence"),
        MilitaryCode = ("military-code", "部队代号", "military unit code"),
        OverseasOrganisationCertificate = ("overseas-organisation-certificate", "境外机构证件", "certificate of an organisation registered outside the mainland"),
        Other = ("other", "其他证件", "other certificate"),
    }
}

impl CertificateKind {
    /// True when the number on this certificate is an 18-character 统一社会信用代码.
    pub fn carries_uscc(self) -> bool {
        matches!(
            self,
            Self::BusinessLicence
                | Self::UsccCertificate
                | Self::PublicInstitutionCertificate
                | Self::SocialOrganisationCertificate
                | Self::PrivateNonEnterpriseCertificate
                | Self::FoundationCertificate
                | Self::LawFirmLicence
        )
    }
}

vocabulary! {
    /// 网站服务内容 / Service content of a website: the MIIT filing system's 24 choices (codes 1–24 in
    /// the filing APIs, e.g. CDNetworks' `beianContentType`), plus 论坛/社区 kept for drafts written
    /// before (a forum is the 电子公告服务 pre-approval item).
    pub enum ServiceContent {
        InstantMessaging = ("instant-messaging", "即时通信", "instant messaging"),
        SearchEngine = ("search-engine", "搜索引擎", "search engine"),
        GeneralPortal = ("general-portal", "综合门户", "general portal"),
        WebMail = ("web-mail", "网上邮局", "web mail"),
        OnlineNews = ("online-news", "网络新闻", "online news"),
        Blog = ("blog", "博客/个人空间", "blog or personal space"),
        OnlineAdvertising = ("online-advertising", "网络广告/信息", "online advertising or information"),
        OrganisationPortal = ("organisation-portal", "单位门户网站", "organisation portal"),
        ECommerce = ("e-commerce", "网络购物", "online shopping"),
        OnlinePayment = ("online-payment", "网上支付", "online payment"),
        OnlineBanking = ("online-banking", "网上银行", "online banking"),
        OnlineTrading = ("online-trading", "网上炒股/股票基金", "online share and fund trading"),
        OnlineGames = ("online-games", "网络游戏", "online games"),
        OnlineMusic = ("online-music", "网络音乐", "online music"),
        OnlineVideo = ("online-video", "网络影视", "online film and video"),
        OnlinePictures = ("online-pictures", "网络图片", "online pictures"),
        SoftwareDownload = ("software-download", "网络软件/下载", "software download"),
        JobSearch = ("job-search", "网上求职", "online job search"),
        OnlineDating = ("online-dating", "网上交友/婚介", "online dating"),
        RealEstate = ("real-estate", "网上房产", "online real estate"),
        OnlineEducation = ("online-education", "网络教育", "online education"),
        WebsiteBuilding = ("website-building", "网站建设", "website building"),
        Wap = ("wap", "WAP", "WAP"),
        Forum = ("forum", "论坛/社区（电子公告服务）", "forum or community (bulletin board)"),
        Other = ("other", "其他", "other"),
    }
}

vocabulary! {
    /// 域名持有者类型 / Who holds the domain.
    pub enum HolderKind {
        Individual = ("individual", "个人", "person"),
        Organisation = ("organisation", "单位", "organisation"),
    }
}

vocabulary! {
    /// 前置审批领域 / Pre-approval (前置审批) area. The labels are the services' formal names, as
    /// the undertakings write them.
    pub enum PreapprovalArea {
        News = ("news", "互联网新闻信息服务", "internet news information services"),
        Publishing = ("publishing", "网络出版（含网络游戏出版）", "online publishing (including online games)"),
        Education = ("education", "教育（含校外培训）", "education (including off-campus tutoring)"),
        Medical = ("medical", "医疗保健信息服务", "medical and health-care information services"),
        Drugs = ("drugs", "药品和医疗器械信息服务", "drug and medical-device information services"),
        Culture = ("culture", "网络文化经营（含网络直播、音乐、动漫、网络游戏、演出）", "online cultural business (streaming, music, anime, online games, performances)"),
        AudioVisual = ("audio-visual", "网络视听节目服务（广播电影电视节目）", "online audio-visual programme services (radio, film and TV)"),
        Finance = ("finance", "互联网金融", "internet finance"),
        RideHailing = ("ride-hailing", "网络预约出租汽车", "online ride-hailing"),
        Religion = ("religion", "互联网宗教信息服务", "internet religious information services"),
        BulletinBoard = ("bulletin-board", "电子公告服务（论坛、社区）", "bulletin-board services (forums, communities)"),
        OnlineGames = ("online-games", "网络游戏", "online games"),
        AdultProducts = ("adult-products", "成人用品信息服务或网上销售", "adult-products information or online sales"),
    }
}

vocabulary! {
    /// 居住证明类型 / What proves that a person lives in the filing province although the ID's
    /// address is elsewhere (the provinces that take non-local individuals name these).
    pub enum ResidenceProofKind {
        ResidencePermit = ("residence-permit", "居住证", "residence permit"),
        TemporaryResidencePermit = ("temporary-residence-permit", "暂住证（临时居住证）", "temporary residence permit"),
        StudentCard = ("student-card", "学生证", "student card"),
        SocialInsurance = ("social-insurance", "社保缴纳证明", "social-insurance record"),
        PropertyDeed = ("property-deed", "房产证", "property deed"),
    }
}

vocabulary! {
    /// 人员角色 / The role of a person in a draft.
    pub enum Role {
        Individual = ("individual", "备案人", "applicant"),
        EntityPrincipal = ("entity-principal", "主体负责人", "entity person-in-charge"),
        WebsitePrincipal = ("website-principal", "网站负责人", "website person-in-charge"),
    }
}

/// One row of a label table, as the UI receives it.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Label {
    /// The code.
    pub code: &'static str,
    /// Chinese label.
    pub zh: &'static str,
    /// English label.
    pub en: &'static str,
}

fn rows<V: Vocabulary>() -> (&'static str, Vec<Label>) {
    (
        V::NAME,
        V::all()
            .iter()
            .map(|v| Label {
                code: v.code(),
                zh: v.name_zh(),
                en: v.name_en(),
            })
            .collect(),
    )
}

/// Every label table by vocabulary name (`EntityKind`, …, `Province`), for the UI and the docs.
pub fn tables() -> Vec<(&'static str, Vec<Label>)> {
    let provinces = crate::Province::ALL
        .iter()
        .map(|p| Label {
            code: p.slug(),
            zh: p.name_zh(),
            en: p.name_en(),
        })
        .collect();
    vec![
        rows::<ApplicationKind>(),
        rows::<FilingStatus>(),
        rows::<EntityKind>(),
        rows::<CertificateKind>(),
        rows::<ServiceContent>(),
        rows::<HolderKind>(),
        rows::<ResidenceProofKind>(),
        rows::<PreapprovalArea>(),
        rows::<Role>(),
        ("Province", provinces),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_label_exists_twice_in_a_vocabulary() {
        for (name, rows) in tables() {
            for (i, a) in rows.iter().enumerate() {
                for b in &rows[i + 1..] {
                    assert_ne!(a.code, b.code, "{name}: code {} twice", a.code);
                    assert_ne!(a.zh, b.zh, "{name}: label {} twice", a.zh);
                    assert_ne!(a.en, b.en, "{name}: label {} twice", a.en);
                }
                assert!(!a.zh.is_empty() && !a.en.is_empty(), "{name}.{}", a.code);
                assert!(
                    !a.en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{name}.{}: English label holds Chinese",
                    a.code
                );
            }
        }
    }

    #[test]
    fn schema_descriptions_come_from_the_table() {
        let schema = serde_json::to_value(schemars::schema_for!(EntityKind)).unwrap();
        let text = schema.to_string();
        for k in EntityKind::ALL {
            assert!(text.contains(&format!("{} / {}.", k.name_zh(), k.name_en())));
        }
        assert_eq!(
            serde_json::to_value(CertificateKind::HkMacaoTravelPermit).unwrap(),
            "hk-macao-travel-permit"
        );
        assert_eq!(
            PreapprovalArea::from_code("audio-visual"),
            Some(PreapprovalArea::AudioVisual)
        );
    }

    /// The drifted copies the old code had (a second name list inside the letters, doc comments
    /// that disagreed with the labels) must not come back: no source file outside this table spells
    /// an area's or entity kind's label as a string literal.
    #[test]
    fn labels_are_not_spelt_out_elsewhere() {
        let src = [
            include_str!("engine/mod.rs"),
            include_str!("engine/context.rs"),
            include_str!("draft.rs"),
            include_str!("checklist.rs"),
            include_str!("rules/checks/preapproval.rs"),
            include_str!("rules/checks/identity.rs"),
            include_str!("rules/checks/domains.rs"),
        ]
        .concat();
        for a in PreapprovalArea::ALL {
            assert!(
                !src.contains(&format!("\"{}\"", a.name_zh())),
                "{} spelt out",
                a.name_zh()
            );
        }
        for k in EntityKind::ALL
            .iter()
            .filter(|k| k.name_zh().chars().count() > 2)
        {
            assert!(
                !src.contains(&format!("\"{}\"", k.name_zh())),
                "{} spelt out",
                k.name_zh()
            );
        }
    }
}
