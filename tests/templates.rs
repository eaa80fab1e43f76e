//! Template definitions given to the linter (`LintOptions::templates`): the definitions the
//! fixtures use are themselves clean, and a set built from them is what the harness lints with.

use linkwa::options::templates::TemplateSet;
use std::fs;

mod common;
use common::*;

#[test]
fn fixture_definitions_lint_clean_and_are_read() {
    let mut checked = 0;
    for family in families() {
        for file in json_files(&family.join("templates")) {
            let mut set = TemplateSet::new();
            let source = set.add_json(file.display().to_string(), &fs::read_to_string(&file).unwrap());
            assert!(!source.report.has_errors(), "{}: {:#?}", file.display(), source.report.diagnostics);
            assert!(source.added > 0, "{} adds no definition", file.display());
            checked += 1;
        }
    }
    assert!(checked >= 4, "only {checked} definition files");
}
