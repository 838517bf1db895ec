//! Draft storage: the applicant's drafts as JSON files in one folder (the app's data folder).
//!
//! The folder is passed in by the caller (the desktop shell asks the OS for its app data folder);
//! the core never looks it up. Every write is atomic: the JSON goes to a temporary file in the same
//! folder, is flushed to disk (`fsync`) and then renamed over the draft, so a crash leaves either
//! the old or the new version, never half a file. Before a draft is replaced, its previous version
//! is kept beside it as `<name>.json.bak`. On unix the files are readable by the user only (0600)
//! and the folder is 0700.
//!
//! A file that is not a valid draft is never changed: loading it gives a clear error and saving
//! over it is refused. This module leaves out what a draft contains (see [`crate::draft`]) and how
//! it is checked (see [`crate::engine`]); the list only asks the engine for an error count.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::draft::Draft;
use crate::{Error, Province};

/// Extension of a draft file.
pub const DRAFT_EXTENSION: &str = "json";
/// Extension added to the previous version of a draft.
pub const BACKUP_EXTENSION: &str = "bak";
/// Longest draft name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// One draft in the folder, as listed on the start screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DraftEntry {
    /// 草稿名称（文件名，不含 .json）/ Draft name (file name without `.json`).
    pub name: String,
    /// 文件路径 / Full path of the file.
    pub path: String,
    /// 备案省份 / Filing province; none when the file cannot be read.
    pub province: Option<Province>,
    /// 主体名称 / Entity name in the draft (may be empty).
    pub entity_name: String,
    /// 最后修改时间 / Last modification of the file (UTC).
    pub modified: Option<DateTime<Utc>>,
    /// 错误数 / Number of findings of severity error; none when the file cannot be read.
    pub error_count: Option<usize>,
    /// 文件无法读取时的原因（中英）/ Why the file cannot be read (Chinese / English), if so.
    pub problem: Option<String>,
}

/// The folder that holds the drafts.
#[derive(Clone, Debug)]
pub struct DraftStore {
    dir: PathBuf,
}

impl DraftStore {
    /// Opens (and creates, private to the user) the drafts folder. Temporary files left by a
    /// process that was killed in the middle of a save are removed (see
    /// [`remove_stale_temp_files`]).
    pub fn open(dir: impl Into<PathBuf>) -> Result<DraftStore, Error> {
        let dir = dir.into();
        create_private_dir(&dir)?;
        remove_stale_temp_files(&dir);
        Ok(DraftStore { dir })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file of a draft name (after checking the name).
    pub fn path_of(&self, name: &str) -> Result<PathBuf, Error> {
        check_name(name)?;
        Ok(self.dir.join(format!("{name}.{DRAFT_EXTENSION}")))
    }

    /// The backup file of a draft name.
    pub fn backup_path_of(&self, name: &str) -> Result<PathBuf, Error> {
        check_name(name)?;
        Ok(self
            .dir
            .join(format!("{name}.{DRAFT_EXTENSION}.{BACKUP_EXTENSION}")))
    }

    /// True when a draft with this name exists.
    pub fn exists(&self, name: &str) -> bool {
        self.path_of(name).map(|p| p.is_file()).unwrap_or(false)
    }

    /// Saves a draft atomically, keeping the previous version as `<name>.json.bak`.
    ///
    /// Refuses to replace a file that is not a valid draft, so a damaged file is never lost.
    pub fn save(&self, name: &str, draft: &Draft) -> Result<PathBuf, Error> {
        let path = self.path_of(name)?;
        match fs::read(&path) {
            Ok(previous) => {
                if draft_from_bytes(&previous).is_err() {
                    return Err(invalid_data(
                        &path,
                        "该文件不是有效的草稿，已保留原样，请换一个名称或先删除它 / \
                         the file is not a valid draft; it is left untouched: choose another \
                         name or delete it first",
                    ));
                }
                if previous != draft.to_json().as_bytes() {
                    write_atomic(&self.backup_path_of(name)?, &previous)?;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&path, e)),
        }
        write_atomic(&path, draft.to_json().as_bytes())?;
        Ok(path)
    }

    /// Loads a draft. A damaged file gives a clear error and is left as it is.
    pub fn load(&self, name: &str) -> Result<Draft, Error> {
        read_draft(&self.path_of(name)?)
    }

    /// Deletes a draft and its backup.
    pub fn delete(&self, name: &str) -> Result<(), Error> {
        let path = self.path_of(name)?;
        fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        let backup = self.backup_path_of(name)?;
        match fs::remove_file(&backup) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(Error::io(&backup, e)),
            _ => Ok(()),
        }
    }

    /// Names of the drafts in the folder, sorted.
    pub fn names(&self) -> Result<Vec<String>, Error> {
        let mut names = Vec::new();
        let entries = fs::read_dir(&self.dir).map_err(|e| Error::io(&self.dir, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&self.dir, e))?;
            let file_name = entry.file_name();
            let Some(file_name) = file_name.to_str() else {
                continue;
            };
            let Some(name) = file_name.strip_suffix(&format!(".{DRAFT_EXTENSION}")) else {
                continue;
            };
            if check_name(name).is_ok() && entry.path().is_file() {
                names.push(name.to_string());
            }
        }
        names.sort();
        Ok(names)
    }

    /// Lists the drafts, most recently edited first, each with the draft itself where it reads.
    /// A file that cannot be read is listed with its problem instead. Checking is the caller's
    /// business (it fills `error_count`, e.g. with [`crate::engine::check`]): storage knows no rules.
    pub fn list(&self) -> Result<Vec<(DraftEntry, Option<Draft>)>, Error> {
        let mut out = Vec::new();
        for name in self.names()? {
            let path = self.path_of(&name)?;
            let modified = fs::metadata(&path)
                .and_then(|m| m.modified())
                .ok()
                .map(DateTime::<Utc>::from);
            let mut entry = DraftEntry {
                name,
                path: path.display().to_string(),
                province: None,
                entity_name: String::new(),
                modified,
                error_count: None,
                problem: None,
            };
            let draft = match read_draft(&path) {
                Ok(draft) => {
                    entry.province = Some(draft.application.province);
                    entry.entity_name = draft.entity.name.clone();
                    Some(draft)
                }
                Err(e) => {
                    entry.problem = Some(e.to_string());
                    None
                }
            };
            out.push((entry, draft));
        }
        out.sort_by(|(a, _), (b, _)| b.modified.cmp(&a.modified).then(a.name.cmp(&b.name)));
        Ok(out)
    }

    /// A name not used yet in the folder: `base`, else `base-2`, `base-3` …
    /// Characters a file name cannot hold are replaced by `_`.
    pub fn unique_name(&self, base: &str) -> String {
        let base = sanitize_name(base);
        if !self.exists(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|candidate| !self.exists(candidate))
            .expect("an unused name exists")
    }

    /// Copies a draft file from elsewhere into the folder (after checking it is a valid draft)
    /// under a new unique name derived from its file name. Returns the name.
    pub fn import(&self, source: &Path) -> Result<String, Error> {
        let draft = read_draft(source)?;
        let stem = source
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("imported");
        let name = self.unique_name(stem);
        self.save(&name, &draft)?;
        Ok(name)
    }

    /// Writes a draft to a file outside the folder (export / save as), atomically.
    pub fn export(&self, name: &str, target: &Path) -> Result<(), Error> {
        let draft = self.load(name)?;
        write_atomic(target, draft.to_json().as_bytes())
    }
}

/// Reads a draft file, refusing files larger than any real draft before reading them.
/// The one draft reader of the CLI and the app: see [`draft_from_bytes`].
pub fn read_draft(path: &Path) -> Result<Draft, Error> {
    let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > crate::MAX_DRAFT_BYTES as u64 {
        return Err(Error::TooLarge {
            bytes: usize::try_from(meta.len()).unwrap_or(usize::MAX),
        });
    }
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    draft_from_bytes(&bytes)
}

/// Parses a draft from the bytes of a file: at most [`crate::MAX_DRAFT_BYTES`], UTF-8, with or
/// without a leading byte-order mark (editors on Windows write one).
pub fn draft_from_bytes(bytes: &[u8]) -> Result<Draft, Error> {
    if bytes.len() > crate::MAX_DRAFT_BYTES {
        return Err(Error::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        Error::Json {
            line,
            column,
            detail: "not UTF-8 text".into(),
        }
    })?;
    Draft::from_json(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Writes `bytes` to `path` atomically: temporary file in the same folder, fsync, rename.
/// The file is created readable by the user only (0600 on unix).
///
/// The temporary file is `.<file name>.<process id>-<counter>.tmp`: unique per process and per
/// call, so two saves at once never share one, and a process killed mid-write leaves a file
/// that names its (dead) owner for [`remove_stale_temp_files`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| invalid_input(path, "不是文件路径 / not a file path"))?;
    let call = TEMP_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(
        ".{file_name}.{}-{call}.{TEMP_EXTENSION}",
        std::process::id()
    ));
    let result = (|| -> io::Result<()> {
        let mut file = private_options().open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        sync_dir(&dir);
        Ok(())
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}

/// Extension of the temporary file of [`write_atomic`].
const TEMP_EXTENSION: &str = "tmp";

static TEMP_COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Removes the temporary files of [`write_atomic`] in `dir` whose process no longer runs: what
/// a save killed between writing and renaming leaves. A file of a running process (another
/// instance saving right now) is kept. Best effort: a file that cannot be removed stays (it is
/// hidden and never read). On systems without a cheap "is this process alive" check nothing is
/// removed.
pub fn remove_stale_temp_files(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(temp_file_owner) else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) && fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// The process id in a temporary file name `.<name>.<pid>-<n>.tmp`.
fn temp_file_owner(file_name: &str) -> Option<u32> {
    let rest = file_name
        .strip_prefix('.')?
        .strip_suffix(&format!(".{TEMP_EXTENSION}"))?;
    let (_, tag) = rest.rsplit_once('.')?;
    let (pid, call) = tag.split_once('-')?;
    call.parse::<u64>().ok()?;
    pid.parse().ok()
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    // SAFETY: signal 0 sends nothing; it only asks whether the process exists.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    true
}

/// Checks a draft name: 1–80 characters, no path separators or control characters, not starting
/// with a dot, not ending with a space or dot (Windows drops those), not a Windows device name.
pub fn check_name(name: &str) -> Result<(), Error> {
    let bad = name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.starts_with('.')
        || name.ends_with(' ')
        || name.ends_with('.')
        || is_windows_device_name(name)
        || name
            .chars()
            .any(|c| c.is_control() || FORBIDDEN.contains(&c));
    if bad {
        return Err(invalid_input(
            Path::new(name),
            "草稿名称无效：1–80 个字符，不能包含 / \\ : * ? \" < > | 或以点开头，也不能是 CON、NUL \
             等 Windows 设备名 / invalid draft name: 1–80 characters, without / \\ : * ? \" < > |, \
             not starting with a dot and not a Windows device name such as CON or NUL",
        ));
    }
    Ok(())
}

/// Whether Windows reads `name` (as the stem of `name.json`) as a device: CON, PRN, AUX, NUL,
/// COM0–9 and LPT0–9 (also with superscript digits), in any case, even with an extension or
/// trailing spaces (`nul.txt`, `CON .x`). Refused on every platform so drafts move freely.
fn is_windows_device_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("").trim_end_matches(' ');
    let upper = stem.to_ascii_uppercase();
    match upper.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        _ => {
            let mut chars = upper.chars();
            let prefix: String = chars.by_ref().take(3).collect();
            let rest: Vec<char> = chars.collect();
            (prefix == "COM" || prefix == "LPT")
                && rest.len() == 1
                && (rest[0].is_ascii_digit() || matches!(rest[0], '¹' | '²' | '³'))
        }
    }
}

/// Characters no draft name may contain (forbidden in file names on Windows or unix).
const FORBIDDEN: [char; 9] = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

fn sanitize_name(base: &str) -> String {
    let cleaned: String = base
        .trim()
        .chars()
        .map(|c| {
            if c.is_control() || FORBIDDEN.contains(&c) {
                '_'
            } else {
                c
            }
        })
        .take(MAX_NAME_CHARS - 4)
        .collect();
    let cleaned = cleaned
        .trim_start_matches('.')
        .trim_end_matches(['.', ' '])
        .to_string();
    if cleaned.is_empty() {
        "draft".to_string()
    } else if is_windows_device_name(&cleaned) {
        format!("{cleaned}_")
    } else {
        cleaned
    }
}

fn invalid_input(path: &Path, message: &str) -> Error {
    Error::io(path, io::Error::new(io::ErrorKind::InvalidInput, message))
}

fn invalid_data(path: &Path, message: &str) -> Error {
    Error::io(path, io::Error::new(io::ErrorKind::InvalidData, message))
}

#[cfg(unix)]
fn private_options() -> OpenOptions {
    use std::os::unix::fs::OpenOptionsExt;
    let mut o = OpenOptions::new();
    o.write(true).create_new(true).mode(0o600);
    o
}

#[cfg(not(unix))]
fn private_options() -> OpenOptions {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    o
}

fn create_private_dir(dir: &Path) -> Result<(), Error> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| Error::io(dir, e))
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))
    }
}

/// Flushes the folder entry after a rename (unix; elsewhere the rename is enough).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::*;

    fn sample(name: &str) -> Draft {
        let person = Person {
            name: "张三".into(),
            id: Certificate {
                kind: CertificateKind::ResidentIdCard,
                number: String::new(),
                validity: Validity::default(),
            },
            id_address: Address::default(),
            mobile: String::new(),
            landline: String::new(),
            email: String::new(),
            residence_proof: ResidenceProof::default(),
        };
        Draft {
            schema_version: SCHEMA_VERSION,
            application: Application {
                kind: ApplicationKind::FirstFiling,
                province: Province::Guangdong,
                planned_submission: None,
                filing_number: String::new(),
                previous_filings: vec![],
                remark: String::new(),
                status: crate::draft::FilingStatus::Draft,
                submitted_on: None,
                approved_on: None,
                verification_form_date: None,
            },
            entity: Entity {
                kind: EntityKind::Enterprise,
                name: name.into(),
                certificate: Certificate {
                    kind: CertificateKind::BusinessLicence,
                    number: String::new(),
                    validity: Validity::default(),
                },
                certificate_address: Address::default(),
                mailing_address: Address::default(),
                investor: String::new(),
                legal_representative: String::new(),
                legal_representative_foreign: false,
                abnormal_operation_listed: false,
                has_trade_name: None,
                has_official_seal: None,
                business_scope: String::new(),
                principal: person,
                emergency_contact: EmergencyContact::default(),
            },
            websites: vec![],
            filed: None,
        }
    }

    #[test]
    fn save_then_load_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::open(dir.path().join("drafts")).unwrap();
        let draft = sample("深圳市示例科技有限公司");
        let path = store.save("公司备案", &draft).unwrap();
        assert!(path.ends_with("公司备案.json"));
        assert_eq!(store.load("公司备案").unwrap(), draft);
        // No temporary file is left behind.
        let files: Vec<_> = fs::read_dir(store.dir()).unwrap().collect();
        assert_eq!(files.len(), 1);
    }

    #[test]
    fn second_save_keeps_the_previous_version_as_backup() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::open(dir.path()).unwrap();
        store.save("a", &sample("first")).unwrap();
        assert!(!store.backup_path_of("a").unwrap().exists());
        store.save("a", &sample("second")).unwrap();
        let backup = fs::read_to_string(store.backup_path_of("a").unwrap()).unwrap();
        assert_eq!(Draft::from_json(&backup).unwrap().entity.name, "first");
        assert_eq!(store.load("a").unwrap().entity.name, "second");
        // Saving the same content again keeps the backup of the real previous edit.
        store.save("a", &sample("second")).unwrap();
        let backup = fs::read_to_string(store.backup_path_of("a").unwrap()).unwrap();
        assert_eq!(Draft::from_json(&backup).unwrap().entity.name, "first");
    }

    #[test]
    fn corrupt_file_gives_clear_error_and_is_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::open(dir.path()).unwrap();
        let path = store.path_of("broken").unwrap();
        let garbage = b"{\"schema_version\": 1, \"application\": ";
        fs::write(&path, garbage).unwrap();
        let err = store.load("broken").unwrap_err();
        assert_eq!(err.kind(), "invalid-draft");
        assert!(err.to_string().contains("草稿文件格式错误"), "{err}");
        let err = store.save("broken", &sample("x")).unwrap_err();
        assert!(err.to_string().contains("left untouched"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), garbage);
        assert!(!store.backup_path_of("broken").unwrap().exists());
        // The list shows it with its problem instead of failing.
        let list = store.list().unwrap();
        assert_eq!(list.len(), 1);
        assert!(list[0].0.problem.is_some() && list[0].1.is_none());
        assert_eq!(list[0].0.error_count, None);
    }

    #[test]
    fn list_shows_name_province_entity_and_time() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::open(dir.path()).unwrap();
        store.save("one", &sample("甲公司")).unwrap();
        store.save("two", &sample("乙公司")).unwrap();
        fs::write(dir.path().join("notes.txt"), "not a draft").unwrap();
        let list: Vec<DraftEntry> = store.list().unwrap().into_iter().map(|(e, _)| e).collect();
        let names: Vec<_> = list.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names.len(), 2);
        assert!(names.contains(&"one") && names.contains(&"two"));
        for e in &list {
            assert_eq!(e.province, Some(Province::Guangdong));
            assert!(e.modified.is_some());
            assert_eq!(e.error_count, None, "storage does not check");
            assert!(e.problem.is_none());
        }
        let one = list.iter().find(|e| e.name == "one").unwrap();
        assert_eq!(one.entity_name, "甲公司");
    }

    #[test]
    fn bad_names_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::open(dir.path()).unwrap();
        for name in [
            "",
            "../escape",
            "a/b",
            ".hidden",
            "x:y",
            "trailing.",
            "CON",
            "nul",
            "Aux.backup",
            "com1",
            "LPT9 ",
            "COM¹",
            &"长".repeat(81),
        ] {
            let err = store.save(name, &sample("x")).unwrap_err();
            assert_eq!(err.kind(), "io", "{name}");
            assert!(err.to_string().contains("invalid draft name"), "{name}");
        }
        assert!(fs::read_dir(dir.path()).unwrap().next().is_none());
    }

    #[test]
    fn unique_name_import_export_delete() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::open(dir.path().join("store")).unwrap();
        store.save("my draft", &sample("a")).unwrap();
        assert_eq!(store.unique_name("my draft"), "my draft-2");
        assert_eq!(store.unique_name("a/b?"), "a_b_");
        assert_eq!(store.unique_name("..."), "draft");
        assert_eq!(store.unique_name("nul"), "nul_");
        assert_eq!(store.unique_name("com3"), "com3_");
        for fine in ["console", "COM10", "LPT", "nul-2", "备案 con"] {
            assert!(check_name(fine).is_ok(), "{fine}");
        }

        let outside = dir.path().join("export.json");
        store.export("my draft", &outside).unwrap();
        let name = store.import(&outside).unwrap();
        assert_eq!(name, "export");
        assert_eq!(
            store.load("export").unwrap(),
            store.load("my draft").unwrap()
        );

        let bad = dir.path().join("bad.json");
        fs::write(&bad, "[1,2").unwrap();
        assert_eq!(store.import(&bad).unwrap_err().kind(), "invalid-draft");

        store.save("my draft", &sample("b")).unwrap();
        store.delete("my draft").unwrap();
        assert!(!store.exists("my draft"));
        assert!(!store.backup_path_of("my draft").unwrap().exists());
        assert_eq!(store.names().unwrap(), vec!["export".to_string()]);
    }

    #[test]
    fn temp_files_of_dead_processes_are_removed_on_open() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(temp_file_owner(".a.json.123-4.tmp"), Some(123));
        assert_eq!(temp_file_owner(".a.b.json.bak.77-0.tmp"), Some(77));
        assert_eq!(temp_file_owner("a.json"), None);
        assert_eq!(temp_file_owner(".a.json.x-1.tmp"), None);
        // A process that ran and ended: its pid is free now.
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .arg("--list")
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let stale = dir.path().join(format!(".d.json.{dead}-0.tmp"));
        let ours = dir
            .path()
            .join(format!(".d.json.{}-9.tmp", std::process::id()));
        fs::write(&stale, "half a dra").unwrap();
        fs::write(&ours, "being written").unwrap();
        let store = DraftStore::open(dir.path()).unwrap();
        assert!(
            !stale.exists() || process_alive(dead),
            "stale temp file left"
        );
        assert!(ours.exists(), "a live process's temp file was removed");
        assert!(store.names().unwrap().is_empty());
    }

    #[test]
    fn a_draft_with_a_byte_order_mark_loads_and_can_be_saved_over() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::open(dir.path()).unwrap();
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend_from_slice(sample("带 BOM").to_json().as_bytes());
        fs::write(store.path_of("bom").unwrap(), &bytes).unwrap();
        assert_eq!(store.load("bom").unwrap().entity.name, "带 BOM");
        store.save("bom", &sample("改过")).unwrap();
        assert_eq!(store.load("bom").unwrap().entity.name, "改过");
        assert_eq!(
            draft_from_bytes(&fs::read(store.backup_path_of("bom").unwrap()).unwrap())
                .unwrap()
                .entity
                .name,
            "带 BOM"
        );
        let err = draft_from_bytes(b"{\n  \"a\": \"\xff\"}").unwrap_err();
        assert!(
            matches!(
                err,
                Error::Json {
                    line: 2,
                    column: 9,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn too_large_file_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.json");
        let f = File::create(&path).unwrap();
        f.set_len(crate::MAX_DRAFT_BYTES as u64 + 1).unwrap();
        assert_eq!(read_draft(&path).unwrap_err().kind(), "invalid-draft");
    }

    #[cfg(unix)]
    #[test]
    fn files_and_folder_are_private_on_unix() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::open(dir.path().join("private")).unwrap();
        store.save("p", &sample("a")).unwrap();
        store.save("p", &sample("b")).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(store.dir()), 0o700);
        assert_eq!(mode(&store.path_of("p").unwrap()), 0o600);
        assert_eq!(mode(&store.backup_path_of("p").unwrap()), 0o600);
        let exported = dir.path().join("out.json");
        store.export("p", &exported).unwrap();
        assert_eq!(mode(&exported), 0o600);
    }
}
