//! The rule registry: every rule's code, name, default severity, summary and source, in one table
//! sorted by code. Each family module declares its own rules with `declare_rules!`; [`all`] joins
//! the families' tables. `linkwa rules` and the rules reference are generated from it.

use crate::diagnostic::{Applicability, Diagnostic, Severity};
use crate::pointer::JsonPointer;
use serde::Serialize;
use std::sync::LazyLock;

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
            pub static $ident: $crate::rules::registry::Rule = $crate::rules::registry::Rule {
                code: stringify!($code),
                name: $name,
                severity: $crate::diagnostic::Severity::$severity,
                summary: $crate::rules::registry::declare_rules!(@docs $summary),
                why: $crate::rules::registry::declare_rules!(@docs $why),
                source: $source,
                since: "0.1.0",
                meta_error: $crate::rules::registry::declare_rules!(@meta $($meta)?),
                fix: $crate::rules::registry::declare_rules!(@fix $($fix)?),
            };
        )*
        /// Every rule this module declares.
        pub(crate) static RULES: &[&$crate::rules::registry::Rule] = &[$(&$ident),*];
    };
}
pub(crate) use declare_rules;

static ALL: LazyLock<Vec<&'static Rule>> = LazyLock::new(|| {
    let mut all: Vec<&'static Rule> = super::FAMILIES.iter().flat_map(|family| family.iter().copied()).collect();
    all.sort_by_key(|rule| rule.code);
    all
});

/// Every rule, sorted by code.
pub fn all() -> &'static [&'static Rule] {
    &ALL
}

/// Former names of renamed rules, with the code they name: still accepted wherever a user names
/// a rule (`linkwa.toml` levels and `[[ignore]]`, `linkwa explain`). Codes are never renamed.
const FORMER_NAMES: &[(&str, &str)] = &[("placeholder-value", "LW508")];

/// The rule with this code (`LW201`) or name (`text-body-too-long`, or a former name such as
/// `placeholder-value`); case-insensitive for codes.
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    let code_or_name =
        FORMER_NAMES.iter().find(|(former, _)| *former == code_or_name).map_or(code_or_name, |(_, code)| code);
    all().iter().copied().find(|r| r.code.eq_ignore_ascii_case(code_or_name) || r.name == code_or_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_well_formed_and_sorted() {
        let rules = all();
        assert!(rules.len() > 10);
        for pair in rules.windows(2) {
            assert!(pair[0].code < pair[1].code, "{} duplicated or unsorted", pair[1].code);
        }
        for r in rules {
            assert!(r.code.len() == 5 && r.code.starts_with("LW"), "{}", r.code);
            assert!(r.code[2..].bytes().all(|b| b.is_ascii_digit()), "{}", r.code);
            assert_eq!(find(r.code).map(|f| f.code), Some(r.code), "code round-trips");
            assert_eq!(find(r.name).map(|f| f.code), Some(r.code), "name round-trips");
        }
    }

    #[test]
    fn former_names_find_their_rule_and_are_no_current_name() {
        for (former, code) in FORMER_NAMES {
            assert_eq!(find(former).map(|r| r.code), Some(*code));
            assert!(all().iter().all(|r| r.name != *former), "{former} is a current name");
        }
        assert_eq!(find("placeholder").map(|r| r.code), Some("LW508"));
    }

    #[test]
    fn names_are_unique_kebab_case_and_documented() {
        let mut names: Vec<&str> = all().iter().map(|r| r.name).collect();
        names.sort();
        for pair in names.windows(2) {
            assert_ne!(pair[0], pair[1], "duplicate rule name");
        }
        for r in all() {
            assert!(
                r.name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{} is not kebab-case",
                r.name
            );
            if cfg!(feature = "docs") {
                assert!(r.summary.ends_with('.') && r.summary.len() > 10, "{} summary", r.code);
                assert!(r.why.len() > 10, "{} has no why", r.code);
            } else {
                assert_eq!((r.summary, r.why), ("", ""), "{}: prose without the docs feature", r.code);
            }
            assert!(r.source.len() > 5, "{} has no source", r.code);
        }
    }
}
