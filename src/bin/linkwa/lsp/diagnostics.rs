//! Linting an open document and turning linkwa's diagnostics into the protocol's: the range
//! linkwa gives (the value or member name), the severity, the rule's code and name, the message
//! with its help, and the source document and section. At most [`MAX_PUBLISHED`] per document.

use super::position::Text;
use crate::session::Session;
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

/// Lints `text` (the document at `path`, `None` when it has no file) as the session says, as
/// `linkwa lint` does: nothing when `include`/`exclude` leave its file out (a document without a
/// file is always linted); a panic (a bug in linkwa) becomes one `LW000 internal-error`
/// diagnostic; then the configuration's levels and suppressions, suppressed diagnostics left out
/// (an editor shows what is to be done).
pub fn lint(text: &str, path: Option<&Path>, session: &Session) -> Linted {
    if path.is_some_and(|p| !session.config.selects(p)) {
        return Linted { dialect: Dialect::Link, diagnostics: Vec::new() };
    }
    let report = std::panic::catch_unwind(AssertUnwindSafe(|| linkwa::lint_str_with(text, &session.options)));
    let (dialect, diagnostics) = match report {
        Ok(report) => (report.dialect, report.diagnostics),
        Err(_) => (Dialect::Link, vec![Diagnostic::internal_error()]),
    };
    let findings = session.config.apply(path, diagnostics);
    let diagnostics = findings.into_iter().filter(|f| f.suppression.is_none()).map(|f| f.diagnostic).collect();
    Linted { dialect, diagnostics }
}

/// The most diagnostics published for one document: the rest are summed up in one more
/// diagnostic (a 20 MB document gave 1.29 million, one notification of 300 MB).
pub const MAX_PUBLISHED: usize = 1000;

/// The byte range a diagnostic covers: its own; the document's first token when it has none (a
/// whole-document diagnostic such as `LW000`).
pub fn span(d: &Diagnostic, text: &Text<'_>) -> (usize, usize) {
    match (d.start, d.end) {
        (Some(start), Some(end)) => (start, end),
        _ => text.token_range(0),
    }
}

/// The protocol's diagnostics for `diagnostics`, their ranges converted all at once; at most
/// [`MAX_PUBLISHED`]: past that, the most severe ones (in their order) and one diagnostic at the
/// document's start saying how many more there are.
pub fn to_lsp_all(diagnostics: &[Diagnostic], text: &Text<'_>) -> Vec<lsp::Diagnostic> {
    let shown: Vec<&Diagnostic> = if diagnostics.len() > MAX_PUBLISHED {
        let mut order: Vec<usize> = (0..diagnostics.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(diagnostics[i].severity));
        order.truncate(MAX_PUBLISHED - 1);
        order.sort_unstable();
        order.into_iter().map(|i| &diagnostics[i]).collect()
    } else {
        diagnostics.iter().collect()
    };
    let spans: Vec<(usize, usize)> = shown.iter().map(|d| span(d, text)).collect();
    let mut out: Vec<lsp::Diagnostic> =
        shown.iter().zip(text.ranges(&spans)).map(|(d, range)| with_range(d, range)).collect();
    if shown.len() < diagnostics.len() {
        let hidden = diagnostics.len() - shown.len();
        let worst = diagnostics.iter().map(|d| d.severity).max().unwrap_or(Severity::Info);
        let (start, end) = text.token_range(0);
        out.push(lsp::Diagnostic {
            range: text.range(start, end),
            severity: Some(severity(worst)),
            source: Some("linkwa".into()),
            message: format!(
                "{hidden} more problems are not shown (at most {MAX_PUBLISHED} per document); `linkwa lint` lists them all"
            ),
            ..lsp::Diagnostic::default()
        });
    }
    out
}

/// The protocol's diagnostic for `d`.
pub fn to_lsp(d: &Diagnostic, text: &Text<'_>) -> lsp::Diagnostic {
    let (start, end) = span(d, text);
    with_range(d, text.range(start, end))
}

fn severity(severity: Severity) -> lsp::DiagnosticSeverity {
    match severity {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Info => lsp::DiagnosticSeverity::INFORMATION,
    }
}

fn with_range(d: &Diagnostic, range: lsp::Range) -> lsp::Diagnostic {
    let mut message = format!("{}: {}", d.name, d.message);
    if let Some(help) = &d.help {
        message.push_str(&format!(" (help: {help})"));
    }
    if !d.path.segments().is_empty() {
        message.push_str(&format!(" [{}]", d.path));
    }
    lsp::Diagnostic {
        range,
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.code.to_owned())),
        code_description: None,
        source: Some("linkwa".into()),
        message,
        related_information: None,
        tags: None,
        data: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::position::Encoding;
    use super::*;

    /// Issue 24, item 12: a document with more diagnostics than the cap publishes the cap, the
    /// errors first, and says how many more there are.
    #[test]
    fn published_diagnostics_are_capped_with_a_summary() {
        let message = r#"{"type": "text", "text": {"body": 1, "colour": 2}}"#;
        let document = format!("{{\"messages\": [{}]}}", vec![message; 800].join(","));
        let report = linkwa::lint_str(&document);
        assert!(report.diagnostics.len() > MAX_PUBLISHED, "{}", report.diagnostics.len());
        let text = Text::new(&document, Encoding::Utf16);
        let published = to_lsp_all(&report.diagnostics, &text);
        assert_eq!(published.len(), MAX_PUBLISHED);
        let summary = published.last().unwrap();
        assert!(summary.message.contains("more problems are not shown"), "{}", summary.message);
        assert_eq!(summary.severity, Some(lsp::DiagnosticSeverity::ERROR));
        let errors = published.iter().filter(|d| d.severity == Some(lsp::DiagnosticSeverity::ERROR)).count();
        let all_errors = report.count(Severity::Error);
        assert_eq!(errors, all_errors.min(MAX_PUBLISHED - 1) + 1, "the errors first");
        // Under the cap: one each, with linkwa's ranges.
        let few = to_lsp_all(&report.diagnostics[..3], &text);
        assert_eq!(few.len(), 3);
        let d = &report.diagnostics[0];
        assert_eq!(few[0].range, text.range(d.start.unwrap(), d.end.unwrap()));
    }
}
