//! Who published a rule's source and what it is called, for the printed checklist: the rule
//! data cites sources by short tags (`UC`, `QC`, `HW 2025-12-31` …) that mean nothing to an
//! applicant; the checklist prints "publisher《title》date" instead.
//!
//! The table covers every tag the built-in rules use (a test fails for a tag without a row);
//! a tag from a user's own rule file that is not in the table is printed as it is.
//!
//! Leaves out: links (the printed list cannot be clicked; `docs/rules.md` names the documents).

use crate::finding::Source;

/// (tag, publisher, title) for every source tag of the built-in rules.
const TABLE: &[(&str, &str, &str)] = &[
    ("UC", "UCloud（优刻得）", "备案文档·各省管局要求"),
    ("UC-P2", "UCloud（优刻得）", "备案常见问题·网站名称与地址"),
    ("UC-P4", "UCloud（优刻得）", "备案常见问题·证件与负责人"),
    ("UC-P8", "UCloud（优刻得）", "备案常见问题·数量限制"),
    ("UC-P9", "UCloud（优刻得）", "承诺书与授权书模板"),
    ("UC-K1", "UCloud（优刻得）", "备案基础知识·名词解释"),
    ("UC-K2", "UCloud（优刻得）", "备案基础知识·前置审批"),
    ("UC-G1", "UCloud（优刻得）", "备案材料指引"),
    (
        "UC-N2",
        "UCloud（优刻得）",
        "公告·工信部关于规范互联网信息服务使用域名的通知",
    ),
    ("UC-N3", "UCloud（优刻得）", "备案公告"),
    ("UC-N4", "UCloud（优刻得）", "公告·北京管局备案通知"),
    ("UC-N9", "UCloud（优刻得）", "公告·域名核验规则"),
    ("UC-N14", "UCloud（优刻得）", "公告·一个域名对应一个备案号"),
    ("UC-N16", "UCloud（优刻得）", "备案公告"),
    ("UC-N17", "UCloud（优刻得）", "公告·电子化核验"),
    ("UC-N19", "UCloud（优刻得）", "备案公告"),
    ("UC-N26", "UCloud（优刻得）", "备案公告"),
    ("U-cat", "UCloud（优刻得）", "承诺书与授权书模板目录"),
    (
        "U-cat-hist",
        "UCloud（优刻得）",
        "承诺书与授权书模板目录（历史版本）",
    ),
    ("U-doc", "UCloud（优刻得）", "情况说明书 Word 模板"),
    ("U-rar", "UCloud（优刻得）", "备案模板包（核验单、授权书）"),
    ("QC", "青云 QingCloud", "备案政策要求·各省管局"),
    ("QC-GEN", "青云 QingCloud", "备案通用要求"),
    ("QC-NAME", "青云 QingCloud", "网站名称要求"),
    ("QC-LIMIT", "青云 QingCloud", "备案限制"),
    ("JD", "京东云", "备案规则·各省管局要求"),
    ("HW", "华为云", "各地区管局要求"),
    ("HW-HN", "华为云", "海南管局要求"),
    ("H-pol", "华为云", "备案政策咨询"),
    ("H-chg", "华为云", "备案变更咨询"),
    ("H-prep", "华为云", "备案前准备咨询"),
    ("H-dom", "华为云", "备案域名咨询"),
    ("TC17", "腾讯云", "各省管局要求（2017 年版，已停用）"),
    ("TCold", "腾讯云", "各省管局要求（旧版，已停用）"),
    ("TC-XZ", "腾讯云", "西藏管局备案要求"),
    ("TC-NM", "腾讯云", "内蒙古管局备案要求（转引）"),
    ("T-tld", "腾讯云", "备案域名准备说明"),
    ("T-pre", "腾讯云", "前置审批和其他（已停用）"),
    ("000_2d24cae19d334ce2.txt", "腾讯云", "网站备案常见问题"),
    (
        "001_3229691aa87f1f70.txt",
        "腾讯云",
        "云直播常见问题·备案域名",
    ),
    (
        "002_2996967969dca097.txt",
        "华为云",
        "备案帮助·材料、广东承诺书、核验、驳回",
    ),
    (
        "003_1bb397d1aefbb9a7.txt",
        "腾讯云",
        "ICP Filing Registration FAQs",
    ),
    (
        "004_c733af3dd9520e27.txt",
        "腾讯云",
        "关于屏蔽未备案网站和核验备案信息的通知",
    ),
    ("ALI-72209", "阿里云", "域名实名认证证件类型"),
    ("ALI-ASK", "阿里云", "开发者社区问答"),
    ("Baidu", "百度智能云", "备案要求"),
    ("FC-GS", "FinClip", "甘肃管局备案要求"),
    ("JSY19", "极速云", "全国各省备案基本要求一览表"),
    ("XSB-SC", "备案服务商转载", "四川地区备案规则"),
    ("XINNET", "新网", "服务名称填写要求"),
    ("3Z0", "3z0.cn", "网站名称命名指引（英文）"),
    ("XC", "个人博客", "阿里云备案经历"),
    ("WX", "微信开放平台", "小程序备案接口"),
    ("Douyin API", "抖音开放平台", "小程序备案接口"),
    ("P-xyy", "夏雨云", "备案要求转载"),
    ("P-zsm", "备案服务商转载", "备案规则"),
    ("P-fkw", "凡科", "备案帮助中心"),
    ("P-js", "江苏省通信管理局（转载）", "备案通知"),
    ("P-aaa", "备案服务商转载", "网站名称要求"),
    ("B-3", "用户经验", "阿里云备案材料清单"),
    ("CDCXHL", "备案服务商转载", "备案要求"),
    (
        "33号令",
        "信息产业部",
        "非经营性互联网信息服务备案管理办法（第33号令）",
    ),
    (
        "工信管函〔2019〕633号",
        "工业和信息化部",
        "工信管函〔2019〕633号",
    ),
    (
        "GB 11643-1999",
        "国家质量技术监督局",
        "公民身份号码（GB 11643-1999）",
    ),
    (
        "GB 32100-2015",
        "国家质检总局、国家标准委",
        "法人和其他组织统一社会信用代码编码规则（GB 32100-2015）",
    ),
    (
        "GB/T 2260",
        "国家标准委",
        "中华人民共和国行政区划代码（GB/T 2260）",
    ),
    (
        "RFC 791 / 4291",
        "IETF",
        "IPv4 / IPv6 地址（RFC 791、RFC 4291）",
    ),
    (
        "RFC 1035 / IDNA2008",
        "IETF",
        "域名与国际化域名（RFC 1035、IDNA2008）",
    ),
    ("HTML5 / validator", "WHATWG", "HTML 电子邮箱格式"),
    ("ICP Filing Assistant", "备案助手", "本程序的使用说明"),
];

/// Research notes of this project cited by a section (`anchors §1.2`, `provinces.md topic 4`).
const NOTES_PREFIXES: &[&str] = &["anchors ", "provinces.md "];

/// Publisher and title of a source tag, if the tag is known.
pub fn publisher_title(tag: &str) -> Option<(&'static str, String)> {
    let tag = tag.trim();
    if let Some((_, p, t)) = TABLE.iter().find(|(k, _, _)| *k == tag) {
        return Some((p, (*t).to_string()));
    }
    NOTES_PREFIXES
        .iter()
        .find(|p| tag.starts_with(*p))
        .map(|_| ("备案助手", format!("资料整理笔记（{tag}）")))
}

/// `UCloud（优刻得）《备案文档·各省管局要求》2024-04-01`; the date is "未注明日期" when the source
/// carries none; an unknown tag is printed as it is.
pub fn label_zh(s: &Source) -> String {
    let date = match s.date.trim() {
        "" | "undated" => "未注明日期".to_string(),
        d => d.to_string(),
    };
    match publisher_title(&s.tag) {
        Some((publisher, title)) => format!("{publisher}《{title}》{date}"),
        None => format!("{} {date}", s.tag.trim()),
    }
}
