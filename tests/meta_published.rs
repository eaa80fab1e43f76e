//! Send bodies Meta publishes (documentation pages, the OpenAPI examples that are its Postman
//! collection's items, the Payments, Calling, Groups and Flows pages), gathered in
//! `fixtures/cloud/meta-published/` with their sources in `SOURCES.md`: linted as Cloud API JSON,
//! none gets an error, and each is a document to send.

use linkwa::{Dialect, LintOptions, Severity, lint_bytes_with};
use std::fmt::Write;
use std::fs;

mod common;
use common::*;

fn folder() -> std::path::PathBuf {
    root().join("cloud").join("meta-published")
}

#[test]
fn no_meta_published_payload_gets_an_error() {
    let files = json_files(&folder());
    assert!(files.len() >= 40, "only {} payloads in {}", files.len(), folder().display());
    let options = LintOptions { dialect: Some(Dialect::Cloud), ..Default::default() };
    let mut failures = String::new();
    for file in &files {
        let report = lint_bytes_with(&fs::read(file).unwrap(), &options);
        assert_eq!(report.dialect, Dialect::Cloud);
        for d in report.diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            writeln!(failures, "{}: {d}", file.display()).unwrap();
        }
    }
    assert!(failures.is_empty(), "Meta-published payloads with errors:\n{failures}");
}

/// Every diagnostic (warnings and notes: Meta's examples are not all what linkwa advises), one
/// line each, so that a change in what they get is seen in review.
#[test]
fn diagnostics_snapshot() {
    let options = LintOptions { dialect: Some(Dialect::Cloud), ..Default::default() };
    let mut out = String::new();
    for file in json_files(&folder()) {
        let report = lint_bytes_with(&fs::read(&file).unwrap(), &options);
        writeln!(out, "== {}", file.file_name().unwrap().to_str().unwrap()).unwrap();
        for d in &report.diagnostics {
            writeln!(out, "{}[{} {}] {}: {}", d.severity, d.code, d.name, d.path, d.message).unwrap();
        }
    }
    insta::assert_snapshot!("meta-published", out);
}

#[test]
fn every_payload_is_listed_in_sources() {
    let sources = fs::read_to_string(folder().join("SOURCES.md")).unwrap();
    for file in json_files(&folder()) {
        let name = file.file_name().unwrap().to_str().unwrap();
        assert!(sources.contains(&format!("`{name}`")), "{name} is not in SOURCES.md");
    }
}

#[test]
fn the_dialect_is_told_from_the_payloads_themselves() {
    for file in json_files(&folder()) {
        let report = lint_bytes_with(&fs::read(&file).unwrap(), &LintOptions::default());
        assert_eq!(report.dialect, Dialect::Cloud, "{}", file.display());
    }
}
