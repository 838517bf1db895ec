//! The 31 mainland provincial-level divisions that have a Communications Administration (管局).
//!
//! Each province carries its GB/T 2260 two-digit code (the first two digits of a 居民身份证 or
//! characters 3–4 of a 统一社会信用代码), its Chinese name and the one-character abbreviation used
//! in filing numbers (粤ICP备…). Hong Kong, Macao and Taiwan are not filing provinces.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! provinces {
    ($( $variant:ident = ($code:literal, $slug:literal, $zh:literal, $abbr:literal, $en:literal) ),+ $(,)?) => {
        /// A filing province (省、自治区、直辖市). Serialised as its pinyin slug, e.g. `guangdong`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "kebab-case")]
        pub enum Province { $( #[doc = $zh] $variant ),+ }

        impl Province {
            /// All 31 provinces in GB/T 2260 order.
            pub const ALL: [Province; 31] = [ $( Province::$variant ),+ ];

            /// GB/T 2260 two-digit code, e.g. 44 for 广东.
            pub fn division_code(self) -> u8 { match self { $( Province::$variant => $code ),+ } }
            /// Pinyin slug used in files and JSON, e.g. `guangdong`.
            pub fn slug(self) -> &'static str { match self { $( Province::$variant => $slug ),+ } }
            /// Chinese name, e.g. 广东.
            pub fn name_zh(self) -> &'static str { match self { $( Province::$variant => $zh ),+ } }
            /// English name, e.g. Guangdong.
            pub fn name_en(self) -> &'static str { match self { $( Province::$variant => $en ),+ } }
            /// One-character abbreviation used in filing numbers, e.g. 粤.
            pub fn abbreviation(self) -> &'static str { match self { $( Province::$variant => $abbr ),+ } }
        }
    };
}

provinces! {
    Beijing = (11, "beijing", "北京", "京", "Beijing"),
    Tianjin = (12, "tianjin", "天津", "津", "Tianjin"),
    Hebei = (13, "hebei", "河北", "冀", "Hebei"),
    Shanxi = (14, "shanxi", "山西", "晋", "Shanxi"),
    InnerMongolia = (15, "inner-mongolia", "内蒙古", "蒙", "Inner Mongolia"),
    Liaoning = (21, "liaoning", "辽宁", "辽", "Liaoning"),
    Jilin = (22, "jilin", "吉林", "吉", "Jilin"),
    Heilongjiang = (23, "heilongjiang", "黑龙江", "黑", "Heilongjiang"),
    Shanghai = (31, "shanghai", "上海", "沪", "Shanghai"),
    Jiangsu = (32, "jiangsu", "江苏", "苏", "Jiangsu"),
    Zhejiang = (33, "zhejiang", "浙江", "浙", "Zhejiang"),
    Anhui = (34, "anhui", "安徽", "皖", "Anhui"),
    Fujian = (35, "fujian", "福建", "闽", "Fujian"),
    Jiangxi = (36, "jiangxi", "江西", "赣", "Jiangxi"),
    Shandong = (37, "shandong", "山东", "鲁", "Shandong"),
    Henan = (41, "henan", "河南", "豫", "Henan"),
    Hubei = (42, "hubei", "湖北", "鄂", "Hubei"),
    Hunan = (43, "hunan", "湖南", "湘", "Hunan"),
    Guangdong = (44, "guangdong", "广东", "粤", "Guangdong"),
    Guangxi = (45, "guangxi", "广西", "桂", "Guangxi"),
    Hainan = (46, "hainan", "海南", "琼", "Hainan"),
    Chongqing = (50, "chongqing", "重庆", "渝", "Chongqing"),
    Sichuan = (51, "sichuan", "四川", "川", "Sichuan"),
    Guizhou = (52, "guizhou", "贵州", "黔", "Guizhou"),
    Yunnan = (53, "yunnan", "云南", "滇", "Yunnan"),
    Tibet = (54, "tibet", "西藏", "藏", "Tibet"),
    Shaanxi = (61, "shaanxi", "陕西", "陕", "Shaanxi"),
    Gansu = (62, "gansu", "甘肃", "甘", "Gansu"),
    Qinghai = (63, "qinghai", "青海", "青", "Qinghai"),
    Ningxia = (64, "ningxia", "宁夏", "宁", "Ningxia"),
    Xinjiang = (65, "xinjiang", "新疆", "新", "Xinjiang"),
}

impl Province {
    /// The province for a GB/T 2260 two-digit code, if it is a mainland filing province.
    pub fn from_division_code(code: u8) -> Option<Province> {
        Province::ALL
            .into_iter()
            .find(|p| p.division_code() == code)
    }

    /// Parses a slug (`guangdong`), a Chinese name (`广东`, `广东省`) or an abbreviation (`粤`).
    pub fn parse(text: &str) -> Option<Province> {
        let t = text.trim();
        let t = t
            .strip_suffix('省')
            .or_else(|| t.strip_suffix('市'))
            .unwrap_or(t);
        Province::ALL.into_iter().find(|p| {
            p.slug().eq_ignore_ascii_case(t)
                || p.name_zh() == t
                || p.abbreviation() == t
                || p.name_en().eq_ignore_ascii_case(t)
                || t.starts_with(p.name_zh()) && t.len() <= p.name_zh().len() + 15
        })
    }
}

impl std::fmt::Display for Province {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name_zh())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip() {
        for p in Province::ALL {
            assert_eq!(Province::from_division_code(p.division_code()), Some(p));
            assert_eq!(Province::parse(p.slug()), Some(p));
            assert_eq!(Province::parse(p.name_zh()), Some(p));
        }
        assert_eq!(Province::parse("广东省"), Some(Province::Guangdong));
        assert_eq!(Province::parse("广西壮族自治区"), Some(Province::Guangxi));
        assert_eq!(Province::from_division_code(81), None); // Hong Kong
    }
}
