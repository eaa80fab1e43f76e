//! The library's layers (README, "Architecture"): a module of `src/` imports only modules of a
//! lower layer, or the few same-layer modules listed. Every `crate::` and `super::` path of every
//! `src/**/*.rs` outside `src/bin` and test code is checked; `crate::Name` (a re-export of the
//! facade, `lib.rs`) counts as an import of the top layer.

use std::path::Path;

/// Top-level modules of `src/` and their layers, bottom first.
const LAYERS: &[(&str, u8)] = &[
    ("diagnostic", 0), // the contract: Diagnostic, Report, Rule, Fix, text positions
    ("pointer", 0),    // JsonPointer
    ("json", 1),       // text to tree, positions, the syntax rules
    ("templates", 2),  // template definitions as data
    ("options", 2),    // LintOptions
    ("rules", 3),      // the checks
    ("lint", 4),       // the pipeline: parse, check, locate, resolve fixes
    ("fix", 5),        // the products
    ("model", 5),
    ("inbound", 5),
    ("meta", 5),
    ("schema", 5),
    ("lib", 6), // the facade
];

/// The only imports allowed between different modules of one layer.
const SAME_LAYER: &[(&str, &str)] =
    &[("diagnostic", "pointer"), ("options", "templates"), ("meta", "model"), ("inbound", "model")];

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(name, _)| *name == module).map(|&(_, layer)| layer)
}

/// The text without line comments and without inline `#[cfg(test)] mod name { … }` blocks.
fn without_tests(text: &str) -> String {
    let text: String = text.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(brace) =
            after.find(['{', ';']).filter(|&i| after[..i].contains("mod ") && after[i..].starts_with('{'))
        else {
            out.push_str("#[cfg(test)]");
            rest = &after["#[cfg(test)]".len()..];
            continue;
        };
        let mut depth = 0usize;
        let end = after[brace..]
            .char_indices()
            .find(|&(_, c)| {
                depth = match c {
                    '{' => depth + 1,
                    '}' => depth - 1,
                    _ => depth,
                };
                depth == 0
            })
            .map_or(after.len(), |(i, _)| brace + i + 1);
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The top-level modules a file imports: `file` is its module path (`["rules", "text"]`).
fn imports(module: &[String], text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let ident = |s: &str| s.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or_default().to_owned();
    for (at, _) in text.match_indices("crate::") {
        if text[..at].ends_with(|c: char| c == '$' || c == '_' || c.is_alphanumeric()) {
            continue; // `$crate` in a macro is resolved where the macro is used
        }
        let rest = &text[at + "crate::".len()..];
        if let Some(tree) = rest.strip_prefix('{') {
            let tree = &tree[..tree.find('}').unwrap_or(tree.len())];
            found.extend(tree.split(',').map(|item| ident(item.trim())));
        } else {
            found.push(ident(rest));
        }
    }
    for (at, _) in text.match_indices("super::") {
        if text[..at].ends_with("super::") {
            continue; // counted from the first `super::`
        }
        let (mut rest, mut ups) = (&text[at..], 0);
        while let Some(after) = rest.strip_prefix("super::") {
            (rest, ups) = (after, ups + 1);
        }
        if ups >= module.len() {
            found.push(ident(rest)); // up to the crate root: the next name is a top-level module
        }
    }
    found
        .into_iter()
        .filter(|m| !m.is_empty())
        .map(|m| if layer(&m).is_some() { m } else { "lib".to_owned() })
        .collect()
}

/// Every upward or sideways import in the files, as `file: from -> to`.
fn violations(files: &[(String, String)]) -> Vec<String> {
    let mut bad = Vec::new();
    for (path, text) in files {
        let mut module: Vec<String> = path.trim_end_matches(".rs").split('/').map(str::to_owned).collect();
        if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
            module.pop();
        }
        let from = module.first().cloned().unwrap_or_else(|| "lib".to_owned());
        let Some(from_layer) = layer(&from) else {
            bad.push(format!("{path}: module `{from}` is not in the layer table"));
            continue;
        };
        for to in imports(&module, &without_tests(text)) {
            let allowed =
                to == from || layer(&to) < Some(from_layer) || SAME_LAYER.contains(&(from.as_str(), to.as_str()));
            if !allowed {
                bad.push(format!(
                    "{path}: {from} (layer {from_layer}) imports {to} (layer {})",
                    layer(&to).unwrap_or(9)
                ));
            }
        }
    }
    bad.sort();
    bad.dedup();
    bad
}

/// The library's files (relative to `src/`), without the CLI and test code (`tests.rs`, `tests/`
/// folders, and the test-only modules `rules/testing.rs` and `rules/fixture_files.rs`).
fn library_files() -> Vec<(String, String)> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable").flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() && name != "bin" && name != "tests" {
                walk(&path, base, out);
            } else if name.ends_with(".rs") && !["tests.rs", "testing.rs", "fixture_files.rs"].contains(&name.as_str())
            {
                let rel = path.strip_prefix(base).expect("below src/").to_string_lossy().replace('\\', "/");
                out.push((rel, std::fs::read_to_string(&path).expect("readable")));
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &src, &mut files);
    files
}

#[test]
fn every_import_points_down() {
    let files = library_files();
    assert!(files.len() > 100, "found only {} files below src/", files.len());
    let bad = violations(&files);
    assert!(bad.is_empty(), "imports against the layers:\n{}", bad.join("\n"));
}

#[test]
fn an_upward_import_is_found() {
    let files: Vec<(String, String)> = [
        ("json/bad.rs", "use crate::rules::shape::Cx;\nfn f() { super::super::lint::x(); }\n"),
        ("rules/bad.rs", "use crate::{diagnostic::Report, Severity};\n"),
        ("fresh/mod.rs", ""),
        ("json/ok.rs", "use super::tree;\n// crate::lint\n#[cfg(test)]\nmod tests {\n    use crate::lint_str;\n}\n"),
        ("lint/mod.rs", "use crate::{json::parse, rules::lint};\nmacro_rules! m { () => { $crate::Report }; }\n"),
    ]
    .map(|(path, text)| (path.to_owned(), text.to_owned()))
    .into();
    assert_eq!(
        violations(&files),
        [
            "fresh/mod.rs: module `fresh` is not in the layer table",
            "json/bad.rs: json (layer 1) imports lint (layer 4)",
            "json/bad.rs: json (layer 1) imports rules (layer 3)",
            "rules/bad.rs: rules (layer 3) imports lib (layer 6)",
        ]
    );
}
