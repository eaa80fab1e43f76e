//! Embeds each rule's examples in the `linkwa` binary, for `linkwa explain` and the rules reference:
//! the failing fixture `fixtures/<dialect>/<family>/invalid/[link-only/]<rule-name>.json` and, when
//! it exists, its fixed version in `fixed/` in place of `invalid/`. Variants (`<rule-name>--x.json`)
//! are left out. Writes `$OUT_DIR/examples.rs`: two tables of `(rule name, path, bytes)` sorted by
//! name then path (bytes, not text: some failing fixtures are not UTF-8 on purpose), and a third,
//! `TEMPLATES`, of `(family folder, path, bytes)`: the template definitions in a family's
//! `templates/` folder, which that family's examples are linted with.
//!
//! The library does not use the tables; without the `cli` feature they are empty and nothing is
//! scanned.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR is set by cargo")).join("examples.rs");
    let (mut failing, mut fixed, mut templates) = (Vec::new(), Vec::new(), Vec::new());
    if std::env::var_os("CARGO_FEATURE_CLI").is_some() {
        println!("cargo:rerun-if-changed=fixtures");
        let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
        for dialect in subdirs(&root.join("fixtures")) {
            for family in subdirs(&dialect) {
                for (_, rel, abs) in rule_fixtures(&family.join("templates"), &root) {
                    let folder = rel.rsplitn(3, '/').nth(2).unwrap_or_default().to_owned();
                    templates.push((folder, rel, abs));
                }
                for (kind, found) in [("invalid", &mut failing), ("fixed", &mut fixed)] {
                    let dir = family.join(kind);
                    for folder in [dir.clone(), dir.join("link-only")] {
                        found.extend(rule_fixtures(&folder, &root));
                    }
                }
            }
        }
    }
    failing.sort();
    fixed.sort();
    templates.sort();
    let mut code = String::new();
    for (name, table) in [("FAILING", &failing), ("FIXED", &fixed), ("TEMPLATES", &templates)] {
        writeln!(code, "pub static {name}: &[(&str, &str, &[u8])] = &[").unwrap();
        for (rule, rel, abs) in table.iter() {
            writeln!(code, "    ({rule:?}, {rel:?}, include_bytes!({abs:?})),").unwrap();
        }
        writeln!(code, "];").unwrap();
    }
    std::fs::write(out, code).expect("write examples.rs");
}

/// The folders in `dir`, sorted; none when it cannot be read.
fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    dirs.sort();
    dirs
}

/// `(rule name, path relative to the crate with forward slashes, absolute path)` of each
/// `<rule-name>.json` in `dir`.
fn rule_fixtures(dir: &Path, root: &Path) -> Vec<(String, String, String)> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut found = Vec::new();
    for path in entries.flatten().map(|e| e.path()) {
        let (Some(stem), Some("json")) =
            (path.file_stem().and_then(|s| s.to_str()), path.extension().and_then(|e| e.to_str()))
        else {
            continue;
        };
        if stem.contains("--") || !path.is_file() {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap_or(&path);
        let rel: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        found.push((stem.to_owned(), rel.join("/"), path.display().to_string()));
    }
    found
}
