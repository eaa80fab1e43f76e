//! Which documents are taken as inbound, and as which kind.

use super::*;
use crate::rules::testing::*;

#[test]
fn every_inbound_kind_is_recognized_and_clean() {
    for doc in [MESSAGE_RESPONSE, ERROR_RESPONSE, DLR, MO_TEXT] {
        assert_clean(doc);
    }
    assert_eq!(codes(ALTERNATIVE_MEDIA), ["LW680"]);
}

#[test]
fn a_status_notification_without_result_code_is_not_taken_for_a_request() {
    // refId alone would make it a MessageRequest; messageId says it is a notification.
    let doc = without(DLR, "/resultCode");
    let d = assert_reports(&doc, "LW007");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].path.to_string(), "/resultCode");
}

#[test]
fn an_incoming_message_without_provider_members_is_still_one() {
    let doc = r#"{"destination": "+46700000000", "source": "+46700000001",
        "content": {"type": "WHATSAPP", "message": {"contentType": "TEXT", "text": "Hi"}}}"#;
    assert!(!codes(doc).contains(&"LW015"));
    let missing: Vec<String> = assert_reports(doc, "LW007").iter().map(|d| d.path.to_string()).collect();
    assert_eq!(missing, ["/messageId", "/provider", "/providerMessageId", "/providerTimestamp", "/timestamp"]);
}

#[test]
fn bare_messages_and_requests_are_not_inbound() {
    // A message with a stray `destination` stays a message: the member is unknown there.
    let d = assert_reports(r#"{"type": "text", "text": {"body": "Hi"}, "destination": "+46700000000"}"#, "LW005");
    assert_eq!(d[0].path.to_string(), "/destination");
    assert_reports(r#"{"refId": "r1"}"#, "LW007");
    assert_not_reported(r#"{"refId": "r1"}"#, "LW605");
    assert_clean(r#"{"type": "text", "text": {"body": "Hi"}}"#);
}

#[test]
fn an_error_response_is_told_from_a_message_response_by_its_members() {
    // Without messageIds it is an ErrorResponse, whose resultCode 112001 is not one of its own
    // (issue 9: it used to be read as a MessageResponse missing its ids).
    let d = assert_reports(r#"{"resultCode": 112001, "description": "queued"}"#, "LW610");
    assert_eq!(d[0].path.to_string(), "/resultCode");
    assert!(d[0].message.contains("not as an ErrorResponse code"), "{}", d[0].message);
    assert_not_reported(r#"{"resultCode": 112001, "description": "queued"}"#, "LW007");
    assert_not_reported(r#"{"resultCode": 112401, "description": "No access"}"#, "LW007");
    let d = assert_reports(r#"{"resultCode": 112001, "description": "queued", "messageIds": []}"#, "LW611");
    assert_eq!(d[0].path.to_string(), "/messageIds");
}
