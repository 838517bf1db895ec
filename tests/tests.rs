//! One integration-test binary with a module per area.
mod images;
mod letters;
mod rule_cases;
mod examples;
mod robustness;
mod cli;
