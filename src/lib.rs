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
mod lint;
pub mod meta;
pub mod model;
pub mod options;
pub mod pointer;
pub mod rules;
pub mod schema;
mod templates;

pub use diagnostic::text::{Lines, Position, Unit};
pub use diagnostic::{Applicability, Diagnostic, Dialect, Edit, Fix, Report, Severity};
pub use fix::{FixOutcome, Fixed, MAX_FIX_PASSES, apply_fixes, fix_str, fix_str_with};
pub use lint::{lint_bytes, lint_bytes_with, lint_str, lint_str_with, lint_value, lint_value_with};
pub use meta::{FromMetaError, LinkMessage, Translation, from_meta, to_meta};
pub use model::{Message, MessageRequest};
pub use options::{LintOptions, MediaPolicy, OptionError};
pub use pointer::JsonPointer;
pub use rules::registry::Rule;

// Receiving: lint, then decode (see `inbound`).
pub use inbound::{DecodeError, Inbound, ResultCode, parse_inbound, parse_outbound};

/// Work units (bytes looked at, members compared) done on this thread by the parts of
/// [`lint_str`] whose cost must grow linearly with the input, since the last call; for the
/// growth tests, which fail on quadratic behaviour by counting work instead of timing it. Not a
/// stable API.
#[doc(hidden)]
#[cfg(feature = "work-counters")]
pub fn work_done() -> u64 {
    json::work::take()
}

/// The README's examples, compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
