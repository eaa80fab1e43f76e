use crate::rules::testing::*;

/// A full webhook whose one change has `value`.
fn webhook(value: &str) -> String {
    format!(
        r#"{{"object": "whatsapp_business_account", "entry": [{{"id": "102290129340398", "changes": [{{"field": "messages", "value": {value}}}]}}]}}"#
    )
}

fn value(members: &str) -> String {
    format!(
        r#"{{"messaging_product": "whatsapp", "metadata": {{"display_phone_number": "15550783881", "phone_number_id": "106540352242922"}}, {members}}}"#
    )
}

const TEXT: &str = r#""contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
    "messages": [{"from": "16505551234", "id": "wamid.HBgLMTY1MDUwNzY1MjAVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", "timestamp": "1749416383", "type": "text", "text": {"body": "Does it come in another color?"}}]"#;

const FAILED: &str = r#""statuses": [{"id": "wamid.HBgLMTY1MDUwNzY1MjAVAgARGBJDNjQ1", "status": "failed", "timestamp": "1670394125", "recipient_id": "16505551234",
    "errors": [{"code": 131026, "title": "Message undeliverable", "message": "Message undeliverable", "error_data": {"details": "Message Undeliverable."}}]}]"#;

fn nfm(response_json: &str) -> String {
    webhook(&value(&format!(
        r#""messages": [{{"from": "919876543210", "id": "wamid.HBgLMTIwNjU1NTAxMDcVAgAS", "timestamp": "1671498855", "type": "interactive",
        "interactive": {{"type": "nfm_reply", "nfm_reply": {{"name": "address_message", "body": "Ada", "response_json": {response_json}}}}}}}]"#
    )))
}

const ADDRESS_JSON: &str = r#""{\"saved_address_id\":\"address1\",\"values\":{\"in_pin_code\":\"400063\",\"city\":\"Mumbai\",\"name\":\"Ada\"}}""#;

#[test]
fn webhooks_are_recognized_and_clean() {
    let json = webhook(&value(TEXT));
    assert_eq!(lint(&json).dialect, crate::Dialect::Cloud);
    assert_clean(&json);
    assert_clean(&webhook(&value(FAILED)));
    assert_clean(&nfm(ADDRESS_JSON));
}

#[test]
fn values_on_their_own_are_recognized() {
    let statuses = format!("{{{FAILED}}}");
    assert_eq!(lint(&statuses).dialect, crate::Dialect::Cloud);
    assert_clean(&statuses);
    let messages = format!("{{{TEXT}}}");
    assert_eq!(lint(&messages).dialect, crate::Dialect::Cloud);
    assert_clean(&messages);
    // A LINK MessageRequest's messages have no `from`.
    let link = r#"{"messages": [{"type": "text", "text": {"body": "hi"}}]}"#;
    assert_eq!(lint(link).dialect, crate::Dialect::Link);
}

#[test]
fn webhook_object_invalid() {
    let json = webhook(&value(TEXT)).replace("whatsapp_business_account", "page");
    let d = assert_reports(&json, "LW560");
    assert_eq!(d[0].path.to_string(), "/object");
    assert_not_reported(&webhook(&value(TEXT)), "LW560");
}

#[test]
fn webhook_list_empty() {
    let d = assert_reports(r#"{"object": "whatsapp_business_account", "entry": []}"#, "LW561");
    assert_eq!(d[0].path.to_string(), "/entry");
    let d =
        assert_reports(r#"{"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": []}]}"#, "LW561");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes");
}

#[test]
fn webhook_field_not_checked() {
    let json = webhook(r#"{"event": "APPROVED"}"#)
        .replace(r#""field": "messages""#, r#""field": "message_template_status_update""#);
    let d = assert_reports(&json, "LW562");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/field");
    assert_not_reported(&json, "LW005");
}

#[test]
fn webhook_value_empty() {
    let d = assert_reports(&webhook(&value(r#""contacts": []"#)), "LW563");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value");
    assert_not_reported(&webhook(&value(TEXT)), "LW563");
}

#[test]
fn webhook_timestamp_invalid() {
    let d = assert_reports(&webhook(&value(&TEXT.replace("1749416383", "1749416383000"))), "LW564");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/timestamp");
    assert_eq!(d[0].message, "the timestamp has 13 digits; UNIX seconds have 10 (this looks like milliseconds)");
    assert_reports(&webhook(&value(&TEXT.replace("1749416383", "2025-06-08T21:00:00Z"))), "LW564");
}

#[test]
fn webhook_wa_id_invalid() {
    let d = assert_reports(
        &webhook(&value(&TEXT.replace(r#""from": "16505551234""#, r#""from": "+1 650 555 1234""#))),
        "LW565",
    );
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/from");
    assert_reports(
        &webhook(&value(&FAILED.replace(r#""recipient_id": "16505551234""#, r#""recipient_id": "+16505551234""#))),
        "LW565",
    );
    assert_not_reported(&webhook(&value(TEXT)), "LW565");
}

#[test]
fn webhook_message_type_unknown() {
    let json = webhook(&value(&TEXT.replace(r#""type": "text""#, r#""type": "txt""#)));
    let d = assert_reports(&json, "LW566");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `text`?"));
}

#[test]
fn webhook_message_member_ignored() {
    let json = webhook(&value(
        &TEXT.replace(r#""type": "text""#, r#""type": "image", "image": {"id": "1", "mime_type": "image/jpeg"}"#),
    ));
    let d = assert_reports(&json, "LW567");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/text");
    let missing = webhook(&value(
        &TEXT.replace(r#""text": {"body": "Does it come in another color?"}"#, r#""button": {"text": "Yes"}"#),
    ));
    let d = assert_reports(&missing, "LW007");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/text");
}

#[test]
fn webhook_interactive_type_unknown() {
    let json = nfm(ADDRESS_JSON).replace(r#""type": "nfm_reply""#, r#""type": "nfm""#);
    let d = assert_reports(&json, "LW568");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `nfm_reply`?"));
    assert_not_reported(&nfm(ADDRESS_JSON), "LW568");
}

#[test]
fn nfm_reply_response_json_invalid() {
    let d = assert_reports(&nfm(r#""saved_address_id=address1""#), "LW569");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/messages/0/interactive/nfm_reply/response_json");
    assert_reports(&nfm(r#""[1, 2]""#), "LW569");
    assert_not_reported(&nfm(ADDRESS_JSON), "LW569");
}

#[test]
fn nfm_reply_name_unknown() {
    let json = nfm(ADDRESS_JSON).replace(r#""name": "address_message""#, r#""name": "address""#);
    let d = assert_reports(&json, "LW570");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `address_message`?"));
}

#[test]
fn nfm_address_field_unknown() {
    let d = assert_reports(&nfm(&ADDRESS_JSON.replace("in_pin_code", "pin_code")), "LW571");
    assert_eq!(d[0].message, "`response_json` has `values.pin_code`, which is not a field of the address form");
    assert_not_reported(&nfm(ADDRESS_JSON), "LW571");
}

#[test]
fn webhook_status_unknown() {
    let d =
        assert_reports(&webhook(&value(&FAILED.replace(r#""status": "failed""#, r#""status": "FAILED""#))), "LW572");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/statuses/0/status");
    assert_eq!(d[0].help.as_deref(), Some("did you mean `failed`?"));
}

#[test]
fn webhook_status_errors_mismatch() {
    let delivered = FAILED.replace(r#""status": "failed""#, r#""status": "delivered""#);
    let d = assert_reports(&webhook(&value(&delivered)), "LW573");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/statuses/0/errors");
    let bare = r#""statuses": [{"id": "wamid.X", "status": "failed", "timestamp": "1670394125", "recipient_id": "16505551234"}]"#;
    assert_reports(&webhook(&value(bare)), "LW573");
    assert_not_reported(&webhook(&value(FAILED)), "LW573");
}

#[test]
fn webhook_receiver_incapable() {
    let d = assert_reports(&webhook(&value(&FAILED.replace("131026", "1026"))), "LW574");
    assert_eq!(d[0].path.to_string(), "/entry/0/changes/0/value/statuses/0/errors/0/code");
    assert_not_reported(&webhook(&value(FAILED)), "LW574");
}
