//! The test switches (`--today` / `ICP_FILING_TODAY`, `--dialog-dir` /
//! `ICP_FILING_TEST_DIALOG_DIR`) exist only in a build with the `e2e` feature. Its own test binary:
//! fixing "today" is process-wide and must not leak into the other app tests.
//! `cargo test -p icp-filing-app --test test_switches` checks a build without the feature (as
//! every release build is); with `--features e2e` it checks that the E2E build honours them.

use icp_filing_app::dialogs::Dialogs;
use icp_filing_app::Options;

/// Every release build is made without the `e2e` feature: the test switches must do nothing.
#[cfg(not(feature = "e2e"))]
#[test]
fn a_build_without_the_e2e_feature_ignores_the_test_switches() {
    use icp_filing_app::commands::{today, TODAY_ENV};
    use icp_filing_app::dialogs::TEST_DIALOG_ENV;
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--today",
        "2001-02-03",
        "--dialog-dir",
        dir.path().to_str().unwrap(),
        "--data-dir",
        dir.path().to_str().unwrap(),
    ];
    let options = Options::from_args(args.map(String::from));
    assert!(options.dialogs.is_none(), "{options:?}");
    // The one switch kept in releases (portable use).
    assert_eq!(options.data_dir.as_deref(), Some(dir.path()));
    std::env::set_var(TODAY_ENV, "2001-02-03");
    std::env::set_var(TEST_DIALOG_ENV, dir.path());
    let fixed = chrono::NaiveDate::from_ymd_opt(2001, 2, 3).unwrap();
    assert_ne!(today(), fixed, "--today or ICP_FILING_TODAY honoured");
    assert!(matches!(Dialogs::from_env(), Dialogs::Native));
    std::env::remove_var(TODAY_ENV);
    std::env::remove_var(TEST_DIALOG_ENV);
}

/// The E2E build (`--features e2e`) honours them.
#[cfg(feature = "e2e")]
#[test]
fn the_e2e_build_honours_the_test_switches() {
    use icp_filing_app::commands::today;
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "--today",
        "2001-02-03",
        "--dialog-dir",
        dir.path().to_str().unwrap(),
    ];
    let options = Options::from_args(args.map(String::from));
    assert!(
        matches!(&options.dialogs, Some(Dialogs::Scripted(d)) if d == dir.path()),
        "{options:?}"
    );
    assert_eq!(
        today(),
        chrono::NaiveDate::from_ymd_opt(2001, 2, 3).unwrap()
    );
}
