//! What the integration tests share: where the fixtures are, how to list them, and the options a
//! fixture is linted with (its folders say: `fixtures/<dialect>/…`, `…/link-only/…`).

#![allow(dead_code)] // each test crate uses its own part

use linkwa::{Dialect, LintOptions, MediaPolicy};
use std::fs;
use std::path::{Path, PathBuf};

/// `fixtures/` of this crate.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// The `*.json` files directly in `dir`, sorted; none when `dir` does not exist.
pub fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        fs::read_dir(dir).map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files
}

/// The `*.json` files below `dir`, at any depth, sorted.
pub fn json_files_below(dir: &Path) -> Vec<PathBuf> {
    let mut files = json_files(dir);
    for sub in subdirs(dir) {
        files.extend(json_files_below(&sub));
    }
    files.sort();
    files
}

/// The folders directly in `dir`, sorted; none when `dir` does not exist.
pub fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> =
        fs::read_dir(dir).map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    dirs.retain(|p| p.is_dir());
    dirs.sort();
    dirs
}

/// `fixtures/<dialect>/<family>` for the dialects `link` and `cloud`; not
/// `fixtures/cloud/meta-published`, which holds Meta's payloads, not a family's fixtures
/// (`tests/meta_published.rs`).
pub fn families() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = ["link", "cloud"].iter().flat_map(|d| subdirs(&root().join(d))).collect();
    dirs.retain(|d| !d.ends_with("cloud/meta-published"));
    dirs
}

/// The template definitions of a fixture's family, `fixtures/<dialect>/<family>/templates/*.json`,
/// when that folder exists (and the `templates` feature can read them).
#[cfg(feature = "templates")]
pub fn templates_for(path: &Path) -> Option<std::sync::Arc<linkwa::options::templates::TemplateSet>> {
    let rel = path.strip_prefix(root()).ok()?;
    let family: PathBuf = rel.components().take(2).collect();
    let files = json_files(&root().join(family).join("templates"));
    if files.is_empty() {
        return None;
    }
    let mut set = linkwa::options::templates::TemplateSet::new();
    for file in files {
        set.add_json(file.display().to_string(), &fs::read_to_string(&file).unwrap());
    }
    Some(std::sync::Arc::new(set))
}

/// The options a fixture is linted with: the dialect of its top folder (`link`, `cloud`; told
/// from the document elsewhere), the media policy `link-only` inside a `link-only/` folder, the
/// family's template definitions ([`templates_for`]).
pub fn options_for(path: &Path) -> LintOptions {
    let rel = path.strip_prefix(root()).unwrap_or(path);
    let dialect = match rel.components().next().and_then(|c| c.as_os_str().to_str()) {
        Some("cloud") => Some(Dialect::Cloud),
        Some("link") => Some(Dialect::Link),
        _ => None,
    };
    let link_only = path.parent().is_some_and(|p| p.ends_with("link-only"));
    let media = if link_only { MediaPolicy::LinkOnly } else { MediaPolicy::Any };
    #[cfg(feature = "templates")]
    let templates = templates_for(path);
    #[cfg(not(feature = "templates"))]
    let templates = None;
    LintOptions { dialect, media, templates }
}

/// A fresh, empty folder `<group>/<name>` under the target directory's scratch space.
pub fn scratch(group: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(group).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `text` to `dir/rel`, creating the folders on the way.
pub fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// Runs the `linkwa` binary in `dir`.
pub fn linkwa_in(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_linkwa")).current_dir(dir).args(args).output().unwrap()
}
