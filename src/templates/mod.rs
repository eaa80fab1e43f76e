//! Template definitions as data: their model (read from Meta's JSON), `{{n}}`/`{{name}}` variables,
//! hydration, the [`TemplateSet`] a send is checked against (`LintOptions::templates`) and the
//! [`Preview`] of a send. Linting a text as a definition and adding it to a set is the lint
//! pipeline's (`crate::lint`, [`TemplateSet::add_json`]); the checks are `crate::rules`'.
//!
//!
//! Built once from JSON — one definition as Meta's create call takes it or its Business
//! Management API returns it, or a whole list response `{"data": [...], "paging": {...}}` — and
//! shared by every lint (wrap it in an [`std::sync::Arc`]). Problems in the definitions
//! themselves are not errors of the API: each text added is linted as a definition (LW7xx) and
//! its [`Report`] kept in [`TemplateSet::sources`]; a definition with a string `name` and
//! `language` is used for sends even when it has problems. Source: Meta, WhatsApp Business Management API, Message
//! templates (create, get, list responses).
//!
//! Everything here but the type [`TemplateSet`] needs the cargo feature `templates` (on by
//! default). Without it the type exists, so that [`crate::LintOptions::templates`] does in every
//! build, but it has no constructor (the field can only be `None`) and no code.

#[cfg(feature = "templates")]
mod preview;

#[cfg(feature = "templates")]
pub use preview::{Preview, PreviewButton, PreviewCard, PreviewError, PreviewHeader};

#[cfg(feature = "templates")]
pub(crate) mod hydrate;
#[cfg(feature = "templates")]
pub(crate) mod model;
pub(crate) mod vars;

#[cfg(feature = "templates")]
use crate::diagnostic::Report;
#[cfg(feature = "templates")]
use model::Template;
#[cfg(feature = "templates")]
use std::collections::BTreeMap;

/// A set of template definitions, one per `name` and `language`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "templates", derive(Default))]
#[non_exhaustive] // not even `TemplateSet {}` without the feature
pub struct TemplateSet {
    #[cfg(feature = "templates")]
    templates: Vec<Template>,
    /// Where each `(name, language)` is in `templates`: finding a duplicate or a send's
    /// definition is a look-up, not a scan (100 000 definitions were quadratic).
    #[cfg(feature = "templates")]
    index: BTreeMap<(String, String), usize>,
    #[cfg(feature = "templates")]
    sources: Vec<TemplateSource>,
}

/// One JSON text or value added to a [`TemplateSet`], and what linting it as a definition found.
#[cfg(feature = "templates")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateSource {
    /// What the caller called it when adding it (a file path, a label).
    pub origin: String,
    /// The definition lint of this source (LW7xx, structure), plus `LW015` when it is no
    /// definition and `LW729` for a definition the set already has (kept: the first one).
    pub report: Report,
    /// How many definitions it added.
    pub added: usize,
    /// How many of `report`'s diagnostics are its own lint's; the rest are the set's (`LW729`
    /// for a definition an earlier source already gave).
    pub(crate) own: usize,
}

#[cfg(feature = "templates")]
impl TemplateSource {
    /// What the set says about this source beyond the source's own lint: `LW729
    /// definition-duplicate` for each definition that an earlier source already gave (the set
    /// keeps the first). A subset of `report`.
    pub fn set_diagnostics(&self) -> &[crate::diagnostic::Diagnostic] {
        self.report.diagnostics.get(self.own..).unwrap_or_default()
    }
}

#[cfg(feature = "templates")]
impl TemplateSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// A set from one JSON text (a definition or a list response), its origin called `templates`.
    pub fn from_json(text: &str) -> Self {
        let mut set = Self::new();
        set.add_json("templates", text);
        set
    }

    /// Where the definition of `name` in `language` is in the order added, when the set has one.
    pub(crate) fn position(&self, name: &str, language: &str) -> Option<usize> {
        self.index.get(&(name.to_owned(), language.to_owned())).copied()
    }

    /// Adds `template`; the caller has checked that the set has none of its name and language
    /// ([`TemplateSet::position`]).
    pub(crate) fn insert(&mut self, template: Template) {
        self.index.insert((template.name.clone(), template.language.clone()), self.templates.len());
        self.templates.push(template);
    }

    /// Keeps what adding one text or value found; returns it.
    pub(crate) fn push_source(&mut self, source: TemplateSource) -> &TemplateSource {
        self.sources.push(source);
        self.sources.last().expect("just pushed")
    }

    /// The number of definitions.
    pub fn len(&self) -> usize {
        self.templates.len()
    }

    /// True when the set has no definition.
    pub fn is_empty(&self) -> bool {
        self.templates.is_empty()
    }

    /// Every text or value added, with its report, in the order added.
    pub fn sources(&self) -> &[TemplateSource] {
        &self.sources
    }

    /// True when a source's report has an error.
    pub fn has_errors(&self) -> bool {
        self.sources.iter().any(|s| s.report.has_errors())
    }

    /// The definition of `name` in `language`, when the set has one (a look-up in O(log n)).
    pub(crate) fn find(&self, name: &str, language: &str) -> Option<&Template> {
        self.position(name, language).and_then(|i| self.templates.get(i))
    }

    /// The definitions, in the order added.
    pub(crate) fn templates(&self) -> &[Template] {
        &self.templates
    }
}
