//! The fixture harness.
//!
//! - `fixtures/<dialect>/<family>/valid/*.json`: no error. `<dialect>` is `link` or `cloud`, and
//!   the files are linted as that dialect.
//! - `fixtures/<dialect>/<family>/invalid/<rule-name>[--variant].json`: reports that rule.
//! - Files in a `link-only/` folder below `valid/` or `invalid/` are linted with the media
//!   policy `link-only`.
//! - `fixtures/spec-examples/<document>/*.json`: what `EXPECTATIONS.tsv` says (`valid` ⇒ no error,
//!   `invalid` ⇒ at least one error).
//! - Every rule in the registry has an invalid fixture named after it.
//! - Snapshots (insta), one per folder: every diagnostic of every file, one line each.

#![cfg(feature = "templates")] // fixtures of the send-vs-definition rules (LW75x)

use linkwa::{Report, Severity, lint_bytes_with};
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

mod common;
use common::*;

/// The `*.json` files of a `valid/` or `invalid/` folder, and of its `link-only/` folder.
fn fixture_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = json_files(dir);
    files.extend(json_files(&dir.join("link-only")));
    files
}

fn lint(path: &Path) -> Report {
    lint_bytes_with(&fs::read(path).unwrap(), &options_for(path))
}

/// One line per diagnostic: `error[LW412 reply-title-too-long] /path (3:17): message`.
fn snapshot_of(files: &[PathBuf], base: &Path) -> String {
    let mut out = String::new();
    for file in files {
        let report = lint(file);
        writeln!(out, "== {}", file.strip_prefix(base).unwrap().display()).unwrap();
        for d in &report.diagnostics {
            let at = match (d.line, d.column) {
                (Some(l), Some(c)) => format!(" ({l}:{c})"),
                _ => String::new(),
            };
            write!(out, "{}[{} {}] {}{at}: {}", d.severity, d.code, d.name, d.path, d.message).unwrap();
            if let Some(help) = &d.help {
                write!(out, " (help: {help})").unwrap();
            }
            out.push('\n');
        }
    }
    out
}

fn errors(report: &Report) -> String {
    report.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(|d| format!("  {d}\n")).collect()
}

#[test]
fn valid_fixtures_have_no_error() {
    let mut failures = String::new();
    for family in families() {
        for file in fixture_files(&family.join("valid")) {
            let report = lint(&file);
            if report.has_errors() {
                writeln!(failures, "{}:\n{}", file.display(), errors(&report)).unwrap();
            }
        }
    }
    assert!(failures.is_empty(), "valid fixtures with errors:\n{failures}");
}

#[test]
fn invalid_fixtures_report_the_rule_they_are_named_after() {
    let mut failures = String::new();
    for family in families() {
        for file in fixture_files(&family.join("invalid")) {
            let stem = file.file_stem().unwrap().to_str().unwrap();
            let name = stem.split("--").next().unwrap();
            let Some(rule) = linkwa::rules::registry::find(name) else {
                writeln!(failures, "{}: no rule is named `{name}`", file.display()).unwrap();
                continue;
            };
            let report = lint(&file);
            if !report.diagnostics.iter().any(|d| d.code == rule.code) {
                let got: String = report.diagnostics.iter().map(|d| format!("  {d}\n")).collect();
                writeln!(failures, "{}: expected {} {name}; got\n{got}", file.display(), rule.code).unwrap();
            }
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn every_rule_has_an_invalid_fixture() {
    let mut named = Vec::new();
    for family in families() {
        for file in fixture_files(&family.join("invalid")) {
            let stem = file.file_stem().unwrap().to_str().unwrap().to_owned();
            named.push(stem.split("--").next().unwrap().to_owned());
        }
    }
    // LW590-LW599 are reported by `to_meta`, not by linting: their own tests cover them
    // (`every_translation_rule_is_reported_by_to_meta`).
    // LW000 is reported by the CLI and the WASM package when linting panics: tests/cli/faults.rs
    // and the WASM package's tests cause one (cargo feature `fault-injection`).
    let translation = |code: &str| code.starts_with("LW59") || code == "LW000";
    let missing: Vec<String> = linkwa::rules::registry::all()
        .iter()
        .filter(|r| !translation(r.code) && !named.iter().any(|n| n == r.name))
        .map(|r| format!("{} {}", r.code, r.name))
        .collect();
    assert!(missing.is_empty(), "rules without fixtures/link/<family>/invalid/<name>.json: {missing:#?}");
}

#[test]
fn spec_examples_meet_their_expectations() {
    let base = root().join("spec-examples");
    let manifest = fs::read_to_string(base.join("EXPECTATIONS.tsv")).unwrap();
    let mut failures = String::new();
    let mut checked = 0;
    for line in manifest.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (file, expect, why) = (cols[0], cols[2], cols.get(3).copied().unwrap_or(""));
        if expect == "skipped" {
            continue;
        }
        let report = lint(&base.join(file));
        checked += 1;
        match expect {
            "valid" if report.has_errors() => {
                writeln!(failures, "{file} should have no error:\n{}", errors(&report)).unwrap();
            }
            "invalid" if !report.has_errors() => {
                writeln!(failures, "{file} should have an error ({why})").unwrap();
            }
            "valid" | "invalid" => {}
            other => panic!("{file}: unknown expectation {other}"),
        }
    }
    assert!(checked > 100, "only {checked} examples checked");
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn snapshots() {
    let base = root();
    for family in families() {
        let mut files = fixture_files(&family.join("valid"));
        files.extend(fixture_files(&family.join("invalid")));
        let dialect = family.parent().unwrap().file_name().unwrap().to_str().unwrap();
        let name = format!("{dialect}-{}", family.file_name().unwrap().to_str().unwrap());
        insta::assert_snapshot!(name, snapshot_of(&files, &base));
    }
    for document in subdirs(&base.join("spec-examples")) {
        let name = format!("spec-{}", document.file_name().unwrap().to_str().unwrap());
        insta::assert_snapshot!(name, snapshot_of(&json_files(&document), &base));
    }
}
