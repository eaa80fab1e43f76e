//! [`Diagnostic`], [`Severity`] and [`Report`]: what a lint run finds, in the shape every consumer
//! (CLI, WASM package, Rust callers) relies on. The README's "Architecture" section lists its fields.

use crate::pointer::JsonPointer;
use serde::Serialize;
use std::fmt;

pub(crate) mod rule;
pub mod text;
pub(crate) mod work;

/// How serious a finding is.
///
/// - `Error`: the documents say must / required / maximum; the gateway or Meta will reject the send.
/// - `Warning`: accepted, but likely wrong (misdelivery, an ignored field, a format unsupported by extension).
/// - `Info`: accepted, non-canonical spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Accepted, non-canonical spelling.
    Info,
    /// Accepted but likely wrong.
    Warning,
    /// The send will be rejected.
    Error,
}

impl Severity {
    /// The lowercase name used in every output format: `error`, `warning`, `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem found in a document.
///
/// Serialized (CLI `--format json`, WASM) as
/// `{code, name, severity, path, message, line, column, start, end, start_utf16, end_utf16, source,
/// help}` (and `fix` when there is one); `line`, `column`, the offsets and `help` are `null` when
/// unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Diagnostic {
    /// Stable rule code, `LW` + 3 digits (e.g. `LW412`); never reused.
    pub code: &'static str,
    /// Kebab-case rule name (e.g. `reply-title-too-long`).
    pub name: &'static str,
    /// The rule's severity.
    pub severity: Severity,
    /// RFC 6901 JSON Pointer of the offending value; a missing member is reported at its own path.
    pub path: JsonPointer,
    /// One sentence with the actual value or length and the limit. Never echoes message bodies or
    /// full phone numbers.
    pub message: String,
    /// 1-based line of the value at `path` (of the enclosing object when the member is missing);
    /// `None` when the input was not text.
    pub line: Option<u32>,
    /// 1-based column, counted in Unicode scalar values, on `line`.
    pub column: Option<u32>,
    /// UTF-8 byte offset in the linted text of the first byte of what the diagnostic points at
    /// (where `line` and `column` are): the value at `path` (a string with its quotes, an object
    /// or array with its brackets); for a member that is absent, the name of the member that
    /// should hold it (with its quotes), or that object when it has no name (the document, an
    /// array element); for a syntax error, the token where it is. `None` when the input was not
    /// text (`lint_value`) or for a whole-document diagnostic without a place (`LW000`).
    pub start: Option<usize>,
    /// One past the last byte of that range (`start <= end`, both on character boundaries):
    /// `text[start..end]` is the value or member name reported.
    pub end: Option<usize>,
    /// `start` in UTF-16 code units from the start of the text (what JavaScript strings and
    /// editors count), as [`Edit::start_utf16`].
    pub start_utf16: Option<usize>,
    /// `end` in UTF-16 code units from the start of the text.
    pub end_utf16: Option<usize>,
    /// The document and section the rule comes from, e.g. "LINK WhatsApp Message API 1.6.1, Interactive button".
    pub source: &'static str,
    /// A did-you-mean key, the canonical spelling, or the value to use.
    pub help: Option<String>,
    /// The edits that repair the finding, when the rule can tell them and the document was linted
    /// from text (`lint_str`): byte ranges of that text. Absent from the serialized form when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub fix: Option<Fix>,
}

/// How sure a [`Fix`] is to keep the payload's meaning, as ruff defines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// The fixed payload means what the author meant (a canonical spelling, an upper-cased
    /// enumeration word): `linkwa lint --fix` applies it.
    Safe,
    /// A likely intent that a person should confirm (a did-you-mean member name, an implied
    /// `type`): applied only with `--unsafe-fixes`.
    Unsafe,
}

impl Applicability {
    /// The serialized name: `"safe"` or `"unsafe"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// A repair of one diagnostic: a description and the text edits that make it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Fix {
    /// What the fix does, in a few words (e.g. "rename `sub_type` to `subType`"); never quotes
    /// more of the document than a member name or a short cut value.
    pub description: String,
    /// Whether the fix keeps the payload's meaning.
    pub applicability: Applicability,
    /// Non-overlapping edits, sorted by `start`.
    pub edits: Vec<Edit>,
}

/// Replace the bytes `start..end` of the linted text (UTF-8 byte offsets, `start <= end`, both on
/// character boundaries) with `replacement`. An insertion has `start == end`. The same positions
/// are also given in UTF-16 code units (`start_utf16`, `end_utf16`), what JavaScript strings
/// and editors count, so that a web editor applies the edit with `slice` on its own string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct Edit {
    /// First byte replaced.
    pub start: usize,
    /// One past the last byte replaced.
    pub end: usize,
    /// `start` in UTF-16 code units from the start of the text.
    pub start_utf16: usize,
    /// `end` in UTF-16 code units from the start of the text.
    pub end_utf16: usize,
    /// The new text.
    pub replacement: String,
}

impl Edit {
    /// An edit of the bytes `start..end`; its UTF-16 offsets are set by [`Edit::locate_utf16`]
    /// (`lint_str` does it for every edit it reports).
    pub fn new(start: usize, end: usize, replacement: impl Into<String>) -> Self {
        Edit { start, end, start_utf16: 0, end_utf16: 0, replacement: replacement.into() }
    }

    /// Sets `start_utf16` and `end_utf16` of every edit from their byte offsets in `text`: one
    /// pass over the text for all of them (linear in the text plus the edits), by
    /// [`text::utf16_offsets`].
    pub fn locate_utf16<'e>(text: &str, edits: impl IntoIterator<Item = &'e mut Edit>) {
        let mut edits: Vec<&mut Edit> = edits.into_iter().collect();
        let offsets: Vec<usize> = edits.iter().flat_map(|e| [e.start, e.end]).collect();
        let utf16 = text::utf16_offsets(text, &offsets);
        for (edit, pair) in edits.iter_mut().zip(utf16.chunks_exact(2)) {
            (edit.start_utf16, edit.end_utf16) = (pair[0], pair[1]);
        }
    }
}

impl Diagnostic {
    /// Sets `start_utf16`, `end_utf16` of every diagnostic and of every edit of their fixes
    /// from their byte offsets in `text`, in one pass over the text for all of them.
    pub(crate) fn locate_utf16(text: &str, diagnostics: &mut [Diagnostic]) {
        let mut offsets = Vec::with_capacity(diagnostics.len() * 2);
        for d in diagnostics.iter() {
            offsets.extend(d.start.into_iter().chain(d.end));
            for edit in d.fix.iter().flat_map(|f| &f.edits) {
                offsets.extend([edit.start, edit.end]);
            }
        }
        if offsets.is_empty() {
            return;
        }
        let mut utf16 = text::utf16_offsets(text, &offsets).into_iter();
        for d in diagnostics {
            d.start_utf16 = d.start.and_then(|_| utf16.next());
            d.end_utf16 = d.end.and_then(|_| utf16.next());
            for edit in d.fix.iter_mut().flat_map(|f| &mut f.edits) {
                edit.start_utf16 = utf16.next().unwrap_or_default();
                edit.end_utf16 = utf16.next().unwrap_or_default();
            }
        }
    }
}

impl Diagnostic {
    /// `LW000 internal-error` for a whole document: what the CLI and the WASM package report
    /// when linting it panicked (a bug in linkwa). The document was not linted; the caller goes
    /// on with the next one. Path `""`, no line or column.
    pub fn internal_error() -> Self {
        let mut d = rule::INTERNAL_ERROR.diagnostic(
            JsonPointer::root(),
            "linkwa failed on this document (a bug in linkwa, not in the document); it was not linted".to_owned(),
        );
        d.help = Some("please report it to linkwa's issue tracker, with the document if you can share it".to_owned());
        d
    }
}

impl Diagnostic {
    /// The order of a [`Report`]: by path, then code, message, line and column.
    pub(crate) fn order(a: &Self, b: &Self) -> std::cmp::Ordering {
        (&a.path, a.code, &a.message, a.line, a.column).cmp(&(&b.path, b.code, &b.message, b.line, b.column))
    }
}

impl fmt::Display for Diagnostic {
    /// `severity[CODE name] /path: message`, the one-line form used in snapshots.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{} {}] {}: {}", self.severity, self.code, self.name, self.path, self.message)?;
        if let Some(help) = &self.help {
            write!(f, " (help: {help})")?;
        }
        Ok(())
    }
}

/// The dialect a document was linted as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    /// LINK Mobility gateway JSON (camelCase): a MessageRequest, a bare message, or an inbound
    /// notification.
    #[default]
    Link,
    /// Meta's WhatsApp Cloud API JSON (snake_case): a send body
    /// (`{"messaging_product": "whatsapp", "to": …, "type": …}`), a send response, a webhook
    /// payload (`{"object": "whatsapp_business_account", …}`), or a bare template component.
    Cloud,
}

impl Dialect {
    /// The serialized name: `"link"` or `"cloud"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::Link => "link",
            Dialect::Cloud => "cloud",
        }
    }
}

/// `found` sorted by the [`Diagnostic::order`] of their diagnostics (stably), without repeats of
/// a diagnostic (the first is kept, with what it carries: a rule's finding keeps its proposed fix).
///
/// Rules report nearly in that order (message by message, with a few inversions within each), so
/// an insertion sort of their indices finishes in time linear in the diagnostics; the
/// diagnostics themselves (a few hundred bytes each) are then moved at most twice, and not at
/// all when they were in order (moving them within the insertion sort costs much more; see
/// docs/performance.md). Input in no such
/// order (more than 8 index moves per diagnostic) is sorted with the standard library's stable
/// sort instead: the cost stays O(n log n) whatever the rules' order.
pub(crate) fn sorted<T: AsRef<Diagnostic>>(found: Vec<T>) -> Vec<T> {
    let order_of = |a: usize, b: usize| Diagnostic::order(found[a].as_ref(), found[b].as_ref());
    let mut order: Vec<usize> = (0..found.len()).collect();
    let budget = order.len().saturating_mul(8);
    let mut moved = 0usize;
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && order_of(order[j - 1], i) == std::cmp::Ordering::Greater {
            j -= 1;
        }
        if j < i {
            order[j..=i].rotate_right(1);
            moved += i - j;
            if moved > budget {
                return sorted_by_indices(found);
            }
        }
    }
    let mut found = if moved == 0 { found } else { permuted(found, &order) };
    // Consecutive repeats go (equality is transitive: comparing with the previous one is comparing
    // with the one kept).
    found.dedup_by(|b, a| a.as_ref() == b.as_ref());
    found
}

/// `found` in `order` (a permutation of its indices), each moved twice.
fn permuted<T>(found: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<_> = found.into_iter().map(Some).collect();
    let mut permuted = Vec::with_capacity(order.len());
    permuted.extend(order.iter().filter_map(|&i| slots.get_mut(i).and_then(Option::take)));
    permuted
}

/// [`sorted`] through the standard library's stable sort of indices.
fn sorted_by_indices<T: AsRef<Diagnostic>>(found: Vec<T>) -> Vec<T> {
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by(|&a, &b| Diagnostic::order(found[a].as_ref(), found[b].as_ref()));
    let mut found = permuted(found, &order);
    found.dedup_by(|b, a| a.as_ref() == b.as_ref());
    found
}

/// The result of linting one document: every diagnostic, sorted by path then code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Report {
    /// The dialect the document was linted as.
    pub dialect: Dialect,
    /// Sorted by path (segment by segment, indices numerically), then code, then message.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub(crate) fn new(dialect: Dialect, mut diagnostics: Vec<Diagnostic>) -> Self {
        diagnostics.sort_by(Diagnostic::order);
        diagnostics.dedup();
        Self { dialect, diagnostics }
    }

    /// True when any diagnostic is an error (the send would be rejected).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }

    /// How many diagnostics have the given severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }

    /// True when there is no diagnostic at all.
    pub fn is_clean(&self) -> bool {
        self.diagnostics.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagnostic(path: &JsonPointer, code: &'static str) -> Diagnostic {
        Diagnostic {
            code,
            name: "name",
            severity: Severity::Error,
            path: path.clone(),
            message: String::new(),
            line: None,
            column: None,
            start: None,
            end: None,
            start_utf16: None,
            end_utf16: None,
            source: "",
            help: None,
            fix: None,
        }
    }

    /// A diagnostic with what it carries: its position in the order reported.
    #[derive(Debug, Clone, PartialEq)]
    struct Carried(Diagnostic, usize);

    impl AsRef<Diagnostic> for Carried {
        fn as_ref(&self) -> &Diagnostic {
            &self.0
        }
    }

    /// Diagnostics in the order of `keys` (message index, member, code), each carrying its
    /// position in that order.
    fn reported(keys: &[(usize, &str, &'static str)]) -> Vec<Carried> {
        let messages = JsonPointer::root().key("messages");
        keys.iter().zip(0..).map(|(&(m, k, code), i)| Carried(diagnostic(&messages.index(m).key(k), code), i)).collect()
    }

    #[test]
    fn as_str_is_the_serialized_name() {
        let serialized = |v: serde_json::Value| v.as_str().map(str::to_owned);
        for severity in [Severity::Info, Severity::Warning, Severity::Error] {
            assert_eq!(serialized(serde_json::json!(severity)).as_deref(), Some(severity.as_str()));
        }
        for dialect in [Dialect::Link, Dialect::Cloud] {
            assert_eq!(serialized(serde_json::json!(dialect)).as_deref(), Some(dialect.as_str()));
        }
        for applicability in [Applicability::Safe, Applicability::Unsafe] {
            assert_eq!(serialized(serde_json::json!(applicability)).as_deref(), Some(applicability.as_str()));
        }
    }

    #[test]
    fn sorts_stably_keeps_what_each_carries_and_drops_repeats_in_either_way() {
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(seed >> 33).unwrap_or(0) % n
        };
        for shuffle in [0, 2, 1000] {
            // Message by message, members reported out of order within each (as rules do), with
            // repeats; `shuffle` swaps of distant diagnostics on top (1000: the fallback).
            let mut keys = Vec::new();
            for m in 0..200 {
                for k in ["text", "colour", "type", "colour"] {
                    keys.push((m, k, if next(3) == 0 { "LW002" } else { "LW001" }));
                }
            }
            for _ in 0..shuffle {
                let (a, b) = (next(keys.len()), next(keys.len()));
                keys.swap(a, b);
            }
            let found = reported(&keys);
            let fast = sorted(found.clone());
            let slow = sorted_by_indices(found.clone());
            assert_eq!(fast, slow, "shuffle {shuffle}");
            assert!(fast.windows(2).all(|w| Diagnostic::order(&w[0].0, &w[1].0).is_lt()), "sorted, no repeats");
            assert!(fast.len() < found.len(), "repeats dropped");
            for Carried(d, i) in &fast {
                assert_eq!(d, &found[*i].0, "each keeps what it carries");
                assert!(found[..*i].iter().all(|f| f.0 != *d), "the first of its repeats");
            }
        }
    }
}
