//! Adding template definitions to a [`TemplateSet`]: each text or value is linted as a definition
//! (its report kept in the set's sources) and read into the set.

use crate::diagnostic::Report;
use crate::json::tree;
use crate::options::LintOptions;
use crate::pointer::JsonPointer;
use crate::rules::definition::{DEFINITION_DUPLICATE, recognizes};
use crate::rules::structure::UNKNOWN_DOCUMENT_KIND;
use crate::templates::model::Template;
use crate::templates::{TemplateSet, TemplateSource};
use serde_json::Value;

impl TemplateSet {
    /// Adds the definitions of a JSON text; returns what linting it as a definition found.
    /// Never fails: a text that is not JSON, or not a definition, adds nothing and says so in
    /// its report.
    pub fn add_json(&mut self, origin: impl Into<String>, text: &str) -> &TemplateSource {
        // One parse: the tree of a text without syntax errors (as serde_json would read it).
        let arena = tree::arena_for(text);
        let (report, source) = super::lint_text(text, &arena, &LintOptions::default());
        match &source {
            Some(source) => source.with_tree(|tree| self.add(origin.into(), Some(tree), report)),
            None => self.add(origin.into(), None, report),
        }
    }

    /// Adds the definitions of a parsed JSON value (diagnostics have no line and column).
    pub fn add_value(&mut self, origin: impl Into<String>, value: &Value) -> &TemplateSource {
        let report = super::lint_value(value);
        tree::with_borrowed(value, |tree| self.add(origin.into(), Some(tree), report))
    }

    fn add(&mut self, origin: String, value: Option<&tree::Value<'_>>, mut report: Report) -> &TemplateSource {
        let mut added = 0;
        // The source's own diagnostics come first; the set's are pushed after them.
        let mut own = report.diagnostics.len();
        match value {
            Some(v) if v.as_object().is_some_and(recognizes) => {
                let items: Vec<(&tree::Value, JsonPointer)> = match v.get("data").and_then(tree::Value::as_array) {
                    Some(list) => {
                        list.iter().enumerate().map(|(i, d)| (d, JsonPointer::root().key("data").index(i))).collect()
                    }
                    None => vec![(v, JsonPointer::root())],
                };
                let before = self.len();
                for (item, path) in items {
                    let Some(template) = Template::read(item) else { continue };
                    if let Some(first) = self.position(&template.name, &template.language) {
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
                    self.insert(template);
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
                own = report.diagnostics.len();
            }
            None => {}
        }
        self.push_source(TemplateSource { origin, report, added, own })
    }
}
