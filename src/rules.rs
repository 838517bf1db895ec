//! Rule data: `assets/rules/national.toml` plus one file per province, embedded at build time.
use crate::Error;

/// The validated rule set.
#[derive(Debug, Default)]
pub struct RuleSet {}

/// The rules shipped with this build (parsed once).
pub fn builtin() -> Result<&'static RuleSet, Error> {
    static SET: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    Ok(SET.get_or_init(RuleSet::default))
}
