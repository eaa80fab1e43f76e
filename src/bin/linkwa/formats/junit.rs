//! `--format junit`: JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure
//! Pipelines, CircleCI…).
//!
//! One `<testsuite name="linkwa">` per run, one `<testcase>` per file (named by its path relative
//! to the working directory). A file with errors fails: one `<failure>` whose `message` counts
//! them and whose text lists every error, one per line (report viewers show a single failure per
//! test case, so one failure holding them all loses none). Warnings, infos and suppressed
//! diagnostics are listed in the test case's `<system-out>`. A file that cannot be read is a
//! test case with an `<error>`.

use super::printable;
use crate::lint::{Linted, Run};
use crate::paths;
use linkwa::{Diagnostic, Severity};
use quick_junit::{NonSuccessKind, Property, Report, TestCase, TestCaseStatus, TestSuite};
use std::io::{self, Write};

pub fn render(run: &Run, out: &mut impl Write) -> io::Result<()> {
    let mut suite = TestSuite::new("linkwa");
    for (key, value) in [
        ("files", run.totals.files),
        ("errors", run.totals.errors),
        ("warnings", run.totals.warnings),
        ("infos", run.totals.infos),
        ("suppressed", run.totals.suppressed),
    ] {
        suite.add_property(Property::new(key, value.to_string()));
    }
    for file in &run.files {
        suite.add_test_case(test_case(run, file));
    }
    for problem in &run.unreadable {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
        status.set_message(printable(&format!("cannot read: {}", problem.error)).into_owned()).set_type("unreadable");
        let name = problem.path.as_deref().map_or_else(|| problem.name.clone(), |p| paths::for_ci(p, &run.cwd));
        let mut case = TestCase::new(printable(&name).into_owned(), status);
        case.set_classname("linkwa");
        suite.add_test_case(case);
    }
    let mut report = Report::new("linkwa");
    report.add_test_suite(suite);
    // Serialized to memory first: quick-junit wraps write errors in its own type, which would
    // hide a closed pipe (`| head`) behind a generic error.
    let xml = report.to_string().map_err(io::Error::other)?;
    out.write_all(xml.as_bytes())
}

fn line(d: &Diagnostic, suppressed: bool) -> String {
    let at = match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{l}:{c}: "),
        _ => String::new(),
    };
    let mut text = format!("{at}{}[{} {}] {}", d.severity, d.code, d.name, d.message);
    if !d.path.segments().is_empty() {
        text += &format!(" (at {})", d.path);
    }
    if let Some(help) = &d.help {
        text += &format!(" (help: {help})");
    }
    if suppressed {
        text.insert_str(0, "suppressed: ");
    }
    // Keys and values quoted in messages may hold characters XML 1.0 cannot carry (quick-junit
    // drops C0 controls but not U+FFFE/U+FFFF).
    printable(&text).into_owned()
}

fn test_case(run: &Run, file: &Linted) -> TestCase {
    let errors: Vec<String> = file.active().filter(|d| d.severity == Severity::Error).map(|d| line(d, false)).collect();
    let status = if errors.is_empty() {
        TestCaseStatus::success()
    } else {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        let count = if errors.len() == 1 { "1 error".to_owned() } else { format!("{} errors", errors.len()) };
        let first = file.active().find(|d| d.severity == Severity::Error).map(|d| d.code).unwrap_or_default();
        status.set_message(count).set_type(first).set_description(errors.join("\n"));
        status
    };
    let name = file.path.as_deref().map_or_else(|| file.name.clone(), |p| paths::for_ci(p, &run.cwd));
    let mut case = TestCase::new(printable(&name).into_owned(), status);
    case.set_classname("linkwa");
    let others: Vec<String> = file
        .findings
        .iter()
        .filter(|f| f.suppression.is_some() || f.diagnostic.severity != Severity::Error)
        .map(|f| line(&f.diagnostic, f.suppression.is_some()))
        .collect();
    if !others.is_empty() {
        case.set_system_out(others.join("\n"));
    }
    case
}
