//! One integration-test binary with a module per area.
mod images;
mod letters;
