//! [`TemplateSet`]: the template definitions a send is checked against (`LintOptions::templates`).
//!
//! Built once from JSON — one definition as Meta's create call takes it or its Business
//! Management API returns it, or a whole list response `{"data": [...], "paging": {...}}` — and
//! shared by every lint (wrap it in an [`std::sync::Arc`]). Problems in the definitions
//! themselves are not errors of the API: each text added is linted as a definition (LW7xx) and
//! its [`Report`] kept in [`TemplateSet::sources`]; a definition with a string `name` and
//! `language` is used for sends even when it has problems. Source: `shared/spec/templates.md`.
//!
//! Everything here but the type [`TemplateSet`] needs the cargo feature `templates` (on by
//! default). Without it the type exists, so that [`crate::LintOptions::templates`] does in every
//! build, but it has no constructor (the field can only be `None`) and no code.

#[cfg(feature = "templates")]
mod preview;

#[cfg(feature = "templates")]
pub use preview::{Preview, PreviewButton, PreviewCard, PreviewError, PreviewHeader};

#[cfg(feature = "templates")]
use crate::{
    diagnostic::Report,
    json::tree,
    pointer::JsonPointer,
    rules::definition::model::Template,
    rules::definition::{DEFINITION_DUPLICATE, recognizes},
    rules::structure::UNKNOWN_DOCUMENT_KIND,
};
#[cfg(feature = "templates")]
use serde_json::Value;
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

    /// Adds the definitions of a JSON text; returns what linting it as a definition found.
    /// Never fails: a text that is not JSON, or not a definition, adds nothing and says so in
    /// its report.
    pub fn add_json(&mut self, origin: impl Into<String>, text: &str) -> &TemplateSource {
        // One parse: the tree of a text without syntax errors (as serde_json would read it).
        let arena = tree::arena_for(text);
        let (report, source) = crate::lint_text(text, &arena, &crate::LintOptions::default());
        match &source {
            Some(source) => source.with_tree(|tree| self.add(origin.into(), Some(tree), report)),
            None => self.add(origin.into(), None, report),
        }
    }

    /// Adds the definitions of a parsed JSON value (diagnostics have no line and column).
    pub fn add_value(&mut self, origin: impl Into<String>, value: &Value) -> &TemplateSource {
        let report = crate::lint_value(value);
        tree::with_borrowed(value, |tree| self.add(origin.into(), Some(tree), report))
    }

    fn add(&mut self, origin: String, value: Option<&tree::Value<'_>>, mut report: Report) -> &TemplateSource {
        let mut added = 0;
        match value {
            Some(v) if v.as_object().is_some_and(recognizes) => {
                let items: Vec<(&tree::Value, JsonPointer)> = match v.get("data").and_then(tree::Value::as_array) {
                    Some(list) => {
                        list.iter().enumerate().map(|(i, d)| (d, JsonPointer::root().key("data").index(i))).collect()
                    }
                    None => vec![(v, JsonPointer::root())],
                };
                let before = self.templates.len();
                for (item, path) in items {
                    let Some(template) = Template::read(item) else { continue };
                    let key = (template.name.clone(), template.language.clone());
                    if let Some(&first) = self.index.get(&key) {
                        // A duplicate within this source is already reported by its own lint.
                        if first < before {
                            report.diagnostics.push(DEFINITION_DUPLICATE.diagnostic(
                                path.key("name"),
                                format!(
                                    "the set already has a definition of `{}` in `{}`; this one is ignored",
                                    template.name, template.language
                                ),
                            ));
                        }
                        continue;
                    }
                    self.index.insert(key, self.templates.len());
                    self.templates.push(template);
                    added += 1;
                }
            }
            Some(_) => {
                report = Report::new(
                    report.dialect,
                    vec![UNKNOWN_DOCUMENT_KIND.diagnostic(
                        JsonPointer::root(),
                        "the document is not a template definition (`name`, `language`, `category`, `components`) or a list response of them (`data`)".into(),
                    )],
                );
            }
            None => {}
        }
        self.sources.push(TemplateSource { origin, report, added });
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
        self.index.get(&(name.to_owned(), language.to_owned())).and_then(|&i| self.templates.get(i))
    }

    /// The definitions, in the order added.
    pub(crate) fn templates(&self) -> &[Template] {
        &self.templates
    }
}
