//! `make foods` is reproducible: running the extractor on the SR28 files and the curated list
//! gives the committed `src/foods/table.tsv` byte for byte, every time. The tests need the SR28
//! files in `.cache/` (`make foods` downloads them): they are `#[ignore]`d with that reason, and
//! `make test` fetches the files and runs them; run without the files, they fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The SR28 data directory, or a failure saying how to get it.
fn sr28() -> PathBuf {
    let dir = repo().join(".cache/package/data");
    assert!(
        dir.join("ABBREV.txt").exists(),
        "{}/ABBREV.txt not found: run `make foods` (or `make test`) to fetch USDA SR28",
        dir.display()
    );
    dir
}

fn extract(out: &Path) {
    let repo = repo();
    let status = Command::new(env!("CARGO_BIN_EXE_extract-foods"))
        .arg(sr28())
        .arg(repo.join("data/foods-curated.tsv"))
        .arg(out)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
#[ignore = "needs USDA SR28 in .cache/ (`make foods`); `make test` fetches it and runs this"]
fn regenerating_the_table_is_byte_identical_to_the_committed_one() {
    let dir = std::env::temp_dir().join(format!("extract-foods-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (first, second) = (dir.join("first.tsv"), dir.join("second.tsv"));
    extract(&first);
    extract(&second);
    let first = std::fs::read(first).unwrap();
    assert_eq!(first, std::fs::read(second).unwrap(), "two runs differ");
    let committed = std::fs::read(repo().join("src/foods/table.tsv")).unwrap();
    assert!(
        first == committed,
        "src/foods/table.tsv is not what `make foods` generates; run it and commit"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
#[ignore = "needs USDA SR28 in .cache/ (`make foods`); `make test` fetches it and runs this"]
fn a_curated_row_without_a_spanish_name_is_rejected() {
    let dir = std::env::temp_dir().join(format!("extract-foods-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let curated = dir.join("curated.tsv");
    std::fs::write(&curated, "01077\t1\tMilk, whole\t\t\t\t\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_extract-foods"))
        .arg(sr28())
        .arg(&curated)
        .arg(dir.join("out.tsv"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("both names"));
    std::fs::remove_dir_all(dir).unwrap();
}
