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
//! Translation to Meta's WhatsApp Cloud API: [`to_meta`] turns a valid LINK
//! [`MessageRequest`] into Cloud API send bodies, saying what was left out; [`from_meta`] reads one
//! body back (see [`meta`]).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod diagnostic;
mod json;
pub mod meta;
pub mod model;
pub mod pointer;
pub mod rules;

pub use diagnostic::{Diagnostic, Dialect, Report, Severity};
pub use meta::{FromMetaError, LinkMessage, Translation, from_meta, to_meta};
pub use model::{Message, MessageRequest};
pub use pointer::JsonPointer;
pub use rules::registry::Rule;
use serde_json::Value;

/// Lints a JSON text as a LINK document: a MessageRequest, a bare message, a response or an inbound
/// notification. Reports syntax errors (recovering from trailing commas, comments and missing
/// commas to lint the rest), duplicate keys, and every rule; each diagnostic has its line and
/// column (1-based, columns in Unicode scalar values).
pub fn lint_str(text: &str) -> Report {
    let parsed = json::parse(text);
    let mut diagnostics = parsed.diagnostics;
    if let Some(value) = &parsed.value {
        let mut found = rules::lint(value);
        if !found.is_empty() {
            let locator = parsed.locator.or_else(|| json::Locator::new(text));
            if let Some(locator) = locator {
                for d in &mut found {
                    if let Some((line, column)) = locator.locate(&d.path) {
                        d.line = Some(line);
                        d.column = Some(column);
                    }
                }
            }
        }
        diagnostics.extend(found);
    }
    Report::new(Dialect::Link, diagnostics)
}

/// Lints raw bytes: invalid UTF-8 is reported (`LW002 invalid-utf8`) at the line and column of
/// the first bad byte; valid UTF-8 is linted as by [`lint_str`].
pub fn lint_bytes(bytes: &[u8]) -> Report {
    match std::str::from_utf8(bytes) {
        Ok(text) => lint_str(text),
        Err(e) => {
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let lines = json::LineIndex::new(good);
            let message = format!("byte {} is not valid UTF-8", e.valid_up_to() + 1);
            let d = json::positioned(&rules::structure::INVALID_UTF8, &lines, good.len(), message);
            Report::new(Dialect::Link, vec![d])
        }
    }
}

/// Lints an already parsed JSON tree. Diagnostics have no line and column.
pub fn lint_value(value: &Value) -> Report {
    Report::new(Dialect::Link, rules::lint(value))
}

/// The README's examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
