//! What the shell keeps while it runs: the drafts folder, the folder for PDFs handed to the
//! system viewer, and how file dialogs are answered.
//!
//! The app data folder comes from Tauri (`app_data_dir`), or from `ICP_FILING_DATA_DIR` so tests
//! and E2E runs use a throwaway folder. The core is given these paths; it never looks them up.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use icp_filing::storage::DraftStore;
use icp_filing::subjects::Subject;

use crate::dialogs::Dialogs;

/// Environment variable that replaces the app data folder (tests, E2E, portable use).
pub const DATA_DIR_ENV: &str = "ICP_FILING_DATA_DIR";
/// File in the data folder that records that the first start (sample draft) has happened.
const FIRST_START_MARKER: &str = "first-start-done";
/// Name given to the sample draft written on first start.
pub const SAMPLE_DRAFT_NAME: &str = "示例-广东公司 sample";
/// The core example used as the sample draft.
pub const SAMPLE_EXAMPLE: &str = "guangdong-company";

/// Shared state of the running app.
pub struct AppState {
    /// The drafts folder (`<data>/drafts`).
    pub store: DraftStore,
    /// Folder for letters opened in the system viewer (`<data>/print`).
    pub print_dir: PathBuf,
    /// How file dialogs are answered.
    pub dialogs: Dialogs,
    /// Set when this start created the sample draft (the UI opens it).
    pub sample_created: Option<String>,
    /// The drafts folder's subjects (for the cross-subject checks), with the files they were read
    /// from: read again only when a file was added, removed or changed.
    pub subjects: Mutex<Option<SubjectsRead>>,
}

/// Each draft file's name, size and modification time.
pub type FolderKey = Vec<(String, u64, Option<SystemTime>)>;

/// The subjects of the drafts folder as read at `key`: (draft name, subject) for each readable draft.
pub struct SubjectsRead {
    /// The files they were read from.
    pub key: FolderKey,
    /// One per readable draft.
    pub subjects: Vec<(String, Subject)>,
}

impl AppState {
    /// Opens the state in `data_dir`; on the very first start writes the sample draft.
    pub fn open(data_dir: &Path, dialogs: Dialogs) -> Result<AppState, icp_filing::Error> {
        let store = DraftStore::open(data_dir.join("drafts"))?;
        let marker = data_dir.join(FIRST_START_MARKER);
        let mut sample_created = None;
        if !marker.exists() {
            if store.names()?.is_empty() {
                if let Some(sample) = sample_draft() {
                    let name = store.unique_name(SAMPLE_DRAFT_NAME);
                    store.save(&name, &sample)?;
                    sample_created = Some(name);
                }
            }
            icp_filing::storage::write_atomic(&marker, b"1\n")?;
        }
        Ok(AppState {
            store,
            print_dir: data_dir.join("print"),
            dialogs,
            sample_created,
            subjects: Mutex::new(None),
        })
    }
}

/// The sample draft shipped with the core (the Guangdong company example).
pub fn sample_draft() -> Option<icp_filing::Draft> {
    icp_filing::examples::get(SAMPLE_EXAMPLE)
}

/// The data folder: `ICP_FILING_DATA_DIR` when set, else the platform's app data folder.
pub fn data_dir_from_env(default: Option<PathBuf>) -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => default,
    }
}
