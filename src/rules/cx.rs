//! The checking context every rule family reports through, and its report guard.
//!
//! `cx.report(rule, path, finding)` returns a [`ReportGuard`] (ruff's `DiagnosticGuard`): its
//! methods complete the diagnostic (`help`, a fix, a severity the rule's depends on), and dropping
//! it records the diagnostic and its fix together as one [`Found`]. Rules never read what was
//! reported: a check that must know whether another one reported gets a return value, and a
//! severity that depends on where the finding is ([`Cx::caps`]) is set when the diagnostic is made.

use super::finding::{Finding, quote};
use super::intent::{Change, Found, Intent};
use super::path::{Path, Resolver};
use super::registry::Rule;
use super::suggest::normalize;
use crate::diagnostic::text::json_string;
use crate::diagnostic::{Applicability, Diagnostic, Dialect, Severity};
use crate::json::tree::Value;
use crate::options::MediaPolicy;
use std::collections::HashMap;
use std::ops::{Deref, DerefMut};

/// The checking context: the dialect and options in force, and what was found so far.
/// `'r` is the linted tree, whose [`Path`]s [`Cx::report`] turns into JSON Pointers.
#[derive(Debug)]
pub(crate) struct Cx<'r> {
    /// What the rules reported, in the order they reported it; read only by [`Cx::finish`].
    found: Vec<Found>,
    /// The dialect the document is linted as.
    pub(crate) dialect: Dialect,
    /// Which media references are accepted.
    pub(crate) media: MediaPolicy,
    /// The document is a template definition: its values are the template's own text, never
    /// placeholders ([`super::placeholder`] is not applied).
    pub(crate) definition: bool,
    /// The document is one Meta or the gateway sends to the user (a webhook, a status
    /// notification, an incoming message, a response): an unknown member is the
    /// `received-member-unknown` warning, not `unknown-member`; a value the typed inbound model
    /// cannot hold (a placeholder where a number, boolean, object or array belongs; an integer
    /// outside 64 signed bits) is a wrong type, not a placeholder warning.
    pub(crate) received: bool,
    /// Severity caps in force for the part of the document being checked (none by default): a
    /// rule a cap lists is reported at most at its severity, with its note appended to the
    /// message. Set around a stored template definition by [`super::definition`], where the
    /// creation-only rules are notes.
    pub(crate) caps: &'static [Cap],
    /// The one-time password findings of authentication templates already made in this document:
    /// each is made once per document, whichever pass finds it first.
    pub(crate) otp: Otp,
    resolver: Resolver<'r>,
    /// Did-you-mean suggestions already computed in this document, by shape, dialect, absent
    /// fields, kind of value and unknown name: a request of many messages with the same
    /// misspelling computes the edit distances once.
    pub(super) suggestions: HashMap<(usize, u8, u64, u8, String), Option<&'static str>>,
}

/// A severity cap ([`Cx::caps`]).
#[derive(Debug)]
pub(crate) struct Cap {
    /// The rules it lowers.
    pub rules: &'static [&'static Rule],
    /// Their highest severity where the cap is in force.
    pub severity: Severity,
    /// Appended to their messages: why they are lowered, e.g. " (a stored template: …)".
    pub note: &'static str,
}

/// Which one-time password findings were made in the document ([`Cx::otp`]).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Otp {
    /// The code mismatch guessed from a template send's name and shape without its definition
    /// (LW342): the checks against the definition (LW770, LW763) then say nothing more.
    pub mismatch_guessed: bool,
    /// A code too long (LW770), reported once per document.
    pub too_long: bool,
}

impl<'r> Cx<'r> {
    /// A context for linting the tree `root` (every path handed to [`Cx::report`] lies in it).
    pub(crate) fn new(root: &'r Value<'r>, dialect: Dialect, media: MediaPolicy) -> Self {
        Cx {
            found: Vec::new(),
            dialect,
            media,
            definition: false,
            received: false,
            caps: &[],
            otp: Otp::default(),
            resolver: Resolver::new(root),
            suggestions: HashMap::new(),
        }
    }

    /// The JSON Pointer of `path`.
    pub(crate) fn pointer(&mut self, path: &Path<'_>) -> crate::pointer::JsonPointer {
        self.resolver.pointer(path)
    }

    /// A finding of `rule` at `path`, at the rule's severity (capped by [`Cx::caps`]). The guard
    /// completes it (`help`, a fix) and records it when dropped: at the end of the statement, or
    /// of the block that binds it.
    pub(crate) fn report<'c>(
        &'c mut self,
        rule: &'static Rule,
        path: Path<'_>,
        finding: Finding<'_>,
    ) -> ReportGuard<'c, 'r> {
        let mut message = finding.message(|first| self.resolver.pointer(first));
        let path = self.resolver.pointer(&path);
        let mut severity = rule.severity;
        if let Some(cap) = self.caps.iter().find(|c| c.rules.iter().any(|r| r.code == rule.code)) {
            severity = severity.min(cap.severity);
            message.push_str(cap.note);
        }
        let diagnostic = Diagnostic { severity, ..rule.diagnostic(path, message) };
        ReportGuard { cx: self, found: Some(Found { diagnostic, intent: None }) }
    }

    /// The diagnostics, each with the fix proposed for it, in the order they were reported (for
    /// [`crate::rules::lint`]).
    pub(crate) fn finish(self) -> Vec<Found> {
        self.found
    }
}

/// A diagnostic being reported ([`Cx::report`]): dereferences to the [`Diagnostic`]; its
/// methods add a help, a fix or a severity. Dropping it records the diagnostic with its fix.
pub(crate) struct ReportGuard<'c, 'r> {
    cx: &'c mut Cx<'r>,
    /// Always `Some` but while the guard is dropped.
    found: Option<Found>,
}

impl ReportGuard<'_, '_> {
    fn found(&mut self) -> &mut Found {
        match &mut self.found {
            Some(found) => found,
            None => unreachable!("a report guard holds its finding until dropped"),
        }
    }

    /// The diagnostic with a help: a did-you-mean, the canonical spelling, the value to use.
    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.found().diagnostic.help = Some(help.into());
        self
    }

    /// The diagnostic with a help when there is one.
    pub(crate) fn help_opt(mut self, help: Option<String>) -> Self {
        self.found().diagnostic.help = help;
        self
    }

    /// The diagnostic at `severity` instead of its rule's: for a rule whose severity depends on
    /// the dialect or on where it is found (its `why` says so).
    pub(crate) fn severity(mut self, severity: Severity) -> Self {
        self.found().diagnostic.severity = severity;
        self
    }

    /// The diagnostic with the fix `changes`, made together, described in a few words (member
    /// names or a short cut value only). Becomes byte edits once the text is located
    /// (`lint_str`); without text (`lint_value`) it is dropped. A later fix replaces it.
    pub(crate) fn fix<'p>(
        mut self,
        applicability: Applicability,
        description: String,
        changes: impl IntoIterator<Item = Change<Path<'p>>>,
    ) -> Self {
        let changes = changes.into_iter().map(|c| c.map(|p| self.cx.resolver.pointer(&p))).collect();
        self.found().intent = Some(Box::new(Intent { description, applicability, changes }));
        self
    }

    /// The fix replacing the string value at `path` with `to`, safely.
    pub(crate) fn fix_string(self, path: Path<'_>, to: &str) -> Self {
        self.fix(Applicability::Safe, format!("replace with `{}`", quote(to)), [Change::Replace(path, json_string(to))])
    }

    /// For the enumerated value at `path`, the fix to the allowed value it spells with another
    /// case, `_`, `-` or white space around it (`TEXT`, `quick_reply` for `quickReply`, ` text`),
    /// safely; no fix when there is none.
    pub(crate) fn fix_spelling(self, path: Path<'_>, value: &str, allowed: &[&'static str]) -> Self {
        let wanted = normalize(value.trim());
        match allowed.iter().find(|a| normalize(a) == wanted) {
            Some(a) => self.fix_string(path, a),
            None => self,
        }
    }

    /// The fix trimming the string `value` at `path`, safely.
    pub(crate) fn fix_trim(self, path: Path<'_>, value: &str) -> Self {
        let changes = [Change::Replace(path, json_string(value.trim()))];
        self.fix(Applicability::Safe, "remove the white space around it".into(), changes)
    }

    /// The fix inserting the member `key` with the JSON text `json` into the object at `object`
    /// (of a required member missing there).
    pub(crate) fn fix_insert(self, object: Path<'_>, key: &str, json: &str, applicability: Applicability) -> Self {
        let description = format!("insert `\"{key}\": {}`", quote(json));
        self.fix(applicability, description, [Change::Insert(object, key.to_owned(), json.to_owned())])
    }

    /// The fix renaming the member whose value is `member` from `from` to `to`.
    pub(crate) fn fix_rename(self, member: &Value, from: &str, to: &str, applicability: Applicability) -> Self {
        let description = format!("rename `{}` to `{to}`", quote(from));
        self.fix(applicability, description, [Change::RenameKey(Path::at(member), to.to_owned())])
    }
}

impl Deref for ReportGuard<'_, '_> {
    type Target = Diagnostic;

    fn deref(&self) -> &Diagnostic {
        match &self.found {
            Some(found) => &found.diagnostic,
            None => unreachable!("a report guard holds its finding until dropped"),
        }
    }
}

impl DerefMut for ReportGuard<'_, '_> {
    fn deref_mut(&mut self) -> &mut Diagnostic {
        &mut self.found().diagnostic
    }
}

impl Drop for ReportGuard<'_, '_> {
    fn drop(&mut self) {
        if let Some(found) = self.found.take() {
            self.cx.found.push(found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::structure::{UNKNOWN_MEMBER, WRONG_TYPE};

    #[test]
    fn each_finding_keeps_the_fix_its_guard_added_through_sorting() {
        let arena = crate::json::tree::Bump::new();
        let (doc, _) = crate::json::tree::parse(r#"{"a": 1, "b": 2}"#, &arena).unwrap();
        let map = doc.as_object().unwrap();
        let (a, b) = (Path::at(&map["a"]), Path::at(&map["b"]));
        let mut cx = Cx::new(&doc, Dialect::Link, MediaPolicy::default());
        // Reported out of order; the first completed after it is bound.
        let d = cx.report(&UNKNOWN_MEMBER, b, Finding::Other("b".into())).help("remove it");
        d.fix(Applicability::Safe, "remove `b`".into(), [Change::Remove(b)]);
        cx.report(&UNKNOWN_MEMBER, a, Finding::Other("a".into()));
        let found = crate::diagnostic::sorted(cx.finish());
        let summary: Vec<_> = found
            .iter()
            .map(|f| {
                (
                    f.diagnostic.path.to_string(),
                    f.diagnostic.help.clone(),
                    f.intent.as_ref().map(|i| i.description.clone()),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("/a".to_owned(), None, None),
                ("/b".to_owned(), Some("remove it".to_owned()), Some("remove `b`".to_owned()))
            ]
        );
        let changes = found[1].intent.as_ref().map(|i| i.changes.clone());
        assert_eq!(changes, Some(vec![Change::Remove(crate::pointer::JsonPointer::parse("/b").unwrap())]));
    }

    #[test]
    fn caps_lower_the_rules_they_list_when_the_diagnostic_is_made() {
        static CAPS: &[Cap] = &[Cap { rules: &[&UNKNOWN_MEMBER], severity: Severity::Info, note: " (capped)" }];
        let arena = crate::json::tree::Bump::new();
        let (doc, _) = crate::json::tree::parse(r#"{"a": 1}"#, &arena).unwrap();
        let mut cx = Cx::new(&doc, Dialect::Link, MediaPolicy::default());
        cx.caps = CAPS;
        cx.report(&UNKNOWN_MEMBER, Path::root(), Finding::Other("listed".into()));
        cx.report(&WRONG_TYPE, Path::root(), Finding::Other("not listed".into()));
        let found = cx.finish();
        let made: Vec<_> = found.iter().map(|f| (f.diagnostic.severity, f.diagnostic.message.as_str())).collect();
        assert_eq!(made, [(Severity::Info, "listed (capped)"), (WRONG_TYPE.severity, "not listed")]);
    }
}
