//! The rule reference `docs/rules.md`, generated from the data (a test fails when it drifts):
//! the severity policy, the check kinds with their parameters (from [`Check`]'s JSON Schema),
//! every rule with its sources and their reliability, province by province (each province lists
//! everything that applies there), the source catalogue and the materials.

use super::{Check, Rule, RuleSet};
use crate::province::Province;

/// The severity policy, as the top of `docs/rules.md` states it.
pub const SEVERITY_POLICY: &str = "\
## 判定标准 / Severity policy

- **错误 / error**：现行的官方（工信部、管局、国务院、国家标准）或接入商自己的规则页面写明此类备案会被驳回或不予受理，且草稿本身的数据明确显示了问题。
  A current official source (MIIT, a Communications Administration, the State Council, a national standard) or an access provider's own rules page says such a filing is rejected or not accepted, and the draft's own data shows it unambiguously.
- **警告 / warning**：取决于审核员、省份或接入商；或只有第三方来源（代理、IDC、博客、镜像）或用户反馈；或依据是自由文本中的关键词。
  It depends on the reviewer, the province or the provider; or only a third-party source or a user report says it; or the evidence is a word found in free text.
- **提示 / info**：提醒和需要准备的材料。Reminders and materials.

A rule whose every source is third-party or a user report cannot be an error (a test enforces it).
Where sources disagree, the rule keeps both with their dates and the finding says so.
";

impl RuleSet {
    /// The rule reference as Markdown (`docs/rules.md`).
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        out.push_str("# 规则清单 / Rule reference\n\n");
        out.push_str("Generated from `assets/` by `icp-filing rules --format markdown`; do not edit by hand\n");
        out.push_str(
            "(`UPDATE_EXPECTED=1 cargo test docs` regenerates it, a test fails when it drifts).\n",
        );
        out.push_str("Each rule's id is the `code` of its findings.\n\n");
        if let Some(d) = self.as_of() {
            out.push_str(&format!("规则更新于 / rules as of: **{d}**\n\n"));
        }
        out.push_str(SEVERITY_POLICY);
        out.push('\n');
        out.push_str(&format!(
            "{} rules, {} materials, {} pre-approval keyword areas, {} sources.\n\n",
            self.rules.len(),
            self.materials.len(),
            self.areas.iter().filter(|a| a.province.is_none()).count(),
            self.catalogue.entries().count(),
        ));
        out.push_str(&check_kinds());
        out.push_str("## 全国 / National\n\n");
        table(&mut out, self.rules.iter().filter(|r| r.province.is_none()));
        for info in &self.provinces {
            let p = info.province;
            out.push_str(&format!(
                "## {} ({}) {}\n\n",
                p.name_zh(),
                p.abbreviation(),
                p.name_en()
            ));
            out.push_str(&format!(
                "{}\n\n{}\n\n规则更新于 / as of: {}\n\n",
                info.summary_zh, info.summary_en, info.as_of
            ));
            if !info.not_found.is_empty() {
                out.push_str(&format!(
                    "未找到资料 / not found: {}\n\n",
                    info.not_found.join("；")
                ));
            }
            province_section(self, &mut out, p);
        }
        out.push_str("## 接入商 / Providers\n\nEach provider's own system limits and steps (`assets/providers.toml`); its limit is an error for a filing through it and a warning otherwise.\n\n| id | name | websites per application (organisation / individual) | steps | sources |\n|---|---|---|---|---|\n");
        for p in &self.providers {
            let lim = |m: Option<u32>| m.map(|m| m.to_string()).unwrap_or_else(|| "—".into());
            out.push_str(&format!(
                "| `{}` | {} {} | {} / {} | {} | {} |\n",
                p.id,
                p.name_zh,
                p.name_en,
                lim(p.max_new_websites_organisation),
                lim(p.max_new_websites_individual),
                p.steps_zh.join("<br>").replace('|', "\\|"),
                p.sources
                    .iter()
                    .map(|s| format!("{} ({})", s.label(), s.reliability.name_en()))
                    .collect::<Vec<_>>()
                    .join("; ")
                    .replace('|', "\\|"),
            ));
        }
        out.push('\n');
        out.push_str("## 来源 / Sources\n\n| id | publisher | title | date | read | reliability |\n|---|---|---|---|---|---|\n");
        for s in self.catalogue.entries() {
            let title = match &s.url {
                Some(u) => format!("[{}]({u})", s.title),
                None => s.title.clone(),
            };
            out.push_str(&format!(
                "| `{}` | {} | {} | {} | {} | {} |\n",
                s.id,
                s.publisher,
                title.replace('|', "\\|"),
                s.date,
                s.read,
                s.reliability.name_en()
            ));
        }
        out.push_str("\n## 材料 / Materials\n\n| id | 名称 | name | letter |\n|---|---|---|---|\n");
        for id in &self.material_order {
            let m = &self.materials[id];
            out.push_str(&format!(
                "| `{}` | {} | {} | {} |\n",
                m.id,
                m.name_zh,
                m.name_en,
                m.letter.as_deref().unwrap_or("")
            ));
        }
        out
    }
}

fn province_section(set: &RuleSet, out: &mut String, p: Province) {
    let applying: Vec<&Rule> = set.for_province(p).collect();
    let own: Vec<&Rule> = applying
        .iter()
        .copied()
        .filter(|r| r.province == Some(p))
        .collect();
    let scoped: Vec<&Rule> = applying
        .iter()
        .copied()
        .filter(|r| r.province.is_none() && !r.provinces.is_empty())
        .collect();
    let everywhere = applying
        .iter()
        .filter(|r| r.province.is_none() && r.provinces.is_empty())
        .count();
    let replaced: Vec<&str> = own
        .iter()
        .flat_map(|r| r.replaces.iter().map(String::as_str))
        .collect();
    out.push_str(&format!(
        "适用规则共 {} 条 / {} rules apply here: {} of this province, {} national rules limited to a list of provinces that includes it, {} national rules that apply everywhere{}.\n\n",
        applying.len(),
        applying.len(),
        own.len(),
        scoped.len(),
        everywhere,
        if replaced.is_empty() {
            String::new()
        } else {
            format!(" (replaced here: {})", replaced.join(", "))
        }
    ));
    if own.is_empty() {
        out.push_str("本省未找到省级特有规则。/ Nothing province-specific was found.\n\n");
    } else {
        table(out, own.into_iter());
    }
    if !scoped.is_empty() {
        out.push_str("全国规则中限定省份、包括本省的 / National rules limited to provinces including this one:\n\n");
        table(out, scoped.into_iter());
    }
}

fn table<'a>(out: &mut String, rules: impl Iterator<Item = &'a Rule>) {
    out.push_str(
        "| code | severity | check | applies to | message | sources |\n|---|---|---|---|---|---|\n",
    );
    for r in rules {
        let mut scope: Vec<String> = Vec::new();
        if !r.entity_kinds.is_empty() {
            scope.push(
                r.entity_kinds
                    .iter()
                    .map(|k| k.name_zh())
                    .collect::<Vec<_>>()
                    .join("、"),
            );
        }
        if !r.application_kinds.is_empty() {
            scope.push(
                r.application_kinds
                    .iter()
                    .map(|k| k.name_zh())
                    .collect::<Vec<_>>()
                    .join("、"),
            );
        }
        if !r.provinces.is_empty() {
            scope.push(
                r.provinces
                    .iter()
                    .map(|p| p.name_zh())
                    .collect::<Vec<_>>()
                    .join(""),
            );
        }
        if let Some(s) = r.since {
            scope.push(format!("≥ {s}"));
        }
        if !r.replaces.is_empty() {
            scope.push(format!("replaces {}", r.replaces.join(", ")));
        }
        let sources: Vec<String> = r
            .sources
            .iter()
            .map(|s| format!("{} ({})", s.label(), s.reliability.name_en()))
            .collect();
        let mut msg = format!("{}<br>{}", r.message_zh, r.message_en);
        if let Some(d) = &r.dispute {
            msg.push_str(&format!("<br>**来源不一致 / disputed:** {}", d.zh));
        }
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            r.id,
            r.severity.name_en(),
            r.check.kind(),
            if scope.is_empty() {
                "all".to_string()
            } else {
                scope.join("; ")
            },
            msg.replace('|', "\\|").replace('\n', " "),
            sources.join("; ").replace('|', "\\|"),
        ));
    }
    out.push('\n');
}

/// "Check kinds and their parameters", from the JSON Schema of [`Check`] (its doc comments).
fn check_kinds() -> String {
    let schema = serde_json::to_value(schemars::schema_for!(Check)).unwrap_or_default();
    let defs = schema.get("$defs").cloned().unwrap_or_default();
    let mut out = String::from("## 检查类型及参数 / Check kinds and their parameters\n\n");
    out.push_str("A rule names its kind with `check = \"…\"` and writes the parameters beside it. A misspelt kind, value or parameter is a load error.\n\n");
    out.push_str("| check | what it does | parameters |\n|---|---|---|\n");
    for variant in schema
        .get("oneOf")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        let props = variant.get("properties").and_then(|p| p.as_object());
        let kind = props
            .and_then(|p| p.get("check"))
            .and_then(|c| c.get("const"))
            .and_then(|c| c.as_str())
            .unwrap_or("");
        let required: Vec<&str> = variant
            .get("required")
            .and_then(|r| r.as_array())
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str())
            .collect();
        let mut params = Vec::new();
        for (name, p) in props.into_iter().flatten() {
            if name == "check" {
                continue;
            }
            let desc = p.get("description").and_then(|d| d.as_str()).unwrap_or("");
            let optional = if required.contains(&name.as_str()) {
                ""
            } else {
                " (optional)"
            };
            params.push(format!(
                "`{name}`: {}{optional} — {desc}",
                type_text(p, &defs)
            ));
        }
        let desc = variant
            .get("description")
            .and_then(|d| d.as_str())
            .unwrap_or("")
            .replace('\n', " ");
        out.push_str(&format!(
            "| `{kind}` | {} | {} |\n",
            desc.replace('|', "\\|"),
            if params.is_empty() {
                "—".to_string()
            } else {
                params.join("<br>").replace('|', "\\|")
            }
        ));
    }
    out.push('\n');
    out
}

fn type_text(p: &serde_json::Value, defs: &serde_json::Value) -> String {
    let resolve = |v: &serde_json::Value| -> Option<String> {
        let r = v.get("$ref")?.as_str()?.rsplit('/').next()?.to_string();
        let def = defs.get(&r)?;
        let values: Vec<String> = def
            .get("oneOf")
            .and_then(|o| o.as_array())
            .into_iter()
            .flatten()
            .filter_map(|o| {
                o.get("const")
                    .and_then(|c| c.as_str())
                    .map(|c| format!("`{c}`"))
            })
            .chain(
                def.get("enum")
                    .and_then(|e| e.as_array())
                    .into_iter()
                    .flatten()
                    .filter_map(|c| c.as_str().map(|c| format!("`{c}`"))),
            )
            .collect();
        Some(if values.is_empty() || values.len() > 12 {
            r
        } else {
            values.join(" / ")
        })
    };
    if let Some(t) = resolve(p) {
        return t;
    }
    match p.get("type").and_then(|t| t.as_str()) {
        Some("array") => {
            let item = p
                .get("items")
                .map(|i| type_text(i, defs))
                .unwrap_or_default();
            format!("list of {item}")
        }
        Some(t) => t.to_string(),
        None => p
            .get("anyOf")
            .and_then(|a| a.as_array())
            .and_then(|a| a.first())
            .map(|v| type_text(v, defs))
            .unwrap_or_else(|| "value".into()),
    }
}
