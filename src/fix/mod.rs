//! Fixes: what rules propose (`Intent`, structural: rename this member, replace this value,
//! remove this member, insert one), how a located intent becomes byte edits of the linted text
//! (`resolve`), and applying them ([`apply_fixes`], [`fix_str_with`]). No I/O.
//!
//! Rules see the tree, not the text, so they say *what* to change at which JSON Pointer; after
//! the text has been parsed and the diagnostics located, the locator finds each pointer's key and
//! value spans and the intent becomes [`Edit`]s that touch only those bytes (comments, white space
//! and the rest of the formatting stay). Syntax slips in recovered JSON (a trailing comma, a
//! comment) get their edits straight from the lenient parser's byte offsets.

use crate::diagnostic::rule::Rule;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Report, Severity};
use crate::json::syntax;
use crate::options::LintOptions;
use std::collections::BTreeMap;

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
    // The edits taken, by start (no two taken edits overlap, so starts are distinct): an edit
    // overlaps a taken one only if it overlaps the one starting at or before it or the one
    // starting after it, two look-ups in O(log n) instead of a scan of every taken edit.
    let mut taken: BTreeMap<usize, &Edit> = BTreeMap::new();
    let mut applied = 0;
    let mut skipped = 0;
    for fix in fixes {
        let fits = fix.edits.iter().all(|e| {
            e.start <= e.end
                && text.is_char_boundary(e.start)
                && text.is_char_boundary(e.end)
                && e.end <= text.len()
                && !overlaps_taken(&taken, e)
        });
        if fits && !self_overlapping(&fix.edits) {
            taken.extend(fix.edits.iter().map(|e| (e.start, e)));
            applied += 1;
        } else {
            skipped += 1;
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in taken.values() {
        out.push_str(text.get(at..e.start).unwrap_or_default());
        out.push_str(&e.replacement);
        at = e.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    Fixed { text: out, applied, skipped }
}

/// Whether `e` overlaps an edit of `taken` (disjoint edits keyed by their start).
fn overlaps_taken(taken: &BTreeMap<usize, &Edit>, e: &Edit) -> bool {
    crate::json::work::add(2);
    let before = taken.range(..=e.start).next_back().is_some_and(|(_, t)| overlaps(t, e));
    let after = taken.range(e.start + 1..).next().is_some_and(|(_, t)| overlaps(t, e));
    before || after
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
    /// True when fixing stopped at [`MAX_FIX_PASSES`] with fixes left to try: the text is better
    /// but not at its fixed point (fixing it again may change it). Never silent: the CLI says so.
    pub capped: bool,
}

/// The rules that say the text is not (or no longer) a JSON document: invalid JSON, invalid
/// UTF-8, nesting too deep, an empty document.
const UNPARSED: &[&Rule] =
    &[&syntax::INVALID_JSON, &syntax::INVALID_UTF8, &syntax::NESTING_TOO_DEEP, &syntax::EMPTY_DOCUMENT];

/// A duplicate member name: a fix that adds one (two renames to the same name in one object)
/// makes the document worse whatever else it repairs.
const DUPLICATE_KEY: &Rule = &syntax::DUPLICATE_KEY;

/// How many passes [`fix_str_with`] makes at most. Each pass applies every candidate fix that
/// helps (all at once when they do together, else the largest groups that do, found by halving)
/// and lints twice or a few times more, so a document needs two or three passes however many
/// fixes it has; the cap is a guard, and [`FixOutcome::capped`] says when it was hit.
pub const MAX_FIX_PASSES: usize = 64;

/// Fixes `text` to a fixed point: lints it, applies every fix within `threshold` whose
/// diagnostic `select` accepts, and lints again, until no fix is left that helps. A set of fixes
/// is kept only when the fixed text still parses, adds no duplicate member name and lints with
/// fewer diagnostics (by severity first: see `better`), or when the fixes of the text it gives
/// then do (a repaired `type` that lets the checks of its content propose their own fixes: one
/// step of look-ahead). When the whole set does not help, it is halved and each half tried, down
/// to single fixes, and the halves that help are kept together when they still help together:
/// a pass costs a few lints per fix that fails, not one per fix. Fixes that fail alone are
/// reported in [`FixOutcome::rejected`]. Fixing the result again changes nothing, unless
/// [`FixOutcome::capped`].
pub fn fix_str_with(
    text: &str,
    options: &LintOptions,
    threshold: Applicability,
    select: &dyn Fn(&Diagnostic) -> bool,
) -> FixOutcome {
    let fixer = Fixer { options, threshold, select };
    let mut text = text.to_owned();
    let mut report = crate::lint::lint_str_with(&text, options);
    let mut applied = 0;
    let mut capped = false;
    // Fixes that failed against the current text (by position in its report).
    let mut rejected: Vec<usize> = Vec::new();
    for pass in 0.. {
        let candidates = fixer.candidates(&report);
        if candidates.is_empty() {
            break;
        }
        if pass == MAX_FIX_PASSES {
            capped = true;
            break;
        }
        let mut failed = Vec::new();
        match fixer.helping(&text, &report, &candidates, &mut failed) {
            Some(step) => {
                text = step.text;
                applied += step.applied;
                report = step.report;
            }
            None => {
                rejected = failed;
                break;
            }
        }
    }
    rejected.sort_unstable();
    let rejected = rejected.into_iter().filter_map(|i| report.diagnostics.get(i).cloned()).collect();
    FixOutcome { text, applied, report, rejected, capped }
}

/// One accepted step of [`fix_str_with`]: the fixed text, how many fixes it took, its report.
struct Step {
    text: String,
    applied: usize,
    report: Report,
}

struct Fixer<'a> {
    options: &'a LintOptions,
    threshold: Applicability,
    select: &'a dyn Fn(&Diagnostic) -> bool,
}

impl Fixer<'_> {
    /// The diagnostics of `report` (by position) whose fix may be applied.
    fn candidates(&self, report: &Report) -> Vec<usize> {
        let usable = |d: &Diagnostic| d.fix.as_ref().is_some_and(|f| allowed(f, self.threshold)) && (self.select)(d);
        (0..report.diagnostics.len()).filter(|&i| usable(&report.diagnostics[i])).collect()
    }

    /// The largest set among `set` (fixes of `report`'s diagnostics) found to help, applied;
    /// `None` when none does. The single fixes that failed are added to `failed`.
    fn helping(&self, text: &str, report: &Report, set: &[usize], failed: &mut Vec<usize>) -> Option<Step> {
        if let Some(step) = self.try_set(text, report, set) {
            return Some(step);
        }
        if set.len() == 1 {
            failed.extend(set);
            return None;
        }
        let (first, second) = set.split_at(set.len() / 2);
        let mut kept: Vec<usize> = Vec::new();
        let mut best: Option<Step> = None;
        for half in [first, second] {
            let before = failed.len();
            if let Some(step) = self.helping(text, report, half, failed) {
                // What helped of this half: the half less the fixes found to fail in it (found in
                // order, so sorted).
                let failed_here = &failed[before..];
                kept.extend(half.iter().filter(|i| failed_here.binary_search(i).is_err()));
                if best.as_ref().is_none_or(|b| step.applied > b.applied) {
                    best = Some(step);
                }
            }
        }
        if kept.len() > best.as_ref().map_or(0, |b| b.applied)
            && let Some(step) = self.try_set(text, report, &kept)
            && best.as_ref().is_none_or(|b| step.applied > b.applied)
        {
            return Some(step);
        }
        best
    }

    /// `set` applied to `text`, when the result is better than `report`, or when applying the
    /// fixes of the result is (one step of look-ahead).
    fn try_set(&self, text: &str, report: &Report, set: &[usize]) -> Option<Step> {
        let fixed = apply(text, set.iter().filter_map(|&i| report.diagnostics.get(i)?.fix.as_ref()));
        if fixed.applied == 0 {
            return None;
        }
        let after = crate::lint::lint_str_with(&fixed.text, self.options);
        if better(report, &after) {
            return Some(Step { text: fixed.text, applied: fixed.applied, report: after });
        }
        let next = self.candidates(&after);
        if next.is_empty() {
            return None;
        }
        let further = apply(&fixed.text, next.iter().filter_map(|&i| after.diagnostics[i].fix.as_ref()));
        let later = crate::lint::lint_str_with(&further.text, self.options);
        (further.applied > 0 && better(report, &later)).then(|| Step {
            text: further.text,
            applied: fixed.applied + further.applied,
            report: later,
        })
    }
}

/// [`fix_str_with`] with the default options, every diagnostic selected.
pub fn fix_str(text: &str, threshold: Applicability) -> FixOutcome {
    fix_str_with(text, &LintOptions::default(), threshold, &|_| true)
}

/// True when `after` (the report of a fixed text) still parses as well as `before`, has no more
/// duplicate member names, and has fewer
/// diagnostics, counted by severity first: fewer errors, or as many and fewer warnings, or as many
/// of both and fewer infos. (Repairing a message's `type` lets the checks of its content run, so
/// an error may give way to a note: that is progress.)
fn better(before: &Report, after: &Report) -> bool {
    let unparsed = |r: &Report| r.diagnostics.iter().filter(|d| UNPARSED.iter().any(|u| u.code == d.code)).count();
    let duplicates = |r: &Report| r.diagnostics.iter().filter(|d| d.code == DUPLICATE_KEY.code).count();
    let counts = |r: &Report| (r.count(Severity::Error), r.count(Severity::Warning), r.count(Severity::Info));
    unparsed(after) <= unparsed(before) && duplicates(after) <= duplicates(before) && counts(after) < counts(before)
}

#[cfg(test)]
mod tests;
