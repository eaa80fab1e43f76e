//! The family's fixtures: every rule has an invalid fixture that produces it, and the valid
//! fixtures have no error.

use crate::rules::interactive::RULES;
use crate::rules::registry;
use crate::rules::testing::lint;
use std::path::PathBuf;

fn dir(kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/link/interactive").join(kind)
}

fn files(kind: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir(kind))
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, std::fs::read_to_string(&p).expect("readable fixture"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_invalid_fixture_produces_its_rule() {
    for (stem, text) in files("invalid") {
        let name = stem.split("--").next().unwrap();
        let rule = registry::find(name).unwrap_or_else(|| panic!("{stem}.json names no rule"));
        let report = lint(&text);
        assert!(
            report.diagnostics.iter().any(|d| d.code == rule.code),
            "{stem}.json does not produce {}; got {:?}",
            rule.code,
            report.diagnostics.iter().map(|d| format!("{d}")).collect::<Vec<_>>()
        );
    }
}

#[test]
fn every_rule_has_an_invalid_fixture() {
    let stems: Vec<String> = files("invalid").into_iter().map(|(s, _)| s).collect();
    for rule in RULES {
        assert!(stems.iter().any(|s| s.split("--").next() == Some(rule.name)), "no invalid/{}.json", rule.name);
    }
}

#[test]
fn valid_fixtures_have_no_diagnostic() {
    let files = files("valid");
    assert!(files.len() >= 10);
    for (stem, text) in files {
        let report = lint(&text);
        assert!(
            report.diagnostics.is_empty(),
            "{stem}.json: {:?}",
            report.diagnostics.iter().map(|d| format!("{d}")).collect::<Vec<_>>()
        );
    }
}
