//! The fuzz targets' committed corpora and crash inputs (fuzz/corpus/<target>/,
//! fuzz/regressions/<target>/), replayed on stable with the targets' own oracles (fuzz/oracles.rs):
//! every input the fuzzer kept, and every input that once crashed, must pass.

mod common;
#[path = "../fuzz/oracles.rs"]
mod oracles;

use std::path::Path;

/// Runs `target` on every file of `fuzz/corpus/<name>/` and `fuzz/regressions/<name>/`; returns
/// how many there were.
fn replay(name: &str, target: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for folder in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder).join(name)) else { continue };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
        files.sort();
        for file in files {
            let data = std::fs::read(&file).unwrap();
            let outcome = std::panic::catch_unwind(|| target(&data));
            assert!(outcome.is_ok(), "{name}: {} fails its oracles", file.display());
            count += 1;
        }
    }
    count
}

#[test]
fn lint_str_corpus() {
    assert!(replay("lint_str", oracles::lint_str) > 0);
}

#[test]
fn lint_bytes_corpus() {
    assert!(replay("lint_bytes", oracles::lint_bytes) > 0);
}

#[test]
fn to_meta_str_corpus() {
    assert!(replay("to_meta_str", oracles::to_meta_str) > 0);
}

#[test]
fn from_meta_corpus() {
    assert!(replay("from_meta", oracles::from_meta) > 0);
}

#[test]
fn mutate_fixtures_corpus() {
    assert!(oracles::seed_count() > 500);
    assert!(replay("mutate_fixtures", oracles::mutate_fixtures) > 0);
}

/// The oracles hold on every fixture as it is (the seeds, unmutated), so that a failure in a
/// corpus is a finding, not an oracle that is wrong about ordinary documents.
#[test]
fn the_oracles_hold_on_every_fixture() {
    let fixtures = common::json_files_below(&common::root());
    for path in &fixtures {
        let data = std::fs::read(path).unwrap();
        let outcome = std::panic::catch_unwind(|| {
            oracles::lint_str(&data);
            oracles::lint_bytes(&data);
            oracles::to_meta_str(&[&[1u8][..], &data].concat());
            oracles::to_meta_str(&[&[0u8][..], &data].concat());
            oracles::from_meta(&data);
            oracles::fix(&[&[0u8][..], &data].concat());
            oracles::fix(&[&[1u8][..], &data].concat());
        });
        assert!(outcome.is_ok(), "{} fails an oracle", path.display());
    }
    assert!(fixtures.len() > 500);
}

#[test]
fn fix_corpus() {
    assert!(replay("fix", oracles::fix) > 0);
}

#[test]
fn templates_corpus() {
    assert!(replay("templates", oracles::templates) > 0);
}
