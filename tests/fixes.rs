//! Fixes over the fixtures.
//!
//! - Every fix a diagnostic carries belongs to a rule that declares fixes (`Rule::fix`), at no
//!   less safe an applicability than declared, with edits in order and on character boundaries.
//! - Every rule that declares a fix has an invalid fixture named after it whose fixed text (with
//!   the fixes the rule declares: safe, or safe and unsafe) equals the fixture of the same name in
//!   `fixed/`, or at least no longer reports the rule.
//! - Fixing is idempotent: fixing the fixed text of any fixture changes nothing.

use linkwa::rules::registry;
use linkwa::{Applicability, fix_str_with, lint_str_with};
use std::fmt::Write;
use std::fs;
use std::path::PathBuf;

mod common;
use common::*;

/// Every fixture of every family (valid, invalid, fixed; `link-only/` included) and every spec
/// example.
fn all_fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = families().iter().flat_map(|f| json_files_below(f)).collect();
    files.extend(json_files_below(&root().join("spec-examples")));
    files
}

fn read(path: &std::path::Path) -> Option<String> {
    fs::read(path).ok().and_then(|b| String::from_utf8(b).ok())
}

#[test]
fn fixes_belong_to_rules_that_declare_them() {
    let mut failures = String::new();
    for file in all_fixtures() {
        let Some(text) = read(&file) else { continue };
        for d in lint_str_with(&text, &options_for(&file)).diagnostics {
            let Some(fix) = &d.fix else { continue };
            let declared = registry::find(d.code).and_then(|r| r.fix);
            if declared.is_none_or(|declared| fix.applicability > declared) {
                writeln!(
                    failures,
                    "{}: {} has a {:?} fix; the rule declares {declared:?}",
                    file.display(),
                    d.code,
                    fix.applicability
                )
                .unwrap();
            }
            let ordered = fix.edits.windows(2).all(|w| w[0].end <= w[1].start);
            let bounded = fix
                .edits
                .iter()
                .all(|e| e.start <= e.end && text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            if fix.edits.is_empty() || !ordered || !bounded {
                writeln!(failures, "{}: {} has edits out of order or bounds", file.display(), d.code).unwrap();
            }
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn every_fixing_rule_has_a_fixture_it_fixes() {
    let invalid: Vec<PathBuf> = families().iter().flat_map(|f| json_files_below(&f.join("invalid"))).collect();
    let mut failures = String::new();
    for rule in registry::all().iter().filter(|r| r.fix.is_some()) {
        let threshold = rule.fix.unwrap_or(Applicability::Safe);
        let mut fixed_one = false;
        let mut tried = Vec::new();
        for file in &invalid {
            let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            if stem.split("--").next() != Some(rule.name) {
                continue;
            }
            let Some(text) = read(file) else { continue };
            let options = options_for(file);
            let outcome = fix_str_with(&text, &options, threshold, &|_| true);
            if outcome.applied == 0 {
                tried.push(format!("{} (no fix applied)", file.display()));
                continue;
            }
            let rel = file.strip_prefix(root()).unwrap().to_string_lossy().replace("/invalid/", "/fixed/");
            let expected = read(&root().join(rel));
            let clean = outcome.report.diagnostics.iter().all(|d| d.code != rule.code);
            if expected.as_deref() == Some(outcome.text.as_str()) || clean {
                fixed_one = true;
            } else {
                tried.push(format!("{} (still reports it)", file.display()));
            }
        }
        if !fixed_one {
            writeln!(failures, "{} {}: no invalid fixture is fixed: {tried:?}", rule.code, rule.name).unwrap();
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn fixing_twice_changes_nothing_the_second_time() {
    let mut failures = String::new();
    for file in all_fixtures() {
        let Some(text) = read(&file) else { continue };
        let options = options_for(&file);
        for threshold in [Applicability::Safe, Applicability::Unsafe] {
            let once = fix_str_with(&text, &options, threshold, &|_| true);
            let twice = fix_str_with(&once.text, &options, threshold, &|_| true);
            if twice.text != once.text || twice.applied != 0 {
                writeln!(failures, "{} ({threshold:?}): a second pass applied {} more", file.display(), twice.applied)
                    .unwrap();
            }
            let counts = |r: &linkwa::Report| {
                [linkwa::Severity::Error, linkwa::Severity::Warning, linkwa::Severity::Info].map(|s| r.count(s))
            };
            if once.text != text
                && counts(&lint_str_with(&once.text, &options)) >= counts(&lint_str_with(&text, &options))
            {
                writeln!(failures, "{} ({threshold:?}): fixing did not lessen the diagnostics", file.display())
                    .unwrap();
            }
        }
    }
    assert!(failures.is_empty(), "{failures}");
}
