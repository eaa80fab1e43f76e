//! [`Rule`]: what a lint rule is called, how serious it is and which document says so, and
//! `declare_rules!`, with which each module declares its rules. The contract's only constructor of
//! a [`Diagnostic`] is [`Rule::diagnostic`]. Knows no rule but `LW000 internal-error` (a failure
//! of linkwa itself); the registry (`crate::rules::registry`) joins every module's table.

use crate::diagnostic::{Applicability, Diagnostic, Severity};
use crate::pointer::JsonPointer;
use serde::Serialize;

/// A lint rule: what it is called, how serious it is, and which document says so.
///
/// Every field is there whatever the cargo features (`docs` fills `summary` and `why`):
///
/// ```
/// let rule = linkwa::rules::registry::find("text-body-too-long").unwrap();
/// assert_eq!(rule.code, "LW201");
/// // The prose with the `docs` feature (on by default), "" without it.
/// assert_eq!(rule.summary.is_empty(), !cfg!(feature = "docs"));
/// assert_eq!(rule.why.is_empty(), !cfg!(feature = "docs"));
/// ```
#[derive(Debug, Serialize)]
pub struct Rule {
    /// Stable code, `LW` + 3 digits, grouped by family: 0xx JSON and structure, 1xx envelope,
    /// 2xx text/media/location/contacts, 3xx template, 4xx interactive, 5xx Cloud API only,
    /// 6xx inbound (responses, status notifications, incoming messages), 7xx template definitions.
    pub code: &'static str,
    /// Kebab-case name, unique, e.g. `reply-title-too-long`.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// What it checks, one sentence. Empty without the cargo feature `docs` (on by default): the
    /// field is always there, so that code naming it compiles with any features, but only `docs`
    /// compiles the prose in. The WASM package builds without it, so that pages that lint do not
    /// download the prose, and ships it as the JavaScript module `linkwa/rules` instead.
    pub summary: &'static str,
    /// Why it matters: what the gateway or Meta does with such a payload. Empty without the cargo
    /// feature `docs`, as `summary`.
    pub why: &'static str,
    /// The document and section that states the constraint.
    pub source: &'static str,
    /// The linkwa version that introduced the rule.
    pub since: &'static str,
    /// The error code Meta answers a payload breaking this rule with (`132000`, `2388040`), when
    /// known; rules whose code is inferred rather than reported say so in `why`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta_error: Option<&'static str>,
    /// Whether the rule's diagnostics can carry a [`crate::Fix`], and how safely: `Safe` when
    /// every fix it proposes is safe (`linkwa lint --fix` applies them), `Unsafe` when some or all
    /// need `--unsafe-fixes`; `None` when it proposes none. Not every diagnostic of a fixing rule
    /// has a fix (only where the right edit is certain or nearly so).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Applicability>,
}

impl Rule {
    /// A diagnostic of this rule at `path` with `message`, its default severity, no position and
    /// no help.
    pub fn diagnostic(&'static self, path: JsonPointer, message: String) -> Diagnostic {
        Diagnostic {
            code: self.code,
            name: self.name,
            severity: self.severity,
            path,
            message,
            line: None,
            column: None,
            start: None,
            end: None,
            start_utf16: None,
            end_utf16: None,
            source: self.source,
            help: None,
            fix: None,
        }
    }
}

/// Declares a family's rules as `pub static` items (public where their module is: the edges,
/// the CLI and the WASM crate, name rules by these constants, not by code strings) and a `RULES`
/// table listing them all.
///
/// A rule may name the Meta error code a payload breaking it gets, in brackets after the
/// severity: `TEMPLATE_NOT_FOUND = LW750 "template-not-found" Error [132001], …`; and a rule
/// that proposes fixes says how safely, last before the comma: `… Info fix Safe, …` (see
/// [`Rule::fix`]).
///
/// ```ignore
/// declare_rules! {
///     TEXT_BODY_TOO_LONG = LW201 "text-body-too-long" Error,
///         "`text.body` is at most 4096 characters.",
///         "Meta rejects longer bodies (error 131009).",
///         "Cloud API reference, Text messages";
/// }
/// ```
macro_rules! declare_rules {
    (@meta) => { None };
    (@meta $meta:literal) => { Some(stringify!($meta)) };
    (@fix) => { None };
    (@fix $fix:ident) => { Some($crate::diagnostic::Applicability::$fix) };
    // The prose, or "" without the `docs` feature (a constant: the text is not compiled in).
    (@docs $text:expr) => { if cfg!(feature = "docs") { $text } else { "" } };
    ($($ident:ident = $code:ident $name:literal $severity:ident $([$meta:literal])? $(fix $fix:ident)?, $summary:expr, $why:expr, $source:expr;)*) => {
        $(
            #[doc = concat!("`", stringify!($code), " ", $name, "`: ", $summary)]
            pub static $ident: $crate::diagnostic::rule::Rule = $crate::diagnostic::rule::Rule {
                code: stringify!($code),
                name: $name,
                severity: $crate::diagnostic::Severity::$severity,
                summary: $crate::diagnostic::rule::declare_rules!(@docs $summary),
                why: $crate::diagnostic::rule::declare_rules!(@docs $why),
                source: $source,
                since: "0.1.0",
                meta_error: $crate::diagnostic::rule::declare_rules!(@meta $($meta)?),
                fix: $crate::diagnostic::rule::declare_rules!(@fix $($fix)?),
            };
        )*
        /// Every rule this module declares.
        pub(crate) static RULES: &[&$crate::diagnostic::rule::Rule] = &[$(&$ident),*];
    };
}
pub(crate) use declare_rules;

declare_rules! {
    INTERNAL_ERROR = LW000 "internal-error" Error,
        "linkwa itself failed on this document (a bug in linkwa, not in the payload); the document was not linted. Reported by the CLI and the WASM package, which go on with the next document.",
        "A linter that dies on one file hides every other file's problems; this names the file, so that it can go with a bug report to linkwa's issue tracker.",
        "linkwa";
}
