//! The verbatim inbound examples of the three LINK documents (`fixtures/spec-examples`) and the
//! project's own fixtures (`fixtures/link/inbound`).

use crate::Severity;
use crate::rules::inbound::RULES;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The inbound rows of EXPECTATIONS.tsv: (file, expect).
fn inbound_examples() -> Vec<(String, String)> {
    const INBOUND: &[&str] = &[
        "messageresponse",
        "errorresponse",
        "message-status-notification",
        "event-report",
        "incoming-message",
        "receive-message",
        "alternative-receive-message",
    ];
    let tsv = std::fs::read_to_string(root().join("fixtures/spec-examples/EXPECTATIONS.tsv")).unwrap();
    tsv.lines()
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let file = cols.next()?;
            let expect = cols.nth(1)?;
            let name = Path::new(file).file_stem()?.to_str()?;
            INBOUND.iter().any(|p| name.starts_with(p)).then(|| (file.to_owned(), expect.to_owned()))
        })
        .collect()
}

fn render(report: &crate::Report) -> String {
    report.diagnostics.iter().map(|d| format!("  {d}\n")).collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn valid_spec_examples_have_no_error_and_broken_ones_are_flagged() {
    let examples = inbound_examples();
    assert!(examples.len() >= 29, "found only {} inbound examples", examples.len());
    for (file, expect) in examples {
        let report = crate::lint_str(&read(&root().join("fixtures/spec-examples").join(&file)));
        match expect.as_str() {
            "valid" => assert!(!report.has_errors(), "{file} is valid; got:\n{}", render(&report)),
            // Raw line breaks inside strings are not reported by the JSON front end yet (the lenient
            // parser accepts them); the 1.6.1 failed-DLR example is then flagged by a warning only.
            "invalid" => assert!(
                report.diagnostics.iter().any(|d| d.severity >= Severity::Warning),
                "{file} is broken; got:\n{}",
                render(&report)
            ),
            other => panic!("{file}: unexpected expectation {other}"),
        }
    }
}

#[test]
fn the_documents_own_mistakes_are_named() {
    let lint = |file: &str| crate::lint_str(&read(&root().join("fixtures/spec-examples").join(file)));
    let codes = |file: &str| lint(file).diagnostics.iter().map(|d| d.code).collect::<Vec<_>>();
    assert!(codes("link-1.4.2/alternative-receive-message-text.json").contains(&"LW005"));
    let d = lint("link-1.4.2/alternative-receive-message-media.json");
    let typo = d.diagnostics.iter().find(|d| d.code == "LW005").expect("operatorTimeStamp is reported");
    assert_eq!(typo.path.to_string(), "/operatorTimeStamp");
    assert_eq!(typo.help.as_deref(), Some("did you mean `operatorTimestamp`?"));
    assert!(codes("link-1.6.1/incoming-message-reaction.json").contains(&"LW643"));
    assert!(codes("link-1.6.1/incoming-message-sticker.json").contains(&"LW641"));
    assert!(codes("link-1.6.1/message-status-notification-failed.json").contains(&"LW602"));
    assert!(codes("link-1.6.1/message-status-notification-sent.json").contains(&"LW602"));
}

/// Every fixture file of the family: (file stem, text).
fn fixtures(kind: &str) -> Vec<(String, String)> {
    let dir = root().join("fixtures/link/inbound").join(kind);
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p.file_stem().unwrap().to_str().unwrap().to_owned(), read(&p)))
        .collect();
    out.sort();
    out
}

#[test]
fn every_rule_has_an_invalid_fixture_that_triggers_it() {
    let invalid = fixtures("invalid");
    for rule in RULES {
        assert!(invalid.iter().any(|(stem, _)| stem == rule.name), "no fixture invalid/{}.json", rule.name);
    }
    for (stem, text) in &invalid {
        let name = stem.split("--").next().unwrap();
        let rule = RULES.iter().find(|r| r.name == name).unwrap_or_else(|| panic!("{stem}: no rule {name}"));
        let report = crate::lint_str(text);
        assert!(
            report.diagnostics.iter().any(|d| d.code == rule.code),
            "{stem}.json should report {}; got:\n{}",
            rule.code,
            render(&report)
        );
        // Nothing else: each fixture breaks one thing (the legacy format always gets its note).
        assert!(
            report.diagnostics.iter().all(|d| d.code == rule.code || d.code == "LW680"),
            "{stem}.json reports more than {}:\n{}",
            rule.code,
            render(&report)
        );
    }
}

#[test]
fn valid_fixtures_are_clean() {
    for (stem, text) in fixtures("valid") {
        let report = crate::lint_str(&text);
        // The alternative receive message format always gets its legacy note.
        let noted = |d: &crate::Diagnostic| d.code == "LW680";
        assert!(report.diagnostics.iter().all(noted), "valid/{stem}.json should be clean; got:\n{}", render(&report));
    }
}
