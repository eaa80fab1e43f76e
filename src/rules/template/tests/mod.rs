//! Tests for the template rules: every rule has a failing and a passing case that differ only in
//! the point under test.

mod carousel;
mod cloud;
mod components;
mod parameters;

use crate::rules::testing::*;

/// A bare template message named `name` in `language` with `components` (a JSON array's inside).
pub(super) fn message(name: &str, language: &str, components: &str) -> String {
    format!(
        r#"{{"type": "template", "template": {{"name": "{name}", "language": {{"code": "{language}"}}, "components": [{components}]}}}}"#
    )
}

/// A template message `order_update` in `en` with `components`.
pub(super) fn tpl(components: &str) -> String {
    message("order_update", "en", components)
}

/// A body component with these parameters.
pub(super) fn body(params: &str) -> String {
    format!(r#"{{"type": "body", "parameters": [{params}]}}"#)
}

/// A text parameter.
pub(super) fn text(value: &str) -> String {
    format!(r#"{{"type": "text", "text": "{value}"}}"#)
}

/// The path of the first diagnostic with `code`.
#[track_caller]
pub(super) fn path_of(json: &str, code: &str) -> String {
    assert_reports(json, code)[0].path.to_string()
}

#[test]
fn a_plain_text_template_is_clean() {
    assert_clean(&tpl(&body(&text("Ada"))));
}

#[test]
fn name_language_and_components_are_required() {
    let d =
        assert_reports(r#"{"type": "template", "template": {"language": {"code": "en"}, "components": []}}"#, "LW007");
    assert_eq!(d[0].path.to_string(), "/template/name");
    let d = assert_reports(r#"{"type": "template", "template": {"name": "t", "components": []}}"#, "LW007");
    assert_eq!(d[0].path.to_string(), "/template/language");
    let d = assert_reports(r#"{"type": "template", "template": {"name": "t", "language": {"code": "en"}}}"#, "LW007");
    assert_eq!(d[0].path.to_string(), "/template/components");
    let d =
        assert_reports(r#"{"type": "template", "template": {"name": "t", "language": {}, "components": []}}"#, "LW007");
    assert_eq!(d[0].path.to_string(), "/template/language/code");
    assert_clean(r#"{"type": "template", "template": {"name": "t", "language": {"code": "en"}, "components": []}}"#);
}

#[test]
fn namespace_is_a_warning() {
    let with = r#"{"type": "template", "template": {"namespace": "ns", "name": "t", "language": {"code": "en"}, "components": []}}"#;
    let d = assert_reports(with, "LW300");
    assert_eq!(d[0].path.to_string(), "/template/namespace");
    assert_eq!(d[0].severity, crate::Severity::Warning);
    assert_not_reported(&tpl(""), "LW300");
}

#[test]
fn template_name_empty() {
    assert_eq!(path_of(&message("  ", "en", ""), "LW301"), "/template/name");
    assert_not_reported(&message("t", "en", ""), "LW301");
}

#[test]
fn template_name_format() {
    let d = assert_reports(&message("yourTemplate", "en", ""), "LW302");
    assert_eq!(d[0].path.to_string(), "/template/name");
    assert_eq!(d[0].help.as_deref(), Some("approved names look like `your_template`"));
    let d = assert_reports(&message("order update", "en", ""), "LW302");
    assert_eq!(d[0].help, None);
    assert_reports(&message(&"a".repeat(513), "en", ""), "LW302");
    assert_not_reported(&message(&"a".repeat(512), "en", ""), "LW302");
    assert_not_reported(&message("order_update_2", "en", ""), "LW302");
}

#[test]
fn the_language_table_has_111_distinct_codes() {
    use super::languages::LANGUAGES;
    assert_eq!(LANGUAGES.len(), 111);
    let mut sorted = LANGUAGES.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), 111);
    for code in ["en", "en_US", "pt_BR", "prs_AF", "fil", "zu", "ky_KG"] {
        assert!(LANGUAGES.contains(&code), "{code}");
    }
}

#[test]
fn language_code_unsupported() {
    let d = assert_reports(&message("t", "en_us", ""), "LW303");
    assert_eq!(d[0].path.to_string(), "/template/language/code");
    assert_eq!(d[0].message, "language code `en_us` is not in the Supported languages table");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `en_US`?"));
    let d = assert_reports(&message("t", "de_DE", ""), "LW303");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `de`?"));
    assert_reports(&message("t", "xx", ""), "LW303");
    for code in ["en_US", "de", "prs_AF"] {
        assert_not_reported(&message("t", code, ""), "LW303");
    }
}

#[test]
fn language_code_hyphen() {
    let d = assert_reports(&message("t", "en-US", ""), "LW304");
    assert_eq!(d[0].path.to_string(), "/template/language/code");
    assert_eq!(d[0].help.as_deref(), Some("use `en_US`"));
    assert_not_reported(&message("t", "en-US", ""), "LW303");
    assert_not_reported(&message("t", "en_US", ""), "LW304");
}

#[test]
fn language_policy_is_not_a_link_member() {
    let json = r#"{"type": "template", "template": {"name": "t", "language": {"code": "en", "policy": "deterministic"}, "components": []}}"#;
    assert_eq!(path_of(json, "LW005"), "/template/language/policy");
}
