//! Fixes: what rules propose ([`Intent`], structural: rename this member, replace this value,
//! remove this member, insert one), how a located intent becomes byte edits of the linted text
//! ([`resolve`]), and applying them ([`apply_fixes`], [`fix_str_with`]). No I/O.
//!
//! Rules see the tree, not the text, so they say *what* to change at which JSON Pointer; after
//! the text has been parsed and the diagnostics located, the locator finds each pointer's key and
//! value spans and the intent becomes [`Edit`]s that touch only those bytes (comments, white space
//! and the rest of the formatting stay). Syntax slips in recovered JSON (a trailing comma, a
//! comment) get their edits straight from the lenient parser's byte offsets.

mod resolve;

pub(crate) use resolve::resolve;

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Report};
use crate::options::LintOptions;
use crate::pointer::JsonPointer;

/// One structural change of a fix. `P` is where: a rule's lazy path while linting, a
/// [`JsonPointer`] once reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change<P> {
    /// Give the member at `P` the name `to` (its value stays).
    RenameKey(P, String),
    /// Replace the value at `P` with this JSON text.
    Replace(P, String),
    /// Remove the member at `P` (key, value and one separating comma).
    Remove(P),
    /// Insert the member `"key": json` as the first member of the object at `P`.
    Insert(P, String, String),
}

impl<P> Change<P> {
    /// The same change at another kind of location.
    pub(crate) fn map<Q>(self, f: impl FnOnce(P) -> Q) -> Change<Q> {
        match self {
            Change::RenameKey(p, to) => Change::RenameKey(f(p), to),
            Change::Replace(p, json) => Change::Replace(f(p), json),
            Change::Remove(p) => Change::Remove(f(p)),
            Change::Insert(p, key, json) => Change::Insert(f(p), key, json),
        }
    }

    fn at(&self) -> &P {
        match self {
            Change::RenameKey(p, _) | Change::Replace(p, _) | Change::Remove(p) | Change::Insert(p, _, _) => p,
        }
    }
}

/// A rule's proposed fix of the diagnostic it just reported, before it has text positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Intent {
    pub description: String,
    pub applicability: Applicability,
    pub changes: Vec<Change<JsonPointer>>,
}

impl Intent {
    /// Every pointer the intent's changes name.
    pub(crate) fn pointers(&self) -> impl Iterator<Item = &JsonPointer> {
        self.changes.iter().map(Change::at)
    }
}

/// The JSON text of a string value (quoted, escaped as serde_json escapes).
pub(crate) fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

/// What applying fixes to a text gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    /// The text with the fixes applied.
    pub text: String,
    /// How many fixes were applied.
    pub applied: usize,
    /// How many fixes within the applicability were left out because their edits overlap those of
    /// a fix applied before them (a later pass on the fixed text can apply them).
    pub skipped: usize,
}

/// True when a fix of this applicability is applied at the threshold `allowed` (`Safe`: safe
/// fixes only; `Unsafe`: safe and unsafe ones).
fn allowed(fix: &Fix, threshold: Applicability) -> bool {
    fix.applicability <= threshold
}

/// Applies the fixes of `report` (a report of `text`, from [`crate::lint_str`]) whose
/// applicability is within `threshold`: each fix whole or not at all, in the order of their
/// first edit, leaving out a fix whose edits overlap (or touch at the same point) those of a fix
/// already taken. No re-linting: see [`fix_str_with`] for fixing to a fixed point with checks.
pub fn apply_fixes(text: &str, report: &Report, threshold: Applicability) -> Fixed {
    let fixes = report.diagnostics.iter().filter_map(|d| d.fix.as_ref()).filter(|f| allowed(f, threshold));
    apply(text, fixes)
}

fn apply<'f>(text: &str, fixes: impl Iterator<Item = &'f Fix>) -> Fixed {
    let mut fixes: Vec<&Fix> = fixes.filter(|f| !f.edits.is_empty()).collect();
    fixes.sort_by_key(|f| f.edits.first().map(|e| (e.start, e.end)));
    let mut taken: Vec<&Edit> = Vec::new();
    let mut applied = 0;
    let mut skipped = 0;
    for fix in fixes {
        let fits = fix.edits.iter().all(|e| {
            e.start <= e.end
                && text.is_char_boundary(e.start)
                && text.is_char_boundary(e.end)
                && e.end <= text.len()
                && taken.iter().all(|t| !overlaps(t, e))
        });
        if fits && !self_overlapping(&fix.edits) {
            taken.extend(&fix.edits);
            applied += 1;
        } else {
            skipped += 1;
        }
    }
    taken.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in taken {
        out.push_str(text.get(at..e.start).unwrap_or_default());
        out.push_str(&e.replacement);
        at = e.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    Fixed { text: out, applied, skipped }
}

/// Two edits overlap when their ranges share a byte, or when they start at the same point
/// (two insertions there would have no defined order).
fn overlaps(a: &Edit, b: &Edit) -> bool {
    (a.start < b.end && b.start < a.end) || a.start == b.start
}

fn self_overlapping(edits: &[Edit]) -> bool {
    edits.windows(2).any(|w| overlaps(&w[0], &w[1]) || w[0].start > w[1].start)
}

/// What [`fix_str_with`] did to a text.
#[derive(Debug, Clone, PartialEq)]
pub struct FixOutcome {
    /// The fixed text (the input when nothing applied).
    pub text: String,
    /// How many fixes were applied, over every pass.
    pub applied: usize,
    /// The report of the fixed text: what is left.
    pub report: Report,
    /// Diagnostics of the fixed text whose fix (within the applicability) was tried and left out,
    /// because the text it gave did not parse or did not lint with fewer diagnostics.
    pub rejected: Vec<Diagnostic>,
}

/// Codes that say the text is not (or no longer) a JSON document: invalid JSON, invalid UTF-8,
/// nesting too deep, an empty document.
const UNPARSED: &[&str] = &["LW001", "LW002", "LW003", "LW013"];

/// How many passes [`fix_str_with`] makes at most (each applies at least one fix and leaves
/// fewer diagnostics, so a document rarely needs more than three).
const MAX_PASSES: usize = 64;

/// Fixes `text` to a fixed point: lints it, applies every fix within `threshold` whose
/// diagnostic `select` accepts, and lints again, until no fix is left that helps. A pass is kept
/// only when the fixed text still parses and lints with fewer diagnostics; when a whole pass does
/// not, its fixes are tried one at a time and only those that do are kept, the others reported in
/// [`FixOutcome::rejected`]. Fixing the result again changes nothing.
pub fn fix_str_with(
    text: &str,
    options: &LintOptions,
    threshold: Applicability,
    select: &dyn Fn(&Diagnostic) -> bool,
) -> FixOutcome {
    let mut text = text.to_owned();
    let mut report = crate::lint_str_with(&text, options);
    let mut applied = 0;
    // Fixes that failed against the current text (by position in its report).
    let mut rejected: Vec<usize> = Vec::new();
    for _ in 0..MAX_PASSES {
        let candidates: Vec<usize> = (0..report.diagnostics.len())
            .filter(|i| !rejected.contains(i))
            .filter(|&i| {
                let d = &report.diagnostics[i];
                d.fix.as_ref().is_some_and(|f| allowed(f, threshold)) && select(d)
            })
            .collect();
        if candidates.is_empty() {
            break;
        }
        let fix_of = |i: &usize| report.diagnostics[*i].fix.as_ref();
        let mut next = None;
        let all = apply(&text, candidates.iter().filter_map(fix_of));
        if all.applied > 0 {
            let r = crate::lint_str_with(&all.text, options);
            if better(&report, &r) {
                next = Some((all, r));
            }
        }
        if next.is_none() && candidates.len() > 1 {
            for &i in &candidates {
                let one = apply(&text, fix_of(&i).into_iter());
                let r = crate::lint_str_with(&one.text, options);
                if one.applied > 0 && better(&report, &r) {
                    next = Some((one, r));
                    break;
                }
                rejected.push(i);
            }
        } else if next.is_none() {
            rejected.extend(candidates);
        }
        match next {
            Some((fixed, r)) => {
                text = fixed.text;
                applied += fixed.applied;
                report = r;
                rejected.clear();
            }
            None => break,
        }
    }
    let rejected = rejected.into_iter().filter_map(|i| report.diagnostics.get(i).cloned()).collect();
    FixOutcome { text, applied, report, rejected }
}

/// [`fix_str_with`] with the default options, every diagnostic selected.
pub fn fix_str(text: &str, threshold: Applicability) -> FixOutcome {
    fix_str_with(text, &LintOptions::default(), threshold, &|_| true)
}

/// True when `after` (the report of a fixed text) still parses as well as `before` and has fewer
/// diagnostics.
fn better(before: &Report, after: &Report) -> bool {
    let unparsed = |r: &Report| r.diagnostics.iter().filter(|d| UNPARSED.contains(&d.code)).count();
    unparsed(after) <= unparsed(before) && after.diagnostics.len() < before.diagnostics.len()
}

#[cfg(test)]
mod tests;
