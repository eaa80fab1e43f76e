//! The fixture corpus as files: every `.json` file under `fixtures/`, sorted, but the
//! 100 000-deep nesting stress test (a parser test, not a payload). Only the standard library:
//! the unit tests use it as `crate::rules::fixture_files`, and the benches, which cannot reach
//! crate-private code, include this file (`#[path]`).

use std::path::{Path, PathBuf};

/// Every fixture file (valid and invalid, ours and the documents' examples), sorted by path; a
/// folder that cannot be read is passed over.
pub(crate) fn fixture_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "json") && !path.ends_with("nesting-too-deep.json") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"), &mut files);
    files.sort();
    files
}
