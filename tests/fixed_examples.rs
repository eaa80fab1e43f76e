//! The fixed examples: `fixtures/<dialect>/<family>/fixed/<rule-name>.json` is the payload of
//! `invalid/<rule-name>.json` with the problem the rule names repaired (`linkwa explain` shows the
//! two side by side).
//!
//! - A fixed example has no error and no diagnostic of the rule it is named after. It is linted as
//!   its fixture: the dialect of its top folder (`link` or `cloud`), the media policy `link-only`
//!   inside a `link-only/` folder.
//! - Its invalid fixture exists at the same place below `invalid/`.
//! - Every rule with an invalid fixture has a fixed example.

#![cfg(feature = "templates")] // fixtures of the send-vs-definition rules (LW75x)

use linkwa::{Report, Severity, lint_bytes_with};
use std::fmt::Write;
use std::fs;
use std::path::{Component, Path, PathBuf};

mod common;
use common::*;

/// The files below the `invalid/` (`which` = "invalid") or `fixed/` folder of every family.
fn fixtures(which: &str) -> Vec<PathBuf> {
    families().iter().flat_map(|family| json_files_below(&family.join(which))).collect()
}

/// The rule a fixture is named after: its file name up to `--` (variants) or `.json`.
fn rule_name(path: &Path) -> String {
    let stem = path.file_stem().unwrap().to_str().unwrap();
    stem.split("--").next().unwrap().to_owned()
}

/// The same place below the family's `to` folder (`invalid` ⇄ `fixed`).
fn counterpart(path: &Path, to: &str) -> PathBuf {
    let rel = path.strip_prefix(root()).unwrap();
    let mut out = root();
    for (i, component) in rel.components().enumerate() {
        match component {
            // fixtures/<dialect>/<family>/<invalid|fixed>/…
            Component::Normal(_) if i == 2 => out.push(to),
            Component::Normal(part) => out.push(part),
            _ => unreachable!("fixture paths are plain"),
        }
    }
    out
}

fn lint(path: &Path) -> Report {
    lint_bytes_with(&fs::read(path).unwrap(), &options_for(path))
}

fn shown(path: &Path) -> String {
    path.strip_prefix(root()).unwrap_or(path).display().to_string()
}

#[test]
fn fixed_examples_have_no_error_and_not_their_rule() {
    let files = fixtures("fixed");
    assert!(!files.is_empty(), "no fixed examples found below {}", root().display());
    let mut failures = String::new();
    let mut notes = String::new();
    for file in &files {
        let name = rule_name(file);
        let Some(rule) = linkwa::rules::registry::find(&name) else {
            writeln!(failures, "{}: no rule is named `{name}`", shown(file)).unwrap();
            continue;
        };
        let invalid = counterpart(file, "invalid");
        if !invalid.is_file() {
            writeln!(failures, "{}: its invalid fixture {} does not exist", shown(file), shown(&invalid)).unwrap();
        }
        let report = lint(file);
        let bad: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error || d.code == rule.code)
            .map(|d| format!("  {d}\n"))
            .collect();
        if !bad.is_empty() {
            writeln!(failures, "{} (fixes {} {name}) still reports:\n{}", shown(file), rule.code, bad.concat())
                .unwrap();
        }
        for d in report.diagnostics.iter().filter(|d| d.severity != Severity::Error && d.code != rule.code) {
            writeln!(notes, "{}: {d}", shown(file)).unwrap();
        }
    }
    if !notes.is_empty() {
        eprintln!("warnings and infos of other rules in fixed examples:\n{notes}");
    }
    assert!(failures.is_empty(), "{failures}");
}

#[test]
fn every_rule_with_an_invalid_fixture_has_a_fixed_example() {
    let invalid = fixtures("invalid");
    let mut missing = Vec::new();
    for rule in linkwa::rules::registry::all() {
        let of_rule: Vec<&PathBuf> = invalid.iter().filter(|p| rule_name(p) == rule.name).collect();
        if of_rule.is_empty() {
            continue;
        }
        // The fixed example mirrors the base fixture `<name>.json`; a rule with only variants
        // gets one `<name>.json` beside its first variant.
        let bases: Vec<&PathBuf> =
            of_rule.iter().copied().filter(|p| p.file_stem().is_some_and(|s| s == rule.name)).collect();
        let expected: Vec<PathBuf> = if bases.is_empty() {
            vec![counterpart(of_rule[0], "fixed").with_file_name(format!("{}.json", rule.name))]
        } else {
            bases.iter().map(|p| counterpart(p, "fixed")).collect()
        };
        for path in expected.into_iter().filter(|p| !p.is_file()) {
            missing.push(format!("{} {}: {}", rule.code, rule.name, shown(&path)));
        }
    }
    assert!(missing.is_empty(), "{} rules without a fixed example:\n{}", missing.len(), missing.join("\n"));
}
