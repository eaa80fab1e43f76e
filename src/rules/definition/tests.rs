//! Tests for the definition rules (each rule's failing and fixed case lives in
//! `fixtures/cloud/definition/`; these cover detection and the decisions the fixtures do not).

use crate::rules::testing::*;

const BODY: &str =
    r#"{"type": "BODY", "text": "Hello {{1}}, your order has shipped.", "example": {"body_text": [["Ada"]]}}"#;

fn definition(extra: &str, components: &str) -> String {
    format!(
        r#"{{"name": "order_update", "language": "en_US", "category": "utility"{extra}, "components": [{components}]}}"#
    )
}

#[test]
fn a_definition_and_a_list_response_are_recognized_in_any_dialect() {
    assert_clean(&definition("", BODY));
    let list = format!(
        r#"{{"data": [{}], "paging": {{"cursors": {{}}}}}}"#,
        definition(r#", "status": "APPROVED", "id": "1""#, BODY)
    );
    assert_clean(&list);
    let cloud = crate::lint_str_with(
        &definition("", BODY),
        &crate::LintOptions { dialect: Some(crate::Dialect::Cloud), ..Default::default() },
    );
    assert!(cloud.diagnostics.is_empty(), "{:?}", cloud.diagnostics);
    // A send's template object (language is an object) is not a definition.
    assert_reports(r#"{"name": "x", "language": {"code": "en"}, "components": []}"#, "LW015");
}

#[test]
fn a_single_body_variable_may_have_a_string_example() {
    assert_clean(&definition(
        "",
        r#"{"type": "body", "text": "Hello {{1}}, welcome.", "example": {"body_text": "Ada"}}"#,
    ));
}

#[test]
fn repeated_positional_variables_count_once() {
    let body = r#"{"type": "BODY", "text": "Hi {{1}}, your code is {{2}}. Again: {{2}}.", "example": {"body_text": [["Ada", "1234"]]}}"#;
    assert_not_reported(&definition("", body), "LW709");
    assert_not_reported(&definition("", body), "LW710");
}

#[test]
fn trailing_punctuation_after_a_variable_is_text() {
    let body = r#"{"type": "BODY", "text": "Thanks for your order {{1}}.", "example": {"body_text": [["A-1"]]}}"#;
    assert_not_reported(&definition("", body), "LW713");
}

#[test]
fn named_variables_need_the_named_format_and_their_examples() {
    let body = r#"{"type": "BODY", "text": "Hello {{first_name}}, welcome.", "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Ada"}]}}"#;
    assert_reports(&definition("", body), "LW711");
    assert_clean(&definition(r#", "parameter_format": "NAMED""#, body));
    let missing = r#"{"type": "BODY", "text": "Hello {{first_name}} {{last_name}}, welcome.", "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Ada"}]}}"#;
    let found = assert_reports(&definition(r#", "parameter_format": "named""#, missing), "LW709");
    assert_eq!(found[0].path.to_string(), "/components/0/example/body_text_named_params");
}

#[test]
fn the_otp_button_stored_as_url_satisfies_authentication() {
    let components = r#"{"type": "BODY", "text": "*{{1}}* is your verification code.", "example": {"body_text": [["123456"]]}}, {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Copy code", "url": "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code_expiration_minutes=10&code=otp{{1}}", "example": ["https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp123456"]}]}"#;
    let def = format!(
        r#"{{"name": "otp", "language": "en_US", "category": "AUTHENTICATION", "status": "APPROVED", "components": [{components}]}}"#
    );
    assert_not_reported(&def, "LW725");
    assert_not_reported(&def, "LW713");
}

#[test]
fn stored_definitions_get_creation_findings_as_info() {
    let create = r#"{"name": "sample_happy_hour_announcement", "language": "pt_BR", "category": "MARKETING",
        "components": [{"type": "HEADER", "format": "VIDEO"}, {"type": "BODY", "text": "Local: {{1}}\nHorário: {{2}}"}]}"#;
    for code in ["LW709", "LW713", "LW727"] {
        assert_eq!(assert_reports(create, code)[0].severity, crate::Severity::Error, "{code}");
    }
    let stored = create.replacen('{', r#"{"id": "5494905530555654", "status": "APPROVED","#, 1);
    let report = lint(&stored);
    assert!(!report.has_errors(), "{:#?}", report.diagnostics);
    for code in ["LW709", "LW713", "LW727"] {
        let d = assert_reports(&stored, code);
        assert_eq!(d[0].severity, crate::Severity::Info, "{code}");
        assert!(d[0].message.contains("stored template"), "{}", d[0].message);
    }
    // A legacy category in a stored template: a warning.
    let legacy = stored.replace(r#""MARKETING""#, r#""TICKET_UPDATE""#);
    assert_eq!(assert_reports(&legacy, "LW702")[0].severity, crate::Severity::Warning);
    assert_eq!(
        assert_reports(&create.replace(r#""MARKETING""#, r#""TICKET_UPDATE""#), "LW702")[0].severity,
        crate::Severity::Error
    );
    // Not creation-only: a structure error stays an error.
    assert_reports(&stored.replace(r#""type": "BODY""#, r#""type": "BODDY""#), "LW704");
    assert!(lint(&stored.replace(r#""type": "BODY""#, r#""type": "BODDY""#)).has_errors());
}

#[cfg(feature = "docs")]
#[test]
fn every_creation_only_rule_says_so_in_its_why() {
    for rule in super::codes::RULES {
        let creation = super::codes::CREATION_ONLY.iter().any(|r| r.code == rule.code);
        assert_eq!(rule.why.contains("A creation rule"), creation, "{}", rule.code);
    }
}
