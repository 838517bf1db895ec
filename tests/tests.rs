//! One integration-test binary with a module per area.
mod cli;
mod examples;
mod images;
mod letters;
mod robustness;
mod rule_cases;
mod rule_files;
