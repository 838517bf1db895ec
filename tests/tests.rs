//! One integration-test binary with a module per area.
mod agency;
mod cli;
mod crash_safety;
mod examples;
mod fuzz_regressions;
mod images;
mod letters;
mod robustness;
mod rule_cases;
mod rule_files;
