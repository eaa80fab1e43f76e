//! The family's own fixtures: every rule has `invalid/<rule-name>.json` that reports it, and the
//! `valid/` payloads have no diagnostic at all.

use crate::rules::registry;
use crate::rules::template::RULES;

fn dir(kind: &str) -> String {
    format!("{}/fixtures/link/template/{kind}", env!("CARGO_MANIFEST_DIR"))
}

fn files(kind: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir(kind))
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let stem = p.file_stem().expect("stem").to_string_lossy().into_owned();
            (stem, std::fs::read_to_string(&p).expect("read"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_rule_has_an_invalid_fixture_that_reports_it() {
    let invalid = files("invalid");
    for rule in RULES {
        assert!(invalid.iter().any(|(stem, _)| stem == rule.name), "no invalid/{}.json", rule.name);
    }
    for (stem, text) in &invalid {
        let name = stem.split("--").next().expect("name");
        let rule = registry::find(name).unwrap_or_else(|| panic!("{stem}: no rule named {name}"));
        let report = crate::lint_str(text);
        assert!(report.diagnostics.iter().any(|d| d.code == rule.code), "{stem} does not report {}", rule.code);
        let others: Vec<String> =
            report.diagnostics.iter().filter(|d| d.code != rule.code).map(ToString::to_string).collect();
        // An 11th button cannot have an index of its own: it repeats one or is out of range.
        if stem != "too-many-buttons" {
            assert!(others.is_empty(), "{stem} reports more than {}: {others:#?}", rule.code);
        }
    }
}

#[test]
fn valid_fixtures_are_clean() {
    let valid = files("valid");
    assert!(valid.len() >= 10);
    for (stem, text) in &valid {
        let report = crate::lint_str(text);
        let all: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
        assert!(all.is_empty(), "valid/{stem}: {all:#?}");
    }
}
