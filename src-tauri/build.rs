//! Tauri build step. The one config file lives at the repository root (no symlink, so Windows
//! checkouts work); tauri-build takes the folder from `config_path`.
//!
//! The UI is built by Vite into ui/dist (scripts/run-app.sh, scripts/e2e.sh). So that
//! `cargo build`, `cargo test` and `cargo clippy` work before the UI was ever built, a placeholder
//! page is written there when the folder does not exist; it says how to build the real UI.
use std::path::Path;

fn main() {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist");
    if !dist.exists() {
        std::fs::create_dir_all(&dist).expect("create ui/dist");
        std::fs::write(
            dist.join("index.html"),
            "<!doctype html><meta charset=\"utf-8\"><title>备案助手</title>\
             <p>界面尚未构建：请运行 <code>scripts/run-app.sh</code>（或在 ui/ 中运行 \
             <code>npm ci &amp;&amp; npm run build</code>）。</p>\
             <p>The UI is not built: run <code>scripts/run-app.sh</code> (or \
             <code>npm ci &amp;&amp; npm run build</code> in ui/).</p>",
        )
        .expect("write the placeholder ui/dist/index.html");
    }
    tauri_build::try_build(tauri_build::Attributes::new().config_path("../tauri.conf.json"))
        .expect("tauri build step failed");
}
