//! Sample drafts shipped with the app (`examples/*.json`, embedded). The desktop app opens one on
//! first start; `icp-filing example NAME` writes one; the tests check each against the expected
//! findings written beside it (`examples/NAME.expected.json`).

use crate::draft::Draft;

/// `(name, zh description, en description, JSON text)`.
pub const EXAMPLES: [(&str, &str, &str, &str); 5] = [
    (
        "guangdong-company",
        "广东深圳企业首次备案（单位承诺书）",
        "Guangdong (Shenzhen) company, first filing",
        include_str!("../examples/guangdong-company.json"),
    ),
    (
        "beijing-individual",
        "北京个人首次备案（摄影博客）",
        "Beijing individual, first filing (photo blog)",
        include_str!("../examples/beijing-individual.json"),
    ),
    (
        "cross-province-individual",
        "湖南身份证在广东个人备案（需居住证）",
        "Hunan ID holder filing in Guangdong (residence permit)",
        include_str!("../examples/cross-province-individual.json"),
    ),
    (
        "xinjiang-organisation",
        "新疆企业首次备案（党建确认函、授权书）",
        "Xinjiang company, first filing (party-building letter, authorisation)",
        include_str!("../examples/xinjiang-organisation.json"),
    ),
    (
        "guangdong-change",
        "广东企业变更备案（公司更名、删除域名、新增网站；单域名网站换域名被拒）",
        "Guangdong company, change filing (renamed, a domain removed, a new website; a one-domain site's domain swap refused)",
        include_str!("../examples/guangdong-change.json"),
    ),
];

/// Names of the sample drafts.
pub fn names() -> Vec<&'static str> {
    EXAMPLES.iter().map(|e| e.0).collect()
}

/// The JSON text of a sample draft.
pub fn text(name: &str) -> Option<&'static str> {
    EXAMPLES.iter().find(|e| e.0 == name).map(|e| e.3)
}

/// A sample draft, parsed.
pub fn get(name: &str) -> Option<Draft> {
    text(name).map(|t| Draft::from_json(t).expect("shipped examples are valid drafts"))
}

/// All sample drafts, parsed.
pub fn all() -> Vec<(&'static str, Draft)> {
    EXAMPLES
        .iter()
        .map(|e| {
            (
                e.0,
                Draft::from_json(e.3).expect("shipped examples are valid drafts"),
            )
        })
        .collect()
}
