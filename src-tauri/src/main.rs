//! Entry point of the desktop app: everything happens in [`icp_filing_app::run`].
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    icp_filing_app::run();
}
