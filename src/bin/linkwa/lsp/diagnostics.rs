//! Linting an open document and turning linkwa's diagnostics into the protocol's: a range over
//! the offending token (linkwa gives where it starts), the severity, the rule's code and name, the
//! message with its help, and the source document and section.

use super::position::Lines;
use super::workspace::Workspace;
use linkwa::{Diagnostic, Dialect, Severity};
use lsp_types::{self as lsp, NumberOrString};
use std::panic::AssertUnwindSafe;
use std::path::Path;

/// What linting a document found, kept for code actions and hover.
pub struct Linted {
    pub dialect: Dialect,
    /// After the configuration's levels and suppressions.
    pub diagnostics: Vec<Diagnostic>,
}

/// Lints `text` as the workspace's configuration says; a panic (a bug in linkwa) becomes one
/// `LW000 internal-error` diagnostic, as in `linkwa lint`.
pub fn lint(text: &str, path: Option<&Path>, workspace: &Workspace) -> Linted {
    if !workspace.selects(path) {
        return Linted { dialect: Dialect::Link, diagnostics: Vec::new() };
    }
    let report = std::panic::catch_unwind(AssertUnwindSafe(|| linkwa::lint_str_with(text, &workspace.options)));
    let (dialect, diagnostics) = match report {
        Ok(report) => (report.dialect, report.diagnostics),
        Err(_) => (Dialect::Link, vec![Diagnostic::internal_error()]),
    };
    Linted { dialect, diagnostics: workspace.apply(path, diagnostics) }
}

/// The range a diagnostic covers: the token at its line and column; the document's first
/// character when it has no position (a whole-document diagnostic, or `lint_value`'s).
pub fn range(d: &Diagnostic, lines: &Lines<'_>) -> lsp::Range {
    let start = match (d.line, d.column) {
        (Some(line), Some(column)) => lines.offset_of_column(line as usize, column as usize),
        _ => 0,
    };
    lines.range(start, lines.token_end(start))
}

/// The protocol's diagnostic for `d`.
pub fn to_lsp(d: &Diagnostic, lines: &Lines<'_>) -> lsp::Diagnostic {
    let mut message = format!("{}: {}", d.name, d.message);
    if let Some(help) = &d.help {
        message.push_str(&format!(" (help: {help})"));
    }
    if !d.path.to_string().is_empty() {
        message.push_str(&format!(" [{}]", d.path));
    }
    lsp::Diagnostic {
        range: range(d, lines),
        severity: Some(match d.severity {
            Severity::Error => lsp::DiagnosticSeverity::ERROR,
            Severity::Warning => lsp::DiagnosticSeverity::WARNING,
            Severity::Info => lsp::DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(d.code.to_owned())),
        code_description: None,
        source: Some("linkwa".into()),
        message,
        related_information: None,
        tags: None,
        data: None,
    }
}
