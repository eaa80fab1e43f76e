//! MessageResponse and ErrorResponse.

use super::*;
use crate::rules::testing::*;

#[test]
fn error_response_codes() {
    for code in ["112400", "112401", "112402", "112500", "112505", "112506", "112000", "112405"] {
        assert_not_reported(&set(ERROR_RESPONSE, "/resultCode", code), "LW610");
    }
    let d = assert_reports(&set(ERROR_RESPONSE, "/resultCode", "112499"), "LW610");
    assert_eq!(d[0].path.to_string(), "/resultCode");
    assert_eq!(
        d[0].message,
        "resultCode 112499 is not a documented gateway code; an ErrorResponse has 112400, 112401, 112402, 112500, 112505 or 112506"
    );
    let d = assert_reports(&set(ERROR_RESPONSE, "/resultCode", "112404"), "LW610");
    assert!(d[0].message.contains("documented, but not as an ErrorResponse code"), "{}", d[0].message);
}

#[test]
fn message_response_code() {
    let d = assert_reports(&set(MESSAGE_RESPONSE, "/resultCode", "112500"), "LW610");
    assert_eq!(
        d[0].message,
        "resultCode 112500 is an ErrorResponse code (Server error); a MessageResponse has 112001 (Queued)"
    );
    assert_not_reported(MESSAGE_RESPONSE, "LW610");
}

#[test]
fn translated_description_is_a_string_or_null() {
    let d = assert_reports(&set(ERROR_RESPONSE, "/translatedDescription", "{}"), "LW006");
    assert_eq!(d[0].path.to_string(), "/translatedDescription");
    assert_eq!(d[0].message, "`translatedDescription` must be a string or null; found an object");
    assert_clean(&set(ERROR_RESPONSE, "/translatedDescription", r#""Obehörig""#));
    assert_clean(&without(ERROR_RESPONSE, "/translatedDescription"));
}

#[test]
fn result_code_is_an_integer() {
    let d = assert_reports(&set(ERROR_RESPONSE, "/resultCode", r#""112400""#), "LW006");
    assert_eq!(d[0].path.to_string(), "/resultCode");
}

#[test]
fn message_ids() {
    let d = assert_reports(&set(MESSAGE_RESPONSE, "/messageIds", "[]"), "LW611");
    assert_eq!(d[0].path.to_string(), "/messageIds");
    assert_not_reported(MESSAGE_RESPONSE, "LW611");

    let d = assert_reports(&set(MESSAGE_RESPONSE, "/messageIds", r#"["a1", "b2", "a1", "a1"]"#), "LW612");
    let paths: Vec<String> = d.iter().map(|d| d.path.to_string()).collect();
    assert_eq!(paths, ["/messageIds/2", "/messageIds/3"]);
    assert_eq!(d[0].message, "this message id repeats the one at /messageIds/0");
    assert_not_reported(&set(MESSAGE_RESPONSE, "/messageIds", r#"["a1", "b2", "c3"]"#), "LW612");

    let d = assert_reports(&set(MESSAGE_RESPONSE, "/messageIds", r#"["a1", 7]"#), "LW006");
    assert_eq!(d[0].path.to_string(), "/messageIds/1");
    let d = assert_reports(&set(MESSAGE_RESPONSE, "/messageIds", r#"["a1", ""]"#), "LW605");
    assert_eq!(d[0].path.to_string(), "/messageIds/1");
    let d = assert_reports(&set(MESSAGE_RESPONSE, "/messageIds", r#"["a1 "]"#), "LW602");
    assert_eq!(d[0].path.to_string(), "/messageIds/0");
}

#[test]
fn unknown_members_get_a_suggestion() {
    let doc = r#"{"resultCode": 112400, "description": "Unauthorized", "translatedDescripton": null}"#;
    let d = assert_reports(doc, "LW016");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `translatedDescription`?"));
}
