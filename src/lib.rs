//! # linkwa
//!
//! A payload validator and linter for WhatsApp messages sent through the LINK Mobility WhatsApp
//! Message API. It finds every problem in a MessageRequest (or a single message, or an inbound
//! notification) at once, offline, and says where (RFC 6901 JSON Pointer, line and column), what
//! the limit is, and which document says so.
//!
//! ```
//! let report = linkwa::lint_str(r#"{
//!   "type": "text",
//!   "text": {"body": "Hello", "previewUrl": true}
//! }"#);
//! for d in &report.diagnostics {
//!     println!("{}:{}: {d}", d.line.unwrap(), d.column.unwrap());
//! }
//! assert!(report.has_errors());
//! assert_eq!(report.diagnostics[0].path.to_string(), "/text/previewUrl");
//! ```
//!
//! Entry points: [`lint_str`] (text, with positions, duplicate keys and syntax errors),
//! [`lint_bytes`] (raw bytes, checks UTF-8 first), [`lint_value`] (an already parsed tree). The
//! library does no I/O.
//!
//! Fixes: a diagnostic of a text may carry a [`Fix`] (byte-range [`Edit`]s, safe or unsafe);
//! [`apply_fixes`] applies a report's fixes once, [`fix_str_with`] fixes a text to a fixed point,
//! keeping only passes that parse and lint with fewer diagnostics (see [`fix`]).
//!
//! Translation to Meta's WhatsApp Cloud API: [`to_meta`] turns a valid LINK
//! [`MessageRequest`] into Cloud API send bodies, saying what was left out; [`from_meta`] reads one
//! body back (see [`meta`]).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod diagnostic;
pub mod fix;
pub mod inbound;
mod json;
pub mod meta;
pub mod model;
pub mod options;
pub mod pointer;
pub mod rules;
pub mod schema;

pub use diagnostic::text::{Lines, Position, Unit};
pub use diagnostic::{Applicability, Diagnostic, Dialect, Edit, Fix, Report, Severity};
pub use fix::{FixOutcome, Fixed, MAX_FIX_PASSES, apply_fixes, fix_str, fix_str_with};
pub use meta::{FromMetaError, LinkMessage, Translation, from_meta, to_meta};
pub use model::{Message, MessageRequest};
pub use options::{LintOptions, MediaPolicy, OptionError};
pub use pointer::JsonPointer;
pub use rules::registry::Rule;
use serde_json::Value;

// Receiving: lint, then decode (see `inbound`).
pub use inbound::{DecodeError, Inbound, ResultCode, parse_inbound, parse_outbound};

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
    lint_text(text, &json::tree::arena_for(text), options).0
}

/// [`lint_str_with`], and the tree of the text when it has no syntax error (for the template
/// definitions, which are linted and read from one parse), its arrays and objects in `arena`.
pub(crate) fn lint_text<'t>(
    text: &'t str,
    arena: &'t json::tree::Bump,
    options: &LintOptions,
) -> (Report, Option<json::Source<'t>>) {
    let parsed = json::parse(text, arena);
    let syntax_error = parsed.diagnostics.iter().any(|d| d.severity == Severity::Error);
    let mut diagnostics = parsed.diagnostics;
    let mut dialect = options.dialect.unwrap_or_default();
    if let Some(source) = &parsed.value {
        let (chosen, found, intents) = source.with_tree(|value| rules::lint_fixable(value, options));
        dialect = chosen;
        // Sorted by path, as locating needs them (and the final sort then has little to do); each
        // diagnostic keeps its rule's proposed fix beside it.
        let (mut found, intents) = diagnostic::sorted(found, intents);
        parsed.locator.locate(&mut found, source.strict());
        fix::resolve(&parsed.locator, source.strict(), &mut found, intents);
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
            let lines = json::LineIndex::new(good);
            let message = format!("byte {} is not valid UTF-8", e.valid_up_to() + 1);
            let mut d = json::positioned(&rules::structure::INVALID_UTF8, &lines, good.len(), message);
            // The bad sequence's bytes; in UTF-16, the one U+FFFD a decoder puts in its place.
            let bad = e.error_len().unwrap_or(bytes.len() - good.len());
            (d.start, d.end) = (Some(good.len()), Some(good.len() + bad));
            let utf16 = diagnostic::text::Unit::Utf16.len(good);
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
    let (dialect, diagnostics) = json::tree::with_borrowed(value, |tree| rules::lint(tree, options));
    Report::new(dialect, diagnostics)
}

/// Work units (bytes looked at, members compared) done on this thread by the parts of
/// [`lint_str`] whose cost must grow linearly with the input, since the last call; for the
/// growth tests, which fail on quadratic behaviour by counting work instead of timing it. Not a
/// stable API.
#[doc(hidden)]
pub fn work_done() -> u64 {
    json::work::take()
}

/// The README's examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
