//! The lint pipeline: text to report. Parse (`crate::json`), run the rules over the tree
//! (`crate::rules`), sort, locate each diagnostic in the text (byte range, line and column, UTF-16
//! offsets), and turn the fixes rules proposed into byte edits ([`resolve`]). The public entry
//! points are re-exported at the crate root; the products (fixes, the typed model, translation,
//! decoding) call them here.

pub(crate) mod resolve;
#[cfg(feature = "templates")]
mod templates;

use crate::diagnostic::{Diagnostic, Report, Severity};
use crate::options::LintOptions;
use serde_json::Value;

/// Lints a JSON text as a LINK document: a MessageRequest, a bare message, a response or an inbound
/// notification, or as a Cloud API send body when its members say so. Reports syntax errors
/// (recovering from trailing commas, comments and missing commas to lint the rest), duplicate keys,
/// and every rule; each diagnostic has its line and column (1-based, columns in Unicode scalar
/// values).
pub fn lint_str(text: &str) -> Report {
    lint_str_with(text, &LintOptions::default())
}

/// [`lint_str`] with options: the dialect (LINK, Cloud API, or told from the document) and the
/// media policy.
pub fn lint_str_with(text: &str, options: &LintOptions) -> Report {
    lint_text(text, &crate::json::tree::arena_for(text), options).0
}

/// [`lint_str_with`], and the tree of the text when it has no syntax error (for the template
/// definitions, which are linted and read from one parse), its arrays and objects in `arena`.
pub(crate) fn lint_text<'t>(
    text: &'t str,
    arena: &'t crate::json::tree::Bump,
    options: &LintOptions,
) -> (Report, Option<crate::json::Source<'t>>) {
    let parsed = crate::json::parse(text, arena);
    let syntax_error = parsed.diagnostics.iter().any(|d| d.severity == Severity::Error);
    let mut diagnostics = parsed.diagnostics;
    let mut dialect = options.dialect.unwrap_or_default();
    if let Some(source) = &parsed.value {
        let (chosen, found) = source.with_tree(|value| crate::rules::lint(value, options));
        dialect = chosen;
        // Sorted by path, as locating needs them (and the final sort then has little to do); each
        // diagnostic travels with its rule's proposed fix.
        let mut found = crate::diagnostic::sorted(found);
        parsed.locator.locate(&mut found, source.strict());
        resolve::resolve(&parsed.locator, source.strict(), &mut found);
        // In place: the found's allocation becomes the diagnostics' (a copy of every diagnostic
        // into a new one cost a tenth of a lint of a request of many messages with findings).
        let found: Vec<Diagnostic> = found.into_iter().map(|f| f.diagnostic).collect();
        if diagnostics.is_empty() {
            diagnostics = found;
        } else {
            diagnostics.extend(found);
        }
    }
    Diagnostic::locate_utf16(text, &mut diagnostics);
    let value = if syntax_error { None } else { parsed.value };
    (Report::new(dialect, diagnostics), value)
}

/// Lints raw bytes: invalid UTF-8 is reported (`LW002 invalid-utf8`) at the line and column of
/// the first bad byte; valid UTF-8 is linted as by [`lint_str`].
pub fn lint_bytes(bytes: &[u8]) -> Report {
    lint_bytes_with(bytes, &LintOptions::default())
}

/// [`lint_bytes`] with options.
pub fn lint_bytes_with(bytes: &[u8], options: &LintOptions) -> Report {
    match std::str::from_utf8(bytes) {
        Ok(text) => lint_str_with(text, options),
        Err(e) => {
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let lines = crate::json::LineIndex::new(good);
            let message = format!("byte {} is not valid UTF-8", e.valid_up_to() + 1);
            let mut d = crate::json::positioned(&crate::json::syntax::INVALID_UTF8, &lines, good.len(), message);
            // The bad sequence's bytes; in UTF-16, the one U+FFFD a decoder puts in its place.
            let bad = e.error_len().unwrap_or(bytes.len() - good.len());
            (d.start, d.end) = (Some(good.len()), Some(good.len() + bad));
            let utf16 = crate::diagnostic::text::Unit::Utf16.len(good);
            (d.start_utf16, d.end_utf16) = (Some(utf16), Some(utf16 + 1));
            Report::new(options.dialect.unwrap_or_default(), vec![d])
        }
    }
}

/// Lints an already parsed JSON tree. Diagnostics have no line and column.
pub fn lint_value(value: &Value) -> Report {
    lint_value_with(value, &LintOptions::default())
}

/// [`lint_value`] with options.
pub fn lint_value_with(value: &Value, options: &LintOptions) -> Report {
    let (dialect, found) = crate::json::tree::with_borrowed(value, |tree| crate::rules::lint(tree, options));
    // Without text, fixes cannot become edits: only the diagnostics are kept.
    Report::new(dialect, found.into_iter().map(|f| f.diagnostic).collect())
}
