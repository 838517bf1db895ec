//! Crash safety, proven: a child process saves in a loop and is killed with SIGKILL at random
//! moments, hundreds of times; after every kill the draft (or its `.bak`) must load and be
//! exactly one of the versions written, never older than the one seen before. The same for a
//! folder of prepared upload images. The child is this test binary run again
//! ([`writer_process_for_the_kill_tests`] with `ICP_CRASH_CHILD` set).
//!
//! `ICP_CRASH_KILLS` sets the number of kills per test (default 200 drafts / 100 images).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use icp_filing::images::{self, MaterialKind, PrepareRequest};
use icp_filing::storage::{self, DraftStore};
use icp_filing::Draft;

const CHILD_ENV: &str = "ICP_CRASH_CHILD";
const DRAFT_NAME: &str = "崩溃测试";
const IMAGE_VERSIONS: usize = 3;
const IMAGE_FILES: usize = 3;
/// What the writer prints once its first save is complete (libtest may print the test's name
/// before it on the same line).
const READY: &str = "crash-writer-ready";

// ---- what the writer writes --------------------------------------------------------------

/// Version `n` of the draft: the name says `n`, the remark changes its size.
fn version(n: u64) -> Draft {
    let mut draft = icp_filing::examples::get("guangdong-company").expect("example");
    draft.entity.name = format!("版本 {n}");
    draft.application.remark = "备注内容".repeat(((n * 37) % 400) as usize);
    draft
}

fn version_number(draft: &Draft) -> u64 {
    draft
        .entity
        .name
        .strip_prefix("版本 ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("not a written version: {:?}", draft.entity.name))
}

/// The upload-ready JPEGs the image writer exports, made by the core from generated scans.
fn image_versions() -> Vec<Vec<u8>> {
    (0..IMAGE_VERSIONS as u32)
        .map(|v| {
            let scan = image::RgbImage::from_fn(900, 570, |x, y| {
                let t = (x * (v + 3) + y * (2 * v + 1)) % 255;
                image::Rgb([t as u8, (255 - t) as u8, ((x ^ y) % 200) as u8])
            });
            let mut png = Vec::new();
            scan.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
                .unwrap();
            let request = PrepareRequest {
                kind: MaterialKind::IdFront,
                system: None,
                max_bytes: None,
                crop: None,
                quarter_turns: 0,
                watermark: v == 1,
            };
            images::prepare(&png, &request).expect("prepare").jpeg
        })
        .collect()
}

fn image_file(i: usize) -> String {
    images::export_name("id-front", "法定代表人", i + 1)
}

// ---- the child -----------------------------------------------------------------------------

/// The writer. With `ICP_CRASH_CHILD=drafts:<dir>` it continues from the draft on disk and
/// saves version after version until killed; with `images:<dir>:<versions dir>` it exports the
/// prepared images over and over. It says [`READY`] on stdout once a first save is complete.
/// Run without the variable (a normal test run) it does a short bounded run and checks it.
#[test]
fn writer_process_for_the_kill_tests() {
    match std::env::var(CHILD_ENV) {
        Ok(spec) if spec.starts_with("drafts:") => write_drafts_forever(Path::new(&spec[7..])),
        Ok(spec) if spec.starts_with("images:") => {
            let (dir, versions) = spec[7..].split_once(':').expect("images:<dir>:<versions>");
            write_images_forever(Path::new(dir), Path::new(versions))
        }
        Ok(spec) => panic!("unknown {CHILD_ENV}: {spec}"),
        Err(_) => {
            let dir = tempfile::tempdir().unwrap();
            let store = DraftStore::open(dir.path()).unwrap();
            for n in 1..=20 {
                store.save(DRAFT_NAME, &version(n)).unwrap();
            }
            assert_eq!(store.load(DRAFT_NAME).unwrap(), version(20));
            let backup = storage::read_draft(&store.backup_path_of(DRAFT_NAME).unwrap()).unwrap();
            assert_eq!(backup, version(19));
        }
    }
}

fn write_drafts_forever(dir: &Path) -> ! {
    let store = DraftStore::open(dir).expect("store");
    let mut n = match store.load(DRAFT_NAME) {
        Ok(draft) => version_number(&draft),
        Err(_) => 0,
    };
    n += 1;
    store.save(DRAFT_NAME, &version(n)).expect("save");
    println!("{READY}");
    loop {
        n += 1;
        store.save(DRAFT_NAME, &version(n)).expect("save");
    }
}

fn write_images_forever(dir: &Path, versions: &Path) -> ! {
    let versions: Vec<Vec<u8>> = (0..IMAGE_VERSIONS)
        .map(|v| std::fs::read(versions.join(format!("{v}.jpg"))).expect("version"))
        .collect();
    std::fs::create_dir_all(dir).expect("folder");
    let mut k = 0usize;
    for i in 0..IMAGE_FILES {
        storage::write_atomic(&dir.join(image_file(i)), &versions[i % IMAGE_VERSIONS])
            .expect("write");
    }
    println!("{READY}");
    loop {
        k += 1;
        let i = k % IMAGE_FILES;
        storage::write_atomic(&dir.join(image_file(i)), &versions[k % IMAGE_VERSIONS])
            .expect("write");
    }
}

// ---- the parent ----------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn kills(default: usize) -> usize {
    std::env::var("ICP_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Starts the writer and returns once it said [`READY`] (a state, not a delay).
fn start_writer(spec: &str) -> Child {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "crash_safety::writer_process_for_the_kill_tests",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, spec)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn the writer");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    loop {
        match lines.next() {
            Some(Ok(line)) if line.contains(READY) => break,
            Some(Ok(_)) => continue,
            _ => {
                let status = child.wait().unwrap();
                panic!("the writer ended before it was ready: {status}");
            }
        }
    }
    // Keep reading so the writer never blocks on a full pipe; ends when the child dies.
    std::thread::spawn(move || for _ in lines {});
    child
}

/// Lets the writer run for a random 0–12 ms, then kills it with SIGKILL.
fn kill_at_random(mut child: Child, rng: &mut Rng) {
    std::thread::sleep(std::time::Duration::from_micros(rng.below(12_000)));
    child.kill().expect("SIGKILL");
    let status = child.wait().unwrap();
    assert!(!status.success(), "the writer ended by itself: {status}");
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tmp"))
        .collect()
}

#[cfg(unix)]
#[test]
fn draft_saves_survive_sigkill_at_random_moments() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("drafts");
    let spec = format!("drafts:{}", dir.display());
    let rounds = kills(200);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut last, mut from_backup, mut stale) = (0u64, 0usize, 0usize);
    for round in 0..rounds {
        kill_at_random(start_writer(&spec), &mut rng);
        stale += temp_files(&dir).len();
        // What the app does when it starts again.
        let store = DraftStore::open(&dir).unwrap();
        assert!(
            temp_files(&dir).is_empty(),
            "round {round}: temporary files left after open"
        );
        let backup_path = store.backup_path_of(DRAFT_NAME).unwrap();
        let backup = backup_path
            .exists()
            .then(|| storage::read_draft(&backup_path));
        let n = match store.load(DRAFT_NAME) {
            Ok(draft) => {
                let n = version_number(&draft);
                assert_eq!(draft, version(n), "round {round}: not exactly version {n}");
                n
            }
            Err(e) => {
                // Only acceptable when the backup holds a written version.
                let draft = backup
                    .as_ref()
                    .unwrap_or_else(|| panic!("round {round}: draft lost, no backup: {e}"))
                    .as_ref()
                    .unwrap_or_else(|b| panic!("round {round}: draft ({e}) and backup ({b}) bad"));
                from_backup += 1;
                version_number(draft)
            }
        };
        if let Some(backup) = backup {
            let backup = backup.unwrap_or_else(|e| panic!("round {round}: bad backup: {e}"));
            let m = version_number(&backup);
            assert_eq!(
                backup,
                version(m),
                "round {round}: backup not exactly version {m}"
            );
            // Equal when the kill fell between writing the backup and the draft.
            assert!(m <= n, "round {round}: backup {m} newer than draft {n}");
        }
        assert!(n > last, "round {round}: version {n} after {last}");
        assert!(store.names().unwrap() == [DRAFT_NAME], "round {round}");
        last = n;
    }
    eprintln!(
        "crash safety (drafts): {rounds} kills, {rounds} drafts recovered ({from_backup} from \
         the .bak), {last} versions written, {stale} temporary files of killed writers removed"
    );
    assert!(last >= rounds as u64);
}

#[cfg(unix)]
#[test]
fn exported_images_survive_sigkill_at_random_moments() {
    let root = tempfile::tempdir().unwrap();
    let versions = image_versions();
    let versions_dir = root.path().join("versions");
    std::fs::create_dir_all(&versions_dir).unwrap();
    for (v, jpeg) in versions.iter().enumerate() {
        std::fs::write(versions_dir.join(format!("{v}.jpg")), jpeg).unwrap();
    }
    let dir = root.path().join("prepared");
    let spec = format!("images:{}:{}", dir.display(), versions_dir.display());
    let rounds = kills(100);
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut stale = 0usize;
    for round in 0..rounds {
        kill_at_random(start_writer(&spec), &mut rng);
        stale += temp_files(&dir).len();
        storage::remove_stale_temp_files(&dir);
        assert!(temp_files(&dir).is_empty(), "round {round}");
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let mut expected: Vec<String> = (0..IMAGE_FILES).map(image_file).collect();
        expected.sort();
        assert_eq!(names, expected, "round {round}");
        for name in &names {
            let bytes = std::fs::read(dir.join(name)).unwrap();
            assert!(
                versions.contains(&bytes),
                "round {round}: {name} is not one of the images written ({} bytes)",
                bytes.len()
            );
            image::load_from_memory(&bytes)
                .unwrap_or_else(|e| panic!("round {round}: {name} does not decode: {e}"));
        }
    }
    eprintln!(
        "crash safety (images): {rounds} kills, {} files intact after every kill, {stale} \
         temporary files of killed writers removed",
        IMAGE_FILES
    );
}
