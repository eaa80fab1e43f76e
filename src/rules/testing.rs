//! Test helpers for rule modules: lint a JSON text and look at the codes.

use crate::Report;

/// The report for `json`.
pub(crate) fn lint(json: &str) -> Report {
    crate::lint_str(json)
}

/// The codes of every diagnostic for `json`, in report order.
pub(crate) fn codes(json: &str) -> Vec<&'static str> {
    lint(json).diagnostics.iter().map(|d| d.code).collect()
}

/// Asserts that linting `json` reports `code`, and returns the diagnostics with that code.
#[track_caller]
pub(crate) fn assert_reports(json: &str, code: &str) -> Vec<crate::Diagnostic> {
    let report = lint(json);
    let found: Vec<_> = report.diagnostics.iter().filter(|d| d.code == code).cloned().collect();
    assert!(!found.is_empty(), "expected {code}; got:\n{}", render(&report));
    found
}

/// Asserts that linting `json` does not report `code`.
#[track_caller]
pub(crate) fn assert_not_reported(json: &str, code: &str) {
    let report = lint(json);
    assert!(report.diagnostics.iter().all(|d| d.code != code), "did not expect {code}; got:\n{}", render(&report));
}

/// Asserts that `json` has no diagnostic at all.
#[track_caller]
pub(crate) fn assert_clean(json: &str) {
    let report = lint(json);
    assert!(report.diagnostics.is_empty(), "expected no diagnostics; got:\n{}", render(&report));
}

fn render(report: &Report) -> String {
    report.diagnostics.iter().map(|d| format!("  {d}\n")).collect()
}
