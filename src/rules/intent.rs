//! What a rule proposes as the fix of a diagnostic it reports, before the text is known: structural
//! changes at JSON Pointers (rename this member, replace this value, remove this member, insert
//! one). The lint pipeline turns them into byte [`Edit`](crate::Edit)s of the linted text.

use crate::diagnostic::{Applicability, Diagnostic};
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

    pub(crate) fn at(&self) -> &P {
        match self {
            Change::RenameKey(p, _) | Change::Replace(p, _) | Change::Remove(p) | Change::Insert(p, _, _) => p,
        }
    }
}

/// A rule's proposed fix of a diagnostic it reports, before it has text positions.
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

/// A finding as a rule reported it (`Cx::report`): the diagnostic, and the fix proposed for it.
/// The pipeline sorts and locates them together, then turns the intent into the diagnostic's
/// [`Fix`](crate::Fix).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub diagnostic: Diagnostic,
    /// Boxed: few findings have one, and the found are moved while sorted.
    pub intent: Option<Box<Intent>>,
}

impl AsRef<Diagnostic> for Found {
    fn as_ref(&self) -> &Diagnostic {
        &self.diagnostic
    }
}

impl AsMut<Diagnostic> for Found {
    fn as_mut(&mut self) -> &mut Diagnostic {
        &mut self.diagnostic
    }
}
