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

#[test]
fn the_preview_fills_the_definition_with_the_send() {
    let root = root().join("cloud/definition-match");
    let mut set = TemplateSet::new();
    for file in json_files(&root.join("templates")) {
        set.add_json(file.display().to_string(), &fs::read_to_string(&file).unwrap());
    }
    let send: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(root.join("valid/limited-time-offer-send.json")).unwrap()).unwrap();
    let previews = set.preview(&send).unwrap();
    assert_eq!(
        previews[0].body,
        "Good news, Pablo! Use code CARIBE25 to get 25% off all Caribbean Destination packages!"
    );
    assert_eq!(previews[0].buttons[1].value.as_deref(), Some("https://awesomedestinations.com/offers?code=n3mtql"));
    let mut other = send.clone();
    other["template"]["language"]["code"] = "en".into();
    assert!(set.preview(&other).unwrap_err().to_string().contains("no definition"));
}
